"""The Help menu (Start here, the log and backup folders, About) and the application's icon.

For a person who installed Briefcase and never saw a terminal: About says which version runs and
where the store, its backups and the log file are; the folders open in the file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from .. import __version__, logs, paths, resources
from ..domain.models import Kind
from .i18n import translate

#: the topic of the demo's Library note that a first start opens (services/demo_content.py)
START_HERE_PREFIX = "Start here"


def application_icon() -> QIcon:
    """The window's icon from the bundled PNG sizes (an empty icon when they are missing)."""
    icon = QIcon()
    try:
        files = resources.icon_files()
    except FileNotFoundError:
        return icon
    for path in files:
        icon.addFile(str(path))
    return icon


def build_help_menu(w) -> None:
    menu = w.menuBar().addMenu(translate("Help", "&Help"))
    menu.setObjectName("menu_help")
    for name, text, slot in (
        ("start_here", translate("Help", "&Start here"), lambda: open_start_here(w)),
        ("open_log_folder", translate("Help", "Open &log folder"), lambda: open_folder(w, log_file().parent)),
        (
            "open_backup_folder",
            translate("Help", "Open &backup folder"),
            lambda: open_folder(w, backup_folder(w)),
        ),
        ("guide", translate("Help", "&Guide"), lambda: guide_dialog(w).exec()),
        ("shortcuts", translate("Help", "&Keyboard shortcuts"), lambda: shortcuts_dialog(w).exec()),
        ("about", translate("Help", "&About Briefcase"), lambda: about_box(w).exec()),
    ):
        action = menu.addAction(text, slot)
        action.setObjectName(f"action_{name}")
        if name == "guide":
            action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        if name in ("about", "guide"):
            menu.insertSeparator(action)


def guide_text() -> str:
    """The briefing workflow in a page (Markdown, our own text: never a user's)."""
    return translate(
        "Guide",
        "# Preparing a conference with Briefcase\n\n"
        "1. **Create the conference** (File > New conference, Ctrl+Shift+N): its title, dates, city "
        "and venue. Clicking it on the left shows its overview: what each section holds and whether "
        "its packs are ready.\n"
        "2. **Fill the sections** under it: the *Steering brief* (purpose, what they want, what we "
        "ask, sensitivities), the *Programme* with times and places, *People* (own delegation and "
        "counterparts), *Speeches*, *Lines to take* (with defensive questions and answers) and "
        "*Background* facts with their source. Ctrl+N adds an item to the section you are in; "
        "File > Import files (Ctrl+Shift+I) brings in Word, PDF, Markdown and text files.\n"
        "3. **Reuse what was said before**: Search everything (Ctrl+K) finds earlier speeches and "
        "lines in any language; Similar material (Ctrl+Shift+M) lists what is close to the open "
        "item; Item > Copy to puts a line into this conference or the Library.\n"
        "4. **Write**: typing is saved within a second. The preview (Ctrl+Shift+P) shows the text "
        "as the pack will; a speech counts its speaking time. Item > Revisions (Ctrl+Shift+H) "
        "brings back an earlier version.\n"
        "5. **Make the pack**: in *Packs*, choose the sections and their order, the recipient and "
        "the marking. The pre-flight check lists what a careful officer would catch (a fact "
        "without a source, a TBC, a speech over time); double-click a finding to open the item. "
        "Export (Ctrl+E) writes the PDF; Ctrl+Shift+E makes a speech's reading copy.\n"
        "6. **Keep it safe**: a backup is made when the store is opened and on File > Back up "
        "now; File > Restore backup brings one back. File > Export bundle takes a conference to "
        "another laptop, where File > Import files reads it.\n\n"
        "Deleted items go to the Trash, where they can be restored; *Delete for good* there "
        "removes them from the store and its backups. Nothing ever leaves this computer: "
        "Briefcase opens no network connection.",
    )


