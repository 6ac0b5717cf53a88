"""Write a PDF safely: a private temporary file in the target folder, renamed into place."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .. import private_files
from ..domain.errors import BriefcaseError


class OutputError(BriefcaseError):
    """The PDF cannot be written where asked."""


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
    try:
        with private_files.replacing(target) as temp, open(temp, "r+b") as handle:
            if password is None:
                write(handle)
            else:  # the plain PDF stays in memory: a kill leaves no readable copy on disk
                plain = io.BytesIO()
                write(plain)
                encrypt(plain, handle, password)
            handle.flush()
    except OSError as e:
        raise OutputError(f"cannot write {target}: {e.strerror or e}") from None
    return target


def encrypt(source: Path | BinaryIO, out: BinaryIO, password: str) -> None:
    """AES-256 (pypdf with cryptography): readers ask for the password to open the file."""
    from pypdf import PdfReader, PdfWriter

    if not password:
        raise OutputError("the password is empty")
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=password, owner_password=password, algorithm="AES-256")
    writer.write(out)
