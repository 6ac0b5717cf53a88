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


def test_the_icon_the_desktop_file_and_their_licences_are_there():
    from briefcase_app.resources import icon_files, icons_dir

    assert [p.name for p in icon_files()] == [
        f"briefcase-{s}.png" for s in (16, 24, 32, 48, 64, 128, 256, 512)
    ]
    for name in ("briefcase.svg", "briefcase.ico", "briefcase.icns", "LICENSE-icon.txt"):
        assert (icons_dir() / name).is_file(), name
    desktop = (resources_dir() / "briefcase-app.desktop").read_text(encoding="utf-8")
    assert "Exec=briefcase-app" in desktop and "Icon=briefcase-app" in desktop and "Terminal=false" in desktop


def test_the_ico_and_icns_hold_the_usual_sizes():
    from PIL import Image

    from briefcase_app.resources import icons_dir

    with Image.open(icons_dir() / "briefcase.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(icons_dir() / "briefcase.icns") as icns:
        assert icns.size == (1024, 1024)


def _fake_resources(root: Path) -> Path:
    (root / "resources" / "fonts").mkdir(parents=True)
    (root / "resources" / "icons").mkdir()
    (root / "resources" / "icons" / "briefcase.svg").write_text("<svg/>")
    return root / "resources"


def test_a_frozen_build_uses_its_bundle_folder(tmp_path, monkeypatch):
    import sys

    from briefcase_app import resources

    bundle = _fake_resources(tmp_path / "Briefcase" / "_internal").parent
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Briefcase" / "briefcase-app"))
    resources.resources_dir.cache_clear()
    try:
        assert resources.resources_dir() == bundle / "resources"
        assert resources.translations_dir() == bundle / "resources" / "translations"
        # beside the executable when the bundle does not say where it is
        monkeypatch.delattr(sys, "_MEIPASS")
        resources.resources_dir.cache_clear()
        assert resources.resources_dir() == bundle / "resources"
    finally:
        resources.resources_dir.cache_clear()


def test_a_stray_resources_folder_is_not_taken_for_ours(tmp_path, monkeypatch):
    from briefcase_app import resources

    stray = tmp_path / "site-packages" / "resources"
    (stray / "fonts").mkdir(parents=True)  # some other package's, without our icon
    ours = _fake_resources(tmp_path / "prefix" / "share" / "briefcase-app")
    monkeypatch.setattr(resources, "_candidates", lambda: [stray, ours])
    resources.resources_dir.cache_clear()
    try:
        assert resources.resources_dir() == ours
    finally:
        resources.resources_dir.cache_clear()
