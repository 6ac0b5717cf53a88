"""The import, export folder, export bundle, backup, backups and restore-backup commands."""

from __future__ import annotations

import json

from import_cases import make_docx


def test_import_reports_and_exits_zero_when_something_came_in(cli, tmp_path):
    store = tmp_path / "new.db"
    folder = tmp_path / "in"
    folder.mkdir()
    make_docx(folder / "statement.docx")
    (folder / "empty.txt").write_text("")
    code, out, err = cli("import", folder, "--store", store)
    assert code == 0 and err == ""  # no progress line: stderr is not a terminal
    assert "imported   speech" in out and "FAILED" in out and "empty" in out
    assert "1 imported, 0 merged (0 conflicts), 0 duplicates, 1 failed" in out
    code, out, _ = cli("import", folder, "--store", store, "--json")
    report = json.loads(out)
    assert code == 0 and report["imported"] == [] and len(report["duplicates"]) == 1
    assert report["backup"] and "-open.db" in report["backup"]  # a snapshot before a bulk change
    code, out, _ = cli("list", "speeches", "--store", store)
    assert "Statement on precursors" in out


def test_import_exits_non_zero_when_nothing_came_in_or_arguments_are_wrong(cli, tmp_path):
    store = tmp_path / "s.db"
    code, out, _ = cli("import", tmp_path / "missing", "--store", store)
    assert code == 1 and "no such file or folder" in out
    code, _, err = cli("import", tmp_path, "--conference", "Nowhere", "--store", store)
    assert code == 1 and "no conference called 'Nowhere'" in err
    assert cli("import", tmp_path, "--kind", "memo", "--store", store).code == 2


def test_export_folder_and_bundle_round_trip(cli, demo_store, tmp_path):
    a, b = demo_store, tmp_path / "b.db"
    code, out, _ = cli(
        "export", "folder", tmp_path / "out", "--conference", "Paris Pact Vienna 2012", "--store", a
    )
    assert code == 0 and "Wrote" in out
    code, out, _ = cli("export", "bundle", tmp_path / "v.briefcase", "--store", a)
    assert code == 0 and "briefcase-app import" in out
    code, out, _ = cli("import", tmp_path / "v.briefcase", "--store", b)
    assert code == 0 and "0 failed" in out
    _, listed_a, _ = cli("list", "points", "--store", a)
    _, listed_b, _ = cli("list", "points", "--store", b)
    assert listed_a == listed_b


def test_backup_backups_and_restore_backup(cli, demo_store):
    store = demo_store
    code, out, _ = cli("backup", "--store", store)
    assert code == 0 and "Backed up" in out
    backup = out.strip().split(" to ")[-1]
    code, out, _ = cli("backups", "--store", store, "--json")
    assert code == 0 and json.loads(out)["backups"][0]["path"] == backup
    speech = json.loads(cli("list", "speeches", "--store", store, "--json")[1])[0]
    cli("delete", "speech", speech["id"], "--store", store)
    code, out, _ = cli("restore-backup", backup, "--store", store)
    assert code == 0 and "before-restore" in out
    assert speech["id"] in cli("list", "speeches", "--store", store)[1]


def test_backups_offers_the_newest_good_backup_for_a_damaged_store(cli, demo_store):
    store = demo_store
    cli("backup", "--store", store)
    with open(store, "r+b") as f:
        f.seek(4096 * 2)
        f.write(b"\x00" * 4096 * 4)
    code, _, err = cli("backups", "--store", store)
    assert code == 1 and "damaged" in err and "restore-backup" in err
    code, out, _ = cli(
        "restore-backup", err.split("restore-backup ")[1].split(" --store")[0], "--store", store
    )
    assert code == 0 and "damaged" in out
    assert "Paris Pact" in cli("list", "conferences", "--store", store)[1]


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
