"""The window in Russian and Kazakh: menus, the pack editor, dialogs, status messages, plurals,
the language from the system (LANG) or the Preferences, switched at the next start."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QListWidget, QMenu

from briefcase_app.domain.models import Kind
from briefcase_app.ui.dialogs.preferences import PreferencesDialog
from briefcase_app.ui.i18n import counts, install, resolve, system_language

from .helpers import click_nav, shortcut

CONF = "Paris Pact Vienna 2012"

MENUS = {
    "ru": ["&Файл", "&Правка", "&Материал", "&Вид", "&Справка"],
    "kk": ["&Файл", "&Түзету", "&Материал", "&Көрініс", "&Анықтама"],
}
#: English words of the window's chrome that must not be seen in a translated window
ENGLISH = re.compile(
    r"\b(File|Edit|Item|View|Help|New|Open|Export|Import|Delete|Restore|Title|Recipient|Marking|Version|"
    r"Sections|Items|Every|Check|Programme|People|Speeches|Lines|Background|Packs|Library|Trash|Saved|"
    r"Preferences|Language|Cancel|Choose|Search|Filter)\b"
)


@pytest.fixture(params=["ru", "kk"])
def language(request, qapp):
    install(qapp, request.param)
    yield request.param
    install(qapp, "en")


def _menu_texts(window) -> list[str]:
    out = []
    for action in window.menuBar().actions():
        out.append(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            out += [a.text() for a in menu.actions() if not a.isSeparator()]
    return out


def _chrome_texts(widget) -> list[str]:
    """Texts of buttons, check boxes and form labels (not the user's own data)."""
    texts = [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisible() and b.text()]
    texts += [lb.text() for lb in widget.findChildren(QLabel) if lb.isVisible() and lb.buddy() is not None]
    return texts


def test_the_window_speaks_the_language(qtbot, language, open_window, tmp_path, messages):
    window = open_window(tmp_path / "demo.db", demo=True)
    assert [a.text() for a in window.menuBar().actions()] == MENUS[language]
    menus = _menu_texts(window)
    assert not [t for t in menus if ENGLISH.search(t.replace("&", ""))], menus
    assert window.actions.export.shortcut().toString() == "Ctrl+E"  # shortcuts stay the standard ones

    sections = {"ru": "Папки материалов", "kk": "Материалдар папкалары"}[language]
    click_nav(qtbot, window, sections, CONF)
    assert re.fullmatch(r"\d+ (запис(ь|и|ей)|жазба)", window.items.status.text()), window.items.status.text()
    shortcut(qtbot, window, "Ctrl+N")  # a new pack, in its editor
    assert window.editor.kind is Kind.PACK
    editor = window.editor.current_editor
    chrome = _chrome_texts(editor)
    assert {"ru": "Адресат", "kk": "Алушы"}[language] in chrome
    assert {"ru": "Язык папки", "kk": "Папка тілі"}[language] in chrome
    assert not [t for t in chrome if ENGLISH.search(t)], chrome
    sections_list = editor.findChild(QListWidget, "pack_sections")
    titles = [sections_list.item(r).text() for r in range(sections_list.count())]
    assert {"ru": "Справочные материалы", "kk": "Анықтамалық материалдар"}[language] in titles
    assert editor.title.text() == {"ru": "Папка материалов", "kk": "Материалдар папкасы"}[language]

    assert editor.language.currentData() == language  # a new pack takes the window's language
    editor.title.setFocus()
    qtbot.keyClicks(editor.title, " 2")
    qtbot.waitUntil(lambda: window.saved_label.text() != "")
    assert window.saved_label.text() == {"ru": "Сохранено", "kk": "Сақталды"}[language]
    other = "kk" if language == "ru" else "ru"
    editor.language.setCurrentIndex(editor.language.findData(other))
    window.editor.save()
    assert window.records.store.get(Kind.PACK, window.editor.item_id).language == other


def test_preferences_in_the_language_and_the_choice_kept(qtbot, language, settings, messages):
    dialog = PreferencesDialog(settings.prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == {"ru": "Настройки", "kk": "Баптаулар"}[language]
    labels = [lb.text() for lb in dialog.findChildren(QLabel) if lb.text()]
    assert not [t for t in labels if ENGLISH.search(t)], labels
    combo = dialog.findChild(QComboBox, "pref_language")
    other = "kk" if language == "ru" else "ru"
    combo.setCurrentIndex(combo.findData(other))
    dialog.accept()
    assert settings.prefs.language == other and resolve(settings.prefs.language) == other
    assert messages and "Briefcase" in messages[-1]  # asks for a restart, in the current language
    assert {"ru": "перезапуска", "kk": "келесі іске"}[language] in messages[-1]


def test_plural_forms(language):
    got = [counts().items(n) for n in (1, 2, 5, 11, 21)]
    if language == "ru":  # 1 запись, 2 записи, 5 записей; 11 записей, 21 запись
        assert got == ["1 запись", "2 записи", "5 записей", "11 записей", "21 запись"]
    else:  # a Kazakh noun after a numeral stays singular
        assert got == ["1 жазба", "2 жазба", "5 жазба", "11 жазба", "21 жазба"]


def test_english_without_a_translation(qapp):
    install(qapp, "en")
    assert [counts().items(n) for n in (1, 2)] == ["1 item", "2 items"]
    assert resolve("") == system_language() and resolve("xx") == system_language()


STARTUP = """
import sys
from PySide6.QtWidgets import QApplication
from briefcase_app.ui.i18n import install, resolve
from briefcase_app.ui.main_window import MainWindow
from briefcase_app.ui.settings import Settings
app = QApplication([])
settings = Settings(sys.argv[1])
install(app, resolve(settings.prefs.language))  # as app.run does
window = MainWindow(settings)
print("|".join(a.text() for a in window.menuBar().actions()))
print(QApplication.translate("QPlatformTheme", "Cancel"))
"""


@pytest.mark.parametrize(
    ("lang", "language", "cancel"), [("ru_RU.UTF-8", "ru", "Отмена"), ("kk_KZ.UTF-8", "kk", "Бас тарту")]
)
def test_lang_starts_the_window_in_that_language(tmp_path, lang, language, cancel):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env |= {"LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", STARTUP, str(tmp_path / "settings.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.splitlines()
    assert out[-2] == "|".join(MENUS[language])
    assert out[-1] == cancel  # Qt's own standard buttons are translated too


def test_system_language_is_one_of_ours(qapp):
    assert system_language() in ("en", "ru", "kk")
    assert isinstance(QApplication.instance(), QApplication)


def test_every_preflight_rule_has_words_in_the_window():
    """A new pre-flight rule needs its heading in ui/preflight_view.RULES (then translated)."""
    from briefcase_app.services import preflight
    from briefcase_app.ui.preflight_view import RULES

    ids = {v.id for v in vars(preflight).values() if isinstance(v, preflight.Rule)} | {"old_fact"}
    assert ids <= set(RULES), ids - set(RULES)


def test_arabic_reads_right_to_left_in_the_editor_and_the_preview(qtbot):
    from briefcase_app.ui.editors.markdown_editor import MarkdownEditor

    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.set_text("Opening remarks\n\nمرحبا بكم في المؤتمر الوزاري\n\n- بند أول\n- first item\n\nПривет")
    editor._refresh_preview()

    def direction(document, word: str) -> str:
        block = document.begin()
        while block.isValid() and word not in block.text():
            block = block.next()
        return block.textDirection().name

    for document in (editor.text.document(), editor.preview.document()):
        assert direction(document, "مرحبا") == direction(document, "بند") == "RightToLeft"
        for word in ("Opening", "first", "Привет"):
            assert direction(document, word) == "LeftToRight", word
