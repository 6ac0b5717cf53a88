"""Any Markdown gives a PDF, never an exception: a corpus of hard cases and hypothesis."""

from __future__ import annotations

import pytest
import reportlab.lib.utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_cases.readback import case_files, flat, font_names, page_texts
from pypdf import PdfReader

from briefcase_app.pdf.fonts import FontError, resolve_fonts
from briefcase_app.pdf.markdown_doc import export_markdown

GENERATED = {
    "table_10000_rows": "| name | amount | note |\n|:--|--:|:-:|\n"
    + "".join(f"| row {i} | {i * 7} | n{i} |\n" for i in range(10_000)),
    "word_2mb": "y" * (2 * 1024 * 1024),
    "lists_50_deep": "".join("    " * i + f"- level {i}\n" for i in range(50)),
    "ordered_50_deep": "".join("   " * i + f"1. level {i}\n" for i in range(50)),
    "quotes_50_deep": ">" * 50 + " deep quote\n",
    "control_characters": "a\x00b\x01c\x08d\x0b\x0c\x1b[31mred\x7f\x85\u200e\u202etext\ufeff",
    "empty": "",
    "only_whitespace": " \n\t\n ",
    "many_columns": "|" + "|".join(f"c{i}" for i in range(45)) + "|\n|" + "---|" * 45 + "\n|" + "|".join("v" * 30 for _ in range(45)) + "|\n",
    "long_code_lines": "```\n" + "\n".join("z" * 900 for _ in range(5)) + "\n```\n",
    "huge_table_cell": "| a |\n|---|\n| " + "word " * 3000 + "|\n",
    "long_heading": "# " + "Heading " * 200,
    "unclosed_fence": "```\n<b>not closed",
}  # fmt: skip


@pytest.fixture(autouse=True)
def no_file_or_network_reads(monkeypatch):
    """Document content must never make reportlab open a file or URL (fonts load first)."""
    resolve_fonts({"a"})

    def refuse(*args, **kwargs):
        raise AssertionError(f"reportlab tried to open {args[:1]}")

    monkeypatch.setattr(reportlab.lib.utils, "open_for_read", refuse)
    monkeypatch.setattr(reportlab.lib.utils.ImageReader, "__init__", refuse)


def export(source: str, path) -> PdfReader:
    export_markdown(source, path, marking="OFFICIAL")
    reader = PdfReader(path)
    assert len(reader.pages) >= 1
    assert not any("Helvetica" in name for name in font_names(reader))  # would draw boxes
    return reader


def has_images(reader: PdfReader) -> bool:
    for page in reader.pages:
        xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
        for ref in xobjects.values():
            if ref.get_object().get("/Subtype") == "/Image":
                return True
    return False


@pytest.mark.parametrize("case", case_files(), ids=lambda p: p.stem)
def test_corpus_case_gives_a_pdf(case, tmp_path):
    reader = export(case.read_text(encoding="utf-8"), tmp_path / "out.pdf")
    assert not has_images(reader)


# 10,000 table rows make 264 pages (3 s): in the full run only; the fast loop has the others
SLOW_CASES = {"table_10000_rows"}


@pytest.mark.parametrize(
    "name", [pytest.param(n, marks=[pytest.mark.slow] if n in SLOW_CASES else []) for n in sorted(GENERATED)]
)
def test_generated_case_gives_a_pdf(name, tmp_path):
    export(GENERATED[name], tmp_path / "out.pdf")


def test_raw_html_is_shown_as_typed_and_nothing_is_loaded(tmp_path):
    source = (case_files()[0].parent / "raw_html.md").read_text(encoding="utf-8")
    text = flat(" ".join(page_texts(export(source, tmp_path / "out.pdf"))))
    assert "<script>alert('x')</script>" in text
    assert '<img src="/etc/passwd">' in text
    assert "root:" not in text
    assert "[Image: image]" in text  # an image inside a line: its alt text


def test_image_on_its_own_line_is_a_frame_with_its_alt_text(tmp_path):
    text = flat(" ".join(page_texts(export("![Map of the region](/etc/passwd)", tmp_path / "out.pdf"))))
    assert "Image: Map of the region (not included)" in text


def test_escaping_keeps_every_character(tmp_path):
    source = (case_files()[0].parent / "ampersands.md").read_text(encoding="utf-8")
    text = flat(" ".join(page_texts(export(source, tmp_path / "out.pdf"))))
    for expected in (
        "R&D, AT&T, Q&A, & < > A A &unknown;",  # character references are read as characters
        "1 < 2 > 0",
        "code with & and < and &amp;",
    ):
        assert expected in text


def test_heading_of_punctuation_is_in_outline(tmp_path):
    source = (case_files()[0].parent / "punctuation.md").read_text(encoding="utf-8")
    reader = export(source, tmp_path / "out.pdf")
    assert "...!!!" in [item.title for item in reader.outline if not isinstance(item, list)]


def test_long_table_repeats_its_header_on_every_page(tmp_path):
    source = "| name | amount | note |\n|:--|--:|:-:|\n" + "".join(
        f"| row {i} | {i * 7} | n{i} |\n" for i in range(300)
    )
    texts = page_texts(export(source, tmp_path / "out.pdf"))
    assert len(texts) > 3
    assert all("name amount note" in flat(t) for t in texts)
    assert "row 299 2093" in flat(texts[-1])


MARKDOWN_ALPHABET = list("<>&;\"'/=#*_`~[]()!|-:.\\ \n\t\x00\x1b") + list("aZ9яәҚ") + [
    "\n\n", "    ", "- ", "1. ", "> ", "```", "| a | b |\n|---|---|\n", "<b>", "<img src=x>", "&amp;",
    "[^1]", "[^1]: n\n", "](", "😀", "مرحبا", "\u202e", "R&D",
]  # fmt: skip


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(MARKDOWN_ALPHABET), max_size=80).map("".join))
def test_any_markdown_gives_a_pdf(tmp_path, source):
    export(source, tmp_path / "h.pdf")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=120))
def test_any_unicode_gives_a_pdf_or_names_the_missing_characters(tmp_path, source):
    try:
        export(source, tmp_path / "u.pdf")
    except FontError as e:
        assert "U+" in str(e)
