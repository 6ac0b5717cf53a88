"""Markdown to a block tree (for pdf/) and to sanitised HTML (for the window's preview).

Raw HTML in the source is never executed or passed on: it is shown as the text typed.
"""

from __future__ import annotations

import html
import re
import threading

import markdown
from markdown.extensions.footnotes import FN_BACKLINK_TEXT, NBSP_PLACEHOLDER
from markdown.inlinepatterns import SimpleTagInlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE, HTML_PLACEHOLDER

from . import blocks as b
from .lists import normalise_list_indents
from .normalise import clean

EXTENSIONS = ["tables", "fenced_code", "footnotes", "sane_lists"]
#: python-markdown parts that pass raw HTML or entities through; without them it stays text.
_RAW_HTML_PARTS = (("preprocessors", "html_block"), ("inlinePatterns", "html"), ("inlinePatterns", "entity"))
_PLACEHOLDER = re.compile(HTML_PLACEHOLDER.replace("%s", r"(\d+)"))
_STASHED_CODE = re.compile(r"<pre[^>]*><code(?: class=\"([^\"]*)\")?[^>]*>(.*)</code></pre>", re.S)
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "hr", "div"}
SAFE_LINK_SCHEMES = ("http://", "https://", "mailto:")


class _Capture(Treeprocessor):
    """Keeps the finished element tree (after inline patterns and unescaping)."""

    def run(self, root):
        self.md.captured_root = root


_local = threading.local()


def _parser() -> markdown.Markdown:
    """One configured parser per thread (building one costs about a millisecond)."""
    md = getattr(_local, "md", None)
    if md is None:
        md = markdown.Markdown(extensions=EXTENSIONS)
        for registry, name in _RAW_HTML_PARTS:
            getattr(md, registry).deregister(name, strict=False)
        md.treeprocessors.register(_Capture(md), "briefcase_capture", -100)
        md.inlinePatterns.register(
            SimpleTagInlineProcessor(r"(~{2})(?!\s)(.+?)(?<!\s)~{2}", "del"), "strike", 65
        )
        _local.md = md
    md.reset()
    md.captured_root = None
    return md


def to_blocks(source: str | None) -> list:
    """Any text gives a list of blocks; nothing in it is read from disk or the network."""
    md = _parser()
    md.convert(normalise_list_indents(clean(source)))
    root = md.captured_root
    if root is None:
        return []
    return _Walker(md.htmlStash.rawHtmlBlocks).container(root)


