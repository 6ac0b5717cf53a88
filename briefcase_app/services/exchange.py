"""Move material out and between laptops: a folder of Markdown files, or a single bundle file.

Bundles merge by id: an unchanged item is left alone, an item changed on one side only takes
the newer state, and an item changed on both sides is a conflict: the newer edit wins and the
other is kept as a revision.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .. import private_files
from ..domain.attachments import MAX_PDF_BYTES, LinkRole, references
from ..domain.changes import Changes
from ..domain.convert import from_dict
from ..domain.errors import BriefcaseError, ValidationError
from ..domain.kinds import KINDS
from ..domain.models import (
    MODEL_BY_KIND,
    Kind,
    Participant,
    Record,
    now_iso,
)
from ..domain.validation import validate
from ..store import Store
from ..store.imports import ImportStore
from ..store.tables import kind_of
from .readers.base import ReadError, check_unicode
from .readers.safe import MAX_BUNDLE_JSON, check_zip, describe, read_member

BUNDLE_FORMAT = "briefcase-bundle"
BUNDLE_VERSION = 1
#: the order records are merged in: what others point to comes first.
MERGE_ORDER = tuple(KINDS)
_STAMPS = ("created_at", "updated_at", "deleted_at")
#: fields holding the id of another record, which follow it when it is given a new id.
_REFERENCES = ("conference_id", "person_id", "origin_id")
#: a clock this far ahead of ours is a wrong clock; a later time would win every conflict.
_CLOCK_SKEW = dt.timedelta(days=1)
_ID_NAMESPACE = uuid.UUID("5b3f1c52-4be1-4f0c-9d1e-0b7c2b3a9e10")


@dataclass
class Outcome:
    """What merging one item did: added, unchanged, updated (fast-forward), kept (ours is
    newer and already holds theirs) or conflict (both changed; `winner` says whose is current)."""

    kind: Kind
    id: str
    title: str
    state: str
    winner: str = ""
    note: str = ""

    @property
    def conflict(self) -> bool:
        return self.state == "conflict"

    def to_dict(self) -> dict:
        return {
            "kind": self.kind.value,
            "id": self.id,
            "title": self.title,
            "state": self.state,
            "winner": self.winner,
        }


@dataclass
class BundleResult:
    outcomes: list[Outcome] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    #: records not imported, one line each (a bad timestamp, an id given twice, ...)
    problems: list[str] = field(default_factory=list)


def own_id(raw: ImportStore, kind: Kind, given: str, taken: dict | None = None) -> str:
    """The id a `kind` record gets when the id it came with belongs to a record of another kind.

    Derived from the kind and the given id, so importing the same file or bundle again finds the
    record it made the first time (and merges) instead of adding a copy."""
    candidate = str(uuid.uuid5(_ID_NAMESPACE, f"{kind.value}:{given}"))
    other = (taken or {}).get(candidate) or raw.kinds_of([candidate]).get(candidate)
    return candidate if other in (None, kind) else str(uuid.uuid4())


def content_hash(data: dict) -> str:
    """A hash of a record's data apart from its timestamps."""
    content = {k: v for k, v in data.items() if k not in _STAMPS}
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def merge_record(raw: ImportStore, incoming: Record, history: set[str] | None = None) -> Outcome:
    """Merge one record by id (inside a transaction); `history` hashes its earlier states there.

    Our states are our revisions plus every state received before (the import ledger), so a
    side that did not edit since the last exchange takes the other's edit without a conflict.
    """
    kind = kind_of(incoming)
    title = incoming.display_title
    theirs = content_hash(incoming.to_dict())
    local_row = raw.raw(kind, incoming.id)
    outcome = Outcome(kind, incoming.id, title, "added")
    if local_row is None:
        raw.insert_many([incoming])
    else:
        local = from_dict(MODEL_BY_KIND[kind], local_row)
        ours = content_hash(local.to_dict())
        received = raw.received(local.id)
        our_history = {content_hash(d) for d in raw.revision_data(local.id)} | received
        if theirs == ours:
            outcome.state = "unchanged"
        elif theirs in our_history:
            outcome.state, outcome.winner = "kept", "local"
        elif ours in (history or set()) or ours in received:
            _take(raw, incoming, local, our_history)
            outcome.state, outcome.winner = "updated", "incoming"
        elif incoming.updated_at > local.updated_at:
            _take(raw, incoming, local, our_history)
            outcome.state, outcome.winner = "conflict", "incoming"
        else:
            raw.add_revision(incoming, incoming.updated_at or local.updated_at)
            _current_on_top(raw, local)
            outcome.state, outcome.winner, outcome.title = "conflict", "local", local.display_title
    raw.remember([(theirs, kind, incoming.id, "exchange")])
    return outcome


