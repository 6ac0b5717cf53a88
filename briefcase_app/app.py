"""Wiring of the window: log file, QApplication, settings, store session, MainWindow. Nothing global.

The window is shown (and painted) before the store is opened, so a large store never delays
the first paint; a first run on the default store fills it with the demo conference.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from . import __version__, logs
from .domain.errors import BriefcaseError
from .ui import plain

log = logging.getLogger(__name__)


def install_excepthook(log_path: Path | None) -> None:
    """An error nobody caught is logged with its traceback and shown as a message, never printed."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught error", exc_info=(exc_type, exc, tb))
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            return
        if isinstance(exc, BriefcaseError):
            text = str(exc)
        else:
            text = QApplication.translate(
                "App", "Something went wrong that Briefcase did not expect. Your saved work is safe."
            )
        details = QApplication.translate("App", "The details are in the log file:")
        where = f"\n\n{details}\n{log_path}" if log_path else ""
        plain.warning(None, "Briefcase", text + where)

    sys.excepthook = hook


def run(path: Path, explicit: bool = False) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from .ui.help_menu import application_icon, greet
    from .ui.main_window import MainWindow
    from .ui.settings import Settings

    log_path = logs.configure()
    install_excepthook(log_path)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Briefcase")
    app.setOrganizationName("Briefcase")
    app.setStyle("Fusion")  # follows the system palette (light or dark) the same on every desktop
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("briefcase-app")  # resources/briefcase-app.desktop
    app.setWindowIcon(application_icon())
    settings = Settings()
    from .ui.i18n import install, resolve, translate

    install(app, resolve(settings.prefs.language))  # the window's and Qt's own translations
    window = MainWindow(settings, build=False)
    window.show()
    app.processEvents()  # paint the window before its panels are built and the store is opened
    window.build()
    from .services.collection import Session  # the store's modules load after the first paint

    first_start = not explicit and not Path(path).exists()
    try:
        session = Session.open(Path(path), demo_if_new=not explicit)
    except Exception as e:  # noqa: BLE001 - a message, never a traceback
        from .ui.errors import describe

        log.warning("could not open %s: %s", path, e)
        advice = ""
        if Path(path).exists():
            from .services.backups import Backups

            backups = Backups(Path(path))
            if backups.problem():
                advice = f"\n\n{backups.advice()}"
        text = translate("App", "The store could not be opened.")
        plain.critical(window, "Briefcase", f"{text}\n\n{describe(e)}{advice}")
        return 1
    window.set_session(session)
    greet(window, first_start)  # the Start here note on a first start; "upgraded" after an update
    from .ui.backups import snapshot_on_open

    snapshot_on_open(window)
    return app.exec()
