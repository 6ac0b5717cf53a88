"""Commands of the undo history: undo, redo (the command line's own history: the window keeps its)."""

from __future__ import annotations

from ..services.undo import UndoHistory, describe
from . import common


def register(sub) -> None:
    p = sub.add_parser(
        "undo",
        help="take back the last command that changed the store (add, edit, delete, restore, copy, revisions --restore)",
    )
    common.add_store_option(p)
    p.add_argument(
        "--list", action="store_true", help="show what undo and redo would take back, newest first"
    )
    p.add_argument("--json", action="store_true", help="with --list: print JSON")
    p.set_defaults(func=cmd_undo)
    p = sub.add_parser("redo", help="do again what undo took back")
    common.add_store_option(p)
    p.set_defaults(func=cmd_redo)


def cmd_undo(args) -> int:
    with common.open_records(args) as records:
        history = UndoHistory(records)
        if args.list:
            return _print_history(history, args.json)
        step = history.undo()
        print(common.shown(f"Undone: {step.text} (briefcase-app redo does it again)"))
    return 0


def cmd_redo(args) -> int:
    with common.open_records(args) as records:
        step = UndoHistory(records).redo()
        print(common.shown(f"Redone: {step.text}"))
    return 0


def _print_history(history: UndoHistory, as_json: bool) -> int:
    entries = history.entries()
    if as_json:
        common.print_json(
            [
                {
                    "id": e.id,
                    "action": e.action,
                    "kind": e.kind,
                    "title": e.title,
                    "state": e.state,
                    "at": e.created_at,
                    "text": describe(e.action, e.kind, e.title),
                }
                for e in entries
            ]
        )
        return 0
    if not entries:
        print("Nothing to undo.")
        return 0
    for e in entries:
        state = "undo:" if e.state == "done" else "redo:"
        print(
            common.shown(
                f"{state} {e.created_at[:19].replace('T', ' ')}  {describe(e.action, e.kind, e.title)}"
            )
        )
    return 0
