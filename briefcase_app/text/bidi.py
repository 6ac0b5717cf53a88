"""Arabic and Hebrew for a renderer without shaping or bidi (reportlab without uharfbuzz and
rlbidi): Arabic letters take their joined presentation forms, and each right-to-left run is
put in visual order. A whole right-to-left paragraph is broken into lines first and each line
is reordered on its own (pdf/flowables.py RtlLines), so its lines read top to bottom."""

from __future__ import annotations

import re
from collections.abc import Callable

#: Arabic letters in the order of their presentation forms from U+FE80
_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
_RIGHT_JOINING = set("آأؤإادذرزوىة")  # join to the letter before only
_NON_JOINING = set("ء")
_LAM_ALEF = {"آ": 0xFEF5, "أ": 0xFEF7, "إ": 0xFEF9, "ا": 0xFEFB}
_TATWEEL = "\u0640"


def _forms() -> dict[str, list[str]]:
    forms, code = {}, 0xFE80
    for ch in _LETTERS:
        count = 1 if ch in _NON_JOINING else 2 if ch in _RIGHT_JOINING else 4
        forms[ch] = [chr(code + i) for i in range(count)]  # isolated, final, initial, medial
        code += count
    return forms


_FORMS = _forms()
_RTL = "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff"
_MARKS = "\u0591-\u05c7\u064b-\u065f\u0670"
_HAS_RTL = re.compile(f"[{_RTL}]")
_RUN = re.compile(f"[{_RTL}](?:[{_RTL}\\s.,:;!?\"'()\\-0-9]*[{_RTL}])?")
_UNIT = re.compile(f"[0-9]+(?:[.,:][0-9]+)*|.[{_MARKS}]*", re.S)
_MIRROR = str.maketrans("()", ")(")


def _is_mark(ch: str) -> bool:
    return "\u064b" <= ch <= "\u065f" or ch == "\u0670" or "\u0591" <= ch <= "\u05c7"


def shape_arabic(text: str, covers: Callable[[str], bool] = lambda ch: True) -> str:
    """Letters in their joined forms (logical order kept); forms the font lacks are skipped."""
    letters = [i for i, ch in enumerate(text) if not _is_mark(ch)]
    out = list(text)
    skip: set[int] = set()
    for n, i in enumerate(letters):
        ch = text[i]
        if i in skip or ch not in _FORMS:
            continue
        before = text[letters[n - 1]] if n > 0 else ""
        after = text[letters[n + 1]] if n + 1 < len(letters) else ""
        joins_before = (len(_FORMS.get(before, ())) == 4 or before == _TATWEEL) and letters[n - 1] not in skip
        if ch == "ل" and after in _LAM_ALEF:
            ligature = chr(_LAM_ALEF[after] + (1 if joins_before else 0))
            if covers(ligature):
                out[i], out[letters[n + 1]] = ligature, ""
                skip.add(letters[n + 1])
                continue
        forms = _FORMS[ch]
        joins_after = len(forms) == 4 and (len(_FORMS.get(after, ())) >= 2 or after == _TATWEEL)
        if len(forms) == 1:
            continue
        if len(forms) == 2:
            form = forms[1] if joins_before else forms[0]
        else:
            form = forms[
                3 if joins_before and joins_after else 1 if joins_before else 2 if joins_after else 0
            ]
        if covers(form):
            out[i] = form
    return "".join(out)


def visual_order(text: str, covers: Callable[[str], bool] = lambda ch: True) -> str:
    """Each right-to-left run shaped and reversed (numbers inside it stay left-to-right)."""
    if not _HAS_RTL.search(text):
        return text

    def flip(m: re.Match) -> str:
        units = _UNIT.findall(shape_arabic(m.group(0), covers))
        return "".join(reversed(units)).translate(_MIRROR)

    return _RUN.sub(flip, text)


_STRONG = re.compile(r"[^\W\d_]")


def is_rtl_paragraph(text: str) -> bool:
    """True when the first letter of `text` is Arabic or Hebrew (the paragraph reads right to left)."""
    first = _STRONG.search(text or "")
    return bool(first and _HAS_RTL.match(first.group(0)))
