"""Word counts and speaking times of Markdown text."""

from __future__ import annotations

import re

DEFAULT_WORDS_PER_MINUTE = 130

_MARKUP = re.compile(r"[#>*_`|~\[\]()!-]+")
_WORD = re.compile(r"\w+(?:['’.-]\w+)*", re.UNICODE)


def word_count(markdown_text: str) -> int:
    """Words a speaker would say: Markdown punctuation and link targets do not count."""
    text = re.sub(r"\]\([^)]*\)", "]", markdown_text or "")
    return len(_WORD.findall(_MARKUP.sub(" ", text)))


def speaking_minutes(words: int, words_per_minute: int = DEFAULT_WORDS_PER_MINUTE) -> float:
    if words_per_minute <= 0:
        raise ValueError("words per minute must be positive")
    return words / words_per_minute


def format_minutes(minutes: float) -> str:
    """'4 min 30 s' style, rounded to 10 seconds."""
    seconds = int(round(minutes * 60 / 10.0) * 10)
    m, s = divmod(seconds, 60)
    return f"{m} min {s:02d} s" if m else f"{s} s"
