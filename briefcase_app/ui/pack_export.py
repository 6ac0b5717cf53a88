"""Below the pack editor: the pre-flight findings (click one to open its item) and Export.

The pack is assembled and checked on the GUI thread (where the store's connection lives);
only the plain content goes to the worker that lays out the PDF.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.models import Kind, Pack
from ..services.packs import assemble_pack, preflight, render_pack
from .errors import show_error

ROLE = Qt.ItemDataRole.UserRole


def export_folder(window) -> Path:
    last = window.settings.qsettings.value("window/last_export_dir", "")
    return Path(last) if last and Path(last).is_dir() else Path.home()


def safe_name(title: str) -> str:
    return re.sub(r"[^\w.-]+", "-", title, flags=re.UNICODE).strip("-")[:80] or "pack"


class PackExportPanel(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.pack: Pack | None = None
        self.findings = QListWidget(objectName="preflight_findings")
        self.findings.setMaximumHeight(150)
        self.findings.itemActivated.connect(self._open_finding)
        self.findings.itemDoubleClicked.connect(self._open_finding)
        self.summary = QLabel(objectName="preflight_summary")
        check = QPushButton("Check")
        check.setToolTip("Run the pre-flight checks without exporting")
        check.clicked.connect(self.check)
        self.export_button = QPushButton("Export PDF…", objectName="export_pack")
        self.export_button.setToolTip("Export this pack as PDF (Ctrl+E)")
        self.export_button.clicked.connect(self.export)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(check)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("Pre-flight (double-click a finding to open its item)"))
        layout.addWidget(self.findings)
        layout.addLayout(row)

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self.findings.clear()
        self.summary.setText("")

    def _assemble(self):
        window = self.window
        window.editor.save(switching=True)
        store = window.records.store
        pack = store.get(Kind.PACK, self.pack.id)
        conference = store.get(Kind.CONFERENCE, pack.conference_id)
        prefs = window.settings.prefs
        content, missing = assemble_pack(store, conference, pack, words_per_minute=prefs.speaking_rate)
        months = max(1, round(prefs.old_fact_days / 30.44))
        return content, missing + preflight(content, max_fact_age_months=months)

    def check(self):
        if self.pack is None or self.window.records is None:
            return None
        try:
            content, findings = self._assemble()
        except Exception as e:  # noqa: BLE001
            show_error(self.window, "Could not check the pack.", e)
            return None
        self.findings.clear()
        for finding in findings:
            item = QListWidgetItem(f"{finding.kind.label}: {finding.title[:70]} — {finding.message}")
            item.setData(ROLE, (finding.kind.value, finding.item_id))
            item.setToolTip(finding.message)
            self.findings.addItem(item)
        self.summary.setText("No findings." if not findings else f"{len(findings)} finding(s) to look at.")
        return content

    def _open_finding(self, item: QListWidgetItem) -> None:
        kind, item_id = item.data(ROLE)
        if Kind(kind) is Kind.PACK:
            return
        self.window.open_item(Kind(kind), item_id)

    def export(self) -> None:
        content = self.check()
        if content is None:
            return
        start = export_folder(self.window) / f"{safe_name(content.pack.title)}.pdf"
        path, _f = QFileDialog.getSaveFileName(self.window, "Export pack", str(start), "PDF (*.pdf)")
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        self.window.settings.qsettings.setValue("window/last_export_dir", str(target.parent))
        font = self.window.settings.prefs.pdf_font or None
        self.window.exporter.start(
            "Exporting pack",
            lambda progress, cancelled: render_pack(
                content, target, font=font, progress=progress, cancel=cancelled
            ),
        )
