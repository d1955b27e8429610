"""Real office files for tests: PDFs with and without a text layer, DOCX, XLSX."""

from openpyxl import Workbook

from tests.conftest import ROOT

FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"


def make_pdf(path, lines, *, text_layer=True):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", str(FONT), subfontIndex=0))
    c = canvas.Canvas(str(path))
    if text_layer:
        c.setFont("WQY", 12)
        for n, line in enumerate(lines):
            c.drawString(72, 760 - 20 * n, line)
    else:  # a "scan": only shapes, no text layer
        c.rect(72, 600, 300, 100, fill=1)
    c.showPage()
    c.save()
    return path


def make_docx(path, paragraphs, table=None):
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    document.save(path)
    return path


def make_xlsx(path, rows):
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path
