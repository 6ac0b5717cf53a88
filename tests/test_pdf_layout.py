"""Layout of a ~300-page pack: no heading at a page foot, every row printed, running heads,
footer, DRAFT watermark, landscape tables, marking, body size and PDF metadata."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pdf_cases.readback import flat, outline_entries, page_texts
from pdf_cases.words import pdf_text
from pypdf import PdfReader
from reportlab.platypus import Spacer

from briefcase_app.domain.models import SpeechStatus
from briefcase_app.pdf import document
from briefcase_app.pdf.content import MarkingTooLong
from briefcase_app.pdf.flowables import HeadingPara
from briefcase_app.pdf.markdown_doc import export_markdown
from briefcase_app.pdf.pack import export_pack

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from bench_pack import generated_pack  # noqa: E402

pytestmark = pytest.mark.slow  # processes, kills or hundreds of pages: ./test -m 'not slow' skips it


def big_pack(draft: bool):
    """The benchmark's ~300-page pack, each programme row with a token of its own."""
    content = generated_pack(0.8)
    for section in content.sections:
        for i, item in enumerate(section.items):
            if hasattr(item, "starts_at"):
                item.title = f"row{i:04d} {item.title}"
            if hasattr(item, "status"):
                item.status = SpeechStatus.DRAFT if draft and i == 3 else SpeechStatus.CLEARED
    return content


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory):
    """(reader, page texts, drawn flowables as (page, kind)) of the big pack, DRAFT."""
    drawn: list[tuple[int, str]] = []
    real = document.OnePassDoc.afterFlowable

    def record(self, flowable):
        kind = "heading" if isinstance(flowable, HeadingPara) else "body"
        if isinstance(flowable, Spacer) or getattr(flowable, "height", 1) == 0:
            kind = "space"
        drawn.append((self.canv.getPageNumber(), kind))

    document.OnePassDoc.afterFlowable = record
    try:
        path = export_pack(big_pack(draft=True), tmp_path_factory.mktemp("pack") / "pack.pdf")
    finally:
        document.OnePassDoc.afterFlowable = real
    reader = PdfReader(path)
    return reader, pdf_text(path).split("\f"), drawn, path


def test_the_pack_is_about_300_pages(laid_out):
    reader, *_ = laid_out
    assert 250 <= len(reader.pages) <= 420


def test_no_page_ends_with_a_heading(laid_out):
    _, _, drawn, _ = laid_out
    stranded = []
    for i, (page, kind) in enumerate(drawn):
        if kind == "heading":
            following = next((p for p, k in drawn[i + 1 :] if k == "body"), page)
            if following != page:
                stranded.append(page)
    assert not stranded, f"headings at the foot of pages {stranded[:10]}"


def test_every_programme_row_is_printed(laid_out):
    *_, path = laid_out
    text = pdf_text(path)
    missing = [i for i in range(480) if f"row{i:04d}" not in text]
    assert not missing


def test_continuation_pages_name_their_section_and_item(laid_out):
    _, texts, _, _ = laid_out
    heads = [flat(t) for t in texts if "(continued)" in t]
    assert len(heads) > 50
    assert any("2. Programme — Monday 2 March 2026 (continued)" in t for t in heads)


def watermarked(page) -> bool:
    return "/FormXob.watermark" in (page["/Resources"].get("/XObject") or {})


def test_footer_has_date_version_status_and_every_page_says_draft(laid_out):
    reader, texts, _, _ = laid_out
    for text in texts[: len(reader.pages)]:
        assert "1 March 2026 · Version 1 · Draft" in flat(text)
    assert all(watermarked(page) for page in reader.pages)


def test_a_cleared_pack_has_no_watermark(tmp_path):
    content = big_pack(draft=False)
    content.sections = [s for s in content.sections if s.section.kind.value == "speeches"]
    path = export_pack(content, tmp_path / "cleared.pdf")
    reader = PdfReader(path)
    texts = page_texts(reader)
    assert not any(watermarked(page) for page in reader.pages)
    assert all("Version 1 · Cleared" in flat(t) for t in texts)


