"""Search hits as a list model; the delegate draws kind, title, conference, date, marked snippet."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from ...domain.models import MATERIAL_KINDS, Kind
from ..i18n import label, translate
from ..plain import tip

if TYPE_CHECKING:
    from ...services.search import Hit


HIT_ROLE = Qt.ItemDataRole.UserRole + 20
ROOT = QModelIndex()


def marked_html(text: str, spans, limit: int = 0) -> str:
    """Escaped text with the matched spans bold and underlined; cut at `limit` characters."""
    if limit and len(text) > limit:
        text = text[: limit - 1] + "…"
        spans = [(a, min(b, limit - 1)) for a, b in spans if a < limit - 1]
    out, last = [], 0
    for start, end in spans:
        out += [escape(text[last:start]), "<b><u>", escape(text[start:end]), "</u></b>"]
        last = end
    out.append(escape(text[last:]))
    return "".join(out)


def hit_where(hit: Hit) -> str:
    """The hit's second line: its conference (material of none is in the Library) and date.
    People belong to no conference and their index date is only when they were entered."""
    if hit.kind is Kind.PERSON:
        return hit.conference or ""
    library = translate("Search", "Library") if hit.kind in MATERIAL_KINDS else ""
    return " · ".join(x for x in (hit.conference or library, hit.date or "") if x)


def hit_html(hit: Hit, muted: str, title_limit: int = 0, snippet_limit: int = 0) -> str:
    where = hit_where(hit)
    return (
        f"<div><span style='color:{muted}'>{escape(label(hit.kind))}</span> &nbsp;"
        f"<b>{marked_html(hit.title, hit.title_marks, title_limit)}</b></div>"
        + (f"<div style='color:{muted}'>{escape(where)}</div>" if where else "")
        + f"<div>{marked_html(hit.snippet, hit.snippet_marks, snippet_limit)}</div>"
    )


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(f"{label(hit.kind)}: {hit.title}")
        if role == HIT_ROLE:
            return hit
        return None


class HitDelegate(QStyledItemDelegate):
    """Three lines of rich text per hit; the matched words bold and underlined."""

    LINES = 4

    def __init__(self, parent=None, lines: int = 4, title_limit: int = 0, snippet_limit: int = 0):
        super().__init__(parent)
        self.LINES = lines
        self.limits = (title_limit, snippet_limit)

    def _document(self, option, hit: Hit) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(4)
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
        doc.setHtml(hit_html(hit, muted, *self.limits))
        doc.setTextWidth(max(100, option.rect.width()))
        return doc

    def paint(self, painter, option, index) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            return super().paint(painter, option, index)
        style = option.widget.style() if option.widget else None
        opt = option.__class__(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        doc = self._document(option, hit)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(0, 0, option.rect.width(), option.rect.height())
        stale = option.widget is not None and not option.widget.isEnabled()  # for filters since changed
        if stale or option.state & QStyle.StateFlag.State_Selected:
            color = option.palette.color(
                *(
                    (QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
                    if stale
                    else (QPalette.ColorRole.HighlightedText,)
                )
            ).name()
            doc.setDefaultStyleSheet(f"body{{color:{color}}}")
            doc.setHtml(f"<body>{hit_html(hit, color, *self.limits)}</body>")
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        """One height for every hit (views set uniformItemSizes): laying out rich text for
        every row of a fresh result set would stall typing; only visible rows are drawn."""
        return QSize(option.rect.width() or 400, option.fontMetrics.lineSpacing() * self.LINES + 12)
