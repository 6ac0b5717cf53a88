"""Regenerate docs/screenshots/*.png from the demo store, in a real window.

    Xvfb :99 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:99 .venv/bin/python scripts/screenshots.py

Each shot is grabbed from the X server (QScreen.grabWindow), so it shows what a person sees.
The store, settings and exported PDFs live in a temporary folder; nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: BRIEFCASE_SHOTS=/some/folder writes elsewhere (e.g. to look at QT_SCALE_FACTOR=1.5)
OUT = Path(os.environ.get("BRIEFCASE_SHOTS") or ROOT / "docs" / "screenshots")


def demo_window(tmp: Path, name: str, size: tuple[int, int]):
    """A real window on a new demo store in `tmp` (settings and data there too), shown at `size`."""
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["XDG_STATE_HOME"] = str(tmp / "state")
    from PySide6.QtWidgets import QApplication

    from briefcase_app.services.collection import Session
    from briefcase_app.services.demo import fill_demo
    from briefcase_app.ui.main_window import MainWindow
    from briefcase_app.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    app.setApplicationName("Briefcase")
    session = Session.open(tmp / f"{name}.db")
    conference = fill_demo(session.records)
    window = MainWindow(Settings(tmp / f"{name}.ini"), session)
    window.resize(*size)
    window.move(0, 0)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    return app, session, conference, window


def wait(app, ms: int) -> None:
    """Let the window work (paint, answer its threads) for `ms` milliseconds."""
    from PySide6.QtCore import QTimer

    end = QTimer()
    end.setSingleShot(True)
    end.start(ms)
    while end.isActive():
        app.processEvents()


def main() -> int:
    if not os.environ.get("DISPLAY"):
        print("screenshots.py: set DISPLAY (run Xvfb :99 first), see the docstring", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="briefcase-shots-"))
    app, session, conference, window = demo_window(tmp, "demo", (1280, 780))

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from briefcase_app.domain.models import Kind
    from briefcase_app.ui import export_runner
    from briefcase_app.ui.models.nav_model import NavTarget

    def settle(ms: int = 400) -> None:
        wait(app, ms)

    def shot(name: str, whole_screen: bool = False) -> None:
        settle()
        screen = window.screen()
        if whole_screen:  # the main window with a dialog over it
            frame = window.frameGeometry()
            pixmap = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        else:
            pixmap = screen.grabWindow(window.winId())
        pixmap.save(str(OUT / f"{name}.png"))
        print("wrote", OUT / f"{name}.png")

    store = session.store
    speech = next(s for s in store.list(Kind.SPEECH, conference_id=conference.id) if s.language == "en")
    window.open_item(Kind.SPEECH, speech.id)
    window.editor.current_editor.text.text.setFocus()
    shot("main-window")

    search = window.search_panel
    window.actions.search.trigger()
    search.field.setText("Afghan drug")
    settle(1500)
    shot("search", whole_screen=True)
    search.filters.speaker.setText("Umarov")  # the second row of filters
    search.filters.date_from.setText("2012-01-01")
    search.filters.date_to.setText("2012-02-30")  # a bad date: the quiet line under the filters
    settle(800)
    shot("search-bad-date", whole_screen=True)
    search.filters.date_to.setText("2012-12-31")
    search.field.setText("Paris Pact")
    settle(1500)
    shot("search-filters", whole_screen=True)
    for line in (search.filters.speaker, search.filters.date_from, search.filters.date_to):
        line.clear()
    search.hide()

    window.similar_dock.show()
    window.resizeDocks([window.similar_dock], [300], Qt.Orientation.Horizontal)
    settle(300)
    room = window.splitter.width()
    window.splitter.setSizes([170, 300, room - 470])
    settle(1500)
    shot("similar")
    window.similar_dock.hide()

    # a conference's People, a person chosen, the row's right-click menu open
    room = window.splitter.width()
    window.splitter.setSizes([int(room * 0.17), int(room * 0.33), room - int(room * 0.17) - int(room * 0.33)])
    window.navigator.select(NavTarget("section", Kind.PERSON, conference.id))
    settle(300)
    view = window.items.view
    view.setCurrentIndex(view.model().index(2, 0))
    view.setFocus()
    settle(300)
    menu = window.items.context_menu()
    menu.popup(view.viewport().mapToGlobal(view.visualRect(view.currentIndex()).center()))
    shot("people", whole_screen=True)
    menu.close()

    pack = store.list(Kind.PACK, conference_id=conference.id)[0]
    window.navigator.select(NavTarget("section", Kind.PACK, conference.id))
    window.open_item(Kind.PACK, pack.id)
    target = tmp / "pack.pdf"
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)"))
    export_runner.offer_open = lambda parent, path: None
    taken = []

    def on_progress(done, _total, _text):
        if done >= 300 and not taken:
            taken.append(done)
            shot("pack-export")

    # the demo pack lays out in a blink: hold the worker at 40 % so the shot shows the bar
    from briefcase_app.ui import pack_export

    real_render = pack_export.render_pack

    def held_render(content, path, *, progress=None, cancel=None, **kw):
        import time

        def slow(f):
            progress(f)
            if f >= 0.4 and not getattr(slow, "held", False):
                slow.held = True
                time.sleep(1.5)

        return real_render(content, path, progress=slow, cancel=cancel, **kw)

    pack_export.render_pack = held_render
    pack_export.ask_export_anyway = lambda _parent, _groups, answer: answer(True)  # the demo has TBCs
    window.exporter.use_processes = False  # the hold above works in this process only
    window.actions.export.trigger()
    for _ in range(200):  # the pack is assembled on the store thread first
        if window.exporter.busy:
            break
        settle(50)
    if window.exporter.task is not None:
        window.exporter.task.signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        while window.exporter.busy:
            app.processEvents()
    if not taken:
        shot("pack-export")
    window.close()
    return 0


def language_shots(tmp: Path, language: str) -> None:
    """The window in Russian or Kazakh (ui/i18n.py): the main window with a speech, the File
    menu open, a pack's editor with its pre-flight, the search and the Preferences."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    from briefcase_app.domain.models import Kind
    from briefcase_app.services.collection import Session
    from briefcase_app.services.demo import fill_demo
    from briefcase_app.ui.dialogs.preferences import PreferencesDialog
    from briefcase_app.ui.i18n import install
    from briefcase_app.ui.main_window import MainWindow
    from briefcase_app.ui.models.nav_model import NavTarget
    from briefcase_app.ui.settings import Settings

    app = QApplication.instance()
    install(app, language)
    session = Session.open(tmp / f"demo-{language}.db")
    conference = fill_demo(session.records)
    settings = Settings(tmp / f"settings-{language}.ini")
    settings.prefs.language = language
    window = MainWindow(settings, session)
    window.resize(1280, 780)
    window.move(0, 0)
    window.show()

    def settle(ms: int = 400) -> None:
        end = QTimer()
        end.setSingleShot(True)
        end.start(ms)
        while end.isActive():
            app.processEvents()

    def shot(name: str, whole_screen: bool = False) -> None:
        settle()
        screen = window.screen()
        frame = window.frameGeometry()
        pixmap = (
            screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
            if whole_screen
            else screen.grabWindow(window.winId())
        )
        pixmap.save(str(OUT / f"{name}-{language}.png"))
        print("wrote", OUT / f"{name}-{language}.png")

    store = session.store
    speeches = store.list(Kind.SPEECH, conference_id=conference.id)
    speech = next((s for s in speeches if s.language == language), speeches[0])
    window.navigator.select(NavTarget("section", Kind.SPEECH, conference.id))
    window.open_item(Kind.SPEECH, speech.id)
    window.editor.current_editor.text.text.setFocus()
    shot("main-window")

    menu = window.menuBar().actions()[0].menu()  # File
    menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    shot("menu-file", whole_screen=True)
    menu.close()

    pack = store.list(Kind.PACK, conference_id=conference.id)[0]
    window.navigator.select(NavTarget("section", Kind.PACK, conference.id))
    window.open_item(Kind.PACK, pack.id)
    check = window.editor.current_editor.findChild(QPushButton, "preflight_check")
    if check is not None:
        check.click()
        settle(1500)
    shot("pack")

    window.actions.search.trigger()
    window.search_panel.field.setText("наркотиков" if language == "ru" else "есірткі")
    settle(1500)
    shot("search", whole_screen=True)
    window.search_panel.hide()

    dialog = PreferencesDialog(settings.prefs, window)
    dialog.show()
    dialog.move(window.frameGeometry().center() - dialog.rect().center())
    shot("preferences", whole_screen=True)
    dialog.close()
    window.close()


