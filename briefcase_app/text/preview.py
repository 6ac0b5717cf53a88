"""Markdown to HTML for the window's live preview: built from the block tree, so nothing but
the tags written here can appear; no raw HTML, links are inert, and the only images are
attachments kept in the store (`attachment:<sha256>`), which the preview asks the store for."""

from __future__ import annotations

from html import escape

from ..domain.attachments import REFERENCE
from . import blocks as b
from .markdown import to_blocks

PREVIEW_CSS = (
    "body{font-family:'DejaVu Sans',Arial,sans-serif}"
    "table{border-collapse:collapse}th,td{border:1px solid #999;padding:2px 6px}"
    "th{background:#e8ecf1}pre{background:#f4f4f4;padding:6px;white-space:pre-wrap}"
    "blockquote{border-left:3px solid #9aa;margin-left:0;padding-left:10px;color:#333}"
    ".image{border:1px dashed #888;padding:4px;color:#555}.figure{text-align:center}.caption{color:#555}"
    ".link{color:#1f3a5f;text-decoration:underline}"
)


def to_preview_html(source: str | None, full_page: bool = False) -> str:
    """Safe HTML of a Markdown text; `full_page` wraps it with a style sheet."""
    body = "".join(_block(block) for block in to_blocks(source))
    if not full_page:
        return body
    return f"<html><head><style>{PREVIEW_CSS}</style></head><body>{body}</body></html>"


def _block(block) -> str:
    if isinstance(block, b.Heading):
        level = min(max(block.level, 1), 6)
        return f"<h{level}>{_inlines(block.inlines)}</h{level}>"
    if isinstance(block, b.Para):
        return f"<p>{_inlines(block.inlines)}</p>"
    if isinstance(block, b.ListBlock):
        tag = "ol" if block.ordered else "ul"
        start = f' start="{block.start}"' if block.ordered and block.start != 1 else ""
        items = "".join("<li>" + "".join(_block(x) for x in item) + "</li>" for item in block.items)
        return f"<{tag}{start}>{items}</{tag}>"
    if isinstance(block, b.Table):
        head = ""
        if block.header:
            head = (
                "<tr>"
                + "".join(_cell("th", c, a) for c, a in zip(block.header, block.aligns, strict=False))
                + "</tr>"
            )
        rows = "".join(
            "<tr>" + "".join(_cell("td", c, a) for c, a in zip(row, block.aligns, strict=False)) + "</tr>"
            for row in block.rows
        )
        return f"<table>{head}{rows}</table>"
    if isinstance(block, b.Quote):
        return "<blockquote>" + "".join(_block(x) for x in block.blocks) + "</blockquote>"
    if isinstance(block, b.CodeBlock):
        return f"<pre>{escape(block.text)}</pre>"
    if isinstance(block, b.Rule):
        return "<hr/>"
    if isinstance(block, b.Image):
        match = REFERENCE.fullmatch((block.src or "").strip())
        if match:  # 64 hex digits: nothing else of the source reaches the HTML
            caption = f'<br/><span class="caption">{escape(block.alt)}</span>' if block.alt else ""
            return f'<p class="figure"><img src="attachment:{match.group(1)}"/>{caption}</p>'
        return f'<p class="image">[Image: {escape(block.alt or "no description")}]</p>'
    if isinstance(block, b.Footnotes):
        items = "".join(f"<li>{''.join(_block(x) for x in blocks)}</li>" for _label, blocks in block.items)
        return f'<hr/><ol class="footnotes">{items}</ol>'
    return ""


def _cell(tag: str, inlines: list, align: str) -> str:
    return f'<{tag} align="{align}">{_inlines(inlines)}</{tag}>'


def _inlines(nodes: list) -> str:
    out = []
    for node in nodes:
        if isinstance(node, b.Text):
            out.append(escape(node.text))
        elif isinstance(node, b.Strong):
            out.append(f"<b>{_inlines(node.children)}</b>")
        elif isinstance(node, b.Emph):
            out.append(f"<i>{_inlines(node.children)}</i>")
        elif isinstance(node, b.Code):
            out.append(f"<code>{escape(node.text)}</code>")
        elif isinstance(node, b.Link):
            out.append(f'<span class="link" title="{escape(node.href)}">{_inlines(node.children)}</span>')
        elif isinstance(node, b.FootRef):
            out.append(f"<sup>{escape(node.label)}</sup>")
        elif isinstance(node, b.ImageRef):
            out.append(f'<span class="image">[Image: {escape(node.alt or "no description")}]</span>')
        elif isinstance(node, b.Break):
            out.append("<br/>")
    return "".join(out)
