"""Fixture files for import tests, made on the fly (python-docx, reportlab) rather than committed."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent


def make_docx(path: Path, title: str = "Statement on precursors", with_table: bool = True) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    paragraph = document.add_paragraph("Mr Chairman, we ")
    paragraph.add_run("strongly").bold = True
    paragraph.add_run(" support the Vienna Declaration.")
    document.add_heading("Our priorities", level=2)
    document.add_paragraph("Border control", style="List Bullet")
    document.add_paragraph("Precursor chemicals", style="List Bullet")
    document.add_paragraph("First, cooperate", style="List Number")
    if with_table:
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Country", "Seizures"
        table.cell(1, 0).text, table.cell(1, 1).text = "Kazakhstan", "12 t"
    document.save(path)
    return path


def make_pdf(path: Path, lines: list[str] | None = None) -> Path:
    """A PDF with text lines (Helvetica: Latin only), or with only a drawn box when `lines` is []."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    if lines is None:
        lines = ["Address to the Paris Pact partners", "Heroin trafficking along the northern route."]
    y = 800
    for line in lines:
        canvas.drawString(72, y, line)
        y -= 20
    if not lines:
        canvas.rect(72, 600, 200, 100, fill=1)  # an "image": no text at all
    canvas.showPage()
    canvas.save()
    return path


# ---- Word files with the parts python-docx does not write ------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def _notes(tag: str, notes: dict[int, str]) -> str:
    separators = (
        f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
        f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>'
    )
    body = "".join(
        f'<w:{tag} w:id="{i}"><w:p><w:r><w:{tag}Ref/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{tag}>'
        for i, text in notes.items()
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag}s {_NS}>{separators}{body}</w:{tag}s>'


def text_box(text: str) -> str:
    """A run holding a text box as Word writes it: a DrawingML shape, and a VML copy as fallback."""
    content = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
        f"{content}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        f"{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def make_word_package(
    path: Path,
    body_xml: str,
    *,
    footnotes: dict[int, str] | None = None,
    endnotes: dict[int, str] | None = None,
    comments: dict[int, str] | None = None,
    header: str | None = None,
) -> Path:
    """A .docx made by python-docx whose body is `body_xml` (w:p/w:tbl elements), with notes,
    comments and a header part added the way Word stores them."""
    import io
    import zipfile

    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(buffer)
    parts = {name: source.read(name) for name in source.namelist()}
    document = parts["word/document.xml"].decode()
    start = document.index("<w:body>") + len("<w:body>")
    end = document.index("<w:sectPr")
    document = document[:start] + body_xml + document[end:]
    # the namespaces the injected body uses, where python-docx's template lacks them
    missing = " ".join(ns for ns in _NS.split(" ") if ns.split("=")[0] + "=" not in document)
    document = document.replace("<w:document ", f"<w:document {missing} ", 1)
    parts["word/document.xml"] = document.encode()
    extra = []
    if footnotes is not None:
        parts["word/footnotes.xml"] = _notes("footnote", footnotes).encode()
        extra.append(("footnotes", "footnotes.xml", "footnotes"))
    if endnotes is not None:
        parts["word/endnotes.xml"] = _notes("endnote", endnotes).encode()
        extra.append(("endnotes", "endnotes.xml", "endnotes"))
    if comments is not None:
        parts["word/comments.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {_NS}>'
            + "".join(
                f'<w:comment w:id="{i}" w:author="Reviewer"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:comment>'
                for i, text in comments.items()
            )
            + "</w:comments>"
        ).encode()
        extra.append(("comments", "comments.xml", "comments"))
    if header is not None:
        parts["word/header1.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {_NS}>'
            f"<w:p><w:r><w:t>{header}</w:t></w:r></w:p></w:hdr>"
        ).encode()
        extra.append(("header", "header1.xml", "header"))
    rels = parts["word/_rels/document.xml.rels"].decode()
    types = parts["[Content_Types].xml"].decode()
    for n, (rel, target, content_type) in enumerate(extra):
        rels = rels.replace(
            "</Relationships>",
            f'<Relationship Id="rIdX{n}" Type="{_REL}{rel}" Target="{target}"/></Relationships>',
        )
        types = types.replace(
            "</Types>",
            f'<Override PartName="/word/{target}" ContentType="{_CT}{content_type}+xml"/></Types>',
        )
    parts["word/_rels/document.xml.rels"] = rels.encode()
    parts["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def word_words(path: Path, parts=("document", "footnotes", "endnotes", "comments")) -> list[str]:
    """Every word of a Word package, read independently of Briefcase's reader: the w:t text of
    each paragraph of the named parts, leaving out fallback copies (mc:Fallback) of text boxes.
    Headers and footers are left out on purpose (page furniture; the import report names them)."""
    import re
    import xml.etree.ElementTree as ET
    import zipfile

    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    words: list[str] = []

    def walk(element, out: list[str]) -> None:
        for child in element:
            if child.tag == fallback:
                continue
            if child.tag == f"{{{W_NS}}}p":
                texts: list[str] = []
                walk(child, texts)
                words.extend(re.findall(r"\w+", "".join(texts)))
            elif child.tag == f"{{{W_NS}}}t":
                out.append(child.text or "")
            else:
                walk(child, out)

    with zipfile.ZipFile(path) as archive:
        for part in parts:
            name = f"word/{part}.xml"
            if name in archive.namelist():
                walk(ET.fromstring(archive.read(name)), [])
    return words


# ---- files that expand far beyond their size on disk -----------------------
def zip_bomb(path: Path, member: str, head: bytes, filler: bytes, size: int, others=None) -> Path:
    """A zip whose `member` is `head` followed by `filler` up to `size` bytes (honest headers)."""
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in (others or {}).items():
            archive.writestr(name, data)
        with archive.open(member, "w", force_zip64=size >= 2**31) as f:
            f.write(head)
            chunk = filler * (2**20 // len(filler))
            written = len(head)
            while written < size:
                f.write(chunk)
                written += len(chunk)
    return path


def lie_about_size(path: Path, member: str, size: int) -> Path:
    """Rewrite the zip's headers so that `member` claims `size` bytes uncompressed (it holds more)."""
    import struct
    import zipfile

    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    # local header: uncompressed size at +22; central directory entry: at +24
    local = info.header_offset
    struct.pack_into("<I", data, local + 22, size)
    central = struct.unpack_from("<I", data, data.rindex(b"PK\x05\x06") + 16)[0]
    while True:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_len].decode() == member:
            struct.pack_into("<I", data, central + 24, size)
            break
        extra, comment = struct.unpack_from("<HH", data, central + 30)
        central = central + 46 + name_len + extra + comment
    path.write_bytes(bytes(data))
    return path
