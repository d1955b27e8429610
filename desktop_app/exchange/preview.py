"""Pictures of a PDF's pages for the preview pane and for printing, as raw RGB rows (no Qt here).

PDFium is not thread-safe: the preview and printing run on background threads, so every call
into it here holds one lock (per page, so a long print and a preview take turns).
"""

from __future__ import annotations

import threading
from collections.abc import Generator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PDFIUM_LOCK = threading.Lock()


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
    with _opened(path) as (pdf, count):
        return PdfPreview([_render(pdf, index, width) for index in range(min(pages, count))], count)


def first_pages(path: str, pages: int, width: int) -> PdfPreview:
    """``pdf_pages`` with plain arguments, as the preview's child process calls it."""
    return pdf_pages(path, pages=pages, width=width)


def page_at(path: str, index: int, width: int) -> tuple[int, Raster]:
    """(page count, page ``index``) — one page at a time, as the printing's child process renders them."""
    with _opened(path) as (pdf, count):
        return count, _render(pdf, index, width)


def iter_pdf_pages(path: str | Path, *, width: int) -> Generator[tuple[int, Raster], None, None]:
    """(page count, page) for every page of the PDF in turn; one page in memory at a time."""
    with _opened(path) as (pdf, count):
        for index in range(count):
            yield count, _render(pdf, index, width)


def _render(pdf, index: int, width: int) -> Raster:
    with PDFIUM_LOCK:
        page = pdf[index]
        try:
            bitmap = page.render(scale=width / max(page.get_width(), 1.0), rev_byteorder=True)
            try:
                return Raster(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
            finally:
                bitmap.close()
        finally:
            page.close()


@contextmanager
def _opened(path: str | Path):
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(str(path))
            count = len(pdf)
        except pdfium.PdfiumError as exc:
            raise ValueError(str(exc)) from exc
    try:
        yield pdf, count
    finally:
        with PDFIUM_LOCK:
            pdf.close()
