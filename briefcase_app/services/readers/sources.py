"""Find the files to import under the paths given, with the manifest row naming each."""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .base import ReadError
from .manifest import MANIFEST_NAME, ManifestRow, read_manifest
from .safe import MAX_MANIFEST_BYTES, not_regular, read_regular

BUNDLE_SUFFIX = ".briefcase"


@dataclass
class Source:
    path: Path
    row: ManifestRow | None = None
    manifest: Path | None = None
    #: read through a final symbolic link: a path given by name, or a link checked to stay inside
    follow: bool = False

    @property
    def is_bundle(self) -> bool:
        return self.path.suffix.lower() == BUNDLE_SUFFIX

    @property
    def row_error(self) -> str:
        """What is wrong with the file's manifest line, naming the manifest and the line ('' if nothing)."""
        if self.row is None or not self.row.error:
            return ""
        manifest = self.manifest.name if self.manifest is not None else MANIFEST_NAME  # always set with a row
        return f"{manifest} line {self.row.line}: {self.row.error}"


@dataclass
class Found:
    """Files to import; `failed` and `skipped` are (path, reason) pairs for the report."""

    sources: list[Source] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def find_sources(paths: list[Path], suffixes: frozenset[str]) -> Found:
    """Files under `paths` (folders recursively, hidden ones left out), each once, in a stable order.

    Only what is inside what was given: inside a folder, a symbolic link is followed only to a
    regular file inside that folder (links to folders are not followed at all), and a manifest
    names files inside its own folder only. Only regular files are ever read (no FIFO, device
    or socket). Each file refused for these reasons is a line in `skipped` or `failed`.
    """
    finder = _Finder(suffixes)
    for path in paths:
        if not os.path.lexists(path):
            finder.found.failed.append((str(path), "no such file or folder"))
        elif path.is_dir():
            finder.folder(path)
        elif path.name.lower() == MANIFEST_NAME:
            finder.manifest_only(path)
        else:
            finder.manifest(path.parent, _real(path.parent))
            finder.file(path, None)
    finder.report_missing()
    return finder.found


def _real(path: Path) -> str:
    return os.path.realpath(path)


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def _link_problem(path: Path, root: str) -> str:
    """Why a symbolic link inside `root` is not followed, or '' when it leads to a file inside."""
    try:
        target = os.path.realpath(path, strict=True)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "a symbolic link loop: not followed"
        return "a symbolic link to nothing (broken)"
    if not _inside(target, root):
        return "a symbolic link to a file outside the folder: not followed"
    return ""


class _Finder:
    def __init__(self, suffixes: frozenset[str]):
        self.found = Found()
        self.suffixes = suffixes | {BUNDLE_SUFFIX}
        self.seen: set[Path] = set()
        self.read: set[Path] = set()
        #: absolute file path -> (its manifest row, the manifest)
        self.rows: dict[Path, tuple[ManifestRow, Path]] = {}

    def folder(self, root: Path) -> None:
        real_root = _real(root)

        def walk_error(error: OSError) -> None:
            self.found.failed.append((error.filename or str(root), f"cannot read it ({error.strerror})"))

        for folder, dirs, files in os.walk(root, onerror=walk_error):  # never follows links
            here = Path(folder)
            kept = []
            for name in sorted(dirs):
                if name.startswith("."):
                    continue
                if os.path.islink(here / name):
                    reason = "a symbolic link to a folder: not followed"
                    self.found.skipped.append((str(here / name), reason))
                else:
                    kept.append(name)
            dirs[:] = kept
            self.manifest(here, real_root)
            for name in sorted(files):
                if not name.startswith(".") and name.lower() != MANIFEST_NAME:
                    self.file(here / name, real_root)

    def manifest_only(self, path: Path) -> None:
        root = _real(path.parent)
        self.manifest(path.parent, root)
        for target, (_row, origin) in list(self.rows.items()):
            if origin == path and os.path.lexists(target):  # target is absolute: shown so in the report
                self.file(target, root)

    def file(self, path: Path, root: str | None) -> None:
        """A file found inside the folder `root` (real path), or given by name when root is None."""
        key = _absolute(path)  # not resolve(): walks do not follow links
        if key in self.seen:
            return
        self.seen.add(key)
        problem, follow = self._check(path, root)
        if problem:
            self.found.skipped.append((str(path), problem))
            return
        if path.suffix.lower() not in self.suffixes:
            reason = f"not a file type Briefcase imports ({path.suffix or 'no extension'})"
            self.found.skipped.append((str(path), reason))
            return
        row, manifest = self.rows.get(key, (None, None))
        self.found.sources.append(Source(path, row, manifest, follow))

    @staticmethod
    def _check(path: Path, root: str | None) -> tuple[str, bool]:
        """(why the file is not read or '', whether to read through a symbolic link)."""
        try:
            info = os.lstat(path)
            link = stat.S_ISLNK(info.st_mode)
            if link:
                if root is not None and (problem := _link_problem(path, root)):
                    return problem, True
                info = os.stat(path)
        except OSError as e:
            if e.errno == errno.ELOOP:
                return "a symbolic link loop: not followed", True
            return f"cannot read it ({e.strerror})", False
        if not stat.S_ISREG(info.st_mode):
            return not_regular(info.st_mode), link
        return "", link

    def manifest(self, folder: Path, root: str) -> None:
        """Read the folder's manifest once; report its problems and the files it names that are missing."""
        if _absolute(folder) in self.read:
            return
        self.read.add(_absolute(folder))
        path = folder / MANIFEST_NAME
        if not os.path.lexists(path):
            return
        problem, follow = self._check(path, root)
        if problem:
            self.found.skipped.append((str(path), problem))
            return
        try:
            manifest = read_manifest(read_regular(path, MAX_MANIFEST_BYTES, follow))
        except OSError as e:
            self.found.failed.append((str(path), f"cannot read it ({e.strerror})"))
            return
        except ReadError as e:
            self.found.failed.append((str(path), str(e)))
            return
        for problem in manifest.problems:
            self.found.failed.append((str(path), problem))
        for name, row in manifest.rows.items():
            self.rows[_absolute(folder / name)] = (row, path)

    def report_missing(self) -> None:
        """Manifest rows naming files that are not there (checked only for files not found)."""
        for target, (row, manifest) in self.rows.items():
            if target not in self.seen and not os.path.lexists(target):
                name = os.path.relpath(target, manifest.parent)
                self.found.failed.append((f"{manifest}:{row.line}", f"names {name}, which does not exist"))


def _absolute(path: Path) -> Path:
    return Path(os.path.normpath(os.path.abspath(path)))
