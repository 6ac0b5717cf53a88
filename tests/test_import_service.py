"""Importing folders: metadata, duplicates, bad input, batches, cancelling and resuming."""

from __future__ import annotations

import datetime as dt

import pytest
from import_cases import make_docx, make_pdf

from briefcase_app.domain.errors import NotFoundError, ValidationError
from briefcase_app.domain.models import Kind
from briefcase_app.services.importing import ImportService
from briefcase_app.store.imports import ImportStore

MANIFEST = (
    "file,title,speaker,date,conference,language,tags,kind,comment\n"
    "statement.docx,Statement on precursors,Minister,2012-02-16,Paris Pact Vienna 2012,,drugs;precursors,,ignored\n"
    "address.pdf,Address to the partners,Deputy Minister,2012-02-17,Paris Pact Vienna 2012,en,,speech,\n"
    "seizures.txt,,,2011-12-31,,,,fact,\n"
)


@pytest.fixture
def archive(tmp_path):
    """A folder of speeches in every format, with a manifest and a subfolder."""
    folder = tmp_path / "archive"
    (folder / "ru").mkdir(parents=True)
    make_docx(folder / "statement.docx")
    make_pdf(folder / "address.pdf")
    (folder / "seizures.txt").write_text("Seizures of heroin rose by 12% in 2011.\n")
    (folder / "manifest.csv").write_text(MANIFEST)
    (folder / "notes.md").write_text(
        "---\ntitle: Lines on Afghanistan\nkind: point\nconference: Bilateral visit\ntags: afghan; border\n---\n"
        "Stress regional cooperation.\n"
    )
    (folder / "ru" / "2011-05-03_выступление.txt").write_bytes(
        "Уважаемые коллеги! Мы обсуждаем прекурсоры.\n".encode("cp1251")
    )
    (folder / "kazakh.md").write_text("# Құрметті әріптестер\n\nБіз прекурсорларды талқылаймыз.\n")
    return folder


def by_title(store, kind):
    return {r.display_title: r for r in store.list(kind)}


def test_a_folder_comes_in_with_its_metadata(store, records, archive):
    report = ImportService(store).run([archive])
    assert report.failed == [] and len(report.imported) == 6
    speeches = by_title(store, Kind.SPEECH)
    statement = speeches["Statement on precursors"]
    vienna = records.resolve_conference("Paris Pact Vienna 2012")
    assert (statement.speaker, statement.date, statement.tags) == (
        "Minister",
        dt.date(2012, 2, 16),
        ["drugs", "precursors"],
    )
    assert statement.conference_id == vienna.id and "**strongly**" in statement.body
    assert speeches["Address to the partners"].conference_id == vienna.id
    russian = speeches["выступление"]
    assert (russian.language, russian.date, russian.conference_id) == ("ru", dt.date(2011, 5, 3), None)
    assert "Уважаемые коллеги" in russian.body
    assert speeches["Құрметті әріптестер"].language == "kk"
    point = by_title(store, Kind.POINT)["Lines on Afghanistan"]
    assert point.tags == ["afghan", "border"]
    assert point.conference_id == records.resolve_conference("Bilateral visit").id
    fact = store.list(Kind.FACT)[0]
    assert fact.statement.startswith("Seizures of heroin") and fact.as_of == dt.date(2011, 12, 31)
    assert report.changes.touches(Kind.SPEECH) and len(report.changes.created) == 6


def test_imported_text_is_found_by_search(store, archive):
    from briefcase_app.services.search import SearchService

    ImportService(store).run([archive])
    search = SearchService.for_store(store)
    try:
        russian = search.search("прекурсоры")
        word = search.search("Chairman strongly")
    finally:
        search.close()
    assert "выступление" in [h.title for h in russian.hits]  # (and the Kazakh text: same stem)
    assert [h.title for h in word.hits] == ["Statement on precursors"]


def test_text_that_nfkc_changes_is_still_found(store, tmp_path):
    from briefcase_app.services.search import SearchService

    (tmp_path / "ligature.txt").write_text("Terrorist \ufb01nancing is on the agenda.")  # the 'fi' ligature
    ImportService(store).run([tmp_path])
    search = SearchService.for_store(store)
    try:
        assert len(search.search("financing").hits) == 1
    finally:
        search.close()


def test_a_second_import_adds_nothing(store, archive):
    first = ImportService(store).run([archive])
    second = ImportService(store).run([archive, archive / "kazakh.md"])
    assert second.imported == [] and len(second.duplicates) == 6 and second.succeeded
    assert {d["id"] for d in second.duplicates} == {i["id"] for i in first.imported}
    assert store.count(Kind.SPEECH) == 4


def test_an_existing_conference_is_matched_not_created(store, records, demo, archive):
    ImportService(store).run([archive])
    assert len(store.conferences_matching(demo.title)) == 1


def test_identical_files_in_one_import_come_in_once(store, tmp_path):
    (tmp_path / "a.txt").write_text("Same text")
    (tmp_path / "b.txt").write_text("Same text")
    report = ImportService(store).run([tmp_path])
    assert len(report.imported) == 1 and report.duplicates[0]["file"].endswith("b.txt")


