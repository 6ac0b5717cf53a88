"""How dates, times and speech timings are written in the PDFs."""

from __future__ import annotations

import datetime as dt

from ..domain.models import Speech
from ..domain.text_stats import format_minutes, speaking_minutes, word_count


def speech_summary(speech: Speech, wpm: int) -> str:
    words = word_count(speech.body)
    parts = [
        x for x in (speech.speaker, long_date(speech.date) if speech.date else "", speech.status.value) if x
    ]
    timing = f"{words} words · about {format_minutes(speaking_minutes(words, wpm))} at {wpm} wpm"
    if speech.target_minutes:
        timing += f" (target {speech.target_minutes} min)"
    return " · ".join(parts + [timing])


def long_date(day: dt.date | None, weekday: bool = False) -> str:
    if day is None:
        return ""
    text = f"{day.day} {day:%B %Y}"
    return f"{day:%A} {text}" if weekday else text


def date_range(start: dt.date | None, end: dt.date | None) -> str:
    if not start:
        return long_date(end)
    if not end or end == start:
        return long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end:%B %Y}"
    return f"{long_date(start)} – {long_date(end)}"


def time_range(start: dt.datetime | None, end: dt.datetime | None) -> str:
    if not start:
        return ""
    return f"{start:%H:%M}–{end:%H:%M}" if end else f"{start:%H:%M}"
