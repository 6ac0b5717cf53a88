"""Every command the README shows, in the order shown, on a fresh machine (an empty HOME).

The first, `./run search "precursor chemicals"`, runs as a person runs it (a subprocess) and
must find the demo conference's line on precursor chemicals, because a command on the default
store creates that store with the demo conference when there is none yet. The rest run
in-process on that default store; the last one again as a subprocess."""

from __future__ import annotations

import json
import os
import re
import zlib
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


def _png(path: Path) -> Path:
    """A 1x1 PNG, enough for `attach --photo`."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    ihdr = (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    raw = zlib.compress(b"\x00\xff\x00\x00")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b""))
    return path


class Shell:
    """`briefcase-app ARGS` in this process (the `cli` fixture): must succeed; returns stdout."""

    def __init__(self, cli):
        self.cli = cli
        self.ran: list[str] = []

    def __call__(self, *args, stdin: str | None = None) -> str:
        code, out, err = self.cli(*args, stdin=stdin)
        assert code == 0, f"briefcase-app {' '.join(map(str, args))}: {err}"
        self.ran.append(str(args[0]))
        return out

    def json(self, *args, **kw):
        return json.loads(self(*args, "--json", **kw))


def test_readme_commands_in_order_on_an_empty_home(tmp_path, cli, cli_process, monkeypatch):
    home = Path(os.environ["HOME"])
    assert not any(home.iterdir()), "an empty HOME"
    default = home / ".local/share/Briefcase/briefcase.db"

    # "Two commands": ./run search "precursor chemicals", before anything else was run
    first = cli_process("search", "precursor chemicals")
    assert first.returncode == 0, first.stderr
    assert "Precursor chemicals" in first.stdout
    assert "created" in first.stderr and "demo conference" in first.stderr
    assert default.exists()

    sh = Shell(cli)
    monkeypatch.chdir(tmp_path)
    conference = "Paris Pact Vienna 2012"

    # "Command line", line by line
    sh("demo", "--store", tmp_path / "S.db")
    for kind in (
        "conferences people programme speeches points facts packs summaries contacts logistics attachments"
    ).split():
        sh("list", kind, "--conference", conference)
    sh("list", "points", "--library")
    speeches = sh.json("list", "speeches", "--conference", conference)
    sh("show", "speech", speeches[0]["id"])
    Path("draft.md").write_text("# Statement\n\nWe reaffirm our commitment.\n", encoding="utf-8")
    speech = sh.json(
        "add", "speech", "--title", "Statement", "--conference", conference, "--body-file", "draft.md"
    )
    point = sh.json(
        "add", "point", "--topic", "Budget", "--kind", "defensive_qa", "--question", "Why?",
        "--body-file", "-", stdin="Because the budget is agreed.\n",
    )  # fmt: skip
    sh("add", "fact", "--statement", "Sixty states signed.", "--source", "MFA, 2012",
       "--as-of", "2012-02-17")  # fmt: skip
    person = sh.json(
        "add", "person", "--name", "Anna Berger", "--conference", conference,
        "--role", "counterpart",
    )  # fmt: skip
    Path("line.md").write_text("Our line.\n", encoding="utf-8")
    sh("add", "summary", "--conference", conference, "--purpose", "Agree the declaration",
       "--wants", "Support", "--asks", "Co-sponsor", "--sensitivities", "None",
       "--body-file", "line.md")  # fmt: skip
    sh("add", "contact", "--conference", conference, "--name", "Embassy duty officer",
       "--phone", "+43 1 890 80 09", "--email", "duty@example.org")  # fmt: skip
    sh("add", "logistics", "--conference", conference, "--title", "Cars to the venue",
       "--starts-at", "2012-02-16 08:30", "--category", "cars")  # fmt: skip
    sh("attach", person["id"], _png(tmp_path / "face.png"), "--photo")
    sh("edit", "speech", speech["id"], "--status", "cleared")
    sh("copy", "point", point["id"], "--to", conference)
    sh("copy", "point", point["id"])
    sh("delete", "speech", speech["id"])
    assert "Statement" in sh("trash")
    sh("restore", "speech", speech["id"])
    sh("delete", "speech", speech["id"])
    sh("trash", "--empty")
    sh("revisions", point["id"])
    assert "Copy “Why?”" in sh("undo", "--list")
    assert "Undone: Copy" in sh("undo")  # the last command: the copy into the Library
    assert "Redone: Copy" in sh("redo")
    sh("search", "precursor chemicals", "--kind", "point", "--conference", conference,
       "--from", "2009-01-01", "--limit", "5")  # fmt: skip
    sh("similar", "point", point["id"])
    sh("export", "pack", "--conference", conference, "-o", tmp_path / "pack.pdf")
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")
    sh("export", "speech", speeches[0]["id"], "--reading-copy", "-o", tmp_path / "speech.pdf")
    Path("notes").mkdir()
    Path("notes/a.md").write_text("# Note\n\nText.\n", encoding="utf-8")
    sh("export", "markdown", "notes/a.md", "--out-dir", tmp_path / "pdf")
    assert list((tmp_path / "pdf").glob("*.pdf"))
    Path("archive").mkdir()
    Path("archive/statement.md").write_text("# Old statement\n\nText.\n", encoding="utf-8")
    sh("import", "archive/", "--conference", conference, "--kind", "speech")
    sh("export", "folder", tmp_path / "folder", "--conference", conference)
    sh("export", "bundle", tmp_path / "bundle.briefcase", "--conference", conference)
    sh("backup")
    listed = sh("backups")
    name = re.search(r"\S+\.db\b", listed)
    assert name, listed
    version = cli_process("--version")
    assert version.returncode == 0 and version.stdout.startswith("briefcase-app ")
    last = cli_process("restore-backup", name.group())
    assert last.returncode == 0, last.stderr
    assert "Paris Pact" in cli_process("list", "conferences").stdout

    # the README shows exactly these commands (a new one there needs a line here)
    block = README.read_text(encoding="utf-8").split("## Command line", 1)[1].split("```")[1]
    shown = re.findall(r"briefcase-app (?:([a-z-]+) ?)", block)
    missing = {c for c in shown if c and c not in sh.ran + ["restore-backup"]}
    missing -= {"--version"}  # run above, as a subprocess
    assert not missing, f"README commands not run here: {missing}"


@pytest.mark.parametrize("explicit", [True])
def test_an_explicit_missing_store_is_still_refused(cli, tmp_path, explicit):
    result = cli("list", "facts", "--store", tmp_path / "gone.db")
    assert result.code == 1 and "no store there" in result.err
    assert not (tmp_path / "gone.db").exists()
