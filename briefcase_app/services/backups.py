"""Snapshots of a store: on opening, on request, before a restore; kept by a retention policy.

Backups live beside the store in `<store name>-backups/`, named `<stem>-<UTC time>-<reason>.db`.
A damaged store is never overwritten or deleted: a restore moves it aside into that folder first.
"""

from __future__ import annotations

import builtins
import datetime as dt
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from .. import private_files
from ..domain.errors import BriefcaseError, StoreError
from ..store import backup as sqlite_backup
from ..store import lock as store_lock
from ..store.erase import erase_from_copy
from ..store.errors import DATABASE_ERRORS

REASONS = ("open", "manual", "before-restore", "damaged")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}\d{6}Z)-(?P<reason>[a-z-]+)\.db$")


@dataclass(frozen=True)
class BackupPolicy:
    """Keep the newest `keep_last`, plus the newest of each day for `keep_days` days."""

    keep_last: int = 10
    keep_days: int = 30


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int

    def to_dict(self) -> dict:
        return {
            "path": str(self.path),
            "created": self.created.isoformat(timespec="seconds"),
            "reason": self.reason,
            "size": self.size,
        }


@dataclass
class RestoreResult:
    restored_from: Path
    previous: Path | None
    """A backup of the store as it was before (healthy case), or the damaged file moved aside."""


