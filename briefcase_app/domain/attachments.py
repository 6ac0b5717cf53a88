"""Attachments: images, photos and annex PDFs kept inside the store, named by their SHA-256.

The same bytes are kept once however many items use them. A Markdown text shows one with
`![caption](attachment:<sha256>)`; a person's photo and a conference's annexes are links of
the roles PHOTO and ANNEX. Never a path on disk, never an address on the network."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

#: at most this many bytes per image, and this many pixels (width x height).
MAX_IMAGE_BYTES = 8 * 1024 * 1024
MAX_IMAGE_PIXELS = 24_000_000
#: at most this many bytes and pages per annex PDF.
MAX_PDF_BYTES = 40 * 1024 * 1024
MAX_PDF_PAGES = 300

IMAGE_TYPES = {"image/png": "PNG", "image/jpeg": "JPEG"}
PDF_TYPE = "application/pdf"

#: a reference to an attachment in Markdown: the scheme and 64 hex digits.
REFERENCE = re.compile(r"attachment:([0-9a-f]{64})\b")


class LinkRole(enum.StrEnum):
    PHOTO = "photo"  # a person's photo, printed beside the biography
    IMAGE = "image"  # an image a text shows by reference
    ANNEX = "annex"  # a PDF appended to a conference's packs


@dataclass(frozen=True)
class Attachment:
    sha256: str
    mime: str
    size: int
    width: int = 0
    height: int = 0
    pages: int = 0

    @property
    def is_image(self) -> bool:
        return self.mime in IMAGE_TYPES

    def describe(self) -> str:
        if self.is_image:
            return f"{IMAGE_TYPES[self.mime]} {self.width}x{self.height}, {_size(self.size)}"
        return f"PDF, {self.pages} page{'' if self.pages == 1 else 's'}, {_size(self.size)}"


@dataclass(frozen=True)
class AttachmentLink:
    """One item's use of an attachment."""

    id: str
    item_id: str
    sha256: str
    role: LinkRole
    name: str = ""
    position: int = 0
    created_at: str = ""

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "item_id": self.item_id,
            "sha256": self.sha256,
            "role": self.role.value,
            "name": self.name,
            "position": self.position,
            "created_at": self.created_at,
        }


def references(text: str | None) -> list[str]:
    """The attachments a Markdown text shows, in order, each once."""
    return list(dict.fromkeys(REFERENCE.findall(text or "")))


def markdown_reference(sha256: str, caption: str = "") -> str:
    caption = " ".join((caption or "").replace("[", "(").replace("]", ")").split())
    return f"![{caption}](attachment:{sha256})"


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"
