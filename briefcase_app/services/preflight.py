"""Pre-flight check of a pack before export: what a careful officer would catch.

Each finding belongs to a rule with a severity. Blocking findings (a placeholder left in, a
fact without a source, an empty section, an item not cleared, an item the pack names that is
gone, a character no font has) make the window ask before exporting and `--strict` refuse;
advisory ones (old or undated facts, a speech over time, symbols printed by name) are shown.
`group_findings` gives one group per rule, blocking first, for one line each ("209 facts
older than 12 months") that opens onto its items; `report_lines` is the command line's text.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from ..domain.attachments import references
from ..domain.kinds import KINDS
from ..domain.models import Kind, SectionKind, SpeechStatus
from ..domain.text_stats import speaking_minutes, word_count
from ..pdf.content import PackContent

#: leftover placeholders: TBC, TBA, TBD, XX (any length), [...], [..], […], [to come],
#: [to follow], ???
PLACEHOLDER = re.compile(r"\b(?:TBC|TBA|TBD|X{2,})\b|\[\s*(?:\.{2,}|…|(?i:to\s+(?:come|follow)))\s*\]|\?{3,}")
DEFAULT_MAX_FACT_AGE_MONTHS = 12

#: statuses that count as cleared for the minister (a delivered speech was cleared first).
CLEARED = frozenset({SpeechStatus.CLEARED, SpeechStatus.DELIVERED})


class Severity(enum.StrEnum):
    BLOCKING = "blocking"  # the window asks before exporting; --strict refuses
    ADVISORY = "advisory"  # shown, never stops anything


@dataclass(frozen=True)
class Rule:
    """What a finding is about; `one` / `many` name the items for a group's line."""

    id: str
    severity: Severity
    one: str
    many: str

    def label(self, count: int) -> str:
        return f"{count} {self.one if count == 1 else self.many}"


NO_FONT = Rule(
    "no_font",
    Severity.BLOCKING,
    "item with characters no font has (the export will fail)",
    "items with characters no font has (the export will fail)",
)
PLACEHOLDER_LEFT = Rule(
    "placeholder",
    Severity.BLOCKING,
    "item with a placeholder (TBC, XX, …)",
    "items with a placeholder (TBC, XX, …)",
)
NO_SOURCE = Rule("no_source", Severity.BLOCKING, "fact without a source", "facts without a source")
EMPTY_SECTION = Rule("empty_section", Severity.BLOCKING, "empty section", "empty sections")
NOT_CLEARED = Rule("not_cleared", Severity.BLOCKING, "item not cleared (draft)", "items not cleared (draft)")
MISSING = Rule(
    "missing",
    Severity.BLOCKING,
    "item named by the pack but no longer there",
    "items named by the pack but no longer there",
)
OVER_TIME = Rule(
    "over_time", Severity.ADVISORY, "speech over its target time", "speeches over their target time"
)
NO_DATE = Rule("no_date", Severity.ADVISORY, "fact without an as-of date", "facts without an as-of date")
SYMBOL_NAMES = Rule(
    "symbol_names",
    Severity.ADVISORY,
    "item with symbols printed by name",
    "items with symbols printed by name",
)
NO_SUMMARY = Rule(
    "no_summary", Severity.ADVISORY, "pack without a steering brief", "packs without a steering brief"
)
LONG_SUMMARY = Rule(
    "long_summary",
    Severity.ADVISORY,
    "steering brief over one page",
    "steering briefs over one page",
)
BAD_IMAGE = Rule(
    "bad_image",
    Severity.BLOCKING,
    "image missing or unreadable (printed as a note)",
    "images missing or unreadable (printed as notes)",
)
BAD_ANNEX = Rule(
    "bad_annex", Severity.BLOCKING, "annex that cannot be appended", "annexes that cannot be appended"
)
OTHER = Rule("other", Severity.ADVISORY, "other finding", "other findings")


def old_fact_rule(months: int) -> Rule:
    age = f"{months} month{'' if months == 1 else 's'}"
    return Rule("old_fact", Severity.ADVISORY, f"fact older than {age}", f"facts older than {age}")


#: the order of groups: blocking first, then the rest, each in this order.
RULE_ORDER = (
    "no_font",
    "placeholder",
    "no_source",
    "empty_section",
    "not_cleared",
    "missing",
    "bad_image",
    "bad_annex",
    "no_summary",
    "long_summary",
    "over_time",
    "old_fact",
    "no_date",
    "symbol_names",
    "other",
)


