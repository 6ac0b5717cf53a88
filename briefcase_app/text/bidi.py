"""Right-to-left text (Arabic, Hebrew, Thaana, ...) put in display order by python-bidi's
Unicode Bidirectional Algorithm, for a renderer that draws left to right.

`display_runs` gives a line as runs from left to right. A run of right-to-left letters keeps
its reading (logical) order: the renderer hands it to a shaper (reportlab with uharfbuzz, in
pdf/fonts.py), which joins Arabic letters and lays the run out right to left. Everything
else (Latin, digits, spaces, punctuation; brackets mirrored where they sit in right-to-left
text) is already in its display place. A whole right-to-left paragraph is broken into lines
first and each line is ordered on its own (pdf/flowables.py RtlLines), so its lines read top
to bottom. No reportlab here."""

from __future__ import annotations

import re
import unicodedata

from bidi import get_base_level, get_display
from bidi.mirror import MIRRORED

#: letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, ... and their
#: presentation forms): text without any is returned as it is, without running the algorithm
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_HAS_RTL = re.compile(f"[{_RTL}]")
#: what a shaper takes as part of a right-to-left run: letters, their marks, joiners
_RUN_CLASSES = frozenset({"R", "AL", "NSM", "BN"})


def has_rtl(text: str) -> bool:
    return bool(_HAS_RTL.search(text))


def display_runs(text: str, base_dir: str | None = None) -> list[tuple[str, bool]]:
    """(text, right_to_left) runs from left to right. A right-to-left run is in reading
    order (to be shaped and laid out right to left); other runs are in display order.
    `base_dir` 'L' or 'R' forces the paragraph direction, else its first strong letter."""
    if not text or not has_rtl(text):
        return [(text, False)] if text else []
    chars = _resolved(text, base_dir)
    runs: list[tuple[str, bool]] = []
    current: list[str] = []
    rtl_run = False
    last_index = -2
    for ch in chars:
        in_run = ch["level"] % 2 == 1 and unicodedata.bidirectional(text[ch["index"]]) in _RUN_CLASSES
        # a right-to-left run is contiguous in the text, so its letters come right to left
        continues = in_run and rtl_run and ch["index"] == last_index - 1
        if current and (in_run != rtl_run or (in_run and not continues)):
            runs.append(("".join(reversed(current)) if rtl_run else "".join(current), rtl_run))
            current = []
        rtl_run = in_run
        current.append(ch["ch"])
        last_index = ch["index"]
    if current:
        runs.append(("".join(reversed(current)) if rtl_run else "".join(current), rtl_run))
    return runs


def visual_text(text: str, base_dir: str | None = None) -> str:
    """The display order of `text` character by character (for tests and plain-text
    renderers without a shaper): every right-to-left run reversed."""
    return "".join(run[::-1] if rtl else run for run, rtl in display_runs(text, base_dir))


def _resolved(text: str, base_dir: str | None) -> list[dict]:
    """Characters of `text` in display order, each {"ch", "index", "level"}: levels resolved
    by python-bidi (its Rust implementation, which follows the current algorithm including
    bracket pairs), then trailing spaces at the paragraph level (rule L1), reordered (L2) and
    brackets mirrored where they sit in right-to-left text (L4)."""
    base = {"L": 0, "R": 1}[base_dir] if base_dir else get_base_level(text)
    levels = _levels(text, base_dir)
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
        levels[end] = base
    chars = [{"ch": ch, "index": i, "level": levels[i]} for i, ch in enumerate(text)]
    top = max(levels)
    lowest_odd = min(level for level in levels) | 1
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(chars):
            if chars[i]["level"] >= level:
                j = i
                while j < len(chars) and chars[j]["level"] >= level:
                    j += 1
                chars[i:j] = chars[i:j][::-1]
                i = j
            else:
                i += 1
    for ch in chars:
        if ch["level"] % 2 and unicodedata.mirrored(ch["ch"]):
            ch["ch"] = MIRRORED.get(ch["ch"], ch["ch"])
    return chars


_LEVELS = re.compile(r"\n    levels: \[(.*?)\n    \],", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def _levels(text: str, base_dir: str | None) -> list[int]:
    """The resolved embedding level of each character. python-bidi gives them only in its
    debug description, one per UTF-8 byte: each character takes its first byte's level."""
    described = get_display(text, base_dir=base_dir, debug=True)
    found = _LEVELS.search(described)
    by_byte = [int(n) for n in _LEVEL.findall(found.group(1))] if found else []
    levels, pos = [], 0
    for ch in text:
        levels.append(by_byte[pos] if pos < len(by_byte) else 0)
        pos += len(ch.encode("utf-8"))
    return levels


_STRONG = re.compile(r"[^\W\d_]")


def is_rtl_paragraph(text: str) -> bool:
    """True when the first letter of `text` is of a right-to-left script (the paragraph reads
    right to left)."""
    first = _STRONG.search(text or "")
    return bool(first and unicodedata.bidirectional(first.group(0)) in ("R", "AL"))