def _text_dialog(w, title: str, name: str) -> QDialog:
    dialog = QDialog(w)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    QVBoxLayout(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    dialog.buttons = buttons
    dialog.resize(640, 520)
    return dialog


def guide_dialog(w) -> QDialog:
    dialog = _text_dialog(w, translate("Help", "Guide"), "guide_dialog")
    browser = QTextBrowser(objectName="guide_text")
    browser.setOpenLinks(False)
    browser.setMarkdown(guide_text())
    dialog.layout().addWidget(browser, 1)
    dialog.layout().addWidget(dialog.buttons)
    dialog.text = browser
    return dialog


def shortcuts(w) -> list[tuple[str, str]]:
    """(what, keys) for every action of the window that has a shortcut, from the actions
    themselves, so the list is never out of date."""
    rows = []
    for action in w.findChildren(QAction):
        keys = [
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()
        ]
        text = action.text().replace("&", "").rstrip("…").strip()
        if keys and text:
            rows.append((text, ", ".join(keys)))
    return sorted(set(rows), key=lambda r: r[0].casefold())


def shortcuts_dialog(w) -> QDialog:
    dialog = _text_dialog(w, translate("Help", "Keyboard shortcuts"), "shortcuts_dialog")
    table = QTreeWidget(objectName="shortcuts_table")
    table.setRootIsDecorated(False)
    table.setHeaderLabels([translate("Help", "What"), translate("Help", "Keys")])
    for text, keys in shortcuts(w):
        table.addTopLevelItem(QTreeWidgetItem([text, keys]))
    table.resizeColumnToContents(0)
    dialog.layout().addWidget(table, 1)
    dialog.layout().addWidget(dialog.buttons)
    dialog.table = table
    return dialog


def log_file() -> Path:
    return paths.log_dir() / logs.LOG_NAME


def backup_folder(w) -> Path | None:
    """Where the open store's backups go: the Preferences' folder, else `<store>-backups/`."""
    if w.session is None:
        return None
    from ..services.backups import Backups

    chosen = w.settings.prefs.backup_dir.strip()
    return Backups(w.session.path, folder=Path(chosen) if chosen else None).folder


def about_text(w) -> str:
    store = str(w.session.path) if w.session else translate("Help", "no store open")
    backups = backup_folder(w)
    from PySide6 import __version__ as pyside_version

    return "\n".join(
        [
            f"Briefcase {__version__}",
            translate("Help", "Conference briefings, speeches and lines to take, offline."),
            "",
            translate("Help", "Store: {store}").format(store=store),
            translate("Help", "Backups: {folder}").format(
                folder=backups if backups else translate("Help", "(no store open)")
            ),
            translate("Help", "Log file: {path}").format(path=log_file()),
            "",
            translate("Help", "Briefcase opens no network connection: nothing leaves this computer."),
            translate("Help", "Built with Qt {version} (PySide6).").format(version=pyside_version),
        ]
    )


def about_box(w) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        translate("Help", "About Briefcase"),
        about_text(w),
        QMessageBox.StandardButton.Ok,
        w,
    )
    box.setObjectName("about_box")
    box.setTextFormat(Qt.TextFormat.PlainText)  # paths are shown as written, never as markup
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    icon = application_icon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    return box


def open_folder(w, folder: Path | None) -> bool:
    """Show `folder` in the file manager (made first if missing); its path in the status bar."""
    if folder is None:
        w.statusBar().showMessage(translate("Help", "No store is open."), 5000)
        return False
    try:
        paths.private_folder(folder)
    except OSError as e:
        w.statusBar().showMessage(
            translate("Help", "Cannot open {folder}: {reason}").format(folder=folder, reason=e.strerror), 8000
        )
        return False
    w.statusBar().showMessage(str(folder), 8000)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def start_here_id(w) -> str | None:
    """The id of the demo's "Start here" note in the Library, if the store has it."""
    if w.records is None:
        return None
    for point in w.records.list(Kind.POINT, library=True, limit=50):
        if point.topic.startswith(START_HERE_PREFIX):
            return point.id
    return None


def open_start_here(w) -> bool:
    item_id = start_here_id(w)
    if item_id is None:
        w.statusBar().showMessage(
            translate("Help", "This store has no Start here note (the demo store has it)."), 5000
        )
        return False
    return w.open_item(Kind.POINT, item_id)


def greet(w, first_start: bool) -> None:
    """Once the store is open: a first start shows the Start here note; a store that this
    version upgraded (store/upgrade.py) says so, and where its copy from before is."""
    if w.session is None:
        return
    if first_start:
        open_start_here(w)
    upgraded = w.session.upgrade
    if upgraded is not None:
        w.statusBar().showMessage(
            translate(
                "Help",
                "The store was upgraded for Briefcase {version}; a backup of it as it was is in {path}",
            ).format(version=__version__, path=upgraded.backup),
            60_000,
        )