def laptop_shots(tmp: Path) -> None:
    """At 1366x768 (a delegation laptop): a conference's overview, and an item in the Trash.

    DISPLAY=:99 .venv/bin/python scripts/screenshots.py --laptop   (Xvfb -screen 0 1366x768x24)"""
    app, session, conference, window = demo_window(tmp, "laptop", (1366, 768))

    from briefcase_app.domain.models import Kind
    from briefcase_app.ui.models.nav_model import NavTarget

    def settle(ms: int = 400) -> None:
        wait(app, ms)

    def shot(name: str) -> None:
        settle()
        window.screen().grabWindow(window.winId()).save(str(OUT / f"{name}.png"))
        print("wrote", OUT / f"{name}.png")

    window.navigator.select(NavTarget("conference", Kind.CONFERENCE, conference.id))
    packs = window.items.overview.packs
    for _ in range(50):  # each pack's pre-flight comes back from the store worker (ui/ops.py)
        if "…" not in packs.topLevelItem(0).text(0):
            break
        settle(100)
    shot("conference-overview")
    speech = session.store.list(Kind.SPEECH, conference_id=conference.id)[0]
    window.open_item(Kind.SPEECH, speech.id)
    window.items.view.setFocus()
    window.ops.delete()  # to the Trash: the status bar says so
    window.navigator.select(NavTarget("trash"))
    settle()
    window.items.select_id(speech.id)
    shot("trash")
    window.close()


if __name__ == "__main__" and "--laptop" in sys.argv:
    sys.exit(laptop_shots(Path(tempfile.mkdtemp(prefix="briefcase-shots-"))) or 0)
if __name__ == "__main__":
    code = main()
    if code == 0:
        shots_tmp = Path(tempfile.mkdtemp(prefix="briefcase-shots-"))
        for lang in ("ru", "kk"):
            language_shots(shots_tmp, lang)
    sys.exit(code)
