"""Write a PDF safely: a private temporary file in the target folder, renamed into place."""

from __future__ import annotations

import contextlib
import io
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import BriefcaseError


class OutputError(BriefcaseError):
    """The PDF cannot be written where asked."""


def _private_file(folder: Path, name: str) -> tuple[Path, BinaryIO]:
    path = folder / f".{name}.{secrets.token_hex(4)}.part"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    return path, os.fdopen(fd, "wb")


def write_atomically(
    target: Path | str, write: Callable[[BinaryIO], None], password: str | None = None
) -> Path:
    """Call `write(file)` on a mode-0600 temporary file beside `target` (with a password: on
    memory, and only the encrypted PDF is written), then rename it over `target`. On any
    error the target is untouched."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"cannot write {target}: the folder {folder} does not exist")
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a folder")
    temps: list[Path] = []
    try:
        try:
            path, handle = _private_file(folder, target.name)
        except OSError as e:
            raise OutputError(f"cannot write in {folder}: {e.strerror}") from None
        temps.append(path)
        with handle:
            if password is None:
                write(handle)
            else:  # the plain PDF stays in memory: a kill leaves no readable copy on disk
                plain = io.BytesIO()
                write(plain)
                encrypt(plain, handle, password)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.replace(path, target)
        except OSError as e:
            raise OutputError(f"cannot write {target}: {e.strerror}") from None
        temps.remove(path)
        return target
    finally:
        for leftover in temps:
            with contextlib.suppress(OSError):
                leftover.unlink()


def encrypt(source: Path | BinaryIO, out: BinaryIO, password: str) -> None:
    """AES-256 (pypdf with cryptography): readers ask for the password to open the file."""
    from pypdf import PdfReader, PdfWriter

    if not password:
        raise OutputError("the password is empty")
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=password, owner_password=password, algorithm="AES-256")
    writer.write(out)
