"""Read an exported PDF back with pypdf: page texts, outline, contents links."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

CASES_DIR = Path(__file__).parent


def case_files() -> list[Path]:
    return sorted(CASES_DIR.glob("*.md"))


def flat(text: str) -> str:
    """Whitespace collapsed, contents dot leaders removed."""
    return " ".join(re.sub(r"(?:\s\.){2,}", " ", text).split())


def page_texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]


def outline_entries(reader: PdfReader) -> list[tuple[str, int, int]]:
    """(title, depth, 0-based page index) of every outline entry, in order."""
    out: list[tuple[str, int, int]] = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((item.title, depth, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return out


def link_targets(reader: PdfReader, page_index: int) -> list[int]:
    """0-based target pages of the internal links on a page, top to bottom."""
    page = reader.pages[page_index]
    ids = {p.indirect_reference.idnum: i for i, p in enumerate(reader.pages)}
    links = []
    for ref in page.get("/Annots") or []:
        annot = ref.get_object()
        dest = annot.get("/Dest")
        if annot.get("/Subtype") == "/Link" and dest:
            links.append((-float(annot["/Rect"][1]), ids[dest[0].idnum]))
    return [target for _, target in sorted(links)]


def font_names(reader: PdfReader) -> set[str]:
    """Base names of every font the pages refer to."""
    names = set()
    for page in reader.pages:
        for ref in ((page.get("/Resources") or {}).get("/Font") or {}).values():
            names.add(str(ref.get_object().get("/BaseFont")))
    return names
