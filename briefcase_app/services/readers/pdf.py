"""PDF files: the text of every page (a scanned PDF has none and is reported)."""

from __future__ import annotations

import io
import logging
import unicodedata

from .base import Document, ReadError, normalise


def read_pdf(data: bytes) -> Document:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError("the PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except RecursionError:
        raise ReadError("the PDF is nested too deeply: not read") from None
    except Exception as e:  # pypdf raises many kinds on damaged files
        if type(e).__name__ == "LimitReachedError":  # pypdf's caps on what a stream expands to
            raise ReadError(
                "the PDF expands beyond the reading limits (a compression bomb?): not read"
            ) from None
        raise ReadError(f"not a readable PDF ({type(e).__name__})") from None
    # NFKC first: PDFs carry ligatures and Arabic presentation forms that search would miss.
    text = normalise(unicodedata.normalize("NFKC", "\n\n".join(p.strip() for p in pages)))
    if not text.strip():
        raise ReadError("the PDF has no text (a scanned image? it needs OCR first)")
    return Document(body=text.strip() + "\n")
