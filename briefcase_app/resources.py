"""Where the files shipped with the program (fonts) are: the one place that knows."""

from __future__ import annotations

import site
import sys
import sysconfig
from functools import cache
from pathlib import Path

#: where `pip install` puts the `resources/` folder (pyproject.toml: tool.setuptools.data-files)
INSTALLED_SUBDIR = Path("share", "briefcase-app", "resources")


@cache
def resources_dir() -> Path:
    """The `resources/` folder: the repository's top-level one when run from a clone (or an
    editable install), else the copy an installed wheel put under `<prefix>/share/briefcase-app/`."""
    for candidate in _candidates():
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError(
        "Briefcase's resources folder is missing (looked in: " + ", ".join(map(str, _candidates())) + ")"
    )


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def _candidates() -> list[Path]:
    here = Path(__file__).resolve().parent
    prefixes = [sys.prefix, sysconfig.get_path("data"), getattr(site, "USER_BASE", None), sys.base_prefix]
    return [here.parent / "resources"] + [Path(p) / INSTALLED_SUBDIR for p in dict.fromkeys(prefixes) if p]