class Backups:
    """The backups of one store file."""

    def __init__(self, store_path: Path, folder: Path | None = None, policy: BackupPolicy | None = None):
        self.store_path = Path(store_path)
        self.folder = Path(folder) if folder else self.store_path.with_name(self.store_path.name + "-backups")
        self.policy = policy or BackupPolicy()

    # ---- listing -------------------------------------------------------
    def list(self) -> list[BackupInfo]:
        """Backups of this store in its folder, newest first (damaged files moved aside included)."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            match = _NAME.match(path.name)
            if not match or match["stem"] != self.store_path.stem or not path.is_file():
                continue
            created = dt.datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
            found.append(BackupInfo(path, created, match["reason"], path.stat().st_size))
        return sorted(found, key=lambda b: b.created, reverse=True)

    def newest_good(self) -> BackupInfo | None:
        """The newest backup that passes SQLite's quick_check."""
        for info in self.list():
            if info.reason != "damaged" and sqlite_backup.check_file(info.path) is None:
                return info
        return None

    def problem(self) -> str | None:
        """Why the store file cannot be used (damaged, not a store), or None."""
        if not self.store_path.exists():
            return None
        return sqlite_backup.check_file(self.store_path)

    def advice(self) -> str:
        """For a damaged store: what to do, naming the newest good backup."""
        good = self.newest_good()
        if good is None:
            return f"no good backup of {self.store_path.name} was found in {self.folder}"
        return (
            f"the newest good backup is {good.path} ({good.created:%Y-%m-%d %H:%M} UTC); "
            f"restore it with: briefcase-app restore-backup {good.path} --store {self.store_path}"
        )

    # ---- making --------------------------------------------------------
    def create(self, reason: str = "manual", dest: Path | None = None) -> Path:
        """Back up the store now (to `dest`, a file or folder, if given); prunes the backup folder."""
        problem = self.problem() if self.store_path.exists() else "there is no store there"
        if problem:
            raise StoreError(f"{self.store_path}: cannot back it up: {problem}")
        target = self._new_path(reason)
        if dest is not None:
            dest = Path(dest)
            target = dest / target.name if dest.is_dir() else dest
        sqlite_backup.backup_file(self.store_path, target)
        if dest is None:
            self.prune(keep=target)  # even with keep-last 0, never the backup just asked for
        return target

    def snapshot_on_open(self) -> Path | None:
        """A backup when the store is opened, unless nothing changed since the newest one."""
        if not self.store_path.exists():
            return None
        newest = next((b for b in self.list() if b.reason != "damaged"), None)
        modified = max(p.stat().st_mtime for p in sqlite_backup.companions(self.store_path))
        if newest is not None and newest.path.stat().st_mtime >= modified:
            return None
        return self.create("open")

    def prune(self, now: dt.datetime | None = None, keep: Path | None = None) -> builtins.list[Path]:
        """Delete backups the policy does not keep (and not `keep`); damaged files moved aside are
        never deleted."""
        now = now or dt.datetime.now(dt.UTC)
        backups = [b for b in self.list() if b.reason != "damaged"]
        kept = {b.path for b in backups[: self.policy.keep_last]} | ({Path(keep)} if keep else set())
        days: set[dt.date] = set()
        for info in backups:
            day = info.created.date()
            if (now.date() - day).days < self.policy.keep_days and day not in days:
                days.add(day)
                kept.add(info.path)
        removed = [b.path for b in backups if b.path not in kept]
        for path in removed:
            path.unlink(missing_ok=True)
        private_files.sweep(self.folder)  # a backup killed half-way leaves its temporary file
        return removed

    # ---- deleting for good ----------------------------------------------
    def erase(self, ids: builtins.list[str]) -> tuple[int, builtins.list[Path]]:
        """Take items deleted for good out of every backup: each good one is rewritten without
        them; one that cannot be rewritten (damaged) is deleted. Returns (rewritten, deleted)."""
        rewritten, dropped = 0, []
        for info in self.list() if ids else []:
            if self._rewritten_without(info, ids):
                rewritten += 1
                continue
            for path in sqlite_backup.companions(info.path):
                path.unlink(missing_ok=True)
            dropped.append(info.path)
        return rewritten, dropped

    @staticmethod
    def _rewritten_without(info: BackupInfo, ids: builtins.list[str]) -> bool:
        if info.reason == "damaged" or sqlite_backup.check_file(info.path) is not None:
            return False
        try:
            erase_from_copy(info.path, ids)
        except StoreError:
            return False
        except DATABASE_ERRORS:
            return False
        return True

    # ---- restoring -----------------------------------------------------
    def resolve(self, name: str | Path) -> Path:
        """A backup given as a path, or as a file name in the backup folder."""
        path = Path(name)
        if not path.exists() and (self.folder / path.name).exists():
            path = self.folder / path.name
        if not path.is_file():
            raise BriefcaseError(f"{name}: no such backup (list them with: briefcase-app backups)")
        return path

    def restore(self, backup: str | Path) -> RestoreResult:
        """Make the store what `backup` holds; the store (with Briefcase closed) is backed up first."""
        source = self.resolve(backup)
        problem = sqlite_backup.check_file(source)
        if problem:
            raise BriefcaseError(f"{source}: cannot restore from it: {problem}")
        if source.resolve() == self.store_path.resolve():
            raise BriefcaseError(f"{source} is the store itself")
        held = store_lock.exclusive(self.store_path)  # refused while a window or command has it open
        try:
            return self._restore(source)
        finally:
            held.release()

    def _restore(self, source: Path) -> RestoreResult:
        if not self.store_path.exists():
            sqlite_backup.backup_file(source, self.store_path)
            return RestoreResult(source, None)
        if self.problem() is None:
            previous = self.create("before-restore")
            sqlite_backup.copy_into(source, self.store_path)
            return RestoreResult(source, previous)
        previous = self._move_aside()
        sqlite_backup.backup_file(source, self.store_path)
        return RestoreResult(source, previous)

    def _move_aside(self) -> Path:
        """Move a damaged store and its -wal/-shm into the backup folder, unchanged."""
        target = self._new_path("damaged")
        for path in sqlite_backup.companions(self.store_path):
            suffix = path.name[len(self.store_path.name) :]
            dest = target.with_name(target.name + suffix)
            try:
                os.replace(path, dest)
            except OSError:  # another file system: copy, then remove only the copied original
                shutil.copy2(path, dest)
                os.unlink(path)
        return target

    def _new_path(self, reason: str) -> Path:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        return self.folder / f"{self.store_path.stem}-{stamp}-{reason}.db"
