"""Printing a PDF through the system's print dialog: each page rendered by PDFium at the printer's
resolution (at most 300 dpi) and drawn on the QPrinter, scaled to its page."""

from __future__ import annotations

from pathlib import Path

from desktop_app.gui import dialogs
from desktop_app.gui.qt import QCoreApplication, QImage, QPageSize, QPainter, QPrintDialog, QPrinter, QRect, Qt, QWidget


def render_to_printer(path: Path, printer: QPrinter) -> int:
    """Draw every page of the PDF on ``printer``; returns the number of pages printed."""
    from desktop_app.exchange.preview import pdf_pages

    page = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
    dpi = min(printer.resolution(), 300)
    rendered = pdf_pages(path, pages=10_000, width=int(page.width() / printer.resolution() * dpi))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("Printing", "The printer cannot be opened."))
    try:
        for index, raster in enumerate(rendered.pages):
            if index:
                printer.newPage()
            image = QImage(raster.data, raster.width, raster.height, raster.stride, QImage.Format.Format_RGB888)
            size = image.size().scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
        return len(rendered.pages)
    finally:
        painter.end()


def print_pdf(parent: QWidget | None, path: Path) -> bool:
    """Ask for the printer (A4) and print; headless, the request is only recorded."""
    if dialogs.headless():
        dialogs.opened.append(("print", str(path)))
        return True
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if not QPrintDialog(printer, parent).exec():
        return False
    try:
        render_to_printer(Path(path), printer)
    except (OSError, ValueError) as exc:
        dialogs.message(parent, "error", dialogs._t("FoodSafety Desk"), str(exc))
        return False
    return True
