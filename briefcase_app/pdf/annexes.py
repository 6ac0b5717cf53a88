"""Annexes: PDFs attached to a conference, appended after a pack's last section with pypdf,
each page stamped with the pack's marking (top and bottom) and "Page X of Y" of the whole
pack, and each annex an entry in the outline."""

from __future__ import annotations

import io
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .content import Annex
from .document import MARKING_SIZE
from .fonts import FontSet
from .styles import GREY, MARKING_RED, NAVY
from .wording import words


def annex_title(number: int, annex: Annex, language: str = "en") -> str:
    """ "Annex 2: Draft declaration", "Приложение 2: …", "2-қосымша: …" (the pack's language)."""
    name = words(language)("Annex {number}", number=number)
    return f"{name}: {annex.title}" if annex.title else name


def _stamp(
    fonts: FontSet, size: tuple[float, float], marking_lines: list[str], left: str, page_label: str
) -> bytes:
    width, height = size
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=size, initialFontName=fonts.regular.name)
    canv.setFillColor(MARKING_RED)
    for n, line in enumerate(marking_lines):
        fonts.draw_string(
            canv, width / 2, height - 8 * mm - n * 11, line, fonts.bold.name, MARKING_SIZE, align="centre"
        )
        fonts.draw_string(
            canv,
            width / 2,
            5 * mm + (len(marking_lines) - 1 - n) * 11,
            line,
            fonts.bold.name,
            MARKING_SIZE,
            align="centre",
        )
    canv.setFillColor(GREY)
    fonts.draw_string(canv, 12 * mm, 12.5 * mm, left[:90], fonts.regular.name, 8)
    canv.setFillColor(NAVY)
    fonts.draw_string(canv, width - 12 * mm, 12.5 * mm, page_label, fonts.regular.name, 8, align="right")
    canv.showPage()
    canv.save()
    return buffer.getvalue()


def append_annexes(
    pack_pdf: BinaryIO,
    out: BinaryIO,
    annexes: list[Annex],
    fonts: FontSet,
    marking_lines: list[str],
    labels,
    links: list[tuple[int, int, tuple]] = (),
    language: str = "en",
) -> None:
    """Write `pack_pdf` with every annex appended, stamped and in the outline, to `out`;
    `links` (annex number, contents page, rectangle) become links to each annex's first page."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(pack_pdf))
    first = len(writer.pages)
    total = first + sum(a.pages for a in annexes)
    page_number = first
    starts: dict[int, int] = {}
    for number, annex in enumerate(annexes, start=1):
        starts[number] = page_number
        reader = PdfReader(io.BytesIO(annex.data))
        title = annex_title(number, annex, language)
        for n, page in enumerate(reader.pages):
            page_number += 1
            added = writer.add_page(page)
            if n == 0:
                writer.add_outline_item(title=title, page_number=added)
            added.transfer_rotation_to_content()
            box = added.mediabox
            size = (float(box.width), float(box.height))
            label = f"{labels.page_prefix(page_number)}{total}"
            stamp = _stamp(fonts, size, marking_lines, title, label)
            overlay = PdfReader(io.BytesIO(stamp)).pages[0]
            if box.left or box.bottom:
                from pypdf import Transformation

                added.merge_transformed_page(
                    overlay, Transformation().translate(float(box.left), float(box.bottom))
                )
            else:
                added.merge_page(overlay)
    from pypdf.annotations import Link

    for number, page, rect in links:
        writer.add_annotation(page - 1, Link(rect=rect, target_page_index=starts[number], border=[0, 0, 0]))
    writer.page_mode = "/UseOutlines"
    writer.write(out)
