"""Files that hold briefing material: created readable by their owner only (0600), written under
a temporary name beside the target, fsynced, then renamed over it, so a crash or a kill leaves
the old file or the new one, never half of one. Exports, bundles, backups and recovery files
all write through here; the store itself is SQLite's."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO


def private_temp(target: Path) -> Path:
    """An empty new file beside `target` (hidden, unique name), readable by its owner only."""
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    os.close(fd)
    return temp


def fsync_path(path: Path) -> None:
    """Flush a file (or, where the system allows, a folder's entries) to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def commit(temp: Path, target: Path) -> None:
    """Make the finished `temp` the `target`: fsync, rename over it, fsync the folder."""
    fsync_path(temp)
    os.replace(temp, target)
    with contextlib.suppress(OSError):  # folders cannot be opened for fsync on Windows
        fsync_path(target.parent)


@contextlib.contextmanager
def replacing(target: Path | str) -> Iterator[Path]:
    """A private temporary path to fill; on leaving the block it replaces `target`, and on any
    error (or a kill) `target` is untouched and the temporary file goes."""
    target = Path(target)
    temp = private_temp(target)
    try:
        yield temp
        commit(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_atomically(target: Path | str, write: Callable[[BinaryIO], None]) -> Path:
    """Call `write(file)` on a private temporary file, then put it in `target`'s place."""
    target = Path(target)
    with replacing(target) as temp, open(temp, "r+b") as f:
        write(f)
        f.flush()
    return target


def sweep(folder: Path, older_than_s: float = 3600) -> list[Path]:
    """Delete temporary files a kill left in `folder` (ours: hidden, ending in .part)."""
    import time

    cutoff = time.time() - older_than_s
    gone = []
    for path in Path(folder).glob(".*.part"):
        with contextlib.suppress(OSError):
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                gone.append(path)
    return gone
