"""Text read from pictures and from PDF pages without a text layer (offline Chinese OCR, RapidOCR on
ONNX Runtime, its models inside the installed package).

Meant to run in a child process (services.sandbox): the models load once per process, one page is
read per call, and the process lowers its own priority so the window and the clerk's other work come
first. A page is drawn for reading at 150 dpi by the PDF renderer the previews use (pypdfium2); a
picture larger than an A4 page at 300 dpi is scaled down first, so a 12,000 × 9,000 photo costs what
a page costs. Nothing here imports Qt or SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DPI = 150  # a PDF page drawn for reading
MAX_SIDE = 3508  # an A4 page at 300 dpi: a larger picture is scaled down to it
MAX_PIXELS = 120_000_000  # a picture claiming more is refused before it is decoded
MAX_PAGES = 500  # pages of one PDF read at most
RED_KEPT = 0.35  # how much of red ink's darkness is kept (a seal over text)

_engine: Any = None


class Unreadable(Exception):
    """The file or page cannot be recognised; ``str()`` says why (kept with the file as 无法识别)."""


@dataclass(frozen=True)
class PageText:
    text: str
    confidence: float  # the mean of the lines' scores, 0 when nothing was read


def _reader() -> Any:
    """The recogniser, loaded once per process, quietly (its log would fill the program's output)."""
    global _engine
    if _engine is None:
        import logging

        from rapidocr import RapidOCR

        _engine = RapidOCR(params={"Global.log_level": "error"})
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        with contextlib.suppress(OSError, AttributeError):
            os.nice(10)  # after the clerk's own work (POSIX; Windows keeps its priority)
    return _engine


def _quiet_red(pixels: Any) -> Any:
    """A seal's red ring or a red pen over black text is faded towards white, so the black strokes
    under it are read whole; red type large enough to matter (a red header) stays readable."""
    import numpy

    r, g, b = (pixels[..., i].astype(numpy.int16) for i in range(3))
    red = (r > 120) & (r - numpy.maximum(g, b) > 60)
    if not red.any():
        return pixels
    faded = pixels.copy()
    faded[red] = (255 - (255 - pixels[red].astype(numpy.float32)) * RED_KEPT).astype(numpy.uint8)
    return faded


def _recognise(image: Any) -> PageText:
    import numpy

    found = _reader()(_quiet_red(numpy.asarray(image)))
    texts = list(getattr(found, "txts", None) or ())
    scores = [float(s) for s in (getattr(found, "scores", None) or ())]
    if not texts:
        return PageText("", 0.0)
    return PageText("\n".join(texts), round(sum(scores) / len(scores), 4) if scores else 0.0)


def _fit(image: Any) -> Any:
    """RGB (a CMYK TIFF, a palette PNG, transparency on white), no side over MAX_SIDE."""
    from PIL import Image

    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        flat = Image.new("RGB", image.size, "white")
        flat.paste(image, mask=image.getchannel("A"))
        image = flat
    elif image.mode != "RGB":
        image = image.convert("RGB")
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE))
    return image


def page_count(path: str | Path) -> int:
    """How many pages the file has to recognise: a PDF's pages (up to MAX_PAGES), a picture's one."""
    from desktop_app.core import filetype

    if filetype.sniff(Path(path)) == filetype.PDF:
        import pypdfium2 as pdfium

        try:
            document = pdfium.PdfDocument(str(path))
        except Exception as exc:  # damaged, encrypted
            raise Unreadable(f"PDF: {exc}"[:200]) from exc
        try:
            return min(len(document), MAX_PAGES)
        finally:
            document.close()
    return 1


def recognise_page(path: str | Path, page: int) -> PageText:
    """The text of one page (0-based) of a PDF, or of a picture (page 0): a PDF page that has a text
    layer gives that text, as typed text does."""
    from desktop_app.core import filetype

    path = Path(path)
    if filetype.sniff(path) == filetype.PDF:
        return _pdf_page(path, page)
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(path) as opened:
            opened.draft("RGB", (MAX_SIDE, MAX_SIDE))  # a large JPEG is decoded at a fraction of its size
            opened.load()
            image = _fit(opened)
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError, SyntaxError) as exc:
        raise Unreadable(f"{type(exc).__name__}: {exc}"[:200]) from exc
    return _recognise(image)


def _pdf_page(path: Path, page: int) -> PageText:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except Exception as exc:
        raise Unreadable(f"PDF: {exc}"[:200]) from exc
    try:
        if page >= len(document):
            raise Unreadable(f"page {page + 1} of {len(document)}")
        pdf_page = document[page]
        typed = pdf_page.get_textpage().get_text_range().strip()
        if typed:
            return PageText(typed, 1.0)
        image = pdf_page.render(scale=DPI / 72).to_pil()
        return _recognise(_fit(image))
    finally:
        document.close()
