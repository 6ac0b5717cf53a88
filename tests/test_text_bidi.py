"""Right-to-left runs in display order (python-bidi), Arabic shaped by HarfBuzz (reportlab +
uharfbuzz) in the PDF."""

from __future__ import annotations

import unicodedata

import pytest
from bidi import get_display
from hypothesis import given, settings
from hypothesis import strategies as st
from pdf_cases.readback import page_texts
from pypdf import PdfReader

from briefcase_app.pdf.markdown_doc import export_markdown
from briefcase_app.text.bidi import display_runs, has_rtl, is_rtl_paragraph, visual_text


def logical(visual: str) -> str:
    return unicodedata.normalize("NFKC", visual)


def test_runs_of_an_arabic_phrase_in_english():
    # right-to-left runs in reading order, to be shaped; numbers and Latin in place
    assert display_runs("Budget: الميزانية 136 مليون, end") == [
        ("Budget: ", False),
        ("مليون", True),
        (" 136 ", False),
        ("الميزانية", True),
        (", end", False),
    ]


def test_brackets_are_paired_and_mirrored():
    # the brackets of an Arabic name in English text stay around it (bracket pairs, N0)
    assert visual_text("abc (أحمد الطيب) 2012 def") == "abc (بيطلا دمحأ) 2012 def"
    # in an Arabic sentence they are mirrored: '(' of the text is drawn as ')' on the right
    assert visual_text("قال (أحمد) عام 2012") == "2012 ماع (دمحأ) لاق"


def test_hebrew_and_thaana_are_reversed():
    assert visual_text("שלום עולם") == "םלוע םולש"
    assert display_runs("ދިވެހިރާއްޖެ") == [("ދިވެހިރާއްޖެ", True)]


def test_text_without_rtl_is_untouched():
    assert display_runs("Қазақстан (R&D)") == [("Қазақстан (R&D)", False)]
    assert not has_rtl("Қазақстан 王毅")


def test_paragraph_direction_can_be_forced():
    assert visual_text("2012 قال", base_dir="R") == "لاق 2012"
    assert visual_text("2012 قال", base_dir="L") == "2012 لاق"


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابتلمنهويءآأإة שלום ََ .,0123456789abc()[]"))))
def test_display_order_agrees_with_python_bidi_and_keeps_every_character(text):
    fold = str.maketrans("()[]", "((((")  # brackets may be mirrored
    visual = visual_text(text)
    assert sorted(visual.translate(fold)) == sorted(text.translate(fold))
    # python-bidi's own display order (which leaves brackets unmirrored)
    assert visual.translate(fold) == get_display(text).translate(fold)


def test_direction_of_a_paragraph():
    assert is_rtl_paragraph("שלום") and is_rtl_paragraph("ދިވެހި") and is_rtl_paragraph("136 قال")
    assert not is_rtl_paragraph("Kazakhstan قال") and not is_rtl_paragraph("王毅")


@pytest.mark.parametrize(
    "phrase", ["مكافحة الاتجار بالمخدرات جزء دائم من سياسة الدولة", "فيينا", "الإعلان المشترك"]
)
def test_arabic_in_a_pdf_extracts_as_written(phrase, tmp_path):
    reader = PdfReader(export_markdown(f"> Quote: {phrase}.", tmp_path / "a.pdf"))
    assert phrase in logical(page_texts(reader)[0])
