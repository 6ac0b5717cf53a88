"""Marks and snippets for substring hits, which FTS5's highlight() cannot mark."""

from __future__ import annotations

import re

OPEN, CLOSE = "\x02", "\x03"
ELLIPSIS = "…"
WINDOW_CHARS = 160


def _pattern(needles: list[str]) -> re.Pattern | None:
    parts = sorted({n for n in needles if n}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, parts)), re.IGNORECASE) if parts else None


def mark(text: str, needles: list[str]) -> str:
    """Text with every occurrence of a needle (any case) between OPEN and CLOSE."""
    pattern = _pattern(needles)
    return pattern.sub(lambda m: OPEN + m.group(0) + CLOSE, text) if pattern else text


def window(text: str, needles: list[str], size: int = WINDOW_CHARS) -> str:
    """About `size` characters around the first occurrence, marked, with ellipses where cut."""
    pattern = _pattern(needles)
    found = pattern.search(text) if pattern else None
    start = 0 if found is None else max(0, found.start() - size // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    end = min(len(text), start + size)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + size // 2 else end
    piece = mark(text[start:end], needles)
    return (ELLIPSIS if start else "") + piece + (ELLIPSIS if end < len(text) else "")
