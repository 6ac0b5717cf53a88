"""Below the pack editor: the pre-flight findings, grouped (preflight_view.py), and Export.

The pack is assembled and checked on the window's store worker (its own connection there);
only the plain content goes to the process that lays out the PDF. A pack with blocking
findings is exported only after the person answers translate("PackExport", "Export anyway") (Review shows them).
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
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.models import Kind, Pack
from ..services.preflight import Group, Severity
from .i18n import counts, translate
from .ops import QueryOp
from .plain import PlainLabel
from .preflight_view import PreflightTree, rule_text


def export_folder(window) -> Path:
    last = window.settings.qsettings.value("window/last_export_dir", "")
    return Path(last) if last and Path(last).is_dir() else Path.home()


def safe_name(title: str) -> str:
    return re.sub(r"[^\w.-]+", "-", title, flags=re.UNICODE).strip("-")[:80] or "pack"


def assemble(records, pack_id: str, words_per_minute: int, old_fact_days: int, font: str | None = None):
    """On the store worker: the pack's content and its pre-flight findings in groups (plain data)."""
    from ..services.packs import assemble_pack, preflight
    from ..services.preflight import group_findings

    pack = records.get(Kind.PACK, pack_id)
    conference = records.get(Kind.CONFERENCE, pack.conference_id)
    content, missing = assemble_pack(records.store, conference, pack, words_per_minute=words_per_minute)
    months = max(1, round(old_fact_days / 30.44))
    findings = preflight(content, max_fact_age_months=months, font=font or None)
    return content, group_findings(missing + findings), pickle.dumps(content)


def ask_export_anyway(parent, groups: list[Group], answer) -> QMessageBox:
    """Ask (window-modal, without blocking) whether to export despite blocking findings;
    answer(True) for translate("PackExport", "Export anyway"), answer(False) for translate("PackExport", "Review") (also Escape)."""
    blocking = [g for g in groups if g.severity is Severity.BLOCKING]
    count = sum(g.count for g in blocking)
    box = QMessageBox(parent)
    box.setObjectName("preflight_ask")
    box.setWindowTitle("Briefcase")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(counts().blocking(count))
    box.setInformativeText(
        "\n".join(f"• {rule_text(g)}" for g in blocking)
        + "\n\n"
        + translate(
            "PackExport", "A minister's pack should not go out with these. Export anyway, or review them?"
        )
    )
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    anyway = box.addButton(translate("PackExport", "Export anyway"), QMessageBox.ButtonRole.AcceptRole)
    anyway.setObjectName("preflight_export_anyway")
    review = box.addButton(translate("PackExport", "Review"), QMessageBox.ButtonRole.RejectRole)
    review.setObjectName("preflight_review")
    box.setDefaultButton(review)
    box.setEscapeButton(review)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: answer(box.clickedButton() is anyway))  # once it has closed
    box.open()
    return box


def render_pack(content, target, **kw):
    from ..services.packs import render_pack as render  # reportlab loads on the first export

    return render(content, target, **kw)


def counts_line(groups: list[Group]) -> str:
    """'7 blocking, 217 advisory' in the window's language."""
    n_blocking = sum(g.count for g in groups if g.severity is Severity.BLOCKING)
    n_advisory = sum(g.count for g in groups if g.severity is Severity.ADVISORY)
    return translate("PackExport", "{blocking} blocking, {advisory} advisory").format(
        blocking=n_blocking, advisory=n_advisory
    )


