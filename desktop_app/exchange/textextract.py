"""Text of office files for search: PDF (PDFium), DOCX, XLSX, TXT/CSV.

``extract`` never raises: it returns the state the office needs to know — ``done`` (text
found), ``none`` (nothing to read: an image, or a PDF scan without a text layer) or
``failed`` (the file could not be read, with the reason). It runs in a child process
(services/extraction.py), so a file that crashes a parser cannot take the program down.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.text import decode_typed

DONE, NONE, FAILED = "done", "none", "failed"
MAX_CHARS = 2_000_000
IMAGE_TYPES = {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp", ".heic"}
PLAIN_TYPES = {".txt", ".csv", ".md", ".log"}


@dataclass(frozen=True)
class Extracted:
    state: str
    text: str = ""
    reason: str = ""


def extract(path: str | Path, original_name: str) -> Extracted:
    """The text of the file at ``path``; its type is taken from its content (a workbook saved as
    .dat is read as a workbook, a program called .txt is not), its name deciding only plain text."""
    from desktop_app.core import filetype

    suffix = Path(original_name).suffix.lower()
    kind = filetype.sniff(Path(path))
    try:
        if kind == filetype.PDF:
            text = _pdf(Path(path))
        elif kind == filetype.DOCX:
            text = _docx(Path(path))
        elif kind == filetype.XLSX:
            text = _xlsx(Path(path))
        elif kind == filetype.TEXT and suffix in PLAIN_TYPES:
            text = _plain(Path(path))
        elif kind == filetype.IMAGE or suffix in IMAGE_TYPES:
            return Extracted(NONE, reason="image")
        else:
            return Extracted(NONE, reason="type")
    except Exception as exc:  # any parser error: the file is recorded as unreadable, with why
        return Extracted(FAILED, reason=f"{type(exc).__name__}: {exc}"[:300])
    text = text.strip()
    if not text:
        return Extracted(NONE, reason="no text layer" if kind == filetype.PDF else "empty")
    return Extracted(DONE, text[:MAX_CHARS])


def _pdf(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        parts = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            parts.append(textpage.get_text_bounded())
            textpage.close()
            page.close()
            if sum(len(p) for p in parts) > MAX_CHARS:
                break
        return "\n".join(parts)
    finally:
        pdf.close()


def _docx(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" ".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def _xlsx(path: Path) -> str:
    """Every cell's text, read by content: the store keeps files under their hash, without a name
    openpyxl would accept."""
    from python_calamine import CalamineWorkbook

    with open(path, "rb") as fh:
        book = CalamineWorkbook.from_filelike(fh)
        parts = []
        for index in range(len(book.sheet_names)):
            for row in book.get_sheet_by_index(index).to_python():
                cells = [_cell(v) for v in row if v is not None and str(v).strip()]
                if cells:
                    parts.append(" ".join(cells))
                if sum(len(p) for p in parts) > MAX_CHARS:
                    return "\n".join(parts)
        return "\n".join(parts)


def _cell(value: object) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _plain(path: Path) -> str:
    return decode_typed(path.read_bytes()[: MAX_CHARS * 4])  # office PCs save GBK as often as UTF-8
