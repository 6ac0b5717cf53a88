"""Preferences: PDF font, default marking, speaking rate, when a fact is old, where backups go."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...domain.printing import BODY_SIZES as PDF_SIZES
from .. import plain
from ..i18n import LANGUAGES, translate
from ..settings import Preferences

MARKINGS = ["OFFICIAL", "OFFICIAL-SENSITIVE", "RESTRICTED", "CONFIDENTIAL", "SECRET", "UNCLASSIFIED"]


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.prefs = prefs
        self.font = QLineEdit(prefs.pdf_font)
        self.font.setObjectName("pref_pdf_font")
        self.font.setPlaceholderText(
            translate("Preferences", "automatic (DejaVu, Noto, Liberation or Arial)")
        )
        font_row = self._row(self.font, self._browse_font)
        self.marking = QComboBox(editable=True)
        self.marking.setObjectName("pref_marking")
        self.marking.addItems(MARKINGS)
        self.marking.setCurrentText(prefs.default_marking)
        self.rate = QSpinBox(minimum=60, maximum=250, suffix=translate("Preferences", " words a minute"))
        self.rate.setObjectName("pref_rate")
        self.rate.setValue(prefs.speaking_rate)
        self.old = QSpinBox(minimum=1, maximum=3650, suffix=translate("Preferences", " days"))
        self.old.setObjectName("pref_old_days")
        self.old.setValue(prefs.old_fact_days)
        self.backups = QLineEdit(prefs.backup_dir)
        self.backups.setObjectName("pref_backups")
        self.backups.setPlaceholderText(translate("Preferences", "next to the store"))
        backup_row = self._row(self.backups, self._browse)
        self.size = QComboBox()
        self.size.setObjectName("pref_pdf_size")
        for points in PDF_SIZES:
            self.size.addItem(translate("Preferences", "{points} pt").format(points=f"{points:g}"), points)
        self.size.setCurrentIndex(max(0, self.size.findData(prefs.pdf_size)))
        self.preview = QCheckBox(translate("Preferences", "Show the preview beside the text"))
        self.preview.setChecked(prefs.live_preview)

        self.language = QComboBox()
        self.language.setObjectName("pref_language")
        self.language.addItem(translate("Preferences", "The system's language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))

        form = QFormLayout(self)
        form.addRow(translate("Preferences", "Language"), self.language)
        form.addRow(translate("Preferences", "PDF font file"), font_row)
        form.addRow(translate("Preferences", "PDF body text"), self.size)
        form.addRow(translate("Preferences", "Default marking"), self.marking)
        form.addRow(translate("Preferences", "Speaking rate"), self.rate)
        form.addRow(translate("Preferences", "A fact counts as old after"), self.old)
        form.addRow(translate("Preferences", "Backups go to"), backup_row)
        form.addRow("", self.preview)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _row(line: QLineEdit, browse_slot) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(line, 1)
        browse = QPushButton(translate("Preferences", "Choose…"))
        browse.clicked.connect(browse_slot)
        layout.addWidget(browse)
        return row

    def _browse_font(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self,
            translate("Preferences", "PDF font"),
            self.font.text(),
            translate("Preferences", "TrueType fonts (*.ttf *.otf)"),
        )
        if path:
            self.font.setText(path)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("Preferences", "Backups go to"), self.backups.text()
        )
        if folder:
            self.backups.setText(folder)

    def accept(self) -> None:
        self.prefs.pdf_font = self.font.text().strip()
        self.prefs.default_marking = self.marking.currentText().strip() or "OFFICIAL"
        self.prefs.speaking_rate = self.rate.value()
        self.prefs.old_fact_days = self.old.value()
        self.prefs.backup_dir = self.backups.text().strip()
        self.prefs.live_preview = self.preview.isChecked()
        self.prefs.pdf_size = float(self.size.currentData())
        language = self.language.currentData() or ""
        self.language_changed = language != self.prefs.language
        self.prefs.language = language
        super().accept()
        if self.language_changed:
            plain.information(
                self,
                translate("Preferences", "Preferences"),
                translate(
                    "Preferences",
                    "The new language is used from the next start of Briefcase. "
                    "Your work is saved: close Briefcase and open it again to switch now.",
                ),
            )
