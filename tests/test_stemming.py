"""Stems for search: Kazakh suffix stripping on a word list, Russian Snowball, languages of texts."""

from __future__ import annotations

import pytest

from briefcase_app.text.language import cyrillic_language, detect
from briefcase_app.text.stemming import (
    index_stems,
    mark_stems,
    query_stems,
    stem_kazakh,
    stem_russian,
)

#: Kazakh word forms as they occur in government statements and news (ministry and Akorda
#: releases, strategy documents), grouped under the root a search for any of them should find.
#: Each group covers plural, possessive, case and -лық/-лік endings in their vowel-harmony and
#: consonant variants: -лар/-лер/-дар/-дер/-тар/-тер, -ның/-нің/-дың/-дің/-тың/-тің,
#: -ға/-ге/-қа/-ке/-на/-не, -да/-де/-та/-те/-нда/-нде, -дан/-ден/-тан/-тен/-нан/-нен,
#: -ды/-ді/-ты/-ті/-ны/-ні, -мен/-бен/-пен, -сы/-сі/-ы/-і, -мыз/-іміз, -дағы/-дегі.
KAZAKH = {
    "министр": ["министрі", "министрлері", "министрдің", "министрге", "министрмен", "министрлер",
                "министрлердің", "министрді", "министрден", "министрлігі", "министрлікке",
                "министрліктің", "министрлігінің"],
    "экономика": ["экономикасы", "экономикасының", "экономиканың", "экономикаға", "экономикада",
                  "экономикадағы", "экономикасын", "экономикасына", "экономикамыз", "экономикамыздың"],
    "мемлекет": ["мемлекеттің", "мемлекетке", "мемлекетте", "мемлекеттер", "мемлекеттердің",
                 "мемлекеттері", "мемлекетімізде", "мемлекеттен", "мемлекетпен"],
    "ел": ["елдің", "елге", "елде", "елден", "елдер", "елдердің", "елдері", "еліміз", "елімізде",
           "еліміздің", "елімізге", "елі"],
    "жыл": ["жылы", "жылдың", "жылға", "жылда", "жылдан", "жылдар", "жылдары", "жылдардағы"],
    "қауіпсіздік": ["қауіпсіздігі", "қауіпсіздігін", "қауіпсіздікті", "қауіпсіздіктің",
                    "қауіпсіздікке", "қауіпсіздігіне", "қауіпсіздігінің"],
    "ынтымақтастық": ["ынтымақтастығы", "ынтымақтастықты", "ынтымақтастықтың", "ынтымақтастыққа",
                      "ынтымақтастығын", "ынтымақтастықта"],
    "есірткі": ["есірткінің", "есірткіге", "есірткіні", "есірткілер", "есірткілерді", "есірткіден",
                "есірткісі"],
    "шекара": ["шекарасы", "шекараның", "шекараға", "шекарада", "шекарадан", "шекараны",
               "шекаралар", "шекарасын", "шекарасында"],
    "бағдарлама": ["бағдарламасы", "бағдарламаның", "бағдарламаға", "бағдарламада",
                   "бағдарламалар", "бағдарламасын", "бағдарламасына"],
    "келісім": ["келісімі", "келісімнің", "келісімге", "келісімде", "келісімді", "келісімдер",
                "келісімдерді", "келісімнен", "келісімін"],
    "аймақ": ["аймағы", "аймақтың", "аймаққа", "аймақта", "аймақтан", "аймақтар", "аймақтардың",
              "аймағында", "аймақтағы"],
    "саясат": ["саясаты", "саясатының", "саясатқа", "саясатта", "саясатты", "саясатпен"],
    "ұйым": ["ұйымы", "ұйымның", "ұйымға", "ұйымдар", "ұйымдарының", "ұйымымен", "ұйымда"],
    "президент": ["президенті", "президентінің", "президентке", "президентпен", "президентіне"],
    "республика": ["республикасы", "республикасының", "республикада", "республикаға"],
    "кітап": ["кітабы", "кітаптар", "кітапты", "кітаптың", "кітабын"],
    "жүрек": ["жүрегі", "жүректің", "жүрекке"],
    "даму": ["дамуы", "дамудың", "дамуға", "дамуын"],
    "Алматы": ["Алматыда", "Алматыға", "Алматыдан", "Алматының"],
    "Астана": ["Астанада", "Астанаға", "Астанадан", "Астананың"],
}  # fmt: skip

