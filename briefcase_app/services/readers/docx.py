"""Word files: every word of the text becomes Markdown.

Headings, paragraphs, bold/italic, lists and tables as Markdown; footnotes and endnotes as
Markdown footnotes (`[^1]` where the reference is, `[^1]: text` at the end); text boxes after
the paragraph that holds them, in reading order; hyperlinks, tracked insertions and content
controls as their text. Comments come in as footnotes when asked for, else the report counts
them. Headers and footers (page furniture: markings, page numbers) are left out and named in the
report. Deleted tracked changes are not text and stay out. A last check compares the words
brought in with every word of the package's text and reports any that were not.

Hostile files: the zip headers are checked before anything is parsed (MAX_WORD_EXPANDED in all,
MAX_XML_PART a part), the parts read here are streamed with a cap, and the XML of notes and
comments goes through defusedxml (no DTD, no entities).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from typing import TYPE_CHECKING

from .base import Document, ReadError, first_heading, normalise
from .safe import MAX_WORD_EXPANDED, MAX_XML_PART, TooLarge, check_zip, read_member

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_WORDS = re.compile(r"\w+")
_WHAT = "the Word file"
_OFF = ("0", "false", "off", "none")
#: a note: its part ("footnote", "endnote", "comment") and its w:id (None if the file gives none)
NoteKey = tuple[str, str | None]


def read_docx(data: bytes, comments: bool = False) -> Document:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        with archive:
            xml_parts = [n for n in archive.namelist() if n.lower().endswith((".xml", ".rels"))]
            check_zip(archive, _WHAT, MAX_WORD_EXPANDED, MAX_XML_PART, set(xml_parts))
            for name in xml_parts:  # headers can lie: a stream that stops at the cap proves them
                part = read_member(archive, name, MAX_XML_PART, _WHAT)
                if b"<!DOCTYPE" in part or b"<!ENTITY" in part:  # Word never writes them
                    raise ReadError(f"{_WHAT} declares XML entities or a DTD (an XML bomb?): not read")
    except ReadError:
        raise
    except Exception as e:  # zipfile raises many kinds on damaged files
        raise ReadError(f"not a readable Word file ({type(e).__name__})") from None
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        converter = _Converter(document, comments)
        markdown = converter.markdown()
    except ReadError:
        raise
    except RecursionError:
        raise ReadError("the Word file is nested too deeply: not read") from None
    except Exception as e:  # python-docx and lxml raise many kinds on damaged files
        raise ReadError(f"not a readable Word file ({type(e).__name__})") from None
    markdown = normalise(markdown)
    if not markdown.strip():
        raise ReadError("the Word file holds no text")
    notes = converter.notes + _missing_words(markdown, converter.parts)
    return Document(body=markdown, heading=first_heading(markdown), notes=notes)


def _parse(blob: bytes) -> Element:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    if len(blob) > MAX_XML_PART:
        raise TooLarge(f"{_WHAT} has a part larger than {MAX_XML_PART // 2**20} MB: not read")
    try:
        return fromstring(blob, forbid_dtd=True)
    except DefusedXmlException:
        raise ReadError(f"{_WHAT} declares XML entities or a DTD (an XML bomb?): not read") from None


def _on(props, name: str) -> bool:
    if props is None:
        return False
    flag = props.find(W + name)
    return flag is not None and (flag.get(W + "val") or "true").lower() not in _OFF


class _Converter:
    """One Word package to Markdown; `notes` lists what was left out, for the report."""

    def __init__(self, document, comments: bool):
        self.document = document
        self.with_comments = comments
        self.notes: list[str] = []
        self.styles = {}
        for style in document.styles:
            try:
                self.styles[style.style_id] = style.name or ""
            except (KeyError, ValueError, AttributeError):
                continue
        #: the XML parts whose words must all arrive: "document", "footnotes", ...
        self.parts = {"document": document.element}
        self.bodies: dict[str, dict[str | None, Element]] = {}  # "footnote" -> id -> element
        wanted = {"footnotes": "footnote", "endnotes": "endnote", "comments": "comment"}
        furniture = 0
        for rel in document.part.rels.values():
            if rel.is_external:
                continue
            kind = rel.reltype.removeprefix(_REL)
            if kind in wanted and kind not in self.parts:
                root = _parse(rel.target_part.blob)
                tag = wanted[kind]
                if kind != "comments" or comments:
                    self.parts[kind] = root
                self.bodies[tag] = {
                    e.get(W + "id"): e
                    for e in root.iter(W + tag)
                    if e.get(W + "type") not in ("separator", "continuationSeparator", "continuationNotice")
                }
            elif kind in ("header", "footer"):
                root = _parse(rel.target_part.blob)
                furniture += any((t.text or "").strip() for t in root.iter(W + "t"))
        count = len(self.bodies.get("comment", {}))
        if count and not comments:
            self.notes.append(
                f"{count} comment{'s' if count > 1 else ''} not brought in (import with --comments to add them)"
            )
        if furniture:
            self.notes.append("the text of headers and footers was not brought in")
        #: footnote labels in the order they are referred to: (tag, id) -> label
        self.labels: dict[NoteKey, str] = {}

    # ---- the whole document ------------------------------------------
    def markdown(self) -> str:
        body = self.document.element.body
        text = _join(self.blocks(body))
        definitions = []
        done: set[NoteKey] = set()
        for key, label in list(self.labels.items()):
            definitions.append(self._definition(key, label))
            done.add(key)
        for tag in ("footnote", "endnote") + (("comment",) if self.with_comments else ()):
            for note_id in self.bodies.get(tag, {}):  # notes nothing refers to: kept all the same
                if (tag, note_id) not in done:
                    definitions.append(self._definition((tag, note_id), self._label(tag, note_id)))
        if definitions:
            text = text.rstrip("\n") + "\n\n" + "\n".join(definitions) + "\n"
        return text

    def _label(self, tag: str, note_id: str | None) -> str:
        key = (tag, note_id)
        if key not in self.labels:
            number = sum(1 for t, _ in self.labels if t == tag) + 1
            self.labels[key] = {"footnote": "", "endnote": "e", "comment": "c"}[tag] + str(number)
        return self.labels[key]

    def _definition(self, key: NoteKey, label: str) -> str:
        tag, note_id = key
        element = self.bodies[tag][note_id]
        text = " ".join(" ".join(self.blocks(element)).split())
        if tag == "comment":
            author = " ".join((element.get(W + "author") or "").split())
            text = f"Comment{' by ' + author if author else ''}: {text}"
        return f"[^{label}]: {text}"

    # ---- blocks: paragraphs, tables, content controls -----------------
    def blocks(self, container) -> list[str]:
        out: list[str] = []
        for child in container:
            tag = child.tag
            if tag == W + "p":
                boxes: list = []
                text = self.paragraph(child, boxes)
                if text:
                    out.append(text)
                for box in boxes:  # text boxes after the paragraph that anchors them
                    out.extend(self.blocks(box))
            elif tag == W + "tbl":
                table = self.table(child)
                if table:
                    out.append(table)
            elif tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo"):
                out.extend(self.blocks(child))
            elif isinstance(tag, str) and tag != _FALLBACK and tag.endswith("AlternateContent"):
                out.extend(self.blocks(child))
            elif isinstance(tag, str) and tag.endswith("}Choice"):
                out.extend(self.blocks(child))
        return out

    def paragraph(self, p, boxes: list) -> str:
        text = self.inline(p, boxes).strip()
        if not text:
            return ""
        props = p.find(W + "pPr")
        style_ref = props.find(W + "pStyle") if props is not None else None
        style = self.styles.get(style_ref.get(W + "val"), "") if style_ref is not None else ""
        if style == "Title":
            return f"# {text}"
        if style.startswith("Heading"):
            level = style.removeprefix("Heading").strip()
            return f"{'#' * (int(level) if level.isdigit() and 0 < int(level) < 7 else 1)} {text}"
        if style.startswith("List Number"):
            return f"1. {text}"
        numbered = props is not None and props.find(W + "numPr") is not None
        if style.startswith("List") or numbered:
            return f"- {text}"
        return text

    def inline(self, element, boxes: list) -> str:
        """The text of the runs under `element`, in order, with bold and italic marked."""
        parts: list[str] = []
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag == _FALLBACK:
                continue
            if tag == W + "r":
                parts.append(self.run(child, boxes))
            elif tag in (W + "del", W + "moveFrom", W + "pPr", W + "rPr", W + "sdtPr"):
                continue  # deleted text and properties are not the document's text
            else:  # hyperlink, ins, smartTag, fldSimple, sdt, sdtContent, AlternateContent, Choice
                parts.append(self.inline(child, boxes))
        return "".join(parts)

    def run(self, r, boxes: list) -> str:
        text: list[str] = []
        marks: list[str] = []
        for child in r:
            tag = child.tag
            if tag == W + "t":
                text.append(child.text or "")
            elif tag == W + "tab":
                text.append("\t")
            elif tag in (W + "br", W + "cr"):
                text.append("\n")
            elif tag == W + "noBreakHyphen":
                text.append("-")
            elif tag in (W + "footnoteReference", W + "endnoteReference", W + "commentReference"):
                note = tag[len(W) :].removesuffix("Reference")
                note_id = child.get(W + "id")
                if note_id in self.bodies.get(note, {}) and (note != "comment" or self.with_comments):
                    marks.append(f"[^{self._label(note, note_id)}]")
            elif isinstance(tag, str) and tag != W + "rPr":
                boxes.extend(_text_boxes(child))
        return _formatted("".join(text), r.find(W + "rPr")) + "".join(marks)

    def table(self, tbl) -> str:
        rows = []
        for tr in tbl.iter(W + "tr"):
            if _ancestor_table(tr, tbl):
                continue
            cells = []
            for tc in tr:
                if tc.tag == W + "tc":
                    cells.append(_cell(" ".join(self.blocks(tc))))
                elif tc.tag == W + "sdt":
                    cells.extend(_cell(" ".join(self.blocks(c))) for c in tc.iter(W + "tc"))
            rows.append(cells)
        rows = [r for r in rows if any(r)]
        if not rows:
            return ""
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return "\n".join(lines)


def _ancestor_table(tr, tbl) -> bool:
    """Whether a row belongs to a table nested inside `tbl` (lxml only; other trees: no)."""
    getparent = getattr(tr, "getparent", None)
    if getparent is None:
        return False
    parent = getparent()
    while parent is not None and parent is not tbl:
        if parent.tag == W + "tbl":
            return True
        parent = parent.getparent()
    return False


def _text_boxes(element) -> list:
    """The text boxes (w:txbxContent) under a run's drawing, once: not the fallback copies."""
    found = []
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag == _FALLBACK:
            continue
        if tag == W + "txbxContent":
            found.append(child)
        else:
            found.extend(_text_boxes(child))
    return found


