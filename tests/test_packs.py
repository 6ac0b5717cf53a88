"""The demo briefing pack read back with pypdf: contents, outline, marking, page totals, text."""

from __future__ import annotations

import datetime as dt
import os
import re

import pytest
from pdf_cases.readback import flat, font_names, link_targets, outline_entries, page_texts
from pypdf import PdfReader

from briefcase_app.domain.models import Kind, Pack, PackSection, SectionKind
from briefcase_app.services.demo import fill_demo
from briefcase_app.services.packs import assemble_pack, export_pack, find_pack
from briefcase_app.services.records import RecordService
from briefcase_app.store import Store

TODAY = dt.date(2026, 11, 29)


@pytest.fixture(scope="module")
def demo_pack(tmp_path_factory):
    """The demo store's pack, exported once for the module: (path, reader, texts, store path)."""
    folder = tmp_path_factory.mktemp("pack")
    store = Store.open(folder / "store.db")
    conference = fill_demo(RecordService(store))
    result = export_pack(store, conference, folder / "pack.pdf", today=TODAY)
    store.close()
    reader = PdfReader(result.path)
    return result.path, reader, page_texts(reader)


def contents_pages(texts: list[str]) -> list[int]:
    return [i for i, t in enumerate(texts) if "Contents" in t.split("\n")[:6]]


def body_entries(reader) -> list:
    """Outline entries after the cover and contents (which the contents do not list)."""
    entries = outline_entries(reader)
    assert [title for title, _, _ in entries[:2]] == ["Cover", "Contents"]
    return entries[2:]


def test_outline_mirrors_sections_and_items(demo_pack):
    _, reader, texts = demo_pack
    entries = outline_entries(reader)
    sections = [title for title, depth, _ in entries if depth == 0]
    assert sections == [
        "Cover",
        "Contents",
        "1. Steering brief",
        "2. Programme",
        "3. Logistics and scenario",
        "4. People",
        "5. Contacts",
        "6. Objectives and key messages",
        "7. Lines to take",
        "8. Speeches",
        "9. Background",
        "Annex 1: Draft Joint Vienna Declaration",
    ]
    items = [title for title, depth, _ in entries if depth == 1]
    for expected in ("Kairat Umarov", "Айгерим Сейткали", "Budget of the national programme", "Прекурсоры"):
        assert expected in items


def test_every_outline_entry_points_to_the_page_with_its_heading(demo_pack):
    _, reader, texts = demo_pack
    for title, _, page in body_entries(reader):
        assert title in flat(texts[page]), f"{title!r} not on page {page + 1}"
        assert page not in contents_pages(texts)


def test_contents_page_numbers_match_the_headings_pages(demo_pack):
    _, reader, texts = demo_pack
    contents = flat(" ".join(texts[i] for i in contents_pages(texts)))
    entries = body_entries(reader)
    assert len(entries) >= 20
    for title, _, page in entries:
        assert f"{title} {page + 1}" in contents, f"contents do not say {title!r} is on page {page + 1}"


def test_contents_entries_link_to_their_pages(demo_pack):
    _, reader, texts = demo_pack
    targets = [t for i in contents_pages(texts) for t in link_targets(reader, i)]
    assert targets == [page for _, _, page in body_entries(reader)]


def test_marking_top_and_bottom_and_page_x_of_y_on_every_page(demo_pack):
    _, reader, texts = demo_pack
    total = len(texts)
    assert total >= 8
    for number, text in enumerate(texts, start=1):
        assert text.count("OFFICIAL-SENSITIVE") >= 2, f"page {number} lacks its marking"
        assert f"Page {number} of {total}" in flat(text)
        assert len(re.findall(r"Page \d+ of \d+", flat(text))) == 1


