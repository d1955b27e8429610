"""Pictures of a PDF's first pages for the preview pane, as raw RGB rows (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Raster:
    """One rendered page: ``height`` rows of ``stride`` bytes, three bytes (R, G, B) a pixel."""

    width: int
    height: int
    stride: int
    data: bytes


@dataclass(frozen=True)
class PdfPreview:
    pages: list[Raster]
    page_count: int


def pdf_pages(path: str | Path, *, pages: int = 2, width: int = 480) -> PdfPreview:
    """The first ``pages`` pages of the PDF at ``path``, each ``width`` pixels wide.

    Raises ``ValueError`` with PDFium's reason when the file is not a readable PDF.
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ValueError(str(exc)) from exc
    try:
        rendered = []
        for index in range(min(pages, len(pdf))):
            page = pdf[index]
            try:
                scale = width / max(page.get_width(), 1.0)
                bitmap = page.render(scale=scale, rev_byteorder=True)
                try:
                    rendered.append(Raster(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)))
                finally:
                    bitmap.close()
            finally:
                page.close()
        return PdfPreview(rendered, len(pdf))
    finally:
        pdf.close()