def _formatted(text: str, props) -> str:
    if not text.strip():
        return text
    lead, core, trail = _split_space(text)
    if _on(props, "b"):
        core = f"**{core}**"
    elif _on(props, "i"):
        core = f"*{core}*"
    return lead + core + trail


def _split_space(text: str) -> tuple[str, str, str]:
    core = text.strip()
    start = text.index(core)
    return text[:start], core, text[start + len(core) :]


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


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _package_words(parts: dict) -> Counter:
    """Every word of the w:t text of `parts`, paragraph by paragraph, fallback copies left out."""
    words: Counter = Counter()

    def walk(element, out: list[str]) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag == _FALLBACK:
                continue
            if tag == W + "p":
                texts: list[str] = []
                walk(child, texts)
                words.update(_WORDS.findall("".join(texts)))
            elif tag == W + "t":
                out.append(child.text or "")
            else:
                walk(child, out)

    for root in parts.values():
        walk(root, [])
    return words


def _missing_words(markdown: str, parts: dict) -> list[str]:
    """A note naming words of the package's text that did not arrive (none expected)."""
    arrived = Counter(_WORDS.findall(markdown.replace("*", "").replace("\\|", "|")))
    missing = _package_words(parts) - arrived
    if not missing:
        return []
    sample = ", ".join(sorted(missing)[:5])
    total = sum(missing.values())
    return [f"{total} word{'s' if total > 1 else ''} of the Word file not brought in (e.g. {sample})"]