def test_outline_has_cover_and_contents_and_opens_with_the_panel(laid_out):
    reader, *_ = laid_out
    assert [e[0] for e in outline_entries(reader)[:3]] == ["Cover", "Contents", "1. Steering brief"]
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_headings_are_bold(laid_out):
    reader, *_ = laid_out
    fonts = reader.pages[2]["/Resources"]["/Font"]
    assert any("Bold" in str(f.get_object()["/BaseFont"]) for f in fonts.values())


def test_wide_table_goes_on_landscape_pages_and_keeps_short_words_whole(tmp_path):
    header = "| " + " | ".join(f"Column {c}" for c in range(9)) + " |\n|" + "---|" * 9 + "\n"
    rows = "".join("| " + " | ".join(["Arrival", "Room", "+7-727-123-45-67"] * 3) + " |\n" for _ in range(30))
    path = export_markdown("Before.\n\n" + header + rows + "\nAfter.", tmp_path / "wide.pdf")
    reader = PdfReader(path)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    assert sizes[0][0] < sizes[0][1] and sizes[1][0] > sizes[1][1] and sizes[-1][0] < sizes[-1][1]
    text = pdf_text(path)
    assert text.count("+7-727-123-45-67") == 90 and text.count("Arrival") == 90


def test_a_row_never_splits_when_it_fits_on_a_page_and_the_header_repeats_only_at_the_top(tmp_path):
    rows = "".join(f"| r{i} | {'word ' * (5 + i % 40)} | +7-727-{i:03d} |\n" for i in range(200))
    path = export_markdown("| Name | Notes | Phone |\n|---|---|---|\n" + rows, tmp_path / "t.pdf")
    texts = page_texts(PdfReader(path))
    for text in texts:
        assert flat(text).count("Name Notes Phone") <= 1
    pages_of = {}
    for n, text in enumerate(texts):
        for i in range(200):
            if f"+7-727-{i:03d}" in text:
                pages_of.setdefault(i, set()).add(n)
    assert sorted(pages_of) == list(range(200)) and all(len(p) == 1 for p in pages_of.values())


def test_a_row_taller_than_a_page_is_split_inside_it(tmp_path):
    long_cell = " ".join(f"w{i}" for i in range(2500))
    path = export_markdown(f"| a | b |\n|---|---|\n| x | {long_cell} |\n| y | z |\n", tmp_path / "t.pdf")
    text = pdf_text(path)
    assert all(f"w{i}" in text.split() for i in range(2500)) and "z" in text.split()


def test_a_long_marking_wraps_and_a_longer_one_is_refused(tmp_path):
    marking = "OFFICIAL-SENSITIVE " + "HANDLE VIA APPROVED CHANNELS ONLY " * 3
    path = export_markdown("Text.", tmp_path / "m.pdf", marking=marking)
    assert "CHANNELS ONLY" in pdf_text(path)
    with pytest.raises(MarkingTooLong):
        export_markdown("Text.", tmp_path / "n.pdf", marking=marking * 3)


def test_body_size_option_sets_larger_type(tmp_path):
    text = "\n\n".join("Paragraph of body text that goes on for a while. " * 6 for _ in range(30))
    pages = [
        len(PdfReader(export_markdown(text, tmp_path / f"{s}.pdf", size=s)).pages) for s in (10.5, 12, 14)
    ]
    assert pages[0] < pages[1] < pages[2]


def test_levels_five_and_six_are_not_body_text():
    from briefcase_app.pdf.fonts import resolve_fonts
    from briefcase_app.pdf.styles import house_styles

    styles = house_styles(resolve_fonts({"a"}))
    for style in styles.headings[4:]:
        assert style.fontName != styles.body.fontName


def test_marking_and_footer_in_any_script_are_printed(tmp_path):
    path = export_markdown("Text.", tmp_path / "m.pdf", marking="OFFICIAL 机密 סודי")
    text = pdf_text(path)
    assert "机密" in text and text.count("OFFICIAL") == 2
