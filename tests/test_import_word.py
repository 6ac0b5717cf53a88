"""Import keeps every word of a Word file (issue 10, item 10): footnotes and endnotes, text
boxes, comments (when asked), hyperlinks, content controls, tracked insertions; and a check of
every Word file against an independent extraction of the whole package."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from import_cases import make_docx, make_word_package, text_box, word_words

from briefcase_app.services.importing import ImportService
from briefcase_app.services.readers import ReadError, read_document


def para(text: str, extra: str = "") -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r>{extra}</w:p>'


def ref(kind: str, number: int) -> str:
    return f'<w:r><w:{kind}Reference w:id="{number}"/></w:r>'


TACHYON = para("Ouch.", ref("footnote", 1))


def read(path: Path, **options):
    return read_document(path, path.read_bytes(), **options)


def test_a_footnote_comes_in_as_a_markdown_footnote(tmp_path):
    path = make_word_package(tmp_path / "bar.docx", TACHYON, footnotes={1: "A tachyon walks into a bar."})
    body = read(path).body
    assert body == "Ouch.[^1]\n\n[^1]: A tachyon walks into a bar.\n"


def test_footnotes_and_endnotes_are_numbered_in_reading_order(tmp_path):
    body_xml = (
        para("First claim.", ref("footnote", 7))
        + para("Second claim.", ref("endnote", 2) + ref("footnote", 3))
        + para("Third.")
    )
    path = make_word_package(
        tmp_path / "notes.docx",
        body_xml,
        footnotes={3: "Source three.", 7: "Source seven.", 9: "A note nothing refers to."},
        endnotes={2: "An endnote."},
    )
    body = read(path).body
    text, notes = body.split("\n\n[^")[0:2], body.split("Third.\n\n", 1)[1]
    assert "First claim.[^1]" in body and "Second claim.[^e1][^2]" in body
    assert notes.splitlines() == [
        "[^1]: Source seven.",
        "[^e1]: An endnote.",
        "[^2]: Source three.",
        "[^3]: A note nothing refers to.",
    ]
    assert text


def test_a_text_box_comes_in_once_after_its_paragraph(tmp_path):
    body_xml = para("Before the box.", text_box("Boxed words here.")) + para("After the box.")
    path = make_word_package(tmp_path / "box.docx", body_xml)
    body = read(path).body
    assert body == "Before the box.\n\nBoxed words here.\n\nAfter the box.\n"


def test_links_content_controls_and_tracked_changes(tmp_path):
    body_xml = (
        '<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:hyperlink r:id="rIdNone">'
        "<w:r><w:t>the declaration</w:t></w:r></w:hyperlink>"
        '<w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve"> as amended</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="A"><w:r><w:delText> withdrawn words</w:delText></w:r></w:del>'
        "<w:r><w:t>.</w:t></w:r></w:p>"
        "<w:sdt><w:sdtPr/><w:sdtContent>" + para("Inside a content control.") + "</w:sdtContent></w:sdt>"
        "<w:tbl><w:tr><w:tc>"
        + para("Cell with a nested table:")
        + "<w:tbl><w:tr><w:tc>"
        + para("inner cell")
        + "</w:tc></w:tr></w:tbl></w:tc><w:tc>"
        + para("Second | cell")
        + "</w:tc></w:tr></w:tbl>"
    )
    path = make_word_package(tmp_path / "mixed.docx", body_xml)
    doc = read(path)
    assert "See the declaration as amended." in doc.body and "withdrawn" not in doc.body
    assert "Inside a content control." in doc.body
    assert "inner cell" in doc.body and "Second \\| cell" in doc.body
    assert doc.notes == []


def test_comments_are_counted_or_brought_in_and_headers_are_named(tmp_path):
    body_xml = para("Ouch.", ref("comment", 5))
    path = make_word_package(
        tmp_path / "c.docx", body_xml, comments={5: "Check this joke."}, header="OFFICIAL SENSITIVE"
    )
    doc = read(path)
    assert doc.body == "Ouch.\n"
    assert doc.notes == [
        "1 comment not brought in (import with --comments to add them)",
        "the text of headers and footers was not brought in",
    ]
    doc = read(path, comments=True)
    assert doc.body == "Ouch.[^c1]\n\n[^c1]: Comment by Reviewer: Check this joke.\n"


def test_the_report_and_the_command_say_what_was_left_out(cli, store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    make_word_package(folder / "c.docx", para("Ouch.", ref("comment", 5)), comments={5: "Check this joke."})
    report = ImportService(store).run([folder])
    assert report.imported[0]["note"] == "1 comment not brought in (import with --comments to add them)"
    code, out, _ = cli("import", folder, "--store", tmp_path / "cli.db", "--comments")
    assert code == 0 and "note:" not in out
    code, out, _ = cli("show", "speech", _only_id(tmp_path / "cli.db"), "--store", tmp_path / "cli.db")
    assert code == 0 and "[^c1]: Comment by Reviewer: Check this joke." in out


def _only_id(path):
    from briefcase_app.domain.models import Kind
    from briefcase_app.store import Store

    with Store.open(path) as s:
        [speech] = s.list(Kind.SPEECH)
        return speech.id


def _corpus(folder: Path) -> list[Path]:
    """Every kind of Word file the tests make."""
    folder.mkdir()
    return [
        make_docx(folder / "statement.docx"),
        make_word_package(folder / "bar.docx", TACHYON, footnotes={1: "A tachyon walks into a bar."}),
        make_word_package(
            folder / "all.docx",
            para("Ouch.", ref("footnote", 1) + ref("comment", 4))
            + para("Box:", text_box("Words in a box with a footnote."))
            + para("End.", ref("endnote", 1)),
            footnotes={1: "Sources: MFA 2012.", 2: "An unreferenced note."},
            endnotes={1: "Endnote words."},
            comments={4: "A reviewer remark."},
        ),
        make_word_package(
            folder / "nested.docx",
            "<w:tbl><w:tr><w:tc>"
            + para("a")
            + "<w:tbl><w:tr><w:tc>"
            + para("deep words")
            + "</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>"
            '<w:p><w:hyperlink r:id="x"><w:r><w:t>linked words</w:t></w:r></w:hyperlink></w:p>',
        ),
    ]


@pytest.mark.parametrize("comments", [False, True])
def test_every_word_of_every_word_file_comes_in(store, tmp_path, comments):
    """The imported text holds every word of the package's document, footnotes and endnotes (and
    comments when asked for), extracted independently; headers and footers are left out."""
    files = _corpus(tmp_path / "words")
    report = ImportService(store).run(files, comments=comments)
    assert report.failed == [] and len(report.imported) == len(files)
    parts = ("document", "footnotes", "endnotes") + (("comments",) if comments else ())
    for entry in report.imported:
        body = store.get(_kind(entry), entry["id"]).body
        arrived = Counter(w for w in _words(body))
        missing = Counter(word_words(Path(entry["file"]), parts)) - arrived
        assert not missing, (entry["file"], missing)


def _kind(entry):
    from briefcase_app.domain.models import Kind

    return Kind(entry["kind"])


def _words(markdown: str) -> list[str]:
    import re

    return re.findall(r"\w+", markdown.replace("*", "").replace("\\|", "|"))


# ---- any arrangement of the pieces above keeps every word -----------------
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

WORDS = st.lists(st.text(alphabet="abcxyzабвәқ", min_size=1, max_size=6), min_size=1, max_size=4).map(
    " ".join
)


@st.composite
def word_body(draw):
    """A document body of paragraphs and tables mixing runs, bold, links, insertions, deletions,
    content controls, text boxes and note and comment references; and its notes and comments."""
    notes: dict[str, dict[int, str]] = {"footnote": {}, "endnote": {}, "comment": {}}

    def run(text, bold=False):
        props = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:r>{props}<w:t xml:space="preserve">{text} </w:t></w:r>'

    def piece():
        kind = draw(
            st.sampled_from(["run", "bold", "link", "ins", "del", "box", "footnote", "endnote", "comment"])
        )
        words = draw(WORDS)
        if kind in ("run", "bold"):
            return run(words, kind == "bold")
        if kind == "link":
            return f'<w:hyperlink r:id="x">{run(words)}</w:hyperlink>'
        if kind == "ins":
            return f'<w:ins w:id="1" w:author="A">{run(words)}</w:ins>'
        if kind == "del":
            return f'<w:del w:id="1" w:author="A"><w:r><w:delText>{words}</w:delText></w:r></w:del>'
        if kind == "box":
            return text_box(words)
        number = len(notes[kind]) + 1
        notes[kind][number] = words
        return ref(kind, number)

    def paragraph():
        return "<w:p>" + "".join(piece() for _ in range(draw(st.integers(1, 4)))) + "</w:p>"

    blocks = []
    for _ in range(draw(st.integers(1, 4))):
        shape = draw(st.sampled_from(["p", "table", "sdt"]))
        if shape == "p":
            blocks.append(paragraph())
        elif shape == "sdt":
            blocks.append(f"<w:sdt><w:sdtContent>{paragraph()}</w:sdtContent></w:sdt>")
        else:
            cells = "".join(f"<w:tc>{paragraph()}</w:tc>" for _ in range(draw(st.integers(1, 3))))
            blocks.append(f"<w:tbl><w:tr>{cells}</w:tr></w:tbl>")
    return "".join(blocks), notes


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=word_body(), comments=st.booleans())
def test_any_mix_of_word_structures_keeps_every_word(tmp_path, case, comments):
    body_xml, notes = case
    path = make_word_package(
        tmp_path / "any.docx",
        body_xml,
        footnotes=notes["footnote"],
        endnotes=notes["endnote"],
        comments=notes["comment"],
    )
    parts = ("document", "footnotes", "endnotes") + (("comments",) if comments else ())
    expected = Counter(word_words(path, parts))
    if not expected:  # e.g. only deleted text: nothing to bring in, and the report says so
        with pytest.raises(ReadError, match="holds no text"):
            read(path, comments=comments)
        return
    doc = read(path, comments=comments)
    missing = expected - Counter(_words(doc.body))
    assert not missing, (missing, doc.body)
    assert not any("words of the Word file" in n or "word of the Word file" in n for n in doc.notes)
