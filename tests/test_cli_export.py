"""`briefcase-app export pack|speech|markdown` as a person types them."""

from __future__ import annotations

import pytest
from pdf_cases.readback import flat, page_texts
from pypdf import PdfReader

from briefcase_app.cli import main
from briefcase_app.domain.models import Kind

CONF = "Paris Pact Vienna 2012"


@pytest.fixture
def demo_store(store_path, demo):
    return str(store_path)


def test_export_pack_prints_preflight_and_writes(demo_store, tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    assert (
        main(["export", "pack", "--store", demo_store, "-c", CONF, "-o", str(out), "--marking", "SECRET"])
        == 0
    )
    printed = capsys.readouterr()
    assert "Pre-flight:" in printed.err and "placeholder TBC left in notes" in printed.err
    assert f"Wrote {out}" in printed.out
    texts = page_texts(PdfReader(out))
    assert all(t.count("SECRET") >= 2 for t in texts)


def test_strict_fails_with_one_line_and_no_file(demo_store, tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    assert main(["export", "pack", "--store", demo_store, "-c", CONF, "-o", str(out), "--strict"]) == 1
    captured = capsys.readouterr()
    assert "export stopped (--strict)" in captured.err and "fact " in captured.err
    assert not out.exists()


def test_password_comes_from_a_file(demo_store, tmp_path):
    secret = tmp_path / "pw.txt"
    secret.write_text("correct horse\n", encoding="utf-8")
    out = tmp_path / "pack.pdf"
    assert (
        main(
            [
                "export",
                "pack",
                "--store",
                demo_store,
                "-c",
                CONF,
                "-o",
                str(out),
                "--password-file",
                str(secret),
            ]
        )
        == 0
    )
    reader = PdfReader(out)
    assert reader.is_encrypted and reader.decrypt("correct horse") != 0


def test_password_is_not_an_argument(demo_store, tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(
            [
                "export",
                "pack",
                "--store",
                demo_store,
                "-c",
                CONF,
                "-o",
                str(tmp_path / "p.pdf"),
                "--password",
                "x",
            ]
        )


def test_ask_password_prompts_twice(demo_store, tmp_path, monkeypatch):
    answers = iter(["pw", "pw"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    out = tmp_path / "p.pdf"
    assert main(["export", "pack", "--store", demo_store, "-c", CONF, "-o", str(out), "--ask-password"]) == 0
    assert PdfReader(out).is_encrypted


def test_unknown_pack_and_bad_wpm_are_one_line_errors(demo_store, tmp_path, capsys):
    out = str(tmp_path / "p.pdf")
    assert main(["export", "pack", "--store", demo_store, "-c", CONF, "--pack", "nope", "-o", out]) == 1
    assert main(["export", "pack", "--store", demo_store, "-c", CONF, "--wpm", "0", "-o", out]) == 1
    err = capsys.readouterr().err
    assert "no pack 'nope'" in err and "words per minute" in err


def test_export_speech_reading_copy(demo_store, records, demo, tmp_path):
    speech = records.store.list(Kind.SPEECH, conference_id=demo.id)[0]
    out = tmp_path / "speech.pdf"
    assert main(["export", "speech", speech.id, "--reading-copy", "-o", str(out), "--store", demo_store]) == 0
    assert "continued overleaf" in page_texts(PdfReader(out))[0]


def test_export_markdown_files_names_the_failures(tmp_path, capsys):
    good = tmp_path / "note.md"
    good.write_text("# Note\n\nR&D <script>x</script>", encoding="utf-8")
    bad = tmp_path / "latin1.md"
    bad.write_bytes(b"caf\xe9")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code = main(
        ["export", "markdown", str(good), str(bad), str(tmp_path / "missing.md"), "--out-dir", str(out_dir)]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "latin1.md: failed: not UTF-8 text" in err and "missing.md: failed: no such file" in err
    assert "2 of 3 file(s) failed" in err
    assert [p.name for p in out_dir.iterdir()] == ["note.pdf"]
    assert "R&D <script>x</script>" in flat(page_texts(PdfReader(out_dir / "note.pdf"))[0])


def test_export_markdown_all_good_exits_zero(tmp_path):
    source = tmp_path / "a.md"
    source.write_text("text", encoding="utf-8")
    assert main(["export", "markdown", str(source), "--out-dir", str(tmp_path), "--marking", "OFFICIAL"]) == 0


def test_size_option_sets_the_body_size_and_refuses_others(demo_store, tmp_path, capsys):
    pages = {}
    for size in ("10.5", "14"):
        out = tmp_path / f"pack{size}.pdf"
        assert (
            main(["export", "pack", "--store", demo_store, "-c", CONF, "-o", str(out), "--size", size]) == 0
        )
        pages[size] = len(PdfReader(out).pages)
    assert pages["14"] > pages["10.5"]
    note = tmp_path / "note.md"
    note.write_text("# Note\n\n" + "Some words of a note. " * 400, encoding="utf-8")
    assert main(["export", "markdown", str(note), "--out-dir", str(tmp_path / "md"), "--size", "12"]) == 0
    with pytest.raises(SystemExit):
        main(
            [
                "export",
                "pack",
                "--store",
                demo_store,
                "-c",
                CONF,
                "-o",
                str(tmp_path / "x.pdf"),
                "--size",
                "11",
            ]
        )


def test_reading_copy_takes_the_packs_marking_by_default(demo_store, records, demo, tmp_path):
    speech = records.store.list(Kind.SPEECH, conference_id=demo.id)[0]
    out = tmp_path / "rc.pdf"
    assert main(["export", "speech", speech.id, "--reading-copy", "--store", demo_store, "-o", str(out)]) == 0
    marking = next(p for p in records.store.list(Kind.PACK, conference_id=demo.id)).marking
    assert marking and all(marking in t for t in page_texts(PdfReader(out)))
