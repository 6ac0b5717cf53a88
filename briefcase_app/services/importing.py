"""Import files and folders (.md .txt .docx .pdf, manifest.csv) and bundles into the store.

Batches of items are committed whole; re-running an import skips what came in (content hash),
so an interrupted or cancelled import finishes by running it again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.changes import Changes
from ..domain.convert import from_dict
from ..domain.errors import BriefcaseError, ValidationError
from ..domain.models import MODEL_BY_KIND, Conference, Kind, Record
from ..domain.validation import validate
from ..store import Store
from ..store.imports import ImportStore
from . import exchange
from .readers import SUPPORTED_SUFFIXES, read_document
from .readers.meta import KIND_BY_NAME, item_fields, kind_of
from .readers.sources import Source, find_sources
from .records import RecordService

BATCH_SIZE = 200
#: a file larger than this is refused rather than read into memory.
MAX_FILE_BYTES = 64 * 2**20

Progress = Callable[[int, int, str], None]


@dataclass
class ImportReport:
    """What an import did, line by line: every file is in exactly one list."""

    imported: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    merged: list[dict] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    cancelled: bool = False
    changes: Changes = field(default_factory=Changes)

    @property
    def succeeded(self) -> bool:
        """Something came in, or everything was there already (exit code 0)."""
        return bool(self.imported or self.duplicates or self.merged)

    def fail(self, source: str, reason: str) -> None:
        self.failed.append({"file": source, "reason": reason})

    def to_dict(self) -> dict:
        data = {k: getattr(self, k) for k in ("imported", "duplicates", "merged", "conflicts", "failed")}
        return data | {"skipped": self.skipped, "cancelled": self.cancelled}


@dataclass
class _Run:
    """The state of one `run`: its report, counters and what it has seen so far."""

    report: ImportReport
    total: int
    conference_id: str | None
    kind: Kind | None
    progress: Progress | None = None
    cancelled: Callable[[], bool] | None = None
    done: int = 0
    seen: dict[str, tuple[Kind, str]] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)


class ImportService:
    """The import use case; the window runs `run` in a worker with its own Store."""

    def __init__(self, store: Store, batch_size: int = BATCH_SIZE):
        self.store = store
        self.records = RecordService(store)
        self.raw = ImportStore(store)
        self.batch_size = batch_size
        self._conferences: dict[tuple[str, str], str] = {}

    def run(
        self,
        paths: list[Path | str],
        *,
        conference: str | None = None,
        kind: str | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import `paths`; `conference` and `kind` apply where a file's metadata says nothing.

        `progress(done, total, file)` is called per file; `cancelled()` is checked between files:
        the batch in hand is committed and the report says `cancelled`.
        """
        conference_id = self.records.resolve_conference(conference).id if conference else None
        if kind and kind not in KIND_BY_NAME:
            raise ValidationError(f"kind {kind!r} is not one of {', '.join(KIND_BY_NAME)}")
        found = find_sources([Path(p) for p in paths], SUPPORTED_SUFFIXES)
        run = _Run(ImportReport(), len(found.sources), conference_id, KIND_BY_NAME.get(kind or ""))
        run.progress, run.cancelled = progress, cancelled
        for path, reason in found.failed:
            run.report.fail(path, reason)
        run.report.skipped = [{"file": p, "reason": r} for p, r in found.skipped]
        for start in range(0, run.total, self.batch_size):
            if self._batch(found.sources[start : start + self.batch_size], run):
                run.report.cancelled = True
                break
        if progress:
            progress(run.done, run.total, "")
        return run.report

    def _batch(self, batch: list[Source], run: _Run) -> bool:
        """Read, check and commit one batch; True if cancelled (what was read is still committed)."""
        contents: list[tuple[Source, bytes | None, str]] = []
        for source in batch:
            if source.is_bundle:
                contents.append((source, None, ""))
                continue
            try:
                if source.path.stat().st_size > MAX_FILE_BYTES:
                    run.report.fail(
                        str(source.path), f"larger than {MAX_FILE_BYTES // 2**20} MB: not a speech"
                    )
                    run.done += 1
                    continue
                data = source.path.read_bytes()
            except OSError as e:
                run.report.fail(str(source.path), f"cannot read it ({e.strerror})")
                run.done += 1
                continue
            contents.append((source, data, hashlib.sha256(data).hexdigest()))
        known = self.raw.known([digest for _s, _d, digest in contents if digest])
        new: list[tuple[Record, str, str]] = []
        existing: list[tuple[Record, str, str]] = []
        stopped = False
        for source, data, digest in contents:
            if run.cancelled and run.cancelled():
                stopped = True
                break
            if run.progress:
                run.progress(run.done, run.total, source.path.name)
            run.done += 1
            if data is None:
                self._bundle(source.path, run.report)
            elif digest in known or digest in run.seen:
                kind, item_id = known.get(digest) or run.seen[digest]
                run.report.duplicates.append({"file": str(source.path), "kind": kind.value, "id": item_id})
            else:
                entry = self._entry(source, data, digest, run)
                if entry is None:
                    continue
                if entry[0][0].KIND is Kind.CONFERENCE:  # at once: the items after it refer to it
                    self._commit(*(([], [entry[0]]) if entry[1] else ([entry[0]], [])), run.report)
                else:
                    (existing if entry[1] else new).append(entry[0])
        self._commit(new, existing, run.report)
        return stopped

    def _entry(self, source: Source, data: bytes, digest: str, run: _Run):
        """(record, file, hash) and whether its id is already stored; None (reported) if it fails."""
        name = str(source.path)
        try:
            record, given_id = self._record(source, data, run.conference_id, run.kind)
        except BriefcaseError as e:
            run.report.fail(name, str(e))
            return None
        if record.id in run.ids:
            run.report.fail(name, f"the id {record.id} is given twice in this import")
            return None
        run.ids.add(record.id)
        run.seen[digest] = (record.KIND, record.id)
        stored = given_id and self.raw.raw(record.KIND, record.id) is not None  # e.g. exported by us
        return (record, name, digest), stored

    def _commit(self, new, existing, report: ImportReport) -> None:
        with self.store.transaction():
            self.raw.insert_many([r for r, _n, _d in new])
            for record, name, _digest in existing:
                outcome = exchange.merge_record(self.raw, record)
                report.merged.append(
                    {"file": name, "kind": record.KIND.value, "id": record.id, "outcome": outcome.state}
                )
                if outcome.conflict:
                    report.conflicts.append(outcome.to_dict() | {"file": name})
            self.raw.remember([(d, r.KIND, r.id, n) for r, n, d in new + existing])
        for record, name, _digest in new:
            report.imported.append(
                {"file": name, "kind": record.KIND.value, "id": record.id, "title": record.display_title}
            )
        touched = [r for r, _n, _d in new + existing]
        report.changes = report.changes | Changes(
            kinds=frozenset(r.KIND for r in touched),
            ids=frozenset(r.id for r in touched),
            created=frozenset(r.id for r, _n, _d in new),
            revisions=bool(touched),
        )

    def _record(self, source: Source, data: bytes, conference_id, default_kind) -> tuple[Record, bool]:
        """The record a file makes, and whether its metadata gave it an id."""
        if source.row is not None and source.row.error:
            raise ValidationError(f"{source.manifest.name} line {source.row.line}: {source.row.error}")
        doc = read_document(source.path, data)
        meta = dict(doc.meta)
        if source.row is not None:
            meta.update(source.row.meta)
        kind = kind_of(meta, default_kind)
        fields = item_fields(doc, meta, source.path, kind)
        if kind is not Kind.CONFERENCE:
            fields["conference_id"] = self._conference(meta) or conference_id
        record = from_dict(MODEL_BY_KIND[kind], fields)
        validate(record)
        return record, bool(meta.get("id"))

    def _conference(self, meta: dict) -> str | None:
        """The id of the conference the metadata names (by id or title), created if new."""
        title = str(meta.get("conference") or "").strip()
        conf_id = str(meta.get("conference_id") or "").strip()
        if not (title or conf_id):
            return None
        key = (conf_id, title.lower())
        if key not in self._conferences:
            if conf_id and self.store.find(Kind.CONFERENCE, conf_id):
                self._conferences[key] = conf_id
            elif title and (matches := self.store.conferences_matching(title)):
                self._conferences[key] = matches[0].id
            else:
                conference = Conference(title=title or conf_id)
                if conf_id:
                    conference.id = conf_id
                self.records.create(conference)
                self._conferences[key] = conference.id
        return self._conferences[key]

    def _bundle(self, path: Path, report: ImportReport) -> None:
        try:
            result = exchange.import_bundle(self.store, path)
        except BriefcaseError as e:
            report.fail(str(path), str(e))
            return
        for outcome in result.outcomes:
            entry = {"file": str(path), "kind": outcome.kind.value, "id": outcome.id, "title": outcome.title}
            if outcome.state == "added":
                report.imported.append(entry)
            else:
                report.merged.append(entry | {"outcome": outcome.state})
            if outcome.conflict:
                report.conflicts.append(outcome.to_dict() | {"file": str(path)})
        report.changes = report.changes | result.changes


def import_paths(store_path: Path | str, paths: list[Path | str], **options) -> ImportReport:
    """Run an import on a Store of its own (for a worker thread); options as ImportService.run."""
    store = Store.open(store_path, create=True)
    try:
        return ImportService(store).run(paths, **options)
    finally:
        store.close()