class PackExportPanel(QWidget):
    checked = Signal(object)  # the assembled content (None when it failed)

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.pack: Pack | None = None
        self.groups: list[Group] = []
        self._pickled = b""
        self.findings = PreflightTree()
        self.findings.setMinimumHeight(110)
        self.findings.setMaximumHeight(200)
        self.findings.open_requested.connect(self.window.open_item)
        self.summary = PlainLabel(objectName="preflight_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        check = QPushButton(translate("PackExport", "Check"), objectName="preflight_check")
        check.setToolTip(translate("PackExport", "Run the pre-flight checks without exporting"))
        check.clicked.connect(lambda _checked=False: self.check())  # clicked(bool) is not `then`
        self.export_button = QPushButton(translate("PackExport", "Export PDF…"), objectName="export_pack")
        self.export_button.setToolTip(translate("PackExport", "Export this pack as PDF (Ctrl+E)"))
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(check)
        row.addWidget(self.export_button)
        heading = PlainLabel(
            translate(
                "PackExport",
                "Pre-flight: blocking first; open a line to see its items, double-click an item to open it",
            )
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.findings)
        layout.addLayout(row)

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self.groups = []
        self.findings.show_groups([])
        self.summary.setText(translate("PackExport", "Check runs the pre-flight; Export runs it first."))

    def check(self, then=None) -> None:
        """Assemble and pre-flight on the store worker; show the findings; then(content)."""
        window = self.window
        if self.pack is None or window.records is None:
            return
        window.editor.save(switching=True)
        prefs = window.settings.prefs
        pack_id, rate, days, font = self.pack.id, prefs.speaking_rate, prefs.old_fact_days, prefs.pdf_font
        self.summary.setText(translate("PackExport", "Checking…"))
        self.export_button.setEnabled(False)
        QueryOp(
            window,
            lambda job: assemble(job.records, pack_id, rate, days, font),
            lambda result: self._checked(result, then),
            name="pre-flight",
        ).on_store_thread().failure(
            translate("PackExport", "Could not check the pack."), then=self._check_failed
        ).run_in_background()

    def _check_failed(self, _error) -> None:
        self.export_button.setEnabled(True)
        self.summary.setText("")
        self.checked.emit(None)

    def _checked(self, result, then) -> None:
        self.export_button.setEnabled(True)
        content, self.groups, self._pickled = result  # the pickle is what goes to the export process
        self.findings.show_groups(self.groups)
        self.summary.setText(self.summary_text())
        self.checked.emit(content)
        if then is not None:
            then(content)

    def summary_text(self) -> str:
        if not self.groups:
            return translate("PackExport", "No findings.")
        if self.blocking_count():
            return translate("PackExport", "{counts}: Export asks before going ahead.").format(
                counts=counts_line(self.groups)
            )
        return translate("PackExport", "{counts}: nothing blocks the export.").format(
            counts=counts_line(self.groups)
        )

    def blocking_count(self) -> int:
        return sum(g.count for g in self.groups if g.severity is Severity.BLOCKING)

    def review(self) -> None:
        """Show the blocking findings: their groups open, the first one chosen."""
        first = self.findings.expand_blocking()
        if first is not None:
            self.findings.setCurrentItem(first)
            self.findings.scrollToItem(first)
        self.findings.setFocus()
        self.window.statusBar().showMessage(
            translate("PackExport", "Not exported: the blocking findings are open below the pack."), 8000
        )

    def export(self) -> None:
        if self.pack is None or self.window.exporter.busy:
            return
        self.window.editor.save(switching=True)
        self.check(then=self._export_checked)

    def _export_checked(self, content) -> None:
        if not self.blocking_count():
            self._save_and_render(content)
            return

        def answered(anyway: bool) -> None:
            if anyway:
                self._save_and_render(content)
            else:
                self.review()

        ask_export_anyway(self.window, self.groups, answered)

    def _save_and_render(self, content) -> None:
        if self.pack is None or self.window.exporter.busy:
            return
        start = export_folder(self.window) / f"{safe_name(self.title_now())}.pdf"
        path, _f = QFileDialog.getSaveFileName(
            self.window,
            translate("PackExport", "Export pack"),
            str(start),
            translate("PackExport", "PDF (*.pdf)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        self.window.settings.qsettings.setValue("window/last_export_dir", str(target.parent))
        prefs = self.window.settings.prefs
        font, size = prefs.pdf_font or None, prefs.pdf_size
        from .export_runner import ExportOp

        ExportOp(
            self.window,
            "pack",
            (self._pickled, target, font, size),
            fallback=lambda progress, cancelled: render_pack(
                content, target, font=font, size=size, progress=progress, cancel=cancelled
            ),
        ).with_progress(translate("PackExport", "Exporting pack")).run_in_background()

    def title_now(self) -> str:
        pack = self.window.records.find(Kind.PACK, self.pack.id)
        return pack.title if pack else self.pack.title
