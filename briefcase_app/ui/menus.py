"""Menus and shortcuts of the main window, and which of them apply to the current item."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from ..domain.models import MATERIAL_KINDS, Kind
from .actions import Actions
from .backups import back_up_now
from .dialogs.preferences import PreferencesDialog
from .dialogs.revisions import RevisionsDialog
from .exports import export_pack_action, export_speech_action
from .help_menu import build_help_menu
from .i18n import translate
from .import_ui import import_files_action, import_folder_action
from .ops import run_now
from .people_ops import can_edit_people, change_role, remove_from_conference
from .restore_dialog import export_exchange_action, restore_backup_action

SK = QKeySequence.StandardKey


class WindowActions(Actions):
    """The window's actions; `update()` enables those that apply to the current item."""

    def __init__(self, window):
        super().__init__(window)
        self.w = window

    def update(self) -> None:
        _update(self.w, self)


def build_menus(w) -> WindowActions:
    """The menu bar, shortcuts and the list's context menu; the window keeps what this returns."""
    a = WindowActions(w)
    ops = w.ops
    a.add(
        "new_item",
        translate("Menus", "&New item"),
        ops.new_item,
        SK.New,
        translate("Menus", "Create an item in the current section"),
    )
    a.add("new_conference", translate("Menus", "New &conference"), ops.new_conference, "Ctrl+Shift+N")
    a.add("new_store", translate("Menus", "New store…"), lambda: w.open_store_dialog(create=True))
    a.add("open_store", translate("Menus", "&Open store…"), w.open_store_dialog, SK.Open)
    a.add("export", translate("Menus", "&Export pack…"), lambda: export_pack_action(w), "Ctrl+E")
    a.add(
        "export_speech",
        translate("Menus", "Export reading copy of speech…"),
        lambda: export_speech_action(w),
        "Ctrl+Shift+E",
    )
    a.add(
        "backup",
        translate("Menus", "&Back up now"),
        lambda: back_up_now(w),
        "Ctrl+Shift+B",
        translate("Menus", "Copy the store to the backup folder"),
    )
    # Ctrl+I is italic while writing
    a.add(
        "import_files", translate("Menus", "&Import files…"), lambda: import_files_action(w), "Ctrl+Shift+I"
    )
    a.add(
        "import_folder",
        translate("Menus", "Import a &folder…"),
        lambda: import_folder_action(w),
    )
    a.add("restore_backup", translate("Menus", "&Restore backup…"), lambda: restore_backup_action(w))
    a.add(
        "export_folder",
        translate("Menus", "Export &folder…"),
        lambda: export_exchange_action(w, bundle=False),
        tip=translate("Menus", "Markdown files with front matter, for another program; they import back"),
    )
    a.add(
        "export_bundle",
        translate("Menus", "Export &bundle…"),
        lambda: export_exchange_action(w, bundle=True),
        tip=translate("Menus", "One file with the conference (or everything) for another laptop"),
    )
    a.add("preferences", translate("Menus", "&Preferences…"), lambda: _preferences(w), SK.Preferences)
    if a.preferences.shortcut().isEmpty():
        a.preferences.setShortcut(QKeySequence("Ctrl+,"))
    a.add("quit", translate("Menus", "&Quit"), w.close, SK.Quit)
    if a.quit.shortcut().isEmpty():
        a.quit.setShortcut(QKeySequence("Ctrl+Q"))

    undo, redo = w.history.undo_action, w.history.redo_action  # ui/commands.py: the session's history
    undo.setShortcuts(SK.Undo)
    redo.setShortcuts(_with(QKeySequence.keyBindings(SK.Redo), "Ctrl+Shift+Z", "Ctrl+Y"))
    for name, action in (("undo", undo), ("redo", redo)):
        w.addAction(action)
        a._all[name] = action
        setattr(a, name, action)
    a.add("find", translate("Menus", "&Find in text"), lambda: _find(w), SK.Find)
    a.add("search", translate("Menus", "&Search everything…"), w.search_panel.open_panel, "Ctrl+K")
    a.add(
        "filter",
        translate("Menus", "Filter the list"),
        lambda: (w.items.filter.setFocus(), w.items.filter.selectAll()),
        "Ctrl+L",
    )

    a.add(
        "rename",
        translate("Menus", "Re&name"),
        lambda: _rename(w),
        "F2",
        translate("Menus", "Edit the title of the open item"),
    )
    a.add("duplicate", translate("Menus", "&Duplicate"), ops.duplicate, "Ctrl+D")
    a.add("copy_to", translate("Menus", "Copy &to conference or Library…"), ops.copy_to, "Ctrl+Shift+C")
    a.add("delete", translate("Menus", "&Delete (to Trash)"), ops.delete, SK.Delete)
    a.add("restore", translate("Menus", "&Restore from Trash"), ops.restore, "Ctrl+Shift+R")
    a.add("empty_trash", translate("Menus", "Empty Trash…"), ops.empty_trash)
    a.add("move_up", translate("Menus", "Move &up"), lambda: ops.move(-1), "Alt+Up")
    a.add("move_down", translate("Menus", "Move do&wn"), lambda: ops.move(1), "Alt+Down")
    a.add(
        "change_role",
        translate("Menus", "Change r&ole…"),
        lambda: change_role(ops),
        None,
        translate("Menus", "A person's role in this conference"),
    )
    # Del on a person row (Delete is disabled there: a person is never trashed from a conference)
    a.add(
        "remove_person",
        translate("Menus", "Remove from con&ference…"),
        lambda: remove_from_conference(ops),
        SK.Delete,
    )
    a.add("revisions", translate("Menus", "Re&visions…"), lambda: _revisions(w), "Ctrl+Shift+H")
    similar = w.similar_dock.toggleViewAction()
    similar.setText(translate("Menus", "Similar material"))
    similar.setShortcut(QKeySequence("Ctrl+Shift+M"))
    similar.setObjectName("action_similar")
    w.addAction(similar)
    a._all["similar"] = a.similar = similar
    a.add(
        "preview",
        translate("Menus", "Show &preview"),
        lambda on: _preview(w, on),
        "Ctrl+Shift+P",
        checkable=True,
    )
    a.preview.setChecked(w.settings.prefs.live_preview)

    a.menu(
        translate("Menus", "&File"),
        [
            "new_item",
            "new_conference",
            None,
            "new_store",
            "open_store",
            None,
            "import_files",
            "import_folder",
            "export",
            "export_speech",
            "export_folder",
            "export_bundle",
            None,
            "backup",
            "restore_backup",
            "preferences",
            None,
            "quit",
        ],
    )
    a.menu(translate("Menus", "&Edit"), ["undo", "redo", None, "find", "search", "filter"])
    a.menu(
        translate("Menus", "&Item"),
        [
            "duplicate",
            "copy_to",
            "move_up",
            "move_down",
            "change_role",
            "remove_person",
            None,
            "revisions",
            "similar",
            None,
            "delete",
            "restore",
            "empty_trash",
        ],
    )
    a.menu(translate("Menus", "&View"), ["preview", "similar"])
    build_help_menu(w)  # Start here, log and backup folders, About (ui/help_menu.py)

    w.editor.reading_copy.connect(a.export_speech.trigger)
    context = ["change_role", "remove_person", None, "duplicate", "copy_to", "move_up", "move_down", None]
    _context_menu(w, a, [*context, "revisions", None, "delete", "restore"])
    a.update()
    return a


