"""Pieces that were hand-made and are now library calls (issue 13, item 7), and a bug the type
checker found: each behaves as a person would expect on real input."""

from __future__ import annotations

import json
import zipfile

import pytest

from briefcase_app.domain.models import Kind, Speech
from briefcase_app.domain.query import normalise, words
from briefcase_app.services.exchange import export_bundle, import_bundle
from briefcase_app.services.readers.manifest import read_manifest
from briefcase_app.services.records import RecordService
from briefcase_app.text.normalise import clean


@pytest.mark.parametrize(
    "data, titles",
    [
        ("file;title;kind\na.md;Привет, мир;speech\n", {"a.md": "Привет, мир"}),  # a Russian spreadsheet
        ("file,title\na.md,Hello; world\n", {"a.md": "Hello; world"}),
        ("file\ttitle\na.md\tКазақстан\n", {"a.md": "Казақстан"}),  # tab-separated: was read as one column
        (
            'file,title\n"a.md","One, two; three"\nb.md,Second\n',
            {"a.md": "One, two; three", "b.md": "Second"},
        ),
    ],
)
def test_manifest_delimiter_is_sniffed(data, titles):
    manifest = read_manifest(data.encode("utf-8"))
    assert not manifest.problems
    assert {name: row.meta.get("title") for name, row in manifest.rows.items()} == titles


# invisible characters the hand-kept list missed: Mongolian free variation selector, a
# noncharacter of plane 1, an Egyptian hieroglyph format control of Unicode 15
@pytest.mark.parametrize("ch", ["\u200b", "\u00ad", "\ufeff", "\u202e", "\u180b", "\U0001fffe", "\U0001343a"])
def test_one_rule_for_invisible_characters_in_print_and_search(ch):
    assert clean(f"Vien{ch}na") == "Vienna"
    assert words(normalise(f"Vien{ch}na")) == ["Vien", "na"]  # a word break in search, as before


def test_tabs_newlines_and_letters_are_kept():
    text = "Astana\tАстана\nАстанаға — ﬁnancial"
    assert clean(text) == text
    assert words(normalise(text)) == ["Astana", "Астана", "Астанаға", "financial"]


def test_a_bundle_record_without_id_does_not_refuse_the_library(store, tmp_path):
    """A bundle conference with no id and a timestamp in the future used to put None among the
    skipped conferences, and every Library item after it was refused as 'its conference None'."""
    RecordService(store).create(Speech(title="Library speech"))
    export_bundle(store, tmp_path / "b.briefcase")
    with zipfile.ZipFile(tmp_path / "b.briefcase") as z:
        payload = json.loads(z.read("bundle.json"))
    payload["records"]["conference"] = [{"title": "Bad", "updated_at": "2999-01-01T00:00:00+00:00"}]
    with zipfile.ZipFile(tmp_path / "c.briefcase", "w") as z:
        z.writestr("bundle.json", json.dumps(payload))
    from briefcase_app.store import Store

    with Store.open(tmp_path / "other.db") as other:
        report = import_bundle(other, tmp_path / "c.briefcase")
        assert report.problems  # the bad conference is reported
        assert [s.title for s in other.list(Kind.SPEECH)] == ["Library speech"]
