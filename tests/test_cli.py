"""The command line, run as a person runs it: a subprocess, its output and exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def run(*args, stdin: str | None = None, env_store=None):
    env = dict(os.environ)
    if env_store:
        env["BRIEFCASE_STORE"] = str(env_store)
    return subprocess.run(
        [sys.executable, "-m", "briefcase_app", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    result = run("demo", "--store", path)
    assert result.returncode == 0, result.stderr
    return path


def test_demo_then_list_speeches_json(demo_store):
    result = run("list", "speeches", "--store", demo_store, "--json")
    assert result.returncode == 0, result.stderr
    speeches = json.loads(result.stdout)
    assert any(s["speaker"] == "Kairat Umarov" and "Umarov" in s["title"] for s in speeches)


def test_list_facts_json_has_sources(demo_store):
    facts = json.loads(run("--store", demo_store, "list", "facts", "--json").stdout)
    assert len(facts) >= 8
    assert all("statement" in f and "source" in f for f in facts)
    assert any("260 million" in f["statement"] and f["source"] for f in facts)


def test_store_option_before_or_after_and_env(demo_store):
    before = run("--store", demo_store, "list", "conferences").stdout
    after = run("list", "conferences", "--store", demo_store).stdout
    env = run("list", "conferences", env_store=demo_store).stdout
    assert "Paris Pact" in before and before == after == env


def test_conference_by_title_and_unknown(demo_store):
    ok = run("list", "points", "--conference", "Paris Pact Vienna 2012", "--store", demo_store)
    assert ok.returncode == 0 and "Precursor chemicals" in ok.stdout
    bad = run("list", "points", "--conference", "Geneva 1999", "--store", demo_store)
    assert bad.returncode == 1
    assert bad.stderr.strip().startswith("briefcase-app: error: no conference called 'Geneva 1999'")
    assert "Traceback" not in bad.stderr


def test_add_speech_from_stdin_and_show(tmp_path, demo_store):
    body = "# Draft\n\nWe reaffirm our commitment. Қазақстан & <R&D>"
    added = run(
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
    assert added.returncode == 0, added.stderr
    speech = json.loads(added.stdout)
    assert speech["body"] == body and speech["tags"] == ["draft", "un"]
    shown = json.loads(run("show", "speech", speech["id"], "--json", "--store", demo_store).stdout)
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
def test_user_mistakes_give_one_line_and_write_nothing(demo_store, args, message):
    before = run("list", "speeches", "--json", "--store", demo_store).stdout
    result = run(*args, "--store", demo_store)
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert run("list", "speeches", "--json", "--store", demo_store).stdout == before


def test_not_a_store_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("my notes")
    result = run("list", "speeches", "--store", path)
    assert result.returncode == 1 and "not a Briefcase store" in result.stderr
    assert path.read_text() == "my notes"


def test_list_on_missing_store_does_not_create_it(tmp_path):
    path = tmp_path / "missing.db"
    result = run("list", "speeches", "--store", path)
    assert result.returncode == 1 and "no store" in result.stderr
    assert not path.exists()


def test_delete_trash_restore_cycle(tmp_path):
    path = tmp_path / "s.db"
    run("demo", "--store", path)
    fact = json.loads(run("list", "facts", "--json", "--store", path).stdout)[0]
    assert run("delete", "fact", fact["id"], "--store", path).returncode == 0
    trash = json.loads(run("trash", "--json", "--store", path).stdout)
    assert [t["id"] for t in trash] == [fact["id"]]
    assert run("restore", "fact", fact["id"], "--store", path).returncode == 0
    ids = [f["id"] for f in json.loads(run("list", "facts", "--json", "--store", path).stdout)]
    assert fact["id"] in ids


def test_edit_and_revisions(tmp_path):
    path = tmp_path / "s.db"
    run("demo", "--store", path)
    speech = json.loads(run("list", "speeches", "--json", "--store", path).stdout)[0]
    edited = run("edit", "speech", speech["id"], "--status", "cleared", "--store", path)
    assert edited.returncode == 0, edited.stderr
    bad = run("edit", "speech", speech["id"], "--status", "published", "--store", path)
    assert bad.returncode == 2 and "invalid choice: 'published'" in bad.stderr
    revisions = json.loads(run("revisions", speech["id"], "--json", "--store", path).stdout)
    assert revisions[0]["data"]["status"] == "cleared"


def test_main_py_and_module_agree(demo_store):
    via_main = subprocess.run(
        [sys.executable, "main.py", "list", "conferences", "--store", str(demo_store)],
        capture_output=True,
        text=True,
        cwd=os.path.dirname(os.path.dirname(__file__)),
    )
    assert via_main.returncode == 0 and "Paris Pact" in via_main.stdout


def test_damaged_store_names_newest_good_backup(tmp_path):
    import sqlite3

    path = tmp_path / "s.db"
    run("demo", "--store", path)
    assert run("backup", "--store", path).returncode == 0
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    data[8192 : 8192 * 6] = b"\xa5" * len(data[8192 : 8192 * 6])
    path.write_bytes(bytes(data))
    result = run("list", "speeches", "--store", path)
    assert result.returncode == 1 and "damaged" in result.stderr
    assert "restore-backup" in result.stderr and "-backups" in result.stderr
    assert path.read_bytes() == bytes(data), "the damaged file is left as it was"


def test_no_display_gives_one_clear_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "briefcase_app", "--store", str(tmp_path / "s.db")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "briefcase-app: error: there is no display to open the window on; run Briefcase on a "
        "desktop, or use its commands (briefcase-app --help)"
    )
    assert not (tmp_path / "s.db").exists()
