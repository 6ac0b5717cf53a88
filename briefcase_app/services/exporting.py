"""Exports other than the pack: a speech (reading copy or house style) and Markdown files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import BriefcaseError, ValidationError
from ..domain.models import Conference, Kind, Speech, as_model
from ..domain.text_stats import DEFAULT_WORDS_PER_MINUTE
from ..pdf.wording import speech_summary
from ..store import Store

__all__ = ["export_speech", "export_markdown_files", "MarkdownResult"]


def export_speech(
    store: Store,
    speech_id: str,
    target: Path | str,
    *,
    reading_copy: bool = True,
    marking: str | None = None,
    font=None,
    words_per_minute: int = DEFAULT_WORDS_PER_MINUTE,
    progress=None,
    cancel=None,
    size: float = 10.5,
    default_marking: str = "",
) -> Path:
    """A speech as a reading copy for the podium, or as a document in the house style (body
    `size` in points); without a marking, its conference's pack's marking is printed (or
    `default_marking` when there is no pack)."""
    if words_per_minute <= 0:
        raise ValidationError("words per minute must be a positive number")
    from ..pdf.markdown_doc import export_markdown  # reportlab loads on the first export
    from ..pdf.reading_copy import export_reading_copy

    speech = store.get(Kind.SPEECH, speech_id)
    assert isinstance(speech, Speech)
    if marking is None:
        marking = _pack_marking(store, speech) or default_marking
    if reading_copy:
        return export_reading_copy(
            speech,
            target,
            marking=marking,
            font=font,
            words_per_minute=words_per_minute,
            progress=progress,
            cancel=cancel,
        )
    summary = speech_summary(speech, words_per_minute, speech.language or "en")
    return export_markdown(
        speech.body,
        target,
        title=speech.title,
        marking=marking,
        font=font,
        progress=progress,
        cancel=cancel,
        subtitle=summary,
        size=size,
        language=speech.language or "en",
    )


def _pack_marking(store: Store, speech: Speech) -> str:
    """The marking of the pack of the speech's conference ("" when it has none)."""
    from .packs import find_pack

    if not speech.conference_id:
        return ""
    try:
        conference = as_model(Conference, store.get(Kind.CONFERENCE, speech.conference_id))
    except BriefcaseError:
        return ""
    return find_pack(store, conference, None).marking or ""


@dataclass
class MarkdownResult:
    source: Path
    target: Path | None
    error: str = ""


def export_markdown_files(
    files: list[Path], out_dir: Path, *, marking: str = "", font=None, size: float = 10.5
) -> list[MarkdownResult]:
    """One PDF per Markdown file in `out_dir`; a file that fails does not stop the others."""
    from ..pdf.markdown_doc import export_markdown  # reportlab loads on the first export

    if out_dir.exists() and not out_dir.is_dir():
        raise ValidationError(f"{out_dir}: not a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ValidationError(f"{out_dir}: cannot create the folder ({e.strerror})") from None
    results = []
    for source in files:
        target = out_dir / (source.stem + ".pdf")
        try:
            text = source.read_text(encoding="utf-8")
            export_markdown(text, target, marking=marking, font=font, size=size)

            results.append(MarkdownResult(source, target))
        except FileNotFoundError:
            results.append(MarkdownResult(source, None, "no such file"))
        except IsADirectoryError:
            results.append(MarkdownResult(source, None, "is a folder"))
        except UnicodeDecodeError:
            results.append(MarkdownResult(source, None, "not UTF-8 text"))
        except BriefcaseError as e:
            results.append(MarkdownResult(source, None, str(e)))
        except Exception as e:  # a bug must not stop the other files; it is named and reported
            results.append(MarkdownResult(source, None, f"unexpected error: {type(e).__name__}: {e}"))
    return results
