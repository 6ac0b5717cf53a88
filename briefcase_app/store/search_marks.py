"""Marks and snippets in Python: FTS5's snippet() re-tokenises whole bodies (~1 ms a Russian speech)."""

from __future__ import annotations

import bisect
import functools
import re

OPEN, CLOSE = "\x02", "\x03"
ELLIPSIS = "…"
SNIPPET_CHARS = 200
#: neighbouring marked words become one mark: a phrase reads as one.
_ADJACENT = re.compile(f"{CLOSE}([ \t]+){OPEN}")


def _at_word_start(text: str) -> str:
    """Regex of `text` at the start of a word: its first letter, then a look back that no letter
    comes before it. Every alternative then starts with a letter, so the regex engine jumps to
    those letters instead of trying each alternative everywhere (14x faster on a Russian speech)."""
    return re.escape(text[0]) + r"(?<!\w.)" + re.escape(text[1:])


def pattern(stems: list[str], substrings: list[str], phrases=(), forms=()) -> re.Pattern | None:
    """Phrases (first, so a phrase is one match), words starting with a stem (porter stems
    are word starts), forms of Russian and Kazakh words ((stem, n): the stem and at most n
    more letters, so a short stem does not mark every longer word), substrings anywhere."""
    stems = sorted({s.lower() for s in stems if s}, key=len, reverse=True)
    substrings = sorted({s.lower() for s in substrings if s}, key=len, reverse=True)
    parts = [
        _at_word_start(tokens[0].lower())
        + "".join(r"\W+" + re.escape(t.lower()) for t in tokens[1:])
        + r"\w*"
        for tokens in phrases
        if tokens and tokens[0]
    ]
    forms = sorted({(s.lower(), n) for s, n in forms if s}, key=lambda f: -len(f[0]))
    parts += [rf"{_at_word_start(s)}\w{{0,{n}}}(?!\w)" for s, n in forms]
    parts += [rf"{_at_word_start(s)}\w*" for s in stems] + [re.escape(s) for s in substrings]
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


_MARKDOWN = re.compile(r"\*\*|__|`+|^#+\s*", re.MULTILINE)


def plain_text(text: str) -> str:
    """Markdown's emphasis and heading signs dropped: a snippet is read, not rendered."""
    return _MARKDOWN.sub("", text)


@functools.lru_cache(maxsize=64)
def _case_sensitive(source: str) -> re.Pattern:
    return re.compile(source)


def mark(text: str, found: re.Pattern | None) -> str:
    """Text with every match between OPEN and CLOSE."""
    text = text.replace(OPEN, " ").replace(CLOSE, " ")
    if not found:
        return text
    return _ADJACENT.sub(r"\1", found.sub(lambda m: OPEN + m.group(0) + CLOSE, text))


def snippet(text: str, found: re.Pattern | None, size: int = SNIPPET_CHARS) -> str:
    """About `size` characters where the matches are densest, marked, with ellipses where cut."""
    text = text.replace(OPEN, " ").replace(CLOSE, " ")
    starts: list[int] = []
    phrase_starts: set[int] = set()
    if found:
        lowered = text.lower()  # matching without IGNORECASE is much faster on Cyrillic
        plain = _case_sensitive(found.pattern) if len(lowered) == len(text) else found
        for m in plain.finditer(lowered if plain is not found else text):
            starts.append(m.start())
            if " " in m.group(0) or not m.group(0).isalnum():
                phrase_starts.add(m.start())
            if len(starts) >= 24:
                break
    best, best_count, span = 0, 0, size * 2 // 3
    for i, s in enumerate(starts):  # the start with most matches within `span` after it
        count = bisect.bisect_left(starts, s + span, i) - i + (3 if s in phrase_starts else 0)
        if count > best_count:
            best, best_count = s, count
    start = max(0, best - size // 3) if starts else 0
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    end = min(len(text), start + size)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + size // 2 else end
    piece = " ".join(mark(plain_text(text[start:end]), found).split())
    return (ELLIPSIS if start else "") + piece + (ELLIPSIS if end < len(text) else "")
