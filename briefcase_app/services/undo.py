"""Undo and redo below the window. Every undoable operation of the window and the command line
goes through UndoHistory: it does the change and, in the same transaction, keeps the steps that
take it back and do it again (as Anki keeps its undo in the collection, not in the GUI).

Histories are per origin: the command line has one that lasts (`briefcase-app undo` takes back
the last command, in a later process); each window session has its own, forgotten when the next
one starts, so Ctrl+Z never undoes what a script did. A step checks the item is as the operation
left it: an undo that would lose a later change is refused, and nothing is changed."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable

from ..domain.changes import Changes
from ..domain.convert import from_dict
from ..domain.errors import BriefcaseError
from ..domain.models import MODEL_BY_KIND, Kind, Person, Record, Role, new_id
from ..store.tables import kind_of
from ..store.undo_log import DONE, UNDONE, UndoEntry, UndoLog
from .records import RecordService

__all__ = ["CLI_ORIGIN", "Step", "UndoEntry", "UndoHistory", "UndoRefused", "describe"]

CLI_ORIGIN = "command line"
WINDOW_PREFIX = "window "

#: what each action is called, in English (the window has its own translated words).
ACTIONS = {
    "create": "Create {kind} “{title}”",
    "edit": "Edit “{title}”",
    "delete": "Delete “{title}”",
    "restore": "Restore “{title}”",
    "copy": "Copy “{title}”",
    "revision": "Restore an earlier version of “{title}”",
    "reorder": "Reorder {kind}s",
    "role": "Role of “{title}”",
    "remove": "Remove “{title}” from the conference",
    "add": "Add “{title}” to the conference",
}

#: fields a put step does not compare: the store sets them.
_STAMPS = {"created_at", "updated_at", "deleted_at"}


class UndoRefused(BriefcaseError):
    """Nothing to undo or redo, or the step would lose a later change; nothing was changed."""


def describe(action: str, kind: str | None, title: str) -> str:
    """An entry in words: 'Delete “Opening statement”'."""
    kind_label = Kind(kind).label.lower() if kind else "item"
    return ACTIONS.get(action, action).format(kind=kind_label, title=title[:60])


@dataclasses.dataclass(frozen=True)
class Step:
    """What an undo or a redo did: the entry it took back (or did again) and what changed."""

    entry: UndoEntry
    changes: Changes

    @property
    def text(self) -> str:
        return describe(self.entry.action, self.entry.kind, self.entry.title)


def _content(data: dict) -> str:
    """A record's fields without the store's stamps, comparable across JSON round trips."""
    return json.dumps({k: v for k, v in data.items() if k not in _STAMPS}, sort_keys=True, default=str)


class UndoHistory:
    """The undoable operations over `records`, kept in the store's history of `origin`."""

    def __init__(self, records: RecordService, origin: str = CLI_ORIGIN):
        self.records, self.origin = records, origin
        self.log = UndoLog(records.store)
        self._forget_prefix: str | None = None  # a window's: earlier sessions, at its first change

    @classmethod
    def for_window(cls, records: RecordService) -> UndoHistory:
        """A new window session's history; earlier sessions' are forgotten with its first change
        (not now: opening a store writes nothing)."""
        history = cls(records, WINDOW_PREFIX + new_id())
        history._forget_prefix = WINDOW_PREFIX
        return history

    # ---- the operations ----------------------------------------------------
    def create(self, record: Record) -> Changes:
        kind = kind_of(record)
        with self.records.transaction():
            changes = self.records.create(record)
            self._keep(
                "create",
                kind,
                record.display_title,
                [record.id],
                [_trash(kind, record.id)],
                [_untrash(kind, record.id)],
            )
        return changes

    def edit(self, kind: Kind, item_id: str, **fields) -> tuple[Record, Changes]:
        """Change some fields (text values parsed to their types); undo puts the old ones back."""
        with self.records.transaction():
            before = self.records.get(kind, item_id).to_dict()
            record, changes = self.records.edit(kind, item_id, **fields)
            self._keep_put("edit", record, before)
        return record, changes

    def update(self, record: Record) -> Changes:
        kind = kind_of(record)
        with self.records.transaction():
            before = self.records.get(kind, record.id).to_dict()
            changes = self.records.update(record)
            self._keep_put("edit", record, before)
        return changes

    def restore_revision(self, revision_id: str) -> tuple[Record, Changes]:
        with self.records.transaction():
            revision = self.records.store.revision(revision_id)
            before = self.records.get(revision.kind, revision.item_id).to_dict()
            record, changes = self.records.restore_revision(revision_id)
            self._keep_put("revision", record, before)
        return record, changes

    def delete(self, kind: Kind, item_id: str) -> Changes:
        with self.records.transaction():
            title = self.records.get(kind, item_id).display_title
            changes = self.records.delete(kind, item_id)
            self._keep("delete", kind, title, [item_id], [_untrash(kind, item_id)], [_trash(kind, item_id)])
        return changes

    def restore(self, kind: Kind, item_id: str) -> Changes:
        with self.records.transaction():
            changes = self.records.restore(kind, item_id)
            title = self.records.get(kind, item_id).display_title
            self._keep("restore", kind, title, [item_id], [_trash(kind, item_id)], [_untrash(kind, item_id)])
        return changes

    def copy(self, kind: Kind, item_id: str, conference: str | None) -> tuple[Record, Changes]:
        with self.records.transaction():
            copy, changes = self.records.copy(kind, item_id, conference)
            steps = ([_trash(kind, copy.id)], [_untrash(kind, copy.id)])
            self._keep("copy", kind, copy.display_title, [copy.id, item_id], *steps)
        return copy, changes

    def reorder(
        self, kind: Kind, before: list[str], after: list[str], conference_id: str | None = None
    ) -> Changes:
        with self.records.transaction():
            changes = self.records.reorder(kind, after, conference_id)
            undo = [{"do": "reorder", "kind": kind.value, "ids": before, "conference_id": conference_id}]
            redo = [{"do": "reorder", "kind": kind.value, "ids": after, "conference_id": conference_id}]
            self._keep("reorder", kind, "", [*after, *([conference_id] if conference_id else [])], undo, redo)
        return changes

    def add_participant(self, conference: str, person: Person, role: Role) -> tuple[Person, Changes]:
        """Add a person (created if new) to a conference; undo takes them off (and a person
        created here to the Trash)."""
        with self.records.transaction():
            known = self.records.find(Kind.PERSON, person.id) or self.records.person_by_name(person.name)
            changes = self.records.add_participant(conference, person, role)  # creates `person` if not known
            added = known if isinstance(known, Person) else person
            conference_id = self.records.resolve_conference(conference).id
            link = {
                "do": "link",
                "conference_id": conference_id,
                "person_id": added.id,
                "role": Role(role).value,
            }
            unlink = {"do": "unlink", "conference_id": conference_id, "person_id": added.id}
            undo, redo = [unlink], [link]
            if known is None:
                undo.append(_trash(Kind.PERSON, added.id))
                redo.insert(0, _untrash(Kind.PERSON, added.id))
            self._keep("add", Kind.PERSON, added.name, [added.id, conference_id], undo, redo)
        return added, changes

    def set_role(self, conference_id: str, person_id: str, role: Role) -> Changes:
        with self.records.transaction():
            part, person = self._participation(conference_id, person_id)
            changes = self.records.set_role(part.id, role)
            before = {
                "do": "role",
                "conference_id": conference_id,
                "person_id": person_id,
                "role": part.role.value,
            }
            after = dict(before, role=Role(role).value)
            self._keep("role", Kind.PERSON, person.name, [person_id, conference_id], [before], [after])
        return changes

    def remove_participant(self, conference_id: str, person_id: str) -> Changes:
        """Take a person off a conference; undo adds them back with the same role."""
        with self.records.transaction():
            part, person = self._participation(conference_id, person_id)
            changes = self.records.remove_participant(part.id)
            link = {
                "do": "link",
                "conference_id": conference_id,
                "person_id": person_id,
                "role": part.role.value,
            }
            unlink = {"do": "unlink", "conference_id": conference_id, "person_id": person_id}
            self._keep("remove", Kind.PERSON, person.name, [person_id, conference_id], [link], [unlink])
        return changes

    # ---- undo and redo ------------------------------------------------------
    def next_undo(self) -> UndoEntry | None:
        return self.log.next_undo(self.origin)

    def next_redo(self) -> UndoEntry | None:
        return self.log.next_redo(self.origin)

    def entries(self, limit: int = 20) -> list[UndoEntry]:
        """This origin's history, newest first."""
        return self.log.entries(self.origin, limit)

    def undo(self) -> Step:
        entry = self.next_undo()
        if entry is None:
            raise UndoRefused("there is nothing to undo")
        return self._replay(entry, entry.undo, UNDONE, "undo")

    def redo(self) -> Step:
        entry = self.next_redo()
        if entry is None:
            raise UndoRefused("there is nothing to redo")
        return self._replay(entry, entry.redo, DONE, "redo")

    def _replay(self, entry: UndoEntry, steps: list[dict], state: str, what: str) -> Step:
        changes = Changes()
        try:
            with self.records.transaction():
                for step in steps:
                    changes = changes | self._apply(step)
                self.log.set_state(entry.id, state)
        except BriefcaseError as e:
            with self.records.transaction():
                self.log.drop(entry.id)  # it can never be done: the next one comes forward
            raise UndoRefused(
                f"cannot {what} “{describe(entry.action, entry.kind, entry.title)}”: {str(e).rstrip('.')}. "
                f"Nothing was changed; it is taken off the {what} list."
            ) from None
        return Step(entry, changes)

    def _apply(self, step: dict) -> Changes:
        records, do = self.records, step["do"]
        if do == "trash":
            return records.delete(Kind(step["kind"]), step["id"])
        if do == "untrash":
            return records.restore(Kind(step["kind"]), step["id"])
        if do == "put":
            return self._put(Kind(step["kind"]), step["data"], step["expect"])
        if do == "reorder":
            return records.reorder(Kind(step["kind"]), step["ids"], step["conference_id"])
        if do == "role":
            part, _person = self._participation(step["conference_id"], step["person_id"])
            return records.set_role(part.id, Role(step["role"]))
        if do == "unlink":
            part, _person = self._participation(step["conference_id"], step["person_id"])
            return records.remove_participant(part.id)
        if do == "link":
            person = records.get(Kind.PERSON, step["person_id"])
            assert isinstance(person, Person)
            return records.add_participant(step["conference_id"], person, Role(step["role"]))
        raise UndoRefused(f"this version does not know the step {do!r}")

    def _put(self, kind: Kind, data: dict, expect: dict) -> Changes:
        current = self.records.get(kind, data["id"])
        if _content(current.to_dict()) != _content(expect):
            raise UndoRefused(
                f"“{current.display_title}” was changed after this (at {current.updated_at[:16].replace('T', ' ')});"
                " undoing would lose that change"
            )
        values = dict(data, id=current.id, created_at=current.created_at, deleted_at=None)
        return self.records.update(from_dict(MODEL_BY_KIND[kind], values))

    # ---- keeping entries -----------------------------------------------------
    def _keep(
        self, action: str, kind: Kind | None, title: str, item_ids: Iterable[str], undo: list, redo: list
    ) -> None:
        if self._forget_prefix is not None:
            self.log.forget(self._forget_prefix, keep=self.origin)
            self._forget_prefix = None
        self.log.add(self.origin, action, kind.value if kind else None, title, item_ids, undo, redo)

    def _keep_put(self, action: str, record: Record, before: dict) -> None:
        """An entry whose undo puts `before` back and whose redo puts `record` again."""
        kind, after = kind_of(record), record.to_dict()
        undo = [{"do": "put", "kind": kind.value, "data": before, "expect": after}]
        redo = [{"do": "put", "kind": kind.value, "data": after, "expect": before}]
        self._keep(action, kind, record.display_title, [record.id], undo, redo)

    def _participation(self, conference_id: str, person_id: str):
        found = [(part, p) for part, p in self.records.people_in(conference_id) if p.id == person_id]
        if not found:
            raise UndoRefused("that person is no longer in this conference")
        return found[-1]


def _trash(kind: Kind, item_id: str) -> dict:
    return {"do": "trash", "kind": kind.value, "id": item_id}


def _untrash(kind: Kind, item_id: str) -> dict:
    return {"do": "untrash", "kind": kind.value, "id": item_id}
