"""Paragraphs that turn the page only between sentences (the reading copy for the podium)."""

from __future__ import annotations

import re
from collections.abc import Callable

from reportlab.platypus import Flowable

from ..text import blocks as b

#: the end of a sentence: . ! ? … (and closing quotes or brackets) followed by a space
_END = re.compile(r"(?<=[.!?…])[\"'”»)\]]*\s+")


def sentences(inlines: list) -> list[list]:
    """A paragraph's inline nodes cut into sentences (only at plain text outside emphasis)."""
    pieces: list[list] = [[]]
    for node in inlines:
        if not isinstance(node, b.Text):
            pieces[-1].append(node)
            continue
        text, pos = node.text, 0
        for m in _END.finditer(text):
            pieces[-1].append(b.Text(text[pos : m.end()]))
            pieces.append([])
            pos = m.end()
        if text[pos:]:
            pieces[-1].append(b.Text(text[pos:]))
    return [p for p in pieces if b.plain_text(p).strip()]


class SentencePara(Flowable):
    """A paragraph kept whole when it fits on a page; a longer one is split after the last
    sentence that fits, so no page ends mid-sentence (a sentence taller than a whole page is
    the only exception). `make(inlines, last)` builds a Paragraph of some of its sentences."""

    def __init__(self, pieces: list[list], make: Callable[[list, bool], Flowable], page_height: float):
        super().__init__()
        self.pieces, self.make, self.page_height = pieces, make, page_height
        self.whole = make(_joined(pieces), True)

    def wrap(self, aw, ah):
        self.width, self.height = self.whole.wrap(aw, ah)
        return self.width, self.height

    def getSpaceBefore(self):
        return self.whole.getSpaceBefore()

    def getSpaceAfter(self):
        return self.whole.getSpaceAfter()

    def split(self, aw, ah):
        at_top = getattr(getattr(self, "_frame", None), "_atTop", False) or getattr(self, "_postponed", False)
        _, h = self.whole.wrap(aw, self.page_height)
        if h <= self.page_height and not at_top:
            return []  # fits on the next page whole
        fit = self._sentences_that_fit(aw, ah)
        if fit == 0:
            return self.whole.split(aw, ah) if at_top else []
        head = self.make(_joined(self.pieces[:fit]), False)
        return [head, SentencePara(self.pieces[fit:], self.make, self.page_height)]

    def _sentences_that_fit(self, aw, ah) -> int:
        low, high = 0, len(self.pieces) - 1  # all of them would not fit, or wrap() said so
        while low < high:
            mid = (low + high + 1) // 2
            _, h = self.make(_joined(self.pieces[:mid]), False).wrap(aw, ah)
            if h <= ah:
                low = mid
            else:
                high = mid - 1
        return low

    def draw(self):
        self.whole.drawOn(self.canv, 0, 0)


def _joined(pieces: list[list]) -> list:
    out: list = []
    for piece in pieces:
        out += piece
    if out and isinstance(out[-1], b.Text):
        out[-1] = b.Text(out[-1].text.rstrip())
    return out
