"""The import, export folder, export bundle, backup, backups and restore-backup commands."""

from __future__ import annotations

import json

from import_cases import make_docx

from briefcase_app.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_reports_and_exits_zero_when_something_came_in(capsys, tmp_path):
    store = tmp_path / "new.db"
    folder = tmp_path / "in"
    folder.mkdir()
    make_docx(folder / "statement.docx")
    (folder / "empty.txt").write_text("")
    code, out, err = run(capsys, "import", folder, "--store", store)
    assert code == 0 and err == ""  # no progress line: stderr is not a terminal
    assert "imported   speech" in out and "FAILED" in out and "empty" in out
    assert "1 imported, 0 merged (0 conflicts), 0 duplicates, 1 failed" in out
    code, out, _ = run(capsys, "import", folder, "--store", store, "--json")
    report = json.loads(out)
    assert code == 0 and report["imported"] == [] and len(report["duplicates"]) == 1
    assert report["backup"] and "-open.db" in report["backup"]  # a snapshot before a bulk change
    code, out, _ = run(capsys, "list", "speeches", "--store", store)
    assert "Statement on precursors" in out


def test_import_exits_non_zero_when_nothing_came_in_or_arguments_are_wrong(capsys, tmp_path):
    store = tmp_path / "s.db"
    code, out, _ = run(capsys, "import", tmp_path / "missing", "--store", store)
    assert code == 1 and "no such file or folder" in out
    code, _, err = run(capsys, "import", tmp_path, "--conference", "Nowhere", "--store", store)
    assert code == 1 and "no conference called 'Nowhere'" in err
    try:
        main(["import", str(tmp_path), "--kind", "memo", "--store", str(store)])
    except SystemExit as e:
        assert e.code == 2
    capsys.readouterr()


def test_export_folder_and_bundle_round_trip(capsys, tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    run(capsys, "demo", "--store", a)
    code, out, _ = run(
        capsys, "export", "folder", tmp_path / "out", "--conference", "Paris Pact Vienna 2012", "--store", a
    )
    assert code == 0 and "Wrote" in out
    code, out, _ = run(capsys, "export", "bundle", tmp_path / "v.briefcase", "--store", a)
    assert code == 0 and "briefcase-app import" in out
    code, out, _ = run(capsys, "import", tmp_path / "v.briefcase", "--store", b)
    assert code == 0 and "0 failed" in out
    _, listed_a, _ = run(capsys, "list", "points", "--store", a)
    _, listed_b, _ = run(capsys, "list", "points", "--store", b)
    assert listed_a == listed_b


def test_backup_backups_and_restore_backup(capsys, tmp_path):
    store = tmp_path / "s.db"
    run(capsys, "demo", "--store", store)
    code, out, _ = run(capsys, "backup", "--store", store)
    assert code == 0 and "Backed up" in out
    backup = out.strip().split(" to ")[-1]
    code, out, _ = run(capsys, "backups", "--store", store, "--json")
    assert code == 0 and json.loads(out)["backups"][0]["path"] == backup
    speech = json.loads(run(capsys, "list", "speeches", "--store", store, "--json")[1])[0]
    run(capsys, "delete", "speech", speech["id"], "--store", store)
    code, out, _ = run(capsys, "restore-backup", backup, "--store", store)
    assert code == 0 and "before-restore" in out
    assert speech["id"] in run(capsys, "list", "speeches", "--store", store)[1]


def test_backups_offers_the_newest_good_backup_for_a_damaged_store(capsys, tmp_path):
    store = tmp_path / "s.db"
    run(capsys, "demo", "--store", store)
    run(capsys, "backup", "--store", store)
    with open(store, "r+b") as f:
        f.seek(4096 * 2)
        f.write(b"\x00" * 4096 * 4)
    code, _, err = run(capsys, "backups", "--store", store)
    assert code == 1 and "damaged" in err and "restore-backup" in err
    code, out, _ = run(
        capsys, "restore-backup", err.split("restore-backup ")[1].split(" --store")[0], "--store", store
    )
    assert code == 0 and "damaged" in out
    assert "Paris Pact" in run(capsys, "list", "conferences", "--store", store)[1]


def test_export_folder_and_bundle_can_hang_under_the_export_group(tmp_path):
    import argparse

    from briefcase_app.cli import import_cmd

    parser = argparse.ArgumentParser()
    what = parser.add_subparsers(dest="what").add_parser("export").add_subparsers(dest="export_what")
    import_cmd.add_export_subcommands(what)
    args = parser.parse_args(["export", "bundle", str(tmp_path / "x.briefcase"), "-c", "Vienna"])
    assert args.func is import_cmd.cmd_export_bundle and args.conference == "Vienna"
    assert parser.parse_args(["export", "folder", "out"]).func is import_cmd.cmd_export_folder


def test_progress_line_is_redrawn_and_cleared():
    import io

    from briefcase_app.cli.import_cmd import _Progress

    stream = io.StringIO()
    progress = _Progress(stream)
    progress(0, 3, "a.txt")
    progress(1, 3, "b.txt")  # within 0.1 s: not redrawn
    progress(3, 3, "")
    progress.close()
    out = stream.getvalue()
    assert "Importing 0/3 a.txt" in out and "b.txt" not in out and "Importing 3/3" in out
    assert out.endswith("\r\x1b[K")


def test_the_report_names_conflicts_and_a_cancelled_import():
    import io

    from briefcase_app.cli.import_cmd import print_report
    from briefcase_app.services.importing import ImportReport

    report = ImportReport(cancelled=True)
    report.merged.append({"file": "b.briefcase", "kind": "speech", "id": "x1", "outcome": "conflict"})
    report.conflicts.append({"kind": "speech", "id": "x1", "title": "Opening", "winner": "incoming"})
    out = io.StringIO()
    print_report(report, out)
    text = out.getvalue()
    assert "conflict   speech  x1  Opening: both changed; the newer (theirs) is current" in text
    assert "cancelled: run the same import again to finish it" in text
