"""Where the files shipped with the program are (fonts, icons, translations): the one place that knows.

The same `resources/` folder is found three ways:

- a clone (or an editable install): the repository's top-level `resources/`;
- an installed wheel (`pip install .`, pipx): `<prefix>/share/briefcase-app/resources/`, put
  there by pyproject.toml's `tool.setuptools.data-files`;
- a frozen build (PyInstaller, packaging/briefcase.spec): `resources/` inside the bundle's data
  folder (`sys._MEIPASS`), or beside the executable.
"""

from __future__ import annotations

import site
import sys
import sysconfig
from functools import cache
from pathlib import Path

#: where `pip install` puts the `resources/` folder (pyproject.toml: tool.setuptools.data-files)
INSTALLED_SUBDIR = Path("share", "briefcase-app", "resources")
#: a file only Briefcase's resources folder has: a stray `site-packages/resources/` is not ours
MARKER = Path("icons", "briefcase.svg")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def resources_dir() -> Path:
    """The `resources/` folder of this installation (see the module's docstring)."""
    for candidate in _candidates():
        if (candidate / "fonts").is_dir() and (candidate / MARKER).is_file():
            return candidate
    raise FileNotFoundError(
        "Briefcase's resources folder is missing (looked in: " + ", ".join(map(str, _candidates())) + ")"
    )


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def icon_files() -> list[Path]:
    """The application icon's PNG sizes that exist, smallest first (for the window's icon)."""
    return [p for s in ICON_SIZES if (p := icons_dir() / f"briefcase-{s}.png").is_file()]


def translations_dir() -> Path:
    """Where the window's translations (.qm) are; the folder may not exist (English only)."""
    return resources_dir() / "translations"


def is_frozen() -> bool:
    """True in a PyInstaller build (no Python installation around it)."""
    return bool(getattr(sys, "frozen", False))


def _candidates() -> list[Path]:
    if is_frozen():
        bundle = getattr(sys, "_MEIPASS", None)
        beside = Path(sys.executable).resolve().parent
        found = [Path(bundle) / "resources"] if bundle else []
        return found + [beside / "resources", beside / "_internal" / "resources"]
    here = Path(__file__).resolve().parent
    prefixes = [sys.prefix, sysconfig.get_path("data"), getattr(site, "USER_BASE", None), sys.base_prefix]
    return [here.parent / "resources"] + [Path(p) / INSTALLED_SUBDIR for p in dict.fromkeys(prefixes) if p]
