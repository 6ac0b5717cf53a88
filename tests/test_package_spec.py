"""The frozen build's spec against the code, without building: a Qt module Briefcase starts to
import must not be one the spec leaves out (the frozen program would fail where the venv works),
and the build carries the resources folder whole."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "briefcase.spec"


def spec_list(name: str) -> list[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not in {SPEC}")


def qt_modules_imported() -> set[str]:
    found = set()
    for path in (ROOT / "briefcase_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            found |= {n.split(".")[1] for n in names if n.startswith("PySide6.Qt")}
    return found


def test_no_qt_module_briefcase_imports_is_left_out_of_the_frozen_build():
    used = qt_modules_imported()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert not used & set(spec_list("QT_UNUSED")), "add it back to the build: packaging/briefcase.spec"


def test_the_build_keeps_babel_and_qt_data_for_every_language_of_the_window_and_the_pack():
    from briefcase_app.ui.i18n import LANGUAGES

    assert set(spec_list("LANGUAGES")) >= set(LANGUAGES)


def test_the_entry_point_and_the_linux_files_exist():
    for name in ("briefcase_main.py", "linux/install.sh", "linux/README.txt", "make_icons.py"):
        assert (ROOT / "packaging" / name).is_file(), name
    build = (ROOT / "scripts" / "build-app").read_text(encoding="utf-8")
    assert "packaging/briefcase.spec" in build and "briefcase-app.desktop" in build
