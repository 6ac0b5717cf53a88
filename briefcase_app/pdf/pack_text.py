"""What a pack holds, as text: every character it will draw (for the font check), its Markdown
fields, and the items that make it a draft."""

from __future__ import annotations

from collections.abc import Iterator

from ..domain.kinds import KINDS
from ..domain.models import SpeechStatus
from ..text import blocks as b
from .annexes import annex_title
from .content import PackContent
from .markdown_doc import FIXED_TEXT
from .wording import PACK_WORDS

PACK_TEXT = (
    FIXED_TEXT + "Briefing for Head of delegation Prepared Version Programme People Objectives Key messages "
    "Lines to take Defensive Q&A Press lines Speeches Background Source: not given as of words about min s at "
    "wpm target Time Event Place Attendees Q A · — General No items in this section. Cover (continued) "
    "DRAFT Draft Cleared Steering brief Purpose What we want Main asks of us Sensitivities Recommended line "
    "Contacts Name Role Phone E-mail Notes Logistics and scenario Arrangement What Our delegation "
    "Counterparts and speakers Title No. Annex Page of 0123456789"
)
#: statuses that count as final; anything else in a pack makes it a DRAFT.
FINAL_STATUSES = frozenset({SpeechStatus.CLEARED, SpeechStatus.DELIVERED})


def draft_items(content: PackContent) -> list:
    """Items of the pack whose status is not final (cleared or, later, delivered)."""
    out = []
    for section in content.sections:
        for item in section.items:
            status = getattr(item, "status", None)
            if status is not None and status not in FINAL_STATUSES:
                out.append(item)
    return out


def pack_characters(content: PackContent, parsed: dict[str, list]) -> set[str]:
    """Every character the pack will draw (for the font check)."""
    chars = set(PACK_TEXT) | {c for row in PACK_WORDS.values() for text in row for c in text}
    for text in _plain_strings(content):
        chars.update(text)
    for blocks in parsed.values():
        for text in b.iter_text(blocks):
            chars.update(text)
    return chars


def _plain_strings(content: PackContent) -> Iterator[str]:
    c, p = content.conference, content.pack
    yield from (
        c.title,
        c.venue,
        c.city,
        c.organiser,
        p.title,
        p.recipient,
        p.version,
        content.effective_marking,
    )
    if content.head_of_delegation:
        yield from (content.head_of_delegation.name, content.head_of_delegation.position)
    for number, annex in enumerate(content.annexes, start=1):
        yield annex_title(number, annex, p.language)
    for section in content.sections:
        yield section.section.display_title
        for item in section.items:
            if isinstance(item, tuple):
                item = item[1]
            spec = KINDS[item.KIND]
            for name in (spec.title_field, *spec.plain_fields, "tags"):
                value = getattr(item, name, None)
                if isinstance(value, list):
                    yield from value
                elif isinstance(value, str):
                    yield value


def markdown_texts(content: PackContent) -> Iterator[str]:
    """The Markdown fields of a pack's items."""
    for section in content.sections:
        for item in section.items:
            if isinstance(item, tuple):
                item = item[1]
            spec = KINDS[item.KIND]
            for name in spec.text_fields:
                value = getattr(item, name, None)
                if value and name != spec.title_field:
                    yield value
