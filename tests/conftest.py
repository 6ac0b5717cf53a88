"""Shared fixtures. Qt runs offscreen; sockets are blocked for the whole suite (pyproject addopts).

Stores: `store_path` (where a test's store lives, nothing there yet), `store` (open, empty),
`records` (its RecordService), `demo` (the demo conference in that store; returns the
Conference), `demo_store` (the path of a closed store holding the demo conference), `search`
(a SearchService on `store`). A new store runs every migration (0.1 s) and the demo conference
takes another 0.1-0.2 s to write: both are made once per session (per xdist worker) as closed
template files and copied for each test.

The command line: `cli(*argv, stdin=None)` runs `briefcase-app ARGV` in this process and
returns (code, out, err); `cli_process(*argv, **run_kwargs)` runs it as a separate program, for
the tests that are about the process itself (signals, resource limits, locks held by another
process, what `python -m briefcase_app` and main.py do)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import NamedTuple  # noqa: E402

import pytest  # noqa: E402

from briefcase_app import cli as cli_package  # noqa: E402
from briefcase_app.services.demo import fill_demo  # noqa: E402
from briefcase_app.services.records import RecordService  # noqa: E402
from briefcase_app.services.search import SearchService  # noqa: E402
from briefcase_app.store import Store  # noqa: E402
from briefcase_app.store.db import marker_path  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """No test touches the real user's store, settings or logs."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv("BRIEFCASE_STORE", raising=False)


# ---- stores ------------------------------------------------------------------------------------
class Templates(NamedTuple):
    empty: Path
    demo: Path

    def empty_at(self, target: Path) -> Path:
        """A copy of the new empty store at `target` (closed)."""
        return copy_store(self.empty, target)

    def demo_at(self, target: Path) -> Path:
        """A copy of the store holding the demo conference at `target` (closed)."""
        return copy_store(self.demo, target)


def _closed_template(path: Path, fill) -> Path:
    with Store.open(path) as store:
        fill(RecordService(store))
    leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith(("-wal", "-shm"))]
    assert not leftovers, f"the template was not closed cleanly: {leftovers}"
    return path


@pytest.fixture(scope="session")
def store_templates(tmp_path_factory) -> Templates:
    """A new empty store and one with the demo conference, each closed (no -wal left)."""
    folder = tmp_path_factory.mktemp("templates")
    return Templates(
        empty=_closed_template(folder / "empty.db", lambda records: None),
        demo=_closed_template(folder / "demo.db", fill_demo),
    )


def copy_store(template: Path, target: Path) -> Path:
    """A closed store file and its integrity-check record, with their times: the copy opens as
    the template would (checked, closed cleanly), with no whole-file check."""
    target.parent.mkdir(parents=True, exist_ok=True)
    assert not target.exists(), f"{target} is already there"
    shutil.copy2(template, target)
    shutil.copy2(marker_path(template), marker_path(target))
    return target


@pytest.fixture
def store_path(tmp_path):
    """Where the test's store lives (`store` opens it there); nothing there yet."""
    return tmp_path / "store.db"


@pytest.fixture
def store(store_path, store_templates, request):
    """An open store in a temporary file: empty, or holding the demo conference when the test
    also asks for `demo` (then copied from the demo template instead of written again)."""
    if "demo" in request.fixturenames:
        store_templates.demo_at(store_path)
    else:
        store_templates.empty_at(store_path)
    s = Store.open(store_path)
    yield s
    s.close()


@pytest.fixture
def records(store) -> RecordService:
    return RecordService(store)


@pytest.fixture
def demo(records):
    """The demo conference in `store`; returns the Conference."""
    return fill_demo(records)  # finds the one copied from the template, or writes it


@pytest.fixture
def demo_store(tmp_path, store_templates) -> Path:
    """The path of a closed store holding the demo conference (`briefcase-app demo` made it)."""
    return store_templates.demo_at(tmp_path / "demo.db")


@pytest.fixture
def search(store):
    """A SearchService on `store` (its own read connection), closed at teardown."""
    service = SearchService(store.path)
    yield service
    service.close()


# ---- the command line --------------------------------------------------------------------------
class Ran(NamedTuple):
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys, monkeypatch):
    """cli(*argv, stdin=None) -> Ran(code, out, err): `briefcase-app ARGV` run in this process
    (briefcase_app.cli.main) with its output captured; argparse's own exits (usage errors: 2)
    are returned as codes like a process's."""

    def run(*argv, stdin: str | None = None) -> Ran:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()  # only this command's output
        try:
            code = cli_package.main([str(a) for a in argv])
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


@pytest.fixture
def cli_process():
    """cli_process(*argv, **run_kwargs) -> CompletedProcess: `python -m briefcase_app ARGV` as a
    program of its own (text output captured, 120 s timeout, this test's environment)."""

    def run(*argv, **kwargs) -> subprocess.CompletedProcess:
        options = {"capture_output": True, "text": True, "timeout": 120} | kwargs
        return subprocess.run([sys.executable, "-m", "briefcase_app", *map(str, argv)], **options)

    return run
