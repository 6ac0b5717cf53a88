"""The briefing pack: cover, contents, then the sections in the pack's order, then the annexes."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import ImageAndFlowables

from ..domain.models import Fact, PointKind, Role, SectionKind, TalkingPoint
from ..text import blocks as b
from ..text.markdown import to_blocks
from .annexes import annex_title, append_annexes
from .blocks import BlockRenderer, Context
from .content import PackContent, SectionContent
from .document import ContentsLine, OnePassDoc, marking_lines
from .flowables import _PAD, Cell, HeadingPara, OutlineMark, RowsTable
from .fonts import resolve_fonts
from .images import PHOTO_WIDTH, ImageCache
from .keep import keep
from .output import write_atomically
from .pack_text import draft_items, markdown_texts, pack_characters
from .styles import MARKING_RED, RULE, Styles, frame_size, house_styles
from .tables import column_widths
from .wording import date_range, labels_for, long_date, speech_summary, time_range, words

#: the parts of a steering brief, in print order: (field, heading).
SUMMARY_PARTS = (
    ("purpose", "Purpose"),
    ("wants", "What we want"),
    ("asks", "Main asks of us"),
    ("sensitivities", "Sensitivities"),
    ("body", "Recommended line"),
)
OUR_ROLES = (Role.HEAD_OF_DELEGATION, Role.DELEGATION_MEMBER)


def export_pack(
    content: PackContent,
    target: Path | str,
    *,
    font=None,
    password: str | None = None,
    progress=None,
    cancel=None,
    size: float = 10.5,
) -> Path:
    """Lay out a pack in one pass and write it atomically (mode 0600, optional AES-256);
    `size` is the body text's size in points (10.5, 12 or 14). A pack holding any item that
    is not cleared is marked DRAFT on every page."""
    parsed = {text: to_blocks(text) for text in markdown_texts(content)}
    fonts = resolve_fonts(pack_characters(content, parsed), font)
    styles = house_styles(fonts, base_size=size)
    marking_lines(fonts, content.effective_marking)  # refuse a marking too long to print
    draft = bool(draft_items(content))
    short = (content.conference.short_title or content.conference.title)[:70]
    w = words(content.pack.language)  # the pack's fixed words and dates in its language
    version = w("Version {version}", version=content.pack.version or "1")
    prepared = long_date(content.prepared, language=w.language)
    footer = " · ".join([short, prepared, version, w("Draft") if draft else w("Cleared")])

    def write(target) -> None:
        handle = io.BytesIO() if content.annexes else target
        hod = content.head_of_delegation
        doc = OnePassDoc(
            handle,
            fonts,
            marking=content.effective_marking,
            title=content.pack.title,
            author=(hod.organisation if hod and hod.organisation else "Briefcase"),
            subject=f"{content.conference.title}: briefing for {content.pack.recipient or 'the delegation'}",
            footer_left=footer,
            progress=progress,
            cancel=cancel,
            watermark=w("DRAFT") if draft else "",
            lang=w.language,
            labels=labels_for(w.language),
        )
        renderer = BlockRenderer(styles, marker=doc)
        renderer.images = ImageCache(content.images)
        for number, annex in enumerate(content.annexes, start=1):
            doc.appended[f"annex{number}"] = doc.appended_pages + 1
            doc.appended_pages += annex.pages
        layout = _PackLayout(content, styles, renderer, parsed)
        body = layout.sections()
        story = layout.cover() + layout.contents(doc) + body
        del body
        doc.build_once(story, renderer.ledger)
        if content.annexes:
            handle.seek(0)
            lines = marking_lines(fonts, content.effective_marking)
            links = [(int(key.removeprefix("annex")), page, rect) for key, page, rect in doc.appended_links]
            append_annexes(
                handle, target, content.annexes, fonts, lines, doc.labels, links, content.pack.language
            )

    return write_atomically(target, write, password)


class _PackLayout:
    def __init__(self, content: PackContent, styles: Styles, renderer: BlockRenderer, parsed: dict):
        self.c, self.st, self.r, self.parsed = content, styles, renderer, parsed
        self.w = words(content.pack.language)

    def md(self, text: str, ctx: Context | None = None) -> list:
        blocks = self.parsed.get(text)
        if blocks is None:
            blocks = self.parsed[text] = to_blocks(text)
        return self.r.render(blocks, ctx or Context(heading_offset=2))

    def p(self, text: str, style=None) -> Paragraph:
        return self.r.plain(text, style or self.st.body)

    # ---- cover and contents -------------------------------------------
    def cover(self) -> list:
        c, pack, st = self.c.conference, self.c.pack, self.st
        hod = self.c.head_of_delegation
        out: list = [
            OutlineMark(self.r.marker, "cover", self.w("Cover"), 0),
            Spacer(1, 28 * mm),
            self.p(self.w("BRIEFING PACK"), st.small),
            Spacer(1, 4),
        ]
        out.append(self.p(c.title, st.cover_title))
        where = ", ".join(x for x in (c.venue, c.city) if x)
        for line in (date_range(c.start_date, c.end_date, self.w.language), where):
            if line:
                out.append(self.p(line, st.cover_line))
        out += [Spacer(1, 14 * mm), _rule(), Spacer(1, 6)]
        recipient = self.w("Briefing for {recipient}", recipient=pack.recipient) if pack.recipient else ""
        out.append(self.p(recipient or self.w("Briefing for the delegation"), st.headings[1]))
        if hod:
            out.append(
                self.p(
                    self.w("Head of delegation: {name}", name=hod.name)
                    + (f", {hod.position}" if hod.position else ""),
                    st.cover_line,
                )
            )
        if pack.title:
            out.append(self.p(pack.title, st.cover_line))
        out += [Spacer(1, 16 * mm)]
        marking = self.c.effective_marking
        if marking:
            box = Table([[self.p(marking, st.headings[1])]], colWidths=[None])
            box.setStyle(
                TableStyle(
                    [
                        ("BOX", (0, 0), (-1, -1), 1.2, MARKING_RED),
                        ("FONT", (0, 0), (-1, -1), st.body.fontName, 10),
                        ("TEXTCOLOR", (0, 0), (-1, -1), MARKING_RED),
                        ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ]
                )
            )
            box.hAlign = "LEFT"
            out += [box, Spacer(1, 8)]
        prepared = self.w(
            "Prepared {date} · Version {version}",
            date=long_date(self.c.prepared, language=self.w.language),
            version=pack.version or "1",
        )
        out += [self.p(prepared, st.small), PageBreak()]
        return out

    def contents(self, doc: OnePassDoc) -> list:
        contents = self.w("Contents")
        text = self.r.markup.text(contents, bold=True)
        out: list = [HeadingPara(text, self.st.headings[0], "contents", contents, 0, doc), Spacer(1, 4)]
        for key, title, level in self.r.headings:
            if level <= 1:
                para = self.p(title, self.st.contents[level])
                out.append(ContentsLine(doc, key, para, number_size=10 if level == 0 else 9.5))
        for number, annex in enumerate(self.c.annexes, start=1):
            para = self.p(annex_title(number, annex, self.w.language), self.st.contents[0])
            out.append(ContentsLine(doc, f"annex{number}", para, number_size=10, link=False))
        return out + [PageBreak()]

    # ---- sections ------------------------------------------------------
    def sections(self) -> list:
        out: list = []
        for number, section in enumerate(self.c.sections, start=1):
            if number > 1:
                out.append(PageBreak())
            title = f"{number}. {section.section.title or self.w(section.section.kind.label)}"
            out.append(self.r.heading([b.Text(title)], 1, 0))
            handler = _SECTION_HANDLERS[section.section.kind]
            body = handler(self, section) if section.items else []
            out += body or [self.p(self.w("No items in this section."), self.st.small)]
        return out

    def item_heading(self, title: str) -> list:
        return [self.r.heading([b.Text(title)], 2, 1)]

    def programme(self, section: SectionContent) -> list:
        return self._timed(section, ("Time", "Event", "Place", "Attendees"), "attendees")

    def logistics(self, section: SectionContent) -> list:
        """The scenario: timed like the programme, with what each step is (cars, hotel...)."""
        return self._timed(section, ("Time", "Arrangement", "Place", "What"), "category")

    def _timed(self, section: SectionContent, heads: tuple[str, ...], last: str) -> list:
        out: list = []
        heads = tuple(self.w(h) for h in heads)
        days: dict[dt.date | None, list] = {}
        for item in section.items:
            days.setdefault(item.starts_at.date() if item.starts_at else None, []).append(item)
        header = [self.r.cell([b.Text(h)], self.st.head_cell) for h in heads]
        styles = [self.st.cell] * 4
        for day, items in days.items():
            out.extend(
                self.item_heading(
                    long_date(day, True, self.w.language) if day else self.w("Date to be fixed")
                )
            )
            rows = []
            for item in items:
                event = self.r.cell([b.Text(item.title)], self.st.cell)
                if item.notes:
                    event = [self.p(item.title, self.st.cell), *self.notes(item.notes)]
                texts = (time_range(item.starts_at, item.ends_at), item.place, getattr(item, last))
                when, place, who = (self.r.cell([b.Text(x)], self.st.cell) for x in texts)
                rows.append([when, event, place, who])
            texts = [[[b.Text(x)] for x in _programme_texts(item, last)] for item in items]
            head_texts = [[b.Text(h)] for h in heads]
            fractions, _ = column_widths(head_texts, texts, self.st.cell, frame_size()[0])
            table = RowsTable(header, rows, fractions, styles, self.st.head_cell, ledger=self.r.ledger)
            out += [table, Spacer(1, 8)]
        return out

    def notes(self, text: str) -> list:
        """A programme item's notes, in the table's small type."""
        out: list = []
        for block in self.parsed.get(text) or to_blocks(text):
            if isinstance(block, b.Para):
                out.append(self.r.paragraph(block.inlines, self.st.note))
            else:
                out += self.r.render([block], Context(heading_offset=5))
        return out

    def people(self, section: SectionContent) -> list:
        """The delegation lists (ours, its head first; then counterparts and speakers), then
        each person's biography with the photo beside it, in the same order."""
        out: list = []
        ours = [pair for pair in section.items if pair[0] is not None and pair[0].role in OUR_ROLES]
        others = [pair for pair in section.items if pair not in ours]
        for title, group in (("Our delegation", ours), ("Counterparts and speakers", others)):
            if group:
                out.extend(self.item_heading(self.w(title)))
                out += [self._delegation_table(group), Spacer(1, 8)]
        for participant, person in ours + others:
            out.extend(self.item_heading(person.name))
            role = self.w(participant.role.label) if participant else ""
            where = ", ".join(x for x in (person.position, person.organisation) if x)
            line = " · ".join(x for x in (where, person.country, role) if x)
            body: list = [self.p(line, self.st.small)] if line else []
            if person.biography:
                body += self.md(person.biography)
            sha = self.c.photos.get(person.id)
            photo = self.r.images.image(sha, PHOTO_WIDTH, 45 * mm) if sha and self.r.images else None
            if photo is not None:
                out.append(
                    ImageAndFlowables(photo, body or [Spacer(1, 1)], imageSide="left", imageRightPadding=8)
                )
                out.append(Spacer(1, 6))
            else:
                if body:
                    body[0] = keep(body[0]) if line else body[0]
                out += body
        return out

    def _delegation_table(self, group: list) -> RowsTable:
        heads = tuple(self.w(h) for h in ("No.", "Name", "Role", "Title"))
        header = [self.r.cell([b.Text(h)], self.st.head_cell) for h in heads]
        texts = []
        for n, (participant, person) in enumerate(group, start=1):
            title = ", ".join(x for x in (person.position, person.organisation, person.country) if x)
            texts.append((f"{n}.", person.name, self.w(participant.role.label) if participant else "", title))
        rows = [[self.r.cell([b.Text(x)], self.st.cell) for x in row] for row in texts]
        fractions, _ = column_widths(
            [[b.Text(h)] for h in heads],
            [[[b.Text(x)] for x in row] for row in texts],
            self.st.cell,
            frame_size()[0],
        )
        return RowsTable(header, rows, fractions, [self.st.cell] * 4, self.st.head_cell, ledger=self.r.ledger)

    def contacts(self, section: SectionContent) -> list:
        """Who to call: a table whose phone and e-mail columns are as wide as their longest
        entry, so a number or an address is never broken across lines."""
        heads = tuple(self.w(h) for h in ("Name", "Role", "Phone", "E-mail"))
        st = self.st.cell
        width = frame_size()[0]

        def fit(values) -> float:
            longest = max((stringWidth(v, st.fontName, st.fontSize) for v in values if v), default=0)
            return longest + 2 * _PAD + 2

        phone = max(fit(c.phone for c in section.items), fit([self.w("Phone")]))
        email = max(fit(c.email for c in section.items), fit([self.w("E-mail")]))
        rest = max(width - phone - email, width * 0.3)
        fractions = [rest * 0.55 / width, rest * 0.45 / width, phone / width, email / width]
        header = [self.r.cell([b.Text(h)], self.st.head_cell) for h in heads]
        rows = []
        for contact in section.items:
            name = self.r.cell([b.Text(contact.name)], st)
            if contact.notes:  # the notes under the name, in the table's small type
                name = [self.p(contact.name, st), *self.notes(contact.notes)]
            rows.append(
                [
                    name,
                    self.r.cell([b.Text(contact.role)], st),
                    _unbroken(self.r.markup.text(contact.phone), st, contact.phone),
                    _unbroken(self.r.markup.text(contact.email), st, contact.email),
                ]
            )
        return [RowsTable(header, rows, fractions, [st] * 4, self.st.head_cell, ledger=self.r.ledger)]

    def summary(self, section: SectionContent) -> list:
        """The steering brief: purpose, what we want, the asks of us, sensitivities, the line."""
        out: list = []
        for brief in section.items:
            if len(section.items) > 1 or brief.title.strip() != "Steering brief":
                out.extend(self.item_heading(brief.title))
            for name, heading in SUMMARY_PARTS:
                text = getattr(brief, name, "") or ""
                if text.strip():
                    out.append(keep(self.p(self.w(heading), self.st.headings[3])))
                    out += self.md(text)
        return out

    def objectives(self, section: SectionContent) -> list:
        out: list = []
        for kind in (
            PointKind.OBJECTIVE,
            PointKind.KEY_MESSAGE,
            PointKind.LINE_TO_TAKE,
            PointKind.DEFENSIVE_QA,
            PointKind.PRESS_LINE,
        ):
            points = [p for p in section.items if p.kind is kind]
            if points:
                out.extend(self.item_heading(self.w(_plural(kind))))
                for n, point in enumerate(points, start=1):
                    out += self._point(point, f"{n}. ")
        return out

    def lines(self, section: SectionContent) -> list:
        out: list = []
        topics: dict[str, list[TalkingPoint]] = {}
        for point in section.items:
            topics.setdefault(point.topic or self.w("General"), []).append(point)
        for topic, points in topics.items():
            out.extend(self.item_heading(topic))
            for point in points:
                out += self._point(point, "", show_topic=False)
        return out

    def _point(self, point: TalkingPoint, prefix: str, show_topic: bool = True) -> list:
        st = self.st
        out: list = []
        if point.kind is PointKind.DEFENSIVE_QA or point.question:
            out.append(self.p(f"{prefix}{self.w('Q: ')}{point.question or point.topic}", st.headings[3]))
            blocks = self.parsed.get(point.body) or to_blocks(point.body)
            if blocks and isinstance(blocks[0], b.Para):
                blocks = [b.Para([b.Strong([b.Text(self.w("A: "))]), *blocks[0].inlines]), *blocks[1:]]
            return [KeepTogether(out + self.r.render(blocks, Context(heading_offset=2)))]
        elif show_topic:
            out.append(self.p(f"{prefix}{point.topic}", st.headings[3]))
        elif point.kind is not PointKind.LINE_TO_TAKE:
            out.append(self.p(self.w(point.kind.label), st.small))
        out += self.md(point.body)
        return [KeepTogether(out)] if len(out) < 8 else out

    def speeches(self, section: SectionContent) -> list:
        out: list = []
        for speech in section.items:
            out.extend(self.item_heading(speech.title))
            out.append(
                keep(self.p(speech_summary(speech, self.c.words_per_minute, self.w.language), self.st.small))
            )
            out += self.md(speech.body)
            out.append(Spacer(1, 8))
        return out

    def background(self, section: SectionContent) -> list:
        out: list = []
        groups: dict[str, list[Fact]] = {}
        for fact in section.items:
            groups.setdefault(_tag_heading(fact.tags[0]) if fact.tags else self.w("General"), []).append(fact)
        for group, facts in groups.items():
            out.extend(self.item_heading(group))
            for fact in facts:
                source = fact.source or self.w("not given")
                as_of = long_date(fact.as_of, language=self.w.language)
                when = self.w(" · as of {date}", date=as_of) if fact.as_of else ""
                out.append(
                    KeepTogether(
                        [
                            self.p(fact.statement),
                            self.p(self.w("Source: {source}", source=source) + when, self.st.small),
                            Spacer(1, 3),
                        ]
                    )
                )
        return out


