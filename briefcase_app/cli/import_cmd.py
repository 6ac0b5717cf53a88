"""Commands to bring material in (import) and take it out (`export folder`, `export bundle`)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from ..services import exchange, folder_export
from ..services.backups import Backups
from ..services.importing import ImportReport, ImportService
from . import common


def register(sub) -> None:
    p = sub.add_parser(
        "import",
        help="import files and folders (.md .txt .docx .pdf, manifest.csv) or a .briefcase bundle",
    )
    common.add_store_option(p)
    p.add_argument(
        "paths", nargs="+", metavar="PATH", type=Path, help="files or folders (folders recursively)"
    )
    p.add_argument(
        "--conference", "-c", help="put items into this conference unless their metadata names one"
    )
    p.add_argument(
        "--kind", choices=["speech", "point", "fact"], help="kind of items without one (default speech)"
    )
    p.add_argument(
        "--comments",
        action="store_true",
        help="bring Word comments in as footnotes (otherwise the report counts them)",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_import)


def add_export_subcommands(sub) -> None:
    """`export folder` and `export bundle`, added to the `export` command group by export_cmd."""
    p = sub.add_parser("folder", help="write one Markdown file per speech, point and fact")
    common.add_store_option(p)
    p.add_argument("folder", metavar="DIR", type=Path)
    p.add_argument("--conference", "-c", help="only this conference (id or title)")
    p.set_defaults(func=cmd_export_folder)

    p = sub.add_parser("bundle", help="write a .briefcase file another laptop can import")
    common.add_store_option(p)
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--conference", "-c", help="only this conference (id or title)")
    p.set_defaults(func=cmd_export_bundle)


class _Progress:
    """A one-line progress display on stderr, redrawn at most ten times a second."""

    def __init__(self, stream=sys.stderr):
        self.stream = stream
        self.last = 0.0
        self.shown = False

    def __call__(self, done: int, total: int, name: str) -> None:
        now = time.monotonic()
        if now - self.last < 0.1 and done < total:
            return
        self.last = now
        self.shown = True
        self.stream.write(f"\r\x1b[KImporting {done}/{total} {common.shown(name[:50])}")
        self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def cmd_import(args) -> int:
    existed = common.store_path(args).exists()
    store = common.open_store(args, create=True, check=True)  # the whole file, before an import
    # a bulk change: a snapshot first (skipped when the store did not change since the last one)
    backup = Backups(common.store_path(args)).snapshot_on_open() if existed else None
    progress = _Progress() if sys.stderr.isatty() else None
    try:
        report = ImportService(store).run(
            args.paths,
            conference=args.conference,
            kind=args.kind,
            progress=progress,
            comments=args.comments,
        )
    finally:
        if progress:
            progress.close()
        store.close()
    if args.json:
        common.print_json(report.to_dict() | {"backup": str(backup) if backup else None})
    else:
        if backup:
            print(common.shown(f"backup     {backup} (taken before importing)"))
        print_report(report)
    return 0 if report.succeeded else 1


def print_report(report: ImportReport, out=None) -> None:
    """The report, a line per file; names, titles and reasons with control characters escaped."""
    out = out or sys.stdout

    def line(text: str) -> None:
        out.write(common.shown(text.replace("\n", " ")) + "\n")

    for item in report.imported:
        line(f"imported   {item['kind']:<7} {item['id']}  {item['title']}  <- {item['file']}")
        if item.get("note"):
            line(f"           note: {item['note']}")
    for item in report.merged:
        line(f"merged     {item['kind']:<7} {item['id']}  {item['outcome']}  <- {item['file']}")
        if item.get("note"):
            line(f"           note: {item['note']}")
    for item in report.conflicts:
        line(
            f"conflict   {item['kind']:<7} {item['id']}  {item['title']}: both changed; "
            f"the newer ({'theirs' if item['winner'] == 'incoming' else 'ours'}) is current, "
            "the other kept as a revision"
        )
    for item in report.duplicates:
        line(f"duplicate  {item['file']} (already in as {item['kind']} {item['id']})")
    for item in report.skipped:
        line(f"skipped    {item['file']}: {item['reason']}")
    for item in report.failed:
        line(f"FAILED     {item['file']}: {item['reason']}")
    summary = (
        f"{len(report.imported)} imported, {len(report.merged)} merged ({len(report.conflicts)} conflicts), "
        f"{len(report.duplicates)} duplicates, {len(report.failed)} failed, {len(report.skipped)} skipped"
    )
    if report.cancelled:
        summary += "; cancelled: run the same import again to finish it"
    out.write(summary + "\n")


def cmd_export_folder(args) -> int:
    with common.open_store(args) as store:
        written = folder_export.export_folder(store, args.folder, args.conference)
    print(common.shown(f"Wrote {len(written)} file(s) under {args.folder}"))
    return 0


def cmd_export_bundle(args) -> int:
    with common.open_store(args) as store:
        count = exchange.export_bundle(store, args.file, args.conference)
    print(
        common.shown(
            f"Wrote {count} item(s) to {args.file} (import it with: briefcase-app import {args.file})"
        )
    )
    return 0