def _context_menu(w, a: Actions, names: list[str | None]) -> None:
    """Right-click on a list row: those of the Item menu's actions that apply to it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMenu

    def build() -> QMenu:
        w.actions_update()
        menu = QMenu(w.items.view)
        for name in names:  # QMenu collapses separators that end up side by side
            if name is None:
                menu.addSeparator()
            elif a.get(name).isEnabled():
                menu.addAction(a.get(name))
        return menu

    def show(pos) -> None:
        menu = build()
        if any(not action.isSeparator() for action in menu.actions()):
            menu.exec(w.items.view.viewport().mapToGlobal(pos))

    w.items.context_menu = build
    w.items.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    w.items.view.customContextMenuRequested.connect(show)


def _with(bindings: list[QKeySequence], *extra: str) -> list[QKeySequence]:
    """The platform's bindings plus the usual ones, so Redo is Ctrl+Shift+Z and Ctrl+Y everywhere."""
    out = list(bindings)
    for keys in extra:
        if QKeySequence(keys) not in out:
            out.append(QKeySequence(keys))
    return out


def _update(w, a: Actions) -> None:
    kind, item_id = w.items.current_kind(), w.items.current_id()
    target = w.navigator.current_target()
    in_trash = bool(target and target.place == "trash")
    has_store = w.records is not None
    a.new_item.setEnabled(has_store)
    a.new_conference.setEnabled(has_store)
    on_conference = bool(target and target.place == "conference")
    people = can_edit_people(w.ops)  # a person row of a conference's People
    a.delete.setEnabled((bool(item_id) and kind is not Kind.PERSON) or on_conference)
    a.change_role.setEnabled(people)
    a.remove_person.setEnabled(people)
    a.restore.setEnabled(in_trash and bool(item_id))
    # in the Trash, Delete deletes for good (after a confirmation): the menu says so
    a.delete.setText(
        translate("Menus", "&Delete for good…") if in_trash else translate("Menus", "&Delete (to Trash)")
    )
    a.empty_trash.setEnabled(in_trash)
    a.duplicate.setEnabled(not in_trash and kind in MATERIAL_KINDS)
    a.copy_to.setEnabled(not in_trash and kind in MATERIAL_KINDS)
    own_order = not in_trash and bool(item_id) and w.items.own_order and not w.items.sorted_by_column
    a.move_up.setEnabled(own_order)
    a.move_down.setEnabled(own_order)
    a.revisions.setEnabled(w.editor.item_id is not None)
    a.export_speech.setEnabled(w.editor.kind is Kind.SPEECH)


