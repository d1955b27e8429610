"""PDF pages as pictures: the preview's first pages, printing's page by page, and both from
several threads at once (PDFium is not thread-safe; the preview and printing run in the
background and may overlap)."""

import threading

import pytest

from desktop_app.exchange.preview import iter_pdf_pages, pdf_pages
from tests.files import make_pdf


def _pdf(path, pages):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for n in range(pages):
        c.rect(72 + 10 * n, 600, 200, 100, fill=1)
        c.drawString(72, 500, f"page {n}")  # a standard font, found among the machine's fonts
        c.showPage()
    c.save()
    return path


def test_first_pages_and_every_page(tmp_path):
    pdf = _pdf(tmp_path / "a.pdf", 5)
    preview = pdf_pages(pdf, pages=2, width=300)
    assert preview.page_count == 5 and len(preview.pages) == 2 and preview.pages[0].width == 300
    every = list(iter_pdf_pages(pdf, width=300))
    assert [count for count, _ in every] == [5] * 5
    assert every[1][1] == preview.pages[1] and every[0][1] != every[1][1]


def test_a_damaged_pdf_is_a_value_error(tmp_path):
    bad = tmp_path / "坏.pdf"
    bad.write_bytes(b"%PDF-1.4 cut off")
    with pytest.raises(ValueError):
        pdf_pages(bad)
    with pytest.raises(ValueError):
        next(iter_pdf_pages(bad, width=100))


def test_many_threads_render_at_once(tmp_path):
    files = [_pdf(tmp_path / f"{n}.pdf", 3) for n in range(3)]
    files.append(make_pdf(tmp_path / "通报.pdf", ["食品安全工作通报"]))
    expected = {f: pdf_pages(f, pages=3, width=200).pages for f in files}
    failures = []

    def work(n):
        try:
            for i in range(15):
                f = files[(n + i) % len(files)]
                if i % 2:
                    got = [raster for _, raster in iter_pdf_pages(f, width=200)]
                else:
                    got = pdf_pages(f, pages=3, width=200).pages
                if got != expected[f]:
                    failures.append(f.name)
        except Exception as exc:
            failures.append(repr(exc))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert failures == []
