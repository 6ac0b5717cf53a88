"""How dates, times, speech timings and the fixed labels are written in the PDFs (en, ru, kk)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..domain.models import Speech
from ..domain.text_stats import format_minutes, speaking_minutes, word_count

#: Babel date patterns per language; Kazakh in the form official texts use ("2012 жылғы 16 ақпан").
_DATE_PATTERNS = {"en": "d MMMM y", "ru": "d MMMM y 'г.'", "kk": "y 'жылғы' d MMMM"}


_EN_MONTHS = "January February March April May June July August September October November December".split()
_EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


@dataclass(frozen=True)
class Labels:
    """The fixed words of a PDF in one language."""

    reading_copy: str = "Reading copy"
    page: str = "Page {page} of "
    overleaf: str = "continued overleaf ▸"
    end: str = "— end —"
    continued: str = "(continued)"
    #: "N words · about T at W wpm", " (target M min)", the statuses, minutes and seconds
    timing: str = "{words} words · about {time} at {wpm} wpm"
    target: str = " (target {minutes} min)"
    statuses: tuple[str, str, str] = ("draft", "cleared", "delivered")
    units: tuple[str, str] = ("min", "s")

    def page_prefix(self, page: int) -> str:
        """What comes before the late total: "Page 3 of " ("Page 3 of 12" once filled in)."""
        return self.page.format(page=page)


LABELS = {
    "en": Labels(),
    "ru": Labels("Текст для выступления", "Стр. {page} из ", "продолжение на обороте ▸", "— конец —", "(продолжение)",
                 "{words} сл. · около {time} при {wpm} сл./мин", " (регламент {minutes} мин)",
                 ("проект", "согласовано", "произнесено"), ("мин", "с")),
    "kk": Labels("Сөйлеу мәтіні", "{page}-бет, барлығы ", "жалғасы келесі бетте ▸", "— соңы —", "(жалғасы)",
                 "{words} сөз · шамамен {time}, {wpm} сөз/мин", " (регламент {minutes} мин)",
                 ("жоба", "келісілген", "айтылды"), ("мин", "с")),
}  # fmt: skip


#: the pack's fixed words in Russian and Kazakh, by their English (resources/translations/GLOSSARY.md
#: gives the terms); `words(language)` looks them up, English is the key itself
PACK_WORDS: dict[str, tuple[str, str]] = {
    "Cover": ("Обложка", "Мұқаба"),
    "BRIEFING PACK": ("ПАПКА МАТЕРИАЛОВ", "МАТЕРИАЛДАР ПАПКАСЫ"),
    "Briefing for {recipient}": ("Материалы для: {recipient}", "Кімге арналған: {recipient}"),
    "Briefing for the delegation": ("Материалы для делегации", "Делегацияға арналған материалдар"),
    "Head of delegation: {name}": ("Глава делегации: {name}", "Делегация басшысы: {name}"),
    "Prepared {date} · Version {version}": (
        "Подготовлено {date} · Редакция {version}",
        "Дайындалды: {date} · Нұсқа {version}",
    ),
    "Version {version}": ("Редакция {version}", "Нұсқа {version}"),
    "Draft": ("Проект", "Жоба"),
    "Cleared": ("Согласовано", "Келісілген"),
    "DRAFT": ("ПРОЕКТ", "ЖОБА"),
    "Contents": ("Содержание", "Мазмұны"),
    "No items in this section.": ("В разделе нет материалов.", "Бөлімде материал жоқ."),
    "Time": ("Время", "Уақыты"),
    "Event": ("Мероприятие", "Іс-шара"),
    "Place": ("Место", "Орны"),
    "Attendees": ("Участники", "Қатысушылар"),
    "Arrangement": ("Порядок", "Тәртібі"),
    "What": ("Что", "Не"),
    "Date to be fixed": ("Дата уточняется", "Күні нақтыланады"),
    "Our delegation": ("Наша делегация", "Біздің делегация"),
    "Counterparts and speakers": (
        "Партнёры по переговорам и выступающие",
        "Келіссөз серіктестері мен сөйлеушілер",
    ),
    "No.": ("№", "№"),
    "Name": ("Фамилия, имя", "Аты-жөні"),
    "Role": ("Роль", "Рөлі"),
    "Title": ("Должность", "Лауазымы"),
    "Phone": ("Телефон", "Телефон"),
    "E-mail": ("Эл. почта", "Эл. пошта"),
    "Notes": ("Примечания", "Ескертпелер"),
    "Purpose": ("Цель", "Мақсаты"),
    "What we want": ("Чего мы добиваемся", "Біздің мақсатымыз"),
    "Main asks of us": ("Основные просьбы к нам", "Бізден күтілетін негізгі өтініштер"),
    "Sensitivities": ("Чувствительные вопросы", "Сезімтал мәселелер"),
    "Recommended line": ("Рекомендуемая позиция", "Ұсынылатын ұстаным"),
    "General": ("Общие вопросы", "Жалпы мәселелер"),
    "Q: ": ("В: ", "С: "),
    "A: ": ("О: ", "Ж: "),
    "Source: {source}": ("Источник: {source}", "Дереккөз: {source}"),
    "not given": ("не указан", "көрсетілмеген"),
    " · as of {date}": (" · по состоянию на {date}", " · мәлімет күні: {date}"),
    # sections (SectionKind labels), point kinds and their plurals, roles
    "Steering brief": ("Установочная справка", "Бағдарлаушы анықтама"),
    "Programme": ("Программа", "Бағдарлама"),
    "Logistics and scenario": ("Организационные вопросы и сценарий", "Ұйымдастыру мәселелері және сценарий"),
    "People": ("Персоналии", "Тұлғалар"),
    "Contacts": ("Контакты", "Байланыстар"),
    "Objectives and key messages": ("Задачи и ключевые тезисы", "Мақсаттар мен негізгі тезистер"),
    "Lines to take": ("Тезисы позиции", "Ұстаным тезистері"),
    "Speeches": ("Выступления", "Баяндамалар"),
    "Background": ("Справочные материалы", "Анықтамалық материалдар"),
    "Objective": ("Задача", "Мақсат"),
    "Objectives": ("Задачи", "Мақсаттар"),
    "Key message": ("Ключевой тезис", "Негізгі тезис"),
    "Key messages": ("Ключевые тезисы", "Негізгі тезистер"),
    "Line to take": ("Тезис позиции", "Ұстаным тезисі"),
    "Defensive Q&A": ("Ответы на возможные вопросы", "Ықтимал сұрақтарға жауаптар"),
    "Press line": ("Позиция для прессы", "Баспасөзге арналған ұстаным"),
    "Press lines": ("Позиция для прессы", "Баспасөзге арналған ұстаным"),
    "Head of delegation": ("Глава делегации", "Делегация басшысы"),
    "Delegation member": ("Член делегации", "Делегация мүшесі"),
    "Counterpart": ("Партнёр по переговорам", "Келіссөз серіктесі"),
    "Speaker": ("Выступающий", "Сөйлеуші"),
    "Annex {number}": ("Приложение {number}", "{number}-қосымша"),
}


@dataclass(frozen=True)
class Words:
    """`words("Contents")` is "Содержание" in a Russian pack; an English word it does not
    know comes back as it is (tests/test_pdf_language.py finds any left in a pack)."""

    language: str = "en"

    def __call__(self, english: str, **values) -> str:
        column = {"ru": 0, "kk": 1}.get(self.language)
        row = PACK_WORDS.get(english)
        text = row[column] if row is not None and column is not None else english
        return text.format(**values) if values else text


def words(language: str | None) -> Words:
    return Words(_language(language))


def labels_for(language: str | None) -> Labels:
    return LABELS.get(_language(language), LABELS["en"])


def _language(language: str | None) -> str:
    code = (language or "en").lower().replace("_", "-").split("-")[0]
    return code if code in _DATE_PATTERNS else "en"


def speech_summary(speech: Speech, wpm: int, language: str = "en") -> str:
    """Speaker · date · status · "N words · about T at W wpm (target M min)", in `language`."""
    labels = labels_for(language)
    words = word_count(speech.body)
    statuses = dict(zip(("draft", "cleared", "delivered"), labels.statuses, strict=True))
    status = statuses.get(speech.status.value, speech.status.value)
    date = long_date(speech.date, language=language) if speech.date else ""
    parts = [x for x in (speech.speaker, date, status) if x]
    minutes, seconds = labels.units
    time = (
        format_minutes(speaking_minutes(words, wpm))
        .replace(" min", f" {minutes}")
        .replace(" s", f" {seconds}")
    )
    timing = labels.timing.format(words=words, time=time, wpm=wpm)
    if speech.target_minutes:
        timing += labels.target.format(minutes=speech.target_minutes)
    return " · ".join(parts + [timing])


def long_date(day: dt.date | None, weekday: bool = False, language: str = "en") -> str:
    """ "16 February 2012", "16 февраля 2012 г.", "2012 жылғы 16 ақпан" (with the weekday first:
    "Thursday 16 February 2012", "Четверг, 16 февраля 2012 г.", "Бейсенбі, 2012 жылғы 16 ақпан")."""
    if day is None:
        return ""
    code = _language(language)
    if code == "en":
        text = f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
        return f"{_EN_DAYS[day.weekday()]} {text}" if weekday else text
    from babel.dates import format_date  # loaded only for a Russian or Kazakh date

    text = format_date(day, _DATE_PATTERNS[code], locale=code)
    if not weekday:
        return text
    name = format_date(day, "EEEE", locale=code)
    return f"{name[:1].upper()}{name[1:]}, {text}"


def date_range(start: dt.date | None, end: dt.date | None, language: str = "en") -> str:
    """ "16–17 February 2012", "16–17 февраля 2012 г.", "2012 жылғы 16–17 ақпан"."""
    if not start:
        return long_date(end, language=language)
    if not end or end == start:
        return long_date(start, language=language)
    if (start.year, start.month) == (end.year, end.month):
        code = _language(language)
        if code == "en":
            return f"{start.day}–{end.day} {_EN_MONTHS[end.month - 1]} {end.year}"
        text = long_date(end, language=code)  # the end's day is replaced by "start–end"
        return re.sub(rf"(?<!\d){end.day}(?!\d)", f"{start.day}–{end.day}", text, count=1)
    return f"{long_date(start, language=language)} – {long_date(end, language=language)}"


def time_range(start: dt.datetime | None, end: dt.datetime | None) -> str:
    if not start:
        return ""
    return f"{start:%H:%M}–{end:%H:%M}" if end else f"{start:%H:%M}"