def _current_on_top(raw: ImportStore, current: Record) -> None:
    """Keep the rule that an item's newest revision is its current state."""
    newest = raw.revision_data(current.id)[:1]
    if not newest or content_hash(newest[0]) != content_hash(current.to_dict()):
        raw.add_revision(current, now_iso())


def _take(raw: ImportStore, incoming: Record, local: Record, our_history: set[str]) -> None:
    """Make `incoming` current, keeping ours as a revision; a trashed item stays in the trash."""
    if content_hash(local.to_dict()) not in our_history:
        raw.add_revision(local, local.updated_at)
    incoming.deleted_at = local.deleted_at
    incoming.created_at = local.created_at or incoming.created_at
    raw.replace(incoming)
    raw.add_revision(incoming, max(incoming.updated_at, local.updated_at))
    _current_on_top(raw, incoming)


# ---- bundles ------------------------------------------------------------
def selection(store: Store, conference: str | None) -> tuple[dict[Kind, list[Record]], list[Participant]]:
    """Live records to export: one conference with its material and people, or everything."""
    records: dict[Kind, list[Record]] = {}
    if conference is None:
        for kind in MERGE_ORDER:
            records[kind] = store.list(kind)
        conferences = records[Kind.CONFERENCE]
        participants = [p for c in conferences for p, _person in store.participants(c.id)]
        return records, participants
    from .records import RecordService

    conf = RecordService(store).resolve_conference(conference)
    records[Kind.CONFERENCE] = [conf]
    pairs = store.participants(conf.id)
    records[Kind.PERSON] = [person for _p, person in pairs]
    for kind in MERGE_ORDER[2:]:
        records[kind] = store.list(kind, conference_id=conf.id)
    return records, [p for p, _person in pairs]


def export_bundle(store: Store, path: Path, conference: str | None = None) -> int:
    """Write one conference (or the whole store) to a bundle file; returns how many items."""
    records, participants = selection(store, conference)
    raw = ImportStore(store)
    history = {}
    for kind in MERGE_ORDER:
        for record in records.get(kind, []):
            states = {content_hash(r.data) for r in store.revisions(record.id)} | raw.received(record.id)
            history[record.id] = sorted(states)
    payload = {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "records": {kind.value: [r.to_dict() for r in rows] for kind, rows in records.items()},
        "participants": [p.to_dict() for p in participants],
        "history": history,
    }
    blobs = _attachments_of(store, records, payload)
    write_private(path, lambda f: _zip(f, payload, blobs))
    with store.transaction():  # what was sent is a state both sides know: no conflict with it later
        raw.remember(
            [
                (content_hash(r.to_dict()), kind_of(r), r.id, "exchange")
                for rows in records.values()
                for r in rows
            ]
        )
    return sum(len(rows) for rows in records.values())


