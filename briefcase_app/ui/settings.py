"""Typed options over QSettings (Picard's registry): user preferences apart from window state.

Every key lives here once; the rest of the UI reads `prefs.speaking_rate`, never a string key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    label: str = ""

    def read(self, qs: QSettings) -> T:
        value = qs.value(self.key, self.default)
        if value is None:
            return self.default
        kind = type(self.default)
        try:
            if kind is bool:
                return value in (True, "true", "1", 1)  # type: ignore[return-value]
            if kind is int:
                return int(value)  # type: ignore[return-value]
            if kind is float:
                return float(value)  # type: ignore[return-value]
            if kind is str:
                return str(value)  # type: ignore[return-value]
            if kind is QByteArray:
                return value if isinstance(value, QByteArray) else QByteArray(value)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return self.default
        return value


class _Group:
    """Attribute access to a group of options; writes go straight to QSettings."""

    OPTIONS: dict[str, Option] = {}

    def __init__(self, qs: QSettings):
        object.__setattr__(self, "_qs", qs)

    def __getattr__(self, name: str) -> Any:
        try:
            option = type(self).OPTIONS[name]
        except KeyError:
            raise AttributeError(name) from None
        return option.read(self._qs)

    def __setattr__(self, name: str, value: Any) -> None:
        option = type(self).OPTIONS.get(name)
        if option is None:
            raise AttributeError(f"no option {name!r}")
        self._qs.setValue(option.key, value)

    def reset(self) -> None:
        for option in type(self).OPTIONS.values():
            self._qs.remove(option.key)


class Preferences(_Group):
    """What a person chooses in the Preferences dialog."""

    OPTIONS = {
        "pdf_font": Option("preferences/pdf_font_file", "", "PDF font file (empty: automatic)"),
        "default_marking": Option("preferences/default_marking", "OFFICIAL", "Default marking"),
        "speaking_rate": Option("preferences/speaking_rate", 130, "Speaking rate (words a minute)"),
        "old_fact_days": Option("preferences/old_fact_days", 365, "A fact counts as old after (days)"),
        "backup_dir": Option("preferences/backup_dir", "", "Backups go to"),
        "pdf_size": Option("preferences/pdf_size", 10.5, "PDF body text size (points)"),
        "live_preview": Option("preferences/live_preview", True, "Show the preview beside the text"),
        "language": Option("preferences/language", "", "Language of the window (empty: the system's)"),
    }


class WindowState(_Group):
    """What the window remembers by itself: size, splitters, the last open item."""

    OPTIONS = {
        "geometry": Option("window/geometry", QByteArray()),
        "state": Option("window/state", QByteArray()),
        "main_splitter": Option("window/main_splitter", QByteArray()),
        "editor_splitter": Option("window/editor_splitter", QByteArray()),
        "last_kind": Option("window/last_kind", ""),
        "last_item": Option("window/last_item", ""),
        "last_nav": Option("window/last_nav", ""),
        "last_store": Option("window/last_store", ""),
    }


class Settings:
    """Both groups over one QSettings; tests give an ini file path, the app the user's."""

    def __init__(self, path: Path | str | None = None):
        if path is None:
            self.qsettings = QSettings("Briefcase", "Briefcase")
        else:
            self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self.prefs = Preferences(self.qsettings)
        self.window = WindowState(self.qsettings)

    def sync(self) -> None:
        self.qsettings.sync()
