"""Where Briefcase keeps its files by default (platformdirs), overridable by environment."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Briefcase"
STORE_ENV = "BRIEFCASE_STORE"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_store_path() -> Path:
    """$BRIEFCASE_STORE, else briefcase.db in the user's data folder."""
    env = os.environ.get(STORE_ENV)
    return Path(env).expanduser() if env else data_dir() / "briefcase.db"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def private_folder(path: Path) -> Path:
    """Make `path` (and its parents) if missing; a folder this makes is readable by its owner only."""
    Path(path).mkdir(mode=0o700, parents=True, exist_ok=True)
    return Path(path)


def open_private(path: Path | str, mode: str = "w", encoding: str | None = "utf-8"):
    """Open a file for writing that is created readable by its owner only (0600), like the store."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    fd = os.open(path, flags, 0o600)
    return os.fdopen(fd, mode, encoding=None if "b" in mode else encoding)