def _attachments_of(store: Store, records: dict[Kind, list[Record]], payload: dict) -> dict[str, bytes]:
    """The attachments the selected records use (links and Markdown references): their
    descriptions and links go in the payload, their bytes in the zip beside it."""
    ids = [r.id for rows in records.values() for r in rows]
    links = store.attachment_links(ids)
    shas = {link.sha256 for link in links}
    for kind, rows in records.items():
        for record in rows:
            for name in KINDS[kind].text_fields:
                shas.update(references(getattr(record, name, "")))
    info = store.attachment_info(sorted(shas))
    payload["attachments"] = [dataclasses.asdict(a) for a in info.values()]
    payload["attachment_links"] = [link.to_dict() for link in links if link.sha256 in info]
    return {sha: store.attachment_data(sha) or b"" for sha in info}


def _zip(file, payload: dict, blobs: dict[str, bytes] | None = None) -> None:
    with zipfile.ZipFile(file, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bundle.json", json.dumps(payload, ensure_ascii=False))
        for sha, data in (blobs or {}).items():  # PNG, JPEG and PDF are compressed already
            archive.writestr(f"attachments/{sha}", data, compress_type=zipfile.ZIP_STORED)


def read_bundle(path: Path) -> dict:
    """The bundle's payload; its JSON may expand to MAX_BUNDLE_JSON at most (checked in the zip
    headers, then while decompressing, since headers can lie)."""
    what = "the bundle"
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip(archive, what, MAX_BUNDLE_JSON, MAX_BUNDLE_JSON)
            payload = json.loads(read_member(archive, "bundle.json", MAX_BUNDLE_JSON, what))
            blobs = {}
            entries = payload.get("attachments") if isinstance(payload, dict) else None
            for entry in entries if isinstance(entries, list) else []:
                sha = entry.get("sha256") if isinstance(entry, dict) else None
                if isinstance(sha, str) and re.fullmatch(r"[0-9a-f]{64}", sha):
                    member = f"attachments/{sha}"
                    if member in archive.namelist():
                        blobs[sha] = read_member(archive, member, MAX_PDF_BYTES, what)
    except ReadError as e:
        raise BriefcaseError(str(e)) from None
    except RecursionError:
        raise BriefcaseError("not a Briefcase bundle (its JSON is nested too deeply)") from None
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, EOFError, OverflowError) as e:
        raise BriefcaseError(f"not a Briefcase bundle ({describe(e)})") from None
    if not isinstance(payload, dict) or payload.get("format") != BUNDLE_FORMAT:
        raise BriefcaseError("not a Briefcase bundle (no bundle header)")
    if not isinstance(payload.get("version"), int) or payload["version"] > BUNDLE_VERSION:
        raise BriefcaseError("the bundle was written by a newer Briefcase; update Briefcase to read it")
    payload["_blobs"] = blobs
    return payload


