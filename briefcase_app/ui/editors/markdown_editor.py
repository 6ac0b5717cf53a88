"""A Markdown text with its live preview beside it (or hidden), and a find bar (Ctrl+F)."""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QImage
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.attachments import MAX_IMAGE_BYTES
from ..i18n import translate
from ..plain import PlainLabel
from .preview import SafePreview


class FindBar(QWidget):
    def __init__(self, editor: QPlainTextEdit, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.field = QLineEdit(placeholderText=translate("Editor", "Find in text"))
        self.field.setObjectName("find_field")
        self.result = PlainLabel()
        close = QPushButton(translate("Editor", "Close"))
        close.setFlat(True)
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.result)
        layout.addWidget(close)
        self.field.returnPressed.connect(self.find_next)
        self.field.textChanged.connect(lambda _t: self.find_next(from_start=True))
        self.hide()

    def open_bar(self) -> None:
        self.show()
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)

    def find_next(self, from_start: bool = False) -> bool:
        text = self.field.text()
        if not text:
            self.result.clear()
            return False
        if from_start:
            cursor = self.editor.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.editor.setTextCursor(cursor)
        found = self.editor.find(text)
        if not found:  # wrap around
            cursor = self.editor.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.editor.setTextCursor(cursor)
            found = self.editor.find(text)
        self.result.setText("" if found else translate("Editor", "Not found"))
        return found


class _ImageDropText(QPlainTextEdit):
    """A plain-text editor where a pasted or dropped PNG or JPEG becomes an attachment of the
    item (`attach_image(bytes, name)` returns the Markdown that shows it, or None)."""

    IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")

    def __init__(self):
        super().__init__()
        self.attach_image = None

    def _images(self, source) -> list[tuple[bytes, str]]:
        found: list[tuple[bytes, str]] = []
        for url in source.urls() if source.hasUrls() else []:
            path = url.toLocalFile()
            if path and path.lower().endswith(self.IMAGE_SUFFIXES):
                try:
                    with open(path, "rb") as f:
                        found.append((f.read(MAX_IMAGE_BYTES + 1), os.path.basename(path)))
                except OSError:
                    continue
        if not found and source.hasImage():
            image = source.imageData()
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            if isinstance(image, QImage) and not image.isNull() and image.save(buffer, "PNG"):
                found.append((bytes(buffer.data()), "pasted.png"))
        return found

    def canInsertFromMimeData(self, source) -> bool:  # noqa: N802 - Qt's name
        if self.attach_image is not None and (source.hasImage() or source.hasUrls()):
            return True
        return super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt's name
        images = self._images(source) if self.attach_image is not None else []
        if not images:
            if source.hasText():
                super().insertFromMimeData(source)
            return
        references = [ref for data, name in images if (ref := self.attach_image(data, name))]
        if references:
            self.textCursor().insertText("\n\n".join(references) + "\n")


class MarkdownEditor(QWidget):
    """Emits `edited` on every change of the text; the panel decides when to save."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = _ImageDropText()
        self.text.setObjectName("text_editor")
        self.text.setTabChangesFocus(False)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(font.pointSizeF() + 1)
        self.text.setFont(font)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.preview = SafePreview()
        self.find_bar = FindBar(self.text)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("editor_splitter")
        self.splitter.addWidget(self.text)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.find_bar)
        self._preview_timer = QTimer(self, singleShot=True, interval=250)
        self._preview_timer.timeout.connect(self._refresh_preview)
        self.text.textChanged.connect(self._changed)
        self._loading = False

    def set_text(self, text: str) -> None:
        """Replace the text (opening an item): a fresh undo history, no `edited`."""
        self._loading = True
        self.text.setPlainText(text)
        self.text.document().setUndoRedoEnabled(False)
        self.text.document().setUndoRedoEnabled(True)  # clears the history
        self.text.document().setModified(False)
        self._loading = False
        self._refresh_preview()

    def plain_text(self) -> str:
        return self.text.toPlainText()

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        if visible:
            self._refresh_preview()

    def _changed(self) -> None:
        if self._loading:
            return
        self.edited.emit()
        if self.preview.isVisible():
            big = self.text.document().characterCount() > 100_000
            self._preview_timer.start(1500 if big else 250)  # a long text: preview when typing pauses

    def _refresh_preview(self) -> None:
        if self.preview.isVisible() or not self.isVisible():
            self.preview.show_markdown(self.plain_text())
