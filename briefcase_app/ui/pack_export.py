"""Below the pack editor: the pre-flight findings (click one to open its item) and Export.

The pack is assembled and checked on the GUI thread (where the store's connection lives);
only the plain content goes to the worker that lays out the PDF.
"""

from __future__ import annotations

import pickle
import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
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
from .errors import show_error

ROLE = Qt.ItemDataRole.UserRole


def export_folder(window) -> Path:
    last = window.settings.qsettings.value("window/last_export_dir", "")
    return Path(last) if last and Path(last).is_dir() else Path.home()


def safe_name(title: str) -> str:
    return re.sub(r"[^\w.-]+", "-", title, flags=re.UNICODE).strip("-")[:80] or "pack"


def assemble(store, pack_id: str, words_per_minute: int, old_fact_days: int, font: str | None = None):
    """On the StoreThread: the pack's content and its pre-flight findings (plain data)."""
    from ..services.packs import assemble_pack, preflight

    pack = store.get(Kind.PACK, pack_id)
    conference = store.get(Kind.CONFERENCE, pack.conference_id)
    content, missing = assemble_pack(store, conference, pack, words_per_minute=words_per_minute)
    months = max(1, round(old_fact_days / 30.44))
    findings = preflight(content, max_fact_age_months=months, font=font or None)
    return content, missing + findings, pickle.dumps(content)


def render_pack(content, target, **kw):
    from ..services.packs import render_pack as render  # reportlab loads on the first export

    return render(content, target, **kw)


class PackExportPanel(QWidget):
    checked = Signal(object)  # the assembled content (None when it failed)

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.pack: Pack | None = None
        self.findings = QListWidget(objectName="preflight_findings")
        self.findings.setMaximumHeight(150)
        self.findings.itemActivated.connect(self._open_finding)
        self.findings.itemDoubleClicked.connect(self._open_finding)
        self.summary = QLabel(objectName="preflight_summary")
        check = QPushButton("Check", objectName="preflight_check")
        check.setToolTip("Run the pre-flight checks without exporting")
        check.clicked.connect(lambda _checked=False: self.check())  # clicked(bool) is not `then`
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

    def check(self, then=None) -> None:
        """Assemble and pre-flight on the StoreThread; show the findings; then(content)."""
        window = self.window
        if self.pack is None or window.records is None:
            return
        window.editor.save(switching=True)
        prefs = window.settings.prefs
        pack_id, rate, days, font = self.pack.id, prefs.speaking_rate, prefs.old_fact_days, prefs.pdf_font
        self.summary.setText("Checking…")
        self.export_button.setEnabled(False)
        window.store_thread.submit(
            lambda store: assemble(store, pack_id, rate, days, font),
            lambda result: self._checked(result, then),
            self._check_failed,
        )

    def _check_failed(self, error) -> None:
        self.export_button.setEnabled(True)
        self.summary.setText("")
        show_error(self.window, "Could not check the pack.", error)
        self.checked.emit(None)

    def _checked(self, result, then) -> None:
        self.export_button.setEnabled(True)
        content, findings, self._pickled = result  # the pickle is what goes to the export process
        self.findings.clear()
        for finding in findings:
            item = QListWidgetItem(f"{finding.kind.label}: {finding.title[:70]} — {finding.message}")
            item.setData(ROLE, (finding.kind.value, finding.item_id))
            item.setToolTip(finding.message)
            self.findings.addItem(item)
        self.summary.setText("No findings." if not findings else f"{len(findings)} finding(s) to look at.")
        self.checked.emit(content)
        if then is not None:
            then(content)

    def _open_finding(self, item: QListWidgetItem) -> None:
        kind, item_id = item.data(ROLE)
        if Kind(kind) is Kind.PACK:
            return
        self.window.open_item(Kind(kind), item_id)

    def export(self) -> None:
        if self.pack is None or self.window.exporter.busy:
            return
        self.window.editor.save(switching=True)
        start = export_folder(self.window) / f"{safe_name(self.title_now())}.pdf"
        path, _f = QFileDialog.getSaveFileName(self.window, "Export pack", str(start), "PDF (*.pdf)")
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        self.window.settings.qsettings.setValue("window/last_export_dir", str(target.parent))
        font = self.window.settings.prefs.pdf_font or None

        def render(content) -> None:
            self.window.exporter.start_process(
                "Exporting pack",
                "pack",
                (self._pickled, target, font),
                fallback=lambda progress, cancelled: render_pack(
                    content, target, font=font, progress=progress, cancel=cancelled
                ),
            )

        self.check(then=render)

    def title_now(self) -> str:
        pack = self.window.records.store.find(Kind.PACK, self.pack.id)
        return pack.title if pack else self.pack.title
