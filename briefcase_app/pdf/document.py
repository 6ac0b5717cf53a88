"""The one-pass document: contents page numbers, "Page X of Y" and other late text are form
XObjects drawn where needed and defined after the last page (docs/PDF.md explains the single pass)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from .content import CancelFn, ContentDropped, ExportCancelled, MarkingTooLong, ProgressFn
from .fonts import FontSet
from .styles import (
    FRAME_PADDING,
    GREY,
    LANDSCAPE_SIZE,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MARKING_RED,
    NAVY,
    PAGE_SIZE,
    RULE,
)
from .wording import Labels

#: room for "Page 999 of 999" at the right of the footer
PAGE_LABEL_WIDTH = 24 * mm
MARKING_SIZE = 9.5
#: a marking may take this many lines at the top (and at the foot) of the page.
MARKING_LINES = 2
WATERMARK_GREY = 0.86


class OnePassDoc(BaseDocTemplate):
    """A4 document with the marking at top and bottom of every page, running heads on pages
    that continue a section, an optional DRAFT watermark and a late-form footer."""

    def __init__(
        self,
        target,
        fonts: FontSet,
        *,
        marking: str = "",
        title: str = "",
        author: str = "",
        subject: str = "",
        footer_left: str = "",
        continued_cue: bool = False,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
        margins: tuple[float, float, float] = (MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM),
        watermark: str = "",
        lang: str = "en",
        labels: Labels | None = None,
        fixed_head: str = "",
        big_page_numbers: bool = False,
    ):
        mx, mt, mb = margins
        super().__init__(
            target,
            pagesize=PAGE_SIZE,
            leftMargin=mx,
            rightMargin=mx,
            topMargin=mt,
            bottomMargin=mb,
            title=title,
            author=author,
            subject=subject,
            creator="Briefcase",
            lang=lang,
            initialFontName=fonts.regular.name,  # else every page names Helvetica
            initialFontSize=10,
        )
        self.fonts = fonts
        self.labels = labels or Labels()
        self.marking_lines = marking_lines(fonts, marking)
        # user text on the canvas goes through fonts.draw_string: every script, shaped
        self.footer_left = footer_left
        self.continued_cue, self.watermark = continued_cue, watermark
        self.fixed_head, self.big_page_numbers = fixed_head, big_page_numbers
        self.margins = margins
        templates = []
        for name, size in (("page", PAGE_SIZE), ("landscape", LANDSCAPE_SIZE)):
            frame = Frame(mx, mb, size[0] - 2 * mx, size[1] - mt - mb, id=name, topPadding=FRAME_PADDING)
            templates.append(
                PageTemplate(
                    name, [frame], onPage=self._decorate, onPageEnd=self._running_head, pagesize=size
                )
            )
        self.addPageTemplates(templates)
        self.pages: dict[str, int] = {}  # destination key -> page number
        self.last_page = 0
        #: pages appended after the last one (annexes, by pypdf): key -> offset of its first page
        self.appended: dict[str, int] = {}
        self.appended_pages = 0
        self.appended_links: list[tuple[str, int, tuple]] = []  # (key, contents page, rectangle)
        self._outline_levels: list[int] = []
        self._place: list[str] = ["", ""]  # section and item being printed
        self._page_place: tuple[str, str] = ("", "")  # ... when this page began
        self._heading_at_top = False
        self._progress, self._cancel = progress, cancel
        self._estimate = 1
        self._done = 0.0
        self.setProgressCallBack(self._on_progress)

    # ---- heading marks (Marker protocol) ---------------------------------
    def mark(self, canv, key: str, title: str, level: int | None, top: float | None = None) -> None:
        if top is None:
            canv.bookmarkPage(key)
        else:  # open at the heading, the page's width filling the window
            canv.bookmarkPage(key, fit="FitH", top=top)
            frame_top = canv._pagesize[1] - self.margins[1] - FRAME_PADDING
            self._heading_at_top = self._heading_at_top or top >= frame_top - 2
        self.pages.setdefault(key, canv.getPageNumber())
        if level is not None:
            # outline levels may only go one deeper than the entry before
            previous = self._outline_levels[-1] if self._outline_levels else -1
            level = max(0, min(level, previous + 1))
            self._outline_levels.append(level)
            canv.addOutlineEntry(title, key, level, closed=level > 0)
            if level == 0:
                self._place = [title, ""]
            elif level == 1:
                self._place[1] = title

    # ---- page decoration --------------------------------------------------
    def _decorate(self, canv: Canvas, doc) -> None:
        page = canv.getPageNumber()
        self.last_page = max(self.last_page, page)
        self._page_place, self._heading_at_top = (self._place[0], self._place[1]), False
        width, height = canv._pagesize
        turned = "_l" if width > height else ""
        canv.saveState()
        if self.watermark:
            canv.doForm("watermark" + turned)
        canv.doForm("chrome" + turned)  # marking, rules and footer text: the same on every page
        if self.continued_cue:
            canv.doForm(f"cue{page}")
        # "Page X of " now; the total is one form, filled in after the last page
        label = self.labels.page_prefix(page)
        font = self.fonts.bold.name if self.big_page_numbers else self.fonts.regular.name
        size = 16 if self.big_page_numbers else 8
        if self.big_page_numbers:  # top right, ending where a total as long as this number ends
            y = height - 22 * mm
            x = width - MARGIN_X - canv.stringWidth(label + "0" * len(str(page)), font, size)
        else:
            x, y = width - MARGIN_X - PAGE_LABEL_WIDTH, 12.5 * mm
        canv.setFont(font, size)
        canv.setFillColor(NAVY if self.big_page_numbers else GREY)
        canv.drawString(x, y, label)
        canv.translate(x + canv.stringWidth(label, font, size), y)
        canv.doForm("total_big" if self.big_page_numbers else "total")
        canv.restoreState()

    def _running_head(self, canv: Canvas, doc) -> None:
        """At the end of a page: name the section and item it continues (none when the page
        starts with a heading of its own); the reading copy names its speech on every page."""
        section, item = self._page_place
        if self.fixed_head:
            text = self.fixed_head
        elif section and not self._heading_at_top:
            text = " — ".join(x for x in (section, item) if x) + " " + self.labels.continued
        else:
            return
        width, height = canv._pagesize
        room = width - 2 * MARGIN_X - (PAGE_LABEL_WIDTH * 2.2 if self.big_page_numbers else 0)
        size = 10 if self.fixed_head else 7.5
        text = _fit(self.fonts, text, self.fonts.regular.name, size, room)
        canv.saveState()
        canv.setFillColor(GREY)
        y = height - (22 if self.fixed_head else 19.5) * mm
        self.fonts.draw_string(canv, MARGIN_X, y, text, self.fonts.regular.name, size)
        canv.restoreState()

    def _define_chrome(self, canv: Canvas, size: tuple[float, float], name: str) -> None:
        width, height = size
        canv.beginForm(name, 0, 0, width, height)
        canv.setFillColor(MARKING_RED)
        lines, bold = self.marking_lines, self.fonts.bold.name
        for i, line in enumerate(lines):
            for y in (height - (12 - 4 * (len(lines) - 1 - i)) * mm, (9 - 4 * i) * mm):
                self.fonts.draw_string(canv, width / 2, y, line, bold, MARKING_SIZE, align="centre")
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, height - 16 * mm, width - MARGIN_X, height - 16 * mm)
        canv.line(MARGIN_X, 16 * mm, width - MARGIN_X, 16 * mm)
        if self.footer_left:
            canv.setFillColor(GREY)
            room = width - 2 * MARGIN_X - PAGE_LABEL_WIDTH - 4 * mm
            regular = self.fonts.regular.name
            text = _fit(self.fonts, self.footer_left, regular, 8, room)
            self.fonts.draw_string(canv, MARGIN_X, 12.5 * mm, text, regular, 8)
        canv.endForm()

    def _define_watermark(self, canv: Canvas, size: tuple[float, float], name: str) -> None:
        width, height = size
        canv.beginForm(name, 0, 0, width, height)
        canv.setFillGray(WATERMARK_GREY)
        canv.setFont(self.fonts.bold.name, 110)
        canv.translate(width / 2, height / 2)
        canv.rotate(45 if height > width else 30)
        self.fonts.draw_string(canv, 0, -40, self.watermark, self.fonts.bold.name, 110, align="centre")
        canv.endForm()

    def define_late_forms(self, canv: Canvas) -> None:
        """Called once after the last page: fill in every late form."""
        for size, suffix in ((PAGE_SIZE, ""), (LANDSCAPE_SIZE, "_l")):
            self._define_chrome(canv, size, "chrome" + suffix)
            if self.watermark:
                self._define_watermark(canv, size, "watermark" + suffix)
        total = self.last_page + self.appended_pages
        for key, offset in self.appended.items():
            self.pages[key] = self.last_page + offset
        width = PAGE_SIZE[0]
        regular, bold = self.fonts.regular.name, self.fonts.bold.name
        _text_form(canv, "total", regular, 8, GREY, str(total), (0, -3, 40, 9), 0, "left")
        _text_form(canv, "total_big", bold, 16, NAVY, str(total), (0, -5, 80, 18), 0, "left")
        for page in range(1, total + 1):
            if self.continued_cue:
                cue = self.labels.overleaf if page < total else self.labels.end
                box = (width - MARGIN_X - 90 * mm, 17 * mm, width - MARGIN_X, 24 * mm)
                _text_form(canv, f"cue{page}", self.fonts.bold.name, 12, NAVY, cue, box, 19 * mm)
        for key, (x1, size) in self._contents_forms.items():
            page = self.pages.get(key)
            text = str(page) if page else "–"
            _text_form(canv, f"pn_{key}", self.fonts.regular.name, size, None, text, (0, -4, x1, size + 2), 0)

    @property
    def _contents_forms(self) -> dict[str, tuple[float, float]]:
        return self.__dict__.setdefault("_contents_boxes", {})

    def want_page_number(self, key: str, width: float, size: float) -> str:
        """Reserve a late form (origin on the baseline, `width` wide, text right-aligned)
        showing the page of heading `key`; returns the form name."""
        self._contents_forms[key] = (width, size)
        return f"pn_{key}"

    # ---- progress and cancel ----------------------------------------------
    def _on_progress(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self._estimate = max(1, value)
        elif kind in ("PROGRESS", "PAGE"):
            if self._cancel is not None and self._cancel():
                raise ExportCancelled()
            if kind == "PROGRESS" and self._progress is not None:
                # split flowables go back on the story: never let the bar move backwards
                fraction = min(0.99, max(self._done, value / self._estimate))
                if fraction > self._done:
                    self._done = fraction
                    self._progress(fraction)

    def build_once(self, story: list, ledger=None) -> None:
        """One layout pass; `story` is consumed (keep no other reference to it). With a
        RowLedger, a table row that was laid out but not drawn stops the export."""
        from .keep import group_headings

        doc = self

        class _Canvas(Canvas):
            def save(self):
                doc.define_late_forms(self)
                self.showOutline()  # the bookmarks panel opens with the document
                super().save()

        story[:] = group_headings(story)  # in place: the list is consumed, laid-out flowables freed
        self.build(story, canvasmaker=_Canvas)
        if ledger is not None and ledger.missing():
            raise ContentDropped(f"{ledger.missing()} of {ledger.expected} table rows")
        if self._progress is not None:
            self._progress(1.0)


def marking_lines(fonts: FontSet, marking: str) -> list[str]:
    """The marking broken into lines across the page; MarkingTooLong when it needs more
    than MARKING_LINES (it would be clipped at the page edges)."""
    text = " ".join((marking or "").split())
    if not text:
        return []
    width = min(PAGE_SIZE) - 2 * MARGIN_X

    def fits(line: str) -> bool:
        return fonts.string_width(line, fonts.bold.name, MARKING_SIZE) <= width

    lines: list[str] = []
    for word in text.split(" "):
        if lines and fits(lines[-1] + " " + word):
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > MARKING_LINES or not all(fits(line) for line in lines):
        raise MarkingTooLong(text)
    return lines


def _fit(fonts: FontSet, text: str, font: str, size: float, width: float) -> str:
    """`text`, cut with "…" if it is wider than `width`."""
    if fonts.string_width(text, font, size) <= width:
        return text
    while text and fonts.string_width(text + "…", font, size) > width:
        text = text[: int(len(text) * 0.9) or len(text) - 1]
    return text.rstrip() + "…"


def _text_form(
    canv: Canvas, name: str, font: str, size: float, colour, text: str, box, baseline, align: str = "right"
) -> None:
    """A form holding `text` on `baseline`, right-aligned at the box's right edge (or left)."""
    x0, y0, x1, y1 = box
    canv.beginForm(name, x0, y0, x1, y1)
    canv.setFont(font, size)
    if colour is not None:
        canv.setFillColor(colour)
    if align == "left":
        canv.drawString(x0, baseline, text)
    else:
        canv.drawRightString(x1, baseline, text)
    canv.endForm()


