"""The podium reading copy: large type, no paragraph split, page numbers, continued cues."""

from __future__ import annotations

import datetime as dt
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


def speech_with(records, demo, body: str, language: str = "en", **fields) -> Speech:
    speech = Speech(title="Statement on flows", speaker="K. Umarov", body=body, conference_id=demo.id,
                    language=language, date=dt.date(2012, 2, 16), **fields)  # fmt: skip
    records.create(speech)
    return speech


def test_a_paragraph_longer_than_a_page_turns_only_between_sentences(records, demo, tmp_path):
    body = " ".join(f"Sentence S{n}a opens here and S{n}b closes it." for n in range(160))
    speech = speech_with(records, demo, body)
    texts = [
        flat(t) for t in page_texts(PdfReader(export_speech(records.store, speech.id, tmp_path / "r.pdf")))
    ]
    assert len(texts) >= 3
    for n in range(160):
        pages = {i for i, t in enumerate(texts) for w in (f"S{n}a", f"S{n}b") if re.search(rf"\b{w}\b", t)}
        assert len(pages) == 1, f"sentence {n} is split over pages {sorted(pages)}"


@pytest.mark.parametrize("filler", range(0, 12))
def test_a_paragraph_ending_in_a_colon_stays_with_its_list(records, demo, tmp_path, filler):
    paragraphs = [
        f"Filler paragraph F{n} speaks of cooperation and of flows." * (1 + n % 3) for n in range(filler)
    ]
    body = "\n\n".join(
        [*paragraphs, "We act in three main areas:", "- ALPHA area\n- BETA area\n- GAMMA area"]
    )
    speech = speech_with(records, demo, body)
    texts = page_texts(PdfReader(export_speech(records.store, speech.id, tmp_path / "r.pdf")))
    colon = next(i for i, t in enumerate(texts) if "three main areas:" in t)
    assert "ALPHA" in texts[colon]


def test_title_and_large_page_numbers_top_right_on_every_page(long_speech, records, tmp_path):
    reader = PdfReader(export_speech(records.store, long_speech.id, tmp_path / "rc.pdf"))
    for number, page in enumerate(reader.pages, start=1):
        found = []
        page.extract_text(
            visitor_text=lambda text, cm, tm, font, size, found=found: found.append((text, size, tm, cm))
        )
        labels = [
            (size * tm[0], cm[5] + tm[5])
            for text, size, tm, cm in found
            if text.startswith(f"Page {number} of")
        ]
        assert labels and labels[0][0] >= 14 and labels[0][1] > float(page.mediabox.height) / 2
        assert "Long statement" in flat(page.extract_text())


@pytest.mark.parametrize(
    "language,label,page,date",
    [
        ("en", "Reading copy", "Page 1 of 1", "16 February 2012"),
        ("ru", "Текст для выступления", "Стр. 1 из 1", "16 февраля 2012 г."),
        ("kk", "Сөйлеу мәтіні", "1-бет, барлығы 1", "2012 жылғы 16 ақпан"),
    ],
)
def test_labels_and_dates_in_the_speech_language(records, demo, tmp_path, language, label, page, date):
    speech = speech_with(records, demo, "Короткий текст.", language=language)
    text = flat(page_texts(PdfReader(export_speech(records.store, speech.id, tmp_path / "r.pdf")))[0])
    assert label in text and page in text and date in text
    assert language == "en" or "Reading copy" not in text
