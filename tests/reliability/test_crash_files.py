"""SIGKILL during a backup or an export never leaves a half-written file under a final name."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pypdf
import pytest

from briefcase_app.domain.models import Conference, Speech
from briefcase_app.store import Store

pytestmark = pytest.mark.slow  # processes, kills or hundreds of pages: ./test -m 'not slow' skips it

ROOT = Path(__file__).resolve().parents[2]
KILLS = 8


def _kill_after(script: str, args: list[str], delay: float) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout.readline().strip() == "ready"  # imports done: kill during the work itself
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def test_kill_during_backups(tmp_path):
    path = tmp_path / "big.db"
    store = Store.open(path)
    conference = store.insert(Conference(title="C"))
    with store.transaction():
        for i in range(400):
            store.insert(Speech(title=f"S{i}", conference_id=conference.id, body=f"text {i} " * 4000))
    store.close()
    script = (
        "import sys; from pathlib import Path; from briefcase_app.services.backups import Backups\n"
        "b = Backups(Path(sys.argv[1])); print('ready', flush=True)\n"
        "while True: b.create('manual')\n"
    )
    rng = random.Random(7)
    for _ in range(KILLS):
        _kill_after(script, [str(path)], rng.uniform(0.05, 0.6))
    folder = path.with_name(path.name + "-backups")
    finals = sorted(folder.glob("*.db"))
    assert finals, "some backups finished between the kills"
    for backup in finals:
        conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok", backup.name
        assert conn.execute("SELECT count(*) FROM speeches").fetchone()[0] == 400
        conn.close()
    Store.open(path).close()  # the store itself still opens


def _exporting_forever(password: str | None = None) -> str:
    """A script that exports the demo pack to argv[2] again and again until it is killed."""
    return (
        "import sys; from pathlib import Path\n"
        "from briefcase_app.store import Store; from briefcase_app.services.packs import export_pack\n"
        "from briefcase_app.services.records import RecordService\n"
        "store = Store.open(sys.argv[1])\n"
        "conference = RecordService(store).resolve_conference('Paris Pact Vienna 2012')\n"
        "print('ready', flush=True)\n"
        f"while True: export_pack(store, conference, Path(sys.argv[2]), password={password!r})\n"
    )


def test_kill_during_exports(tmp_path, demo_store):
    target = tmp_path / "pack.pdf"
    store_path = demo_store
    rng = random.Random(11)
    for _ in range(KILLS):
        _kill_after(_exporting_forever(), [str(store_path), str(target)], rng.uniform(0.05, 1.5))
        if target.exists():  # absent, or a whole PDF: never a torn one
            reader = pypdf.PdfReader(target)
            n = len(reader.pages)
            assert n > 3 and f"Page {n} of" in reader.pages[-1].extract_text()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".pdf" and p != target]


def test_kill_during_encrypted_exports_leaves_no_plaintext(tmp_path, demo_store):
    """With a password, no byte of the plain PDF reaches the disk, so a kill cannot leave one."""
    out = tmp_path / "out"
    out.mkdir()
    store_path = demo_store
    rng = random.Random(13)
    for _ in range(KILLS):
        _kill_after(
            _exporting_forever("s3cret"), [str(store_path), str(out / "pack.pdf")], rng.uniform(0.05, 1.5)
        )
        for path in out.iterdir():  # the target, or a .part left by the kill: never readable
            if path.name == "pack.pdf":
                assert pypdf.PdfReader(path).is_encrypted
            assert b"ReportLab" not in path.read_bytes(), f"plain PDF bytes in {path.name}"


def test_kill_during_import_then_import_again_finishes(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    for i in range(1000):
        (archive / f"speech-{i:04d}.txt").write_text(f"Statement number {i}\n\n" + "precursor words " * 300)
    path = tmp_path / "import.db"
    Store.open(path).close()
    script = (
        "import sys; from briefcase_app.services.importing import import_paths\n"
        "print('ready', flush=True)\n"
        "import_paths(sys.argv[1], [sys.argv[2]])\n"
    )
    rng = random.Random(3)
    counts = []
    for _ in range(3):
        _kill_after(script, [str(path), str(archive)], rng.uniform(0.2, 0.6))
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts.append(conn.execute("SELECT count(*) FROM speeches").fetchone()[0])
        conn.close()
    assert min(counts) < 1000, f"no kill landed mid-import: {counts}"
    result = subprocess.run(
        [sys.executable, "-m", "briefcase_app", "import", str(archive), "--store", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(path)
    titles = [r[0] for r in conn.execute("SELECT title FROM speeches")]
    conn.close()
    assert len(titles) == 1000 and len(set(titles)) == 1000, "whole items only, none twice"
