"""A right-to-left paragraph longer than a line keeps its lines in reading order."""

from __future__ import annotations

import unicodedata

import pypdf

from briefcase_app.pdf.markdown_doc import export_markdown
from briefcase_app.text.bidi import is_rtl_paragraph

ARABIC = (
    "تؤكد كازاخستان التزامها بمكافحة الاتجار غير المشروع بالمخدرات، وتدعم إعلان فيينا المشترك "
    "الذي اعتمده المؤتمر الوزاري الثالث لشركاء ميثاق باريس في قصر هوفبورغ في فيينا. إن مكافحة "
    "الاتجار بالمخدرات أصبحت جزءا دائما من سياسة الدولة في بلادنا، وقد خصصت الحكومة 136 مليون "
    "دولار أمريكي للبرنامج الجديد"
)


def _lines(pdf_path) -> list[tuple[float, str]]:
    """(baseline y, text) of every text drawing on the first page."""
    found: list[tuple[float, str]] = []
    page = pypdf.PdfReader(pdf_path).pages[0]
    page.extract_text(visitor_text=lambda text, cm, tm, *_: found.append((tm[5] + cm[5], text)))
    return found


def test_lines_of_an_arabic_paragraph_are_in_reading_order(tmp_path):
    target = tmp_path / "ar.pdf"
    export_markdown(f"# Note\n\n{ARABIC}\n\nEnglish after.", target)
    lines = [(y, t) for y, t in _lines(target) if is_rtl_paragraph(t)]
    assert len(lines) >= 3, "the paragraph wraps onto several lines"
    # pypdf gives right-to-left text back in reading order: the shaped words, not reversed
    first, last = "تؤكد", "الجديد"
    y_first = next(y for y, t in lines if first in unicodedata.normalize("NFKC", t))
    y_last = next(y for y, t in lines if last in unicodedata.normalize("NFKC", t))
    assert y_first > y_last, "the paragraph's first words are on its top line"
    assert y_first == max(y for y, _ in lines) and y_last == min(y for y, _ in lines)


def test_direction_of_a_paragraph():
    assert is_rtl_paragraph(ARABIC) and is_rtl_paragraph("136 " + ARABIC)
    assert not is_rtl_paragraph("Kazakhstan " + ARABIC) and not is_rtl_paragraph("Қазақстан")
