"""`briefcase-app export pack|speech|markdown` as a person types them."""

from __future__ import annotations

from pdf_cases.readback import flat, page_texts
from pypdf import PdfReader

from briefcase_app.domain.models import Kind

CONF = "Paris Pact Vienna 2012"


def test_export_pack_prints_preflight_and_writes(cli, demo_store, tmp_path):
    out = tmp_path / "pack.pdf"
    printed = cli("export", "pack", "--store", demo_store, "-c", CONF, "-o", out, "--marking", "SECRET")
    assert printed.code == 0
    assert "Pre-flight:" in printed.err and "placeholder TBC left in notes" in printed.err
    assert f"Wrote {out}" in printed.out
    texts = page_texts(PdfReader(out))
    assert all(t.count("SECRET") >= 2 for t in texts)


def test_strict_fails_with_one_line_and_no_file(cli, demo_store, tmp_path):
    out = tmp_path / "pack.pdf"
    captured = cli("export", "pack", "--store", demo_store, "-c", CONF, "-o", out, "--strict")
    assert captured.code == 1
    assert "export stopped (--strict)" in captured.err and "fact " in captured.err
    assert not out.exists()


def test_password_comes_from_a_file(cli, demo_store, tmp_path):
    secret = tmp_path / "pw.txt"
    secret.write_text("correct horse\n", encoding="utf-8")
    out = tmp_path / "pack.pdf"
    assert (
        cli("export", "pack", "--store", demo_store, "-c", CONF, "-o", out, "--password-file", secret).code
        == 0
    )
    reader = PdfReader(out)
    assert reader.is_encrypted and reader.decrypt("correct horse") != 0


def test_password_is_not_an_argument(cli, demo_store, tmp_path):
    refused = cli(
        "export", "pack", "--store", demo_store, "-c", CONF, "-o", tmp_path / "p.pdf", "--password", "x"
    )
    assert refused.code == 2 and "--password" in refused.err
    assert not (tmp_path / "p.pdf").exists()


def test_ask_password_prompts_twice(cli, demo_store, tmp_path, monkeypatch):
    answers = iter(["pw", "pw"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    out = tmp_path / "p.pdf"
    assert cli("export", "pack", "--store", demo_store, "-c", CONF, "-o", out, "--ask-password").code == 0
    assert PdfReader(out).is_encrypted


def test_unknown_pack_and_bad_wpm_are_one_line_errors(cli, demo_store, tmp_path):
    out = tmp_path / "p.pdf"
    no_pack = cli("export", "pack", "--store", demo_store, "-c", CONF, "--pack", "nope", "-o", out)
    assert no_pack.code == 1 and "no pack 'nope'" in no_pack.err
    bad_wpm = cli("export", "pack", "--store", demo_store, "-c", CONF, "--wpm", "0", "-o", out)
    assert bad_wpm.code == 1 and "words per minute" in bad_wpm.err


def test_export_speech_reading_copy(cli, store_path, records, demo, tmp_path):
    speech = records.store.list(Kind.SPEECH, conference_id=demo.id)[0]
    out = tmp_path / "speech.pdf"
    assert cli("export", "speech", speech.id, "--reading-copy", "-o", out, "--store", store_path).code == 0
    assert "continued overleaf" in page_texts(PdfReader(out))[0]


def test_export_markdown_files_names_the_failures(cli, tmp_path):
    good = tmp_path / "note.md"
    good.write_text("# Note\n\nR&D <script>x</script>", encoding="utf-8")
    bad = tmp_path / "latin1.md"
    bad.write_bytes(b"caf\xe9")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, _, err = cli("export", "markdown", good, bad, tmp_path / "missing.md", "--out-dir", out_dir)
    assert code == 1
    assert "latin1.md: failed: not UTF-8 text" in err and "missing.md: failed: no such file" in err
    assert "2 of 3 file(s) failed" in err
    assert [p.name for p in out_dir.iterdir()] == ["note.pdf"]
    assert "R&D <script>x</script>" in flat(page_texts(PdfReader(out_dir / "note.pdf"))[0])


def test_export_markdown_all_good_exits_zero(cli, tmp_path):
    source = tmp_path / "a.md"
    source.write_text("text", encoding="utf-8")
    assert cli("export", "markdown", source, "--out-dir", tmp_path, "--marking", "OFFICIAL").code == 0
    assert (tmp_path / "a.pdf").exists()


def test_size_option_sets_the_body_size_and_refuses_others(cli, demo_store, tmp_path):
    pages = {}
    for size in ("10.5", "14"):
        out = tmp_path / f"pack{size}.pdf"
        assert cli("export", "pack", "--store", demo_store, "-c", CONF, "-o", out, "--size", size).code == 0
        pages[size] = len(PdfReader(out).pages)
    assert pages["14"] > pages["10.5"]
    note = tmp_path / "note.md"
    note.write_text("# Note\n\n" + "Some words of a note. " * 400, encoding="utf-8")
    assert cli("export", "markdown", note, "--out-dir", tmp_path / "md", "--size", "12").code == 0
    refused = cli(
        "export", "pack", "--store", demo_store, "-c", CONF, "-o", tmp_path / "x.pdf", "--size", "11"
    )
    assert refused.code == 2 and not (tmp_path / "x.pdf").exists()


def test_reading_copy_takes_the_packs_marking_by_default(cli, store_path, records, demo, tmp_path):
    speech = records.store.list(Kind.SPEECH, conference_id=demo.id)[0]
    out = tmp_path / "rc.pdf"
    assert cli("export", "speech", speech.id, "--reading-copy", "--store", store_path, "-o", out).code == 0
    marking = next(p for p in records.store.list(Kind.PACK, conference_id=demo.id)).marking
    assert marking and all(marking in t for t in page_texts(PdfReader(out)))
    assert out.exists()
