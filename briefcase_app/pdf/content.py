"""The plain data a briefing pack is laid out from (assembled by services/packs.py), and what
an export's caller passes and catches; no reportlab here, so importing it costs nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain.errors import BriefcaseError
from ..domain.models import Conference, Pack, PackSection, Person
from ..domain.text_stats import DEFAULT_WORDS_PER_MINUTE

ProgressFn = Callable[[float], None]
CancelFn = Callable[[], bool]


class ExportCancelled(BriefcaseError):
    """The person pressed Cancel; nothing was written under the final name."""

    def __init__(self):
        super().__init__("export cancelled")


class ContentDropped(BriefcaseError):
    """The layout would leave something out of the PDF; nothing was written."""

    def __init__(self, what: str):
        super().__init__(f"the PDF would leave out {what}; nothing was written (please report this)")


class MarkingTooLong(BriefcaseError):
    """The marking would not fit in two lines across the page (it would be clipped)."""

    def __init__(self, marking: str):
        super().__init__(
            f"the marking is too long to print on every page ({len(marking)} characters, "
            f"it must fit in two lines): shorten it ({marking[:40]}…)"
        )


@dataclass
class SectionContent:
    """One section and its items: Summary, ProgrammeItem, LogisticsItem, (Participant, Person),
    Contact, TalkingPoint, Speech or Fact records, in the order they are printed."""

    section: PackSection
    items: list = field(default_factory=list)


@dataclass(frozen=True)
class Annex:
    """A PDF appended after the last section (its bytes checked when it was attached)."""

    title: str
    sha256: str
    data: bytes
    pages: int


@dataclass
class PackContent:
    conference: Conference
    pack: Pack
    sections: list[SectionContent]
    head_of_delegation: Person | None = None
    marking: str = ""
    prepared: dt.date = field(default_factory=dt.date.today)
    words_per_minute: int = DEFAULT_WORDS_PER_MINUTE
    #: attachment bytes by SHA-256: images the texts show and the people's photos.
    images: dict[str, bytes] = field(default_factory=dict)
    #: person id -> SHA-256 of the photo printed beside the biography.
    photos: dict[str, str] = field(default_factory=dict)
    annexes: list[Annex] = field(default_factory=list)

    @property
    def effective_marking(self) -> str:
        return (self.marking or self.pack.marking or "").strip()
