"""What every command shares: opening the store, printing records, reporting errors."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from ..domain.errors import StoreError, ValidationError
from ..domain.kinds import CLI_NAMES
from ..domain.models import Record
from ..paths import default_store_path
from ..services.collection import Store
from ..services.collection import open_store as _open
from ..services.records import RecordService

#: command-line names of the kinds, plural as `list` takes them and singular as `show` does.
KIND_NAMES = CLI_NAMES


def add_store_option(parser: argparse.ArgumentParser, top_level: bool = False) -> None:
    """--store on the main parser and on every command, so it works before or after the name."""
    parser.add_argument(
        "--store",
        metavar="PATH",
        type=Path,
        default=None if top_level else argparse.SUPPRESS,
        help=f"the store file (default: {default_store_path()})",
    )


def store_path(args: argparse.Namespace) -> Path:
    return args.store or default_store_path()


def open_store(args: argparse.Namespace, create: bool = False, check: bool | str = "auto") -> Store:
    """Open the chosen store; only commands that fill a store may create it.

    The default store (no --store) is created with the demo conference when none exists yet, as
    the window's first start does, so the README's first command works on a fresh machine; an
    explicit --store path that does not exist is refused. A damaged store is refused with the
    newest good backup named, so the person can restore it."""
    path = store_path(args)
    if getattr(args, "store", None) is None and not path.exists():
        return _create_default(path)
    try:
        return _open(path, create=create, check=check)
    except StoreError as e:
        from ..services.backups import Backups

        backups = Backups(path)
        if "damaged" in str(e) and path.exists() and backups.problem():
            advice = backups.advice()
            raise StoreError(f"{str(e).rstrip('.')}. {advice[:1].upper()}{advice[1:]}") from None
        raise


def open_records(args: argparse.Namespace, create: bool = False, check: bool | str = "auto") -> RecordService:
    """The record service over the chosen store (as `open_store`); use it in a `with`."""
    return RecordService(open_store(args, create=create, check=check))


def _create_default(path: Path) -> Store:
    """The default store on a first command: made and filled like the window's first start."""
    from ..services.demo import fill_demo

    store = _open(path, create=True)
    try:
        conference = fill_demo(RecordService(store))
    except BaseException:
        store.close()
        raise
    sys.stderr.write(
        f"briefcase-app: no store yet; created {shown(path)} with the demo conference "
        f"({shown(conference.title)})\n"
    )
    return store


def print_json(data) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a file name that is not UTF-8 (lone surrogates): \udcXX escapes
        text = json.dumps(data, ensure_ascii=True, indent=2)
    sys.stdout.write(text + "\n")


_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def shown(text) -> str:
    """User text (a file name, a title, a reason quoting either) safe to print on a terminal:
    control characters (ESC starts sequences that recolour, retitle or clear the terminal),
    C1 controls, line separators and lone surrogates (names that are not UTF-8) become visible
    escapes such as \\x1b; tabs and newlines stay."""
    text = str(text)
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(_escape, text)


def shown_marked(marked, open_mark: str, close_mark: str) -> str:
    """`marked(open, close)` (a search hit's title or snippet with its matches marked) escaped
    like `shown`, with the marks themselves (terminal bold) left working."""
    text = shown(marked("\ue000", "\ue001"))
    return text.replace("\ue000", open_mark).replace("\ue001", close_mark)


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x100:
        return f"\\x{code:02x}"
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def summary_line(record: Record) -> str:
    """One line per record for `list`: id, then what names it."""
    extra = ""
    for attr in ("start_date", "date", "as_of", "starts_at"):
        value = getattr(record, attr, None)
        if value:
            extra = f"  [{value.isoformat() if hasattr(value, 'isoformat') else value}]"
            break
    title = record.display_title.replace("\n", " ")
    if len(title) > 90:
        title = title[:87] + "..."
    return shown(f"{record.id}  {title}{extra}")


def read_text_arg(value: str | None) -> str:
    """A body given as a file path, '-' for stdin, or None for nothing."""
    if value is None:
        return ""
    if value == "-":
        return sys.stdin.read()
    try:
        return Path(value).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError(f"{value}: no such file") from None
    except UnicodeDecodeError:
        raise ValidationError(f"{value}: not UTF-8 text") from None
