"""The window's preview HTML: only our own tags; no raw HTML, no images, no live links."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefcase_app.text.preview import to_preview_html

ALLOWED_TAGS = {
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table", "tr", "th", "td", "blockquote",
    "pre", "hr", "b", "i", "code", "span", "sup", "br", "html", "head", "style", "body",
}  # fmt: skip


def tags(html: str) -> set[str]:
    return {m.lower() for m in re.findall(r"</?([a-zA-Z0-9]+)", html)}


def test_renders_markdown():
    html = to_preview_html("# T\n\n**b** *i* `c`\n\n| a |\n|---|\n| 1 |\n")
    assert "<h1>T</h1>" in html and "<b>b</b>" in html and "<td" in html


def test_raw_html_images_and_links_are_inert():
    html = to_preview_html(
        '<script>alert(1)</script> <img src="/etc/passwd"> [x](javascript:alert(1)) ![m](http://e.invalid/a.png)'
    )
    assert "<script" not in html and "<img" not in html
    assert not re.search(r"<[^>]*\b(?:href|src)=", html)  # no attribute that loads or links
    assert "&lt;script&gt;" in html
    assert "[Image: m]" in html
    assert tags(html) <= ALLOWED_TAGS


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("<>&\"'/=#*_`[]()!|-: \nabcимә") + ["<script>", "<img src=x>", "\n\n"])
    ).map("".join)
)
def test_any_text_gives_only_allowed_tags(source):
    assert tags(to_preview_html(source, full_page=True)) <= ALLOWED_TAGS