_SECTION_HANDLERS = {
    SectionKind.SUMMARY: _PackLayout.summary,
    SectionKind.LOGISTICS: _PackLayout.logistics,
    SectionKind.CONTACTS: _PackLayout.contacts,
    SectionKind.PROGRAMME: _PackLayout.programme,
    SectionKind.PEOPLE: _PackLayout.people,
    SectionKind.OBJECTIVES: _PackLayout.objectives,
    SectionKind.LINES: _PackLayout.lines,
    SectionKind.SPEECHES: _PackLayout.speeches,
    SectionKind.BACKGROUND: _PackLayout.background,
}


def _programme_texts(item, last: str = "attendees") -> tuple[str, str, str, str]:
    """A programme (or scenario) row's texts, for measuring its columns."""
    event = item.title + (" " + item.notes if item.notes else "")
    return (time_range(item.starts_at, item.ends_at), event, item.place, getattr(item, last))


def _unbroken(markup: str, style, text: str) -> Cell:
    """A cell drawn as one string (its column is made wide enough): never broken."""
    return Cell(markup, style, text.replace("\n", " ") if text else "")


def _group_name(tags: list[str]) -> str:

    if not tags or not tags[0].strip():
        return "General"
    name = tags[0].replace("-", " ").strip()
    return name[0].upper() + name[1:]


