"""Hostile input to import and exchange (issue 10, items 5, 6, 7, 11): ids of another kind,
links out of the folder, FIFOs and devices, `../` in a manifest, bombs, and bundle records
that cannot be trusted. Each case is what a colleague's archive or bundle could hold."""

from __future__ import annotations

import json
import os
import zipfile

import pytest
from import_cases import lie_about_size, make_word_package, zip_bomb

from briefcase_app.domain.models import Fact, Kind, Speech
from briefcase_app.services import exchange
from briefcase_app.services.importing import ImportService
from briefcase_app.services.search import SearchService
from briefcase_app.store import Store

GB = 2**30


def hits(store, query):
    search = SearchService.for_store(store)
    try:
        return [(h.kind, h.id) for h in search.search(query).hits]
    finally:
        search.close()


def one_line(report_entries):
    return all("\n" not in e["reason"] and "Traceback" not in e["reason"] for e in report_entries)


# ---- item 5: ids are per record, not per kind ------------------------------
def test_a_file_naming_the_id_of_another_kind_gets_a_new_id(store, records, tmp_path):
    ours = Speech(title="Our statement", body="our private tachyon remarks")
    records.create(ours)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "p.md").write_text(
        f"---\nkind: point\nid: {ours.id}\ntitle: Their line\n---\nincoming muon line\n"
    )
    report = ImportService(store).run([tmp_path / "in"])
    [entry] = report.imported
    assert entry["kind"] == "point" and entry["id"] != ours.id
    assert ours.id in entry["note"]  # the report says the id was changed, and from what
    assert hits(store, "tachyon") == [(Kind.SPEECH, ours.id)]  # our search row is still ours
    assert hits(store, "muon") == [(Kind.POINT, entry["id"])]
    assert {r.kind for r in store.revisions(ours.id)} == {Kind.SPEECH}
    assert {r.kind for r in store.revisions(entry["id"])} == {Kind.POINT}
    again = ImportService(store).run([tmp_path / "in"])
    assert again.imported == [] and store.count(Kind.POINT) == 1
    (tmp_path / "in2").mkdir()
    (tmp_path / "in2" / "f.md").write_text(f"---\nkind: fact\nconference_id: {ours.id}\n---\nA fact.\n")
    report = ImportService(store).run([tmp_path / "in2"])
    [conference] = store.list(Kind.CONFERENCE)  # made for the fact, with an id of its own
    assert conference.id != ours.id and store.list(Kind.FACT)[0].conference_id == conference.id
    assert hits(store, "tachyon") == [(Kind.SPEECH, ours.id)]


def test_a_bundle_record_with_the_id_of_another_kind_gets_a_new_id(store, records, tmp_path):
    ours = Speech(title="Our statement", body="our private tachyon remarks")
    records.create(ours)
    with Store.open(tmp_path / "other.db") as other:
        from briefcase_app.services.records import RecordService

        RecordService(other).create(Fact(statement="Their muon fact", id=ours.id))
        exchange.export_bundle(other, tmp_path / "theirs.briefcase")
    report = ImportService(store).run([tmp_path / "theirs.briefcase"])
    [entry] = [e for e in report.imported if e["kind"] == "fact"]
    assert entry["id"] != ours.id and ours.id in entry["note"]
    assert hits(store, "tachyon") == [(Kind.SPEECH, ours.id)]
    assert hits(store, "muon") == [(Kind.FACT, entry["id"])]
    assert {r.kind for r in store.revisions(ours.id)} == {Kind.SPEECH}
    again = ImportService(store).run([tmp_path / "theirs.briefcase"])
    assert again.imported == [] and store.count(Kind.FACT) == 1  # the same new id again: merged


# ---- item 6: only what is inside what was given ------------------------------
@pytest.fixture
def secret(tmp_path):
    ssh = tmp_path / "home" / ".ssh"
    ssh.mkdir(parents=True)
    key = ssh / "id_rsa"
    key.write_text("BEGIN OPENSSH PRIVATE KEY secretkeymaterial\n")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "notes.txt").write_text("outsidewords only\n")
    return key


