"""How dates, times, speech timings and the fixed labels are written in the PDFs (en, ru, kk)."""

from __future__ import annotations

import datetime as dt
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
    """ "16 February 2012", "16 февраля 2012 г.", "2012 жылғы 16 ақпан" (with the weekday first)."""
    if day is None:
        return ""
    code = _language(language)
    if code == "en":
        text = f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
        return f"{_EN_DAYS[day.weekday()]} {text}" if weekday else text
    from babel.dates import format_date  # loaded only for a Russian or Kazakh date

    text = format_date(day, _DATE_PATTERNS[code], locale=code)
    return f"{format_date(day, 'EEEE', locale=code)} {text}" if weekday else text


def date_range(start: dt.date | None, end: dt.date | None) -> str:
    if not start:
        return long_date(end)
    if not end or end == start:
        return long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {_EN_MONTHS[end.month - 1]} {end.year}"
    return f"{long_date(start)} – {long_date(end)}"


def time_range(start: dt.datetime | None, end: dt.datetime | None) -> str:
    if not start:
        return ""
    return f"{start:%H:%M}–{end:%H:%M}" if end else f"{start:%H:%M}"
