"""Fonts: a font that covers every character is embedded, or the export names what is missing."""

from __future__ import annotations

import shutil

import pytest
from pdf_cases.readback import flat, font_names, page_texts
from pypdf import PdfReader

from briefcase_app.domain.models import Fact, Kind
from briefcase_app.pdf.fonts import FONT_ENV, FontError, check_characters, resolve_fonts
from briefcase_app.pdf.markdown_doc import export_markdown
from briefcase_app.services.packs import export_pack

DEJAVU_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def test_default_family_has_bold_italic_and_mono():
    fonts = resolve_fonts(set("Қазақстан"))
    paths = [f.path for f in (fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic, fonts.mono)]
    assert len(set(paths)) == 5
    assert "DejaVuSans-Bold" in fonts.bold.path and "Oblique" in fonts.italic.path
    assert all("resources/fonts" in p for p in paths), "the bundled fonts, not the system's"


def test_missing_letters_fail_naming_them(tmp_path):
    with pytest.raises(FontError) as err:
        export_markdown("Amharic: ሰላም, Chinese: 漢字 and Kazakh: Қ", tmp_path / "x.pdf")
    message = str(err.value)
    assert "ሰ (U+1230" in message and "ላ (U+120B" in message and "Қ" not in message and "漢" not in message
    assert not (tmp_path / "x.pdf").exists()


def test_pack_with_uncovered_fact_fails_naming_the_character(records, demo, tmp_path):
    records.create(Fact(statement="ስብሰባ በቪየና", source="x", conference_id=demo.id))
    with pytest.raises(FontError, match="U\\+1235"):
        export_pack(records.store, demo, tmp_path / "p.pdf")


def test_symbols_no_font_draws_are_printed_by_name(tmp_path):
    reader = PdfReader(export_markdown("Thanks 👍 and ✈", tmp_path / "x.pdf"))
    assert "Thanks [thumbs up sign] and ✈" in flat(page_texts(reader)[0])
    assert check_characters(set("a👍漢ሰ")) == (["ሰ"], ["👍"])


def test_a_chosen_font_file_is_embedded_with_its_family(tmp_path):
    reader = PdfReader(export_markdown("**Bold** *it* Қазақ", tmp_path / "x.pdf", font=DEJAVU_SERIF))
    names = font_names(reader)
    assert any("DejaVuSerif-Bold" in n for n in names) and any("DejaVuSerif-Italic" in n for n in names)
    assert not any("DejaVuSans-" in n for n in names if "Mono" not in n)


def test_font_setting_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(FONT_ENV, DEJAVU_SERIF)
    names = font_names(PdfReader(export_markdown("x", tmp_path / "x.pdf")))
    assert any("DejaVuSerif" in n for n in names)


def test_a_font_without_the_family_uses_regular_for_bold(tmp_path):
    lone = tmp_path / "Lone.ttf"
    shutil.copy(DEJAVU_SERIF, lone)
    fonts = resolve_fonts({"a"}, lone)
    assert fonts.bold is fonts.regular is fonts.italic


@pytest.mark.parametrize("bad", ["/nonexistent/font.ttf", __file__])
def test_bad_font_files_are_clear_errors(bad):
    with pytest.raises(FontError):
        resolve_fonts({"a"}, bad)


def test_pack_font_option(records, demo, tmp_path):
    result = export_pack(records.store, demo, tmp_path / "p.pdf", font=DEJAVU_SERIF)
    assert any("DejaVuSerif" in n for n in font_names(PdfReader(result.path)))
    assert records.store.count(Kind.FACT, conference_id=demo.id) > 0
