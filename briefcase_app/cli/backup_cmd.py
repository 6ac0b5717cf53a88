"""Commands of backups: backup, backups, restore-backup (`restore` is the trash's)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..services.backups import BackupPolicy, Backups
from . import common


def _add_policy_options(p) -> None:
    defaults = BackupPolicy()
    p.add_argument(
        "--keep-last",
        type=int,
        default=defaults.keep_last,
        metavar="N",
        help="keep the newest N backups (default %(default)s)",
    )
    p.add_argument(
        "--keep-days",
        type=int,
        default=defaults.keep_days,
        metavar="D",
        help="and the newest of each day for D days (default %(default)s)",
    )


def register(sub) -> None:
    p = sub.add_parser("backup", help="back up the store now (SQLite's backup API; safe while it is open)")
    common.add_store_option(p)
    p.add_argument(
        "dest",
        nargs="?",
        type=Path,
        metavar="DEST",
        help="a file or folder (default: the backup folder beside the store)",
    )
    _add_policy_options(p)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("backups", help="list the store's backups and check the store")
    common.add_store_option(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser(
        "restore-backup", help="replace the store with a backup (the store is backed up first)"
    )
    common.add_store_option(p)
    p.add_argument("backup", metavar="BACKUP", help="a backup file, or its name as 'backups' lists it")
    p.set_defaults(func=cmd_restore_backup)


def _backups(args) -> Backups:
    policy = BackupPolicy(getattr(args, "keep_last", 10), getattr(args, "keep_days", 30))
    return Backups(common.store_path(args), policy=policy)


def cmd_backup(args) -> int:
    path = _backups(args).create("manual", args.dest)
    print(f"Backed up {common.store_path(args)} to {path}")
    return 0


def cmd_backups(args) -> int:
    backups = _backups(args)
    problem = backups.problem()
    listed = backups.list()
    if args.json:
        common.print_json(
            {"store": str(backups.store_path), "problem": problem, "backups": [b.to_dict() for b in listed]}
        )
    else:
        for info in listed:
            print(f"{info.created:%Y-%m-%d %H:%M:%S}  {info.reason:<14} {info.size:>10}  {info.path}")
        if not listed:
            print(f"No backups in {backups.folder}", file=sys.stderr)
    if problem:
        print(
            f"briefcase-app: the store {backups.store_path} is {problem}; {backups.advice()}", file=sys.stderr
        )
        return 1
    return 0


def cmd_restore_backup(args) -> int:
    result = _backups(args).restore(args.backup)
    print(f"Restored {common.store_path(args)} from {result.restored_from}")
    if result.previous:
        print(f"What was there before is kept in {result.previous}")
    return 0
