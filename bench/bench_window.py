"""Window benchmarks on a 50,000-speech store (not a timed test; prints a table).

    .venv/bin/python bench/bench_window.py [--store /tmp/briefcase-bench-50k.db] [--speeches 50000]

Each measurement runs in a fresh process (offscreen platform unless DISPLAY is set):
  - launch -> first painted window, beside a bare QMainWindow in the same run (goal <= 1.5x);
    and launch -> the store open with the list filled (goal <= 2x the bare window's first paint;
    the whole-file integrity check runs in the background, store/db.check_needed);
  - a command (`list conferences`, `search`) beside `python -c "import briefcase_app.cli"`
    (goal <= 1.5x), and the same command on a day its whole-file check is due;
  - resident memory after opening (goal < 250 MB);
  - the longest GUI-thread stall (2 ms timer heartbeat) while exporting a ~300-page pack and
    while typing a search (goal: no stall over 50 ms); scrolling to the list's end page by page.
The store is built once with the Store API (one conference, N speeches of ~600 words, one pack
whose Speeches section names the first 230 speeches).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "delegation minister conference security cooperation border drugs heroin opium trafficking "
    "afghanistan kazakhstan vienna pact partners statement support region programme counter "
    "narcotics precursor chemicals financial flows police customs training joint initiative "
    "ministerial declaration implementation regional dialogue partners council unodc"
).split()
PACK_SPEECHES = 230


def build_store(path: Path, speeches: int) -> None:
    from briefcase_app.domain.models import Conference, Pack, PackSection, SectionKind, Speech
    from briefcase_app.store import Store, search_index

    rng = random.Random(5)
    store = Store.open(path)
    search_index.drop(store.db)  # index once at the end: per-row triggers make a bulk load crawl
    conf = Conference(title="Benchmark conference", city="Vienna")
    store.insert(conf)
    ids, done = [], 0
    while done < speeches:
        with store.transaction():
            for _ in range(min(2000, speeches - done)):
                body = " ".join(rng.choice(WORDS) for _ in range(600))
                speech = Speech(
                    title=f"Speech {done:05d} on {rng.choice(WORDS)}",
                    speaker="Minister",
                    body=body,
                    conference_id=conf.id,
                    target_minutes=5,
                )
                store.insert(speech)
                if len(ids) < PACK_SPEECHES:
                    ids.append(speech.id)
                done += 1
        print(f"  {done} speeches", file=sys.stderr)
    store.insert(
        Pack(
            conference_id=conf.id,
            title="Benchmark pack",
            sections=[PackSection(SectionKind.SPEECHES, item_ids=ids)],
        )
    )
    print("  indexing for search...", file=sys.stderr)
    with store.transaction():
        search_index.create(store.db)
    store.close()


# ---- child processes ---------------------------------------------------------
def child_bare() -> dict:
    t0 = time.perf_counter()
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1280, 800)
    out = {}

    class Painted(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and "painted" not in out:
                out["painted"] = time.perf_counter() - t0
                app.quit()
            return False

    f = Painted()
    window.installEventFilter(f)
    window.show()
    app.exec()
    return out


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Heartbeat:
    """A 2 ms timer on the GUI thread; the longest gap between ticks is the longest stall."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self.tick)

    def tick(self):
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def start(self):
        self.gaps.clear()
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return max(self.gaps, default=0.0) * 1000


def _pump(app, seconds: float, until=None) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        if until is not None and until():
            return
        time.sleep(0.001)


