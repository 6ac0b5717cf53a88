"""The podium reading copy: large type, no paragraph split, page numbers, continued cues."""

from __future__ import annotations

import re

import pytest
from pdf_cases.readback import flat, page_texts
from pypdf import PdfReader

from briefcase_app.domain.models import Kind, Speech
from briefcase_app.services.exporting import export_speech


@pytest.fixture
def long_speech(records, demo):
    paragraphs = [
        f"START{n} " + "We stand together against drug trafficking. " * (4 + n % 5) + f"END{n}"
        for n in range(30)
    ]
    speech = Speech(title="Long statement", speaker="Kairat Umarov", body="\n\n".join(paragraphs),
                    conference_id=demo.id, target_minutes=10)  # fmt: skip
    records.create(speech)
    return speech


def test_no_paragraph_is_split_across_pages(long_speech, records, tmp_path):
    path = export_speech(records.store, long_speech.id, tmp_path / "rc.pdf", marking="OFFICIAL")
    texts = [flat(t) for t in page_texts(PdfReader(path))]
    assert len(texts) >= 4
    for n in range(30):
        pages = [i for i, t in enumerate(texts) if re.search(rf"\b(START|END){n}\b", t)]
        assert len(pages) == 1, f"paragraph {n} is on pages {pages}"


def test_every_page_but_the_last_says_continued(long_speech, records, tmp_path):
    path = export_speech(records.store, long_speech.id, tmp_path / "rc.pdf")
    texts = page_texts(PdfReader(path))
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in flat(text)
        assert ("continued overleaf" in text) == (number < total)
    assert "— end —" in texts[-1]


def test_reading_copy_uses_large_type(long_speech, records, tmp_path):
    path = export_speech(records.store, long_speech.id, tmp_path / "rc.pdf")
    page = PdfReader(path).pages[0]
    sizes = []
    page.extract_text(
        visitor_text=lambda text, cm, tm, font, size: (
            sizes.append(size * tm[0]) if "We stand" in text else None
        )
    )
    assert sizes and min(sizes) >= 16


def test_header_gives_words_and_time(records, demo, tmp_path):
    speech = records.store.list(Kind.SPEECH, conference_id=demo.id)[0]
    text = flat(
        page_texts(
            PdfReader(export_speech(records.store, speech.id, tmp_path / "rc.pdf", words_per_minute=100))
        )[0]
    )
    assert speech.title[:40] in text and "at 100 wpm" in text


def test_house_style_speech_export(records, demo, tmp_path):
    speech = records.store.list(Kind.SPEECH, conference_id=demo.id)[0]
    path = export_speech(records.store, speech.id, tmp_path / "s.pdf", reading_copy=False)
    text = flat(" ".join(page_texts(PdfReader(path))))
    assert "Three areas for coordinated effort" in text and "continued overleaf" not in text
