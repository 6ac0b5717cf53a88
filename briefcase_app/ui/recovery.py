"""When a save fails (store gone, read-only, disk full), the text is written here so nothing is lost."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from .. import private_files
from ..paths import data_dir, private_folder


def recovery_dir() -> Path:
    return data_dir() / "recovered"


def write_recovery(kind: str, item_id: str, title: str, values: dict) -> Path:
    """A Markdown file holding every field of the unsaved item; returns its path."""
    folder = private_folder(recovery_dir())
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    safe = re.sub(r"[^\w-]+", "-", title, flags=re.UNICODE).strip("-")[:60] or kind
    path = folder / f"{stamp}-{safe}.md"
    text_fields = {k: v for k, v in values.items() if isinstance(v, str) and "\n" in v}
    meta = {k: v for k, v in values.items() if k not in text_fields}
    body = "\n\n".join(f"## {k}\n\n{v}" for k, v in text_fields.items())
    text = (
        f"<!-- Briefcase: unsaved {kind} {item_id} -->\n```json\n"
        f"{json.dumps(meta, ensure_ascii=False, indent=2, default=str)}\n```\n\n{body}\n"
    )
    # unsaved text is as private as the store it was meant for
    private_files.write_atomically(path, lambda f: f.write(text.encode("utf-8")))
    return path