def test_bad_input_is_reported_and_the_rest_comes_in(store, tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "good.txt").write_text("A good speech.")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really")
    make_pdf(folder / "scan.pdf", lines=[])
    (folder / "bad-date.txt").write_text("Dated badly.")
    (folder / "picture.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "manifest.csv").write_text("file,date\nbad-date.txt,2012-02-30\nghost.txt,\n")
    report = ImportService(store).run([folder, tmp_path / "nowhere"])
    reasons = {r["file"].split("/")[-1]: r["reason"] for r in report.failed}
    assert [i["file"].split("/")[-1] for i in report.imported] == ["good.txt"]
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["binary.txt"]
    assert "Word" in reasons["broken.docx"] and "no text" in reasons["scan.pdf"]
    assert "2012-02-30" in reasons["bad-date.txt"] and "no such file" in reasons["nowhere"]
    assert "ghost.txt" in reasons["manifest.csv:3"]
    assert report.skipped[0]["file"].endswith("picture.jpg") and report.succeeded


def test_a_manifest_without_a_file_column_is_reported_and_files_still_come_in(store, tmp_path):
    (tmp_path / "a.txt").write_text("Text")
    (tmp_path / "manifest.csv").write_text("title,date\nSomething,2012-01-01\n")
    report = ImportService(store).run([tmp_path])
    assert len(report.imported) == 1 and "'file' column" in report.failed[0]["reason"]


def test_nothing_imported_is_not_a_success(store, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    assert not ImportService(store).run([tmp_path]).succeeded


def test_arguments_are_checked_before_anything_is_read(store, tmp_path):
    with pytest.raises(NotFoundError):
        ImportService(store).run([tmp_path], conference="No such conference")
    with pytest.raises(ValidationError):
        ImportService(store).run([tmp_path], kind="memo")


def test_defaults_apply_where_metadata_is_silent(store, demo, tmp_path):
    (tmp_path / "a.txt").write_text("A line to take")
    (tmp_path / "b.md").write_text("---\nkind: speech\n---\nA speech")
    ImportService(store).run([tmp_path], conference=demo.title, kind="point")
    assert any(p.body == "A line to take" for p in store.list(Kind.POINT, conference_id=demo.id))
    assert any(s.body == "A speech" for s in store.list(Kind.SPEECH, conference_id=demo.id))


def many_files(folder, count):
    folder.mkdir()
    for n in range(count):
        (folder / f"speech-{n:03d}.txt").write_text(f"Speech number {n} on border control.")
    return folder


def test_progress_is_reported_per_file(store, tmp_path):
    calls = []
    ImportService(store, batch_size=4).run(
        [many_files(tmp_path / "f", 10)], progress=lambda *a: calls.append(a)
    )
    assert [c[0] for c in calls[:10]] == list(range(10)) and {c[1] for c in calls} == {10}
    assert calls[-1][:2] == (10, 10)


def test_cancelling_keeps_whole_items_and_running_again_finishes(store, tmp_path):
    folder = many_files(tmp_path / "f", 25)
    seen = []
    report = ImportService(store, batch_size=10).run(
        [folder], progress=lambda d, t, n: seen.append(d), cancelled=lambda: len(seen) >= 13
    )
    assert report.cancelled and len(report.imported) == 13 == store.count(Kind.SPEECH)
    again = ImportService(store, batch_size=10).run([folder])
    assert len(again.imported) == 12 and len(again.duplicates) == 13 and store.count(Kind.SPEECH) == 25


def test_an_interruption_mid_batch_leaves_only_committed_batches(store, tmp_path, monkeypatch):
    folder = many_files(tmp_path / "f", 25)
    real = ImportStore.insert_many
    calls = []

    def crash_on_second_batch(self, records):
        calls.append(len(records))
        real(self, records)
        if len(calls) == 2:
            raise KeyboardInterrupt  # after the rows are written, before the commit

    monkeypatch.setattr(ImportStore, "insert_many", crash_on_second_batch)
    with pytest.raises(KeyboardInterrupt):
        ImportService(store, batch_size=10).run([folder])
    assert store.count(Kind.SPEECH) == 10 and len(store.revisions(store.list(Kind.SPEECH)[0].id)) == 1
    monkeypatch.setattr(ImportStore, "insert_many", real)
    report = ImportService(store, batch_size=10).run([folder])
    assert len(report.imported) == 15 and store.count(Kind.SPEECH) == 25


def test_a_file_that_cannot_be_read_is_reported(store, tmp_path, monkeypatch):
    from briefcase_app.services import importing

    (tmp_path / "locked.txt").write_text("Secret")
    (tmp_path / "open.txt").write_text("Open")
    real = importing.read_regular

    def read_regular(path, *args):
        if path.name == "locked.txt":  # the tests run as root, where chmod 000 does not stop a read
            raise PermissionError(13, "Permission denied")
        return real(path, *args)

    monkeypatch.setattr(importing, "read_regular", read_regular)
    calls = []
    report = ImportService(store).run([tmp_path], progress=lambda *a: calls.append(a))
    assert report.failed == [
        {"file": str(tmp_path / "locked.txt"), "reason": "cannot read it (Permission denied)"}
    ]
    assert len(report.imported) == 1 and calls[-1][:2] == (2, 2)


def test_import_paths_opens_and_closes_its_own_store(store_path, tmp_path):
    from briefcase_app.services.importing import import_paths

    (tmp_path / "a.txt").write_text("Text")
    report = import_paths(tmp_path / "worker.db", [tmp_path / "a.txt"], cancelled=lambda: False)
    assert len(report.imported) == 1 and (tmp_path / "worker.db").exists()


def test_a_huge_file_is_refused_unread(store, tmp_path, monkeypatch):
    from briefcase_app.services import importing

    monkeypatch.setattr(importing, "MAX_FILE_BYTES", 10)
    (tmp_path / "big.txt").write_text("More than ten bytes of text")
    (tmp_path / "small.txt").write_text("Short")
    report = ImportService(store).run([tmp_path])
    assert "larger than" in report.failed[0]["reason"] and len(report.imported) == 1
