"""Commands over records: demo, list, show, add, edit, delete, restore, copy, trash, revisions,
attach."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import enum
import sys
import typing

from ..domain.convert import from_dict
from ..domain.errors import ValidationError
from ..domain.kinds import KINDS, LONG_TEXT_FIELDS
from ..domain.models import MODEL_BY_KIND, Kind, Person, Role
from ..services import attachments as attaching
from ..services.demo import fill_demo
from ..services.undo import UndoHistory
from . import common

#: fields that are not typed on the command line (set by the store or by other options).
_HIDDEN_FIELDS = {"id", "created_at", "updated_at", "deleted_at", "origin_id", "sections", "tags"}


def _file_fields(kind: Kind) -> set[str]:
    """The long Markdown text of a kind, read from a file or stdin instead of an argument."""
    spec = KINDS[kind]
    return {spec.editor_field} - {spec.title_field} if spec.text_fields else set()


def _option_name(field_name: str) -> str:
    return "--" + field_name.replace("_", "-")


def _option_style(hint) -> dict:
    """Choices for enums, a metavar that shows the format of dates and times."""
    inner = [a for a in typing.get_args(hint) if a is not type(None)] or [hint]
    hint = inner[0]
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"choices": [m.value for m in hint]}
    if hint is dt.datetime:
        return {"metavar": "'YYYY-MM-DD HH:MM'"}
    if hint is dt.date:
        return {"metavar": "YYYY-MM-DD"}
    if hint is int:
        return {"metavar": "N"}
    return {}


def _add_field_options(parser: argparse.ArgumentParser, kind: Kind, for_edit: bool) -> None:
    hints = typing.get_type_hints(MODEL_BY_KIND[kind])
    for f in dataclasses.fields(MODEL_BY_KIND[kind]):
        if f.name in _HIDDEN_FIELDS or f.name == "conference_id":
            continue
        required = (
            not for_edit and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        )
        if f.name in _file_fields(kind):
            parser.add_argument(
                f"--{f.name.replace('_', '-')}-file",
                dest=f"{f.name}_file",
                metavar="FILE",
                help=f"read the {f.name} (Markdown) from FILE, or '-' for stdin",
            )
        else:
            parser.add_argument(
                _option_name(f.name), dest=f.name, required=required, **_option_style(hints[f.name])
            )
    if KINDS[kind].material:
        parser.add_argument("--tags", help="comma-separated tags")


def _fields_from_args(kind: Kind, args: argparse.Namespace) -> dict:
    values: dict = {}
    for f in dataclasses.fields(MODEL_BY_KIND[kind]):
        if f.name in _file_fields(kind):
            path = getattr(args, f"{f.name}_file", None)
            if path is not None:
                values[f.name] = common.read_text_arg(path)
        elif getattr(args, f.name, None) is not None and f.name not in _HIDDEN_FIELDS:
            values[f.name] = getattr(args, f.name)
    if getattr(args, "tags", None) is not None:
        values["tags"] = [t.strip() for t in args.tags.split(",") if t.strip()]
    return values


def register(sub) -> None:
    p = sub.add_parser("demo", help="fill a store with the demo conference (Paris Pact, Vienna 2012)")
    common.add_store_option(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("list", help="list records of a kind, or the attachments")
    common.add_store_option(p)
    p.add_argument("kind", choices=[spec.plural for spec in KINDS.values()] + ["attachments"])
    p.add_argument("--conference", "-c", help="only this conference (id or title)")
    p.add_argument("--library", action="store_true", help="only material in the Library (no conference)")
    p.add_argument("--tag", help="only material with this tag")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="show one record")
    common.add_store_option(p)
    p.add_argument("kind", choices=sorted(common.KIND_NAMES))
    p.add_argument("id")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_show)

    for verb, helptext, func in (
        ("add", "create a record (body from a file or '-' for stdin)", cmd_add),
        ("edit", "change fields of a record", cmd_edit),
    ):
        p = sub.add_parser(verb, help=helptext)
        common.add_store_option(p)
        kinds = p.add_subparsers(dest="kind_name", metavar="KIND", required=True)
        for kind, spec in KINDS.items():
            if not spec.editable:
                continue
            kp = kinds.add_parser(kind.value, help=f"{verb} a {kind.label.lower()}")
            common.add_store_option(kp)
            if verb == "edit":
                kp.add_argument("id")
            if spec.in_conference and verb == "add":
                kp.add_argument(
                    "--conference",
                    "-c",
                    required=spec.conference_required,
                    help="conference id or title"
                    + ("" if spec.conference_required else " (omit to keep it in the Library)"),
                )
            if kind is Kind.PERSON and verb == "add":
                kp.add_argument("--conference", "-c", help="also attach to this conference")
                kp.add_argument(
                    "--role", choices=[r.value for r in Role], default=Role.DELEGATION_MEMBER.value
                )
            if kind is Kind.PERSON:
                kp.add_argument("--photo", metavar="FILE", help="a PNG or JPEG photo, kept in the store")
            _add_field_options(kp, kind, for_edit=verb == "edit")
            kp.set_defaults(func=func, record_kind=kind)  # a point has its own --kind
            kp.add_argument("--json", action="store_true", help="print the saved record as JSON")

    for verb, helptext, func in (
        ("delete", "move a record to the trash", cmd_delete),
        ("restore", "bring a record back from the trash", cmd_restore),
    ):
        p = sub.add_parser(verb, help=helptext)
        common.add_store_option(p)
        p.add_argument("kind", choices=sorted(common.KIND_NAMES))
        p.add_argument("id")
        p.set_defaults(func=func)

    p = sub.add_parser(
        "attach",
        help="keep a file in the store with an item: an image for a person or a text, a PDF annex for a conference",
    )
    common.add_store_option(p)
    p.add_argument("item", metavar="ITEM", help="the item's id")
    p.add_argument("file", metavar="FILE", help="a PNG or JPEG image, or a PDF (for a conference)")
    p.add_argument("--photo", action="store_true", help="the image is the person's photo")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_attach)

    p = sub.add_parser("copy", help="copy a speech, point or fact to a conference or the Library")
    common.add_store_option(p)
    p.add_argument("kind", choices=["speech", "point", "fact"])
    p.add_argument("id")
    p.add_argument("--to", metavar="CONFERENCE", help="conference id or title (default: the Library)")
    p.set_defaults(func=cmd_copy)

    p = sub.add_parser("trash", help="list the trash, or empty it for good")
    common.add_store_option(p)
    p.add_argument("--empty", action="store_true", help="delete everything in the trash for good")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_trash)

    p = sub.add_parser("revisions", help="list an item's saved versions, or restore one")
    common.add_store_option(p)
    p.add_argument("id", help="the item's id")
    p.add_argument("--restore", metavar="REVISION", help="make this revision the current text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_revisions)


def cmd_demo(args) -> int:
    with common.open_records(args, create=True) as records:
        conference = fill_demo(records)
    print(f"Demo conference ready: {conference.title} ({conference.id}) in {common.store_path(args)}")
    return 0


def cmd_list(args) -> int:
    if args.kind == "attachments":
        return _list_attachments(args)
    kind = common.KIND_NAMES[args.kind]
    with common.open_records(args) as records:
        if kind is Kind.PERSON and args.conference:  # people belong to conferences by participation
            found = [p for _part, p in records.participants(args.conference)]
            if args.tag:  # people carry no tags
                found = []
        elif kind is Kind.CONFERENCE and args.conference:
            found = [records.resolve_conference(args.conference)]
        else:
            found = records.list(kind, conference=args.conference, library=args.library, tag=args.tag)
        if args.json:
            common.print_json([r.to_dict() for r in found])
        elif not found:
            print(f"No {args.kind}.", file=sys.stderr)
        else:
            for record in found:
                print(common.summary_line(record))
    return 0


def cmd_show(args) -> int:
    kind = common.KIND_NAMES[args.kind]
    with common.open_records(args) as records:
        record = records.get(kind, args.id)
        data = record.to_dict()
        if kind is Kind.CONFERENCE:
            data["participants"] = [
                {"person": person.to_dict(), "role": part.role.value}
                for part, person in records.people_in(record.id)
            ]
        if args.json:
            common.print_json(data)
        else:
            for key, value in data.items():
                if key in LONG_TEXT_FIELDS and value:
                    print(common.shown(f"{key}:\n{value}"))
                elif key == "participants":
                    for p in value:
                        print(common.shown(f"participant: {p['person']['name']} ({p['role']})"))
                else:
                    print(common.shown(f"{key}: {value if value not in (None, '') else '-'}"))
    return 0


def cmd_add(args) -> int:
    with common.open_records(args) as records:
        values = _fields_from_args(args.record_kind, args)
        conference = getattr(args, "conference", None)
        if conference and args.record_kind is not Kind.PERSON:
            values["conference_id"] = records.resolve_conference(conference).id
        record = from_dict(MODEL_BY_KIND[args.record_kind], values)
        photo = attaching.read_file(args.photo) if getattr(args, "photo", None) else None
        if photo is not None:
            attaching.check_image(photo, repr(args.photo))  # refused before anything is saved
        history = UndoHistory(records)  # `briefcase-app undo` takes it back
        with records.transaction():
            if isinstance(record, Person) and conference:
                record, _ = history.add_participant(conference, record, Role(args.role))
            else:
                history.create(record)
            if photo is not None:
                attaching.attach(
                    records.store, Kind.PERSON, record.id, photo, _file_name(args.photo), photo=True
                )
        _report_saved(args, records.get(args.record_kind, record.id), "Added")
    return 0


def cmd_edit(args) -> int:
    with common.open_records(args) as records:
        values = _fields_from_args(args.record_kind, args)
        photo = attaching.read_file(args.photo) if getattr(args, "photo", None) else None
        if not values and photo is None:
            raise ValidationError("nothing to change: give at least one field option")
        if values:
            record, _ = UndoHistory(records).edit(args.record_kind, args.id, **values)
        else:
            record = records.get(args.record_kind, args.id)
        if photo is not None:
            attaching.attach(records.store, Kind.PERSON, record.id, photo, _file_name(args.photo), photo=True)
        _report_saved(args, record, "Saved")
    return 0


def _report_saved(args, record, verb: str) -> None:
    if args.json:
        common.print_json(record.to_dict())
    else:
        print(common.shown(f"{verb} {record.KIND.label.lower()} {record.id}: {record.display_title}"))


def cmd_delete(args) -> int:
    kind = common.KIND_NAMES[args.kind]
    with common.open_records(args) as records:
        record = records.get(kind, args.id)
        UndoHistory(records).delete(kind, args.id)
        print(
            common.shown(
                f"Moved to the trash: {record.display_title} (briefcase-app restore {args.kind} {args.id})"
            )
        )
    return 0


def cmd_restore(args) -> int:
    kind = common.KIND_NAMES[args.kind]
    with common.open_records(args) as records:
        UndoHistory(records).restore(kind, args.id)
        print(common.shown(f"Restored: {records.get(kind, args.id).display_title}"))
    return 0


def cmd_copy(args) -> int:
    kind = common.KIND_NAMES[args.kind]
    with common.open_records(args) as records:
        copy, _ = UndoHistory(records).copy(kind, args.id, args.to)
        where = args.to or "the Library"
        print(f"Copied to {where}: {copy.id}")
    return 0


def cmd_trash(args) -> int:
    with common.open_records(args) as records:
        if args.empty:
            erasure, _ = records.empty_trash()
            print(erasure.summary())
            return 0
        entries = records.trash()
        if args.json:
            common.print_json([dataclasses.asdict(e) | {"kind": e.kind.value} for e in entries])
        elif not entries:
            print("The trash is empty.", file=sys.stderr)
        for e in entries if not args.json else []:
            print(common.shown(f"{e.kind.value:<10} {e.id}  {e.title}  (deleted {e.deleted_at[:19]})"))
    return 0


def cmd_revisions(args) -> int:
    with common.open_records(args) as records:
        if args.restore:
            record, _ = UndoHistory(records).restore_revision(args.restore)
            print(common.shown(f"Restored revision {args.restore} of {record.display_title}"))
            return 0
        revisions = records.revisions(args.id)
        if not revisions:
            raise ValidationError(f"no revisions of {args.id!r}")
        if args.json:
            common.print_json(
                [
                    {"id": r.id, "kind": r.kind.value, "created_at": r.created_at, "data": r.data}
                    for r in revisions
                ]
            )
        else:
            for r in revisions:
                print(f"{r.id}  {r.created_at[:19]}")
    return 0


def _file_name(path) -> str:
    from pathlib import Path

    return Path(path).name


def cmd_attach(args) -> int:
    data = attaching.read_file(args.file)
    with common.open_records(args) as records:
        kind = records.kind_of(args.item)
        link, info = attaching.attach(
            records.store, kind, args.item, data, _file_name(args.file), photo=args.photo
        )
        if args.json:
            common.print_json(link.to_dict() | {"mime": info.mime, "size": info.size})
            return 0
        record = records.get(kind, args.item)
        print(
            common.shown(
                f"Attached to {kind.label.lower()} {record.display_title}: {info.describe()} ({link.role})"
            )
        )
        if link.role == "image":
            print(f"Show it in the text with: {attaching.reference_for(link)}")
    return 0


def _list_attachments(args) -> int:
    with common.open_records(args) as records:
        item_ids = None
        if args.conference:
            conference = records.resolve_conference(args.conference)
            item_ids = [conference.id] + [
                r.id
                for kind, spec in KINDS.items()
                if spec.in_conference
                for r in records.items(kind, conference_id=conference.id, without_text=True)
            ]
            item_ids += [person.id for _part, person in records.people_in(conference.id)]
        links = records.attachment_links(item_ids)
        info = records.attachment_info(sorted({link.sha256 for link in links}))
        if args.json:
            common.print_json(
                [
                    link.to_dict() | {"mime": info[link.sha256].mime, "size": info[link.sha256].size}
                    for link in links
                    if link.sha256 in info
                ]
            )
        elif not links:
            print("No attachments.", file=sys.stderr)
        for link in links if not args.json else []:
            what = info[link.sha256].describe() if link.sha256 in info else "missing"
            print(
                common.shown(
                    f"{link.role.value:<6} {link.sha256[:12]}  {link.item_id}  {link.name or '-'}  ({what})"
                )
            )
    return 0
