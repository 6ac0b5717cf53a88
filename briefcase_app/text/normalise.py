"""Clean user text before it is laid out: no control or invisible format characters."""

from __future__ import annotations

import re

#: C0/C1 controls except tab and newline, surrogates, non-characters, invisible format
#: characters (Unicode category Cf: bidi marks, zero-width joiners, BOM) and variation selectors.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2"
    "\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ud800-\udfff\ufdd0-\ufdef"
    "\ufe00-\ufe0f\ufeff\ufff9-\ufffb\ufffe\uffff\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
    "\U000e0100-\U000e01ef]"
)

#: a single "word" longer than this is shortened in print (no briefing has one).
MAX_WORD = 300
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")


def clean(text: str | None) -> str:
    """Text without control characters or invisible format characters (Cf), newlines as \\n."""
    if not text:
        return ""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def shorten_long_words(text: str, limit: int = MAX_WORD) -> str:
    """Cut any run of more than `limit` non-space characters, saying how long it was."""
    if len(text) <= limit:
        return text

    def cut(m: re.Match) -> str:
        word = m.group(0)
        return f"{word[: limit - 1]}… [{len(word):,} characters shortened]"

    return _LONG_WORD.sub(cut, text)
