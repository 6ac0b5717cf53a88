"""Pre-flight check of a pack before export: what a careful officer would catch."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..domain.models import Kind, SectionKind
from ..domain.text_stats import speaking_minutes, word_count
from ..pdf.content import PackContent

#: leftover placeholders: TBC, TBA, TBD, XX (any length), [...], [..], […], ???
PLACEHOLDER = re.compile(r"\b(?:TBC|TBA|TBD|X{2,})\b|\[\s*(?:\.{2,}|…)\s*\]|\?{3,}")
DEFAULT_MAX_FACT_AGE_MONTHS = 12


@dataclass(frozen=True)
class Finding:
    """One thing to look at; `kind` and `item_id` let the window open the item."""

    kind: Kind
    item_id: str
    title: str
    message: str

    def __str__(self) -> str:
        title = self.title if len(self.title) <= 60 else self.title[:57] + "..."
        return f"{self.kind.value} {self.item_id} ({title}): {self.message}"


def preflight(
    content: PackContent,
    today: dt.date | None = None,
    max_fact_age_months: int = DEFAULT_MAX_FACT_AGE_MONTHS,
    font=None,
) -> list[Finding]:
    """Facts without a source or too old, empty sections, long speeches, placeholders, and
    characters no font here can draw (`font`: the font file the export will be given)."""
    today = today or dt.date.today()
    oldest = _months_before(today, max_fact_age_months)
    found: list[Finding] = []
    pack = content.pack
    for field_name, value in (
        ("title", pack.title),
        ("recipient", pack.recipient),
        ("marking", content.marking),
    ):
        found += _placeholders(Kind.PACK, pack.id, pack.title, {field_name: value})
    for section in content.sections:
        if not section.items:
            found.append(
                Finding(Kind.PACK, pack.id, pack.title, f"section {section.section.display_title!r} is empty")
            )
        for item in section.items:
            record = item[1] if isinstance(item, tuple) else item
            found += _placeholders(record.KIND, record.id, record.display_title, _text_fields(record))
            if section.section.kind is SectionKind.BACKGROUND:
                found += _fact_findings(record, oldest, max_fact_age_months)
            if section.section.kind is SectionKind.SPEECHES:
                found += _speech_findings(record, content.words_per_minute)
    found += _character_findings(content, font)
    return _unique(found)


def _character_findings(content: PackContent, font) -> list[Finding]:
    from ..pdf.fonts import check_characters, describe  # reportlab loads on first use

    chars: set[str] = set()
    for text in _all_texts(content):
        chars.update(text)
    letters, symbols = check_characters(chars, font)
    if not letters and not symbols:
        return []
    out = []
    for kind, item_id, title, text in _items_with_text(content):
        stops = sorted(set(text) & set(letters))
        named = sorted(set(text) & set(symbols))
        if stops:
            out.append(
                Finding(kind, item_id, title, f"no font here has {describe(stops, 4)}: the export will fail")
            )
        if named:
            out.append(Finding(kind, item_id, title, f"{describe(named, 4)} will be printed as the name"))
    return out


def _items_with_text(content: PackContent):
    pack = content.pack
    yield Kind.PACK, pack.id, pack.title, " ".join((pack.title, pack.recipient, content.marking))
    for section in content.sections:
        for item in section.items:
            record = item[1] if isinstance(item, tuple) else item
            yield record.KIND, record.id, record.display_title, " ".join(_text_fields(record).values())


def _all_texts(content: PackContent):
    conference = content.conference
    yield " ".join((conference.title, conference.venue, conference.city))
    for _kind, _id, _title, text in _items_with_text(content):
        yield text


def _fact_findings(fact, oldest: dt.date, months: int) -> list[Finding]:
    out = []
    if not (fact.source or "").strip() and not (fact.source_url or "").strip():
        out.append(Finding(Kind.FACT, fact.id, fact.display_title, "no source"))
    if fact.as_of is None:
        out.append(Finding(Kind.FACT, fact.id, fact.display_title, "no as-of date"))
    elif fact.as_of < oldest:
        out.append(
            Finding(
                Kind.FACT,
                fact.id,
                fact.display_title,
                f"as of {fact.as_of.isoformat()}: older than {months} months",
            )
        )
    return out


def _speech_findings(speech, wpm: int) -> list[Finding]:
    if not speech.target_minutes:
        return []
    words = word_count(speech.body)
    minutes = speaking_minutes(words, wpm)
    if minutes <= speech.target_minutes:
        return []
    return [
        Finding(
            Kind.SPEECH,
            speech.id,
            speech.display_title,
            f"{words} words, about {minutes:.1f} min at {wpm} wpm: over its target of {speech.target_minutes} min",
        )
    ]


def _text_fields(record) -> dict[str, str]:
    names = (
        "title",
        "name",
        "position",
        "organisation",
        "country",
        "biography",
        "place",
        "attendees",
        "notes",
        "speaker",
        "topic",
        "question",
        "body",
        "statement",
        "source",
    )
    return {n: getattr(record, n) for n in names if isinstance(getattr(record, n, None), str)}


def _placeholders(kind: Kind, item_id: str, title: str, fields: dict[str, str]) -> list[Finding]:
    out = []
    for name, value in fields.items():
        hits = sorted({m.group(0) for m in PLACEHOLDER.finditer(value or "")})
        if hits:
            out.append(Finding(kind, item_id, title, f"placeholder {', '.join(hits)} left in {name}"))
    return out


def _months_before(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    last_day = [
        31,
        29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][month - 1]
    return dt.date(year, month, min(day.day, last_day))


def _unique(findings: list[Finding]) -> list[Finding]:
    seen, out = set(), []
    for f in findings:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out
