"""The demo conference's one-page annex, a draft declaration, made with reportlab."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer


def annex_pdf(title: str, paragraphs: tuple[str, ...]) -> bytes:
    out = io.BytesIO()
    from .fonts import resolve_fonts

    fonts = resolve_fonts(set(title + "".join(paragraphs) + "Vienna, 16 February 2012 (draft) 0123456789."))
    styles = getSampleStyleSheet()
    for name in ("Title", "Italic", "BodyText"):
        styles[name].fontName = fonts.bold.name if name == "Title" else fonts.regular.name
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=35 * mm, bottomMargin=30 * mm,
        title=title, author="Paris Pact Initiative (demo)", invariant=1, initialFontName=fonts.regular.name,
    )  # fmt: skip
    story = [
        Paragraph(title, styles["Title"]),
        Paragraph("Vienna, 16 February 2012 (draft)", styles["Italic"]),
    ]
    story.append(Spacer(1, 8 * mm))
    for n, text in enumerate(paragraphs, start=1):
        story += [Paragraph(f"{n}. {text}", styles["BodyText"]), Spacer(1, 3 * mm)]
    doc.build(story)
    return out.getvalue()
