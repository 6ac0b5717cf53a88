"""A pack in the language of the pack: every fixed word, date and page number in Russian or
Kazakh (read back from the PDF), chosen by the pack's own language or `export pack --language`."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pdf_cases.readback import flat, page_texts
from pypdf import PdfReader

from briefcase_app.domain.models import (
    Conference,
    Fact,
    Kind,
    Pack,
    Person,
    PointKind,
    ProgrammeItem,
    Role,
    Speech,
    SpeechStatus,
    TalkingPoint,
    default_sections,
)
from briefcase_app.pdf.wording import PACK_WORDS, date_range, long_date, words
from briefcase_app.services.packs import export_pack

#: text a Russian or Kazakh pack must show (its fixed words, dates, page numbers)
EXPECTED = {
    "ru": [
        "ПАПКА МАТЕРИАЛОВ",
        "Содержание",
        "1. Программа",
        "Персоналии",
        "Тезисы позиции",
        "Справочные материалы",
        "Источник: МИД",
        "по состоянию на 1 февраля 2012 г.",
        "16–17 февраля 2012 г.",
        "Четверг, 16 февраля 2012 г.",
        "Стр. 1 из",
        "Редакция 1",
        "Проект",
        "ПРОЕКТ",
        "Глава делегации",
        "В: ",
        "Материалы для: министра",
    ],
    "kk": [
        "МАТЕРИАЛДАР ПАПКАСЫ",
        "Мазмұны",
        "1. Бағдарлама",
        "Тұлғалар",
        "Ұстаным тезистері",
        "Анықтамалық материалдар",
        "Дереккөз: СІМ",
        "мәлімет күні: 2012 жылғы 1 ақпан",
        "2012 жылғы 16–17 ақпан",
        "Бейсенбі, 2012 жылғы 16 ақпан",
        "1-бет, барлығы",
        "Нұсқа 1",
        "Жоба",
        "ЖОБА",
        "Делегация басшысы",
        "С: ",
        "Кімге арналған: министрге",
    ],
}
#: the pack's own text in each language, so any Latin word left in the PDF is a fixed word
CONTENT = {
    "ru": {
        "title": "Конференция партнёров Парижского пакта",
        "short": "Парижский пакт, Вена",
        "city": "Вена",
        "event": "Пленарное заседание",
        "person": "Ерлан Идрисов",
        "counterpart": "Юрий Федотов",
        "speech": "Выступление министра",
        "text": "Мы благодарим Австрию за проведение встречи.",
        "source": "МИД",
        "recipient": "министра",
        "marking": "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ",
    },
    "kk": {
        "title": "Париж пактісі серіктестерінің конференциясы",
        "short": "Париж пактісі, Вена",
        "city": "Вена",
        "event": "Пленарлық отырыс",
        "person": "Ерлан Ыдырысов",
        "counterpart": "Юрий Федотов",
        "speech": "Министрдің баяндамасы",
        "text": "Кездесуді өткізгені үшін Австрияға алғыс білдіреміз.",
        "source": "СІМ",
        "recipient": "министрге",
        "marking": "ҚЫЗМЕТТІК ПАЙДАЛАНУ ҮШІН",
    },
}


def fill(records, language: str) -> tuple[Conference, Pack]:
    """A conference with an item in every section, all its own text in `language`."""
    t = CONTENT[language]
    conference = Conference(
        title=t["title"],
        short_title=t["short"],
        city=t["city"],
        venue=t["city"],
        start_date=dt.date(2012, 2, 16),
        end_date=dt.date(2012, 2, 17),
    )
    records.create(conference)
    cid = conference.id
    records.create(
        ProgrammeItem(
            conference_id=cid,
            title=t["event"],
            starts_at=dt.datetime(2012, 2, 16, 9, 30),
            ends_at=dt.datetime(2012, 2, 16, 11),
            place=t["city"],
            attendees=t["person"],
            notes=t["text"],
        )
    )
    records.add_participant(
        cid, Person(name=t["person"], position=t["source"], biography=t["text"]), Role.HEAD_OF_DELEGATION
    )
    records.add_participant(cid, Person(name=t["counterpart"], biography=t["text"]), Role.COUNTERPART)
    records.create(
        Speech(
            title=t["speech"],
            conference_id=cid,
            speaker=t["person"],
            date=dt.date(2012, 2, 16),
            status=SpeechStatus.DRAFT,
            target_minutes=5,
            body=t["text"],
            language=language,
        )
    )
    for n, kind in enumerate(PointKind):
        question = t["event"] + "?" if kind is PointKind.DEFENSIVE_QA else ""
        records.create(
            TalkingPoint(
                topic=t["event"], kind=kind, question=question, body=t["text"], conference_id=cid, position=n
            )
        )
    records.create(
        Fact(statement=t["text"], source=t["source"], as_of=dt.date(2012, 2, 1), conference_id=cid)
    )
    records.create(Fact(statement=t["text"], conference_id=cid))  # no source
    pack = Pack(
        conference_id=cid,
        title=t["speech"],
        recipient=t["recipient"],
        marking=t["marking"],
        sections=default_sections(),
        language=language,
    )
    records.create(pack)
    return conference, pack


def texts(path) -> str:
    return flat(" ".join(page_texts(PdfReader(path))))


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_fixed_word_and_date_is_in_the_language_of_the_pack(records, tmp_path, language):
    conference, _pack = fill(records, language)
    result = export_pack(records.store, conference, tmp_path / "pack.pdf", today=dt.date(2012, 2, 10))
    text = texts(result.path)
    missing = [x for x in EXPECTED[language] if x not in text]
    assert not missing, missing
    english = sorted(set(re.findall(r"[A-Za-z]{2,}", text)))
    assert not english, f"English left in a {language} pack: {english}"


def test_the_same_pack_in_english_has_english_chrome(records, tmp_path):
    conference, pack = fill(records, "ru")
    result = export_pack(
        records.store, conference, tmp_path / "pack.pdf", language="en", today=dt.date(2012, 2, 10)
    )
    text = texts(result.path)
    for word in (
        "Contents",
        "Programme",
        "Lines to take",
        "Background",
        "Source:",
        "as of 1 February 2012",
        "Page 1 of",
    ):
        assert word in text
    assert records.store.get(Kind.PACK, pack.id).language == "ru"  # --language does not change the pack


@pytest.mark.parametrize(
    ("language", "contents", "date"),
    [("ru", "Содержание", "16 февраля 2012 г."), ("kk", "Мазмұны", "2012 жылғы 16 ақпан")],
)
def test_demo_pack_on_the_command_line(cli, store_path, demo, tmp_path, language, contents, date):
    """`export pack --language` on the demo conference: its English material, Russian or Kazakh chrome."""
    out = tmp_path / f"demo-{language}.pdf"
    code, _, err = cli(
        "export", "pack", "--store", store_path, "-c", demo.id, "-o", out, "--language", language
    )
    assert code in (0, 3), err  # 3: exported with advisory or blocking findings
    text = texts(out)
    assert contents in text
    assert date in text
    assert {"ru": "Приложение 1:", "kk": "1-қосымша:"}[language] in text  # the demo's annex
    chrome = ["Contents", "Page 1 of", "Prepared", "Version 1", "Briefing for", "Head of delegation:", "Source:", "as of", "No items in this section", "Our delegation", "BRIEFING PACK", "Lines to take", "Annex 1"]  # fmt: skip
    assert not [w for w in chrome if re.search(rf"\b{re.escape(w)}", text)]


def test_the_pack_keeps_its_language_in_the_store(records, demo):
    pack = Pack(conference_id=demo.id, title="x", language="kk")
    records.create(pack)
    assert records.store.get(Kind.PACK, pack.id).language == "kk"
    assert Pack(conference_id=demo.id, title="y").language == "en"


def test_words_cover_every_language_and_placeholder():
    for english, (ru, kk) in PACK_WORDS.items():
        wanted = sorted(re.findall(r"\{\w+\}", english))
        assert sorted(re.findall(r"\{\w+\}", ru)) == wanted == sorted(re.findall(r"\{\w+\}", kk)), english
    assert words("ru")("Contents") == "Содержание" and words("kk")("Contents") == "Мазмұны"
    assert words("fr")("Contents") == "Contents"  # a language the pack does not know: English
    day = dt.date(2012, 2, 16)
    assert long_date(day, language="ru") == "16 февраля 2012 г."
    assert long_date(day, language="kk") == "2012 жылғы 16 ақпан"
    assert date_range(day, dt.date(2012, 3, 1), "ru") == "16 февраля 2012 г. – 1 марта 2012 г."