def test_links_out_of_the_folder_are_skipped_and_reported(store, tmp_path, secret):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "speech.txt").write_text("Inside words.\n")
    os.symlink(secret, archive / "key.md")
    os.symlink(tmp_path / "outside", archive / "more")  # a folder outside
    os.symlink(archive / "speech.txt", archive / "same.txt")  # inside: allowed (a duplicate)
    os.symlink(archive / "loop_b.txt", archive / "loop_a.txt")
    os.symlink(archive / "loop_a.txt", archive / "loop_b.txt")
    os.symlink(tmp_path / "gone.txt", archive / "broken.txt")
    report = ImportService(store).run([archive])
    reasons = {os.path.basename(e["file"]): e["reason"] for e in report.skipped + report.failed}
    assert "outside the folder" in reasons["key.md"]
    assert "not followed" in reasons["more"]
    assert "loop" in reasons["loop_a.txt"] and "loop" in reasons["loop_b.txt"]
    assert "broken.txt" in reasons
    brought = [os.path.basename(e["file"]) for e in report.imported + report.duplicates]
    assert len(report.imported) == 1 and sorted(brought) == ["same.txt", "speech.txt"]
    assert hits(store, "secretkeymaterial") == [] and hits(store, "outsidewords") == []


def test_a_manifest_cannot_name_files_outside_its_folder(store, tmp_path, secret):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "a.txt").write_text("Inside words.\n")
    (archive / "manifest.csv").write_text(
        f"file,title\na.txt,Ours\n../outside/notes.txt,Sneaky\n{secret},Key\nsub/../../outside/notes.txt,Win\n"
    )
    for given in ([archive / "manifest.csv"], [archive]):
        report = ImportService(store).run(given)
        problems = [e["reason"] for e in report.failed if "manifest.csv" in e["file"]]
        assert len(problems) == 3 and all("outside the manifest's folder" in p for p in problems)
        assert hits(store, "outsidewords") == [] and hits(store, "secretkeymaterial") == []
    assert store.count(Kind.SPEECH) == 1


