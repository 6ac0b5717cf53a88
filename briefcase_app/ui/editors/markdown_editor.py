"""A Markdown text with its live preview beside it (or hidden), a find bar (Ctrl+F), and a small
formatting toolbar above it (heading, bold, italic, link, lists, quote, table; Ctrl+B, Ctrl+I,
Ctrl+K) that writes the Markdown marks around the selection."""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QEvent, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontDatabase, QImage, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolBar,
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
        #: Ctrl+B, Ctrl+I, Ctrl+K while typing: formatting, ahead of the window's shortcuts
        self.format_keys: dict[int, object] = {}

    def _format_key(self, event):
        if event.modifiers() != Qt.KeyboardModifier.ControlModifier:
            return None
        return self.format_keys.get(event.key())

    def event(self, event):
        if event.type() == QEvent.Type.ShortcutOverride and self._format_key(event) is not None:
            event.accept()  # the key comes to keyPressEvent, not to a menu shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event):  # noqa: N802 - Qt's name
        slot = self._format_key(event)
        if slot is not None:
            slot()
            return
        super().keyPressEvent(event)

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


def _selected_lines(cursor: QTextCursor) -> tuple[int, int]:
    """The first and last block numbers the selection touches (the cursor's line without one)."""
    doc = cursor.document()
    first = doc.findBlock(cursor.selectionStart()).blockNumber()
    end = cursor.selectionEnd()
    last_block = doc.findBlock(end)
    if cursor.hasSelection() and last_block.position() == end and end > cursor.selectionStart():
        last_block = last_block.previous()  # a selection ending at a line's start leaves it out
    return first, last_block.blockNumber()


class Formatting:
    """Markdown marks put into a QPlainTextEdit, each as one step of Undo."""

    def __init__(self, text: QPlainTextEdit):
        self.text = text

    def wrap(self, mark: str) -> None:
        """**bold** / *italic* around the selection; again on marked text takes the marks off."""
        cursor = self.text.textCursor()
        selected = cursor.selectedText()
        cursor.beginEditBlock()
        if selected.startswith(mark) and selected.endswith(mark) and len(selected) >= 2 * len(mark):
            inner = selected[len(mark) : -len(mark)]
            cursor.insertText(inner)
            cursor.setPosition(cursor.position() - len(inner), QTextCursor.MoveMode.KeepAnchor)
        elif selected:
            # keep spaces outside the marks ("**word** " not "**word **")
            stripped = selected.rstrip()
            trailing = selected[len(stripped) :]
            cursor.insertText(f"{mark}{stripped}{mark}{trailing}")
            end = cursor.position() - len(trailing) - len(mark)
            cursor.setPosition(end - len(stripped))
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.insertText(mark * 2)
            cursor.setPosition(cursor.position() - len(mark))
        cursor.endEditBlock()
        self.text.setTextCursor(cursor)

    def link(self) -> None:
        """[selected words](address) with "address" selected to type over."""
        cursor = self.text.textCursor()
        words = cursor.selectedText() or translate("Editor", "link text")
        address = translate("Editor", "address")
        cursor.beginEditBlock()
        cursor.insertText(f"[{words}]({address})")
        end = cursor.position() - 1
        cursor.setPosition(end - len(address))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.endEditBlock()
        self.text.setTextCursor(cursor)

    def prefix_lines(self, prefix: str | None) -> None:
        """Start each selected line with `prefix` ("## ", "- ", "> "), or take it off when every
        line has it; None numbers the lines "1. ", "2. "..."""
        cursor = self.text.textCursor()
        doc = self.text.document()
        first, last = _selected_lines(cursor)
        blocks = [doc.findBlockByNumber(n) for n in range(first, last + 1)]
        prefixes = [prefix if prefix is not None else f"{i}. " for i in range(1, len(blocks) + 1)]
        remove = all(b.text().startswith(p) for b, p in zip(blocks, prefixes, strict=True))
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        for block, mark in zip(blocks, prefixes, strict=True):
            edit.setPosition(block.position())
            if remove:
                edit.setPosition(block.position() + len(mark), QTextCursor.MoveMode.KeepAnchor)
                edit.removeSelectedText()
            else:
                edit.insertText(mark)
        edit.endEditBlock()
        if not cursor.hasSelection():
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            self.text.setTextCursor(cursor)

    def table(self) -> None:
        """A two-column table on lines of its own, its first cell selected."""
        column = translate("Editor", "Column")
        rows = f"| {column} | {column} |\n| --- | --- |\n|  |  |\n"
        cursor = self.text.textCursor()
        cursor.beginEditBlock()
        cursor.clearSelection()
        if cursor.positionInBlock() > 0 or cursor.block().text():
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertText("\n\n")
        start = cursor.position()
        cursor.insertText(rows)
        cursor.setPosition(start + 2)
        cursor.setPosition(start + 2 + len(column), QTextCursor.MoveMode.KeepAnchor)
        cursor.endEditBlock()
        self.text.setTextCursor(cursor)


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
        self.text.setPlaceholderText(
            translate("Editor", "Write here. Markdown: # heading, **bold**, *italic*, - list, > quote.")
        )
        self.formatting = Formatting(self.text)
        self.toolbar = self._toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.find_bar)
        self._preview_timer = QTimer(self, singleShot=True, interval=250)
        self._preview_timer.timeout.connect(self._refresh_preview)
        self.text.textChanged.connect(self._changed)
        self._loading = False

    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName("format_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        f = self.formatting
        buttons = (
            ("heading", translate("Editor", "Heading"), translate("Editor", "Heading (## at the line's start)"), None, lambda: f.prefix_lines("## ")),
            ("bold", translate("Editor", "Bold"), translate("Editor", "Bold (Ctrl+B)"), "Ctrl+B", lambda: f.wrap("**")),
            ("italic", translate("Editor", "Italic"), translate("Editor", "Italic (Ctrl+I)"), "Ctrl+I", lambda: f.wrap("*")),
            ("link", translate("Editor", "Link"), translate("Editor", "Link (Ctrl+K)"), "Ctrl+K", f.link),
            ("bullets", translate("Editor", "• List"), translate("Editor", "Bulleted list"), None, lambda: f.prefix_lines("- ")),
            ("numbers", translate("Editor", "1. List"), translate("Editor", "Numbered list"), None, lambda: f.prefix_lines(None)),
            ("quote", translate("Editor", "Quote"), translate("Editor", "Quotation (> at the line's start)"), None, lambda: f.prefix_lines("> ")),
            ("table", translate("Editor", "Table"), translate("Editor", "Insert a table"), None, f.table),
        )  # fmt: skip
        self.format_actions: dict[str, QAction] = {}
        for name, text, tooltip, keys, slot in buttons:
            action = QAction(text, self)
            action.setObjectName(f"format_{name}")
            action.setToolTip(tooltip)
            if keys:  # only while typing in the text (elsewhere Ctrl+K is Search)
                self.text.format_keys[QKeySequence(keys)[0].key()] = lambda s=slot: self._format(s)
            action.triggered.connect(lambda _checked=False, s=slot: self._format(s))
            bar.addAction(action)
            self.format_actions[name] = action
        font = bar.font()
        for name in ("bold", "italic"):
            button = bar.widgetForAction(self.format_actions[name])
            styled = font
            styled.setBold(name == "bold")
            styled.setItalic(name == "italic")
            button.setFont(styled)
            font = bar.font()
        return bar

    def _format(self, slot) -> None:
        slot()
        self.text.setFocus()

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
