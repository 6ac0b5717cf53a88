"""Benchmark: a generated ~300-page briefing pack against the floor, a bare one-pass
reportlab build of the same section flowables (no cover, contents, outline, page totals).

    .venv/bin/python bench/bench_pack.py [--scale 1.0] [--repeat 3]

Prints wall time (median of --repeat runs) and peak traced memory (tracemalloc, separate
runs) of both, and the ratios. Goal: full <= 1.15x the floor's time, <= 1.2x its memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from briefcase_app.domain.attachments import markdown_reference
from briefcase_app.domain.models import (
    Conference,
    Contact,
    Fact,
    LogisticsItem,
    Pack,
    PackSection,
    Participant,
    Person,
    PointKind,
    ProgrammeItem,
    Role,
    SectionKind,
    Speech,
    Summary,
    TalkingPoint,
    default_sections,
)  # fmt: skip
from briefcase_app.pdf import output
from briefcase_app.pdf.blocks import BlockRenderer
from briefcase_app.pdf.content import PackContent, SectionContent
from briefcase_app.pdf.fonts import resolve_fonts
from briefcase_app.pdf.images import ImageCache
from briefcase_app.pdf.keep import group_headings
from briefcase_app.pdf.pack import _PackLayout, export_pack, markdown_texts, pack_characters
from briefcase_app.pdf.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_SIZE, house_styles
from briefcase_app.text.markdown import to_blocks

WORDS = (
    "delegation ministerial cooperation trafficking regional initiative declaration precursor financial "
    "flows programme budget Kazakhstan Almaty Vienna information exchange support partners"
).split()


def words(n: int, seed: int) -> str:
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(n))


def speech_body(n: int) -> str:
    parts = []
    for p in range(14):
        parts.append(words(70, n + p) + ".")
        if p % 5 == 2:
            parts.append("## Part " + str(p) + "\n\n- " + words(12, p) + "\n- **" + words(8, p + 1) + "**")
        if p % 6 == 3:
            rows = "".join(f"| {words(3, r)} | {r * 17} | {words(5, r + n)} |\n" for r in range(12))
            parts.append("| Item | Amount | Note |\n|:--|--:|:--|\n" + rows)
    parts.append("> " + words(40, n) + "\n\nҚазақстан Республикасы — Российская Федерация.")
    return "\n\n".join(parts)


def photo(i: int, jpeg: bool) -> bytes:
    """A small portrait (PNG or JPEG) with a number on it, as a person's photo."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 300), ((i * 37) % 200, (i * 91) % 200, (i * 53) % 200))
    ImageDraw.Draw(image).text((100, 140), str(i), fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, "JPEG" if jpeg else "PNG", quality=85)
    return out.getvalue()


def generated_pack(scale: float) -> PackContent:
    conf = Conference(title="Generated ministerial conference", short_title="Bench", venue="Hofburg", city="Vienna",
                      start_date=dt.date(2026, 3, 2), end_date=dt.date(2026, 3, 6))  # fmt: skip
    n = lambda base: max(1, int(base * scale))  # noqa: E731
    programme = [
        ProgrammeItem(conference_id=conf.id, title=words(8, i), place=words(2, i), attendees=words(3, i + 1),
                      starts_at=dt.datetime(2026, 3, 2 + i % 5, 8 + i % 10, 0),
                      ends_at=dt.datetime(2026, 3, 2 + i % 5, 9 + i % 10, 0), notes=words(10, i) if i % 3 else "")
        for i in range(n(600))
    ]  # fmt: skip
    people = [
        (Participant(conference_id=conf.id, person_id=str(i), role=Role.COUNTERPART if i % 3 else Role.DELEGATION_MEMBER),
         Person(name=f"Person {i} {words(1, i)}", position=words(3, i), organisation=words(3, i + 2),
                country="Kazakhstan", biography=words(90, i)))
        for i in range(n(150))
    ]  # fmt: skip
    kinds = list(PointKind)
    points = [
        TalkingPoint(topic=f"Topic {i // 4}", kind=kinds[i % len(kinds)], question=words(12, i) + "?" if i % 5 == 3 else "",
                     body=words(60, i), position=i)
        for i in range(n(400))
    ]  # fmt: skip
    speeches = [
        Speech(title=f"Statement {i}", speaker="Speaker", body=speech_body(i), target_minutes=5)
        for i in range(n(25))
    ]
    facts = [
        Fact(statement=words(30, i), source="MFA", as_of=dt.date(2026, 1, 1), tags=[f"group-{i % 12}"])
        for i in range(n(500))
    ]
    # images: a photo for every person (40 different ones, PNG and JPEG), a figure in each speech
    images = {}
    for i in range(40):
        data = photo(i, jpeg=i % 2 == 1)
        images[hashlib.sha256(data).hexdigest()] = data
    shas = list(images)
    photos = {person.id: shas[i % len(shas)] for i, (_part, person) in enumerate(people)}
    for i, speech in enumerate(speeches):
        speech.body += "\n\n" + markdown_reference(shas[i % len(shas)], f"Figure {i}: {words(6, i)}")
    summary = [
        Summary(
            conference_id=conf.id,
            purpose=words(40, 1),
            wants=words(40, 2),
            asks=words(30, 3),
            sensitivities=words(30, 4),
            body=words(80, 5),
        )
    ]
    contacts = [
        Contact(
            conference_id=conf.id,
            name=f"Officer {i}",
            role=words(3, i),
            phone=f"+43 1 {i:04d} 55",
            email=f"officer.{i}@example.org",
            notes=words(6, i),
        )
        for i in range(n(60))
    ]
    logistics = [
        LogisticsItem(
            conference_id=conf.id,
            title=words(6, i),
            place=words(2, i),
            category=words(1, i),
            starts_at=dt.datetime(2026, 3, 1 + i % 3, 7 + i % 12, 0),
            notes=words(8, i),
        )
        for i in range(n(40))
    ]
    by_kind = {
        SectionKind.SUMMARY: summary, SectionKind.CONTACTS: contacts, SectionKind.LOGISTICS: logistics,
        SectionKind.PROGRAMME: programme, SectionKind.PEOPLE: people, SectionKind.SPEECHES: speeches,
        SectionKind.BACKGROUND: facts,
        SectionKind.OBJECTIVES: [p for p in points if p.kind in (PointKind.OBJECTIVE, PointKind.KEY_MESSAGE)],
        SectionKind.LINES: [p for p in points if p.kind not in (PointKind.OBJECTIVE, PointKind.KEY_MESSAGE)],
    }  # fmt: skip
    pack = Pack(
        conference_id=conf.id, title="Generated pack", recipient="The Minister", sections=default_sections()
    )
    sections = [SectionContent(PackSection(s.kind), by_kind[s.kind]) for s in pack.sections]
    return PackContent(
        conf,
        pack,
        sections,
        head_of_delegation=people[0][1],
        marking="OFFICIAL",
        prepared=dt.date(2026, 3, 1),
        images=images,
        photos=photos,
    )