def _rename(w) -> None:
    editor = w.editor.current_editor
    if editor is None:
        return
    if w.editor.kind is Kind.FACT:  # a fact is named by its statement: the text itself
        editor.focus_text()
        return
    field = editor.form.widgets[editor.form.fields[0].name] if hasattr(editor, "form") else editor.title
    field.setFocus()
    field.selectAll()


def _find(w) -> None:
    editor = w.editor.current_editor
    if editor is not None and hasattr(editor, "text"):
        editor.text.find_bar.open_bar()


def _preview(w, on: bool) -> None:
    w.settings.prefs.live_preview = bool(on)
    w.editor.reload_preferences()


def _preferences(w) -> None:
    dialog = PreferencesDialog(w.settings.prefs, w)
    if dialog.exec():
        w.actions.preview.setChecked(w.settings.prefs.live_preview)
        w.editor.reload_preferences()


def _revisions(w) -> None:
    panel = w.editor
    if panel.item_id is None or w.records is None:
        return
    panel.save(switching=True)
    kind, item_id = panel.kind, panel.item_id
    read, revisions = run_now(
        w, translate("Menus", "Could not read the revisions."), w.records.revisions, item_id
    )
    if not read:
        return
    dialog = RevisionsDialog(revisions, w.records.get(kind, item_id).display_title, w)
    if dialog.exec() and dialog.chosen is not None:
        restored, result = run_now(
            w,
            translate("Menus", "Could not restore that version."),
            w.records.restore_revision,
            dialog.chosen.id,
        )
        if not restored:
            return
        _record, changes = result
        w.bus.publish(changes, None)
        w.statusBar().showMessage(
            translate("Menus", "Earlier version restored (the one before it is kept as a revision)."), 5000
        )
