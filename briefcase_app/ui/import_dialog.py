"""File > Import as a dialog: the files chosen are read first (on a worker, nothing written) and
shown one a row (file, kind, title, date, language, where it goes, new or already there); the
kind and the place of each row can be changed, or the row left out; then the import runs on a
worker and the dialog lists what came in: a double-click opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import Changes
from ..domain.models import Kind
from .i18n import label, translate
from .ops import CollectionOp, Job, QueryOp
from .plain import PlainLabel, tip

#: the kinds a file can become (services/readers/meta.py KIND_BY_NAME)
KINDS = (Kind.SPEECH, Kind.POINT, Kind.FACT)
COLUMNS = ("file", "kind", "title", "date", "language", "target", "status")
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def _status_text(proposal) -> str:
    if proposal.status == "new":
        return translate("ImportDialog", "New")
    if proposal.status == "duplicate":
        return translate("ImportDialog", "Already there: {title}").format(title=proposal.title)
    if proposal.status == "update":
        return translate("ImportDialog", "Updates the stored item")
    if proposal.status == "bundle":
        return translate("ImportDialog", "Bundle: its items keep their own conferences")
    return translate("ImportDialog", "Cannot be read: {reason}").format(reason=proposal.reason)


class ImportDialog(QDialog):
    def __init__(self, w, paths: list[Path]):
        super().__init__(w)
        self.w = w
        self.setObjectName("import_dialog")
        self.setWindowTitle(translate("ImportDialog", "Import"))
        self.paths: list[Path] = list(paths)
        self.plan = None
        self.report = None
        self.task: Job | None = None  # the reading or the import, while it runs
        self.store_path = w.session.path
        target = w.navigator.current_target()
        self.conference_id = target.conference_id if target is not None else None
        # named as in the navigator (the short title when there is one)
        self.conferences = [(c.id, c.short_title or c.title) for c in w.records.items(Kind.CONFERENCE)]

        self.intro = PlainLabel()
        self.intro.setWordWrap(True)
        add_files = QPushButton(translate("ImportDialog", "Add files…"))
        add_files.clicked.connect(self._add_files)
        add_folder = QPushButton(translate("ImportDialog", "Add a folder…"))
        add_folder.clicked.connect(self._add_folder)
        self.all_target = QComboBox(objectName="import_all_target")
        self.all_target.setToolTip(
            tip(translate("ImportDialog", "Where every row goes (each row can differ)"))
        )
        self._fill_targets(self.all_target, None)
        self.all_target.insertItem(0, translate("ImportDialog", "Each as proposed"), None)
        self.all_target.setCurrentIndex(0)
        self.all_target.activated.connect(self._all_to)
        top = QHBoxLayout()
        top.addWidget(add_files)
        top.addWidget(add_folder)
        top.addStretch(1)
        top.addWidget(PlainLabel(translate("ImportDialog", "Put all in:")))
        top.addWidget(self.all_target)

        self.table = QTableWidget(0, len(COLUMNS), objectName="import_preview")
        self.table.setHorizontalHeaderLabels(
            [
                translate("ImportDialog", "File"),
                translate("ImportDialog", "Kind"),
                translate("ImportDialog", "Title"),
                translate("ImportDialog", "Date"),
                translate("ImportDialog", "Language"),
                translate("ImportDialog", "Goes to"),
                translate("ImportDialog", "New or already there"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.itemChanged.connect(self._checked)

        self.result = QListWidget(objectName="import_result")
        self.result.itemActivated.connect(self._open)  # a double-click, or Enter
        self.result_label = PlainLabel()
        self.result_label.setWordWrap(True)
        done_page = QStackedWidget()
        self.pages = done_page
        preview_page, result_page = QWidget(), QWidget()
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addLayout(top)
        preview_layout.addWidget(self.table, 1)
        result_layout = QVBoxLayout(result_page)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.result_label)
        result_layout.addWidget(self.result, 1)
        done_page.addWidget(preview_page)
        done_page.addWidget(result_page)

        self.status = PlainLabel(objectName="import_status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            translate("ImportDialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = self.buttons.addButton(
            translate("ImportDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(done_page, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(min(1300, w.width() - 40), min(560, w.height() - 60))
        self.read()

    # ---- reading (nothing written) ----------------------------------------
    def read(self) -> None:
        """Read the chosen files on a worker: the table fills when it is done."""
        if self.task is not None:
            self.task.cancel()
        self.intro.setText(
            translate(
                "ImportDialog",
                "Nothing is written yet. Check each row: change its kind or where it goes, or untick "
                "it to leave it out. Then press Import.",
            )
        )
        self.import_button.setEnabled(False)
        self.status.setText(translate("ImportDialog", "Reading the files…"))
        paths, store_path, conference = list(self.paths), self.store_path, self.conference_id

        def work(job: Job):
            from ..services.importing import plan_paths

            return plan_paths(
                store_path,
                paths,
                conference=conference,
                progress=job.progress,
                cancelled=lambda: job.cancelled,
            )

        self._run(
            QueryOp(self, work), self._planned, translate("ImportDialog", "The files could not be read.")
        )

    def _run(self, op: QueryOp, done, failed_text: str, cancelled=None) -> None:
        """Run `op` with the dialog's progress bar; done(result) when it returns. A replaced
        reading is cancelled first (ops.py: its result or error then never comes back)."""

        def finished(result) -> None:
            self._ended()
            done(result)

        def ended_by_cancel() -> None:
            if self.task is job:
                self._ended()
            if cancelled is not None:
                cancelled()

        op.success(finished).on_progress(self._progressed).on_cancelled(ended_by_cancel)
        op.failure(failed_text, then=lambda _e: (self._ended(), self.status.setText(failed_text)))
        self.progress.setRange(0, 0)
        self.progress.show()
        job = self.task = op.run_in_background()

    def _progressed(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if name:
            self.status.setText(
                translate("ImportDialog", "{done} of {total}: {name}").format(
                    done=done, total=total, name=Path(name).name
                )
            )

    def _ended(self) -> None:
        self.task = None
        self.progress.hide()

    def _planned(self, plan) -> None:
        self.plan = plan
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for proposal in plan.proposals:
            self._add_row(proposal)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        for column, most in ((0, 220), (2, 300), (5, 260)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), most))
        self._count()

    def _add_row(self, proposal) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(Path(proposal.file).name)
        name.setToolTip(tip(proposal.file))
        flags = name.flags() | Qt.ItemFlag.ItemIsUserCheckable
        if proposal.status == "failed":
            flags &= ~Qt.ItemFlag.ItemIsEnabled
        name.setFlags(flags)
        name.setCheckState(Qt.CheckState.Checked if proposal.include else Qt.CheckState.Unchecked)
        self.table.setItem(row, 0, name)
        if proposal.changeable:
            kind = QComboBox(objectName=f"kind_{row}")
            for choice in KINDS:
                kind.addItem(label(choice), choice)
            kind.setCurrentIndex(max(0, kind.findData(proposal.kind)))
            kind.currentIndexChanged.connect(lambda _i, r=row: self._edited(r))
            self.table.setCellWidget(row, 1, kind)
            target = QComboBox(objectName=f"target_{row}")
            self._fill_targets(target, proposal)
            target.currentIndexChanged.connect(lambda _i, r=row: self._edited(r))
            self.table.setCellWidget(row, 5, target)
        else:
            self.table.setItem(row, 1, QTableWidgetItem(label(proposal.kind) if proposal.kind else ""))
            self.table.setItem(row, 5, QTableWidgetItem(""))
        for column, text in ((2, proposal.title), (3, proposal.date), (4, proposal.language)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        status = QTableWidgetItem(_status_text(proposal))
        status.setToolTip(tip(status.text()))
        self.table.setItem(row, 6, status)

    def _fill_targets(self, combo: QComboBox, proposal) -> None:
        from ..services.importing import LIBRARY, NEW_CONFERENCE

        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("ImportDialog", "Library (no conference)"), LIBRARY)
        for conference_id, title in self.conferences:
            combo.addItem(title, conference_id)
        if proposal is not None and proposal.target == NEW_CONFERENCE:
            combo.addItem(
                translate("ImportDialog", "New conference: {title}").format(title=proposal.conference_title),
                NEW_CONFERENCE,
            )
        if proposal is not None:
            combo.setCurrentIndex(max(0, combo.findData(proposal.target)))
        combo.blockSignals(False)

    def _edited(self, row: int) -> None:
        proposal = self.plan.proposals[row]
        kind = self.table.cellWidget(row, 1)
        target = self.table.cellWidget(row, 5)
        if isinstance(kind, QComboBox):
            proposal.kind = Kind(kind.currentData())  # the combo gives the value back as text
        if isinstance(target, QComboBox):
            proposal.target = target.currentData()
        self._count()

    def _checked(self, item: QTableWidgetItem) -> None:
        if item.column() == 0 and self.plan is not None and item.row() < len(self.plan.proposals):
            self.plan.proposals[item.row()].include = item.checkState() == Qt.CheckState.Checked
            self._count()

    def _all_to(self, index: int) -> None:
        value = self.all_target.itemData(index)
        if value is None or self.plan is None:
            return
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 5)
            if isinstance(combo, QComboBox):
                combo.setCurrentIndex(max(0, combo.findData(value)))

    def _count(self) -> None:
        proposals = self.plan.proposals if self.plan else []
        chosen = sum(1 for p in proposals if p.include)
        self.import_button.setEnabled(chosen > 0)
        self.import_button.setText(
            translate("ImportDialog", "Import {n} of {total}").format(n=chosen, total=len(proposals))
        )
        self.status.setText(
            translate("ImportDialog", "Files read: {n}. Ticked to come in: {chosen}.").format(
                n=len(proposals), chosen=chosen
            )
        )

    def _add_files(self) -> None:
        from .import_ui import FILE_FILTER

        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("ImportDialog", "Add files"), str(Path.home()), translate("Import", FILE_FILTER)
        )
        if paths:
            self.paths += [Path(p) for p in paths]
            self.read()

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("ImportDialog", "Add a folder"), str(Path.home())
        )
        if folder:
            self.paths.append(Path(folder))
            self.read()

    # ---- importing --------------------------------------------------------
    def start_import(self) -> None:
        if self.plan is None or self.task is not None:
            return
        self.w.editor.save(switching=True)
        self.import_button.setEnabled(False)
        self.table.setEnabled(False)
        self.status.setText(translate("ImportDialog", "Importing…"))
        plan, store_path = self.plan, self.store_path
        folder = self.w.settings.prefs.backup_dir.strip()

        def work(job: Job):
            from ..services.backups import Backups
            from ..services.importing import import_plan

            # a bulk change: a snapshot first (skipped when nothing changed since the last one)
            Backups(store_path, folder=Path(folder) if folder else None).snapshot_on_open()
            return import_plan(store_path, plan, progress=job.progress, cancelled=lambda: job.cancelled)

        # published on the window's bus: the report's Changes; when cancelled (the dialog closed),
        # what came in before stays, and the window shows it
        bus = self.w.bus
        self._run(
            CollectionOp(self, work, name="import"),
            self._imported,
            translate("Import", "The import did not finish; what came in before stays."),
            cancelled=lambda: bus.publish(Changes(kinds=frozenset(Kind), revisions=True), None),
        )

    def _imported(self, report) -> None:
        from .import_ui import summary

        self.report = report  # its Changes are already published (a CollectionOp)
        self.intro.setText(translate("ImportDialog", "Done. Double-click an item to open it."))
        self.result_label.setText(summary(report))
        self.result.clear()
        for entry in report.imported + report.merged:
            if not entry.get("id"):
                continue
            kind = Kind(entry["kind"])
            record = self.w.records.find(kind, entry["id"])
            title = record.display_title if record is not None else entry.get("title", "")
            where = ""
            if record is not None and kind is not Kind.CONFERENCE:
                conference_id = getattr(record, "conference_id", None)
                where = dict(self.conferences).get(conference_id, "") if conference_id else ""
                if conference_id and not where:
                    found = self.w.records.find(Kind.CONFERENCE, conference_id)
                    where = (found.short_title or found.title) if found else ""
                where = where or translate("ImportDialog", "Library")
            text = f"{label(kind)}: {title}" + (f"  ({where})" if where else "")
            item = QListWidgetItem(text)
            item.setData(ITEM_ROLE, (kind, entry["id"]))
            item.setToolTip(tip(entry.get("file", "")))
            self.result.addItem(item)
        self.pages.setCurrentIndex(1)
        self.status.setText("")
        self.import_button.hide()
        self.close_button.setText(translate("ImportDialog", "Close"))

    def _open(self, item: QListWidgetItem) -> None:
        data = item.data(ITEM_ROLE)
        if data:
            self.w.open_item(*data)

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()  # what came in before stays (the import commits in batches)
            self.task = None  # the dialog is gone when the worker says it stopped
        super().reject()