def child_app(store: str, tmp: str, what: str) -> dict:
    t0 = time.perf_counter()
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from briefcase_app.ui.main_window import MainWindow
    from briefcase_app.ui.settings import Settings

    app = QApplication([])
    out: dict = {}
    window = MainWindow(Settings(Path(tmp) / "settings.ini"), build=False)  # as app.run does

    class Painted(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and "painted" not in out:
                out["painted"] = time.perf_counter() - t0
            return False

    f = Painted()
    window.installEventFilter(f)
    window.show()
    _pump(app, 5, lambda: "painted" in out)
    window.build()
    out["built"] = time.perf_counter() - t0
    from briefcase_app.services.collection import Session

    window.set_session(Session.open(Path(store)))
    from briefcase_app.domain.models import Kind
    from briefcase_app.ui.models.nav_model import NavTarget

    conf = window.records.store.list(Kind.CONFERENCE)[0]
    window.navigator.select(NavTarget("section", Kind.SPEECH, conf.id))
    _pump(app, 60, lambda: window.items.model.rowCount() > 0)  # the first page, from the store thread
    out["ready"] = time.perf_counter() - t0
    out["rss_mb"] = _rss_mb()
    beat = Heartbeat()
    if what == "open":  # the noise floor: the longest gap while nothing at all happens
        beat.start()
        _pump(app, 3)
        out["idle_stall_ms"] = beat.stop()

    if what == "scroll":
        waits = []
        model = window.items.model
        view = window.items.view
        beat.start()
        for _ in range(40):  # 40 pages of 200 rows: scroll to the end of what is loaded, again and again
            rows = model.rowCount()
            start = time.perf_counter()
            view.scrollToBottom()
            _pump(app, 30, lambda rows=rows: model.rowCount() > rows)
            waits.append((time.perf_counter() - start) * 1000)
        out["scroll_stall_ms"] = beat.stop()
        out["page_ms_first"] = waits[0]
        out["page_ms_40th"] = waits[-1]
        out["rows"] = model.rowCount()
        out["rss_after_scroll_mb"] = _rss_mb()
    if what == "export":
        from PySide6.QtWidgets import QFileDialog

        from briefcase_app.ui import export_runner

        target = Path(tmp) / "pack.pdf"
        QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(target), ""))
        export_runner.offer_open = lambda *a: None
        from briefcase_app.ui import pack_export

        pack_export.ask_export_anyway = lambda _parent, _groups, answer: answer(True)  # draft speeches
        pack = window.records.store.list(Kind.PACK, conference_id=conf.id)[0]
        beat.start()
        window.open_item(Kind.PACK, pack.id)
        sections = window.editor.current_editor.sections
        sections.setCurrentRow(0)  # the Speeches section: 50,000 candidates
        _pump(app, 30, lambda: window.editor.current_editor.items.count() > 0)
        out["open_pack_stall_ms"] = beat.stop()
        _pump(app, 0.3)
        finished = []
        window.exporter.finished.connect(finished.append)
        beat.start()
        start = time.perf_counter()
        window.actions.export.trigger()
        _pump(app, 300, lambda: bool(finished))
        out["export_s"] = time.perf_counter() - start
        out["export_stall_ms"] = beat.stop()
        from pypdf import PdfReader

        out["export_pages"] = len(PdfReader(str(target)).pages) if target.exists() else 0
    if what == "search":
        panel = getattr(window, "search_panel", None)
        if panel is None or not window.actions.search.isEnabled():
            out["search"] = "not available"
        else:
            window.actions.search.trigger()
            _pump(app, 0.3)
            beat.start()
            for ch in "heroin trafficking afgh":
                panel.field.insert(ch)
                _pump(app, 0.08)
            _pump(app, 2)
            out["search_stall_ms"] = beat.stop()
            out["search_hits"] = panel.model.rowCount() if hasattr(panel, "model") else None
    window.close()
    return out