def _plural(kind: PointKind) -> str:
    return {"Defensive Q&A": "Defensive Q&A"}.get(kind.label, kind.label + "s")


def _rule():
    from reportlab.platypus import HRFlowable

    return HRFlowable(width="100%", thickness=0.8, color=RULE, spaceAfter=2)


def _tag_heading(tag: str) -> str:
    """A tag as a heading: kept as written when it has capitals ('CARICC'), else capitalised."""
    text = tag.replace("-", " ").strip()
    return text if any(c.isupper() for c in text) else text.capitalize()


def summary_pages(content: PackContent, font=None, size: float = 10.5) -> int:
    """How many pages the pack's steering brief section takes (its own page(s), as printed)."""
    from reportlab.platypus import SimpleDocTemplate

    from .styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_SIZE

    section = next((s for s in content.sections if s.section.kind is SectionKind.SUMMARY and s.items), None)
    if section is None:
        return 0
    only = PackContent(
        content.conference, content.pack, [section], marking=content.marking, images=content.images
    )
    parsed = {text: to_blocks(text) for text in markdown_texts(only)}
    fonts = resolve_fonts(pack_characters(only, parsed), font)
    styles = house_styles(fonts, base_size=size)
    renderer = BlockRenderer(styles)
    renderer.images = ImageCache(content.images)
    layout = _PackLayout(only, styles, renderer, parsed)
    story = layout.sections()
    doc = SimpleDocTemplate(
        io.BytesIO(),
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    doc.build(story)
    return doc.page
