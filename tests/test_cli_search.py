"""The search and similar commands, as a person runs them."""

from __future__ import annotations

import json

import pytest

from briefcase_app.cli import main


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "demo.db"
    assert main(["demo", "--store", str(path)]) == 0
    return path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_prints_marked_snippets(demo_path, capsys):
    code, out, _ = run(capsys, "search", "Vienna", "--store", str(demo_path))
    assert code == 0 and "**Vienna**" in out and "conference" in out


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"precursor chemicals"', "**Precursor chemicals**"),
        ("нарко", "**нарко**"),
        ("Қазақстан", "**Қазақстан**"),
    ],
)
def test_done_when_queries(demo_path, capsys, query, expected):
    code, out, _ = run(capsys, "search", query, "--store", str(demo_path))
    assert code == 0 and expected in out


def test_search_json_and_filters(demo_path, capsys):
    code, out, _ = run(capsys, "search", "Vienna", "--kind", "fact", "--conference", "Paris Pact Vienna 2012",
                       "--from", "2012-01-01", "--to", "2012-12-31", "--limit", "5", "--json", "--store", str(demo_path))  # fmt: skip
    data = json.loads(out)
    assert code == 0 and data["hits"] and {h["kind"] for h in data["hits"]} == {"fact"}
    assert all("**Vienna**" in h["marked_title"] for h in data["hits"])


def test_nothing_found_and_junk(demo_path, capsys):
    code, out, err = run(capsys, "search", "zzzqqq", "--store", str(demo_path))
    assert code == 0 and out == "" and "Nothing found" in err
    code, _, err = run(capsys, "search", 'AND ( "', "--store", str(demo_path))
    assert code == 0


def test_bad_date_is_a_clear_error(demo_path, capsys):
    code, _, err = run(capsys, "search", "Vienna", "--from", "yesterday", "--store", str(demo_path))
    assert code == 1 and "not a date" in err


def test_similar_command(demo_path, capsys):
    code, out, _ = run(
        capsys, "search", "Precursor chemicals", "--kind", "point", "--json", "--store", str(demo_path)
    )
    point_id = json.loads(out)["hits"][0]["id"]
    code, out, _ = run(capsys, "similar", "point", point_id, "--store", str(demo_path))
    assert code == 0 and out.strip()
    code, _, err = run(capsys, "similar", "point", "nope", "--store", str(demo_path))
    assert code == 1 and "no line to take" in err


@pytest.mark.parametrize("value", ["%", "_", "  %_  "])
def test_a_speaker_or_tag_filter_of_wildcards_alone_is_refused_not_matching_everyone(
    demo_path, capsys, value
):
    for option in ("--speaker", "--tag"):
        code, out, err = run(capsys, "search", "precursor", option, value, "--store", str(demo_path))
        assert code == 1 and out == ""
        assert "has no letter or digit" in err
