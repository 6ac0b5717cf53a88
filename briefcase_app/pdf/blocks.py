"""Block tree to flowables: one handler per block type (rst2pdf's dispatch-table idea)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, HRFlowable, Paragraph, Spacer

from ..text import blocks as b
from .flowables import FramedText, HeadingPara, Indented, Marker, RowsTable
from .inline import Markup, esc
from .styles import RULE, Styles

#: nesting deeper than this is drawn at the same indent (50 levels would leave no page).
MAX_INDENT_DEPTH = 6
LIST_INDENT = 16
QUOTE_INDENT = 12
CODE_LINES_PER_CHUNK = 25
MAX_CELL_CHARS = 1500
_BULLETS = ["•", "◦", "▪", "–"]


@dataclass
class Context:
    heading_offset: int = 0  # added to Markdown heading levels (a speech's ## becomes level 3)
    outline_base: int | None = None  # outline level of a level-1 heading; None: not in the outline
    depth: int = 0


class BlockRenderer:
    """Turns blocks into flowables; headings report to `marker` when drawn."""

    def __init__(self, styles: Styles, marker: Marker | None = None, key_prefix: str = "h"):
        self.styles = styles
        self.markup = Markup(styles.fonts)
        self.marker = marker
        self._keys = itertools.count(1)
        self.key_prefix = key_prefix
        self.headings: list[tuple[str, str, int]] = []  # (key, title, outline level) in order

    def render(self, blocks: list, ctx: Context | None = None) -> list:
        ctx = ctx or Context()
        out: list = []
        for block in blocks:
            handler = _HANDLERS.get(type(block))
            if handler is not None:
                out.extend(handler(self, block, ctx))
        return out

    def paragraph(self, inlines: list, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
        text = self.markup.inlines(inlines, base=self._face_of(style))
        return Paragraph(text, style, bulletText=bullet)

    def plain(self, text: str, style: ParagraphStyle) -> Paragraph:
        """A paragraph of plain text (no Markdown), escaped."""
        return Paragraph(self.markup.text(text, base=self._face_of(style)), style)

    def _face_of(self, style: ParagraphStyle):
        fonts = self.styles.fonts
        for face in (fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic, fonts.mono):
            if face.name == style.fontName:
                return face
        return fonts.regular

    def heading(self, inlines: list, level: int, outline_level: int | None) -> Paragraph:
        style = self.styles.headings[min(max(level, 1), 6) - 1]
        title = " ".join(b.plain_text(inlines).split()) or "(untitled)"
        key = f"{self.key_prefix}{next(self._keys)}"
        if outline_level is not None:
            self.headings.append((key, title, outline_level))
        text = self.markup.inlines(inlines, base=self._face_of(style)) or esc(title)
        return HeadingPara(text, style, key, title, outline_level, self.marker)


def _heading(r: BlockRenderer, block: b.Heading, ctx: Context) -> list:
    level = block.level + ctx.heading_offset
    outline = None if ctx.outline_base is None else ctx.outline_base + block.level - 1
    return [CondPageBreak(60), r.heading(block.inlines, level, outline)]


def _para(r: BlockRenderer, block: b.Para, ctx: Context) -> list:
    return [r.paragraph(block.inlines, r.styles.body)]


def _list(r: BlockRenderer, block: b.ListBlock, ctx: Context) -> list:
    out: list = []
    inner = Context(ctx.heading_offset, None, ctx.depth + 1)
    style = ParagraphStyle("li", parent=r.styles.body, leftIndent=LIST_INDENT, bulletIndent=2, spaceAfter=2)
    for number, item in enumerate(block.items, start=block.start):
        bullet = f"{number}." if block.ordered else _BULLETS[ctx.depth % len(_BULLETS)]
        first, rest = (item[0], item[1:]) if item and isinstance(item[0], b.Para) else (b.Para([]), item)
        out.append(r.paragraph(first.inlines, style, bullet=esc(bullet)))
        for flowable in r.render(rest, inner):
            out.append(Indented(flowable, LIST_INDENT if ctx.depth < MAX_INDENT_DEPTH else 0))
    return out + [Spacer(1, 3 if ctx.depth == 0 else 0)]


def _table(r: BlockRenderer, block: b.Table, ctx: Context) -> list:
    columns = max(len(block.header), max((len(row) for row in block.rows), default=0), 1)
    aligns = (block.aligns + ["left"] * columns)[:columns]
    cell_styles = [r.styles.aligned(r.styles.cell, a) for a in aligns]
    head_styles = [r.styles.aligned(r.styles.head_cell, a) for a in aligns]
    lengths = [4] * columns

    def cells(row: list, styles) -> list:
        out = []
        for i in range(columns):
            inlines = row[i] if i < len(row) else []
            text = b.plain_text(inlines)
            lengths[i] = max(lengths[i], min(len(text), 40))
            if len(text) > MAX_CELL_CHARS:
                inlines = [b.Text(text[:MAX_CELL_CHARS] + f"… [{len(text):,} characters shortened]")]
            out.append(r.paragraph(inlines, styles[i]))
        return out

    header = cells(block.header, head_styles) if block.header else None
    rows = [cells(row, cell_styles) for row in block.rows]
    total = sum(lengths)
    return [RowsTable(header, rows, [n / total for n in lengths]), Spacer(1, 6)]


def _quote(r: BlockRenderer, block: b.Quote, ctx: Context) -> list:
    inner = Context(ctx.heading_offset, None, ctx.depth + 1)
    indent = QUOTE_INDENT if ctx.depth < MAX_INDENT_DEPTH else 0
    return [Indented(f, indent, bar=indent > 0) for f in r.render(block.blocks, inner)] + [Spacer(1, 4)]


def _code(r: BlockRenderer, block: b.CodeBlock, ctx: Context) -> list:
    lines = block.text.split("\n") or [""]
    out: list = [Spacer(1, 2)]
    for start in range(0, len(lines), CODE_LINES_PER_CHUNK):
        chunk = lines[start : start + CODE_LINES_PER_CHUNK]
        text = "<br/>".join(_code_line(r, line) for line in chunk)
        out.append(Paragraph(text or "&nbsp;", r.styles.code))
    out.append(Spacer(1, 6))
    return out


def _code_line(r: BlockRenderer, line: str) -> str:
    """Keep indentation and runs of spaces, yet let long lines wrap at single spaces."""
    line = line.expandtabs(4)
    stripped = line.lstrip(" ")
    lead = "&nbsp;" * (len(line) - len(stripped))
    words = stripped.split(" ")
    body = " ".join(r.markup.text(w, base=r.styles.fonts.mono) if w else "&nbsp;" for w in words)
    return lead + body


def _rule(r: BlockRenderer, block: b.Rule, ctx: Context) -> list:
    return [HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=4, spaceAfter=8)]


def _image(r: BlockRenderer, block: b.Image, ctx: Context) -> list:
    label = "Image: " + (block.alt or "no description") + " (not included)"
    para = Paragraph(r.markup.text(label, italic=True), r.styles.caption)
    return [FramedText(para), Spacer(1, 6)]


def _footnotes(r: BlockRenderer, block: b.Footnotes, ctx: Context) -> list:
    out: list = [
        HRFlowable(width="30%", thickness=0.5, color=RULE, hAlign="LEFT", spaceBefore=6, spaceAfter=4)
    ]
    style = ParagraphStyle("fn", parent=r.styles.small, leftIndent=14, bulletIndent=0)
    for label, blocks in block.items:
        first, rest = (
            (blocks[0], blocks[1:]) if blocks and isinstance(blocks[0], b.Para) else (b.Para([]), blocks)
        )
        out.append(r.paragraph(first.inlines, style, bullet=esc(label + ".")))
        out.extend(Indented(f, 14) for f in r.render(rest, Context(ctx.heading_offset, None, ctx.depth + 1)))
    return out


_HANDLERS = {
    b.Heading: _heading,
    b.Para: _para,
    b.ListBlock: _list,
    b.Table: _table,
    b.Quote: _quote,
    b.CodeBlock: _code,
    b.Rule: _rule,
    b.Image: _image,
    b.Footnotes: _footnotes,
}
