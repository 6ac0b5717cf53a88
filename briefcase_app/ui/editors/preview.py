"""Markdown preview that never loads an image or follows a link from the text."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QPalette, QTextCursor, QTextDocument
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

    def loadResource(self, _type: int, _name: QUrl):  # noqa: N802 - Qt's name
        return None  # no images, no style sheets, nothing from disk or network

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
