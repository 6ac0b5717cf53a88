"""Word files: headings, paragraphs, lists and tables become Markdown."""

from __future__ import annotations

import io

from .base import Document, ReadError, first_heading, normalise


def read_docx(data: bytes) -> Document:
    try:
        import docx
        from docx.table import Table

        document = docx.Document(io.BytesIO(data))
        blocks = []
        for block in document.iter_inner_content():
            text = _table(block) if isinstance(block, Table) else _paragraph(block)
            if text:
                blocks.append(text)
    except Exception as e:  # python-docx and lxml raise many kinds on damaged files
        raise ReadError(f"not a readable Word file ({type(e).__name__})") from None
    markdown = normalise(_join(blocks))
    if not markdown.strip():
        raise ReadError("the Word file holds no text")
    return Document(body=markdown, heading=first_heading(markdown))


def _join(blocks: list[str]) -> str:
    """Blank lines between blocks, except between items of one list."""
    out: list[str] = []
    for block in blocks:
        if out and not (_is_item(out[-1]) and _is_item(block)):
            out.append("\n")
        out.append(block + "\n")
    return "".join(out)


def _is_item(block: str) -> bool:
    return block.startswith(("- ", "1. "))


def _style(paragraph) -> str:
    try:
        return (paragraph.style.name or "") if paragraph.style is not None else ""
    except (KeyError, ValueError):
        return ""


def _paragraph(paragraph) -> str:
    text = _runs(paragraph).strip()
    if not text:
        return ""
    style = _style(paragraph)
    if style == "Title":
        return f"# {text}"
    if style.startswith("Heading"):
        level = style.removeprefix("Heading").strip()
        return f"{'#' * (int(level) if level.isdigit() and 0 < int(level) < 7 else 1)} {text}"
    if style.startswith("List Number"):
        return f"1. {text}"
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    if style.startswith("List") or numbered:
        return f"- {text}"
    return text


def _runs(paragraph) -> str:
    """The paragraph's text with bold and italic runs marked."""
    parts = []
    for run in paragraph.runs:
        text = run.text
        if not text.strip():
            parts.append(text)
            continue
        lead, core, trail = _split_space(text)
        if run.bold:
            core = f"**{core}**"
        elif run.italic:
            core = f"*{core}*"
        parts.append(lead + core + trail)
    return "".join(parts) or paragraph.text


def _split_space(text: str) -> tuple[str, str, str]:
    core = text.strip()
    start = text.index(core)
    return text[:start], core, text[start + len(core) :]


def _table(table) -> str:
    rows = [[_cell(cell.text) for cell in row.cells] for row in table.rows]
    rows = [r for r in rows if any(r)]
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")
