"""Search benchmark: a generated corpus, index build, store size, query latency, two baselines;
then recall and precision of Russian and Kazakh words on a second corpus of real word forms.

    nice python bench/bench_search.py            # 50,000 speeches + 100,000 points and facts
    python bench/bench_search.py --small          # 2,000 + 4,000: runs in seconds

Everything it writes goes to a temporary folder, removed at the end (--keep to keep it).
The corpus is deterministic (seeded): 85% English, 10% Russian, 5% Kazakh speeches of ~600
words. The index is built and queried twice in the same process: without the Russian and
Kazakh stems (the baseline: the index as it was before them) and with them.

The recall table needs pymorphy3 (`pip install pymorphy3`, for this benchmark only; Briefcase
does not use it): it inflects Russian words to make the texts and lemmatises every word of
them to decide which texts contain a form of a query word (the truth). Kazakh forms and the
truth for them come from the hand-checked word list in tests/test_stemming.py.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
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

from briefcase_app.services.search import MAX_LIMIT, SearchService
from briefcase_app.store import Store, search_index, search_sql

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_stemming import KAZAKH  # noqa: E402  (hand-checked Kazakh forms by root)

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
#: other forms of RU_WORDS, searched for ("russian form" queries): each finds the form in the texts.
RU_QUERIES = ["наркотики", "борьбы", "границы", "таможни", "программы", "операции", "лечения", "здоровья",
              "партнёров", "делегации", "конференции", "министерства", "лаборатории", "производства",
              "развития"]  # fmt: skip
KK_WORDS = [form for forms in KAZAKH.values() for form in forms]
KK_QUERIES = sorted(KAZAKH)[:15]


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
        kk = KK_WORDS + _pseudo(rng, 6000, "ткрнсқлғпдңбаеыоұі")
        self.en, self.ru, self.kk = en, ru, kk
        self.en_cw = self._cum([1 / (i + 1) ** 0.9 for i in range(len(en))])
        self.ru_cw = self._cum([1 / (i + 1) ** 0.9 for i in range(len(ru))])
        self.kk_cw = self._cum([1 / (i + 1) ** 0.9 for i in range(len(kk))])
        self.conferences = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(200)]
        self.rare = en[len(en) - 400 :: 27][:15]

    @staticmethod
    def _cum(weights):
        total, out = 0.0, []
        for w in weights:
            total += w
            out.append(total)
        return out

    def text(self, n: int, russian: bool, kazakh: bool = False) -> str:
        rng = self.rng
        vocab, cw = (self.ru, self.ru_cw) if russian else (self.en, self.en_cw)
        if kazakh:
            vocab, cw = self.kk, self.kk_cw
        tokens = rng.choices(vocab, cum_weights=cw, k=n)
        extras = []
        if kazakh:
            pass
        elif russian:
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
                x = rng.random()
                russian, kazakh = x < 0.1, 0.1 <= x < 0.15
                body = self.text(rng.randint(540, 660), russian, kazakh)
                title = self.text(rng.randint(5, 10), russian, kazakh).rstrip(".")
                language = "ru" if russian else "kk" if kazakh else "en"
                yield "speeches", dict(common, title=title, body=body, date=day, speaker="Speaker " + str(i % 97),
                                       language=language, status="delivered")  # fmt: skip
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
    out += [("russian form", w, None) for w in RU_QUERIES]
    out += [("kazakh form", w, None) for w in KK_QUERIES]
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


@contextlib.contextmanager
def stems_off():
    """The baseline: an index and queries without Russian and Kazakh stems (as before them)."""
    saved = search_index.index_stems, search_sql.query_stems
    search_index.index_stems = lambda text, language: None
    search_sql.query_stems = lambda word: []
    try:
        yield
    finally:
        search_index.index_stems, search_sql.query_stems = saved


MODES = (("baseline", stems_off), ("stems", contextlib.nullcontext))


def run(tmp: Path, corpus: Corpus, reuse: bool, rebuild: bool, recall: bool = True) -> int:
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
    qs = queries(corpus)
    measured: dict[str, tuple] = {}
    modes = MODES if (rebuild or not reuse) else MODES[1:]
    for mode, context in modes:
        with context():
            if rebuild or not reuse:
                build, index, parts = build_index(store_path)
                detail = ", ".join(
                    f"{k} {v / raw:.2f}x" for k, v in sorted(parts.items(), key=lambda kv: -kv[1])[:4]
                )
                print(
                    f"{mode}: index build {build:.1f} s; index size {index / 1e6:.1f} MB = {index / raw:.2f}x raw text "
                    f"({detail}); store file {os.path.getsize(store_path) / 1e6:.1f} MB"
                )
                measured[mode] = (build, index)
            timings, counts, samples = _latencies(store_path, qs)
        measured[mode] = (*measured.get(mode, (0, 0)), timings, counts, samples)
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
    _, _, timings, counts, samples = measured["stems"]
    _table(timings, counts, grep_ms, like_ms)
    if "baseline" in measured:
        _compare(measured["baseline"], measured["stems"], raw)
    print("\nfirst hit of each kind of query (title :: snippet):")
    for kind, (q, title, snippet) in samples.items():
        print(f"  {kind:<20} {q:<22} {title} :: {snippet}")
    if recall:
        recall_tables(tmp, small=corpus.n_speeches < 10_000)
    return 0


def _latencies(store_path: Path, qs):
    service = SearchService(store_path)
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
    service.close()
    return timings, counts, samples


def _compare(base, stems, raw: int) -> None:
    """The same queries on the index without and with stems, measured in this process."""
    b_build, b_index, b_times, b_counts, _ = base
    s_build, s_index, s_times, s_counts, _ = stems
    print("\nbaseline (no stems) against stems, same corpus, same process:")
    print(f"  index {b_index / raw:.2f}x -> {s_index / raw:.2f}x raw text ({s_index / b_index:.2f}x); "
          f"build {b_build:.0f} s -> {s_build:.0f} s")  # fmt: skip
    print(f"  {'query kind':<20} {'hits':>11} {'p50 ms':>15} {'p95 ms':>15} {'p50 ratio':>10}")
    every_b, every_s = [], []
    for kind in s_times:
        every_b += b_times[kind]
        every_s += s_times[kind]
        hits = f"{statistics.mean(b_counts[kind]):.0f} -> {statistics.mean(s_counts[kind]):.0f}"
        p50 = f"{_pct(b_times[kind], 50):.1f} -> {_pct(s_times[kind], 50):.1f}"
        p95 = f"{_pct(b_times[kind], 95):.1f} -> {_pct(s_times[kind], 95):.1f}"
        print(
            f"  {kind:<20} {hits:>11} {p50:>15} {p95:>15} {_pct(s_times[kind], 50) / _pct(b_times[kind], 50):>9.2f}x"
        )
    p50 = f"{_pct(every_b, 50):.1f} -> {_pct(every_s, 50):.1f}"
    p95 = f"{_pct(every_b, 95):.1f} -> {_pct(every_s, 95):.1f}"
    print(f"  {'ALL':<20} {'':>11} {p50:>15} {p95:>15} {_pct(every_s, 50) / _pct(every_b, 50):>9.2f}x")


# ---- recall and precision of Russian and Kazakh words ---------------------------------------
#: the fourteen common Russian words searched for, in their dictionary form
RU_RECALL = ["декабрь", "государство", "наркотик", "граница", "безопасность", "сотрудничество", "министр",
             "страна", "программа", "регион", "решение", "вопрос", "развитие", "встреча"]  # fmt: skip
#: words around them, inflected as well (some share a start with a searched word: странный, встречный)
RU_FILLER = """год человек время дело жизнь день работа слово место лицо сторона случай город часть
закон власть история народ область статья компания группа процесс суд условие средство начало путь
уровень форма связь месяц неделя партнёр делегация конференция министерство таможня операция лечение
здоровье молодёжь оборот политика республика борьба помощь доклад заявление переговоры договор
говорить сказать обсуждать подписать укреплять поддерживать развивать новый большой важный
международный региональный государственный странный встречный пограничный совместный""".split()
#: the twelve Kazakh nouns searched for (their forms: tests/test_stemming.py)
KK_RECALL = ["министр", "экономика", "мемлекет", "ел", "жыл", "қауіпсіздік", "ынтымақтастық", "есірткі",
             "шекара", "бағдарлама", "келісім", "аймақ"]  # fmt: skip
#: Kazakh words around them, as they occur in official texts (елші, жол, қалам are near misses)
KK_FILLER = """және бойынша туралы жаңа үлкен маңызды кездесу кездесті қол қойылды жұмыс жұмысы жұмысын
сапар сапары сапарымен халық халықтың халқы құқық құқығы заң заңы заңның білім білімі денсаулық
денсаулығы қоғам қоғамның жастар жастарға елші елшісі елшілігі жол жолы жолдары қала қаласы қалам
бүгін бүгінгі өте көп бірге арасында басшысы басшылары кеңес кеңесі кеңестің отырыс отырысы мәселе
мәселесі мәселелер жоба жобасы жобалар тұрақтылық тұрақтылығы бейбітшілік""".split()
#: derivations of the searched nouns (-лық/-лік/-тық/-тік): the stemmer takes them to their root on
#: purpose (мемлекеттік finds мемлекет); the strict truth does not count them as forms
KK_DERIVED = {"экономика": "экономикалық", "мемлекет": "мемлекеттік", "шекара": "шекаралық",
              "аймақ": "аймақтық", "жыл": "жылдық"}  # fmt: skip


def _ru_lexemes(morph, lemmas):
    out = {}
    for lemma in lemmas:
        parses = [p for p in morph.parse(lemma) if p.normal_form == lemma] or morph.parse(lemma)
        out[lemma] = sorted({f.word for f in parses[0].lexeme if "-" not in f.word})
    return out


def _docs(rng, searched: dict, filler: list[list[str]], n: int, p: float, extra=None) -> list[str]:
    """n texts of 40-120 words: each searched word's forms with chance p, the rest filler words
    (a word Zipf-weighted by its rank, so some are common and most rare; then one of its forms),
    `extra` words with chance p/3."""
    weights = [1 / (i + 1) ** 0.8 for i in range(len(filler))]
    docs = []
    for _ in range(n):
        k = rng.randint(40, 120)
        tokens = [rng.choice(forms) for forms in rng.choices(filler, weights=weights, k=k)]
        for forms in searched.values():
            if rng.random() < p:
                tokens += rng.sample(forms, min(len(forms), rng.randint(1, 2)))
        for word in (extra or {}).values():
            if rng.random() < p / 3:
                tokens.append(word)
        rng.shuffle(tokens)
        sentences = [" ".join(tokens[i : i + 12]).capitalize() + "." for i in range(0, len(tokens), 12)]
        docs.append(" ".join(sentences))
    return docs


def _found(service, word: str) -> set[int]:
    ids, offset = set(), 0
    while True:
        result = service.search(word, limit=MAX_LIMIT, offset=offset)
        ids |= {int(h.id) for h in result.hits}
        if len(result.hits) < MAX_LIMIT:
            return ids
        offset += MAX_LIMIT


def _score(found: set[int], truth: set[int]) -> tuple[float, float]:
    hit = len(found & truth)
    return (hit / len(truth) if truth else 1.0), (hit / len(found) if found else 1.0)


def recall_tables(tmp: Path, small: bool) -> None:
    """Which texts each word finds, against which texts contain a form of it (by pymorphy3's
    lemmas for Russian, by the hand-checked form lists for Kazakh), without and with stems."""
    import re

    try:
        import pymorphy3
    except ImportError:
        pymorphy3 = None
        print("\nrecall: pymorphy3 is not installed (pip install pymorphy3): no Russian table")
    rng = random.Random(23)
    n = 1000 if small else 3000
    texts: list[tuple[str, str]] = []  # (language, body); the row's id is its index + 1
    ru_truth: dict[str, set[int]] = {}
    ru_forms: dict[str, list[str]] = {}
    if pymorphy3 is not None:
        morph = pymorphy3.MorphAnalyzer()
        ru_forms = _ru_lexemes(morph, RU_RECALL)
        filler = list(_ru_lexemes(morph, RU_FILLER).values())
        lemma = functools.lru_cache(maxsize=None)(lambda w: morph.parse(w)[0].normal_form)
        for body in _docs(rng, ru_forms, filler, n, 0.12):
            texts.append(("ru", body))
            lemmas = {lemma(w) for w in re.findall(r"\w+", body.lower())}
            for word in RU_RECALL:
                if word in lemmas:
                    ru_truth.setdefault(word, set()).add(len(texts))
    kk_searched = {root: [root, *KAZAKH[root]] for root in KK_RECALL}
    kk_filler = [[w] for w in KK_FILLER] + [[r, *f] for r, f in KAZAKH.items() if r not in KK_RECALL]
    kk_truth: dict[str, set[int]] = {}
    kk_derived: dict[str, set[int]] = {}
    for i, body in enumerate(_docs(rng, kk_searched, kk_filler, n, 0.12, KK_DERIVED)):
        texts.append(("kk" if i % 2 else "en", body))  # half say English, as the window's default
        for root, forms in kk_searched.items():
            if re.search(r"(?<!\w)(" + "|".join(forms) + r")(?!\w)", body, re.IGNORECASE):
                kk_truth.setdefault(root, set()).add(len(texts))
            derived = KK_DERIVED.get(root)
            if derived and re.search(rf"(?<!\w){derived}(?!\w)", body, re.IGNORECASE):
                kk_derived.setdefault(root, set()).add(len(texts))
    path = tmp / "forms.db"
    path.unlink(missing_ok=True)
    with Store.open(path) as store:
        search_index.drop(store.db)
        rows = [(str(i + 1), f"Text {i + 1}", body, language, "2020-01-01", "x", "x")
                for i, (language, body) in enumerate(texts)]  # fmt: skip
        store.db.conn.executemany(
            "INSERT INTO speeches(id, title, body, language, date, created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
            rows,
        )
        store.db.conn.commit()
    results = {}
    for mode, context in MODES:
        with context():
            with Store.open(path) as store:
                search_index.drop(store.db)
                with store.db.atomic():
                    search_index.create(store.db)
            service = SearchService(path)
            results[mode] = {w: _found(service, w) for w in [*ru_truth, *kk_truth]}
            rng_forms = random.Random(5)
            results[mode + " forms"] = {
                (language, w): [_found(service, f) for f in rng_forms.sample(forms[w], 3)]
                for language, forms, truth in (("ru", ru_forms, ru_truth), ("kk", kk_searched, kk_truth))
                for w in truth
            }
            service.close()
    print(
        f"\nrecall and precision: {n:,} Russian and {n:,} Kazakh texts of 40-120 words, each searched word's"
    )
    print("forms in 12% of them; 'from a form': the mean over three other forms searched for")
    # a word of both languages (министр) rightly finds the texts of both: either truth counts
    either = {w: ru_truth.get(w, set()) | kk_truth.get(w, set()) for w in {*ru_truth, *kk_truth}}
    for language, code, truth in (("Russian (truth: pymorphy3 lemmas)", "ru", ru_truth),
                                  ("Kazakh (truth: hand-checked forms)", "kk", kk_truth)):  # fmt: skip
        if not truth:
            continue
        print(f"\n{language}")
        print(f"  {'word':<15} {'texts':>6} {'baseline R':>11} {'stems R':>8} {'stems P':>8} {'from a form R':>14}"
              + ("  P with -лық" if truth is kk_truth else ""))  # fmt: skip
        sums = {"b": [], "r": [], "p": [], "f": [], "d": []}
        for word, docs in truth.items():
            b_recall, _ = _score(results["baseline"][word], docs)
            recall, _ = _score(results["stems"][word], docs)
            _, precision = _score(results["stems"][word], either[word])
            form_recall = statistics.mean(_score(f, docs)[0] for f in results["stems forms"][(code, word)])
            line = f"  {word:<15} {len(docs):>6} {b_recall:>11.2f} {recall:>8.2f} {precision:>8.2f} {form_recall:>14.2f}"
            sums["b"].append(b_recall)
            sums["r"].append(recall)
            sums["p"].append(precision)
            sums["f"].append(form_recall)
            if truth is kk_truth:
                _, p2 = _score(results["stems"][word], either[word] | kk_derived.get(word, set()))
                sums["d"].append(p2)
                line += f"  {p2:>11.2f}"
            print(line)
        avg = {k: statistics.mean(v) for k, v in sums.items() if v}
        line = f"  {'MEAN':<15} {'':>6} {avg['b']:>11.2f} {avg['r']:>8.2f} {avg['p']:>8.2f} {avg['f']:>14.2f}"
        if "d" in avg:
            line += f"  {avg['d']:>11.2f}"
        print(line)


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
