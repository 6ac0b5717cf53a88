"""The window's language: English, Russian or Kazakh, with Qt's translation system.

Every visible string of the window is marked where it is written, with
`translate("Context", "text")` (QCoreApplication.translate) or, for words kept in tables and
translated when shown, `QT_TRANSLATE_NOOP("Context", "text")`. Placeholders are Python's
`{name}`, filled after translating (`translate(...).format(name=...)`), so a translation may
move them. Phrases with a count live in `Counts` below: `self.tr(text, "", n)` is the one form
pyside6-lupdate reads as a plural, and one class keeps them together for review.

`scripts/translations` runs pyside6-lupdate over briefcase_app/ui/ into
resources/translations/briefcase_{ru,kk}.ts and pyside6-lrelease into the .qm files (committed,
so a wheel or a frozen build has them). `install` loads ours and Qt's own (standard buttons and
dialogs) at start; the language is the Preferences' choice, else the system's.
"""

from __future__ import annotations

import enum
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

#: the window's languages, each named in itself (the Preferences' list)
LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақ тілі"}


_current = "en"


def current_language() -> str:
    """The language the window is showing (what `install` last loaded)."""
    return _current


def system_language() -> str:
    """The system's language if the window has it (LANG=ru_RU.UTF-8 gives "ru"), else English."""
    for name in [QLocale.system().name(), *QLocale.system().uiLanguages()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve(choice: str | None) -> str:
    """The Preferences' choice ("" = the system's) as one of LANGUAGES."""
    return choice if choice in LANGUAGES else system_language()


def install(app: QCoreApplication, language: str) -> str:
    """Load the window's translation and Qt's own for `language`; returns the language used."""
    from ..resources import translations_dir

    global _current
    _current = language
    QLocale.setDefault(QLocale(language))
    for old in getattr(app, "_briefcase_translators", []):
        app.removeTranslator(old)
    translators = []
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"qtbase_{language}", qt_dir),
            (f"briefcase_{language}", str(translations_dir())),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                translators.append(translator)
            else:
                log.warning("no translation %s in %s", name, folder)
    app._briefcase_translators = translators  # kept alive with the application
    return language


#: the domain's English labels of kinds, roles, statuses and sections (domain/models.py), marked
#: here for translation; `label` shows them in the window's language
_LABELS = (
    QT_TRANSLATE_NOOP("Labels", "Conference"),
    QT_TRANSLATE_NOOP("Labels", "Person"),
    QT_TRANSLATE_NOOP("Labels", "Programme item"),
    QT_TRANSLATE_NOOP("Labels", "Speech"),
    QT_TRANSLATE_NOOP("Labels", "Fact"),
    QT_TRANSLATE_NOOP("Labels", "Pack"),
    QT_TRANSLATE_NOOP("Labels", "Head of delegation"),
    QT_TRANSLATE_NOOP("Labels", "Delegation member"),
    QT_TRANSLATE_NOOP("Labels", "Counterpart"),
    QT_TRANSLATE_NOOP("Labels", "Speaker"),
    QT_TRANSLATE_NOOP("Labels", "Draft"),
    QT_TRANSLATE_NOOP("Labels", "Cleared"),
    QT_TRANSLATE_NOOP("Labels", "Delivered"),
    QT_TRANSLATE_NOOP("Labels", "Objective"),
    QT_TRANSLATE_NOOP("Labels", "Key message"),
    QT_TRANSLATE_NOOP("Labels", "Line to take"),
    QT_TRANSLATE_NOOP("Labels", "Defensive Q&A"),
    QT_TRANSLATE_NOOP("Labels", "Press line"),
    QT_TRANSLATE_NOOP("Labels", "Programme"),
    QT_TRANSLATE_NOOP("Labels", "People"),
    QT_TRANSLATE_NOOP("Labels", "Objectives and key messages"),
    QT_TRANSLATE_NOOP("Labels", "Lines to take"),
    QT_TRANSLATE_NOOP("Labels", "Speeches"),
    QT_TRANSLATE_NOOP("Labels", "Background"),
    QT_TRANSLATE_NOOP("Labels", "Steering brief"),
    QT_TRANSLATE_NOOP("Labels", "Logistics and scenario"),
    QT_TRANSLATE_NOOP("Labels", "Contacts"),
    QT_TRANSLATE_NOOP("Labels", "Contact"),
    QT_TRANSLATE_NOOP("Labels", "Logistics item"),
    QT_TRANSLATE_NOOP("Labels", "Blocking"),
    QT_TRANSLATE_NOOP("Labels", "Advisory"),
)


def label(value: enum.Enum | str | None) -> str:
    """An enum's (or a domain label's) English label, in the window's language."""
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        text = getattr(value, "label", None) or str(value.value).replace("_", " ").capitalize()
    else:
        text = value
    return translate("Labels", text)


class Counts(QObject):
    """Every phrase with a number in it, with the plural forms each language needs
    (Russian: 1 файл, 2 файла, 5 файлов; Kazakh nouns stay singular after a numeral)."""

    def items(self, n: int) -> str:
        return _english(self.tr("%n item(s)", "", n), n)

    def shown_of(self, shown: int, n: int) -> str:
        """The filtered list's count: "1 of 2 shown"."""
        return _english(self.tr("{shown} of %n shown", "", n), n).format(shown=shown)

    def found(self, n: int) -> str:
        return _english(self.tr("%n found", "", n), n)

    def similar(self, n: int) -> str:
        return _english(self.tr("%n similar item(s)", "", n), n)

    def blocking(self, n: int) -> str:
        return _english(self.tr("The pre-flight check found %n blocking finding(s):", "", n), n)

    def imported(self, n: int) -> str:
        return _english(self.tr("%n imported", "", n), n)

    def duplicates(self, n: int) -> str:
        return _english(self.tr("%n already there", "", n), n)

    def failed(self, n: int) -> str:
        return _english(self.tr("%n failed", "", n), n)

    def skipped(self, n: int) -> str:
        return _english(self.tr("%n skipped", "", n), n)

    def merged(self, n: int) -> str:
        return _english(self.tr("%n merged", "", n), n)

    def conflicts(self, n: int) -> str:
        return _english(self.tr("%n conflict(s) (kept as revisions)", "", n), n)

    def more_failed(self, n: int) -> str:
        return _english(self.tr("… and %n more (briefcase-app import --json lists them all)", "", n), n)

    def months(self, n: int) -> str:
        return _english(self.tr("%n month(s)", "", n), n)

    def reindex(self, n: int) -> str:
        return _english(self.tr("Updating the search index for %n item(s)…", "", n), n)

    def reindex_done(self, done: int, n: int) -> str:
        return _english(self.tr("Updating the search index: {done} of %n item(s)…", "", n), n).format(
            done=done
        )


def _english(text: str, n: int) -> str:
    """Without a translation (English) Qt keeps "item(s)": make it "1 item", "2 items"."""
    return text.replace("(s)", "" if n == 1 else "s")


_counts: Counts | None = None


def counts() -> Counts:
    global _counts
    if _counts is None:
        _counts = Counts()
    return _counts
