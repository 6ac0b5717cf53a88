"""The command line: argparse over the services. `briefcase-app` alone opens the window, which
the entry point (briefcase_app/entry.py) hands in: this package never imports the window's."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from .. import __version__, logs
from ..domain.errors import BriefcaseError
from ..services.collection import STORE_ERRORS, store_error_message
from . import backup_cmd, common, export_cmd, import_cmd, records_cmd, search_cmd, undo_cmd

#: each module adds its commands with register(subparsers); order is the help's order.
COMMAND_MODULES = [records_cmd, undo_cmd, search_cmd, export_cmd, import_cmd, backup_cmd]

log = logging.getLogger("briefcase_app")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefcase-app",
        description="Briefcase: conference briefings, speeches and lines to take, offline.",
    )
    parser.add_argument("--version", action="version", version=f"briefcase-app {__version__}")
    common.add_store_option(parser, top_level=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the window (the default)")
    common.add_store_option(gui)
    gui.set_defaults(func=run_gui)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    if sys.platform.startswith("linux") and not any(
        os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        # Qt would abort with a page of plugin messages
        raise BriefcaseError(
            "there is no display to open the window on; run Briefcase on a desktop, "
            "or use its commands (briefcase-app --help)"
        )
    if args.open_window is None:
        raise BriefcaseError("this entry point has no window; start it with briefcase-app or main.py")
    return args.open_window(common.store_path(args), args.store is not None)


def main(argv: list[str] | None = None, open_window: Callable[[Path, bool], int] | None = None) -> int:
    """Run the command in `argv`; `open_window(store_path, explicit)` opens the window (the
    `gui` command and no command at all), given by the entry point."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.open_window = open_window
    if not getattr(args, "func", None):
        args.func = run_gui
    logs.configure()
    try:
        return args.func(args) or 0
    except BriefcaseError as e:
        log.info("refused: %s", e)
        print(f"briefcase-app: error: {common.shown(e)}", file=sys.stderr)
        return 1
    except STORE_ERRORS as e:
        log.exception("store error")
        print(f"briefcase-app: error: {common.shown(store_error_message(e))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("briefcase-app: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
