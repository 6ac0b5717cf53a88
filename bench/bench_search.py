"""Search benchmark: a generated corpus, index build, store size, query latency, two baselines.

    nice python bench/bench_search.py            # 50,000 speeches + 100,000 points and facts
    python bench/bench_search.py --small          # 2,000 + 4,000: runs in seconds

Everything it writes goes to a temporary folder, removed at the end (--keep to keep it).
The corpus is deterministic (seeded): 90% English, 10% Russian speeches of ~600 words.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from briefcase_app.services.search import SearchService
from briefcase_app.store import Store, search_index

EN_WORDS = """agreement border control customs drug trafficking heroin opium afghanistan
region regional security cooperation ministry minister delegation conference declaration
partners pact initiative financial flows money laundering precursor chemicals abuse
dependence treatment prevention demand reduction supply routes northern route balkan
central asia kazakhstan russia iran pakistan tajikistan uzbekistan kyrgyzstan turkmenistan
unodc caricc sco csto law enforcement intelligence exchange information joint operation
seizure seizures tonnes kilograms laboratory laboratories production cultivation
eradication alternative development farmers livelihood economy growth investment
capacity building training officers police border guards checkpoint container
programme project funding donors contribution budget plan strategy action report
statement speech talking point line question answer press media public health
hiv prison rehabilitation youth education awareness campaign civil society
negotiation negotiations negotiated negotiating talks dialogue consensus resolution
commitment commitments support welcome welcomes stress emphasise recall note urge
threat threats challenge challenges stability peace development sustainable
international national government state states republic federation union europe
""".split()
HALF_WORDS = ["cooperation", "security", "region", "support", "international"]
PHRASES = [
    "precursor chemicals", "financial flows", "border management", "drug trafficking",
    "joint operation", "money laundering", "demand reduction", "northern route",
    "alternative development", "container control", "regional cooperation", "law enforcement",
    "information exchange", "capacity building", "public health",
]  # fmt: skip
COMPOUNDS = ["counter-narcotics", "anti-trafficking", "cross-border", "non-governmental", "post-conflict"]
RU_WORDS = """наркотиков наркотрафик борьба незаконным оборотом государственной политики
республики казахстан программа сотрудничество регион безопасность граница таможня
афганистан центральная азия опий героин прекурсоры министерство делегация конференция
декларация партнеры инициатива финансовые потоки отмывание денег профилактика лечение
зависимость молодежь здоровье операция изъятие тонн лаборатория производство развитие
""".split()
RU_COMPOUNDS = ["Республика", "Республики", "наркобизнесом", "наркоманией", "антинаркотической"]


def _pseudo(rng: random.Random, n: int, letters: str) -> list[str]:
    syllables = [a + b for a in letters[:12] for b in letters[12:18]]
    out = set()
    while len(out) < n:
        out.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(out)


class Corpus:
    """Deterministic generated material; same seed, same text."""

    def __init__(self, speeches: int, points: int, seed: int = 7):
        self.rng = rng = random.Random(seed)
        self.n_speeches, self.n_points = speeches, points
        en = EN_WORDS + _pseudo(rng, 12000, "tkrnsmlvpdgbaeiouy")
        ru = RU_WORDS + _pseudo(rng, 6000, "ткрнсмлвпдгбаеиоуя")
        self.en, self.ru = en, ru
        self.en_cw = self._cum([1 / (i + 1) ** 0.9 for i in range(len(en))])
        self.ru_cw = self._cum([1 / (i + 1) ** 0.9 for i in range(len(ru))])
        self.conferences = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(200)]
        self.rare = en[len(en) - 400 :: 27][:15]

    @staticmethod
    def _cum(weights):
        total, out = 0.0, []
        for w in weights:
            total += w
            out.append(total)
        return out

    def text(self, n: int, russian: bool) -> str:
        rng = self.rng
        vocab, cw = (self.ru, self.ru_cw) if russian else (self.en, self.en_cw)
        tokens = rng.choices(vocab, cum_weights=cw, k=n)
        extras = []
        if russian:
            extras += [w for w in RU_COMPOUNDS if rng.random() < 0.2]
        else:
            extras += [w for w in HALF_WORDS if rng.random() < 0.5]
            extras += [p for i, p in enumerate(PHRASES) if rng.random() < 0.004 * (i + 1)]
            extras += [c for c in COMPOUNDS if rng.random() < 0.03]
        for extra in extras:
            tokens.insert(rng.randrange(len(tokens) + 1), extra)
        sentences, i = [], 0
        while i < len(tokens):
            k = rng.randint(8, 20)
            sentences.append(" ".join(tokens[i : i + k]).capitalize() + ".")
            i += k
        return " ".join(sentences)

    def rows(self):
        """(table, row) in date order, speeches and short items interleaved."""
        rng = self.rng
        start = dt.date(2000, 1, 1)
        total = self.n_speeches + self.n_points
        for i in range(total):
            day = (start + dt.timedelta(days=i * 9000 // total)).isoformat()
            conference = self.conferences[i * len(self.conferences) // total]
            stamp = day + "T12:00:00.000000+00:00"
            common = dict(id=str(uuid.UUID(int=rng.getrandbits(128))), conference_id=conference,
                          created_at=stamp, updated_at=stamp, tags="[]")  # fmt: skip
            if i % 3 == 0 and i // 3 < self.n_speeches:
                russian = rng.random() < 0.1
                body = self.text(rng.randint(540, 660), russian)
                title = self.text(rng.randint(5, 10), russian).rstrip(".")
                yield "speeches", dict(common, title=title, body=body, date=day, speaker="Speaker " + str(i % 97),
                                       language="ru" if russian else "en", status="delivered")  # fmt: skip
            elif i % 2:
                yield "points", dict(common, topic=self.text(rng.randint(3, 6), False).rstrip("."),
                                     body=self.text(rng.randint(25, 60), False), kind="line_to_take", language="en")  # fmt: skip
            else:
                yield "facts", dict(common, statement=self.text(rng.randint(15, 35), False), source="Report " + day,
                                    as_of=day, language="en")  # fmt: skip


def queries(corpus: Corpus) -> list[tuple[str, str, str | None]]:
    """(kind of query, text, conference filter) — 15 of each of 7 kinds."""
    rng = random.Random(11)
    en_mid = corpus.en[200:2000]
    out = [("rare word", w, None) for w in corpus.rare]
    out += [("common word (half)", w, None) for w in (HALF_WORDS * 3)[:15]]
    out += [("phrase", f'"{p}"', None) for p in PHRASES]
    prefixes = ["negotiat*", "coop*", "secur*", "traffick*", "delegat*", "reg*", "internat*", "laund*",
                "precurs*", "kaz*", "tra*", "con*", "seiz*", "rehab*", "lab*"]  # fmt: skip
    out += [("prefix", p, None) for p in prefixes]
    subs = ["narco", "trafficking", "border", "governmental", "conflict", "спубли", "наркоб",
            "ancial", "aunder", "ecurso", "operat", "eradic", "habilit", "ntainer", "nforce"]  # fmt: skip
    out += [("substring", s, None) for s in subs]
    out += [("cyrillic", w, None) for w in rng.sample(RU_WORDS, 10) + corpus.ru[60:65]]
    confs = rng.sample(corpus.conferences, 15)
    out += [("conference filter", rng.choice(HALF_WORDS + en_mid[:20]), c) for c in confs]
    return out


def load(store_path: Path, corpus: Corpus, text_dir: Path) -> int:
    """Write the corpus into a store (index dropped while loading) and as text files; raw bytes."""
    store = Store.open(store_path)
    db = store.db
    search_index.drop(db)
    db.execute("PRAGMA synchronous = OFF")
    for c in corpus.conferences:
        db.execute("INSERT INTO conferences(id, title, created_at, updated_at) VALUES (?, ?, ?, ?)",
                   [c, f"Conference {c[:8]}", "2000-01-01", "2000-01-01"])  # fmt: skip
    raw = 0
    batch: dict[str, list] = {}
    for table, row in corpus.rows():
        batch.setdefault(table, []).append(row)
        text = "\n".join(
            str(v) for k, v in row.items() if k in ("title", "body", "topic", "statement", "speaker")
        )
        raw += len(text.encode())
        folder = text_dir / row["conference_id"][:8]
        folder.mkdir(exist_ok=True)
        (folder / f"{row['id']}.txt").write_text(text, encoding="utf-8")
        if len(batch[table]) >= 2000:
            _flush(db, batch)
    _flush(db, batch)
    db.conn.commit()
    store.close()
    (store_path.parent / "raw_bytes").write_text(str(raw))
    return raw


def build_index(store_path: Path) -> tuple[float, int, dict]:
    """(Re)build the search index; its build time, its size and the size of each part."""
    store = Store.open(store_path)
    db = store.db
    search_index.drop(db)
    started = time.perf_counter()
    with db.atomic():
        search_index.create(db)
        search_index.scrub(db)  # one merged b-tree per index: what a long-lived store converges to
    build = time.perf_counter() - started
    db.execute("VACUUM")
    sizes = dict(db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
    parts = {
        k: v for k, v in sizes.items() if k.startswith("search_") or k.startswith("sqlite_autoindex_search")
    }
    store.close()
    return build, sum(parts.values()), parts


def _raw_bytes(store_path: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(store_path)
    b = "length(CAST(coalesce({}, '') AS BLOB))"
    total = sum(
        conn.execute(
            f"SELECT coalesce(sum({' + '.join(b.format(c) for c in cols)}), 0) FROM {table}"
        ).fetchone()[0]
        for table, cols in (
            ("speeches", ("title", "body", "speaker")),
            ("points", ("topic", "body")),
            ("facts", ("statement",)),
        )  # fmt: skip
    )
    conn.close()
    return total


def _flush(db, batch: dict[str, list]) -> None:
    for table, rows in batch.items():
        if rows:
            cols = list(rows[0])
            db.conn.executemany(
                f"INSERT INTO {table}({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [[r[c] for c in cols] for r in rows],
            )
            rows.clear()


def _grep(text_dir: Path, q: str, conference: str | None) -> list[str]:
    needle = q.strip('"').rstrip("*")
    where = text_dir / conference[:8] if conference else text_dir
    out = subprocess.run(["grep", "-ril", "--", needle, str(where)], capture_output=True, text=True)
    return out.stdout.splitlines()[:20]


def _like(conn, q: str, conference: str | None):
    needle = "%" + q.strip('"').rstrip("*") + "%"
    parts = []
    for table, title in (("speeches", "title"), ("points", "topic"), ("facts", "statement")):
        cond = f"({title} LIKE :n OR body LIKE :n)" if table != "facts" else f"{title} LIKE :n"
        if conference:
            cond += " AND conference_id = :c"
        parts.append(f"SELECT id FROM {table} WHERE {cond}")
    return conn.execute(" UNION ALL ".join(parts) + " LIMIT 20", {"n": needle, "c": conference}).fetchall()


def _pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--small", action="store_true", help="2,000 speeches and 4,000 points and facts")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--reuse", metavar="DIR", help="a folder kept by --keep: skip generating the corpus")
    parser.add_argument("--no-rebuild", action="store_true", help="with --reuse: keep its index as it is")
    args = parser.parse_args(argv)
    speeches, points = (2000, 4000) if args.small else (50_000, 100_000)
    tmp = Path(args.reuse) if args.reuse else Path(tempfile.mkdtemp(prefix="bench_search_"))
    try:
        return run(tmp, Corpus(speeches, points), reuse=bool(args.reuse), rebuild=not args.no_rebuild)
    finally:
        if args.keep or args.reuse:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def run(tmp: Path, corpus: Corpus, reuse: bool, rebuild: bool) -> int:
    store_path, text_dir = tmp / "bench.db", tmp / "texts"
    started = time.perf_counter()
    if not reuse:
        text_dir.mkdir()
        load(store_path, corpus, text_dir)
        print(f"corpus generated and loaded in {time.perf_counter() - started:.0f} s")
    raw = int((tmp / "raw_bytes").read_text()) if (tmp / "raw_bytes").exists() else _raw_bytes(store_path)
    print(
        f"corpus: {corpus.n_speeches:,} speeches, {corpus.n_points:,} points and facts; raw text {raw / 1e6:.1f} MB"
    )
    if rebuild or not reuse:
        build, index, parts = build_index(store_path)
        detail = ", ".join(f"{k} {v / raw:.2f}x" for k, v in sorted(parts.items(), key=lambda kv: -kv[1])[:4])
        print(
            f"index build: {build:.1f} s; index size {index / 1e6:.1f} MB = {index / raw:.2f}x raw text ({detail})"
        )
        print(f"store file {os.path.getsize(store_path) / 1e6:.1f} MB")
    service = SearchService(store_path)
    qs = queries(corpus)
    for _kind, q, conf in qs[:5]:  # warm the page cache like a running app
        service.search(q, conference=conf)
    timings: dict[str, list[float]] = {}
    counts: dict[str, list[int]] = {}
    samples = {}
    for kind, q, conf in qs:
        t = time.perf_counter()
        result = service.search(q, conference=conf, limit=20)
        ms = (time.perf_counter() - t) * 1000
        timings.setdefault(kind, []).append(ms)
        counts.setdefault(kind, []).append(len(result.hits))
        if result.hits and kind not in samples:
            samples[kind] = (
                q,
                result.hits[0].marked_title("[", "]")[:50],
                result.hits[0].marked_snippet("[", "]")[:90],
            )
    import sqlite3

    conn = sqlite3.connect(store_path)
    grep_ms, like_ms = {}, {}
    for kind, q, conf in qs:
        t = time.perf_counter()
        _grep(text_dir, q, conf)
        grep_ms.setdefault(kind, []).append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        _like(conn, q, conf)
        like_ms.setdefault(kind, []).append((time.perf_counter() - t) * 1000)
    conn.close()
    _table(timings, counts, grep_ms, like_ms)
    print("\nfirst hit of each kind of query (title :: snippet):")
    for kind, (q, title, snippet) in samples.items():
        print(f"  {kind:<20} {q:<22} {title} :: {snippet}")
    return 0


def _table(timings, counts, grep_ms, like_ms) -> None:
    print(f"\n{'query kind':<20} {'n':>3} {'hits':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} "
          f"{'grep p50':>9} {'LIKE p50':>9}")  # fmt: skip
    every, every_grep, every_like = [], [], []
    for kind, values in timings.items():
        every += values
        every_grep += grep_ms[kind]
        every_like += like_ms[kind]
        print(f"{kind:<20} {len(values):>3} {statistics.mean(counts[kind]):>5.0f} {_pct(values, 50):>8.1f} "
              f"{_pct(values, 95):>8.1f} {max(values):>8.1f} {_pct(grep_ms[kind], 50):>9.0f} "
              f"{_pct(like_ms[kind], 50):>9.0f}")  # fmt: skip
    print(f"{'ALL':<20} {len(every):>3} {'':>5} {_pct(every, 50):>8.1f} {_pct(every, 95):>8.1f} "
          f"{max(every):>8.1f} {_pct(every_grep, 50):>9.0f} {_pct(every_like, 50):>9.0f}")  # fmt: skip
    print(f"\np50 speed-up: {_pct(every_grep, 50) / _pct(every, 50):.0f}x over grep -ril, "
          f"{_pct(every_like, 50) / _pct(every, 50):.1f}x over LIKE (unranked, LIMIT 20); "
          f"grep p95 {_pct(every_grep, 95):.0f} ms, LIKE p95 {_pct(every_like, 95):.0f} ms")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