@dataclass(frozen=True)
class Finding:
    """One thing to look at; `kind` and `item_id` let the window open the item."""

    kind: Kind
    item_id: str
    title: str
    message: str
    rule: Rule = OTHER

    @property
    def severity(self) -> Severity:
        return self.rule.severity

    @property
    def blocking(self) -> bool:
        return self.rule.severity is Severity.BLOCKING

    def __str__(self) -> str:
        title = " ".join(self.title.split())
        title = title if len(title) <= 60 else title[:57] + "..."
        return f"{self.kind.value} {self.item_id} ({title}): {self.message}"


@dataclass(frozen=True)
class Group:
    """Every finding of one rule, in the pack's order."""

    rule: Rule
    findings: tuple[Finding, ...]

    @property
    def count(self) -> int:
        return len(self.findings)

    @property
    def severity(self) -> Severity:
        return self.rule.severity

    @property
    def label(self) -> str:
        return self.rule.label(self.count)


def _rank(rule: Rule) -> tuple[int, int]:
    order = RULE_ORDER.index(rule.id) if rule.id in RULE_ORDER else len(RULE_ORDER)
    return (0 if rule.severity is Severity.BLOCKING else 1, order)


def group_findings(findings: Iterable[Finding]) -> list[Group]:
    """One group per rule, blocking groups first; every finding in exactly one group."""
    by_rule: dict[Rule, list[Finding]] = {}
    for finding in findings:
        by_rule.setdefault(finding.rule, []).append(finding)
    return [Group(rule, tuple(found)) for rule, found in sorted(by_rule.items(), key=lambda kv: _rank(kv[0]))]


def blocking(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.blocking]


def counts_line(groups: list[Group]) -> str:
    """'7 blocking, 217 advisory' (or 'nothing to report')."""
    if not groups:
        return "nothing to report"
    n_blocking = sum(g.count for g in groups if g.severity is Severity.BLOCKING)
    n_advisory = sum(g.count for g in groups if g.severity is Severity.ADVISORY)
    return f"{n_blocking} blocking, {n_advisory} advisory"


def report_lines(groups: list[Group], limit: int | None = 3) -> list[str]:
    """The command line's report: a line per group with its count, then its first `limit`
    findings (all of them with limit=None)."""
    lines = [f"Pre-flight: {counts_line(groups)}" + ("" if groups else ".")]
    for group in groups:
        lines.append(f"  {group.severity.value}  {group.label}")
        shown = group.findings if limit is None else group.findings[:limit]
        lines += [f"    - {f}" for f in shown]
        if len(shown) < group.count:
            lines.append(f"    ... and {group.count - len(shown)} more (--verbose lists them all)")
    return lines


def refusal(groups: list[Group]) -> str:
    """One line naming what blocks: '2 items with a placeholder (TBC, XX, …), 1 empty section'."""
    return ", ".join(g.label for g in groups if g.severity is Severity.BLOCKING)


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
    fields = {"title": pack.title, "recipient": pack.recipient, "marking": content.marking}
    found += _placeholders(Kind.PACK, pack.id, pack.title, fields)
    for section in content.sections:
        if not section.items:
            found.append(
                Finding(
                    Kind.PACK,
                    pack.id,
                    pack.title,
                    f"section {section.section.display_title!r} is empty",
                    EMPTY_SECTION,
                )
            )
        for item in section.items:
            record = item[1] if isinstance(item, tuple) else item
            found += _placeholders(record.KIND, record.id, record.display_title, _text_fields(record))
            found += _status_findings(record)
            if section.section.kind is SectionKind.BACKGROUND:
                found += _fact_findings(record, oldest, max_fact_age_months)
            if section.section.kind is SectionKind.SPEECHES:
                found += _speech_findings(record, content.words_per_minute)
    found += _character_findings(content, font)
    found += _summary_findings(content, font)
    found += _attachment_findings(content)
    return _unique(found)


