"""Any script prints: names and phrases in the scripts of real briefs export in paragraphs,
headings and table cells, drawn by the bundled fonts, and extract as written."""

from __future__ import annotations

import subprocess
import unicodedata

import pytest
from pdf_cases.readback import flat, page_texts
from pypdf import PdfReader

from briefcase_app.domain.models import Fact, Person, Role
from briefcase_app.pdf.fonts import FontError
from briefcase_app.pdf.markdown_doc import export_markdown
from briefcase_app.resources import fonts_dir
from briefcase_app.services.packs import export_pack

#: script -> a name or phrase as it appears in a brief
SAMPLES = {
    "Chinese": "王毅",
    "Japanese": "岸田文雄 ひらがな カタカナ",
    "Korean": "윤석열 대통령",
    "Hebrew": "שלום עולם",
    "Arabic": "الإعلان المشترك",
    "Thaana": "ދިވެހިރާއްޖެ",
    "Devanagari": "नरेन्द्र मोदी",
    "Armenian": "Հայաստան",
    "Georgian": "საქართველო",
    "Greek": "Ελλάδα",
    "Kazakh": "Қазақстан Республикасы",
    "Russian": "Министерство иностранных дел",
}
RTL = {"Hebrew", "Arabic", "Thaana"}


def _source() -> str:
    parts = ["# Delegations\n"]
    for script, text in SAMPLES.items():
        parts.append(f"## {script}: {text}\n\nThe {script} name is {text} in a paragraph.\n")
    parts.append("| Script | Name |\n|---|---|")
    parts += [f"| {script} | {text} |" for script, text in SAMPLES.items()]
    return "\n".join(parts) + "\n"


def logical(text: str) -> str:
    """Presentation forms folded back (NFKC) and spaces collapsed."""
    text = "".join(ch for ch in text if ch not in "\u202a\u202b\u202c\u202d\u202e")
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def many_scripts(tmp_path_factory):
    target = tmp_path_factory.mktemp("scripts") / "scripts.pdf"
    export_markdown(_source(), target)
    return target


def test_every_script_exports_and_embeds_the_bundled_fonts(many_scripts):
    out = subprocess.run(["pdffonts", str(many_scripts)], capture_output=True, text=True, check=True).stdout
    for name in (
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DroidSansFallback",
        "NanumSquare",
        "NotoSansThaana",
        "NotoSansDevanagari",
    ):
        assert name in out, f"{name} not embedded:\n{out}"
    assert "Helvetica" not in out
    for line in out.splitlines()[2:]:
        assert line.split()[-5:-3] == ["yes", "yes"], f"not an embedded subset: {line}"


def test_every_script_extracts_as_written(many_scripts):
    text = logical(" ".join(page_texts(PdfReader(many_scripts))))
    for script, sample in SAMPLES.items():
        words = sample.split()
        if script in RTL:  # pypdf gives a right-to-left phrase's words in either order
            assert all(logical(w) in text for w in words), f"{script} lost: {sample}"
        else:
            assert logical(sample) in text, f"{script} lost: {sample}"


def test_arabic_in_a_table_cell_is_shaped_and_reads_as_written(tmp_path):
    """pdftotext gives the cell in display order: each word's joined forms (presentation
    forms, so shaped), which fold back to the words as written."""
    target = tmp_path / "cell.pdf"
    export_markdown("| Name | Arabic |\n|---|---|\n| Declaration | الإعلان المشترك |\n", target)
    raw = subprocess.run(["pdftotext", "-raw", str(target), "-"], capture_output=True, text=True).stdout
    line = next(line for line in raw.splitlines() if "Declaration" in line)
    arabic = line.split("Declaration", 1)[1].strip()
    assert any("\ufe70" <= ch <= "\ufeff" for ch in arabic), f"not joined: {arabic!r}"
    assert sorted(logical(arabic).split()) == sorted("الإعلان المشترك".split())


def test_a_chosen_cjk_font_keeps_latin(tmp_path):
    target = tmp_path / "cjk.pdf"
    export_markdown("Minister 王毅 met **Қазақстан**", target, font=fonts_dir() / "DroidSansFallbackFull.ttf")
    assert "Minister 王毅 met Қазақстан" in flat(page_texts(PdfReader(target))[0])


def test_a_character_no_bundled_font_has_is_a_one_line_error(tmp_path):
    with pytest.raises(FontError) as err:
        export_markdown("Amharic: ሰላም and 王毅", tmp_path / "x.pdf")
    message = str(err.value)
    assert "\n" not in message and "ሰ (U+1230 ETHIOPIC SYLLABLE SA)" in message
    assert "王" not in message
    assert not (tmp_path / "x.pdf").exists()


def test_pack_with_names_in_every_script_exports(records, demo, tmp_path):
    """People (a heading each), a fact, and the pack's table of programme rows."""
    records.create(Fact(statement="会议在维也纳举行 (王毅)", source="x", conference_id=demo.id))
    for script, name in SAMPLES.items():
        records.add_participant(
            demo.id, Person(name=name, position=f"{script} delegate", country=name), Role.SPEAKER
        )
    result = export_pack(records.store, demo, tmp_path / "p.pdf")
    text = logical(" ".join(page_texts(PdfReader(result.path))))
    assert "会议在维也纳举行 (王毅)" in text
    for script, name in SAMPLES.items():
        assert all(logical(w) in text for w in name.split()), f"{script} lost: {name}"


def test_draw_string_draws_each_character_from_a_face_that_has_it(tmp_path):
    """For single lines drawn on the canvas (running heads, footer, marking)."""
    from reportlab.pdfgen.canvas import Canvas

    from briefcase_app.pdf.fonts import resolve_fonts

    line = "Vienna 王毅 윤석열 الإعلان ދިވެހި"
    fonts = resolve_fonts(set(line))
    target = tmp_path / "line.pdf"
    canv = Canvas(str(target))
    fonts.draw_string(canv, 500, 700, line, fonts.bold.name, 10, align="right")
    canv.save()
    out = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    for name in ("DejaVuSans-Bold", "DroidSansFallback", "NanumSquareB", "NotoSansThaana-Bold"):
        assert name in out
    text = logical(page_texts(PdfReader(target))[0])
    assert all(logical(word) in text for word in line.split())
    assert fonts.string_width(line, fonts.bold.name, 10) > fonts.string_width("Vienna", fonts.bold.name, 10)


def test_a_thaana_paragraph_is_drawn_in_a_thaana_font(tmp_path):
    target = tmp_path / "dv.pdf"
    export_markdown("ދިވެހިރާއްޖެ ދިވެހިރާއްޖެ", target)
    out = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    assert "NotoSansThaana" in out


def test_spaces_and_joiners_stay_in_the_run_around_them():
    from briefcase_app.pdf.fonts import resolve_fonts

    text = "王毅 大通 and क्\u200dष"
    fonts = resolve_fonts(set(text))
    runs = [(face.path.rsplit("/", 1)[-1], piece) for face, piece in fonts.runs(text, fonts.regular)]
    assert runs[0] == ("DroidSansFallbackFull.ttf", "王毅 大通 ")
    assert runs[-1][0] == "NotoSansDevanagari-Regular.ttf" and len(runs) == 3
