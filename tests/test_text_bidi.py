"""Arabic shaping and right-to-left runs in visual order, for a renderer without bidi."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdf_cases.readback import page_texts
from pypdf import PdfReader

from briefcase_app.pdf.markdown_doc import export_markdown
from briefcase_app.text.bidi import shape_arabic, visual_order


def logical(visual: str) -> str:
    return unicodedata.normalize("NFKC", visual)


def test_joining_forms():
    # beh initial, reh final (reh never joins forward), alef isolated after it
    assert shape_arabic("برا") == "\ufe91\ufeae\ufe8d"
    # seen initial, lam-alef final (ligature), meem isolated (lam-alef never joins forward)
    assert shape_arabic("سلام") == "\ufeb3\ufefc\ufee1"
    assert logical(shape_arabic("سلام")) == "سلام"


def test_lam_alef_ligature():
    assert shape_arabic("لا") == "\ufefb"
    assert shape_arabic("بلا") == "\ufe91\ufefc"


def test_marks_are_transparent_to_joining():
    shaped = shape_arabic("بَب")
    assert shaped[0] == "\ufe91" and shaped[1] == "\u064e" and shaped[2] == "\ufe90"


def test_runs_are_reversed_but_numbers_and_latin_stay():
    text = "Budget: الميزانية 136 مليون, end"
    visual = visual_order(text)
    assert visual.startswith("Budget: ") and visual.endswith(", end")
    assert " 136 " in visual
    assert (
        logical(visual[len("Budget: ") : -len(", end")][::-1].replace("631", "136")) == "الميزانية 136 مليون"
    )


def test_hebrew_is_reversed_unshaped():
    assert visual_order("שלום עולם") == "םלוע םולש"


def test_text_without_rtl_is_untouched():
    assert visual_order("Қазақстан (R&D)") == "Қазақстан (R&D)"


def test_forms_the_font_lacks_are_not_used():
    assert shape_arabic("برا", covers=lambda ch: False) == "برا"


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابتلمنهويءآأإة ََ .,0123456789abc()"))))
def test_visual_order_keeps_every_letter(text):
    visual = visual_order(text)
    assert sorted(logical(visual).replace("\u0644\u0627", "")) == sorted(
        logical(text).replace("\u0644\u0627", "")
    ) or (len(logical(visual)) == len(logical(text)))


@pytest.mark.parametrize(
    "phrase", ["مكافحة الاتجار بالمخدرات جزء دائم من سياسة الدولة", "فيينا", "الإعلان المشترك"]
)
def test_arabic_in_a_pdf_extracts_as_written(phrase, tmp_path):
    reader = PdfReader(export_markdown(f"> Quote: {phrase}.", tmp_path / "a.pdf"))
    assert phrase in logical(page_texts(reader)[0])