def import_bundle(store: Store, path: Path) -> BundleResult:
    """Merge a bundle into the store in one transaction.

    A record that cannot be trusted (a timestamp that is not one or is in the future, an id
    given twice, text that is not Unicode, a field that does not parse) is left out and is a
    line in `problems`; so is what belongs to a conference or person left out. A record whose
    id belongs to another kind here gets an id of its own (`own_id`), and the records that
    refer to it follow. A bundle whose shape is wrong is refused whole, nothing imported."""
    payload = read_bundle(path)
    raw = ImportStore(store)
    result = BundleResult()
    try:
        history = payload.get("history") or {}
        groups = payload["records"]
        if not isinstance(history, dict) or not isinstance(groups, dict):
            raise TypeError("'records' and 'history' must be objects")
        with store.transaction():
            skipped: set[str] = set()
            incoming = _trusted(groups, result.problems, skipped)
            kinds = raw.kinds_of([data["id"] for _kind, data in incoming if data.get("id")])
            new_ids: dict[str, str] = {}
            notes: dict[str, str] = {}
            taken = {i: k for _k, d in incoming for i, k in [(d.get("id"), _k)] if i}
            for kind, data in incoming:
                given = data.get("id")
                if given and kinds.get(given) not in (None, kind):
                    new_ids[given] = own_id(raw, kind, given, taken)
                    notes[new_ids[given]] = (
                        f"its id {given} belongs to a {kinds[given].label.lower()} here: "
                        f"imported with the id {new_ids[given]}"
                    )
            for kind, data in incoming:
                record = _record(kind, _follow(data, new_ids), skipped, result.problems)
                if record is None:
                    continue
                states = history.get(data.get("id"), [])
                outcome = merge_record(raw, record, set(states) if isinstance(states, list) else set())
                outcome.note = notes.get(record.id, "")
                result.outcomes.append(outcome)
            participants = payload.get("participants", [])
            for data in participants if isinstance(participants, list) else []:
                data = _follow(data, new_ids) if isinstance(data, dict) else data
                if not isinstance(data, dict) or skipped & {data.get("person_id"), data.get("conference_id")}:
                    continue
                participant = from_dict(Participant, data)
                check_unicode(participant.to_dict())
                if not raw.has_participant(participant.id):
                    raw.insert_participant(participant.to_dict())
            _import_attachments(store, raw, payload, new_ids, skipped, result.problems)
    except (KeyError, TypeError, AttributeError, ValueError, OverflowError, BriefcaseError) as e:
        raise BriefcaseError(f"the bundle is damaged ({describe(e)}); nothing was imported") from None
    changed = [o for o in result.outcomes if o.state in ("added", "updated") or o.winner == "incoming"]
    result.changes = Changes(
        kinds=frozenset(o.kind for o in changed),
        ids=frozenset(o.id for o in changed),
        created=frozenset(o.id for o in changed if o.state == "added"),
        revisions=bool(changed) or any(o.conflict for o in result.outcomes),
    )
    return result


def _import_attachments(
    store: Store,
    raw: ImportStore,
    payload: dict,
    new_ids: dict[str, str],
    skipped: set[str],
    problems: list[str],
) -> None:
    """Keep the bundle's attachments (each checked again: its hash, and as an image or a PDF)
    and link them to the items that came with them."""
    from .attachments import AttachmentRefused, check, sha256

    blobs = payload.get("_blobs") or {}
    kept: set[str] = set()
    entries = payload.get("attachments")
    for entry in entries if isinstance(entries, list) else []:
        sha = entry.get("sha256") if isinstance(entry, dict) else None
        data = blobs.get(sha) if isinstance(sha, str) else None
        if not isinstance(sha, str) or data is None:
            problems.append(f"attachment {str(sha)[:12]}: not in the bundle; not imported")
            continue
        try:
            if sha256(data) != sha:
                raise AttachmentRefused("its bytes do not match its hash")
            store.put_attachment(check(data, "it"), data)
            kept.add(sha)
        except AttachmentRefused as e:
            problems.append(f"attachment {sha[:12]}: {e}; not imported")
    links = payload.get("attachment_links")
    wanted = (
        [d for d in links if isinstance(d, dict) and d.get("sha256") in kept]
        if isinstance(links, list)
        else []
    )
    wanted = [d for d in wanted if isinstance(d.get("item_id"), str)]
    item_ids: list[str] = []
    for d in wanted:
        given: str = d["item_id"]  # text: `wanted` keeps only those
        item_ids.append(new_ids.get(given, given))
    present = raw.kinds_of(item_ids)
    roles = {role.value: role for role in LinkRole}
    for data, item_id in zip(wanted, item_ids, strict=True):
        if item_id in skipped or item_id not in present:
            continue
        role_name = data.get("role")
        role = roles.get(role_name) if isinstance(role_name, str) else None
        if role is None:
            problems.append(f"attachment {data['sha256'][:12]}: an unknown use of it; not linked")
            continue
        store.link_attachment(item_id, data["sha256"], role, str(data.get("name") or "")[:500])


