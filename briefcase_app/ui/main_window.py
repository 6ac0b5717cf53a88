"""The main window: conferences on the left, their material on the right."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMainWindow, QSplitter, QTextBrowser

from ..domain.models import Kind
from ..services.records import RecordService


class MainWindow(QMainWindow):
    def __init__(self, records: RecordService):
        super().__init__()
        self.records = records
        self.setWindowTitle("Briefcase")
        self.resize(1100, 700)
        self.conferences = QListWidget()
        self.details = QTextBrowser()
        splitter = QSplitter()
        splitter.addWidget(self.conferences)
        splitter.addWidget(self.details)
        splitter.setSizes([350, 750])
        self.setCentralWidget(splitter)
        self.conferences.currentItemChanged.connect(self._show_conference)
        self.reload()

    def reload(self) -> None:
        self.conferences.clear()
        for conference in self.records.list(Kind.CONFERENCE):
            item = QListWidgetItem(conference.title)
            item.setData(256, conference.id)
            self.conferences.addItem(item)
        if self.conferences.count():
            self.conferences.setCurrentRow(0)

    def _show_conference(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.details.clear()
            return
        conference = self.records.get(Kind.CONFERENCE, item.data(256))
        lines = [f"# {conference.title}", f"{conference.venue}, {conference.city}", ""]
        for kind in (Kind.SPEECH, Kind.POINT, Kind.FACT):
            lines.append(f"## {kind.label}s")
            lines += [f"- {r.display_title}" for r in self.records.list(kind, conference=conference.id)]
        self.details.setMarkdown("\n".join(lines))
