"""Reading hostile files safely: only regular files, and limits on what a file expands to.

A file's size on disk says little: a 5 MB zip can hold a gigabyte of XML. Every limit here is on
what a file expands to, checked before the work (zip headers) and again while reading (a
stream cut off at the limit, since headers can lie).
"""

from __future__ import annotations

import os
import stat
import zipfile

from .base import ReadError

MB = 2**20
#: a file larger than this on disk is refused unread.
MAX_FILE_BYTES = 64 * MB
#: a manifest.csv larger than this is refused unread.
MAX_MANIFEST_BYTES = 16 * MB
#: a zip (Word file) holding more members than this is refused.
MAX_ZIP_MEMBERS = 5000
#: all members of a Word file together, uncompressed (pictures included).
MAX_WORD_EXPANDED = 256 * MB
#: one XML part of a Word file (document.xml, footnotes.xml, ...), uncompressed.
MAX_XML_PART = 64 * MB
#: the JSON of a bundle, uncompressed: a whole store of 10,000 speeches is about 80 MB.
MAX_BUNDLE_JSON = 512 * MB
#: YAML front matter, in characters.
MAX_FRONT_MATTER = 256 * 1024


class TooLarge(ReadError):
    """A file, or what it expands to, is over a limit."""


def describe(error: BaseException) -> str:
    """One line for what a parser raised on a hostile file (no traceback, no line breaks)."""
    if isinstance(error, RecursionError):
        return "nested too deeply to read"
    if isinstance(error, OverflowError):
        return "holds a number too large to use"
    if isinstance(error, ValueError) and "integer string conversion" in str(error):
        return "holds a number with thousands of digits"
    if isinstance(error, MemoryError):
        return "too large to read into memory"
    return f"{type(error).__name__}: {' '.join(str(error).split())[:200]}"


def megabytes(size: int) -> str:
    return f"{size / MB:,.0f} MB" if size >= MB else f"{size:,} bytes"


def not_regular(mode: int) -> str:
    """Why a file of this mode is not read: what it is, in a few words."""
    what = (
        "a FIFO, a named pipe"
        if stat.S_ISFIFO(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "a folder"
        if stat.S_ISDIR(mode)
        else "not a file"
    )
    return f"not a regular file but {what}: not opened"


def read_regular(path: os.PathLike | str, limit: int, follow: bool = True) -> bytes:
    """The bytes of a regular file, at most `limit`; a FIFO, device or socket is never read.

    Opened non-blocking (a FIFO would otherwise wait for a writer forever) and without
    following a final symbolic link unless `follow`; the type and size are checked on the open
    file, so swapping the file after it was listed changes nothing. OSError if it cannot be opened.
    """
    # (Windows has none of these flags, and no FIFOs to open by path)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb", buffering=0) as f:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(not_regular(info.st_mode))
        if info.st_size > limit:
            raise TooLarge(f"larger than {megabytes(limit)} ({megabytes(info.st_size)}): not read")
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(fd, True)
        chunks, size = [], 0
        while size <= limit:
            chunk = f.read(min(MB, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    if size > limit:  # it grew while being read
        raise TooLarge(f"larger than {megabytes(limit)}: not read")
    return b"".join(chunks)


def check_zip(archive: zipfile.ZipFile, what: str, total: int, part: int, parts=None) -> None:
    """Refuse a zip whose headers promise more than `total` bytes, or more than `part` for one
    of `parts` (names; all members when None), or more than MAX_ZIP_MEMBERS members."""
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise TooLarge(f"{what} holds {len(members):,} parts (limit {MAX_ZIP_MEMBERS:,}): not read")
    expanded = 0
    for info in members:
        expanded += info.file_size
        if (parts is None or info.filename in parts) and info.file_size > part:
            raise TooLarge(
                f"{what} would expand to {megabytes(info.file_size)} in {info.filename} "
                f"(limit {megabytes(part)}): not read"
            )
    if expanded > total:
        raise TooLarge(f"{what} would expand to {megabytes(expanded)} (limit {megabytes(total)}): not read")


def read_member(archive: zipfile.ZipFile, name: str, limit: int, what: str) -> bytes:
    """One member, decompressed as a stream that stops past `limit` whatever its header says."""
    chunks, size = [], 0
    with archive.open(name) as f:
        while True:
            chunk = f.read(MB)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise TooLarge(f"{what} expands to more than {megabytes(limit)} in {name}: not read")
            chunks.append(chunk)
    return b"".join(chunks)
