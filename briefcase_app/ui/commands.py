"""Undoable operations (create, delete, restore, copy, reorder) as QUndoCommands over the services.

Typing has the text editor's own undo; these cover what changes the store's structure. Each
command publishes the Changes its service call returned, so every panel refreshes itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..domain.changes import Changes
from ..domain.models import Kind, Record
from .bus import ChangeBus
from .i18n import label, translate

if TYPE_CHECKING:
    from ..services.records import RecordService


class _Op(QUndoCommand):
    """Subclasses write `do()` and `undo_op()`. `run()` does it the first time and raises, so
    the caller shows the error and pushes only what succeeded; the stack's own redo/undo later
    report failures to `on_error` (Qt would swallow an exception raised inside them)."""

    on_error: Callable[[str, BaseException], None] | None = None

    def __init__(self, records: RecordService, bus: ChangeBus, text: str):
        super().__init__(text)
        self.records, self.bus = records, bus
        self._ran_first = False

    def _publish(self, changes: Changes) -> None:
        self.bus.publish(changes, None)

    def run(self) -> None:
        self.do()
        self._ran_first = True

    def redo(self) -> None:
        if self._ran_first:
            self._ran_first = False  # push() calls redo() once: it was done already
            return
        self._guard(self.do, translate("Commands", "Redo"))

    def undo(self) -> None:
        self._guard(self.undo_op, translate("Commands", "Undo"))

    def _guard(self, fn, what: str) -> None:
        try:
            fn()
        except Exception as e:  # noqa: BLE001 - shown to the person, logged by on_error
            if _Op.on_error is not None:
                _Op.on_error(
                    translate("Commands", "{what} of “{name}” failed.").format(what=what, name=self.text()), e
                )

    def do(self) -> None:
        raise NotImplementedError

    def undo_op(self) -> None:
        raise NotImplementedError


class CreateCommand(_Op):
    """Redo: create (then restore); undo: move the new item to the Trash."""

    def __init__(self, records, bus, record: Record):
        super().__init__(
            records, bus, translate("Commands", "Create {kind}").format(kind=label(record.KIND).lower())
        )
        self.record = record
        self._created = False

    def do(self) -> None:
        if not self._created:
            self._created = True
            self._publish(self.records.create(self.record))
        else:
            self._publish(self.records.restore(self.record.KIND, self.record.id))

    def undo_op(self) -> None:
        self._publish(self.records.delete(self.record.KIND, self.record.id))


class DeleteCommand(_Op):
    def __init__(self, records, bus, kind: Kind, item_id: str, title: str):
        super().__init__(records, bus, translate("Commands", "Delete “{title}”").format(title=title[:40]))
        self.kind, self.item_id = kind, item_id

    def do(self) -> None:
        self._publish(self.records.delete(self.kind, self.item_id))

    def undo_op(self) -> None:
        self._publish(self.records.restore(self.kind, self.item_id))


class RestoreCommand(DeleteCommand):
    def __init__(self, records, bus, kind: Kind, item_id: str, title: str):
        super().__init__(records, bus, kind, item_id, title)
        self.setText(translate("Commands", "Restore “{title}”").format(title=title[:40]))

    def do(self) -> None:
        DeleteCommand.undo_op(self)

    def undo_op(self) -> None:
        DeleteCommand.do(self)


class CopyCommand(_Op):
    """Copy (or duplicate) material into a conference or the Library."""

    def __init__(self, records, bus, kind: Kind, item_id: str, conference_id: str | None, text: str):
        super().__init__(records, bus, text)
        self.kind, self.item_id, self.conference_id = kind, item_id, conference_id
        self.copy: Record | None = None

    def do(self) -> None:
        if self.copy is None:
            self.copy, changes = self.records.copy(self.kind, self.item_id, self.conference_id)
            self._publish(changes)
        else:
            self._publish(self.records.restore(self.kind, self.copy.id))

    def undo_op(self) -> None:
        if self.copy is not None:
            self._publish(self.records.delete(self.kind, self.copy.id))


class ReorderCommand(_Op):
    """A new order of talking points (their `position`), all in one transaction."""

    def __init__(
        self, records, bus, kind: Kind, before: list[str], after: list[str], conference_id: str | None = None
    ):
        super().__init__(records, bus, translate("Commands", "Reorder"))
        self.kind, self.before, self.after = kind, before, after
        self.conference_id = conference_id  # a conference's people

    def _apply(self, order: list[str]) -> None:
        self._publish(self.records.reorder(self.kind, order, self.conference_id))

    def do(self) -> None:
        self._apply(self.after)

    def undo_op(self) -> None:
        self._apply(self.before)
