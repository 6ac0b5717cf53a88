"""Commands of the PDF export: a briefing pack, a speech's reading copy, Markdown files."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from ..domain.errors import BriefcaseError, ValidationError
from ..domain.printing import BODY_SIZES
from ..domain.text_stats import DEFAULT_WORDS_PER_MINUTE
from ..services.exporting import export_markdown_files, export_speech
from ..services.packs import PreflightFailed, export_pack
from ..services.preflight import DEFAULT_MAX_FACT_AGE_MONTHS, group_findings, report_lines
from ..services.records import RecordService
from . import common, import_cmd


def register(sub) -> None:
    """Add `export pack|speech|markdown|folder|bundle` to the parser."""
    p = sub.add_parser("export", help="export a briefing pack, a speech or Markdown files as PDF")
    common.add_store_option(p)
    what = p.add_subparsers(dest="export_what", metavar="WHAT", required=True)

    # no abbreviations: `--password x` must not pass for `--password-file x`
    pk = what.add_parser(
        "pack", help="the briefing pack of a conference, with a pre-flight check", allow_abbrev=False
    )
    common.add_store_option(pk)
    pk.add_argument("--conference", "-c", required=True, help="conference id or title")
    pk.add_argument("--pack", "-p", help="pack id or title (default: the conference's pack)")
    pk.add_argument(
        "--language",
        choices=("en", "ru", "kk"),
        help="language of the pack's fixed words and dates: en, ru or kk (default: the pack's own)",
    )
    _output_options(pk)
    pk.add_argument(
        "--strict",
        action="store_true",
        help="do not export if the pre-flight check finds anything blocking (placeholders, "
        "facts without a source, empty sections, items not cleared...)",
    )
    pk.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="list every pre-flight finding (default: the first 3 of each kind)",
    )
    pk.add_argument(
        "--max-fact-age",
        type=int,
        default=DEFAULT_MAX_FACT_AGE_MONTHS,
        metavar="MONTHS",
        help=f"flag facts older than this (default {DEFAULT_MAX_FACT_AGE_MONTHS})",
    )
    pk.set_defaults(func=cmd_export_pack)

    sp = what.add_parser("speech", help="one speech, as a reading copy for the podium", allow_abbrev=False)
    common.add_store_option(sp)
    sp.add_argument("id", help="the speech's id")
    sp.add_argument(
        "--reading-copy", action="store_true", help="large type, no paragraph split (the podium copy)"
    )
    _output_options(sp)
    sp.set_defaults(func=cmd_export_speech)

    md = what.add_parser("markdown", help="one PDF in the house style per Markdown file")
    common.add_store_option(md)
    md.add_argument("files", nargs="+", type=Path, metavar="FILE")
    md.add_argument("--out-dir", "-d", type=Path, required=True, metavar="DIR")
    md.add_argument("--marking", default="", help="classification marking on every page")
    md.add_argument("--font", metavar="PATH", help="TrueType font file to embed")
    _size_option(md)
    md.set_defaults(func=cmd_export_markdown)

    import_cmd.add_export_subcommands(what)  # export folder DIR, export bundle FILE


def _size_option(p) -> None:
    p.add_argument(
        "--size",
        type=float,
        choices=BODY_SIZES,
        default=BODY_SIZES[0],
        metavar="PT",
        help="body text size in points: 10.5 (default), 12 or 14 (the reading copy is always large)",
    )


def _output_options(p) -> None:
    _size_option(p)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--marking", help="classification marking on every page (default: the pack's)")
    p.add_argument("--password-file", metavar="FILE", help="encrypt (AES-256) with the password in FILE")
    p.add_argument("--ask-password", action="store_true", help="encrypt (AES-256), asking for the password")
    p.add_argument("--font", metavar="PATH", help="TrueType font file to embed")
    p.add_argument(
        "--wpm",
        type=int,
        default=DEFAULT_WORDS_PER_MINUTE,
        metavar="N",
        help=f"speaking rate for speech timings (default {DEFAULT_WORDS_PER_MINUTE})",
    )


def read_password(args) -> str | None:
    """The password from --password-file or a prompt; never from the arguments themselves."""
    if args.password_file and args.ask_password:
        raise ValidationError("give either --password-file or --ask-password, not both")
    if args.password_file:
        try:
            text = Path(args.password_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise ValidationError(f"cannot read the password file {args.password_file}: {e}") from None
        password = text.splitlines()[0] if text.splitlines() else ""
    elif args.ask_password:
        password = getpass.getpass("Password for the PDF: ")
        if getpass.getpass("Again: ") != password:
            raise ValidationError("the two passwords differ")
    else:
        return None
    if not password:
        raise ValidationError("the password is empty")
    return password


def cmd_export_pack(args) -> int:
    password = read_password(args)
    with common.open_store(args) as store:
        conference = RecordService(store).resolve_conference(args.conference)
        try:
            result = export_pack(
                store,
                conference,
                args.output,
                pack_ref=args.pack,
                language=args.language,
                marking=args.marking,
                password=password,
                font=args.font,
                words_per_minute=args.wpm,
                strict=args.strict,
                max_fact_age_months=args.max_fact_age,
                size=args.size,
            )

        except PreflightFailed as e:
            _print_findings(e.findings, args.verbose)
            raise
    _print_findings(result.findings, args.verbose)
    print(f"Wrote {result.path}" + (" (encrypted)" if password else ""))
    return 0


def _print_findings(findings, verbose: bool) -> None:
    """Grouped, blocking first, on stderr (stdout says only what was written)."""
    for line in report_lines(group_findings(findings), limit=None if verbose else 3):
        print(line, file=sys.stderr)


def cmd_export_speech(args) -> int:
    password = read_password(args)
    if password is not None:
        raise ValidationError("speech exports are not encrypted: export a pack for that")
    with common.open_store(args) as store:
        path = export_speech(
            store,
            args.id,
            args.output,
            reading_copy=args.reading_copy,
            marking=args.marking,
            font=args.font,
            words_per_minute=args.wpm,
            size=args.size,
        )
    print(f"Wrote {path}")
    return 0


def cmd_export_markdown(args) -> int:
    results = export_markdown_files(
        args.files, args.out_dir, marking=args.marking, font=args.font, size=args.size
    )
    failed = [r for r in results if r.error]
    for r in results:
        if r.error:
            print(f"{r.source}: failed: {r.error}", file=sys.stderr)
        else:
            print(f"{r.source} -> {r.target}")
    if failed:
        names = ", ".join(str(r.source) for r in failed)
        raise BriefcaseError(f"{len(failed)} of {len(results)} file(s) failed: {names}")
    return 0
