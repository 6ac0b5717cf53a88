"""A speech's reading copy for the podium: large type, wide spacing, pages turned only between
sentences, the title and large page numbers at the top of every page, a "continued" cue at the
foot of every page but the last, all in the speech's language (en, ru, kk)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.models import Speech
from ..domain.text_stats import DEFAULT_WORDS_PER_MINUTE
from ..text import blocks as b
from ..text.markdown import to_blocks
from .blocks import BlockRenderer, Context
from .document import OnePassDoc, marking_lines
from .fonts import resolve_fonts
from .keep import keep, kept
from .markdown_doc import FIXED_TEXT
from .output import write_atomically
from .sentences import SentencePara, sentences
from .styles import MARGIN_X, house_styles
from .wording import labels_for, speech_summary

READING_SIZE = 17
CUE_TEXT = "continued overleaf ▸ — end —"
_FRAME_HEIGHT = 297 * mm - 56 * mm - 12


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
    """The speech in large type for the podium, its labels and dates in the speech's language."""
    blocks = to_blocks(speech.body)
    language = speech.language or "en"
    labels = labels_for(language)
    summary = speech_summary(speech, words_per_minute, language)
    fixed = " ".join([labels.reading_copy, labels.page_prefix(0), labels.overleaf, labels.end])
    chars = set(FIXED_TEXT + CUE_TEXT + fixed + summary + speech.title + marking)
    for text in b.iter_text(blocks):
        chars.update(text)
    fonts = resolve_fonts(chars, font)
    styles = house_styles(fonts, base_size=READING_SIZE)
    for style in [styles.body, *styles.headings]:
        style.leading = style.fontSize * 1.75
    styles.body.spaceAfter = READING_SIZE * 0.9
    marking_lines(fonts, marking)  # refuse a marking too long to print

    def write(handle) -> None:
        doc = OnePassDoc(
            handle,
            fonts,
            marking=marking,
            title=speech.title,
            author=speech.speaker,
            subject=f"{labels.reading_copy}: {speech.title}",
            footer_left=labels.reading_copy,
            continued_cue=True,
            progress=progress,
            cancel=cancel,
            margins=(MARGIN_X + 4 * mm, 26 * mm, 30 * mm),
            lang=language,
            labels=labels,
            fixed_head=speech.title,
            big_page_numbers=True,
        )
        renderer = BlockRenderer(styles, marker=doc, landscape=False)
        story: list = [
            Paragraph(renderer.markup.text(speech.title, bold=True), styles.headings[1]),
            Paragraph(renderer.markup.text(summary), styles.small),
            Spacer(1, 10 * mm),
        ]
        story += podium_story(renderer, blocks, styles.body)
        doc.build_once(story, renderer.ledger)

    return write_atomically(target, write)


def podium_story(renderer: BlockRenderer, blocks: list, body) -> list:
    """Paragraphs turn the page only between sentences; a paragraph ending in a colon stays
    with the list after it; other blocks are kept whole on a page."""
    joined = ParagraphStyle("body-joined", parent=body, spaceAfter=0)

    def make(inlines: list, last: bool):
        return renderer.paragraph(inlines, body if last else joined)

    out: list = []
    for i, block in enumerate(blocks):
        if isinstance(block, b.Para):
            para = SentencePara(sentences(block.inlines) or [block.inlines], make, _FRAME_HEIGHT)
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(following, b.ListBlock) and b.plain_text(block.inlines).rstrip().endswith(":"):
                keep(para)  # "...in three main areas:" never at a page foot without its list
            out.append(para)
            continue
        for flowable in renderer.render([block], Context(heading_offset=1)):
            out.append(flowable if kept(flowable) else WholeOnPage(flowable, _FRAME_HEIGHT * 0.9))
    return out
