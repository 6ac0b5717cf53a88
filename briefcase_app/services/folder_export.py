"""A folder of Markdown files with YAML front matter, one per conference, speech, point and
fact, laid out by conference and kind: for reading elsewhere, and it imports back whole."""

from __future__ import annotations

import re
from pathlib import Path

from ..domain.kinds import KINDS
from ..domain.models import MATERIAL_KINDS, Conference, Kind, Record, as_model
from ..store import Store
from ..store.tables import kind_of
from .exchange import selection, write_private


def item_markdown(record: Record, conference_title: str = "") -> str:
    """A speech, point, fact or conference as Markdown with YAML front matter that imports back whole."""
    import yaml

    kind = kind_of(record)
    spec = KINDS[kind]
    meta: dict = {"kind": kind.value}
    data = record.to_dict()
    if spec.title_field != spec.editor_field:  # a fact's statement is its title and its text
        meta["title"] = data.pop(spec.title_field)
    if conference_title:
        meta["conference"] = conference_title
    for key, value in data.items():
        if key in (spec.editor_field, "deleted_at") or value in (None, "", []):
            continue
        meta["point_kind" if (key == "kind") else key] = value
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n{data[spec.editor_field]}"


def _slug(text: str, limit: int = 60) -> str:
    slug = re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-_")
    return slug[:limit].rstrip("-_") or "item"


def export_folder(store: Store, folder: Path, conference: str | None = None) -> list[Path]:
    """FOLDER/<conference>/conference.md, and per speech, point and fact <conference>/<kind>s/<title>-<id>.md."""
    records, _ = selection(store, conference)
    selected = [as_model(Conference, c) for c in records.get(Kind.CONFERENCE, [])]
    everyone = [as_model(Conference, c) for c in store.list(Kind.CONFERENCE)] if conference is None else []
    titles = {c.id: c.title for c in selected} | {c.id: c.title for c in everyone}
    written = []
    for conf in selected if conference else everyone:
        path = Path(folder) / _slug(conf.title, 40) / "conference.md"
        text = item_markdown(conf)
        write_private(path, lambda f, t=text: f.write(t.encode("utf-8")))
        written.append(path)
    for kind in MATERIAL_KINDS:
        for record in records.get(kind, []):
            conf_id = getattr(record, "conference_id", None)
            place = _slug(titles.get(conf_id, ""), 40) if conf_id else "library"
            name = f"{_slug(record.display_title)}-{record.id[:8]}.md"
            path = Path(folder) / place / f"{kind.value}s" / name
            text = item_markdown(record, titles.get(conf_id, "") if conf_id else "")
            write_private(path, lambda f, t=text: f.write(t.encode("utf-8")))
            written.append(path)
    return written
