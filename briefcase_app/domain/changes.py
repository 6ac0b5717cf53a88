"""What an operation changed, so each screen can refresh only what it shows (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import Kind


@dataclass(frozen=True)
class Changes:
    """Kinds and ids touched by one operation; `trash`/`revisions` flag those lists."""

    kinds: frozenset[Kind] = frozenset()
    ids: frozenset[str] = frozenset()
    trash: bool = False
    revisions: bool = False
    created: frozenset[str] = field(default=frozenset())

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds,
            self.ids | other.ids,
            self.trash or other.trash,
            self.revisions or other.revisions,
            self.created | other.created,
        )

    def touches(self, kind: Kind) -> bool:
        return kind in self.kinds

    @property
    def empty(self) -> bool:
        return not (self.kinds or self.ids or self.trash or self.revisions)
