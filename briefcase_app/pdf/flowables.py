"""Flowables of our own: indented/barred blocks, long tables, headings that mark the outline."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from .styles import GREY, NAVY, RULE, SHADE


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

    def mark(self, canv, key: str, title: str, level: int | None) -> None:  # pragma: no cover
        raise NotImplementedError


class HeadingPara(Paragraph):
    """A heading that, when drawn, records its page and (if level is set) an outline entry."""

    def __init__(self, text, style, key: str, title: str, level: int | None, marker: Marker | None):
        super().__init__(text, style)
        self._bc = (key, title, level, marker)

    def split(self, aw, ah):
        parts = super().split(aw, ah)
        for i, part in enumerate(parts):
            part._bc = self._bc if i == 0 else ("", "", None, None)
        return parts

    def draw(self):
        key, title, level, marker = getattr(self, "_bc", ("", "", None, None))
        if marker is not None and key:
            marker.mark(self.canv, key, title, level)
        super().draw()


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


class RowsTable(Flowable):
    """A table of any length laid out a page at a time (one reportlab Table per page, each
    with the header row), so 10,000 rows cost linear time and the header repeats."""

    def __init__(self, header: list | None, rows: list[list], col_fractions: list[float], cell_styles=None):
        super().__init__()
        self.header, self.rows, self.fractions = header, rows, col_fractions
        self._table: Table | None = None
        self._table_style = _table_style(header is not None)

    def _make(self, rows: list[list], aw: float) -> Table:
        data = ([self.header] if self.header else []) + rows
        widths = [aw * f for f in self.fractions]
        table = Table(data, colWidths=widths, repeatRows=1 if self.header else 0, splitInRow=1)
        table.setStyle(self._table_style)
        return table

    def wrap(self, aw, ah):
        self._table = self._make(self.rows[:_PROBE_ROWS], aw)
        w, h = self._table.wrap(aw, ah)
        if len(self.rows) > _PROBE_ROWS:
            h = max(h, ah + 1)  # more rows follow: let the frame ask us to split
        self.width, self.height = w, h
        return w, h

    def split(self, aw, ah):
        probe = self._make(self.rows[:_PROBE_ROWS], aw)
        probe.wrap(aw, ah)
        heights = probe._rowHeights
        used = heights[0] if self.header else 0
        fit = 0
        for h in heights[1 if self.header else 0 :]:
            if used + h > ah:
                break
            used += h
            fit += 1
        if fit == 0:
            if self.rows and not self.header and heights and heights[0] > ah:
                return probe.split(aw, ah)
            return []
        if fit >= len(self.rows):
            return [self._make(self.rows, aw)]
        rest = RowsTable(self.header, self.rows[fit:], self.fractions)
        return [self._make(self.rows[:fit], aw), rest]

    def draw(self):
        if self._table is not None:
            self._table.drawOn(self.canv, 0, 0)


def _table_style(has_header: bool) -> TableStyle:
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if has_header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.9, NAVY)]
    return TableStyle(commands)
