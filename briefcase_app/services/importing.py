"""Import files and folders (.md .txt .docx .pdf, manifest.csv) and bundles into the store.

Batches of items are committed whole; re-running an import skips what came in (content hash),
so an interrupted or cancelled import finishes by running it again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.changes import Changes
from ..domain.convert import from_dict
from ..domain.errors import BriefcaseError, ValidationError
from ..domain.models import MODEL_BY_KIND, Conference, Kind, Record
from ..domain.validation import validate
from ..store import Store
from ..store.imports import ImportStore
from ..store.tables import kind_of as record_kind
from . import exchange
from .readers import SUPPORTED_SUFFIXES, read_document
from .readers.base import check_unicode
from .readers.meta import KIND_BY_NAME, item_fields, kind_of
from .readers.safe import MAX_FILE_BYTES, ReadError, describe, read_regular
from .readers.sources import Source, find_sources
from .records import RecordService

BATCH_SIZE = 200
#: what reading a hostile file can raise besides ReadError: each is one line in the report.
FILE_ERRORS = (BriefcaseError, ValueError, TypeError, OverflowError, RecursionError, MemoryError)

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


#: a proposal's target: the Library (no conference), or a conference to create from its title
LIBRARY = ""
NEW_CONFERENCE = "+new"


@dataclass
class Proposal:
    """What one file would become, read but not written: shown in the window's import preview,
    where the kind, the target and whether it comes in at all can be changed."""

    file: str
    #: new | duplicate (its content came in before) | update (its id is stored: merged) |
    #: bundle (a .briefcase file: its items keep their own conferences) | failed
    status: str
    kind: Kind | None = None
    title: str = ""
    date: str = ""  # ISO
    language: str = ""
    #: a conference id, LIBRARY, or NEW_CONFERENCE (created from `conference_title` on import)
    target: str = LIBRARY
    conference_title: str = ""  # the conference the file's metadata names ("" when none)
    reason: str = ""  # why it failed, or which item it duplicates
    existing: tuple[Kind, str] | None = None  # a duplicate's item
    include: bool = True
    #: the kind and the target can be changed (not for a bundle, a conference file, a failure)
    changeable: bool = True


@dataclass
class ImportPlan:
    """An import read but not written (`ImportService.plan`); edit the proposals, then
    `ImportService.run_plan`."""

    paths: list[str]
    proposals: list[Proposal] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    cancelled: bool = False

    def by_file(self) -> dict[str, Proposal]:
        return {p.file: p for p in self.proposals}


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
    ids: dict[str, Kind] = field(default_factory=dict)
    comments: bool = False
    #: an edited plan: each file's kind and target, and the files left out
    plan: dict[str, Proposal] | None = None


class ImportService:
    """The import use case; the window runs `run` in a worker with its own Store."""

    def __init__(self, store: Store, batch_size: int = BATCH_SIZE):
        self._plan: dict[str, Proposal] | None = None
        self.store = store
        self.records = RecordService(store)
        self.raw = ImportStore(store)
        self.batch_size = batch_size
        self._conferences: dict[tuple[str, str], str] = {}
        #: notes for the report (a new id, what a Word file left out), by id() of the record
        self._notes: dict[int, list[str]] = {}

    def run(
        self,
        paths: Sequence[Path | str],
        *,
        conference: str | None = None,
        kind: str | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        comments: bool = False,
    ) -> ImportReport:
        """Import `paths`; `conference` and `kind` apply where a file's metadata says nothing.

        `comments`: bring a Word file's comments in (as footnotes); otherwise the report says
        how many were left out.

        `progress(done, total, file)` is called per file; `cancelled()` is checked between files:
        the batch in hand is committed and the report says `cancelled`.
        """
        conference_id = self.records.resolve_conference(conference).id if conference else None
        if kind and kind not in KIND_BY_NAME:
            raise ValidationError(f"kind {kind!r} is not one of {', '.join(KIND_BY_NAME)}")
        found = find_sources([Path(p) for p in paths], SUPPORTED_SUFFIXES)
        run = _Run(ImportReport(), len(found.sources), conference_id, KIND_BY_NAME.get(kind or ""))
        run.progress, run.cancelled, run.comments = progress, cancelled, comments
        run.plan = self._plan
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

    def plan(
        self,
        paths: Sequence[Path | str],
        *,
        conference: str | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportPlan:
        """Read `paths` and say what each file would become, writing nothing: its kind, title,
        date, language, target (the conference its metadata names, else `conference`, else the
        Library) and whether it is new or came in before."""
        conference_id = self.records.resolve_conference(conference).id if conference else None
        found = find_sources([Path(p) for p in paths], SUPPORTED_SUFFIXES)
        plan = ImportPlan([str(p) for p in paths])
        plan.skipped = [{"file": p, "reason": r} for p, r in found.skipped]
        plan.proposals = [
            Proposal(p, "failed", reason=r, include=False, changeable=False) for p, r in found.failed
        ]
        run = _Run(ImportReport(), len(found.sources), conference_id, None)
        for start in range(0, run.total, self.batch_size):
            batch = found.sources[start : start + self.batch_size]
            read: list[tuple[Source, bytes, str]] = []
            for source in batch:
                if cancelled and cancelled():
                    plan.cancelled = True
                    return plan
                if progress:
                    progress(run.done, run.total, source.path.name)
                run.done += 1
                if source.is_bundle:
                    plan.proposals.append(
                        Proposal(str(source.path), "bundle", title=source.path.name, changeable=False)
                    )
                    continue
                try:
                    data = read_regular(source.path, MAX_FILE_BYTES, source.follow)
                except OSError as e:
                    plan.proposals.append(self._failed(source, f"cannot read it ({e.strerror})"))
                    continue
                except ReadError as e:
                    plan.proposals.append(self._failed(source, str(e)))
                    continue
                read.append((source, data, hashlib.sha256(data).hexdigest()))
            known = self.raw.known([digest for _s, _d, digest in read])
            for source, data, digest in read:
                plan.proposals.append(self._propose(source, data, digest, known, run))
        if progress:
            progress(run.done, run.total, "")
        return plan

    @staticmethod
    def _failed(source: Source, reason: str) -> Proposal:
        return Proposal(str(source.path), "failed", reason=reason, include=False, changeable=False)

    def _propose(self, source: Source, data: bytes, digest: str, known: dict, run: _Run) -> Proposal:
        name = str(source.path)
        if digest in known or digest in run.seen:
            kind, item_id = known.get(digest) or run.seen[digest]
            record = self.store.find(kind, item_id)
            proposal = self._describe(Proposal(name, "duplicate", kind), record)
            proposal.existing, proposal.include, proposal.changeable = (kind, item_id), False, False
            return proposal
        try:
            if source.row_error:
                raise ValidationError(source.row_error)
            doc = read_document(source.path, data, comments=False)
            meta = dict(doc.meta)
            if source.row is not None:
                meta.update(source.row.meta)
            kind = kind_of(meta, None)
            fields = item_fields(doc, meta, source.path, kind)
            record = from_dict(MODEL_BY_KIND[kind], fields)
            validate(record)
        except FILE_ERRORS as e:
            return self._failed(source, _reason(e))
        run.seen[digest] = (kind, record.id)
        stored = bool(meta.get("id")) and self.raw.raw(kind, str(meta["id"])) is not None
        proposal = self._describe(Proposal(name, "update" if stored else "new", kind), record)
        proposal.changeable = kind is not Kind.CONFERENCE
        if kind is Kind.CONFERENCE:
            return proposal
        title = str(meta.get("conference") or meta.get("conference_id") or "").strip()
        if title:
            matches = self.store.conferences_matching(title)
            proposal.conference_title = title
            proposal.target = matches[0].id if matches else NEW_CONFERENCE
        else:
            proposal.target = run.conference_id or LIBRARY
        return proposal

    @staticmethod
    def _describe(proposal: Proposal, record: Record | None) -> Proposal:
        if record is not None:
            proposal.title = record.display_title
            when = getattr(record, "date", None) or getattr(record, "as_of", None)
            proposal.date = when.isoformat() if when else ""
            proposal.language = getattr(record, "language", "") or ""
        return proposal

    def run_plan(
        self,
        plan: ImportPlan,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import what `plan` proposes, as edited: each file with its kind and target; the files
        left out are in the report's `skipped`."""
        self._plan = plan.by_file()
        try:
            return self.run(plan.paths, progress=progress, cancelled=cancelled)
        finally:
            self._plan = None

    def _batch(self, batch: list[Source], run: _Run) -> bool:
        """Read, check and commit one batch; True if cancelled (what was read is still committed)."""
        contents: list[tuple[Source, bytes | None, str]] = []
        data: bytes | None  # None: a bundle, read whole by exchange.import_bundle
        for source in batch:
            if source.is_bundle:
                contents.append((source, None, ""))
                continue
            try:
                data = read_regular(source.path, MAX_FILE_BYTES, source.follow)
            except OSError as e:
                run.report.fail(str(source.path), f"cannot read it ({e.strerror})")
                run.done += 1
                continue
            except ReadError as e:
                run.report.fail(str(source.path), str(e))
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
            chosen = run.plan.get(str(source.path)) if run.plan is not None else None
            if run.plan is not None and (chosen is None or not chosen.include):
                run.report.skipped.append({"file": str(source.path), "reason": "left out in the preview"})
            elif data is None:
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
            record, given_id, notes = self._record(source, data, run)
        except FILE_ERRORS as e:
            run.report.fail(name, _reason(e))
            return None
        if given_id:
            note = self._own_id(record, run)
            if note:
                notes.insert(0, note)
        if record.id in run.ids:
            run.report.fail(name, f"the id {record.id} is given twice in this import")
            return None
        kind = record_kind(record)
        run.ids[record.id] = kind
        run.seen[digest] = (kind, record.id)
        if notes:
            self._notes[id(record)] = notes
        stored = given_id and self.raw.raw(kind, record.id) is not None  # e.g. exported by us
        return (record, name, digest), stored

    def _own_id(self, record: Record, run: _Run) -> str:
        """Give `record` an id of its own if the one its file names belongs to another kind."""
        given = record.id
        other = run.ids.get(given) or self.raw.kinds_of([given]).get(given)
        kind = record_kind(record)
        if other is None or other is kind:
            return ""
        record.id = exchange.own_id(self.raw, kind, given, run.ids)
        return f"its id {given} belongs to a {other.label.lower()} here: imported with the id {record.id}"

    def _commit(self, new, existing, report: ImportReport) -> None:
        with self.store.transaction():
            self.raw.insert_many([r for r, _n, _d in new])
            for record, name, _digest in existing:
                outcome = exchange.merge_record(self.raw, record)
                entry = {"file": name, "kind": record.KIND.value, "id": record.id, "outcome": outcome.state}
                if notes := self._notes.pop(id(record), None):
                    entry["note"] = "; ".join(notes)
                report.merged.append(entry)
                if outcome.conflict:
                    report.conflicts.append(outcome.to_dict() | {"file": name})
            self.raw.remember([(d, r.KIND, r.id, n) for r, n, d in new + existing])
        for record, name, _digest in new:
            entry = {"file": name, "kind": record.KIND.value, "id": record.id, "title": record.display_title}
            if notes := self._notes.pop(id(record), None):
                entry["note"] = "; ".join(notes)
            report.imported.append(entry)
        touched = [r for r, _n, _d in new + existing]
        report.changes = report.changes | Changes(
            kinds=frozenset(r.KIND for r in touched),
            ids=frozenset(r.id for r in touched),
            created=frozenset(r.id for r, _n, _d in new),
            revisions=bool(touched),
        )

    def _record(self, source: Source, data: bytes, run: _Run) -> tuple[Record, bool, list[str]]:
        """The record a file makes, whether its metadata gave it an id, and notes for the report."""
        if source.row_error:
            raise ValidationError(source.row_error)
        doc = read_document(source.path, data, comments=run.comments)
        meta = dict(doc.meta)
        if source.row is not None:
            meta.update(source.row.meta)
        chosen = run.plan.get(str(source.path)) if run.plan is not None else None
        kind = kind_of(meta, run.kind)
        if (
            chosen is not None
            and chosen.changeable
            and chosen.kind is not None
            and chosen.kind in KIND_BY_NAME.values()
        ):
            kind = Kind(chosen.kind)
        fields = item_fields(doc, meta, source.path, kind)
        if kind is not Kind.CONFERENCE and chosen is not None and chosen.changeable:
            if chosen.target == NEW_CONFERENCE:
                fields["conference_id"] = self._conference(meta, run)
            else:
                fields["conference_id"] = chosen.target or None
        elif kind is not Kind.CONFERENCE:
            fields["conference_id"] = self._conference(meta, run) or run.conference_id
        record = from_dict(MODEL_BY_KIND[kind], fields)
        validate(record)
        check_unicode(record.to_dict())
        return record, bool(meta.get("id")), list(doc.notes)

    def _conference(self, meta: dict, run: _Run) -> str | None:
        """The id of the conference the metadata names (by id or title), created if new."""
        title = str(meta.get("conference") or "").strip()
        conf_id = str(meta.get("conference_id") or "").strip()
        if not (title or conf_id):
            return None
        key = (conf_id, title.lower())
        if key not in self._conferences and conf_id:
            other = run.ids.get(conf_id) or self.raw.kinds_of([conf_id]).get(conf_id)
            if other not in (None, Kind.CONFERENCE):  # the id is another kind's: not this conference's
                conf_id = exchange.own_id(self.raw, Kind.CONFERENCE, conf_id, run.ids)
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
        for problem in result.problems:
            report.fail(str(path), problem)
        for outcome in result.outcomes:
            entry = {"file": str(path), "kind": outcome.kind.value, "id": outcome.id, "title": outcome.title}
            if outcome.note:
                entry["note"] = outcome.note
            if outcome.state == "added":
                report.imported.append(entry)
            else:
                report.merged.append(entry | {"outcome": outcome.state})
            if outcome.conflict:
                report.conflicts.append(outcome.to_dict() | {"file": str(path)})
        report.changes = report.changes | result.changes


def _reason(error: BaseException) -> str:
    """One line for the report, whatever a hostile file made a reader raise."""
    if isinstance(error, BriefcaseError):
        return str(error)
    return f"cannot be read: {describe(error)}"


def import_paths(store_path: Path | str, paths: list[Path | str], **options) -> ImportReport:
    """Run an import on a Store of its own (for a worker thread); options as ImportService.run."""
    store = Store.open(store_path, create=True)
    try:
        return ImportService(store).run(paths, **options)
    finally:
        store.close()


def plan_paths(store_path: Path | str, paths: list[Path | str], **options) -> ImportPlan:
    """`ImportService.plan` on a Store of its own (for a worker thread): reads, writes nothing."""
    store = Store.open(store_path)
    try:
        return ImportService(store).plan(paths, **options)
    finally:
        store.close()


def import_plan(store_path: Path | str, plan: ImportPlan, **options) -> ImportReport:
    """`ImportService.run_plan` on a Store of its own (for a worker thread)."""
    store = Store.open(store_path, create=True)
    try:
        return ImportService(store).run_plan(plan, **options)
    finally:
        store.close()