def full(content: PackContent, target: Path) -> None:
    export_pack(content, target)


def full_no_fsync(content: PackContent, target: Path) -> None:
    """The full pack with fsync skipped: the layout's cost without the disk's."""
    real = output.os.fsync
    output.os.fsync = lambda fd: None
    try:
        export_pack(content, target)
    finally:
        output.os.fsync = real


def floor(content: PackContent, target: Path) -> None:
    """The same section flowables, built once by a bare document: no cover, contents,
    outline, marking, page decoration or late forms."""
    parsed = {text: to_blocks(text) for text in markdown_texts(content)}
    fonts = resolve_fonts(pack_characters(content, parsed))
    styles = house_styles(fonts)
    # headings kept with what follows, as in the full pack (part of laying out the sections)
    renderer = BlockRenderer(styles, marker=None)
    renderer.images = ImageCache(content.images)  # the same images, drawn the same way
    story = group_headings(_PackLayout(content, styles, renderer, parsed).sections())
    doc = BaseDocTemplate(str(target), pagesize=PAGE_SIZE, initialFontName=fonts.regular.name)
    frame = Frame(
        MARGIN_X, MARGIN_BOTTOM, PAGE_SIZE[0] - 2 * MARGIN_X, PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM
    )
    doc.addPageTemplates([PageTemplate("page", [frame])])
    doc.build(story)


def timed(func, content, target: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one build."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    func(content, target)
    return time.perf_counter() - wall, time.process_time() - cpu


def traced(func, content, target: Path) -> float:
    gc.collect()
    tracemalloc.start()
    func(content, target)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.8, help="content multiplier (0.8 gives ~300 pages)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    content = generated_pack(args.scale)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        floor(content, out / "warm.pdf")  # load fonts and modules once
        variants = {"floor": floor, "full": full, "full_no_fsync": full_no_fsync}
        times: dict[str, list] = {name: [] for name in variants}
        for _ in range(args.repeat):  # interleaved, so a busy moment hits all alike
            for name, func in variants.items():
                times[name].append(timed(func, content, out / f"{name}.pdf"))
        memory = {
            "floor": traced(floor, content, out / "floor.pdf"),
            "full": traced(full, content, out / "full.pdf"),
        }
        n_floor, n_full = pages(out / "floor.pdf"), pages(out / "full.pdf")

    def stat(name: str, index: int, pick) -> float:
        return pick(t[index] for t in times[name])

    print(
        f"Python {sys.version.split()[0]}, {args.repeat} interleaved runs each; memory: tracemalloc peak, separate runs"
    )
    print("| build | pages | wall median | wall best | CPU best | peak memory |")
    print("|---|---:|---:|---:|---:|---:|")
    labels = {
        "floor": "floor: bare single pass, same section flowables",
        "full": "full pack: cover, contents, outline, marking, Page X of Y, fsync",
        "full_no_fsync": "full pack, fsync skipped",
    }
    pages_of = {"floor": n_floor, "full": n_full, "full_no_fsync": n_full}
    memory["full_no_fsync"] = memory["full"]
    for name, label in labels.items():
        print(
            f"| {label} | {pages_of[name]} | {stat(name, 0, statistics.median):.2f} s "
            f"| {stat(name, 0, min):.2f} s | {stat(name, 1, min):.2f} s | {memory[name]:.1f} MiB |"
        )
    for name, label in (("full", "full"), ("full_no_fsync", "full without fsync")):
        ratios = [
            stat(name, i, p) / stat("floor", i, p) for i, p in ((0, statistics.median), (0, min), (1, min))
        ]
        print(
            f"| ratio {label} / floor | | {ratios[0]:.2f}x | {ratios[1]:.2f}x | {ratios[2]:.2f}x "
            f"| {memory[name] / memory['floor']:.2f}x |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
