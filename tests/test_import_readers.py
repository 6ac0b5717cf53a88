"""Readers: encodings, front matter, Word, PDF, manifests, names and languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from import_cases import make_docx, make_pdf

from briefcase_app.services.readers import ReadError, detect_language, read_document, read_manifest
from briefcase_app.services.readers.meta import date_from_name, title_from_name


def read(name: str, data: bytes):
    return read_document(Path(name), data)


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Уважаемые коллеги!".encode("cp1251"), "Уважаемые коллеги!"),
        ("Привет".encode("cp1251"), "Привет"),
        ("Привет, мир".encode("koi8_r"), "Привет, мир"),
        ("Ещё раз, коллеги".encode("cp866"), "Ещё раз, коллеги"),
        ("Café au lait".encode("cp1252"), "Café au lait"),
        (b"Ladies and gentlemen", "Ladies and gentlemen"),
        ("\ufeffСәлеметсіз бе".encode(), "Сәлеметсіз бе"),
        ("Құрметті".encode("utf-16"), "Құрметті"),
        (b"line one\r\nline two\r\n", "line one\nline two\n"),
        ("Cafe\u0301".encode(), "Caf\u00e9"),  # NFC: e + combining acute becomes é
    ],
)
def test_text_is_decoded_and_normalised(data, expected):
    assert read("a.txt", data).body == expected


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
    ],
)
def test_unreadable_text_is_a_read_error(data, reason):
    with pytest.raises(ReadError, match=reason):
        read("speech.txt", data)


def test_markdown_front_matter_and_first_heading():
    doc = read(
        "a.md",
        b"---\ntitle: Opening\ndate: 2012-02-16\ntags: [drugs, afghanistan]\n---\n# Heading\n\nText\n",
    )
    assert doc.meta == {"title": "Opening", "date": "2012-02-16", "tags": ["drugs", "afghanistan"]}
    assert doc.body == "# Heading\n\nText\n" and doc.heading == "Heading"


@pytest.mark.parametrize("front", [b"---\ntitle: [unclosed\n---\nText\n", b"---\n- a list\n---\nText\n"])
def test_bad_front_matter_is_a_read_error(front):
    with pytest.raises(ReadError, match="front matter"):
        read("a.md", front)


def test_markdown_without_front_matter_keeps_a_horizontal_rule():
    doc = read("a.md", b"Text\n\n---\n\nMore\n")
    assert doc.meta == {} and doc.body == "Text\n\n---\n\nMore\n"


def test_docx_becomes_markdown(tmp_path):
    doc = read("a.docx", make_docx(tmp_path / "a.docx").read_bytes())
    assert doc.heading == "Statement on precursors"
    assert doc.body == (
        "# Statement on precursors\n\n"
        "Mr Chairman, we **strongly** support the Vienna Declaration.\n\n"
        "## Our priorities\n\n"
        "- Border control\n- Precursor chemicals\n1. First, cooperate\n\n"
        "| Country | Seizures |\n|---|---|\n| Kazakhstan | 12 t |\n"
    )


@pytest.mark.parametrize("data", [b"PK\x03\x04broken", b"not a zip at all", b"PK\x05\x06" + b"\x00" * 18])
def test_broken_docx_is_a_read_error(data):
    with pytest.raises(ReadError, match="Word"):
        read("a.docx", data)


def test_pdf_text_is_read(tmp_path):
    doc = read("a.pdf", make_pdf(tmp_path / "a.pdf").read_bytes())
    assert "Paris Pact partners" in doc.body and "northern route" in doc.body


def test_scanned_pdf_without_text_is_a_read_error(tmp_path):
    with pytest.raises(ReadError, match="no text"):
        read("scan.pdf", make_pdf(tmp_path / "scan.pdf", lines=[]).read_bytes())


def test_truncated_pdf_is_a_read_error(tmp_path):
    data = make_pdf(tmp_path / "a.pdf").read_bytes()
    with pytest.raises(ReadError):
        read("a.pdf", data[: len(data) // 3])


def test_unknown_suffix_is_a_read_error():
    with pytest.raises(ReadError, match="not a file type"):
        read("a.doc", b"old word")


def test_manifest_rows_and_their_errors():
    manifest = read_manifest(
        b"File,Title,date,tags,kind,notes\n"
        b"a.txt,Opening,2012-02-16,drugs; afghanistan ,speech,ignored\n"
        b"b.txt,,16/02/2012,,,\n"
        b"c.txt,,,,memo,\n"
        b",orphan,,,,\n"
    )
    a, b, c = manifest.rows["a.txt"], manifest.rows["b.txt"], manifest.rows["c.txt"]
    assert a.meta == {
        "title": "Opening",
        "date": "2012-02-16",
        "tags": ["drugs", "afghanistan"],
        "kind": "speech",
    }
    assert a.error == "" and "not a date" in b.error and "memo" in c.error and b.line == 3
    assert manifest.problems == ["line 5: no file named"]


def test_manifest_with_semicolons_and_cp1251():
    manifest = read_manifest("file;title\nr.txt;Речь министра\n".encode("cp1251"))
    assert manifest.rows["r.txt"].meta == {"title": "Речь министра"}


@pytest.mark.parametrize("data", [b"title,date\nx,2012-01-01\n", b"", b"\x00\x01\x02"])
def test_manifest_without_a_file_column_is_a_problem(data):
    manifest = read_manifest(data)
    assert manifest.rows == {} and len(manifest.problems) == 1


@pytest.mark.parametrize(
    "text, language",
    [
        ("Қазақстан Республикасының Сыртқы істер министрі", "kk"),
        ("Министр иностранных дел Республики Казахстан", "ru"),
        ("Министр посетил Қазақстан", "ru"),  # one Kazakh name in Russian text
        ("The Minister for Foreign Affairs", "en"),
        ("", "en"),
    ],
)
def test_language_is_detected(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "name, date",
    [
        ("2012-02-16 statement.txt", dt.date(2012, 2, 16)),
        ("statement_2012_02_16.docx", dt.date(2012, 2, 16)),
        ("16.02.2012-vienna.pdf", dt.date(2012, 2, 16)),
        ("speech20120216.md", dt.date(2012, 2, 16)),
        ("speech-2012-13-45.md", None),
        ("speech 12345.txt", None),
    ],
)
def test_date_from_file_name(name, date):
    assert date_from_name(name) == date


def test_title_from_file_name():
    assert title_from_name(Path("2012-02-16_opening-statement.txt")) == "opening statement"
    assert title_from_name(Path("2012-02-16.txt")) == "2012-02-16"
