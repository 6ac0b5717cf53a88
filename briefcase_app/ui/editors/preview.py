"""Markdown preview that follows no link and loads no image from disk or network: only the
attachments the store keeps (`attachment:<sha256>`), through `load_attachment`."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from ...text.bidi import is_rtl_paragraph
from ..i18n import translate

#: beyond this, the preview shows the beginning only (typing must stay fast with 5 MB pasted).
PREVIEW_LIMIT = 200_000


def render_html(markdown_text: str) -> str | None:
    """Sanitised HTML from text/ (built from its block tree: no raw HTML, inert links)."""
    try:
        from ...text.preview import to_preview_html
    except ImportError:  # pragma: no cover - text/ is part of the package
        return None
    return to_preview_html(markdown_text, full_page=True)


#: text/preview.py's style sheet is for a light page; on a dark palette these colours swap.
DARK_SWAPS = (
    ("#e8ecf1", "#3a4654"),
    ("#f4f4f4", "#2d2d2d"),
    ("color:#333", "color:#d0d0d0"),
    ("color:#555", "color:#b0b0b0"),
    ("#1f3a5f", "#8fb8e8"),
)


def for_palette(html: str, dark: bool) -> str:
    if dark:
        for light, dark_colour in DARK_SWAPS:
            html = html.replace(light, dark_colour)
    return html


def right_to_left(document: QTextDocument) -> None:
    """Paragraphs whose first letter is Arabic, Hebrew, Persian... read right to left (the HTML
    import makes every block left-to-right); the others keep their direction."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        if is_rtl_paragraph(block.text()):
            fmt = block.blockFormat()
            fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
        block = block.next()


class SafePreview(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("preview")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        #: sha256 -> the attachment's bytes, or None (set by the editor panel with a store open)
        self.load_attachment = None

    def loadResource(self, _type: int, name: QUrl):  # noqa: N802 - Qt's name
        """An attachment from the store, scaled to the preview's width; nothing else is loaded."""
        if not isinstance(name, QUrl) or name.scheme() != "attachment" or self.load_attachment is None:
            return None  # no style sheets, nothing from disk or network
        data = self.load_attachment(name.path())
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            return None
        width = max(80, self.viewport().width() - 24)
        if image.width() > width:
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        return image

    def show_markdown(self, text: str) -> None:
        note = ""
        if len(text) > PREVIEW_LIMIT:
            text = text[:PREVIEW_LIMIT]
            note = translate("Editor", "The preview shows the first 200,000 characters.")
        html = render_html(text)
        bar = self.verticalScrollBar().value()
        if html is not None:
            if note:
                html = html.replace("</body>", f"<hr/><p><i>{escape(note)}</i></p></body>")
            dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
            self.setHtml(for_palette(html, dark))
        else:
            self.document().setMarkdown(
                text + (f"\n\n---\n\n*{note}*" if note else ""),
                QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                | QTextDocument.MarkdownFeature.MarkdownNoHTML,
            )
        right_to_left(self.document())
        self.verticalScrollBar().setValue(bar)