def time_command(argv: list[str], runs: int) -> float:
    """Median wall time of a fresh `python ARGV` process, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, *argv], capture_output=True, check=True, timeout=300)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def command_rows(store: Path, runs: int) -> list[tuple[str, str, str]]:
    """A command on the store beside `python -c "import briefcase_app.cli"` (goal <= 1.5x), and
    the same command when the whole-file check is due (never checked: once, or once a day)."""
    from briefcase_app.store import db

    base = time_command(["-c", "import briefcase_app.cli"], runs)
    rows = [('python -c "import briefcase_app.cli"', f"{base * 1000:.0f} ms", "baseline")]
    cli = ["-m", "briefcase_app"]
    subprocess.run([sys.executable, *cli, "list", "conferences", "--store", str(store)], capture_output=True)
    for name, argv in (
        ("command: list conferences", ["list", "conferences"]),
        ('command: search "heroin trafficking"', ["search", "heroin trafficking"]),
    ):
        took = time_command([*cli, *argv, "--store", str(store)], runs)
        rows.append((name, f"{took * 1000:.0f} ms ({took / base:.2f}x)", "<= 1.5x import"))
    checked = []
    for _ in range(runs):
        db.marker_path(store).unlink(missing_ok=True)  # due: the whole file is read first
        checked.append(time_command([*cli, "list", "conferences", "--store", str(store)], 1))
    took = statistics.median(checked)
    rows.append(
        ("command when the check is due (daily)", f"{took * 1000:.0f} ms ({took / base:.2f}x)", "once a day")
    )
    return rows


def run_child(args: list[str]) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    cmd = [sys.executable, __file__, "--child", *args]
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=900)
    if result.returncode != 0:
        raise SystemExit(f"child {args} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", default="/tmp/briefcase-bench-50k.db")
    parser.add_argument("--speeches", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs="*")
    parser.add_argument("--quick", action="store_true", help="launch and commands only")
    args = parser.parse_args()
    if args.child is not None:
        kind, *rest = args.child
        result = child_bare() if kind == "bare" else child_app(*rest, what=kind)
        print(json.dumps(result))
        return 0
    store = Path(args.store)
    if not store.exists():
        print(f"building {store} ({args.speeches} speeches)...", file=sys.stderr)
        build_store(store, args.speeches)
    tmp = tempfile.mkdtemp(prefix="briefcase-bench-")
    bare, app = [], []
    for _ in range(args.runs):
        bare.append(run_child(["bare"])["painted"])
        app.append(run_child(["open", str(store), tmp]))
    full = not args.quick
    scroll = run_child(["scroll", str(store), tmp]) if full else {}
    export = run_child(["export", str(store), tmp]) if full else {}
    search = run_child(["search", str(store), tmp]) if full else {}
    b = statistics.median(bare)
    painted = statistics.median(a["painted"] for a in app)
    ready = statistics.median(a["ready"] for a in app)
    rss = statistics.median(a["rss_mb"] for a in app)
    rows = [
        ("bare QMainWindow: first paint", f"{b * 1000:.0f} ms", "baseline"),
        ("Briefcase: first paint", f"{painted * 1000:.0f} ms ({painted / b:.2f}x)", "<= 1.5x bare"),
        (
            "Briefcase: panels and menus built",
            f"{statistics.median(a['built'] for a in app) * 1000:.0f} ms",
            "",
        ),
        ("Briefcase: launch to list filled", f"{ready * 1000:.0f} ms ({ready / b:.2f}x)", "<= 2x bare paint"),
        ("memory after opening (RSS)", f"{rss:.0f} MB", "< 250 MB"),
        (
            "longest GUI stall, idle (noise floor)",
            f"{statistics.median(a['idle_stall_ms'] for a in app):.0f} ms",
            "machine load",
        ),
    ]
    rows += (
        []
        if not full
        else [
            (
                "scroll: next 200 rows arrive after (1st / 40th)",
                f"{scroll['page_ms_first']:.0f} / {scroll['page_ms_40th']:.0f} ms",
                "read on the store thread",
            ),
            ("longest GUI stall while scrolling", f"{scroll['scroll_stall_ms']:.0f} ms", "<= 50 ms"),
            (
                f"memory with {scroll['rows']} rows loaded",
                f"{scroll['rss_after_scroll_mb']:.0f} MB",
                "< 250 MB",
            ),
            (
                f"export {export.get('export_pages', 0)}-page pack",
                f"{export.get('export_s', 0):.1f} s",
                "in a child process",
            ),
            (
                "longest GUI stall opening the pack editor",
                f"{export.get('open_pack_stall_ms', 0):.0f} ms",
                "<= 50 ms",
            ),
            ("longest GUI stall while exporting", f"{export.get('export_stall_ms', 0):.0f} ms", "<= 50 ms"),
            (
                "longest GUI stall while searching",
                f"{search['search_stall_ms']:.0f} ms"
                if "search_stall_ms" in search
                else search.get("search", "?"),
                "<= 50 ms",
            ),
        ]
    )
    rows += command_rows(store, args.runs)
    print(
        f"store: {store} ({store.stat().st_size / 1e6:.0f} MB), runs: {args.runs}, "
        f"platform: {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, cores: {os.cpu_count()}, "
        f"load average: {os.getloadavg()[0]:.1f}"
    )
    width = max(len(r[0]) for r in rows)
    for name, value, goal in rows:
        print(f"  {name:<{width}}  {value:<22} {goal}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
