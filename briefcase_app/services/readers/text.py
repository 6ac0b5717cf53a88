"""Plain text and Markdown files; Markdown may open with YAML front matter."""

from __future__ import annotations

import datetime as dt
import re

from .base import Document, ReadError, decode_text, first_heading

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def read_text(data: bytes) -> Document:
    text = decode_text(data)
    if not text.strip():
        raise ReadError("the file holds no text")
    return Document(body=text, heading=first_heading(text))


def read_markdown(data: bytes) -> Document:
    text = decode_text(data)
    meta, body = split_front_matter(text)
    if not body.strip() and not meta:
        raise ReadError("the file holds no text")
    return Document(body=body, meta=meta, heading=first_heading(body))


def split_front_matter(text: str) -> tuple[dict, str]:
    """YAML front matter (between `---` lines at the top) as a dict, and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    import yaml

    try:
        meta = yaml.safe_load(match.group(1) or "") or {}
    except yaml.YAMLError as e:
        where = getattr(e, "problem_mark", None)
        line = f" (line {where.line + 2})" if where is not None else ""
        raise ReadError(f"the front matter is not valid YAML{line}") from None
    if not isinstance(meta, dict):
        raise ReadError("the front matter is not a list of 'key: value' lines")
    return {str(k): _plain(v) for k, v in meta.items()}, text[match.end() :]


def _plain(value):
    """YAML's dates and times back to ISO text, so every value parses the same way."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
