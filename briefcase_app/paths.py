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
