"""Window benchmarks on a 50,000-speech store (not a timed test; prints a table).

    .venv/bin/python bench/bench_window.py [--store /tmp/briefcase-bench-50k.db] [--speeches 50000]

Measures, each in a fresh process where it matters:
  - launch -> first painted window, beside a bare QMainWindow in the same run (goal <= 1.5x);
  - resident memory after opening (goal < 250 MB);
  - the longest GUI-thread stall (16 ms timer heartbeat) while typing a search and while
    exporting a large pack, when those services exist (goal: no stall over 50 ms).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

WORDS = (
    "delegation minister conference security cooperation border drugs heroin opium trafficking "
    "afghanistan kazakhstan vienna pact partners statement support region programme counter "
    "narcotics precursor chemicals financial flows police customs training joint initiative "
    "ministerial declaration implementation regional dialogue partners council unodc"
).split()


def build_store(path: Path, speeches: int) -> None:
    """A store with one conference and `speeches` speeches of ~600 words (Store API only)."""
    from briefcase_app.domain.models import Conference, Speech
    from briefcase_app.store import Store

    rng = random.Random(5)
    store = Store.open(path)
    conf = Conference(title="Benchmark conference", city="Vienna")
    store.insert(conf)
    done = 0
    while done < speeches:
        with store.transaction():
            for _ in range(min(2000, speeches - done)):
                body = " ".join(rng.choice(WORDS) for _ in range(600))
                store.insert(
                    Speech(
                        title=f"Speech {done:05d} on {rng.choice(WORDS)}",
                        speaker="Minister",
                        body=body,
                        conference_id=conf.id,
                        target_minutes=5,
                    )
                )
                done += 1
        print(f"  {done} speeches", file=sys.stderr)
    store.close()


if __name__ == "__main__" and "--build-only" in sys.argv:
    build_store(Path(sys.argv[2]), int(sys.argv[3]))
