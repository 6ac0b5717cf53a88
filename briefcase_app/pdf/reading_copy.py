"""A speech's reading copy for the podium: large type, wide spacing, no paragraph split
across pages, page numbers and a "continued" cue at the foot of every page but the last."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.models import Speech
from ..domain.text_stats import DEFAULT_WORDS_PER_MINUTE
from ..text import blocks as b
from ..text.markdown import to_blocks
from .blocks import BlockRenderer, Context
from .document import OnePassDoc
from .fonts import resolve_fonts
from .markdown_doc import FIXED_TEXT
from .output import write_atomically
from .styles import MARGIN_X, house_styles
from .wording import speech_summary

READING_SIZE = 17
CUE_TEXT = "continued overleaf ▸ — end —"
_FRAME_HEIGHT = 297 * mm - 2 * 26 * mm


class WholeOnPage(Flowable):
    """Keeps a flowable on one page; only one taller than a whole page is split."""

    def __init__(self, child: Flowable, page_height: float):
        super().__init__()
        self.child, self.page_height = child, page_height

    def wrap(self, aw, ah):
        self.width, self.height = self.child.wrap(aw, ah)
        return self.width, self.height

    def split(self, aw, ah):
        _, h = self.child.wrap(aw, ah)
        if h <= self.page_height:
            return []
        return self.child.split(aw, ah)

    def getSpaceBefore(self):
        return self.child.getSpaceBefore()

    def getSpaceAfter(self):
        return self.child.getSpaceAfter()

    def draw(self):
        self.child.drawOn(self.canv, 0, 0)


def export_reading_copy(
    speech: Speech,
    target: Path | str,
    *,
    marking: str = "",
    font=None,
    words_per_minute: int = DEFAULT_WORDS_PER_MINUTE,
    progress=None,
    cancel=None,
) -> Path:
    blocks = to_blocks(speech.body)
    summary = speech_summary(speech, words_per_minute)
    chars = set(FIXED_TEXT + CUE_TEXT + summary + speech.title + marking)
    for text in b.iter_text(blocks):
        chars.update(text)
    fonts = resolve_fonts(chars, font)
    styles = house_styles(fonts, base_size=READING_SIZE)
    for style in [styles.body, *styles.headings]:
        style.leading = style.fontSize * 1.75
    styles.body.spaceAfter = READING_SIZE * 0.9

    def write(handle) -> None:
        doc = OnePassDoc(
            handle,
            fonts,
            marking=marking,
            title=speech.title,
            author=speech.speaker,
            subject=f"Reading copy: {speech.title}",
            footer_left="Reading copy",
            continued_cue=True,
            progress=progress,
            cancel=cancel,
            margins=(MARGIN_X + 4 * mm, 26 * mm, 30 * mm),
        )
        renderer = BlockRenderer(styles, marker=doc)
        story: list = [
            Paragraph(renderer.markup.text(speech.title), styles.headings[1]),
            Paragraph(renderer.markup.text(summary), styles.small),
            Spacer(1, 10 * mm),
        ]
        story += [
            WholeOnPage(f, _FRAME_HEIGHT * 0.9) for f in renderer.render(blocks, Context(heading_offset=1))
        ]
        doc.build_once(story)

    return write_atomically(target, write)
