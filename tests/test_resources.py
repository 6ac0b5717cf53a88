"""The resources folder (bundled fonts) is found from a clone; its absence is a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

import briefcase_app
from briefcase_app.pdf import fonts
from briefcase_app.resources import fonts_dir, resources_dir


def test_a_clone_uses_the_top_level_resources_folder():
    assert resources_dir() == Path(briefcase_app.__file__).resolve().parent.parent / "resources"
    names = {p.name for p in fonts_dir().iterdir()}
    for files, _ in fonts.FALLBACK:
        assert set(files) <= names
    assert fonts.MONO in names and "README.md" in names
    assert any(n.startswith("LICENSE-") for n in names)


def test_missing_resources_are_a_one_line_font_error(monkeypatch):
    def missing():
        raise FileNotFoundError("Briefcase's resources folder is missing (looked in: /x)")

    monkeypatch.setattr(fonts, "fonts_dir", missing)
    with pytest.raises(fonts.FontError, match="resources folder is missing.*reinstall"):
        fonts.resolve_fonts({"a"})
