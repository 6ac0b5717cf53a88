"""Clean user text before it is laid out: no control or invisible format characters."""

from __future__ import annotations

import re

from ..domain.characters import INVISIBLE

#: a single "word" longer than this is shortened in print (no briefing has one).
MAX_WORD = 300
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")


def clean(text: str | None) -> str:
    """Text without control characters or invisible format characters (Cf), newlines as \\n."""
    if not text:
        return ""
    return INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def shorten_long_words(text: str, limit: int = MAX_WORD) -> str:
    """Cut any run of more than `limit` non-space characters, saying how long it was."""
    if len(text) <= limit:
        return text

    def cut(m: re.Match) -> str:
        word = m.group(0)
        return f"{word[: limit - 1]}… [{len(word):,} characters shortened]"

    return _LONG_WORD.sub(cut, text)
