"""Russian and Kazakh word forms found from each other, through the service and the command line,
on hundreds of items; marks, prefixes, phrases, similar material; the index's write paths."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from cyrillic_material import KAZAKH_FORMS, RUSSIAN_FORMS, items

from briefcase_app.domain.models import Conference, Fact, Kind, Speech, TalkingPoint
from briefcase_app.services.records import RecordService
from briefcase_app.services.search import MAX_LIMIT, SearchService
from briefcase_app.store import Store

N = 300  # items in each language


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    """A store with N Russian speeches, N Kazakh points (half with the default language 'en', as
    the window creates them: their letters say Kazakh), an English speech; (path, bodies by id)."""
    path = tmp_path_factory.mktemp("forms") / "forms.db"
    with Store.open(path) as store:
        bodies = _fill(RecordService(store))
    return path, bodies


@pytest.fixture
def corpus(corpus_store):
    return corpus_store[1]


@pytest.fixture
def corpus_search(corpus_store):
    service = SearchService(corpus_store[0])
    yield service
    service.close()


def _fill(records) -> dict[str, str]:
    conf = Conference(title="Astana 2019", start_date=dt.date(2019, 12, 19))
    records.create(conf)
    bodies: dict[str, str] = {}
    for i, (title, body) in enumerate(items(N, russian=True)):
        speech = Speech(title=title, body=body, language="ru", date=dt.date(2019, 1 + i % 12, 1 + i % 28),
                        conference_id=conf.id)  # fmt: skip
        records.create(speech)
        bodies[speech.id] = body
    for i, (title, body) in enumerate(items(N, russian=False)):
        point = TalkingPoint(topic=title, body=body, language="kk" if i % 2 else "en", conference_id=conf.id)
        records.create(point)
        bodies[point.id] = body
    english = Speech(title="Opening", body="We welcome the negotiations on border cooperation.")
    records.create(english)
    bodies[english.id] = english.body
    return bodies


def both(word: str) -> list[str]:
    """A word written alike in Russian and Kazakh (министр) finds the forms of both."""
    return [*RUSSIAN_FORMS.get(word, []), *KAZAKH_FORMS.get(word, [])]


def with_forms(bodies: dict[str, str], forms: list[str], language: str = "") -> set[str]:
    """Ids of the bodies with any of these word forms (whole words, any case): the truth."""
    found = re.compile(r"(?<!\w)(" + "|".join(forms) + r")(?!\w)", re.IGNORECASE)
    kazakh = re.compile("[әғқңөұүһі]", re.IGNORECASE)
    return {
        i
        for i, body in bodies.items()
        if found.search(body) and language in ("", "kk" if kazakh.search(body) else "ru")
    }


def found_ids(search, query: str) -> set[str]:
    result = search.search(query, limit=MAX_LIMIT)
    assert result.total_exact and len(result.hits) == result.total, result.message
    return {h.id for h in result.hits if h.matched == "words"}


@pytest.mark.parametrize("lemma", sorted(RUSSIAN_FORMS))
def test_russian_forms_find_each_other(corpus, corpus_search, lemma):
    search = corpus_search
    # a Russian form finds the Russian texts (a Kazakh text's министр is stemmed as Kazakh)
    truth = with_forms(corpus, RUSSIAN_FORMS[lemma], "ru")
    assert len(truth) > 20
    assert found_ids(search, lemma) == with_forms(corpus, both(lemma))
    for form in RUSSIAN_FORMS[lemma]:
        if form != lemma:  # and Kazakh texts with the same word as it is (министр), nothing else
            assert truth <= found_ids(search, form) <= with_forms(corpus, both(lemma)), form


@pytest.mark.parametrize("root", sorted(KAZAKH_FORMS))
def test_kazakh_forms_find_each_other(corpus, corpus_search, root):
    search = corpus_search
    truth = with_forms(corpus, KAZAKH_FORMS[root], "kk")
    assert len(truth) > 20
    assert found_ids(search, root) == with_forms(corpus, both(root))
    for form in KAZAKH_FORMS[root]:
        if form != root:
            assert truth <= found_ids(search, form) <= with_forms(corpus, both(root)), form


def test_issue_examples(corpus, corpus_search):
    search = corpus_search
    assert found_ids(search, "декабрь") == with_forms(corpus, ["декабря", "декабре"])
    assert found_ids(search, "наркотики") >= with_forms(corpus, ["наркотиков"])
    assert found_ids(search, "министр") >= with_forms(corpus, ["министрлері"])
    assert found_ids(search, "экономика") >= with_forms(corpus, ["экономикасының"])


def test_marks_are_on_the_forms_found(corpus, corpus_search):
    search = corpus_search
    result = search.search("декабрь", limit=50)
    snippets = " ".join(h.marked_snippet("[", "]") for h in result.hits)
    assert "[декабря]" in snippets and "[декабре]" in snippets
    assert "[Девятнадцатого" not in snippets  # only the word asked for
    result = search.search("министр", limit=50)
    snippets = " ".join(h.marked_snippet("[", "]") for h in result.hits)
    assert "[министрлері]" in snippets.lower() or "[Министрлері]" in snippets
    assert "[Министрдің]" in snippets or "[министрдің]" in snippets


def test_phrases_mean_the_forms_typed(corpus, corpus_search):
    search = corpus_search
    exact = found_ids(search, '"в декабре"')
    assert exact == with_forms(corpus, ["в декабре"])
    assert exact < found_ids(search, "декабрь")
    assert found_ids(search, '"министрлері Астанада"') == with_forms(corpus, ["министрлері Астанада"])


def test_prefixes_still_work(corpus, corpus_search):
    search = corpus_search
    assert found_ids(search, "декаб*") == with_forms(corpus, ["декабря", "декабре"])
    assert found_ids(search, "министрл*") == with_forms(corpus, ["министрлері"])
    assert found_ids(search, "negotiat*") == with_forms(corpus, ["negotiations"])


def test_excluded_words_exclude_every_form(corpus, corpus_search):
    search = corpus_search
    found = found_ids(search, "государство -декабря")
    assert found and not found & with_forms(corpus, ["декабре", "декабря"])


def test_english_word_in_a_russian_text(records, search):
    speech = Speech(
        title="Доклад", body="Программа UNODC по борьбе с наркотиками: negotiations идут.", language="ru"
    )
    records.create(speech)
    assert speech.id in found_ids(search, "negotiation")
    assert speech.id in found_ids(search, "наркотики")


def test_similar_material_in_russian(records, search):
    new = TalkingPoint(topic="Граница", body="Охрана границы и изъятие наркотиков на границе.", language="ru")
    old = Speech(
        title="Пограничный контроль", body="На границах изъяты наркотики; граница закрыта.", language="ru"
    )
    other = [Fact(statement=f"Бюджет программы молодёжи номер {i}", language="ru") for i in range(6)]
    for item in (new, old, *other):
        records.create(item)
    result = search.similar(Kind.POINT, new.id)
    assert result.hits and result.hits[0].id == old.id, result.query


# ---- every write path indexes stems and NFKC ------------------------------------------
def test_hits_show_the_text_as_typed_unless_only_nfkc_matches(records, search):
    decree = Fact(statement="Постановление № 5 о границе", language="ru")
    pdf = Fact(statement="The ﬁnancial flows report")
    records.create(decree)
    records.create(pdf)
    hit = search.search("граница").hits[0]
    assert hit.id == decree.id and hit.marked_title("[", "]") == "Постановление № 5 о [границе]"
    hit = search.search("financial").hits[0]
    assert hit.id == pdf.id and hit.marked_title("[", "]") == "The [financial] flows report"


def test_edits_and_restores_keep_the_stems(records, search):
    point = TalkingPoint(topic="Позиция", body="Позиция нашего государства неизменна.", language="ru")
    records.create(point)
    assert point.id in found_ids(search, "государство")
    point.body = "Переговоры завершились в декабре."
    records.update(point)
    assert point.id not in found_ids(search, "государство")
    assert point.id in found_ids(search, "декабрь")
    records.delete(Kind.POINT, point.id)
    assert point.id not in found_ids(search, "декабрь")
    records.restore(Kind.POINT, point.id)
    assert point.id in found_ids(search, "декабря")


def test_import_and_bundle_paths_index_stems(cli, tmp_path, store, search):
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "statement.md").write_text("# Заявление\n\nМинистрлері Астанада кездесті.\n", encoding="utf-8")
    (folder / "report.txt").write_text("Отчёт о ходе работы в декабре прошлого года.\n", encoding="utf-8")
    assert cli("import", folder, "--store", store.path).code == 0
    assert found_ids(search, "министр") and found_ids(search, "декабрь")
    bundle = tmp_path / "b.briefcase"
    assert cli("export", "bundle", bundle, "--store", store.path).code == 0
    other = tmp_path / "other.db"
    assert cli("import", bundle, "--store", other).code == 0
    other_search = SearchService(other)
    try:
        assert found_ids(other_search, "министр") and found_ids(other_search, "декабря")
    finally:
        other_search.close()


# ---- the command line ------------------------------------------------------------------
def test_cli_finds_forms_and_marks_them(cli, corpus_store):
    path = corpus_store[0]
    code, out, _ = cli("search", "декабрь", "--limit", "5", "--store", path)
    assert code == 0 and ("**декабря**" in out or "**декабре**" in out)
    code, out, _ = cli("search", "министр", "--store", path)
    assert code == 0 and re.search(r"\*\*[Мм]инистр(лері|дің)?\*\*", out)
    code, out, _ = cli("search", "экономикасының", "--json", "--store", path)
    assert code == 0 and '"marked_snippet"' in out


def test_limit_beyond_the_maximum_says_it_was_cut(cli, corpus, corpus_search, corpus_store):
    search, path = corpus_search, corpus_store[0]
    result = search.search("государство OR министр", limit=MAX_LIMIT + 500)
    total = len(with_forms(corpus, [*RUSSIAN_FORMS["государство"], *RUSSIAN_FORMS["министр"],
                                    *KAZAKH_FORMS["министр"]]))  # fmt: skip
    assert total < MAX_LIMIT  # the corpus has fewer: all of them, nothing said
    assert len(result.hits) == total and "first" not in result.message
    result = search.search("Заявление OR Мәлімдеме", limit=MAX_LIMIT + 1)
    assert len(result.hits) < MAX_LIMIT + 1  # 600 items: all, nothing said
    code, out, _ = cli("search", "Заявление", "--limit", "250", "--store", path)
    assert code == 0 and out.count("\n           id ") == 250  # not cut at 200 any more


def test_limit_cut_is_said(records, search):
    for i in range(MAX_LIMIT + 5):
        records.create(Fact(statement=f"Quokkaberry harvest number {i}"))
    result = search.search("quokkaberry", limit=MAX_LIMIT + 5)
    assert len(result.hits) == MAX_LIMIT
    assert f"first {MAX_LIMIT:,}" in result.message and f"offset {MAX_LIMIT}" in result.message
    rest = search.search("quokkaberry", limit=MAX_LIMIT, offset=MAX_LIMIT)
    assert len(rest.hits) == 5
    assert not {h.id for h in rest.hits} & {h.id for h in result.hits}


# ---- dates: exact whatever the count per day -------------------------------------------
def test_date_filter_finds_every_item_of_a_crowded_day(store, records, search):
    from briefcase_app.store.imports import ImportStore

    day = dt.date(2012, 2, 16)
    many = [Speech(title=f"Statement {i}", body="General debate statement.", date=day) for i in range(1000)]
    before = [Speech(title=f"Earlier {i}", body="General debate statement.", date=day - dt.timedelta(days=1))
              for i in range(200)]  # fmt: skip
    after = [Speech(title=f"Later {i}", body="General debate statement.", date=day + dt.timedelta(days=1))
             for i in range(50)]  # fmt: skip
    with store.transaction():
        ImportStore(store).insert_many([*before, *many, *after])
    # one added later, when the day's ids are long taken
    late = Speech(title="Late entry", body="General debate statement.", date=day)
    records.create(late)
    want = {s.id for s in many} | {late.id}

    def on(date_from, date_to) -> set[str]:
        seen: set[str] = set()
        offset = 0
        while True:
            result = search.search(
                "statement", date_from=date_from, date_to=date_to, limit=MAX_LIMIT, offset=offset
            )
            page = {h.id for h in result.hits}
            assert not page & seen, "pages overlap"
            seen |= page
            if len(result.hits) < MAX_LIMIT:
                return seen
            offset += MAX_LIMIT

    assert on(day, day) == want
    assert on(day - dt.timedelta(days=1), day - dt.timedelta(days=1)) == {s.id for s in before}
    assert on(day + dt.timedelta(days=1), None) == {s.id for s in after}
    assert len(on(None, day)) == len(want) + len(before)
    by_date = search.search("statement", date_from=day, date_to=day, sort="date", limit=MAX_LIMIT)
    assert len(by_date.hits) == MAX_LIMIT and {h.id for h in by_date.hits} <= want
    substring = search.search("enera", date_from=day, date_to=day, limit=MAX_LIMIT)  # word part
    assert {h.id for h in substring.hits} <= want
