"""Plain text and Markdown files; Markdown may open with YAML front matter."""

from __future__ import annotations

import datetime as dt
import re

from .base import Document, ReadError, decode_text, first_heading
from .safe import MAX_FRONT_MATTER, TooLarge

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

    front = match.group(1) or ""
    if len(front) > MAX_FRONT_MATTER:
        raise TooLarge(f"the front matter is longer than {MAX_FRONT_MATTER // 1024} KB: not read")
    try:
        meta = yaml.load(front, Loader=_loader()) or {}
    except yaml.YAMLError as e:
        where = getattr(e, "problem_mark", None)
        line = f" (line {where.line + 2})" if where is not None else ""
        raise ReadError(f"the front matter is not valid YAML{line}") from None
    except RecursionError:
        raise ReadError("the front matter is nested too deeply: not read") from None
    if not isinstance(meta, dict):
        raise ReadError("the front matter is not a list of 'key: value' lines")
    return {str(k): _plain(v) for k, v in meta.items()}, text[match.end() :]


_LOADER = None


def _loader():
    """yaml.SafeLoader without aliases: `*name` can repeat a list inside itself nine times a
    level ("billion laughs") and expand a few lines into billions of values. Front matter never
    needs them, so the first one stops the read with a line number."""
    global _LOADER
    if _LOADER is None:
        import yaml

        class NoAliasLoader(yaml.SafeLoader):
            def compose_node(self, parent, index):
                if self.check_event(yaml.AliasEvent):
                    event = self.peek_event()
                    raise ReadError(
                        f"the front matter uses a YAML alias (*{event.anchor}, line "
                        f"{event.start_mark.line + 2}), which Briefcase does not accept"
                    )
                return super().compose_node(parent, index)

        _LOADER = NoAliasLoader
    return _LOADER


def _plain(value):
    """YAML's dates and times back to ISO text, so every value parses the same way."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
