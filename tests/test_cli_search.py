"""The search and similar commands, as a person runs them."""

from __future__ import annotations

import json

import pytest


def test_search_prints_marked_snippets(cli, demo_store):
    code, out, _ = cli("search", "Vienna", "--store", demo_store)
    assert code == 0 and "**Vienna**" in out and "conference" in out


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"precursor chemicals"', "**Precursor chemicals**"),
        ("нарко", "**нарко**"),
        ("Қазақстан", "**Қазақстан**"),
    ],
)
def test_done_when_queries(cli, demo_store, query, expected):
    code, out, _ = cli("search", query, "--store", demo_store)
    assert code == 0 and expected in out


def test_search_json_and_filters(cli, demo_store):
    code, out, _ = cli("search", "Vienna", "--kind", "fact", "--conference", "Paris Pact Vienna 2012",
                       "--from", "2012-01-01", "--to", "2012-12-31", "--limit", "5", "--json", "--store", demo_store)  # fmt: skip
    data = json.loads(out)
    assert code == 0 and data["hits"] and {h["kind"] for h in data["hits"]} == {"fact"}
    assert all("**Vienna**" in h["marked_title"] for h in data["hits"])


def test_nothing_found_and_junk(cli, demo_store):
    code, out, err = cli("search", "zzzqqq", "--store", demo_store)
    assert code == 0 and out == "" and "Nothing found" in err
    code, _, err = cli("search", 'AND ( "', "--store", demo_store)
    assert code == 0


def test_bad_date_is_a_clear_error(cli, demo_store):
    code, _, err = cli("search", "Vienna", "--from", "yesterday", "--store", demo_store)
    assert code == 1 and "not a date" in err


def test_similar_command(cli, demo_store):
    code, out, _ = cli("search", "Precursor chemicals", "--kind", "point", "--json", "--store", demo_store)
    point_id = json.loads(out)["hits"][0]["id"]
    code, out, _ = cli("similar", "point", point_id, "--store", demo_store)
    assert code == 0 and out.strip()
    code, _, err = cli("similar", "point", "nope", "--store", demo_store)
    assert code == 1 and "no line to take" in err


@pytest.mark.parametrize("value", ["%", "_", "  %_  "])
def test_a_speaker_or_tag_filter_of_wildcards_alone_is_refused_not_matching_everyone(cli, demo_store, value):
    for option in ("--speaker", "--tag"):
        code, out, err = cli("search", "precursor", option, value, "--store", demo_store)
        assert code == 1 and out == ""
        assert "has no letter or digit" in err
