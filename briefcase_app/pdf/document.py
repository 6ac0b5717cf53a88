"""The one-pass document: contents page numbers, "Page X of Y" and other late text are form
XObjects drawn where needed and defined after the last page (see PLATFORM-NOTES)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from .content import CancelFn, ExportCancelled, ProgressFn
from .fonts import FontSet
from .styles import GREY, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MARKING_RED, NAVY, PAGE_SIZE, RULE

#: room for "Page 999 of 999" at the right of the footer
PAGE_LABEL_WIDTH = 24 * mm


class OnePassDoc(BaseDocTemplate):
    """A4 document with the marking at top and bottom of every page and a late-form footer."""

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
            initialFontName=fonts.regular.name,  # else every page names Helvetica
            initialFontSize=10,
        )
        self.fonts = fonts
        self.marking, self.footer_left = fonts.printable(marking), fonts.printable(footer_left)
        self.continued_cue = continued_cue
        frame = Frame(mx, mb, PAGE_SIZE[0] - 2 * mx, PAGE_SIZE[1] - mt - mb, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])
        self.pages: dict[str, int] = {}  # destination key -> page number
        self.last_page = 0
        self._outline_levels: list[int] = []
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
        self.pages.setdefault(key, canv.getPageNumber())
        if level is not None:
            # outline levels may only go one deeper than the entry before
            previous = self._outline_levels[-1] if self._outline_levels else -1
            level = max(0, min(level, previous + 1))
            self._outline_levels.append(level)
            canv.addOutlineEntry(title, key, level, closed=level > 0)

    # ---- page decoration --------------------------------------------------
    def _decorate(self, canv: Canvas, doc) -> None:
        page = canv.getPageNumber()
        self.last_page = max(self.last_page, page)
        width = PAGE_SIZE[0]
        canv.saveState()
        canv.doForm("chrome")  # marking, rules and footer text: the same on every page
        if self.continued_cue:
            canv.doForm(f"cue{page}")
        # "Page X of " now; the total is one form, filled in after the last page
        label = f"Page {page} of "
        x = width - MARGIN_X - PAGE_LABEL_WIDTH
        canv.setFont(self.fonts.regular.name, 8)
        canv.setFillColor(GREY)
        canv.drawString(x, 12.5 * mm, label)
        canv.translate(x + canv.stringWidth(label, self.fonts.regular.name, 8), 12.5 * mm)
        canv.doForm("total")
        canv.restoreState()

    def _define_chrome(self, canv: Canvas) -> None:
        width, height = PAGE_SIZE
        canv.beginForm("chrome", 0, 0, width, height)
        if self.marking:
            canv.setFont(self.fonts.bold.name, 9.5)
            canv.setFillColor(MARKING_RED)
            canv.drawCentredString(width / 2, height - 12 * mm, self.marking)
            canv.drawCentredString(width / 2, 9 * mm, self.marking)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, height - 16 * mm, width - MARGIN_X, height - 16 * mm)
        canv.line(MARGIN_X, 16 * mm, width - MARGIN_X, 16 * mm)
        if self.footer_left:
            canv.setFillColor(GREY)
            canv.setFont(self.fonts.regular.name, 8)
            canv.drawString(MARGIN_X, 12.5 * mm, self.footer_left)
        canv.endForm()

    def define_late_forms(self, canv: Canvas) -> None:
        """Called once after the last page: fill in every late form."""
        self._define_chrome(canv)
        total = self.last_page
        width = PAGE_SIZE[0]
        _text_form(canv, "total", self.fonts.regular.name, 8, GREY, str(total), (0, -3, 40, 9), 0, "left")
        for page in range(1, total + 1):
            if self.continued_cue:
                cue = "continued overleaf ▸" if page < total else "— end —"
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

    def build_once(self, story: list) -> None:
        """One layout pass; `story` is consumed (keep no other reference to it)."""
        doc = self

        class _Canvas(Canvas):
            def save(self):
                doc.define_late_forms(self)
                super().save()

        self.build(story, canvasmaker=_Canvas)
        if self._progress is not None:
            self._progress(1.0)


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

    def __init__(self, doc: OnePassDoc, key: str, para: Paragraph, number_size: float = 10):
        super().__init__()
        self.doc, self.key, self.para, self.size = doc, key, para, number_size

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
        c.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


def _last_line_end(para: Paragraph) -> float:
    """x where the text of a wrapped paragraph's last line ends."""
    style = para.style
    lines = getattr(getattr(para, "blPara", None), "lines", None) or [(0,)]
    last = lines[-1]
    extra = last[0] if isinstance(last, tuple) else getattr(last, "extraSpace", 0)
    return para.width - style.rightIndent - extra
