"""Block tree to flowables: one handler per block type (rst2pdf's dispatch-table idea)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, PageBreak, PageBreakIfNotEmpty, Paragraph, Spacer

from ..domain.attachments import REFERENCE
from ..text import blocks as b
from ..text.bidi import is_rtl_paragraph
from ..text.normalise import MAX_WORD, shorten_long_words
from .flowables import Cell, FramedText, HeadingPara, Indented, Marker, RowLedger, RowsTable, RtlLines
from .images import ImageCache, figure
from .inline import Markup, esc
from .keep import keep
from .styles import RULE, Styles, frame_size
from .tables import column_widths, wants_landscape

#: nesting deeper than this is drawn at the same indent (50 levels would leave no page).
MAX_INDENT_DEPTH = 6
LIST_INDENT = 16
QUOTE_INDENT = 12
CODE_LINES_PER_CHUNK = 25
#: a cell longer than this (no real table has one) is cut, saying so.
MAX_CELL_CHARS = 30_000
#: longer headings are printed whole but cut in the outline and contents.
MAX_HEADING_CHARS = 200
#: paragraphs longer than this are laid out in pieces (no real paragraph is this long).
PARA_CHUNK_CHARS = 6000
#: wider tables are printed as several tables of at most this many columns each.
MAX_TABLE_COLUMNS = 10
_BULLETS = ["•", "◦", "▪", "–"]
#: a table too wide for its short words may set its cells this much smaller, no more.
MIN_CELL_SCALE = 0.75


@dataclass
class Context:
    heading_offset: int = 0  # added to Markdown heading levels (a speech's ## becomes level 3)
    outline_base: int | None = None  # outline level of a level-1 heading; None: not in the outline
    depth: int = 0


class BlockRenderer:
    """Turns blocks into flowables; headings report to `marker` when drawn."""

    def __init__(
        self, styles: Styles, marker: Marker | None = None, key_prefix: str = "h", landscape: bool = True
    ):
        self.styles = styles
        self.landscape = landscape  # wide tables may go on landscape pages (templates "landscape")
        self.markup = Markup(styles.fonts)
        self.marker = marker
        self._keys = itertools.count(1)
        self.key_prefix = key_prefix
        self.headings: list[tuple[str, str, int]] = []  # (key, title, outline level) in order
        self.ledger = RowLedger()  # table rows laid out vs drawn: none may be lost
        self.images: ImageCache | None = None  # attachments a text may show (a pack sets them)

    def render(self, blocks: list, ctx: Context | None = None) -> list:
        ctx = ctx or Context()
        out: list = []
        for block in blocks:
            handler = _HANDLERS.get(type(block))
            if handler is not None:
                out.extend(handler(self, block, ctx))
        return out

    def paragraph(self, inlines: list, style: ParagraphStyle, bullet: str | None = None) -> Flowable:
        if bullet is None and is_rtl_paragraph(plain := b.plain_text(inlines)):
            return RtlLines(plain, style, self.styles.fonts)
        text = self.markup.inlines(inlines, base=self._face_of(style), **self._flags(style))
        return Paragraph(text, style, bulletText=bullet)

    def plain(self, text: str, style: ParagraphStyle) -> Flowable:
        """A paragraph of plain text (no Markdown), escaped; right to left when it reads so."""
        if is_rtl_paragraph(text):
            return RtlLines(text, style, self.styles.fonts)
        return Paragraph(self.markup.text(text, base=self._face_of(style), **self._flags(style)), style)

    def _flags(self, style: ParagraphStyle) -> dict:
        """bold/italic of a style's face, so its text is set in that face (bold headings)."""
        fonts = self.styles.fonts
        name = style.fontName
        return {
            "bold": name in (fonts.bold.name, fonts.bold_italic.name) and name != fonts.regular.name,
            "italic": name in (fonts.italic.name, fonts.bold_italic.name) and name != fonts.regular.name,
        }

    def _face_of(self, style: ParagraphStyle):
        fonts = self.styles.fonts
        for face in (fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic, fonts.mono):
            if face.name == style.fontName:
                return face
        return fonts.regular

    def cell(self, inlines: list, style: ParagraphStyle) -> Cell:
        """A table cell; plain text the style's face fully covers may be drawn as a string."""
        text = b.plain_text(inlines)
        if len(text) > MAX_CELL_CHARS:
            inlines = [b.Text(text[:MAX_CELL_CHARS] + f"… [{len(text):,} characters shortened]")]
        face = self._face_of(style)
        markup = self.markup.inlines(inlines, base=face, **self._flags(style))
        simple = all(isinstance(n, b.Text) for n in inlines) and "\n" not in text and len(text) <= MAX_WORD
        if simple and all(ord(ch) in face.chars for ch in text):
            return Cell(markup, style, text)
        return Cell(markup, style)

    def rows_table(
        self, header: list | None, rows: list[list], aligns: list[str], landscape: bool = False
    ) -> RowsTable:
        """A long-table flowable of inline cells, column widths from the content."""
        columns = len(aligns)
        width, height = frame_size(landscape)
        cell, head_cell = self.styles.cell, self.styles.head_cell
        fractions, minimum = column_widths(header, rows, cell, width)
        if minimum > width:  # smaller type rather than numbers broken across lines
            factor = max(width / minimum, MIN_CELL_SCALE)
            cell, head_cell = (self.styles.scaled(s, factor) for s in (cell, head_cell))
            fractions, _ = column_widths(header, rows, cell, width)
        cell_styles = [self.styles.aligned(cell, a) for a in aligns]
        head_styles = [self.styles.aligned(head_cell, a) for a in aligns]

        def cells(row: list, styles: list) -> list:
            return [self.cell(row[i] if i < len(row) else [], styles[i]) for i in range(columns)]

        head = cells(header, head_styles) if header else None
        body = [cells(row, cell_styles) for row in rows]
        return RowsTable(
            head, body, fractions, cell_styles, head_cell, ledger=self.ledger, page_height=height
        )

    def heading(self, inlines: list, level: int, outline_level: int | None) -> Paragraph:
        style = self.styles.headings[min(max(level, 1), 6) - 1]
        title = " ".join(b.plain_text(inlines).split()) or "(untitled)"
        if len(title) > MAX_HEADING_CHARS:  # printed whole; the outline and contents get the start
            title = title[: MAX_HEADING_CHARS - 1] + "…"
        key = f"{self.key_prefix}{next(self._keys)}"
        if outline_level is not None:
            self.headings.append((key, title, outline_level))
        text = self.markup.inlines(inlines, base=self._face_of(style), **self._flags(style)) or esc(title)
        return keep(HeadingPara(text, style, key, title, outline_level, self.marker))


