"""The pre-flight findings as a tree: one line per kind of finding ("209 facts older than 12
months"), blocking first, each opening onto its items; double-click (or Enter) on an item opens
it in the editor. The grouping and the words come from services/preflight.py: this only shows.

A group's items are made when it is first expanded, so a pack with thousands of findings
costs one row per group until someone looks inside.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTreeWidget, QTreeWidgetItem

from ..domain.models import Kind
from ..services.preflight import Finding, Group, Severity
from .i18n import counts, label, translate
from .plain import tip

ROLE = Qt.ItemDataRole.UserRole


def finding_text(finding: Finding) -> str:
    title = " ".join(finding.title.split())
    title = title if len(title) <= 70 else title[:69] + "…"
    if finding.kind is Kind.PACK:
        return finding.message[:1].upper() + finding.message[1:]
    return f"{label(finding.kind)}: {title} — {finding.message}"


#: each pre-flight rule (services/preflight.py, by id) as a heading for the Russian and Kazakh
#: window, which writes "Facts without a source — 3" (no plural to agree); English keeps the
#: service's own "3 facts without a source"
RULES = {
    "no_font": QT_TRANSLATE_NOOP("Preflight", "Items with characters no font has (the export will fail)"),
    "placeholder": QT_TRANSLATE_NOOP("Preflight", "Items with a placeholder (TBC, XX, …)"),
    "no_source": QT_TRANSLATE_NOOP("Preflight", "Facts without a source"),
    "empty_section": QT_TRANSLATE_NOOP("Preflight", "Empty sections"),
    "not_cleared": QT_TRANSLATE_NOOP("Preflight", "Items not cleared (draft)"),
    "missing": QT_TRANSLATE_NOOP("Preflight", "Items named by the pack but no longer there"),
    "over_time": QT_TRANSLATE_NOOP("Preflight", "Speeches over their target time"),
    "no_date": QT_TRANSLATE_NOOP("Preflight", "Facts without an as-of date"),
    "symbol_names": QT_TRANSLATE_NOOP("Preflight", "Items with symbols printed by name"),
    "no_summary": QT_TRANSLATE_NOOP("Preflight", "Packs without a steering brief"),
    "long_summary": QT_TRANSLATE_NOOP("Preflight", "Steering briefs over one page"),
    "bad_image": QT_TRANSLATE_NOOP("Preflight", "Images missing or unreadable (printed as notes)"),
    "bad_annex": QT_TRANSLATE_NOOP("Preflight", "Annexes that cannot be appended"),
    "old_fact": QT_TRANSLATE_NOOP("Preflight", "Facts older than {age}"),
    "other": QT_TRANSLATE_NOOP("Preflight", "Other findings"),
}


def rule_text(group: Group) -> str:
    """ "3 facts without a source" in English; "Факты без источника — 3" translated."""
    phrase = RULES.get(group.rule.id)
    translated = translate("Preflight", phrase) if phrase else phrase
    if not phrase or translated == phrase:  # English, or a rule the window has no words for yet
        return group.label
    months = re.search(r"\d+", group.rule.many)
    age = counts().months(int(months.group())) if months else ""
    return translate("Preflight", "{rule} — {count}").format(
        rule=translated.format(age=age), count=group.count
    )


def group_text(group: Group) -> str:
    return f"{label(group.severity)}: {rule_text(group)}"


class PreflightTree(QTreeWidget):
    """Groups at the top level (no item to open), findings below them."""

    open_requested = Signal(object, str)  # Kind, item id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("preflight_findings")
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groups: list[Group] = []
        self._pending: dict[int, Group] = {}  # top-level row -> group whose items are not made yet
        self.itemExpanded.connect(self._fill)
        # a group's items are made on first expansion, so Qt's own double-click expansion
        # (only for rows that have children already) is replaced by ours: open or close it
        self.setExpandsOnDoubleClick(False)
        self.itemDoubleClicked.connect(lambda item, _column: self._use(item))

    def keyPressEvent(self, event) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self._use(item)
            return
        super().keyPressEvent(event)

    def show_groups(self, groups: list[Group]) -> None:
        self.clear()
        self.groups = list(groups)
        self._pending = {}
        style = self.style()
        icons = {
            Severity.BLOCKING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            Severity.ADVISORY: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        for row, group in enumerate(self.groups):
            top = QTreeWidgetItem([group_text(group)])
            top.setIcon(0, icons[group.severity])
            top.setToolTip(0, tip(self._group_tip(group)))
            top.setData(0, ROLE, None)
            top.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            if group.severity is Severity.BLOCKING:
                font = QFont(top.font(0))
                font.setBold(True)
                top.setFont(0, font)
            self._pending[row] = group
            self.addTopLevelItem(top)

    @staticmethod
    def _group_tip(group: Group) -> str:
        if group.severity is Severity.BLOCKING:
            return f"{rule_text(group)}. " + translate(
                "Preflight", "Export asks before going ahead; double-click an item to open it."
            )
        return f"{rule_text(group)}. " + translate("Preflight", "Worth a look; does not stop the export.")

    def _fill(self, top: QTreeWidgetItem) -> None:
        row = self.indexOfTopLevelItem(top)
        group = self._pending.pop(row, None)
        if group is None:
            return
        children = []
        for finding in group.findings:
            child = QTreeWidgetItem([finding_text(finding)])
            child.setData(0, ROLE, (finding.kind.value, finding.item_id))
            child.setToolTip(0, tip(f"{label(finding.kind)}: {finding.title}\n{finding.message}"))
            children.append(child)
        top.addChildren(children)

    def expand_blocking(self) -> QTreeWidgetItem | None:
        """Open every blocking group; the first blocking item (None when nothing blocks)."""
        first = None
        for row, group in enumerate(self.groups):
            top = self.topLevelItem(row)
            if group.severity is Severity.BLOCKING:
                top.setExpanded(True)
                if first is None and top.childCount():
                    first = top.child(0)
        return first

    def group_item(self, rule_id: str) -> QTreeWidgetItem | None:
        for row, group in enumerate(self.groups):
            if group.rule.id == rule_id:
                return self.topLevelItem(row)
        return None

    def _use(self, item: QTreeWidgetItem) -> None:
        """Double-click or Enter: a group's line opens or closes; a finding opens its item."""
        data = item.data(0, ROLE)
        if not data:
            item.setExpanded(not item.isExpanded())
            return
        kind, item_id = data
        if Kind(kind) is not Kind.PACK:  # an empty section is the pack's own: it is open already
            self.open_requested.emit(Kind(kind), item_id)
