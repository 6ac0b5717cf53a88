"""Find the files to import under the paths given, with the manifest row naming each."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .manifest import MANIFEST_NAME, ManifestRow, read_manifest

BUNDLE_SUFFIX = ".briefcase"


@dataclass
class Source:
    path: Path
    row: ManifestRow | None = None
    manifest: Path | None = None

    @property
    def is_bundle(self) -> bool:
        return self.path.suffix.lower() == BUNDLE_SUFFIX


@dataclass
class Found:
    """Files to import; `failed` and `skipped` are (path, reason) pairs for the report."""

    sources: list[Source] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def find_sources(paths: list[Path], suffixes: frozenset[str]) -> Found:
    """Files under `paths` (folders recursively, hidden ones left out), each once, in a stable order."""
    finder = _Finder(suffixes)
    for path in paths:
        if not path.exists():
            finder.found.failed.append((str(path), "no such file or folder"))
        elif path.is_dir():
            finder.folder(path)
        elif path.name.lower() == MANIFEST_NAME:
            finder.manifest_only(path)
        else:
            finder.manifest(path.parent)
            finder.file(path)
    finder.report_missing()
    return finder.found


class _Finder:
    def __init__(self, suffixes: frozenset[str]):
        self.found = Found()
        self.suffixes = suffixes | {BUNDLE_SUFFIX}
        self.seen: set[Path] = set()
        self.read: set[Path] = set()
        #: absolute file path -> (its manifest row, the manifest)
        self.rows: dict[Path, tuple[ManifestRow, Path]] = {}

    def folder(self, root: Path) -> None:
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            here = Path(folder)
            self.manifest(here)
            for name in sorted(files):
                if not name.startswith(".") and name.lower() != MANIFEST_NAME:
                    self.file(here / name)

    def manifest_only(self, path: Path) -> None:
        self.manifest(path.parent)
        for target, (_row, origin) in list(self.rows.items()):
            if origin == path and target.is_file():  # target is absolute: shown so in the report
                self.file(target)

    def file(self, path: Path) -> None:
        key = _absolute(path)  # not resolve(): a stat per file; walks do not follow links
        if key in self.seen:
            return
        self.seen.add(key)
        if path.suffix.lower() not in self.suffixes:
            reason = f"not a file type Briefcase imports ({path.suffix or 'no extension'})"
            self.found.skipped.append((str(path), reason))
            return
        row, manifest = self.rows.get(key, (None, None))
        self.found.sources.append(Source(path, row, manifest))

    def manifest(self, folder: Path) -> None:
        """Read the folder's manifest once; report its problems and the files it names that are missing."""
        if _absolute(folder) in self.read:
            return
        self.read.add(_absolute(folder))
        path = folder / MANIFEST_NAME
        if not path.is_file():
            return
        try:
            manifest = read_manifest(path.read_bytes())
        except OSError as e:
            self.found.failed.append((str(path), f"cannot read it ({e.strerror})"))
            return
        for problem in manifest.problems:
            self.found.failed.append((str(path), problem))
        for name, row in manifest.rows.items():
            self.rows[_absolute(folder / name)] = (row, path)

    def report_missing(self) -> None:
        """Manifest rows naming files that are not there (checked only for files not found)."""
        for target, (row, manifest) in self.rows.items():
            if target not in self.seen and not target.is_file():
                name = os.path.relpath(target, manifest.parent)
                self.found.failed.append((f"{manifest}:{row.line}", f"names {name}, which does not exist"))


def _absolute(path: Path) -> Path:
    return Path(os.path.normpath(os.path.abspath(path)))
