"""`export pack` and its pre-flight on the command line: grouped findings on stderr, the PDF's
path on stdout; --strict refuses on blocking findings only, with a one-line reason."""

from __future__ import annotations

import datetime as dt

import pytest

from briefcase_app.domain.models import Fact, Pack, PackSection, SectionKind

CONF = "Paris Pact Vienna 2012"


@pytest.fixture
def export(cli):
    """`briefcase-app export pack` of the demo conference: (code, out, err)."""
    return lambda store, out, *extra: cli("export", "pack", "--store", store, "-c", CONF, "-o", out, *extra)


def test_findings_are_grouped_on_stderr_and_the_pack_is_written(export, demo_store, tmp_path):
    out = tmp_path / "pack.pdf"
    captured = export(demo_store, out)
    assert captured.code == 0
    assert captured.out == f"Wrote {out}\n"
    err = captured.err.splitlines()
    assert err[0] == "Pre-flight: 4 blocking, 10 advisory"
    assert "  blocking  3 items with a placeholder (TBC, XX, …)" in err
    assert "  blocking  1 fact without a source" in err
    assert "  advisory  10 facts older than 12 months" in err
    assert err.index("  blocking  1 fact without a source") < err.index(
        "  advisory  10 facts older than 12 months"
    )
    assert "    ... and 7 more (--verbose lists them all)" in err
    assert sum("older than 12 months" in line for line in err) == 1 + 3  # the group, its first three
    assert out.exists()


def test_verbose_lists_every_finding(export, demo_store, tmp_path):
    code, _, err = export(demo_store, tmp_path / "pack.pdf", "--verbose")
    assert code == 0
    assert err.count("as of 2012-02-17: older than 12 months") == 10 and "more (--verbose" not in err


def test_strict_refuses_blocking_findings_with_a_one_line_reason(export, demo_store, tmp_path):
    out = tmp_path / "pack.pdf"
    captured = export(demo_store, out, "--strict")
    assert captured.code == 1
    assert captured.out == "" and not out.exists()
    last = captured.err.splitlines()[-1]
    assert last == (
        "briefcase-app: error: pre-flight: 3 items with a placeholder (TBC, XX, …), "
        "1 fact without a source; export stopped (--strict)"
    )
    assert "  blocking  1 fact without a source" in captured.err  # what to fix, above the reason


def test_strict_exports_when_findings_are_only_advisory(export, records, demo, store_path, tmp_path):
    fact = Fact(statement="Sourced but old", source="MFA", as_of=dt.date(2001, 1, 1), conference_id=demo.id)
    records.create(fact)
    pack = Pack(
        conference_id=demo.id,
        title="Old facts",
        sections=[PackSection(SectionKind.BACKGROUND, "", [fact.id])],
    )
    records.create(pack)
    out = tmp_path / "old.pdf"
    captured = export(store_path, out, "--pack", pack.id, "--strict")
    assert captured.code == 0
    assert out.exists() and captured.out == f"Wrote {out}\n"
    assert "Pre-flight: 0 blocking, 2 advisory" in captured.err
