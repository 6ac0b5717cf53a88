"""The right pane's owner: which item is open, and saving it (a second after typing stops,
on switching items, on closing). A failed save keeps the text on screen and in a recovery file."""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget

from ...domain.changes import Changes
from ...domain.convert import from_dict
from ...domain.errors import BriefcaseError, StoreError, ValidationError
from ...domain.models import MODEL_BY_KIND, Kind, Person, Record, Role
from .. import plain
from ..bus import ChangeBus
from ..errors import describe, is_expected
from ..i18n import translate
from ..plain import PlainLabel
from ..recovery import write_recovery
from ..settings import Preferences
from .fields import TEXT_FIELD
from .record_editor import RecordEditor

if TYPE_CHECKING:
    from ...services.records import RecordService

log = logging.getLogger(__name__)

AUTOSAVE_MS = 700


class EditorPanel(QStackedWidget):
    save_state = Signal(str)  # a short word for the status bar: "Saved", "Not saved: ..."
    item_opened = Signal(object, object)  # Kind | None, id | None
    reading_copy = Signal()

    def __init__(self, bus: ChangeBus, prefs: Preferences, pack_editor_factory=None, parent=None):
        super().__init__(parent)
        self.bus, self.prefs = bus, prefs
        self.records: RecordService | None = None
        self.placeholder = PlainLabel(
            translate("Editor", "Choose an item in the list, or create one with Ctrl+N.")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.addWidget(self.placeholder)
        self.editors: dict[Kind, object] = {}
        self._pack_editor_factory = pack_editor_factory
        self.kind: Kind | None = None
        self.item_id: str | None = None
        self._saved: Record | None = None
        self.dirty = False
        self._reported_failure = False
        self.splitter_state = None  # text | preview proportions, remembered by the window
        self._fresh: tuple[Kind, str] | None = None  # the item just created: opened empty
        self.timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)

    # ---- which item ------------------------------------------------------
    def set_records(self, records: RecordService | None) -> None:
        self.close_item()
        self.records = records

    def editor(self, kind: Kind):
        if kind not in self.editors:
            if kind is Kind.PACK and self._pack_editor_factory is not None:
                editor = self._pack_editor_factory()
            else:
                editor = RecordEditor(kind)
            editor.edited.connect(self._edited)
            if hasattr(editor, "form"):
                editor.form.open_person.connect(self._open_person)
                editor.form.add_people.connect(self._add_people)
            if hasattr(editor, "reading_copy"):
                editor.reading_copy.connect(self.reading_copy)
            self.editors[kind] = editor
            self.addWidget(editor)
            if hasattr(editor, "text"):
                editor.text.set_preview_visible(self.prefs.live_preview)
                if self.splitter_state is not None and not self.splitter_state.isEmpty():
                    editor.text.splitter.restoreState(self.splitter_state)
        return self.editors[kind]

    @property
    def current_editor(self):
        return self.editors.get(self.kind) if self.kind else None

    def expect_new(self, kind: Kind, item_id: str) -> None:
        """The next `open` of this item shows its name and text empty, with placeholders."""
        self._fresh = (kind, item_id)

    def open(self, kind: Kind, item_id: str) -> bool:
        if (kind, item_id) == (self.kind, self.item_id):
            return True
        self.save(switching=True)
        if self.records is None:
            return False
        record = self.records.find(kind, item_id)
        if record is None:
            self.close_item(translate("Editor", "That item is no longer there."))
            return False
        self._show(record)
        return True

    def close_item(self, message: str = "") -> None:
        self.timer.stop()
        self.kind = self.item_id = None
        self._saved = None
        self.dirty = False
        self.placeholder.setText(
            message or translate("Editor", "Choose an item in the list, or create one with Ctrl+N.")
        )
        self.setCurrentWidget(self.placeholder)
        self.item_opened.emit(None, None)

    def _show(self, record: Record) -> None:
        editor = self.editor(record.KIND)
        self.kind, self.item_id, self._saved = record.KIND, record.id, record
        self.dirty = False
        self._reported_failure = False
        fresh = self._fresh == (record.KIND, record.id)
        self._fresh = None
        if fresh and isinstance(editor, RecordEditor):
            editor.set_record(record, self.prefs.speaking_rate, fresh=True)
        else:
            editor.set_record(record, self.prefs.speaking_rate)
        if hasattr(editor, "form") and self.records is not None:
            self._show_people(editor, record)
        if hasattr(editor, "attachments") and self.records is not None:
            editor.attachments.show_item(self.records, record.KIND, record.id)
            editor.text.preview.load_attachment = self.records.attachment_data
        self.setCurrentWidget(editor)
        self.item_opened.emit(record.KIND, record.id)

    # ---- people: a speech's speaker, a programme item's attendees ----------
    def _show_people(self, editor, record: Record) -> None:
        """Complete and link names from the conference's People (from every person in the
        store for material in the Library, where nobody can be added)."""
        if record.KIND not in (Kind.SPEECH, Kind.PROGRAMME):
            return
        conference_id = getattr(record, "conference_id", None)
        if conference_id:
            names = [person.name for _part, person in self.records.people_in(conference_id)]
        else:
            names = [person.name for person in self.records.items(Kind.PERSON)]
        editor.form.set_people(names, can_add=bool(conference_id))

    def _person_named(self, name: str):
        conference_id = getattr(self._saved, "conference_id", None)
        if self.records is None:
            return None, conference_id
        for _part, person in self.records.people_in(conference_id) if conference_id else []:
            if person.name.casefold() == name.casefold():
                return person, conference_id
        return self.records.person_by_name(name), conference_id

    def _open_person(self, name: str) -> None:
        person, conference_id = self._person_named(name)
        window = self.window()
        if person is not None and hasattr(window, "open_item"):
            self.save(switching=True)
            window.open_item(Kind.PERSON, person.id, conference_id)

    def _add_people(self, names: list[str]) -> None:
        """Add the names typed as speaker or attendees to the conference's People (a person of
        the same name already in the store is linked, not created again)."""
        conference_id = getattr(self._saved, "conference_id", None)
        if self.records is None or not conference_id:
            return
        role = Role.SPEAKER if self.kind is Kind.SPEECH else Role.DELEGATION_MEMBER
        editor = self.current_editor
        for name in names:
            try:
                changes = self.records.add_participant(conference_id, Person(name=name), role)
            except BriefcaseError as e:
                self._failed(e)
                return
            self.bus.publish(changes, self)
        self._show_people(editor, self._saved)
        self.save_state.emit(translate("Editor", "Added to People: {names}").format(names=", ".join(names)))

    # ---- saving ----------------------------------------------------------
    def _edited(self) -> None:
        if self.kind is None:
            return
        self.dirty = True
        self.save_state.emit("Editing")
        self.timer.start()

    def _build(self) -> Record:
        values = self.current_editor.values()
        return from_dict(MODEL_BY_KIND[self.kind], self._saved.to_dict() | values)

    def _check_store_file(self) -> None:
        path = self.records.store.path
        if path is None:
            return
        if not path.exists():
            raise StoreError(
                translate("Editor", "The store file {path} was moved or deleted while open.").format(
                    path=path
                )
            )
        if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
            raise StoreError(
                translate("Editor", "The store file {path} became read-only while open.").format(path=path)
            )

    def save(self, switching: bool = False) -> bool:
        """Write the open item if it changed; True when nothing is left unsaved."""
        self.timer.stop()
        if not self.dirty or self.kind is None or self.records is None:
            return True
        try:
            return self._save_record(self._build())
        except ValidationError as e:  # a field that cannot be saved as typed
            e = self._mark_problem(e)
            if not switching:
                self.save_state.emit(translate("Editor", "Not saved: {reason}").format(reason=e))
                return False
            salvaged = self._salvage(e)  # leaving the item: save the rest
            if salvaged is None:
                return self._failed(e)
            try:
                return self._save_record(salvaged)
            except ValidationError as again:
                return self._failed(again)

    def _save_record(self, record: Record) -> bool:
        """Write `record`; a ValidationError goes to the caller, any other failure keeps the
        text in the editor and tells the person."""
        try:
            self._check_store_file()
            changes = self.records.update(record)
        except ValidationError:
            raise
        except Exception as e:  # noqa: BLE001 - any failure: keep the text, tell the person
            if not is_expected(e):
                log.exception("saving failed")
            return self._failed(e)
        self._saved_ok(record, changes)
        return True

    def _mark_problem(self, error: ValidationError) -> ValidationError:
        """Outline the field that cannot be saved, with a sentence under it naming it by its label;
        returns the error in those words (for the status bar)."""
        form = getattr(self.current_editor, "form", None)
        if form is None:
            return error
        field_name, message = form.explain(str(error))
        form.show_problem(field_name, message)
        return ValidationError(message)

    def _saved_ok(self, record: Record, changes: Changes) -> None:
        form = getattr(self.current_editor, "form", None)
        if form is not None:
            form.clear_problems()
        self._saved = record
        self.dirty = False
        self._reported_failure = False
        self.save_state.emit(translate("Editor", "Saved"))
        self.bus.publish(changes, self)

    def _salvage(self, error: ValidationError) -> Record | None:
        """Leaving an item with a bad field: keep everything else, that field as it was saved."""
        values = self.current_editor.values()
        saved = self._saved.to_dict()
        text_field = TEXT_FIELD.get(self.kind)
        for name in [n for n in values if n != text_field and values[n] != saved.get(n)]:
            values[name] = saved.get(name)
            try:
                record = from_dict(MODEL_BY_KIND[self.kind], saved | values)
                from ...domain.validation import validate

                validate(record)
            except ValidationError:
                continue
            self.save_state.emit(translate("Editor", "Saved, except: {reason}").format(reason=error))
            plain.information(
                self,
                "Briefcase",
                f"{error}\n\n"
                + translate("Editor", "The rest was saved; that field keeps its earlier value."),
            )
            return record
        return None

    def _failed(self, error: BaseException) -> bool:
        message = describe(error)
        self.save_state.emit(translate("Editor", "Not saved: {reason}").format(reason=message))
        if not self._reported_failure:
            self._reported_failure = True
            extra = ""
            try:
                values = self.current_editor.values()
                title = str(next(iter(values.values()), "") or self.kind.value)
                path = write_recovery(self.kind.value, self.item_id or "", title, values)
                extra = "\n\n" + translate(
                    "Editor", "Your text is still in the editor, and a copy was written to:\n{path}"
                ).format(path=path)
            except (OSError, BriefcaseError, TypeError) as e:
                log.warning("could not write a recovery file: %s", e)
            failed = translate("Editor", "Your changes could not be saved.")
            plain.warning(self, "Briefcase", f"{failed}\n\n{message}{extra}")
        return False

    # ---- others' changes -------------------------------------------------
    def on_changes(self, changes: Changes, source: object) -> None:
        if source is self or self.item_id is None or self.item_id not in changes.ids:
            return
        record = self.records.find(self.kind, self.item_id) if self.records else None
        if record is None:
            self.close_item(
                translate("Editor", "The item was moved to the Trash. Edit > Undo brings it back.")
            )
        elif not self.dirty:
            self._show(record)

    def focus_editor(self) -> None:
        editor = self.current_editor
        if editor is not None and hasattr(editor, "focus_text"):
            editor.focus_text()
        elif editor is not None:
            editor.setFocus()

    def current_splitter_state(self):
        editor = self.current_editor
        return editor.text.splitter.saveState() if editor is not None and hasattr(editor, "text") else None

    def reload_preferences(self) -> None:
        for editor in self.editors.values():
            if hasattr(editor, "text"):
                editor.text.set_preview_visible(self.prefs.live_preview)
        if self._saved is not None and not self.dirty:
            self.current_editor.set_record(self._saved, self.prefs.speaking_rate)
