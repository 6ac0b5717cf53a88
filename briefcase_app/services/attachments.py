"""Checking and keeping attachments: PNG and JPEG images (decoded whole with Pillow, within size
and pixel limits) and annex PDFs (opened with pypdf: not encrypted, not broken)."""

from __future__ import annotations

import hashlib
import io
import warnings
from pathlib import Path

from ..domain.attachments import (
    IMAGE_TYPES,
    MAX_IMAGE_BYTES,
    MAX_IMAGE_PIXELS,
    MAX_PDF_BYTES,
    MAX_PDF_PAGES,
    PDF_TYPE,
    Attachment,
    AttachmentLink,
    LinkRole,
    markdown_reference,
)
from ..domain.errors import ValidationError
from ..domain.models import Kind
from ..store import Store


class AttachmentRefused(ValidationError):
    """The file cannot be attached; the message says why in one sentence."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_image(data: bytes, what: str = "the image") -> Attachment:
    """An Attachment for PNG or JPEG bytes that Pillow decodes whole within the limits."""
    from PIL import Image

    if len(data) > MAX_IMAGE_BYTES:
        raise AttachmentRefused(
            f"{what} is {len(data) // 1024} KB: images are kept up to {MAX_IMAGE_BYTES // 1024 // 1024} MB"
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=list(IMAGE_TYPES.values())) as image:
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise AttachmentRefused(
                        f"{what} has {width}x{height} pixels: at most {MAX_IMAGE_PIXELS // 1_000_000} million are kept"
                    )
                mime = Image.MIME.get(image.format or "", "")
                image.load()  # decode it all now: a truncated or damaged file fails here
    except AttachmentRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise AttachmentRefused(f"{what} has too many pixels to be kept") from None
    except Exception as e:  # Pillow raises many kinds for a damaged or foreign file
        raise AttachmentRefused(
            f"{what} is not a PNG or JPEG image Briefcase can read ({type(e).__name__})"
        ) from None
    if mime not in IMAGE_TYPES:
        raise AttachmentRefused(f"{what} is not a PNG or JPEG image")
    return Attachment(sha256(data), mime, len(data), width, height)


def check_pdf(data: bytes, what: str = "the PDF") -> Attachment:
    """An Attachment for a PDF pypdf reads whole: not encrypted, every page there."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if len(data) > MAX_PDF_BYTES:
        raise AttachmentRefused(
            f"{what} is {len(data) // 1024 // 1024} MB: annexes are kept up to {MAX_PDF_BYTES // 1024 // 1024} MB"
        )
    if not data.startswith(b"%PDF-"):
        raise AttachmentRefused(f"{what} is not a PDF")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise AttachmentRefused(f"{what} is encrypted: attach a copy without a password")
        pages = len(reader.pages)
        if not 0 < pages <= MAX_PDF_PAGES:
            raise AttachmentRefused(f"{what} has {pages} pages: an annex has 1 to {MAX_PDF_PAGES}")
        for page in reader.pages:
            page.mediabox  # noqa: B018 - every page must be there and have a size
            page.get_contents()
    except AttachmentRefused:
        raise
    except (
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        RecursionError,
        OSError,
    ) as e:
        raise AttachmentRefused(f"{what} is damaged ({type(e).__name__}); it cannot be an annex") from None
    return Attachment(sha256(data), PDF_TYPE, len(data), pages=pages)


def check(data: bytes, what: str) -> Attachment:
    if data.startswith(b"%PDF-"):
        return check_pdf(data, what)
    return check_image(data, what)


def read_file(path: Path | str) -> bytes:
    path = Path(path)
    try:
        with path.open("rb") as f:
            data = f.read(MAX_PDF_BYTES + 1)
    except OSError as e:
        raise AttachmentRefused(f"cannot read {path}: {e.strerror or e}") from None
    return data


def attach(
    store: Store, kind: Kind, item_id: str, data: bytes, name: str = "", photo: bool = False
) -> tuple[AttachmentLink, Attachment]:
    """Attach bytes to an item: a PDF to a conference is an annex; an image to a person is its
    photo when `photo` (else an image its biography may show), to any text an image."""
    what = repr(name) if name else "the file"
    info = check(data, what)
    store.get(kind, item_id)  # NotFoundError when there is no such item
    if info.mime == PDF_TYPE:
        if kind is not Kind.CONFERENCE:
            raise AttachmentRefused("a PDF is attached to a conference, as an annex of its packs")
        role = LinkRole.ANNEX
    elif photo:
        if kind is not Kind.PERSON:
            raise AttachmentRefused("only a person has a photo")
        role = LinkRole.PHOTO
    else:
        role = LinkRole.IMAGE
    link = store.attach(item_id, info, data, role, name)
    return link, info


def reference_for(link: AttachmentLink) -> str:
    """The Markdown that shows an image attachment in a text."""
    caption = Path(link.name).stem.replace("_", " ").replace("-", " ") if link.name else ""
    return markdown_reference(link.sha256, caption)
