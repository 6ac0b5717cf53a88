"""manifest.csv: metadata for the files of a folder, one row per file."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from ...domain.convert import parse_date
from ...domain.errors import ValidationError
from .base import ReadError, decode_text

MANIFEST_NAME = "manifest.csv"
COLUMNS = ("file", "title", "speaker", "date", "conference", "language", "tags", "kind")
KINDS = ("speech", "point", "fact")
_DRIVE = re.compile(r"[A-Za-z]:")


@dataclass
class ManifestRow:
    line: int
    meta: dict
    error: str = ""


@dataclass
class Manifest:
    """Rows by file name (relative to the manifest, '/'-separated) and problems of the whole file."""

    rows: dict[str, ManifestRow] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def read_manifest(data: bytes) -> Manifest:
    """Parse a manifest; a bad row is kept with its error, so that file fails with the reason."""
    manifest = Manifest()
    try:
        text = decode_text(data)
    except ReadError as e:
        manifest.problems.append(str(e))
        return manifest
    try:  # comma, or the semicolon of spreadsheets in Russian and Kazakh locales, or tab
        delimiter = csv.Sniffer().sniff(text[:4096], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        names = [h.strip().lower() for h in next(reader, [])]
    except csv.Error as e:
        manifest.problems.append(f"not a CSV file ({e})")
        return manifest
    if "file" not in names:
        manifest.problems.append("no 'file' column in the header row; its metadata was not used")
        return manifest
    try:
        for values in reader:
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            row = {n: v.strip() for n, v in zip(names, values, strict=False) if n in COLUMNS and v.strip()}
            given = row.pop("file", "").replace("\\", "/")
            name = given.strip("/")
            if not name:
                manifest.problems.append(f"line {line}: no file named")
                continue
            if _outside(given):
                manifest.problems.append(
                    f"line {line}: {given} is outside the manifest's folder: not imported"
                )
                continue
            if name in manifest.rows:
                manifest.problems.append(f"line {line}: {name} is already on line {manifest.rows[name].line}")
                continue
            manifest.rows[name] = ManifestRow(line, _parsed(row), _error(row))
    except csv.Error as e:
        manifest.problems.append(f"line {reader.line_num}: {e}")
    return manifest


def _outside(name: str) -> bool:
    """An absolute path, a drive (C:), or a `..` step: a manifest names files in its folder only."""
    return name.startswith("/") or _DRIVE.match(name) is not None or ".." in name.split("/")


def _parsed(row: dict) -> dict:
    meta = dict(row)
    if "tags" in meta:
        meta["tags"] = [t.strip() for t in meta["tags"].split(";") if t.strip()]
    if "kind" in meta:
        meta["kind"] = meta["kind"].lower()
    return meta


def _error(row: dict) -> str:
    kind = row.get("kind", "speech").lower()
    if kind not in KINDS:
        return f"kind {row['kind']!r} is not one of {', '.join(KINDS)}"
    try:
        parse_date(row.get("date"))
    except ValidationError as e:
        return str(e)
    return ""