#: roots a few of the groups must come down to exactly (not just agree with each other).
KAZAKH_ROOTS = {
    "министрлері": "министр",
    "экономикасының": "экономика",
    "мемлекеттердің": "мемлекет",
    "елімізде": "ел",
    "аймағында": "аймақ",
    "кітабы": "кітап",
    "жүрегі": "жүрек",
    "келісімнің": "келісім",
}

#: different words that must keep different stems.
KAZAKH_APART = [
    ("ел", "елші"),
    ("жыл", "жол"),
    ("қала", "қалам"),
    ("келісім", "кеңес"),
    ("министр", "мемлекет"),
]


@pytest.mark.parametrize("root", sorted(KAZAKH))
def test_kazakh_forms_share_their_roots_stem(root):
    stem = stem_kazakh(root)
    wrong = {form: stem_kazakh(form) for form in KAZAKH[root] if stem_kazakh(form) != stem}
    assert not wrong, f"{root} -> {stem}, but {wrong}"


def test_kazakh_roots():
    assert {w: stem_kazakh(w) for w in KAZAKH_ROOTS} == KAZAKH_ROOTS


def test_kazakh_words_kept_apart():
    for a, b in KAZAKH_APART:
        assert stem_kazakh(a) != stem_kazakh(b), (a, b)


def test_kazakh_does_not_cut_where_no_suffix_can_stand():
    # -де after д, a vowel ending alone: roots left as they are
    assert stem_kazakh("мүдде") == stem_kazakh("мүддесі") == "мүдде"
    assert stem_kazakh("экономика") == "экономика"
    assert stem_kazakh("ел") == "ел"


def test_russian_snowball():
    assert stem_russian("декабря") == stem_russian("декабре") == stem_russian("декабрь")
    assert len({stem_russian(w) for w in ("государство", "государства", "государстве")}) == 1
    assert stem_russian("наркотиков") == stem_russian("наркотики")


def test_languages_of_texts():
    assert detect("Министр Қазақстан Республикасының Президентіне баяндама жасады.") == "kk"
    assert detect("Делегация Казахстана прибыла в Вену на встречу министров.") == "ru"
    assert detect("Встреча в декабре. Делегация Қазақстана прибыла") == "ru"  # one Kazakh name
    assert detect("Paris Pact") == ""
    assert cyrillic_language("Министр экономикасы", "kk") == "kk"  # the field decides
    assert cyrillic_language("Министр экономики", "en") == "ru"  # English field: the letters decide


def test_index_stems_tag_each_language():
    assert index_stems("Встреча в декабре", "ru").split() == ["встреч1", "декабр1"]
    assert index_stems("Министрлері кездесті", "kk").split()[0] == "министр2"
    # a Kazakh word in a Russian text is stemmed as Kazakh
    assert "қазақстан2" in index_stems("Делегация из Қазақстанның прибыла вчера утром", "ru").split()
    assert index_stems("English only", "en") is None
    assert index_stems("ﬁnancial декабря", "en").split() == ["декабр1"]


def test_query_stems_in_every_language_that_could_apply():
    assert query_stems("декабрь") == ["декабр1", "декабрь2"]
    assert query_stems("Қазақстан") == [stem_kazakh("қазақстан") + "2"]  # Kazakh letters: Kazakh only
    assert query_stems("negotiation") == []
    assert ("кітап", 12) in mark_stems("кітап") and ("кітаб", 12) in mark_stems("кітап")
