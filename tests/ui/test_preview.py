"""The preview shows Markdown safely, and stays readable on a dark palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from briefcase_app.ui.editors.preview import PREVIEW_LIMIT, SafePreview


def test_no_images_links_or_raw_html(qtbot):
    preview = SafePreview()
    qtbot.addWidget(preview)
    preview.show_markdown("# Title\n\n<script>alert(1)</script> ![x](/etc/passwd) [a](http://example.com)")
    html = preview.toHtml()
    assert "<script" not in html and "/etc/passwd" not in html
    assert preview.loadResource(0, None) is None
    assert not preview.openLinks() and not preview.openExternalLinks()


def test_dark_palette_swaps_the_light_backgrounds(qtbot):
    preview = SafePreview()
    qtbot.addWidget(preview)
    palette = preview.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    preview.setPalette(palette)
    preview.show_markdown("```\ncode\n```")
    assert "#f4f4f4" not in preview.toHtml()
    assert "#2d2d2d" in preview.toHtml()  # the code block's background, darkened


def test_a_huge_text_previews_its_beginning(qtbot):
    preview = SafePreview()
    qtbot.addWidget(preview)
    preview.show_markdown("word " * (PREVIEW_LIMIT // 4))
    assert "first 200,000 characters" in preview.toPlainText()