def test_fifos_and_devices_are_skipped_never_opened(cli_process, tmp_path):
    """The real command in its own process: a FIFO opened for reading would hang it."""
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "speech.txt").write_text("Inside words.\n")
    os.mkfifo(archive / "pipe.txt")
    os.mkfifo(archive / "manifest.csv")
    os.mkfifo(tmp_path / "given.md")
    os.symlink("/dev/zero", tmp_path / "zero.txt")  # given by name: followed, but not a regular file
    done = cli_process(
        "import", archive, tmp_path / "given.md", tmp_path / "zero.txt", "--store", tmp_path / "s.db",
        env=os.environ | {"PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for name in ("pipe.txt", "manifest.csv", "given.md", "zero.txt"):
        [line] = [x for x in lines if name in x]
        assert "not a regular file" in line, line
    assert "1 imported" in done.stdout and "Traceback" not in done.stderr


# ---- item 7: bombs stop early; any input gives one line ------------------------
@pytest.fixture(scope="session")
def bombs(tmp_path_factory):
    """A .docx whose document.xml and a bundle whose bundle.json inflate to 1 GB (5 MB on disk)."""
    folder = tmp_path_factory.mktemp("bombs")
    word = folder / "bomb.docx"
    make_word_package(word, "<w:p><w:r><w:t>small</w:t></w:r></w:p>")
    with zipfile.ZipFile(word) as z:
        others = {n: z.read(n) for n in z.namelist() if n != "word/document.xml"}
    head = f'<?xml version="1.0"?><w:document xmlns:w="{"http://schemas.openxmlformats.org/wordprocessingml/2006/main"}"><w:body>'
    zip_bomb(word, "word/document.xml", head.encode(), b"<w:p><w:r><w:t>la</w:t></w:r></w:p>", GB, others)
    bundle = zip_bomb(
        folder / "bomb.briefcase",
        "bundle.json",
        b'{"format": "briefcase-bundle", "version": 1, "records": {}, "pad": "',
        b"x",
        GB,
    )
    return word, bundle


@pytest.mark.slow  # compressing a gigabyte takes 3 s; the lying-sizes test below covers the limit fast
def test_a_docx_and_a_bundle_that_inflate_to_a_gigabyte_are_refused(store, tmp_path, bombs):
    (tmp_path / "ok.txt").write_text("Still imported.\n")
    report = ImportService(store).run([*bombs, tmp_path / "ok.txt"])
    reasons = {os.path.basename(e["file"]): e["reason"] for e in report.failed}
    assert set(reasons) == {"bomb.docx", "bomb.briefcase"} and one_line(report.failed)
    assert all("expand" in r for r in reasons.values()), reasons
    assert len(report.imported) == 1


def test_zip_headers_that_lie_about_sizes_are_caught(store, tmp_path):
    word = make_word_package(
        tmp_path / "liar.docx", "<w:p><w:r><w:t>" + "word " * 200_000 + "</w:t></w:r></w:p>"
    )
    lie_about_size(word, "word/document.xml", 1000)
    bundle = tmp_path / "liar.briefcase"
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "bundle.json", json.dumps({"format": "briefcase-bundle", "version": 1, "pad": "x" * 10**6})
        )
    lie_about_size(bundle, "bundle.json", 1000)
    report = ImportService(store).run([word, bundle])
    assert len(report.failed) == 2 and one_line(report.failed) and report.imported == []


BILLION_LAUGHS = (
    "---\n"
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
    "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n"
    "tags: *i\ntitle: *i\n---\nBody.\n"
)


def _bundle(path, records=None, raw=None):
    payload = raw if raw is not None else {"format": "briefcase-bundle", "version": 1, "records": records}
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("bundle.json", payload if isinstance(payload, str | bytes) else json.dumps(payload))
    return path


HOSTILE_TEXT = {
    "laughs.md": BILLION_LAUGHS,
    "deep.md": "---\ntitle: " + "[" * 50_000 + "\n---\nBody.\n",
    "surrogate.md": '---\ntitle: "lone \\ud800 surrogate"\n---\nBody.\n',
    "huge.md": "---\ntarget_minutes: 1e400\ndate: 99999-01-01\n---\nBody.\n",
    "bigint.md": "---\ntarget_minutes: " + "9" * 5000 + "\n---\nBody.\n",
}
_SPEECH = {
    "id": "s1",
    "title": "t",
    "body": "b",
    "created_at": "2024-01-01T00:00:00",
    "updated_at": "2024-01-01T00:00:00",
}
HOSTILE_BUNDLES = {
    "deep.briefcase": '{"format": "briefcase-bundle", "version": 1, "records": '
    + "[" * 100_000
    + "]" * 100_000
    + "}",
    "bignum.briefcase": '{"format": "briefcase-bundle", "version": 1, "records": {}, "n": '
    + "9" * 10_000
    + "}",
    "inf.briefcase": {"speech": [_SPEECH | {"target_minutes": 1e308 * 10}]},
    "surrogate.briefcase": '{"format": "briefcase-bundle", "version": 1, "records": {"speech": [{"title": "\\ud800", "body": "b"}]}}',
    "notalist.briefcase": {"speech": {"id": "x"}},
    "strings.briefcase": {"speech": ["not a record"]},
}


def test_hostile_text_and_bundles_fail_with_one_line_and_the_rest_comes_in(cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in HOSTILE_TEXT.items():
        (folder / name).write_text(text)
    for name, content in HOSTILE_BUNDLES.items():
        _bundle(
            folder / name,
            content if isinstance(content, dict) else None,
            None if isinstance(content, dict) else content,
        )
    (folder / "ok.txt").write_text("Still imported.\n")
    (folder / os.fsdecode(b"caf\xe9 \xff.txt")).write_text("A name that is not UTF-8.\n")
    code, out, err = cli("import", folder, "--store", tmp_path / "s.db", "--json")
    report = json.loads(out)
    assert code == 0 and "Traceback" not in err
    failed = {os.path.basename(e["file"]): e["reason"] for e in report["failed"]}
    expected = set(HOSTILE_TEXT) - {"surrogate.md", "huge.md", "bigint.md"} | set(HOSTILE_BUNDLES)
    assert expected <= set(failed), failed
    assert "alias" in failed["laughs.md"]
    assert one_line(report["failed"])
    titles = {e["title"] for e in report["imported"]}
    assert "ok" in titles and "caf\ufffd \ufffd" in titles  # the undecodable name imported, shown with U+FFFD
    for name in (
        "surrogate.md",
        "huge.md",
        "bigint.md",
    ):  # either imported with the bad value dropped, or one line
        assert name in failed or any(e["file"].endswith(name) for e in report["imported"])
    for entry in report["imported"]:  # what was stored is valid Unicode (the file field keeps the name)
        json.dumps(entry["title"], ensure_ascii=False).encode("utf-8")
    for entry in report["failed"]:
        print(
            entry["file"].rsplit("/", 1)[-1].encode("utf-8", "backslashreplace").decode(),
            "::",
            entry["reason"],
        )


# ---- item 11: bundle records that cannot be trusted --------------------------
def test_bundle_records_with_bad_timestamps_or_duplicate_ids_are_reported_and_skipped(store, tmp_path):
    good = _SPEECH | {"id": "good", "title": "Good one"}
    records = {
        "speech": [
            good,
            _SPEECH | {"id": "bad-stamp", "updated_at": "yesterday-ish"},
            _SPEECH | {"id": "future", "updated_at": "2999-01-01T00:00:00"},  # would win every conflict
            _SPEECH | {"id": "twice", "title": "First"},
            _SPEECH | {"id": "twice", "title": "Second"},
        ],
        "conference": [{"id": "conf", "title": "Far future", "updated_at": "2999-01-01T00:00:00"}],
        "point": [{"id": "in-conf", "topic": "Belongs to it", "conference_id": "conf"}],
        "fact": [
            {"id": "good", "statement": "a fact under a speech's id", "created_at": "2024-01-01T00:00:00"}
        ],
    }
    report = ImportService(store).run([_bundle(tmp_path / "b.briefcase", records)])
    reasons = [e["reason"] for e in report.failed]
    assert any("bad-stamp" in r and "updated_at" in r for r in reasons)
    assert any("future" in r and "future" in r.split("future", 1)[1] for r in reasons)
    assert sum("twice" in r and "more than once" in r for r in reasons) == 1
    assert sum("good" in r and "more than once" in r for r in reasons) == 1
    assert sorted(s.title for s in store.list(Kind.SPEECH)) == ["First", "Good one"]
    assert any("in-conf" in r and "conference conf was not imported" in r for r in reasons)
    assert store.count(Kind.FACT) == 0 and store.count(Kind.POINT) == 0 and one_line(report.failed)


# ---- item 11: what is printed on a terminal has its control characters escaped --
def test_file_names_and_titles_are_printed_with_control_characters_escaped(cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a\x1b[31mb.md").write_text("# Title \x1b]0;pwned\x07 here\n\nText.\n")
    (folder / "bad\x1b[2J.txt").write_text("")
    store = tmp_path / "s.db"
    code, out, err = cli("import", folder, "--store", store)
    assert code == 0 and "\x1b" not in out + err and "\x07" not in out + err
    assert "a\\x1b[31mb.md" in out and "bad\\x1b[2J.txt" in out
    code, out, err = cli("list", "speeches", "--store", store)
    assert code == 0 and "\x1b" not in out and "Title \\x1b]0;pwned\\x07 here" in out
    code, out, err = cli("search", "pwned", "--store", store)
    assert code == 0 and "\x1b" not in out and "\\x1b]0;**pwned**\\x07" in out


def test_word_files_with_xml_entities_or_thousands_of_parts_are_refused(store, tmp_path):
    laughs = '<!DOCTYPE w:document [<!ENTITY a "lollollollol">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)
    )
    entities = make_word_package(tmp_path / "entities.docx", "<w:p><w:r><w:t>&j;</w:t></w:r></w:p>")
    with zipfile.ZipFile(entities) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    head, rest = parts["word/document.xml"].split(b"?>", 1)
    parts["word/document.xml"] = head + b"?>" + laughs.encode() + b"]>" + rest
    with zipfile.ZipFile(entities, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    many = make_word_package(tmp_path / "many.docx", "<w:p><w:r><w:t>small</w:t></w:r></w:p>")
    with zipfile.ZipFile(many, "a") as z:
        for n in range(6000):
            z.writestr(f"media/{n}.bin", b"")
    report = ImportService(store).run([entities, many])
    reasons = {os.path.basename(e["file"]): e["reason"] for e in report.failed}
    assert "entities" in reasons["entities.docx"] and "6,0" in reasons["many.docx"]
    assert report.imported == [] and one_line(report.failed)


def test_a_pdf_whose_page_inflates_to_300_mb_is_refused(store, tmp_path):
    import zlib

    packer = zlib.compressobj(1)
    chunk = b"BT /F1 12 Tf 72 700 Td (lol lol lol) Tj ET\n" * 20000
    stream = b"".join(packer.compress(chunk) for _ in range(300 * 2**20 // len(chunk))) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    pdf += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    (tmp_path / "bomb.pdf").write_bytes(bytes(pdf))
    report = ImportService(store).run([tmp_path / "bomb.pdf"])
    assert "compression bomb" in report.failed[0]["reason"] and report.imported == []