def _trusted(groups: dict, problems: list[str], skipped: set[str]) -> list[tuple[Kind, dict]]:
    """The bundle's records in merge order, without those an id names more than once (the
    first is kept) and those whose timestamps are not times or lie in the future."""
    out: list[tuple[Kind, dict]] = []
    seen: dict[str, Kind] = {}
    for kind in MERGE_ORDER:
        rows = groups.get(kind.value, [])
        if not isinstance(rows, list):
            raise TypeError(f"'{kind.value}' is not a list of records")
        for data in rows:
            if not isinstance(data, dict):
                raise TypeError(f"a {kind.value} is not a record")
            name = _name(kind, data)
            item_id = data.get("id")
            if item_id is not None and not isinstance(item_id, str):
                problems.append(f"{name}: its id is not text; not imported")
                continue
            if item_id in seen:
                first = seen[item_id]
                problems.append(
                    f"{name}: its id is given more than once in the bundle (first to a "
                    f"{first.label.lower()}); only the first was imported"
                )
                continue
            if item_id:
                seen[item_id] = kind
            problem = _stamp_problem(data)
            if problem:
                problems.append(f"{name}: {problem}; not imported")
                if item_id is not None:  # None in `skipped` would refuse every record without a conference
                    skipped.add(item_id)
                continue
            out.append((kind, data))
    return out


def _name(kind: Kind, data: dict) -> str:
    item_id = data.get("id")
    return f"{kind.value} {item_id if isinstance(item_id, str) else '(no id)'}"


def _stamp_problem(data: dict) -> str:
    """Why a record's created_at/updated_at/deleted_at cannot be trusted, or ''."""
    latest = dt.datetime.now(dt.UTC) + _CLOCK_SKEW
    for key in _STAMPS:
        value = data.get(key)
        if value in (None, ""):
            continue
        try:
            stamp = dt.datetime.fromisoformat(value)
        except (TypeError, ValueError):
            return f"its {key} is not a date and time"
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=dt.UTC)
        if stamp > latest:
            return f"its {key} ({value}) is in the future"
    return ""


def _follow(data: dict, new_ids: dict[str, str]) -> dict:
    """`data` with its own id and the ids it refers to changed where records got new ids."""
    if not new_ids:
        return data
    data = dict(data)
    for key in ("id", *_REFERENCES):
        if data.get(key) in new_ids:
            data[key] = new_ids[data[key]]
    sections = data.get("sections")
    if isinstance(sections, list):
        data["sections"] = [
            s | {"item_ids": [new_ids.get(i, i) for i in s["item_ids"]]}
            if isinstance(s, dict) and isinstance(s.get("item_ids"), list)
            else s
            for s in sections
        ]
    return data


#: what parsing a hostile record can raise: the record is left out with one line.
_RECORD_ERRORS = (
    BriefcaseError,
    ValueError,
    TypeError,
    OverflowError,
    KeyError,
    AttributeError,
    RecursionError,
)


def _record(kind: Kind, data: dict, skipped: set[str], problems: list[str]) -> Record | None:
    """The record `data` makes, or None (a line in `problems`, its id in `skipped`)."""
    name = _name(kind, data)
    try:
        for key in ("conference_id", "person_id"):
            if data.get(key) in skipped:
                raise ValidationError(f"its {key.removesuffix('_id')} {data[key]} was not imported")
        record = from_dict(MODEL_BY_KIND[kind], data)
        validate(record)
        check_unicode(record.to_dict())
    except _RECORD_ERRORS as e:
        if isinstance(data.get("id"), str):
            skipped.add(data["id"])
        reason = " ".join(str(e).split())[:200] if isinstance(e, BriefcaseError) else describe(e)
        problems.append(f"{name}: {reason}; not imported")
        return None
    return record


def write_private(path: Path, write) -> None:
    """Write a file readable by its owner only, under a temporary name first."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    private_files.write_atomically(path, write)
