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


def pdf_bomb(path, inflated_mb: int):
    """A one-page PDF whose content stream is a few hundred KB but inflates to ``inflated_mb`` MB of
    spaces: harmless text to PDFium, which must still hold it all to draw the page."""
    import zlib

    compressor = zlib.compressobj(6)
    chunk = b" " * (1 << 20)
    data = b"".join([*(compressor.compress(chunk) for _ in range(inflated_mb)), compressor.flush()])
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path
