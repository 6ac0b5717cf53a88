"""A Markdown file as a PDF in the house style: title, contents of its headings, outline."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import PageBreak, Paragraph, Spacer

from ..text import blocks as b
from ..text.markdown import to_blocks
from .blocks import BlockRenderer, Context
from .document import ContentsLine, OnePassDoc, marking_lines
from .fonts import resolve_fonts
from .output import write_atomically
from .styles import house_styles

#: fixed words this module draws, so the font check covers them too.
FIXED_TEXT = "(This document is empty.) Contents Page of 0123456789 .–•◦▪▸—Image: no description (not included)[]… characters shortened"
CONTENTS_MIN_HEADINGS = 3


def export_markdown(
    source: str,
    target: Path | str,
    *,
    title: str = "",
    marking: str = "",
    font=None,
    progress=None,
    cancel=None,
    subtitle: str = "",
    size: float = 10.5,
    language: str = "en",
) -> Path:
    """Lay out one Markdown text as a PDF at `target` (atomically, mode 0600); `size` is the
    body text's size in points (10.5, 12 or 14)."""
    blocks = to_blocks(source)
    chars = set(FIXED_TEXT) | set(title) | set(marking) | set(subtitle)
    for text in b.iter_text(blocks):
        chars.update(text)
    fonts = resolve_fonts(chars, font)
    styles = house_styles(fonts, base_size=size)
    marking_lines(fonts, marking)  # refuse a marking too long to print
    heading_title = next((b.plain_text(x.inlines) for x in blocks if isinstance(x, b.Heading)), "")
    doc_title = title or heading_title.strip() or "Document"

    def write(handle) -> None:
        doc = OnePassDoc(
            handle,
            fonts,
            marking=marking,
            title=doc_title,
            subject=doc_title,
            footer_left=doc_title[:80],
            progress=progress,
            cancel=cancel,
            lang=language,
        )
        renderer = BlockRenderer(styles, marker=doc)
        body = renderer.render(blocks, Context(outline_base=0))
        story: list = []
        if title:
            story.append(renderer.heading([b.Text(title)], 1, None))
        if subtitle:
            story.append(renderer.plain(subtitle, styles.small))
        wanted = [h for h in renderer.headings if h[2] <= 1]
        if len(wanted) >= CONTENTS_MIN_HEADINGS:
            story.append(Paragraph(renderer.markup.text("Contents", bold=True), styles.headings[1]))

            for key, text, level in wanted:
                para = Paragraph(renderer.markup.text(text), styles.contents[min(level, 2)])
                story.append(ContentsLine(doc, key, para))
            story += [Spacer(1, 6), PageBreak()]
        story += body or [Paragraph(renderer.markup.text("(This document is empty.)"), styles.small)]
        del body
        doc.build_once(story, renderer.ledger)

    return write_atomically(target, write)
