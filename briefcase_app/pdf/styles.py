"""The house style: page geometry, colours and paragraph styles over a resolved FontSet."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import FontSet

PAGE_SIZE = A4
LANDSCAPE_SIZE = (A4[1], A4[0])
MARGIN_X = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 24 * mm
INK = colors.HexColor("#1A1A1A")
NAVY = colors.HexColor("#1F3A5F")
GREY = colors.HexColor("#5A5F66")
RULE = colors.HexColor("#B8C0CC")
SHADE = colors.HexColor("#EEF1F5")
CODE_BG = colors.HexColor("#F4F4F4")
MARKING_RED = colors.HexColor("#9B1C1C")
ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
#: reportlab's frames keep this much padding inside each edge.
FRAME_PADDING = 6


def frame_size(landscape: bool = False) -> tuple[float, float]:
    """Width and height available to the body text on a portrait (or landscape) page."""
    width, height = LANDSCAPE_SIZE if landscape else PAGE_SIZE
    return (
        width - 2 * MARGIN_X - 2 * FRAME_PADDING,
        height - MARGIN_TOP - MARGIN_BOTTOM - 2 * FRAME_PADDING,
    )


@dataclass
class Styles:
    fonts: FontSet
    body: ParagraphStyle
    small: ParagraphStyle
    headings: list[ParagraphStyle]  # index 0 = level 1
    code: ParagraphStyle
    cell: ParagraphStyle
    note: ParagraphStyle
    head_cell: ParagraphStyle
    caption: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    contents: list[ParagraphStyle]

    def aligned(self, style: ParagraphStyle, align: str) -> ParagraphStyle:
        """The same style with another alignment (cached per style and alignment)."""
        key = f"{style.name}-{align}"
        cached = self._aligned.get(key)
        if cached is None:
            cached = ParagraphStyle(key, parent=style, alignment=ALIGNMENTS.get(align, TA_LEFT))
            self._aligned[key] = cached
        return cached

    def scaled(self, style: ParagraphStyle, factor: float) -> ParagraphStyle:
        """The same style, its type `factor` times the size (for tables too wide for it)."""
        size = round(style.fontSize * factor, 1)
        return self.aligned(
            ParagraphStyle(
                f"{style.name}@{size}", parent=style, fontSize=size, leading=style.leading * factor
            ),
            "left",
        )

    def __post_init__(self):

        self._aligned: dict[str, ParagraphStyle] = {}


def house_styles(fonts: FontSet, base_size: float = 10.5) -> Styles:
    regular, bold = fonts.regular.name, fonts.bold.name
    body = ParagraphStyle(
        "body",
        fontName=regular,
        bulletFontName=regular,
        bulletFontSize=base_size,
        fontSize=base_size,
        leading=base_size * 1.38,
        textColor=INK,
        spaceAfter=5,
        alignment=TA_LEFT,
        allowWidows=0,  # never one line of a paragraph alone at the top of a page
        allowOrphans=0,  # nor alone at the foot
    )
    scale = base_size / 10.5
    sizes = [round(x * scale, 1) for x in (18, 14, 12, 11, 10.5, 10.5)]
    # bold navy throughout; level 6 also italic, so levels 5-6 never pass for body text.
    # Headings are kept with what follows by pdf/keep.py (not reportlab's keepWithNext).
    faces = [bold] * 5 + [fonts.bold_italic.name]
    headings = [
        ParagraphStyle(
            f"h{i + 1}",
            parent=body,
            fontName=faces[i],
            fontSize=size,
            leading=size * 1.25,
            textColor=NAVY if i < 5 else GREY,
            spaceBefore=[6, 12, 9, 7, 6, 6][i],
            spaceAfter=[8, 6, 4, 3, 3, 3][i],
        )
        for i, size in enumerate(sizes)
    ]
    small, cell = round(8.5 * scale, 1), round(9 * scale, 1)
    return Styles(
        fonts=fonts,
        body=body,
        small=ParagraphStyle(
            "small", parent=body, fontSize=small, leading=small * 1.3, textColor=GREY, spaceAfter=3
        ),
        headings=headings,
        code=ParagraphStyle(
            "code",
            parent=body,
            fontName=fonts.mono.name,
            fontSize=8.5,
            alignment=TA_LEFT,
            leading=11,
            backColor=CODE_BG,
            borderPadding=(0, 4, 0, 4),
            leftIndent=4,
            rightIndent=4,
            spaceAfter=0,
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=cell, leading=cell * 1.28, spaceAfter=0),
        note=ParagraphStyle(
            "note",
            parent=body,
            fontName=fonts.italic.name,
            fontSize=small,
            leading=small * 1.3,
            textColor=GREY,
            spaceAfter=0,
        ),
        head_cell=ParagraphStyle(
            "head_cell", parent=body, fontName=bold, fontSize=cell, leading=cell * 1.28, spaceAfter=0
        ),
        caption=ParagraphStyle(
            "caption", parent=body, fontSize=9, leading=12, textColor=GREY, alignment=TA_CENTER
        ),
        cover_title=ParagraphStyle(
            "cover_title", parent=body, fontName=bold, fontSize=24, leading=30, textColor=NAVY, spaceAfter=14
        ),
        cover_line=ParagraphStyle("cover_line", parent=body, fontSize=12.5, leading=18, spaceAfter=4),
        contents=[
            ParagraphStyle("toc1", parent=body, fontName=bold, fontSize=11, leading=15, spaceBefore=5),
            ParagraphStyle("toc2", parent=body, fontSize=10, leading=13.5, leftIndent=14, spaceAfter=1),
            ParagraphStyle("toc3", parent=body, fontSize=9.5, leading=12.5, leftIndent=28, spaceAfter=0),
        ],
    )
