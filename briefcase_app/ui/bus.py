"""Anki-style change notification: every write publishes the `Changes` its service returned.

Each panel listens and refreshes only what it shows; `source` lets the initiator skip itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..domain.changes import Changes


class ChangeBus(QObject):
    changed = Signal(object, object)  # Changes, source (the object that made the change, or None)

    def publish(self, changes: Changes, source: object | None = None) -> None:
        if not changes.empty:
            self.changed.emit(changes, source)