def _summary_findings(content: PackContent, font) -> list[Finding]:
    """A pack opens with a one-page steering brief: say when it has none or when it runs over."""
    pack = content.pack
    briefs = [s for s in content.sections if s.section.kind is SectionKind.SUMMARY and s.items]
    if not briefs:
        return [Finding(Kind.PACK, pack.id, pack.title, "no steering brief opens the pack", NO_SUMMARY)]
    from ..pdf.pack import summary_pages  # reportlab loads on first use

    pages = summary_pages(content, font)
    if pages <= 1:
        return []
    first = briefs[0].items[0]
    return [
        Finding(
            Kind.SUMMARY,
            first.id,
            first.display_title,
            f"runs to {pages} pages: keep it to one",
            LONG_SUMMARY,
        )
    ]


def _attachment_findings(content: PackContent) -> list[Finding]:
    """Images a text shows or photos that the store does not have or cannot read; annexes
    that are no longer readable PDFs."""
    from .attachments import AttachmentRefused, check_image, check_pdf

    out: list[Finding] = []
    readable: dict[str, str] = {}

    def problem(sha: str) -> str:
        if sha not in readable:
            data = content.images.get(sha)
            if data is None:
                readable[sha] = f"image {sha[:12]} is not in the store"
            else:
                try:
                    check_image(data, f"image {sha[:12]}")
                    readable[sha] = ""
                except AttachmentRefused as e:
                    readable[sha] = str(e)
        return readable[sha]

    for section in content.sections:
        for item in section.items:
            record = item[1] if isinstance(item, tuple) else item
            shas = (
                [content.photos[record.id]] if isinstance(item, tuple) and record.id in content.photos else []
            )
            for name in KINDS[record.KIND].text_fields:
                shas += references(getattr(record, name, ""))
            for sha in dict.fromkeys(shas):
                why = problem(sha)
                if why:
                    out.append(Finding(record.KIND, record.id, record.display_title, why, BAD_IMAGE))
    conference = content.conference
    for annex in content.annexes:
        try:
            check_pdf(annex.data, f"the annex {annex.title!r}")
        except AttachmentRefused as e:
            out.append(Finding(Kind.CONFERENCE, conference.id, conference.title, str(e), BAD_ANNEX))
    return out


def _status_findings(record) -> list[Finding]:
    status = getattr(record, "status", None)
    if status is None or status in CLEARED:
        return []
    return [Finding(record.KIND, record.id, record.display_title, f"{status}: not cleared", NOT_CLEARED)]


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
                Finding(
                    kind,
                    item_id,
                    title,
                    f"no font here has {describe(stops, 4)}: the export will fail",
                    NO_FONT,
                )
            )
        if named:
            out.append(
                Finding(
                    kind, item_id, title, f"{describe(named, 4)} will be printed as the name", SYMBOL_NAMES
                )
            )
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
        out.append(Finding(Kind.FACT, fact.id, fact.display_title, "no source", NO_SOURCE))
    if fact.as_of is None:
        out.append(Finding(Kind.FACT, fact.id, fact.display_title, "no as-of date", NO_DATE))
    elif fact.as_of < oldest:
        out.append(
            Finding(
                Kind.FACT,
                fact.id,
                fact.display_title,
                f"as of {fact.as_of.isoformat()}: older than {months} months",
                old_fact_rule(months),
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
            OVER_TIME,
        )
    ]


def _text_fields(record) -> dict[str, str]:
    names = KINDS[record.KIND].printed_fields
    return {n: getattr(record, n) for n in names if isinstance(getattr(record, n, None), str)}


def _placeholders(kind: Kind, item_id: str, title: str, fields: dict[str, str]) -> list[Finding]:
    """One finding per item: 'placeholder TBC left in notes', or with several fields
    'placeholders left: TBC in notes; XX in body'."""
    parts = []
    for name, value in fields.items():
        hits = sorted({m.group(0) for m in PLACEHOLDER.finditer(value or "")})
        if hits:
            parts.append((", ".join(hits), name))
    if not parts:
        return []
    if len(parts) == 1:
        message = f"placeholder {parts[0][0]} left in {parts[0][1]}"
    else:
        message = "placeholders left: " + "; ".join(f"{hits} in {name}" for hits, name in parts)
    return [Finding(kind, item_id, title, message, PLACEHOLDER_LEFT)]


def _months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` earlier (the month's last day when it is shorter)."""
    return day - relativedelta(months=months)


def _unique(findings: list[Finding]) -> list[Finding]:
    seen, out = set(), []
    for f in findings:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out
