"""Read archive files (.md, .txt, .docx, .pdf) into Markdown text and metadata; no SQL, no store."""

from __future__ import annotations

from pathlib import Path

from .base import Document, ReadError, decode_text, detect_language, normalise
from .docx import read_docx
from .manifest import MANIFEST_NAME, Manifest, read_manifest
from .pdf import read_pdf
from .text import read_markdown, read_text

READERS = {
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".txt": read_text,
    ".text": read_text,
    ".docx": read_docx,
    ".pdf": read_pdf,
}

SUPPORTED_SUFFIXES = frozenset(READERS)


def read_document(path: Path, data: bytes, comments: bool = False) -> Document:
    """The Document in `data` (the bytes of `path`); ReadError says why it cannot be read.

    `comments`: a Word file's comments come in as footnotes (otherwise a note says how many not)."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ReadError(f"not a file type Briefcase imports ({path.suffix or 'no extension'})")
    if not data.strip():
        raise ReadError("the file is empty")
    if reader is read_docx:
        return read_docx(data, comments=comments)
    return reader(data)


__all__ = [
    "MANIFEST_NAME",
    "SUPPORTED_SUFFIXES",
    "Document",
    "Manifest",
    "ReadError",
    "decode_text",
    "detect_language",
    "normalise",
    "read_document",
    "read_manifest",
]
