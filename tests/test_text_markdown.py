"""Markdown to blocks: every construct the PDF needs, raw HTML kept as text, never raised."""

from __future__ import annotations

import pytest

from briefcase_app.text import blocks as b
from briefcase_app.text.markdown import safe_href, to_blocks
from briefcase_app.text.normalise import MAX_WORD, clean, shorten_long_words


def test_headings_paragraphs_and_inline_styles():
    blocks = to_blocks("# Title *it*\n\nSome **bold**, *em*, `a < b` and [link](https://x.org/?a=1&b=2).")
    assert blocks[0] == b.Heading(1, [b.Text("Title "), b.Emph([b.Text("it")])])
    para = blocks[1]
    assert isinstance(para, b.Para)
    kinds = [type(n) for n in para.inlines]
    assert kinds == [b.Text, b.Strong, b.Text, b.Emph, b.Text, b.Code, b.Text, b.Link, b.Text]
    assert para.inlines[5] == b.Code("a < b")  # python-markdown's escaping is undone
    assert para.inlines[7].href == "https://x.org/?a=1&b=2"


def test_nested_lists_keep_order_start_and_nesting():
    blocks = to_blocks("3. three\n4. four\n    - inner a\n    - inner b\n")
    outer = blocks[0]
    assert isinstance(outer, b.ListBlock) and outer.ordered and outer.start == 3
    inner = outer.items[1][1]
    assert isinstance(inner, b.ListBlock) and not inner.ordered
    assert [b.plain_text(item[0].inlines) for item in inner.items] == ["inner a", "inner b"]


def test_table_with_alignment_and_ragged_rows():
    blocks = to_blocks("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n| only |\n")
    table = blocks[0]
    assert isinstance(table, b.Table)
    assert table.aligns == ["left", "center", "right"]
    assert [b.plain_text(c) for c in table.header] == ["a", "b", "c"]
    assert all(len(row) == 3 for row in table.rows)


def test_fenced_and_indented_code_keep_their_text():
    blocks = to_blocks("```python\nif a < b and c & d:\n    pass\n```\n\n    indented <x> &amp;\n")
    assert blocks[0] == b.CodeBlock("if a < b and c & d:\n    pass", "python")
    assert blocks[1] == b.CodeBlock("indented <x> &amp;", "")


def test_quote_rule_image_and_footnotes():
    blocks = to_blocks("> quoted[^n]\n\n---\n\n![A map](map.png)\n\n[^n]: The note.\n")
    assert isinstance(blocks[0], b.Quote)
    assert b.FootRef("1") in blocks[0].blocks[0].inlines
    assert isinstance(blocks[1], b.Rule)
    assert blocks[2] == b.Image("A map", "map.png")
    assert blocks[3] == b.Footnotes([("1", [b.Para([b.Text("The note.")])])])


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        '<img src="/etc/passwd">',
        "<div>block</div>",
        "a <b>bold</b> word",
        "R&D & AT&T &unknown;",
    ],
)
def test_raw_html_stays_text_as_typed(source):
    blocks = to_blocks(source)
    assert len(blocks) == 1 and isinstance(blocks[0], b.Para)
    assert b.plain_text(blocks[0].inlines) == source


def test_character_references_are_read_as_characters():
    (para,) = to_blocks("R&amp;D &lt;b&gt; &copy;&nbsp;2012 &#65; <a.seitkali@mfa.kz> `&amp;`")
    assert b.plain_text(para.inlines) == "R&D <b> ©\xa02012 A a.seitkali@mfa.kz &amp;"
    link = next(n for n in para.inlines if isinstance(n, b.Link))
    assert link.href == "mailto:a.seitkali@mfa.kz"


def test_control_and_invisible_characters_are_removed():
    assert clean("a\x00b\x1b[0m\u200fc\ufeff\r\nd\te") == "ab[0mc\nd\te"
    blocks = to_blocks("x\x02wzxhzdk:0\x03y")  # a forged python-markdown placeholder
    assert b.plain_text(blocks[0].inlines) == "xwzxhzdk:0y"


def test_long_words_are_shortened_and_say_so():
    text = shorten_long_words("short " + "x" * 5000)
    word = text.split()[1]
    assert len(word) == MAX_WORD and text.endswith("[5,000 characters shortened]")


@pytest.mark.parametrize(
    "href,safe",
    [
        ("https://a.org", True),
        ("mailto:x@y.z", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
    ],
)
def test_only_web_and_mail_links_are_links(href, safe):
    assert (safe_href(href) is not None) is safe


def test_deep_nesting_does_not_raise():
    source = "".join("    " * i + f"- level {i}\n" for i in range(50))
    source += "".join(">" * i + f" q{i}\n\n" for i in range(1, 51))
    assert to_blocks(source)
