"""Edit > Undo and Redo: the window's face of the session's undo history (services/undo.py).

The operations themselves, and what takes each back, live below the window, where the command
line has them too (`briefcase-app undo`). Typing has the text editor's own undo; this covers
what changes the store's structure: create, delete, restore, copy, reorder, people's roles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ..domain.changes import Changes
from ..domain.models import Kind, Role
from .bus import ChangeBus
from .i18n import label, translate
from .ops import changes_in, run_now

if TYPE_CHECKING:
    from ..services.records import RecordService
    from ..services.undo import UndoEntry, UndoHistory

T = TypeVar("T")


def entry_text(entry: UndoEntry) -> str:
    """An undo entry in the window's language: 'Delete “Opening statement”'."""
    title = entry.title if len(entry.title) <= 40 else entry.title[:39].rstrip() + "…"
    kind_label = label(Kind(entry.kind)).lower() if entry.kind else ""
    texts = {
        "create": lambda: translate("Commands", "Create {kind}").format(kind=kind_label),
        "edit": lambda: translate("Commands", "Edit “{title}”").format(title=title),
        "revision": lambda: translate("Commands", "Edit “{title}”").format(title=title),
        "delete": lambda: translate("Commands", "Delete “{title}”").format(title=title),
        "restore": lambda: translate("Commands", "Restore “{title}”").format(title=title),
        "copy": lambda: translate("Commands", "Copy “{title}”").format(title=title),
        "reorder": lambda: translate("Commands", "Reorder"),
        "role": lambda: translate("People", "Role of “{name}”: {role}").format(
            name=title[:30], role=label(Role(entry.redo[0]["role"]))
        ),
        "remove": lambda: translate("People", "Remove “{name}” from the conference").format(name=title[:30]),
        "add": lambda: translate("Commands", "Add “{name}” to the conference").format(name=title[:30]),
    }
    return texts[entry.action]() if entry.action in texts else entry.action


class WindowHistory(QObject):
    """The session's UndoHistory, the Undo and Redo actions that show what they would do, and
    `run()`, through which the window makes every undoable change."""

    def __init__(self, parent, bus: ChangeBus):
        super().__init__(parent)
        self.window, self.bus = parent, bus
        self.history: UndoHistory | None = None
        self.undo_action = QAction(translate("Menus", "&Undo"), parent)
        self.undo_action.setObjectName("action_undo")
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(translate("Menus", "&Redo"), parent)
        self.redo_action.setObjectName("action_redo")
        self.redo_action.triggered.connect(self.redo)
        self.refresh()

    def set_records(self, records: RecordService | None) -> None:
        """A new session: a history of its own (the previous session's is forgotten)."""
        from ..services.undo import UndoHistory

        self.history = UndoHistory.for_window(records) if records is not None else None
        self.refresh()

    def run(self, what: str, operation: Callable[[UndoHistory], T]) -> T | None:
        """Do `operation(history)` now; its Changes (or the Changes in the tuple it returns) are
        published. On failure `what` and the reason are shown, and None is returned."""
        if self.history is None:
            return None
        ok, result = run_now(self.window, what, operation, self.history)  # a failed one changed nothing
        self.refresh()
        if not ok:
            return None
        self.bus.publish(changes_in(result) or Changes(), None)
        return result

    def undo(self) -> None:
        self._replay("undo")

    def redo(self) -> None:
        self._replay("redo")

    def _replay(self, which: str) -> None:
        history = self.history
        entry = None if history is None else (history.next_undo() if which == "undo" else history.next_redo())
        if history is None or entry is None:
            return
        self.window.editor.save(switching=True)
        what = translate("Commands", "Undo") if which == "undo" else translate("Commands", "Redo")
        ok, step = run_now(
            self.window,
            translate("Commands", "{what} of “{name}” failed.").format(what=what, name=entry_text(entry)),
            history.undo if which == "undo" else history.redo,
        )  # a step that cannot be done is shown, and the history moves past it
        self.refresh()
        if ok and step is not None:
            self.bus.publish(step.changes, None)

    def refresh(self) -> None:
        """The actions say what they would undo or redo, and are off when there is nothing."""
        undo = self.history.next_undo() if self.history is not None else None
        redo = self.history.next_redo() if self.history is not None else None
        for action, entry, base, named in (
            (self.undo_action, undo, translate("Menus", "&Undo"), translate("Menus", "&Undo {what}")),
            (self.redo_action, redo, translate("Menus", "&Redo"), translate("Menus", "&Redo {what}")),
        ):
            action.setEnabled(entry is not None)
            action.setText(named.format(what=entry_text(entry)) if entry is not None else base)