def _heading(r: BlockRenderer, block: b.Heading, ctx: Context) -> list:
    level = block.level + ctx.heading_offset
    outline = None if ctx.outline_base is None else ctx.outline_base + block.level - 1
    return [r.heading(block.inlines, level, outline)]


def _para(r: BlockRenderer, block: b.Para, ctx: Context) -> list:
    if len(b.plain_text(block.inlines)) <= PARA_CHUNK_CHARS:
        return [r.paragraph(block.inlines, r.styles.body)]
    block = b.Para(_shortened(block.inlines))
    if len(b.plain_text(block.inlines)) <= PARA_CHUNK_CHARS:
        return [r.paragraph(block.inlines, r.styles.body)]
    # reportlab re-wraps the whole rest of a paragraph at every page break: lay out very
    # long ones as pieces that follow each other without a gap
    pieces = _split_inlines(block.inlines, PARA_CHUNK_CHARS)
    joined = ParagraphStyle("body-piece", parent=r.styles.body, spaceAfter=0)
    return [r.paragraph(p, joined if i < len(pieces) - 1 else r.styles.body) for i, p in enumerate(pieces)]


def _shortened(inlines: list) -> list:
    """The same run with every over-long word cut (before it is split into pieces)."""
    out = []
    for node in inlines:
        if isinstance(node, b.Text):
            node = b.Text(shorten_long_words(node.text))
        elif isinstance(node, (b.Strong, b.Emph, b.Link)):
            node = type(node)(**{**node.__dict__, "children": _shortened(node.children)})
        out.append(node)
    return out


def _split_inlines(inlines: list, limit: int) -> list[list]:
    pieces: list[list] = [[]]
    size = 0
    for node in inlines:
        length = len(b.plain_text([node]))
        while isinstance(node, b.Text) and size + length > limit:
            cut = node.text.rfind(" ", 0, max(limit - size, 1))
            cut = cut if cut > 0 else max(limit - size, 1)
            pieces[-1].append(b.Text(node.text[:cut]))
            pieces.append([])
            node, size = b.Text(node.text[cut:].lstrip(" ")), 0
            length = len(node.text)
        if size + length > limit and pieces[-1]:
            pieces.append([])
            size = 0
        pieces[-1].append(node)
        size += length
    return [p for p in pieces if p]


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
    landscape = r.landscape and ctx.depth == 0 and _is_wide(r, block, columns)
    out: list = []
    for first in range(0, columns, MAX_TABLE_COLUMNS):
        last = min(first + MAX_TABLE_COLUMNS, columns)
        if columns > MAX_TABLE_COLUMNS:
            out.append(keep(r.plain(f"Columns {first + 1}–{last} of {columns}", r.styles.small)))
        header = [c[first:last] for c in [block.header]] if block.header else []
        rows = [row[first:last] for row in block.rows]
        out += [
            r.rows_table(header[0] if header else None, rows, aligns[first:last], landscape),
            Spacer(1, 6),
        ]
    if landscape:  # the table on pages of its own, turned; the text goes on upright
        return [PageBreakIfNotEmpty(nextTemplate="landscape"), *out, PageBreak(nextTemplate="page")]
    return out


def _is_wide(r: BlockRenderer, block: b.Table, columns: int) -> bool:
    if columns > MAX_TABLE_COLUMNS:
        return True
    width = frame_size(False)[0]
    _, minimum = column_widths(block.header or None, block.rows, r.styles.cell, width)
    return wants_landscape(columns, minimum, width)


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
    """An attachment the store keeps (`attachment:<sha256>`) as a figure with its caption; any
    other source (a path, an address) is never loaded: its alt text is shown in a frame."""
    match = REFERENCE.fullmatch((block.src or "").strip())
    if match and r.images is not None:
        caption = Paragraph(r.markup.text(block.alt), r.styles.caption) if block.alt else None
        missing = "Image: " + (block.alt or "no description") + " (not in the store, or unreadable)"
        note = Paragraph(r.markup.text(missing, italic=True), r.styles.caption)
        return figure(r.images, match.group(1), caption, note, frame_size()[0])
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
