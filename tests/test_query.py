"""The query parser: the grammar, and that no input makes it fail."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefcase_app.domain.query import MAX_QUERY_CHARS, Term, normalise, parse, substrings


def _groups(text: str) -> list[list[str]]:
    return [[str(t) for t in group] for group in parse(text).groups]


@pytest.mark.parametrize(
    ("text", "groups", "excluded"),
    [
        ("precursor chemicals", [["precursor"], ["chemicals"]], []),
        ('"precursor chemicals"', [['"precursor chemicals"']], []),
        ("delegat* Vienna", [["delegat*"], ["Vienna"]], []),
        ("opium -heroin", [["opium"]], ["heroin"]),
        ('opium -"drug abuse"', [["opium"]], ['"drug abuse"']),
        ("heroin OR opium Vienna", [["heroin", "opium"], ["Vienna"]], []),
        ("counter-narcotics", [['"counter narcotics"']], []),
        ("what did we say about precursor chemicals?", [["precursor"], ["chemicals"]], []),
        ("the", [["the"]], []),
    ],
)
def test_grammar(text, groups, excluded):
    query = parse(text)
    assert _groups(text) == groups
    assert [str(t) for t in query.excluded] == excluded


@pytest.mark.parametrize(
    "text",
    ['"', '"unbalanced quote', "AND (", "AND OR NOT", "NEAR(a b, 3)", "title:foo", "a:b:c", "(((", ")",
     "'; DROP TABLE speeches; --", "OR", "-", "*", "**", '""', "\x00", "\u202eabc\u202c", "^foo", "+foo"],
)  # fmt: skip
def test_junk_is_words_or_nothing(text):
    query = parse(text)
    for term in query.terms():
        assert term.tokens and all(tok.isalnum() for tok in term.tokens)


def test_nfkc_and_controls():
    assert normalise("ﬁnance\x00Ｖｉｅｎｎａ") == "finance Vienna"
    assert parse("ﬁnance").terms() == [Term(("finance",))]
    assert normalise("a\u200fb") == "a b"  # right-to-left mark


def test_long_query_is_cut():
    query = parse("word " * 5000)
    assert len(query.text) <= MAX_QUERY_CHARS
    assert len(query.groups) <= 12


def test_relaxed_and_substrings():
    query = parse("precursor chemicals Vienna")
    assert len(query.relaxed().groups) == 1 and len(query.relaxed().groups[0]) == 3
    assert substrings(parse("нарко Vienna")) == ["нарко", "Vienna"]
    assert substrings(parse("a OR b")) == []
    assert substrings(parse("ab")) == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_parse_never_fails(text):
    query = parse(text)
    assert isinstance(str(query), str)
    for term in [*query.terms(), *query.excluded]:
        assert all(tok and "\x00" not in tok and '"' not in tok for tok in term.tokens)
