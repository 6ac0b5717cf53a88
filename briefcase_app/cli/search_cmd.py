"""Commands of the search: `search QUERY` and `similar KIND ID`."""

from __future__ import annotations

import argparse
import sys

from ..services.search import MAX_LIMIT, SearchResult, SearchService, reindex, reindex_needed
from . import common

_BOLD, _RESET = "\x1b[1;33m", "\x1b[0m"


def register(sub) -> None:
    """Add this module's commands to the parser."""
    p = sub.add_parser(
        "search",
        help="search speeches, points, facts, people, programme and conferences",
        description="Words must all match, in any form: English, Russian and Kazakh words are "
        "stemmed (декабрь finds декабря, министр finds министрлері). "
        '"exact phrase" (its words in the forms typed), prefix*, -excluded, a OR b. '
        "Three letters or more also match inside words (narco finds counter-narcotics).",
    )
    common.add_store_option(p)
    p.add_argument("query", nargs="+", help="what to look for")
    p.add_argument("--kind", "-k", action="append", metavar="KIND",
                   help="only this kind (speech, point, fact, person, programme, conference); repeatable")  # fmt: skip
    p.add_argument("--conference", "-c", help="only this conference (id or title)")
    p.add_argument("--speaker", help="only speeches by this speaker")
    p.add_argument("--language", help="only material in this language (en, ru, kk)")
    p.add_argument("--tag", help="only material with this tag")
    p.add_argument("--status", help="speech status, or talking point kind (line_to_take, ...)")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="on or after this date (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="on or before this date (YYYY-MM-DD)")
    p.add_argument("--sort", choices=["relevance", "date"], default="relevance")
    p.add_argument(
        "--limit",
        "-n",
        type=int,
        default=20,
        help=f"how many results (default 20, at most {MAX_LIMIT}; more is cut, and said)",
    )
    p.add_argument("--offset", type=int, default=0, help="skip this many results (paging)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("similar", help="past speeches, points and facts most like this one")
    common.add_store_option(p)
    p.add_argument("kind", choices=["speech", "point", "fact"])
    p.add_argument("id")
    p.add_argument("--limit", "-n", type=int, default=10)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_similar)


def _service(args: argparse.Namespace) -> SearchService:
    with common.open_store(args) as store:  # checks and migrates the file, with the store's clear errors
        _finish_reindex(store)
    return SearchService(common.store_path(args))


def _finish_reindex(store) -> None:
    """After an upgrade the index takes in every item again: do it now, saying so on stderr."""
    total = reindex_needed(store)
    if not total:
        return
    live = sys.stderr.isatty()
    print(f"Updating the search index for {total:,} items (once, after an upgrade)…", file=sys.stderr)

    def progress(done: int, total: int) -> None:
        if live:
            print(f"\r  {done:,} of {total:,}", end="", file=sys.stderr, flush=True)

    reindex(store, progress=progress)
    print(("\n" if live else "") + "Search index up to date.", file=sys.stderr)


def cmd_search(args) -> int:
    service = _service(args)
    try:
        result = service.search(
            " ".join(args.query),
            sort=args.sort,
            limit=args.limit,
            offset=args.offset,
            kinds=args.kind or (),
            conference=args.conference,
            speaker=args.speaker,
            language=args.language,
            tag=args.tag,
            status=args.status,
            date_from=args.date_from,
            date_to=args.date_to,
        )
        _print(result, args.json)
    finally:
        service.close()
    return 0


def cmd_similar(args) -> int:
    service = _service(args)
    try:
        _print(service.similar(args.kind, args.id, limit=args.limit), args.json)
    finally:
        service.close()
    return 0


def _print(result: SearchResult, as_json: bool) -> None:
    if as_json:
        common.print_json(
            {
                "query": result.query,
                "total": result.total,
                "total_exact": result.total_exact,
                "relaxed": result.relaxed,
                "message": result.message,
                "hits": [h.to_dict() for h in result.hits],
            }
        )
        return
    if result.message:
        print(result.message, file=sys.stderr)
    marks = (_BOLD, _RESET) if sys.stdout.isatty() else ("**", "**")
    for hit in result.hits:
        where = " · ".join(x for x in (hit.conference, (hit.date or "")[:10]) if x)
        title = common.shown_marked(hit.marked_title, *marks)
        print(f"{hit.kind.value:<10} {title}" + (f"  [{common.shown(where)}]" if where else ""))
        if hit.snippet:
            print(f"           {common.shown_marked(hit.marked_snippet, *marks)}")
        print(f"           id {hit.id}" + ("  (matched inside words)" if hit.matched == "substring" else ""))
    if result.hits:
        about = "" if result.total_exact else "about "
        print(
            f"{len(result.hits)} shown of {about}{result.total} ({result.elapsed_ms:.0f} ms)", file=sys.stderr
        )
