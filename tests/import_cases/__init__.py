"""Fixture files for import tests, made on the fly (python-docx, reportlab) rather than committed."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent


def make_docx(path: Path, title: str = "Statement on precursors", with_table: bool = True) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    paragraph = document.add_paragraph("Mr Chairman, we ")
    paragraph.add_run("strongly").bold = True
    paragraph.add_run(" support the Vienna Declaration.")
    document.add_heading("Our priorities", level=2)
    document.add_paragraph("Border control", style="List Bullet")
    document.add_paragraph("Precursor chemicals", style="List Bullet")
    document.add_paragraph("First, cooperate", style="List Number")
    if with_table:
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Country", "Seizures"
        table.cell(1, 0).text, table.cell(1, 1).text = "Kazakhstan", "12 t"
    document.save(path)
    return path


def make_pdf(path: Path, lines: list[str] | None = None) -> Path:
    """A PDF with text lines (Helvetica: Latin only), or with only a drawn box when `lines` is []."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    if lines is None:
        lines = ["Address to the Paris Pact partners", "Heroin trafficking along the northern route."]
    y = 800
    for line in lines:
        canvas.drawString(72, y, line)
        y -= 20
    if not lines:
        canvas.rect(72, 600, 200, 100, fill=1)  # an "image": no text at all
    canvas.showPage()
    canvas.save()
    return path
