"""Smoke test of the frozen build, as a person's laptop gets it (scripts/test-package runs it in CI).

The Linux .tar.gz that scripts/build-app made is unpacked outside the clone, and the program runs
with an environment that has no Python on PATH, no virtualenv and a fresh home folder, with no
network (a network namespace of its own where `unshare` allows one): it prints its version, fills
a store with the demo, exports a pack whose fonts are the bundled ones (pdffonts), a Russian
reading copy (Babel's dates), and opens its window under Xvfb on the default store: the first
start shows the demo and the Start here note (a screenshot is kept in dist/smoke/).

Skipped unless BRIEFCASE_PACKAGE names the .tar.gz (scripts/test-package sets it).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

import briefcase_app

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = os.environ.get("BRIEFCASE_PACKAGE", "")
SMOKE = ROOT / "dist" / "smoke"

pytestmark = pytest.mark.skipif(
    not PACKAGE, reason="no frozen build (scripts/test-package builds and tests one)"
)


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory) -> Path:
    place = tmp_path_factory.mktemp("laptop")
    with tarfile.open(PACKAGE) as tar:
        tar.extractall(place, filter="tar")
    exe = place / "Briefcase" / "briefcase-app"
    assert exe.is_file() and os.access(exe, os.X_OK)
    return exe


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("home")


def offline() -> list[str]:
    """`unshare -n`: the program gets a network namespace with nothing in it, where allowed."""
    unshare = shutil.which("unshare")
    for prefix in ([unshare, "-n"], [unshare, "-r", "-n"]) if unshare else ():
        if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
            return prefix
    return []


OFFLINE = offline() if PACKAGE else []


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """No Python, no virtualenv, no PYTHONPATH: an empty folder for PATH, and a home of its own."""
    empty = home / "empty-bin"
    empty.mkdir(exist_ok=True)
    return {"PATH": str(empty), "HOME": str(home), "LANG": "C.UTF-8", **extra}


def run(exe: Path, home: Path, *args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*OFFLINE, str(exe), *args],
        env=bare_env(home),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=300,
        **kw,
    )


def test_the_program_has_nothing_of_the_clone_around_it(unpacked, home):
    env = bare_env(home)
    assert (
        shutil.which("python3", path=env["PATH"]) is None and shutil.which("python", path=env["PATH"]) is None
    )
    assert not {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"} & env.keys()
    assert ROOT not in unpacked.parents
    internal = unpacked.parent / "_internal"
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert not list(internal.glob("**/libQt6Qml*")), "unused Qt modules are left out"
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):  # the window's translations
        assert (internal / "resources" / "translations" / qm.name).is_file(), qm.name
    assert not list(internal.glob("**/libQt6WebEngine*"))


def test_it_prints_its_version(unpacked, home):
    result = run(unpacked, home, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"briefcase-app {briefcase_app.__version__}"


def test_demo_store_and_a_pack_with_the_bundled_fonts(unpacked, home):
    store = home / "smoke.db"
    result = run(unpacked, home, "demo", "--store", str(store))
    assert result.returncode == 0 and "Demo conference ready" in result.stdout, result.stderr
    pack = home / "pack.pdf"
    result = run(
        unpacked,
        home,
        "export",
        "pack",
        "--conference",
        "Paris Pact Vienna 2012",
        "-o",
        str(pack),
        "--store",
        str(store),
    )
    assert result.returncode == 0 and pack.stat().st_size > 10_000, result.stderr
    fonts = pdffonts(pack)
    bundled = {p.stem for p in (unpacked.parent / "_internal" / "resources" / "fonts").glob("*.ttf")}
    assert fonts and all(embedded for _name, embedded in fonts)
    assert {name for name, _ in fonts} <= bundled
    assert "DejaVuSans" in {name for name, _ in fonts}
    SMOKE.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(pack, SMOKE / "pack.pdf")


def test_a_russian_reading_copy_has_its_date_in_russian(unpacked, home):
    store = home / "smoke.db"
    listed = run(unpacked, home, "list", "speeches", "--json", "--store", str(store))
    assert listed.returncode == 0, listed.stderr
    russian = next(s["id"] for s in json.loads(listed.stdout) if s["language"] == "ru")
    copy = home / "ru.pdf"
    result = run(
        unpacked, home, "export", "speech", russian, "--reading-copy", "-o", str(copy), "--store", str(store)
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(copy), "-"], capture_output=True, text=True, check=True).stdout
    assert "16 февраля 2012" in text


def test_the_window_s_export_process_runs_in_the_frozen_build(unpacked, home):
    """The window exports in a spawned child process: in a frozen build the child is the program
    itself (multiprocessing.freeze_support in packaging/briefcase_main.py)."""
    store = home / "smoke.db"
    listed = run(unpacked, home, "list", "speeches", "--json", "--store", str(store))
    speech = json.loads(listed.stdout)[0]["id"]
    target = home / "spawned.pdf"
    env = bare_env(home, BRIEFCASE_SMOKE_SPAWNED_EXPORT=f"{store}|{speech}|{target}")
    result = subprocess.run(
        [*OFFLINE, str(unpacked)], env=env, cwd=home, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == ["done", str(target)]
    assert target.read_bytes().startswith(b"%PDF")


def pdffonts(pdf: Path) -> list[tuple[str, bool]]:
    """(font name without its subset prefix, embedded) for each font of the PDF."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    fonts = []
    for line in out.splitlines()[2:]:
        name = re.sub(r"^[A-Z]{6}\+", "", line.split()[0])
        columns = line.split()
        embedded = columns[-5] == "yes"  # name type encoding emb sub uni object ID
        fonts.append((name, embedded))
    return fonts


GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([sys.argv[0], "-platform", "xcb"])
image = app.primaryScreen().grabWindow(0).toImage()
image.save(sys.argv[1])
"""


def grab(display: str, out: Path) -> bytes:
    """A screenshot of the X screen, taken by the test's own Python (never the program's)."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    subprocess.run([sys.executable, "-c", GRAB, str(out)], env=env, check=True, timeout=60)
    return out.read_bytes()


@pytest.fixture
def xvfb():
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is not installed (scripts/bootstrap.sh installs it)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=[write],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    yield f":{number}"
    server.terminate()
    server.wait(timeout=30)


@pytest.mark.parametrize("lang", ["C.UTF-8", "ru_RU.UTF-8"])
def test_first_start_opens_the_window_on_the_demo_and_start_here(unpacked, tmp_path, xvfb, lang):
    home = tmp_path / "person"
    home.mkdir()
    log = home / ".local" / "state" / "Briefcase" / "log" / "briefcase.log"
    env = bare_env(home, DISPLAY=xvfb, LANG=lang)
    suffix = "" if lang.startswith("C") else "-" + lang[:2]
    started = time.monotonic()
    program = subprocess.Popen(
        [*OFFLINE, str(unpacked)], env=env, cwd=home, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        while not (log.exists() and "opened store" in log.read_text(encoding="utf-8")):
            assert program.poll() is None, program.stdout.read().decode()
            time.sleep(0.1)
        opened = time.monotonic() - started
        SMOKE.mkdir(parents=True, exist_ok=True)
        shot = SMOKE / f"window{suffix}.png"
        previous = grab(xvfb, shot)
        while (current := grab(xvfb, shot)) != previous:  # painted and settled
            previous = current
        assert program.poll() is None
    finally:
        program.send_signal(signal.SIGTERM)
        program.wait(timeout=60)
    (SMOKE / f"timing{suffix}.txt").write_text(
        f"first start: store open and window shown after {opened:.2f} s\n"
    )
    store = home / ".local" / "share" / "Briefcase" / "briefcase.db"
    points = run(unpacked, home, "list", "points", "--library", "--json", "--store", str(store))
    assert points.returncode == 0, points.stderr
    assert any(p["topic"].startswith("Start here") for p in json.loads(points.stdout))
    assert_a_real_window(shot)


def assert_a_real_window(shot: Path) -> None:
    """The screenshot is not an empty screen: many colours, most of the screen covered."""
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert not image.isNull()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20, "the screen is (nearly) one colour: no window was painted"
