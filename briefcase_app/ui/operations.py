"""What the Item menu does: new, duplicate, copy to, delete, restore, reorder; all undoable."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ..domain.models import (
    MATERIAL_KINDS,
    Conference,
    Contact,
    Fact,
    Kind,
    LogisticsItem,
    Pack,
    ProgrammeItem,
    Record,
    Speech,
    Summary,
    TalkingPoint,
    default_sections,
)
from ..services.backups import Backups
from . import plain
from .bus import ChangeBus
from .commands import WindowHistory
from .editors.panel import EditorPanel
from .i18n import current_language, label, translate
from .item_list import ItemList
from .models.nav_model import NavTarget
from .ops import QueryOp, run_now
from .settings import Preferences

if TYPE_CHECKING:
    from ..services.records import RecordService


def new_record(kind: Kind, conference_id: str | None, prefs: Preferences, count: int = 0) -> Record:
    if kind is Kind.CONFERENCE:
        return Conference(title=translate("Operations", "New conference"))
    if kind is Kind.SPEECH:
        return Speech(title=translate("Operations", "Untitled speech"), conference_id=conference_id)
    if kind is Kind.POINT:
        return TalkingPoint(
            topic=translate("Operations", "New line to take"), conference_id=conference_id, position=count
        )
    if kind is Kind.FACT:
        return Fact(statement=translate("Operations", "New fact"), conference_id=conference_id)
    if kind is Kind.PROGRAMME:
        return ProgrammeItem(conference_id=conference_id, title=translate("Operations", "New programme item"))
    if kind is Kind.SUMMARY:
        return Summary(conference_id=conference_id, title=translate("Operations", "Steering brief"))
    if kind is Kind.CONTACT:
        return Contact(
            conference_id=conference_id, name=translate("Operations", "New contact"), position=count
        )
    if kind is Kind.LOGISTICS:
        return LogisticsItem(conference_id=conference_id, title=translate("Operations", "New logistics item"))
    if kind is Kind.PACK:
        return Pack(
            conference_id=conference_id,
            title=translate("Operations", "Briefing pack"),
            marking=prefs.default_marking,
            sections=default_sections(),
            language=current_language(),  # the window's language; the pack editor changes it
        )
    raise ValueError(kind)


class ItemOperations(QObject):
    created = Signal(object, object)  # Kind, id: the window selects and opens it

    def __init__(
        self,
        parent: QWidget,
        bus: ChangeBus,
        history: WindowHistory,
        items: ItemList,
        editor: EditorPanel,
        prefs: Preferences,
    ):
        super().__init__(parent)
        self.window, self.bus, self.history = parent, bus, history
        self.items, self.editor, self.prefs = items, editor, prefs
        self.records: RecordService | None = None
        self.target: NavTarget | None = None

    def _run(self, what: str, operation):
        """An undoable change through the window's history; None (after saying `what` failed) on failure."""
        return self.history.run(what, operation)

    # ---- create ----------------------------------------------------------
    def new_item(self) -> None:
        if self.records is None:
            return
        self.editor.save(switching=True)
        target = self.target
        if target is None or target.place in ("conference", "library", "trash"):
            kind, conference_id = Kind.CONFERENCE, None
        else:
            kind, conference_id = target.kind, target.conference_id
        if kind is Kind.PERSON:
            self._new_person(conference_id)
            return
        record = new_record(kind, conference_id, self.prefs, self.items.model.total)
        if self._run(
            translate("Operations", "Could not create the {kind}.").format(kind=label(kind).lower()),
            lambda history: history.create(record),
        ):
            self.editor.expect_new(kind, record.id)  # opens with its name and text empty
            self.created.emit(kind, record.id)

    def new_conference(self) -> None:
        if self.records is None:
            return
        self.editor.save(switching=True)
        record = new_record(Kind.CONFERENCE, None, self.prefs)
        if self._run(
            translate("Operations", "Could not create the conference."),
            lambda history: history.create(record),
        ):
            self.editor.expect_new(Kind.CONFERENCE, record.id)
            self.created.emit(Kind.CONFERENCE, record.id)

    def _new_person(self, conference_id: str) -> None:
        from .people_ops import NewPersonDialog

        dialog = NewPersonDialog(self.window, self.records, conference_id)
        self.new_person_dialog = dialog  # for tests
        if dialog.exec() != NewPersonDialog.DialogCode.Accepted:
            return
        person, role = dialog.result_person()
        done = self._run(
            translate("Operations", "Could not add the person."),
            lambda history: history.add_participant(conference_id, person, role),
        )
        if done:
            self.created.emit(Kind.PERSON, done[0].id)

    # ---- the current item ------------------------------------------------
    def _current(self) -> tuple[Kind, str] | None:
        kind, item_id = self.items.current_kind(), self.items.current_id()
        return (kind, item_id) if kind and item_id else None

    def delete(self) -> None:
        current = self._current()
        if current is None and self.target is not None and self.target.place == "conference":
            current = (Kind.CONFERENCE, self.target.conference_id)  # the conference node itself
        if current is None or self.records is None:
            return
        if self.target is not None and self.target.place == "trash":
            self.purge()
            return
        kind, item_id = current
        if kind is Kind.PERSON:  # a person is taken off the conference, not trashed
            from .people_ops import remove_from_conference

            remove_from_conference(self)
            return
        self.editor.save(switching=True)
        title = self.items.view.currentIndex().data() or self.records.get(kind, item_id).display_title
        if kind is Kind.CONFERENCE:
            answer = plain.question(
                self.window,
                "Briefcase",
                translate(
                    "Operations", "Move the conference “{title}” and all its material to the Trash?"
                ).format(title=title),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self._run(
            translate("Operations", "Could not delete it."), lambda history: history.delete(kind, item_id)
        ):
            self.window.statusBar().showMessage(
                translate("Operations", "Moved “{title}” to the Trash (Ctrl+Z brings it back).").format(
                    title=title
                ),
                8000,
            )

    def restore(self) -> None:
        current = self._current()
        if current is None or self.records is None:
            return
        title = self.items.view.currentIndex().data() or ""
        from .trash_view import origin_text

        record = self.records.find(*current, include_deleted=True)
        origin = origin_text(self.records, record) if record is not None else ""
        if self._run(
            translate("Operations", "Could not restore it."), lambda history: history.restore(*current)
        ):
            self.window.statusBar().showMessage(
                translate("Operations", "Restored “{title}” to {origin}.").format(title=title, origin=origin),
                8000,
            )

    def purge(self) -> None:
        current = self._current()
        if current is None or self.records is None:
            return
        title = self.items.view.currentIndex().data() or ""
        answer = plain.question(
            self.window,
            "Briefcase",
            translate(
                "Operations",
                "Delete “{title}” for good? This cannot be undone.\n\nIt is also taken out of this store's backups.",
            ).format(title=title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            records = self.records
            ok, done = run_now(
                self.window,
                translate("Operations", "Could not delete it."),
                lambda: records.purge(*current, in_backups=False),
            )
            if ok and done is not None:
                self.bus.publish(done[1], None)
                self._erase_from_backups(done[0])

    def _erase_from_backups(self, erasure) -> None:
        """Rewrite the store's backups (in the Preferences' folder) without what was just
        deleted for good, in a worker: each backup is a whole copy of the store."""
        if self.window.session is None:
            return
        folder = self.window.settings.prefs.backup_dir.strip()
        backups = Backups(self.window.session.path, folder=Path(folder) if folder else None)
        status = self.window.statusBar()
        status.showMessage(erasure.summary() + translate("Operations", "; taking it out of the backups…"))
        QueryOp(
            self.window,
            op=lambda _job: erasure.from_backups(backups),
            success=lambda done: status.showMessage(done.summary() + ".", 8000),
            name="erase-from-backups",
        ).failure(translate("Operations", "Could not rewrite the backups.")).run_in_background()

    def empty_trash(self) -> None:
        if self.records is None:
            return
        answer = plain.question(
            self.window,
            "Briefcase",
            translate(
                "Operations",
                "Delete everything in the Trash for good? This cannot be undone.\n\n"
                "It is also taken out of this store's backups.",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            records = self.records
            ok, done = run_now(
                self.window,
                translate("Operations", "Could not empty the Trash."),
                lambda: records.empty_trash(in_backups=False),
            )
            if ok and done is not None:
                self.bus.publish(done[1], None)
                self._erase_from_backups(done[0])

    def duplicate(self) -> None:
        current = self._current()
        if current is None or self.records is None or current[0] not in MATERIAL_KINDS:
            return
        self.editor.save(switching=True)
        conference_id = getattr(self.records.get(*current), "conference_id", None)
        done = self._run(
            translate("Operations", "Could not duplicate it."),
            lambda history: history.copy(*current, conference_id),
        )
        if done:
            self.created.emit(current[0], done[0].id)

    def copy_to(self) -> None:
        current = self._current()
        if current is None or self.records is None or current[0] not in MATERIAL_KINDS:
            return
        self.editor.save(switching=True)
        conferences = self.records.items(Kind.CONFERENCE)
        library = translate("Operations", "Library")
        names = [library] + [c.title for c in conferences]
        choice, ok = QInputDialog.getItem(
            self.window,
            translate("Operations", "Copy to"),
            translate("Operations", "Copy to:"),
            names,
            0,
            False,
        )
        if not ok:
            return
        target = None if names.index(choice) == 0 else conferences[names.index(choice) - 1].id
        if not self._run(
            translate("Operations", "Could not copy it."), lambda history: history.copy(*current, target)
        ):
            return
        self.window.statusBar().showMessage(
            translate("Operations", "Copied to {place}.").format(place=choice), 4000
        )

    def move(self, step: int) -> None:
        current = self._current()
        if current is None or self.records is None or not self.items.own_order:
            return
        if self.items.sorted_by_column:
            self.window.statusBar().showMessage(
                translate(
                    "Operations",
                    "Sorted by a column: click its header until the arrow goes to move points in your own order.",
                ),
                6000,
            )
            return
        order = self.items.model.ids()
        while self.items.model.canFetchMore():
            self.items.model.fetchMore()
            order = self.items.model.ids()
        i = order.index(current[1])
        j = i + step
        if not 0 <= j < len(order):
            return
        self.editor.save(switching=True)
        after = list(order)
        after[i], after[j] = after[j], after[i]
        self.reorder(order, after)
        self.items.select_id(current[1], notify=False)

    def reorder(self, before: list[str], after: list[str]) -> None:
        if before != after and self.records is not None:
            kind, people_of = self.items.kind, self.items.people_of()
            self._run(
                translate("Operations", "Could not reorder."),
                lambda history: history.reorder(kind, before, after, people_of),
            )