class ContentsLine(Flowable):
    """One contents entry: title, dot leader, and its page number as a late form, all a link."""

    NUMBER_WIDTH = 32

    def __init__(
        self, doc: OnePassDoc, key: str, para: Paragraph, number_size: float = 10, link: bool = True
    ):
        super().__init__()
        self.doc, self.key, self.para, self.size, self.link = doc, key, para, number_size, link

    def wrap(self, aw, ah):
        w, h = self.para.wrap(aw - self.NUMBER_WIDTH - 6, ah)
        self.width, self.height = aw, h
        return aw, h

    def getSpaceBefore(self):
        return self.para.getSpaceBefore()

    def getSpaceAfter(self):
        return self.para.getSpaceAfter()

    def draw(self):
        c = self.canv
        para, style = self.para, self.para.style
        para.drawOn(c, 0, 0)
        baseline = style.leading - style.fontSize  # the last line's baseline
        end_of_text = _last_line_end(para)
        c.saveState()
        c.setFillColor(RULE)
        c.setFont(self.doc.fonts.regular.name, style.fontSize)
        start, stop = end_of_text + 4, self.width - self.NUMBER_WIDTH - 2
        step = c.stringWidth(" .", self.doc.fonts.regular.name, style.fontSize)
        if stop - start > step:
            c.drawRightString(stop, baseline, " ." * int((stop - start) / step))
        c.restoreState()
        name = self.doc.want_page_number(self.key, self.NUMBER_WIDTH, self.size)
        c.saveState()
        c.translate(self.width - self.NUMBER_WIDTH, baseline)
        c.doForm(name)
        c.restoreState()
        if self.link:
            c.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)
        else:  # a page appended after the build: pypdf adds the link (pdf/annexes.py)
            x0, y0 = c.absolutePosition(0, 0)
            x1, y1 = c.absolutePosition(self.width, self.height)
            self.doc.appended_links.append((self.key, c.getPageNumber(), (x0, y0, x1, y1)))


def _last_line_end(para: Paragraph) -> float:
    """x where the text of a wrapped paragraph's last line ends."""
    style = para.style
    lines = getattr(getattr(para, "blPara", None), "lines", None) or [(0,)]
    last = lines[-1]
    extra = last[0] if isinstance(last, tuple) else getattr(last, "extraSpace", 0)
    return para.width - style.rightIndent - extra
