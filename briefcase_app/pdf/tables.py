"""Table column widths from the content: short words and numbers never broken, the rest shared
in proportion to how much each column holds; wide tables go on landscape pages."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from ..text import blocks as b

#: a word up to this many characters is never broken across lines (URLs and codes may be).
SHORT_WORD = 16
#: a table with more columns than this is printed on landscape pages.
LANDSCAPE_COLUMNS = 7
#: rows measured for the natural widths (every row is scanned for its longest short word).
_MEASURED_ROWS = 300
PAD = 4


def column_widths(header: list | None, rows: list[list], style, width: float) -> tuple[list[float], float]:
    """(fractions of `width` per column, total of the columns' minimum widths)."""
    columns = len(header) if header else max((len(r) for r in rows), default=1)
    font, size = style.fontName, style.fontSize
    minimum = [3 * PAD + stringWidth("0000", font, size)] * columns
    natural = [0.0] * columns
    longest = [""] * columns
    for n, row in enumerate(([header] if header else []) + rows):
        for c, cell in enumerate(row[:columns]):
            text = b.plain_text(cell)
            words = [w for w in text.split() if len(w) <= SHORT_WORD]
            word = max(words, key=len, default="")
            if len(word) > len(longest[c]):
                longest[c] = word
            if n < _MEASURED_ROWS:
                natural[c] = max(natural[c], min(stringWidth(text, font, size), width) + 2 * PAD)
    for c, word in enumerate(longest):
        # bold header words are a little wider than the body's
        minimum[c] = max(minimum[c], stringWidth(word, font, size) * 1.08 + 2 * PAD + 1)
    natural = [max(n, m) for n, m in zip(natural, minimum, strict=True)]
    return _share(minimum, natural, width), sum(minimum)


def _share(minimum: list[float], natural: list[float], width: float) -> list[float]:
    if sum(natural) <= width:
        widths = [n * width / sum(natural) for n in natural]
    elif sum(minimum) >= width:
        widths = [m * width / sum(minimum) for m in minimum]
    else:
        flex = [n - m for n, m in zip(natural, minimum, strict=True)]
        spare = width - sum(minimum)
        widths = [m + spare * f / sum(flex) for m, f in zip(minimum, flex, strict=True)]
    return [w / width for w in widths]


def wants_landscape(columns: int, minimum_total: float, portrait_width: float) -> bool:
    """Many columns, or short words that could not all fit across a portrait page."""
    return columns > LANDSCAPE_COLUMNS or minimum_total > portrait_width