class _Walker:
    def __init__(self, stash: list):
        self.stash = stash

    # ---- blocks ----------------------------------------------------------
    def container(self, el) -> list:
        """Blocks of an element whose children may mix loose text and block elements."""
        out: list = []
        run: list = []

        def flush():
            if run and b.plain_text(run).strip():
                out.append(b.Para(_trim(run[:])))
            run.clear()

        if el.text:
            run.extend(self.text(el.text))
        for child in el:
            if child.tag in _BLOCK_TAGS:
                flush()
                out.extend(self.block(child))
            else:
                run.extend(self.inline(child))
            if child.tail:
                run.extend(self.text(child.tail))
        flush()
        return out

    def block(self, el) -> list:
        tag = el.tag
        if tag == "p":
            return self.paragraph(el)
        if tag[0] == "h" and tag[1:].isdigit():
            return [b.Heading(int(tag[1:]), _trim(self.inlines(el)))]
        if tag in ("ul", "ol"):
            items = [self.container(li) for li in el if li.tag == "li"]
            start = _int(el.get("start"), 1) if tag == "ol" else 1
            return [b.ListBlock(tag == "ol", items, start)]
        if tag == "blockquote":
            return [b.Quote(self.container(el))]
        if tag == "pre":
            code = el.find("code")
            text = html.unescape("".join((code if code is not None else el).itertext()))
            return [
                b.CodeBlock(text.rstrip("\n"), _language((code if code is not None else el).get("class")))
            ]
        if tag == "hr":
            return [b.Rule()]
        if tag == "table":
            return [self.table(el)]
        if tag == "div" and "footnote" in (el.get("class") or ""):
            return [self.footnotes(el)]
        return self.container(el)

    def paragraph(self, el) -> list:
        only = el.text and _PLACEHOLDER.fullmatch(el.text.strip()) and len(el) == 0
        if only:
            return [self._stashed(int(_PLACEHOLDER.fullmatch(el.text.strip()).group(1)))]
        kids = list(el)
        if len(kids) == 1 and kids[0].tag == "img" and not (el.text or "").strip():
            if not (kids[0].tail or "").strip():
                return [b.Image(kids[0].get("alt") or "", kids[0].get("src") or "")]
        inlines = _trim(self.inlines(el))
        return [b.Para(inlines)] if inlines else []

    def _stashed(self, index: int):
        raw = self.stash[index] if 0 <= index < len(self.stash) else ""
        m = _STASHED_CODE.search(str(raw))
        if m:
            return b.CodeBlock(html.unescape(m.group(2)).rstrip("\n"), _language(m.group(1)))
        return b.Para([b.Text(str(raw))])

    def table(self, el) -> b.Table:
        header: list = []
        rows: list = []
        aligns: list[str] = []
        for tr in el.iter("tr"):
            cells = [c for c in tr if c.tag in ("th", "td")]
            content = [_trim(self.inlines(c)) for c in cells]
            if all(c.tag == "th" for c in cells) and not header and not rows:
                header = content
                aligns = [_align(c.get("style")) for c in cells]
            else:
                rows.append(content)
        width = max([len(header)] + [len(r) for r in rows] + [1])
        header = header + [[] for _ in range(width - len(header))] if header else []
        rows = [r + [[] for _ in range(width - len(r))] for r in rows]
        aligns = (aligns + ["left"] * width)[:width]
        return b.Table(header, rows, aligns)

    def footnotes(self, el) -> b.Footnotes:
        items = []
        ol = el.find("ol")
        for number, li in enumerate(ol if ol is not None else [], start=1):
            items.append((str(number), self.container(li)))
        return b.Footnotes(items)

    # ---- inlines ---------------------------------------------------------
    def inlines(self, el) -> list:
        out: list = list(self.text(el.text)) if el.text else []
        for child in el:
            out.extend(self.inline(child))
            if child.tail:
                out.extend(self.text(child.tail))
        return out

    def inline(self, el) -> list:
        tag = el.tag
        if tag == "strong":
            return [b.Strong(self.inlines(el))]
        if tag == "em":
            return [b.Emph(self.inlines(el))]
        if tag == "code":  # python-markdown stores code text HTML-escaped
            return [b.Code(html.unescape("".join(el.itertext())))]
        if tag == "br":
            return [b.Break()]
        if tag == "img":
            return [b.ImageRef(el.get("alt") or "", el.get("src") or "")]
        if tag == "sup" and el.find("a") is not None and "fnref" in (el.get("id") or ""):
            return [b.FootRef("".join(el.itertext()).strip())]
        if tag == "del":
            return [b.Strike(self.inlines(el))]
        if tag == "a":
            if "footnote-backref" in (el.get("class") or ""):
                return []
            return [b.Link(_decoded(el.get("href") or ""), self.inlines(el))]
        if tag in _BLOCK_TAGS:  # a block inside a line (should not happen): keep its words
            return [b.Text(" ".join(el.itertext()))]
        return self.inlines(el)

    def text(self, text: str) -> list:
        """Text nodes of a run: entities (&copy;, and the ones python-markdown writes for an
        e-mail autolink) become their characters; stashed code keeps its text as typed."""
        if HTML_PLACEHOLDER[0] not in text:
            return [b.Text(_decoded(text))]
        text = text.replace(NBSP_PLACEHOLDER, "\xa0").replace(FN_BACKLINK_TEXT, "")
        text = text.replace(AMP_SUBSTITUTE, "&")
        if HTML_PLACEHOLDER[0] not in text:
            return [b.Text(_decoded(text))]
        out: list = []
        pos = 0
        for m in _PLACEHOLDER.finditer(text):
            out.append(b.Text(_decoded(text[pos : m.start()])))
            stashed = self._stashed(int(m.group(1)))
            out.append(b.Text(stashed.text if isinstance(stashed, b.CodeBlock) else ""))
            pos = m.end()
        rest = text[pos:].replace(HTML_PLACEHOLDER[0], "").replace(HTML_PLACEHOLDER[-1], "")
        out.append(b.Text(_decoded(rest)))
        return [t for t in out if t.text]


def _decoded(text: str) -> str:
    """Character references (&nbsp; &copy; &#97;) as the characters they name."""
    text = text.replace(AMP_SUBSTITUTE, "&")
    return html.unescape(text) if "&" in text else text


def _trim(inlines: list) -> list:
    """Drop leading and trailing whitespace of a run (python-markdown leaves newlines)."""
    if inlines and isinstance(inlines[0], b.Text):
        inlines[0] = b.Text(inlines[0].text.lstrip())
    if inlines and isinstance(inlines[-1], b.Text):
        inlines[-1] = b.Text(inlines[-1].text.rstrip())
    return [n for n in inlines if not (isinstance(n, b.Text) and not n.text)]


def _language(css_class: str | None) -> str:
    for part in (css_class or "").split():
        if part.startswith("language-"):
            return part[len("language-") :]
    return ""


def _align(style: str | None) -> str:
    m = re.search(r"text-align:\s*(left|center|right)", style or "")
    return m.group(1) if m else "left"


def _int(value, default: int) -> int:
    try:
        return max(0, min(int(value), 10**6))
    except (TypeError, ValueError):
        return default


def safe_href(href: str) -> str | None:
    """A link target that may be shown as a link (web or mail), else None."""
    href = (href or "").strip()
    return href if href.lower().startswith(SAFE_LINK_SCHEMES) else None
