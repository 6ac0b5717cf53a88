"""The window's translations (resources/translations): complete, faithful to their placeholders,
compiled from the current .ts files, and covering every visible string of briefcase_app/ui/."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"ru": 3, "kk": 2}  # Qt's plural forms: Russian one/few/many, Kazakh one/other
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%n|%L?\d|\{\w*\}")


def messages(language: str):
    """(context, source, translation element, numerus) of every message of a .ts file."""
    tree = ET.parse(FOLDER / f"briefcase_{language}.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield (
                name,
                message.findtext("source"),
                message.find("translation"),
                message.get("numerus") == "yes",
            )


def texts(translation: ET.Element, numerus: bool) -> list[str]:
    if numerus:
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def sources() -> list[Path]:
    return sorted((ROOT / "briefcase_app" / "ui").rglob("*.py")) + [ROOT / "briefcase_app" / "app.py"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language):
    found = list(messages(language))
    assert len(found) > 250
    problems = []
    for context, source, translation, numerus in found:
        state = translation.get("type")
        forms = texts(translation, numerus)
        if state in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            problems.append((context, source, state))
        elif numerus and len(forms) != LANGUAGES[language]:
            problems.append((context, source, f"{len(forms)} plural forms"))
    assert not problems, f"untranslated in {language}: {problems[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_accelerators_survive(language):
    problems = []
    for context, source, translation, numerus in messages(language):
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in texts(translation, numerus):
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append((context, source, text))
            accelerator = re.search(r"&\w", source) is not None  # menus; "Q&A" elsewhere is no accelerator
            if context in ("Menus", "Help") and accelerator != (re.search(r"&\w", text) is not None):
                problems.append((context, source, text, "accelerator"))
            if text.count("\n") != source.count("\n"):
                problems.append((context, source, text, "line breaks"))
    assert not problems, problems[:10]


def test_no_translation_is_left_in_english():
    """A translation identical to its English source is a forgotten string, except for the few
    that are the same in every language (file filters, formats, codes)."""
    same_everywhere = {"PDF (*.pdf)", "en, ru, kk", "Briefcase", "{rule} — {count}"}
    for language in LANGUAGES:
        left = [
            (c, s)
            for c, s, t, numerus in messages(language)
            if not numerus and t.text == s and s not in same_everywhere
        ]
        assert not left, f"{language}: {left[:10]}"


def test_glossary_terms_are_used_for_kinds_and_sections():
    """The kind, section and status labels read as GLOSSARY.md says, in both languages."""
    glossary = (FOLDER / "GLOSSARY.md").read_text(encoding="utf-8")
    rows = {}
    for line in glossary.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and line.startswith("|"):
            for english in cells[0].split(","):
                rows[english.strip()] = (cells[1], cells[2])
    checked = 0
    for language, column in (("ru", 0), ("kk", 1)):
        for context, source, translation, _n in messages(language):
            if context == "Labels" and source in rows:
                assert translation.text == rows[source][column], (language, source)
                checked += 1
    assert checked >= 20


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="PySide6's tools are not installed")
def test_ts_and_qm_files_are_up_to_date(tmp_path):
    """The .ts files hold exactly the strings the code marks (run scripts/translations), and the
    committed .qm files are what pyside6-lrelease makes of them."""
    for language in LANGUAGES:
        ts = tmp_path / f"briefcase_{language}.ts"
        shutil.copy(FOLDER / ts.name, ts)
        subprocess.run(
            [BIN / "pyside6-lupdate", "-silent", "-locations", "none", "-no-obsolete", *sources(), "-ts", ts],
            check=True,
        )
        assert ts.read_text(encoding="utf-8") == (FOLDER / ts.name).read_text(encoding="utf-8"), (
            f"{ts.name} is out of date with the code: run scripts/translations and translate the new strings"
        )
        qm = tmp_path / f"briefcase_{language}.qm"
        subprocess.run([BIN / "pyside6-lrelease", "-silent", ts, "-qm", qm], check=True)
        assert qm.read_bytes() == (FOLDER / qm.name).read_bytes(), (
            f"{qm.name} is stale: run scripts/translations"
        )


#: calls whose string arguments a person reads
SINKS = {
    "setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setStatusTip", "showMessage",
    "addMenu", "setLabelText", "addRow", "addItem", "addButton", "setFormat", "setSuffix",
    "setSpecialValueText", "setInformativeText", "setHorizontalHeaderLabels", "QAction", "QLabel",
    "PlainLabel", "QPushButton", "QCheckBox", "QProgressDialog", "QMessageBox", "QGroupBox", "QDockWidget",
    "information", "warning", "critical", "question", "message", "show_error", "getText", "getItem",
    "get_item", "getSaveFileName", "getOpenFileName", "getOpenFileNames", "getExistingDirectory",
    "add", "menu", "close_item", "createUndoAction", "createRedoAction",
}  # fmt: skip
NOT_WORDS = re.compile(r"Briefcase( — )?|(Ctrl|Alt|Shift|F\d)[\w+,]*|[a-z_]+")


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return None


def test_no_visible_string_is_left_unmarked():
    """A string literal given straight to a widget, a menu or a message box was not marked with
    translate(): it would stay English in the Russian and Kazakh window."""
    found = []
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "log"
            ):
                continue  # the log file stays English
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in SINKS:
                continue
            values = [*node.args, *(k.value for k in node.keywords if k.arg in ("placeholderText", "text"))]
            for value in values:
                text = _literal(value)
                if text and re.search(r"[A-Za-z]{2}", text) and not NOT_WORDS.fullmatch(text):
                    found.append(f"{path.relative_to(ROOT)}:{value.lineno}: {text!r}")
    assert not found, "\n".join(found)
