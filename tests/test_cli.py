"""The command line as a person runs it, in this process (the `cli` fixture): its output and exit
code. What only a program of its own shows (main.py, no display) runs as one (`cli_process`)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_demo_then_list_speeches_json(cli, tmp_path):
    path = tmp_path / "demo.db"
    made = cli("demo", "--store", path)
    assert made.code == 0, made.err
    result = cli("list", "speeches", "--store", path, "--json")
    assert result.code == 0, result.err
    speeches = json.loads(result.out)
    assert any(s["speaker"] == "Kairat Umarov" and "Umarov" in s["title"] for s in speeches)


def test_list_facts_json_has_sources(cli, demo_store):
    facts = json.loads(cli("--store", demo_store, "list", "facts", "--json").out)
    assert len(facts) >= 8
    assert all("statement" in f and "source" in f for f in facts)
    assert any("260 million" in f["statement"] and f["source"] for f in facts)


def test_store_option_before_or_after_and_env(cli, demo_store, monkeypatch):
    before = cli("--store", demo_store, "list", "conferences").out
    after = cli("list", "conferences", "--store", demo_store).out
    monkeypatch.setenv("BRIEFCASE_STORE", str(demo_store))
    env = cli("list", "conferences").out
    assert "Paris Pact" in before and before == after == env


def test_conference_by_title_and_unknown(cli, demo_store):
    ok = cli("list", "points", "--conference", "Paris Pact Vienna 2012", "--store", demo_store)
    assert ok.code == 0 and "Precursor chemicals" in ok.out
    bad = cli("list", "points", "--conference", "Geneva 1999", "--store", demo_store)
    assert bad.code == 1
    assert bad.err.strip().startswith("briefcase-app: error: no conference called 'Geneva 1999'")
    assert "Traceback" not in bad.err


def test_add_speech_from_stdin_and_show(cli, demo_store):
    body = "# Draft\n\nWe reaffirm our commitment. Қазақстан & <R&D>"
    added = cli(
        "add",
        "speech",
        "--title",
        "New statement",
        "--conference",
        "Paris Pact Vienna 2012",
        "--date",
        "2013-03-01",
        "--body-file",
        "-",
        "--tags",
        "draft, un",
        "--json",
        "--store",
        demo_store,
        stdin=body,
    )
    assert added.code == 0, added.err
    speech = json.loads(added.out)
    assert speech["body"] == body and speech["tags"] == ["draft", "un"]
    shown = json.loads(cli("show", "speech", speech["id"], "--json", "--store", demo_store).out)
    assert shown["title"] == "New statement" and shown["date"] == "2013-03-01"


@pytest.mark.parametrize(
    "args, message",
    [
        (["add", "conference", "--title", ""], "cannot be empty"),
        (
            ["add", "conference", "--title", "X", "--start-date", "2024-05-02", "--end-date", "2024-05-01"],
            "before the start",
        ),
        (["add", "speech", "--title", "S", "--date", "yesterday"], "not a date"),
        (["add", "fact", "--statement", "S", "--conference", "Nowhere"], "no conference"),
        (["show", "speech", "no-such-id"], "no speech with id"),
        (["add", "speech", "--title", "S", "--body-file", "/no/such/file.md"], "no such file"),
    ],
)
def test_user_mistakes_give_one_line_and_write_nothing(cli, demo_store, args, message):
    before = cli("list", "speeches", "--json", "--store", demo_store).out
    result = cli(*args, "--store", demo_store)
    assert result.code == 1
    assert message in result.err
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert cli("list", "speeches", "--json", "--store", demo_store).out == before


def test_not_a_store_is_refused(cli, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("my notes")
    result = cli("list", "speeches", "--store", path)
    assert result.code == 1 and "not a Briefcase store" in result.err
    assert path.read_text() == "my notes"


def test_list_on_missing_store_does_not_create_it(cli, tmp_path):
    path = tmp_path / "missing.db"
    result = cli("list", "speeches", "--store", path)
    assert result.code == 1 and "no store" in result.err
    assert not path.exists()


def test_delete_trash_restore_cycle(cli, demo_store):
    path = demo_store
    fact = json.loads(cli("list", "facts", "--json", "--store", path).out)[0]
    assert cli("delete", "fact", fact["id"], "--store", path).code == 0
    trash = json.loads(cli("trash", "--json", "--store", path).out)
    assert [t["id"] for t in trash] == [fact["id"]]
    assert cli("restore", "fact", fact["id"], "--store", path).code == 0
    ids = [f["id"] for f in json.loads(cli("list", "facts", "--json", "--store", path).out)]
    assert fact["id"] in ids


def test_edit_and_revisions(cli, demo_store):
    path = demo_store
    speech = json.loads(cli("list", "speeches", "--json", "--store", path).out)[0]
    edited = cli("edit", "speech", speech["id"], "--status", "cleared", "--store", path)
    assert edited.code == 0, edited.err
    bad = cli("edit", "speech", speech["id"], "--status", "published", "--store", path)
    assert bad.code == 2 and "invalid choice: 'published'" in bad.err
    revisions = json.loads(cli("revisions", speech["id"], "--json", "--store", path).out)
    assert revisions[0]["data"]["status"] == "cleared"


def test_main_py_and_module_agree(demo_store):
    via_main = subprocess.run(
        [sys.executable, "main.py", "list", "conferences", "--store", str(demo_store)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert via_main.returncode == 0 and "Paris Pact" in via_main.stdout


def test_damaged_store_names_newest_good_backup(cli, demo_store):
    path = demo_store
    assert cli("backup", "--store", path).code == 0
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    data[8192 : 8192 * 6] = b"\xa5" * len(data[8192 : 8192 * 6])
    path.write_bytes(bytes(data))
    result = cli("list", "speeches", "--store", path)
    assert result.code == 1 and "damaged" in result.err
    assert "restore-backup" in result.err and "-backups" in result.err
    assert path.read_bytes() == bytes(data), "the damaged file is left as it was"


def test_no_display_gives_one_clear_line(cli_process, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HOME"] = str(tmp_path)
    result = cli_process("--store", tmp_path / "s.db", env=env, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "briefcase-app: error: there is no display to open the window on; run Briefcase on a "
        "desktop, or use its commands (briefcase-app --help)"
    )
    assert not (tmp_path / "s.db").exists()
