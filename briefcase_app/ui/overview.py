"""The middle pane when a conference is clicked: its dates and venue, how many items each
section holds (double-click opens the section), and each pack with its pre-flight summary."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.models import Kind
from .i18n import translate
from .models.columns import _date
from .models.nav_model import CONFERENCE_SECTIONS
from .plain import PlainLabel, tip

KIND_ROLE = Qt.ItemDataRole.UserRole


def pack_summary(records, pack, conference) -> str:
    """'Ready: nothing to report' or '2 blocking, 3 advisory' for one pack (pre-flight: it reads
    every item of the pack, so the window runs it on the store worker)."""
    from ..services.packs import assemble_pack, preflight
    from ..services.preflight import Severity, group_findings

    try:
        content, missing = assemble_pack(records.store, conference, pack)
        groups = group_findings(missing + preflight(content))
    except Exception as e:  # noqa: BLE001 - the overview says so instead of failing
        return translate("Overview", "pre-flight could not run: {reason}").format(reason=e)
    blocking = sum(g.count for g in groups if g.severity is Severity.BLOCKING)
    advisory = sum(g.count for g in groups if g.severity is Severity.ADVISORY)
    if not groups:
        return translate("Overview", "ready: the pre-flight check finds nothing")
    if not blocking:
        return translate("Overview", "ready: {advisory} advisory finding(s)").format(advisory=advisory)
    return translate("Overview", "not ready: {blocking} blocking, {advisory} advisory").format(
        blocking=blocking, advisory=advisory
    )


class ConferenceOverview(QWidget):
    section_requested = Signal(object)  # Kind

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("conference_overview")
        self.conference_id: str | None = None
        self._shown = 0
        self.title = PlainLabel(objectName="overview_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = PlainLabel(objectName="overview_facts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sections = QTreeWidget(objectName="overview_sections")
        self.sections.setRootIsDecorated(False)
        self.sections.setHeaderLabels([translate("Overview", "Section"), translate("Overview", "Items")])
        self.sections.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sections.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.sections.header().setStretchLastSection(False)
        self.sections.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sections.itemActivated.connect(self._activated)  # Enter
        self.sections.itemDoubleClicked.connect(self._activated)
        self.packs = QTreeWidget(objectName="overview_packs")
        self.packs.setRootIsDecorated(False)
        self.packs.setHeaderHidden(True)  # each pack on two lines: its title, then its pre-flight
        self.packs.itemActivated.connect(lambda *_a: self.section_requested.emit(Kind.PACK))
        hint = PlainLabel(
            translate(
                "Overview", "Double-click a section to open it; the conference's own fields are on the right."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.sections, 3)
        layout.addWidget(PlainLabel(translate("Overview", "Packs")))
        layout.addWidget(self.packs, 1)
        layout.addWidget(hint)

    def show_conference(self, records, conference_id: str, submit=None) -> None:
        """Show a conference; `submit(fn, done)` runs each pack's pre-flight off the GUI thread
        (the store worker), without it they run here."""
        self.conference_id = conference_id
        self._shown += 1  # a pre-flight answer for an earlier showing is dropped
        conference = records.get(Kind.CONFERENCE, conference_id)
        self.title.setText(conference.title)
        when = _date(conference.start_date)
        if conference.end_date and conference.end_date != conference.start_date:
            when = f"{when} – {_date(conference.end_date)}"
        lines = [
            translate("Overview", "Dates: {when}").format(when=when or translate("Overview", "not set")),
            translate("Overview", "Venue: {venue}").format(
                venue=", ".join(x for x in (conference.venue, conference.city) if x)
                or translate("Overview", "not set")
            ),
        ]
        if conference.organiser:
            lines.append(translate("Overview", "Organiser: {who}").format(who=conference.organiser))
        self.facts.setText("\n".join(lines))
        self.sections.clear()
        for label, kind in CONFERENCE_SECTIONS:
            if kind is Kind.PERSON:
                n = len(records.people_in(conference_id))
            else:
                n = records.count_in(kind, conference_id=conference_id)
            item = QTreeWidgetItem([translate("Navigator", label), str(n)])
            item.setData(0, KIND_ROLE, kind.value)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.sections.addTopLevelItem(item)
        self.packs.clear()
        packs = records.items(Kind.PACK, conference_id=conference_id)
        for pack in packs:
            item = QTreeWidgetItem()
            self.packs.addTopLevelItem(item)
            if submit is None:
                self._set_pack_line(item, pack.title, pack_summary(records, pack, conference))
                continue
            self._set_pack_line(item, pack.title, translate("Overview", "checking…"))
            submit(lambda s, p=pack, c=conference: pack_summary(s, p, c), self._answer(item, pack.title))
        if not packs:
            self.packs.addTopLevelItem(QTreeWidgetItem([translate("Overview", "No pack yet")]))

    def _answer(self, item: QTreeWidgetItem, title: str):
        """What to do with a pack's pre-flight summary when it comes back from the store worker."""
        shown = self._shown

        def done(summary: str) -> None:
            if shown == self._shown:  # still the same showing: the item is still there
                self._set_pack_line(item, title, summary)

        return done

    @staticmethod
    def _set_pack_line(item: QTreeWidgetItem, title: str, summary: str) -> None:
        text = f"{title}\n{translate('Overview', 'Pre-flight')}: {summary}"
        item.setText(0, text)
        item.setToolTip(0, tip(text))

    def section_text(self) -> dict[str, str]:
        """What the sections table shows, label to count (for tests and the screenshot check)."""
        return {
            self.sections.topLevelItem(i).text(0): self.sections.topLevelItem(i).text(1)
            for i in range(self.sections.topLevelItemCount())
        }

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind:
            self.section_requested.emit(Kind(kind))
