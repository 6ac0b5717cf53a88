"""The block tree between Markdown and its renderers (PDF flowables, preview HTML)."""

from __future__ import annotations

from dataclasses import dataclass, field


# ---- inline nodes -------------------------------------------------------
@dataclass
class Text:
    text: str


@dataclass
class Strong:
    children: list


@dataclass
class Emph:
    children: list


@dataclass
class Strike(Emph):
    """Struck-through text (~~like this~~); a renderer without strike shows it as emphasis."""


@dataclass
class Code:
    text: str


@dataclass
class Link:
    href: str
    children: list


@dataclass
class FootRef:
    label: str


@dataclass
class ImageRef:
    """An image inside a line of text: only its alt text is ever shown."""

    alt: str
    src: str = ""


@dataclass
class Break:
    pass


# ---- block nodes --------------------------------------------------------
@dataclass
class Heading:
    level: int
    inlines: list


@dataclass
class Para:
    inlines: list


@dataclass
class ListBlock:
    ordered: bool
    items: list[list]  # each item: a list of blocks
    start: int = 1


@dataclass
class Table:
    header: list[list]  # cells, each a list of inlines
    rows: list[list[list]]
    aligns: list[str] = field(default_factory=list)  # "left" | "center" | "right" per column


@dataclass
class Quote:
    blocks: list


@dataclass
class CodeBlock:
    text: str
    language: str = ""


@dataclass
class Rule:
    pass


@dataclass
class Image:
    """An image on its own line: shown as its alt text in a frame, never loaded."""

    alt: str
    src: str = ""


@dataclass
class Footnotes:
    items: list[tuple[str, list]]  # (label, blocks)


def plain_text(inlines: list) -> str:
    """The characters a reader sees in a run of inline nodes."""
    out: list[str] = []
    for node in inlines:
        if isinstance(node, (Text, Code)):
            out.append(node.text)
        elif isinstance(node, (Strong, Emph, Link)):
            out.append(plain_text(node.children))
        elif isinstance(node, FootRef):
            out.append(node.label)
        elif isinstance(node, ImageRef):
            out.append(node.alt)
        elif isinstance(node, Break):
            out.append(" ")
    return "".join(out)


def iter_text(blocks: list):
    """Every string of a block tree that will be drawn, for font-coverage checks."""
    for block in blocks:
        if isinstance(block, (Heading, Para)):
            yield plain_text(block.inlines)
        elif isinstance(block, ListBlock):
            for item in block.items:
                yield from iter_text(item)
        elif isinstance(block, Table):
            for cell in block.header:
                yield plain_text(cell)
            for row in block.rows:
                for cell in row:
                    yield plain_text(cell)
        elif isinstance(block, Quote):
            yield from iter_text(block.blocks)
        elif isinstance(block, CodeBlock):
            yield block.text
        elif isinstance(block, Image):
            yield block.alt
        elif isinstance(block, Footnotes):
            for label, sub in block.items:
                yield label
                yield from iter_text(sub)
