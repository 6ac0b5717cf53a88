"""Flowables of our own: indented/barred blocks, long tables, headings that mark the outline."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from .styles import GREY, NAVY, RULE, SHADE, frame_size


class Indented(Flowable):
    """Another flowable shifted right, optionally with a bar down its left side (quotes)."""

    def __init__(self, child: Flowable, indent: float, bar: bool = False):
        super().__init__()
        self.child, self.indent, self.bar = child, indent, bar

    def wrap(self, aw, ah):
        w, h = self.child.wrap(max(aw - self.indent, 24), ah)
        self.width, self.height = w + self.indent, h
        return self.width, h

    def split(self, aw, ah):
        parts = self.child.split(max(aw - self.indent, 24), ah)
        return [Indented(p, self.indent, self.bar) for p in parts]

    def getSpaceBefore(self):
        return self.child.getSpaceBefore()

    def getSpaceAfter(self):
        return self.child.getSpaceAfter()

    def draw(self):
        if self.bar:
            self.canv.setStrokeColor(RULE)
            self.canv.setLineWidth(2)
            self.canv.line(self.indent / 3, 0, self.indent / 3, self.height)
        self.child.drawOn(self.canv, self.indent, 0)


class Marker:
    """Receives headings as they are drawn: named destination, outline entry, page number."""

    def mark(self, canv, key: str, title: str, level: int | None, top: float | None = None) -> None:
        raise NotImplementedError


class HeadingPara(Paragraph):
    """A heading that, when drawn, records its page and (if level is set) an outline entry."""

    def __init__(
        self,
        text,
        style,
        key: str = "",
        title: str = "",
        level: int | None = None,
        marker: Marker | None = None,
        **kwargs,
    ):
        super().__init__(text, style, **kwargs)  # a heading taller than a page is split
        self._bc = (key, title, level, marker)

    def split(self, aw, ah):
        parts = super().split(aw, ah)
        for i, part in enumerate(parts):
            part._bc = self._bc if i == 0 else ("", "", None, None)
        return parts

    def draw(self):
        key, title, level, marker = getattr(self, "_bc", ("", "", None, None))
        if marker is not None and key:
            top = self.canv.absolutePosition(0, self.height + self.style.spaceBefore)[1]
            marker.mark(self.canv, key, title, level, top)
        super().draw()


class OutlineMark(Flowable):
    """An invisible mark: an outline entry and destination for what follows (the cover)."""

    def __init__(self, marker: Marker | None, key: str, title: str, level: int):
        super().__init__()
        self.marker, self.key, self.title, self.level = marker, key, title, level
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        if self.marker is not None:
            self.marker.mark(self.canv, self.key, self.title, self.level)


class FramedText(Flowable):
    """A paragraph in a dashed frame: how an image reference is shown."""

    def __init__(self, para: Paragraph, padding: float = 8):
        super().__init__()
        self.para, self.padding = para, padding

    def wrap(self, aw, ah):
        w, h = self.para.wrap(aw - 2 * self.padding, ah)
        self.width, self.height = aw, h + 2 * self.padding
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(GREY)
        c.setDash(3, 2)
        c.rect(0, 0, self.width, self.height)
        c.restoreState()
        self.para.drawOn(c, self.padding, self.padding)


#: rows measured at a time when finding how many fit on a page.
_PROBE_ROWS = 60
_PAD = 4
#: height of the body frame on an A4 portrait page (a row taller than this is split inside).
PORTRAIT_FRAME_HEIGHT = frame_size(False)[1]


class Cell:
    """A table cell: drawn as a plain string when it is plain text that fits on one line
    (cheap for long tables), else as a Paragraph of its markup (made once, on demand)."""

    __slots__ = ("markup", "style", "text", "_para")

    def __init__(self, markup: str, style, text: str | None = None):
        self.markup, self.style, self.text = markup, style, text
        self._para = None

    def value(self, width: float):
        text = self.text
        if (
            text is not None
            and stringWidth(text, self.style.fontName, self.style.fontSize) <= width - 2 * _PAD
        ):
            return text
        if self._para is None:
            self._para = Paragraph(self.markup, self.style)
        return self._para


class RowLedger:
    """Counts table rows given to the layout and rows drawn, so a lost row stops the export."""

    def __init__(self):
        self.expected = 0
        self.drawn = 0

    def expect(self, rows: int) -> None:
        self.expected += rows

    def missing(self) -> int:
        return self.expected - self.drawn


class Drawn(Flowable):
    """A laid-out piece of a table; drawing it tells the ledger that `rows` rows are on paper."""

    def __init__(self, child: Flowable, ledger: RowLedger | None, rows: int):
        super().__init__()
        self.child, self.ledger, self.rows = child, ledger, rows

    def wrap(self, aw, ah):
        self.width, self.height = self.child.wrap(aw, ah)
        return self.width, self.height

    def split(self, aw, ah):
        parts = self.child.split(aw, ah)
        return [Drawn(p, self.ledger, self.rows if i == len(parts) - 1 else 0) for i, p in enumerate(parts)]

    def draw(self):
        self.child.drawOn(self.canv, 0, 0)
        if self.ledger is not None:
            self.ledger.drawn += self.rows


class RowsTable(Flowable):
    """A table of any length laid out a page at a time (one reportlab Table per page), so
    10,000 rows cost linear time. Rows are never dropped: a row that does not fit in what is
    left of a page goes whole to the next one, a row taller than a page is split inside
    itself, and the header row is repeated at the top of each page the table runs on.
    Cells are Cell objects or flowables (or lists of them); `col_styles` give each column's
    font and alignment for cells drawn as plain strings."""

    def __init__(
        self,
        header: list | None,
        rows: list[list],
        fractions: list[float],
        col_styles: list,
        head_style=None,
        start: int = 0,
        ledger: RowLedger | None = None,
        page_height: float = PORTRAIT_FRAME_HEIGHT,
        continued: bool = False,
    ):
        super().__init__()
        self.header, self.rows, self.fractions, self.start = header, rows, fractions, start
        self.col_styles, self.head_style = col_styles, head_style
        self.ledger, self.page_height, self.continued = ledger, page_height, continued
        if ledger is not None and start == 0:
            ledger.expect(len(rows))
        self._table: Table | None = None
        self._probe: tuple[tuple, Table] | None = None

    def _header(self) -> list | None:
        """The header row, unless this is the rest of a table continuing mid-page."""
        if self.header is None or not self.continued:
            return self.header
        return self.header if getattr(getattr(self, "_frame", None), "_atTop", True) else None

    def _make(self, stop: int, aw: float) -> Table:
        widths = [aw * f for f in self.fractions]
        header = self._header()
        data = [self._row(r, widths) for r in ([header] if header else [])]
        data += [self._row(r, widths) for r in self.rows[self.start : stop]]
        table = Table(data, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1)
        table.setStyle(_table_style(header is not None, self.col_styles, self.head_style))
        return table

    @staticmethod
    def _row(row: list, widths: list[float]) -> list:
        return [c.value(w) if isinstance(c, Cell) else c for c, w in zip(row, widths, strict=False)]

    def _probe_table(self, aw: float) -> Table:
        key = (aw, self._header() is not None)
        if self._probe is None or self._probe[0] != key:
            self._probe = (key, self._make(min(self.start + _PROBE_ROWS, len(self.rows)), aw))
        return self._probe[1]

    def _rest(self, start: int) -> RowsTable:
        return RowsTable(
            self.header,
            self.rows,
            self.fractions,
            self.col_styles,
            self.head_style,
            start,
            self.ledger,
            self.page_height,
            continued=True,
        )

    def wrap(self, aw, ah):
        self._table = self._probe_table(aw)
        w, h = self._table.wrap(aw, ah)
        if len(self.rows) - self.start > _PROBE_ROWS:
            h = max(h, ah + 1)  # more rows follow: let the frame ask us to split
        self.width, self.height = w, h
        return w, h

    def split(self, aw, ah):
        if self.start >= len(self.rows):
            return []
        probe = self._probe_table(aw)
        probe.wrap(aw, ah)
        heights = probe._rowHeights
        has_head = self._header() is not None
        head = heights[0] if has_head else 0
        body = heights[1 if has_head else 0 :]
        used, fit = head, 0
        for h in body:
            if used + h > ah:
                break
            used += h
            fit += 1
        if fit == 0:
            return self._split_first_row(aw, ah, head + body[0])
        stop = self.start + fit
        parts: list = [Drawn(self._make(stop, aw), self.ledger, fit)]
        if stop < len(self.rows):
            parts.append(self._rest(stop))
        return parts

    def _split_first_row(self, aw, ah, needed: float) -> list:
        """The first row does not fit here: move it whole to the next page, or, when it is
        taller than a page (or already moved once), split it inside the row."""
        at_top = getattr(getattr(self, "_frame", None), "_atTop", False)
        if needed <= self.page_height and not (at_top or getattr(self, "_postponed", False)):
            return []
        pieces = self._make(self.start + 1, aw).split(aw, ah)
        if not pieces:
            return []
        parts: list = [Drawn(p, self.ledger, 1 if i == len(pieces) - 1 else 0) for i, p in enumerate(pieces)]
        if self.start + 1 < len(self.rows):
            parts.append(self._rest(self.start + 1))
        return parts

    def draw(self):
        if self._table is not None:
            self._table.drawOn(self.canv, 0, 0)
            if self.ledger is not None:
                self.ledger.drawn += len(self.rows) - self.start


def _table_style(has_header: bool, col_styles: list, head_style) -> TableStyle:
    first = 1 if has_header else 0
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for c, style in enumerate(col_styles):
        align = {0: "LEFT", 1: "CENTER", 2: "RIGHT"}.get(style.alignment, "LEFT")
        commands += [
            ("FONT", (c, first), (c, -1), style.fontName, style.fontSize, style.leading),
            ("TEXTCOLOR", (c, first), (c, -1), style.textColor),
            ("ALIGN", (c, 0), (c, -1), align),
        ]
    if has_header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.9, NAVY)]
        if head_style is not None:
            commands.append(
                ("FONT", (0, 0), (-1, 0), head_style.fontName, head_style.fontSize, head_style.leading)
            )
    return TableStyle(commands)


class RtlLines(Flowable):
    """A right-to-left paragraph: lines are broken in reading order, then each line is shaped,
    put in visual order and drawn flush right (reportlab's Paragraph would reorder the whole
    paragraph first and so print its lines bottom-up)."""

    def __init__(self, text: str, style, fonts, lines: list[str] | None = None):
        super().__init__()
        self.text, self.style, self.fonts = text, style, fonts
        self.lines = lines
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self.width = 0

    def _width(self, text: str) -> float:
        return self.fonts.string_width(text, self.style.fontName, self.style.fontSize)

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        if self.lines is None:
            self.lines = self._break(avail_width)
        return avail_width, len(self.lines) * self.style.leading

    def _break(self, width: float) -> list[str]:
        lines: list[str] = []
        current: list[str] = []
        used = 0.0
        space = self._width(" ")
        for word in self.text.split():
            w = self._width(word)
            if current and used + space + w > width:
                lines.append(" ".join(current))
                current, used = [], 0.0
            used += (space if current else 0.0) + w
            current.append(word)
        if current:
            lines.append(" ".join(current))
        return lines or [""]

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        fit = int(avail_height // self.style.leading)
        if fit <= 0 or fit >= len(self.lines):
            return [] if fit <= 0 else [self]
        return [
            RtlLines(self.text, self.style, self.fonts, self.lines[:fit]),
            RtlLines(self.text, self.style, self.fonts, self.lines[fit:]),
        ]

    def draw(self):
        canvas, style = self.canv, self.style
        canvas.setFillColor(style.textColor)
        height = len(self.lines) * style.leading
        for i, line in enumerate(self.lines):  # each run from its own face of the chain
            baseline = height - style.fontSize - i * style.leading
            self.fonts.draw_string(
                canvas, self.width, baseline, line, style.fontName, style.fontSize, "right"
            )
