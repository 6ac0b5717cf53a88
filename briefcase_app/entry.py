"""The program's entry point (`briefcase-app`, `python main.py`, `python -m briefcase_app`):
the command line, with the window as its `gui` command, the default. cli/ and ui/ never import
each other (an import-linter contract); this is where the window is handed to the command line."""

from __future__ import annotations

from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    from .cli import main as cli_main

    return cli_main(argv, open_window=open_window)


def open_window(path: Path, explicit: bool) -> int:
    """The window on the store at `path` (Qt is imported only now: commands never load it)."""
    from .app import run

    return run(path, explicit=explicit)