def test_kazakh_and_russian_text_extracts_as_written(demo_pack):
    _, _, texts = demo_pack
    text = flat(" ".join(texts))
    for phrase in (
        "Есірткі саудасына қарсы күрес",
        "Қазақстан Республикасының мемлекеттік саясатының тұрақты бөлігіне айналды.",
        "Отвечает за подготовку досье делегации",
        "Казахстан выступает за усиление контроля над прекурсорами",
    ):
        assert phrase in text


def test_cover_says_who_what_where_and_when(demo_pack):
    _, _, texts = demo_pack
    cover = flat(texts[0])
    for expected in (
        "Third Ministerial Conference of the Paris Pact Partners",
        "16 February 2012",
        "Hofburg Palace, Vienna",
        "Briefing for H.E. Kairat Umarov",
        "Head of delegation: Kairat Umarov",
        "Prepared 29 November 2026 · Version 1",
    ):
        assert expected in cover


def test_sections_hold_their_content(demo_pack):
    _, _, texts = demo_pack
    text = flat(" ".join(texts))
    assert "09:30–10:15 Opening of the conference" in text  # programme as a table row
    assert "Q: Is Kazakhstan cutting its counter-narcotics budget" in text
    assert "A: No. The 2009-2011 programme" in text
    assert re.search(r"\d+ words · about \d+ min \d+ s at 130 wpm \(target 5 min\)", text)
    assert "Source: MFA of Kazakhstan" in text and "as of 17 February 2012" in text
    assert "Source: not given" in text


def test_metadata_and_private_file(demo_pack):
    path, reader, _ = demo_pack
    meta = reader.metadata
    assert meta.title == "Briefing pack: Paris Pact ministerial, Vienna"
    assert meta.author == "Ministry of Foreign Affairs"
    assert "Third Ministerial Conference of the Paris Pact Partners" in meta.subject
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert [p.name for p in path.parent.iterdir() if p.suffix == ".part"] == []


def test_embedded_fonts_are_truetype_subsets(demo_pack):
    _, reader, _ = demo_pack
    fonts = font_names(reader)
    assert fonts and all("DejaVu" in f for f in fonts), fonts
    assert not any("Helvetica" in f for f in fonts)


def test_pack_order_and_chosen_items_are_respected(records, demo, tmp_path):
    store = records.store
    facts = store.list(Kind.FACT, conference_id=demo.id)
    pack = Pack(
        conference_id=demo.id,
        title="Short pack",
        marking="SECRET",
        sections=[
            PackSection(SectionKind.BACKGROUND, "Key facts", [facts[1].id]),
            PackSection(SectionKind.PROGRAMME),
        ],
    )
    records.create(pack)
    result = export_pack(store, demo, tmp_path / "short.pdf", pack_ref="Short pack", today=TODAY)
    reader = PdfReader(result.path)
    sections = [t for t, depth, _ in body_entries(reader) if depth == 0]
    assert sections == ["1. Key facts", "2. Programme", "Annex 1: Draft Joint Vienna Declaration"]
    text = flat(" ".join(page_texts(reader)))
    assert facts[1].statement in text and facts[0].statement not in text
    assert text.count("SECRET") >= 2 * len(reader.pages)


def test_marking_option_overrides_the_packs(records, demo, tmp_path):
    content, _ = assemble_pack(
        records.store, demo, find_pack(records.store, demo, None), marking="TOP SECRET"
    )
    assert content.effective_marking == "TOP SECRET"


def test_a_conference_without_a_pack_gets_every_section(records, tmp_path):
    from briefcase_app.domain.models import Conference

    conference = Conference(title="Bare conference", venue="Palais", city="Geneva")
    records.create(conference)
    result = export_pack(records.store, conference, tmp_path / "bare.pdf", today=TODAY)
    reader = PdfReader(result.path)
    assert len([t for t, depth, _ in body_entries(reader) if depth == 0]) == 6
    assert "No items in this section." in flat(" ".join(page_texts(reader)))
    assert any("is empty" in f.message for f in result.findings)
