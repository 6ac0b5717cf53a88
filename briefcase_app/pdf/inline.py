"""Inline nodes to reportlab Paragraph markup: every user character is escaped first, and
the only tags in the markup are the ones written here (fonts, links, super, br)."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from ..text import blocks as b
from ..text.markdown import safe_href
from ..text.normalise import shorten_long_words
from .fonts import Face, FontSet

LINK_COLOUR = "#1F3A5F"


def esc(text: str) -> str:
    """Escape text for Paragraph markup (after cutting absurdly long words)."""
    return escape(shorten_long_words(text))


class Markup:
    """Builds Paragraph markup for runs of inline nodes over one FontSet."""

    def __init__(self, fonts: FontSet):
        self.fonts = fonts

    def text(self, text: str, base: Face | None = None, bold=False, italic=False, mono=False) -> str:
        """Markup of plain text in the face for bold/italic/mono; characters that face lacks
        are drawn from the fallback fonts (pdf/fonts.py FontSet.runs)."""
        face = self.fonts.face(bold, italic, mono)
        base = base or self.fonts.regular
        return self._runs(text, face, base)

    def inlines(self, nodes: list, base: Face | None = None, bold=False, italic=False) -> str:
        base = base or self.fonts.regular
        return "".join(self._node(n, base, bold, italic) for n in nodes)

    def _node(self, node, base: Face, bold: bool, italic: bool) -> str:
        if isinstance(node, b.Text):
            return self._runs(node.text, self.fonts.face(bold, italic), base)
        if isinstance(node, b.Strike):  # before Emph, which it extends
            return f"<strike>{self.inlines(node.children, base, bold, italic)}</strike>"
        if isinstance(node, b.Strong):
            return self.inlines(node.children, base, True, italic)
        if isinstance(node, b.Emph):
            return self.inlines(node.children, base, bold, True)
        if isinstance(node, b.Code):
            return self._runs(node.text, self.fonts.mono, base)
        if isinstance(node, b.Link):
            inner = self.inlines(node.children, base, bold, italic)
            href = safe_href(node.href)
            if not href:
                return inner
            return f"<a href={quoteattr(href)} color={quoteattr(LINK_COLOUR)}><u>{inner}</u></a>"
        if isinstance(node, b.FootRef):
            return f"<super>{esc(node.label)}</super>"
        if isinstance(node, b.ImageRef):
            label = "[Image: " + (node.alt or "no description") + "]"
            return self._runs(label, self.fonts.face(bold, True), base)
        if isinstance(node, b.Break):
            return "<br/>"
        return ""

    def _runs(self, text: str, face: Face, base: Face) -> str:
        """Markup of `text` in `face`: characters the face lacks drawn from the first fallback
        face that has them, right-to-left runs ordered and shaped (FontSet.runs)."""
        if not text:
            return ""
        chars = face.chars
        if all(ord(c) in chars or c in "\n\t" for c in text):
            return _in_face(esc(text), face, base)
        return "".join(
            _in_face(esc(piece), run_face, base) for run_face, piece in self.fonts.runs(text, face)
        )


def _in_face(escaped: str, face: Face, base: Face) -> str:
    if face is base or not escaped:
        return escaped
    return f'<font face="{face.name}">{escaped}</font>'
