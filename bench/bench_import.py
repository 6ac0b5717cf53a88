"""Import benchmark: 10,000 generated text files of ~5 KB with a manifest (not a timed test).

    nice .venv/bin/python bench/bench_import.py [--small] [--files N]

Prints the time and rate of `ImportService.run` into a new store, beside the floor: the time
to merely read the same files. Goal: under 60 s for 10,000 files, and within 5x of the floor.
The last line checks the import is searchable (a word unique to one file is found).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "delegation minister conference security cooperation border drugs heroin opium trafficking "
    "afghanistan kazakhstan vienna pact partners statement support region programme counter "
    "narcotics precursor chemicals financial flows police customs training joint initiative "
    "делегация министр конференция безопасность сотрудничество граница наркотики"
).split()


def generate(folder: Path, count: int) -> int:
    """`count` files of ~5 KB (a tenth of them cp1251 Russian) and a manifest; returns bytes."""
    rng = random.Random(6)
    rows = ["file,title,speaker,date,conference,language,tags,kind"]
    total = 0
    for n in range(count):
        sub = folder / f"year-{2000 + n % 12}"
        sub.mkdir(exist_ok=True)
        words = [rng.choice(WORDS) for _ in range(650)] + [f"uniqueword{n}"]
        russian = n % 10 == 0
        data = " ".join(words).encode("cp1251" if russian else "utf-8", errors="replace")
        name = f"speech-{n:05d}.txt"
        (sub / name).write_bytes(data)
        total += len(data)
        month, day = 1 + n % 12, 1 + n % 28
        conference = f"Conference {n % 20}" if n % 3 else ""
        rows.append(
            f"{sub.name}/{name},Speech {n},Speaker {n % 50},2011-{month:02d}-{day:02d},{conference},,a;b,"
        )
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n")
    return total


def floor(folder: Path) -> float:
    start = time.perf_counter()
    for path in folder.rglob("*.txt"):
        path.read_bytes()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="1,000 files instead of 10,000")
    parser.add_argument("--files", type=int)
    parser.add_argument(
        "--index",
        choices=["triggers", "rebuild"],
        default="triggers",
        help="keep the search index by its triggers during the import (as the app does), "
        "or drop it first and rebuild it after (to see the import's own cost)",
    )
    args = parser.parse_args()
    count = args.files or (1000 if args.small else 10_000)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from briefcase_app.services.importing import ImportService
    from briefcase_app.store import Store, search_index
    from briefcase_app.store.imports import ImportStore

    with tempfile.TemporaryDirectory(prefix="briefcase-bench-import-") as tmp:
        folder = Path(tmp) / "archive"
        folder.mkdir()
        size = generate(folder, count)
        read_s = min(floor(folder) for _ in range(3))
        store = Store.open(Path(tmp) / "bench.db")
        if args.index == "rebuild":
            search_index.drop(store.db)
            ImportStore._reindex = lambda self, ids: None  # the rebuild normalises everything
        start = time.perf_counter()
        report = ImportService(store).run([folder])
        import_s = time.perf_counter() - start
        index_s = 0.0
        if args.index == "rebuild":
            start = time.perf_counter()
            with store.transaction():
                search_index.create(store.db)
            index_s = time.perf_counter() - start
        again = time.perf_counter()
        second = ImportService(store).run([folder])
        again_s = time.perf_counter() - again
        hit = store.db.execute(
            "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", [f"uniqueword{count - 1}"]
        ).fetchone()[0]
        store.close()
    assert len(report.imported) == count and not report.failed, report.failed[:3]
    assert len(second.duplicates) == count
    total = import_s + index_s
    print(
        f"{'files':>7} {'MB':>5} {'index':>9} {'read (floor)':>13} {'import':>8} {'index':>7} "
        f"{'total':>8} {'files/s':>8} {'x floor':>8} {'re-import':>10}"
    )
    print(
        f"{count:>7} {size / 1e6:>5.1f} {args.index:>9} {read_s:>12.2f}s {import_s:>7.2f}s {index_s:>6.2f}s "
        f"{total:>7.2f}s {count / total:>8.0f} {total / read_s:>8.1f} {again_s:>9.2f}s"
    )
    print(f"goal: < 60 s for 10,000 files, < 5x floor; searchable: {'yes' if hit == 1 else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
