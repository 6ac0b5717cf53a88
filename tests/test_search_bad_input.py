"""Whatever a person types, search answers with hits or a clear "nothing found", never an error."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefcase_app.services.demo import fill_demo
from briefcase_app.services.records import RecordService
from briefcase_app.services.search import SearchService
from briefcase_app.store import Store


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    path = tmp_path_factory.mktemp("bad_input") / "store.db"
    store = Store.open(path)
    fill_demo(RecordService(store))
    store.close()
    service = SearchService(path)
    yield service
    service.close()


def check(service: SearchService, text: str, **kw) -> None:
    result = service.search(text, **kw)
    assert not result.message.startswith("The search could not run"), result.message
    assert result.hits or result.message
    for hit in result.hits:
        for start, end in (*hit.title_marks, *hit.snippet_marks):
            assert 0 <= start < end <= len(hit.title if (start, end) in hit.title_marks else hit.snippet)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "?!.,;:", '"', '"Vienna', 'Vienna"', '""', "AND OR NOT", "OR", "NOT Vienna", "AND (",
     "NEAR(Vienna precursor, 2)", "Vienna:", "title:Vienna", "{title}: Vienna", "Vienna^2", "Vien*na",
     "*", "-Vienna", "--", "- -", "' OR 1=1; DROP TABLE speeches; --", "x\x00y", "\x01\x02\x03",
     "\u202eanneiV\u202c", "שלום עולם", "مرحبا بالعالم", "Vienna " * 2000, "a" * 10_000,
     "ﬁnance", "Ｖｉｅｎｎａ", "🙂 Vienna", "\ud7ff", "Vienna OR OR heroin", "(Vienna OR heroin)"],
)  # fmt: skip
def test_known_bad_inputs(service, text):
    check(service, text)


_pieces = st.sampled_from(
    ['"', "(", ")", "*", "-", ":", "^", "{", "}", "OR", "AND", "NOT", "NEAR", " ", "\x00", "\u202e",
     "Vienna", "нарко", "Қазақстан", "precursor", "'", ";", "%", "_", "\\", "\t", "\n"]
)  # fmt: skip
_queries = st.one_of(st.text(max_size=200), st.lists(_pieces, max_size=30).map("".join))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_queries, sort=st.sampled_from(["relevance", "date"]), offset=st.integers(0, 30))
def test_any_text_never_raises(service, text, sort, offset):
    check(service, text, sort=sort, offset=offset)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_queries, kind=st.sampled_from(["speech", "point", "fact", "person", "programme", "conference"]))
def test_any_text_with_filters_never_raises(service, text, kind):
    check(service, text, kinds=[kind], conference="Paris Pact Vienna 2012", date_from="2012-01-01")
