"""Printing a PDF through the system's print dialog: each page rendered by PDFium at the printer's
resolution (at most 300 dpi) and drawn on the QPrinter, scaled to its page.

The pages are rendered and drawn in the background, one page in memory at a time (Qt allows a
QPainter on a QPrinter outside the GUI thread); the clerk sees the pages counted and can cancel.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.progress import Cancelled, Progress, check
from desktop_app.gui import dialogs
from desktop_app.gui.qt import QCoreApplication, QImage, QPageSize, QPainter, QPrintDialog, QPrinter, QRect, Qt, QWidget


def _t(text: object) -> str:
    return QCoreApplication.translate("Printing", str(text))


def render_to_printer(path: Path, printer: QPrinter, progress: Progress | None = None) -> int:
    """Draw every page of the PDF on ``printer``; returns the number of pages printed. A cancel
    stops before the next page and aborts the print job where the printer allows it."""
    from desktop_app.services import previews
    from desktop_app.services.sandbox import SandboxFailed

    page = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
    dpi = min(printer.resolution(), 300)
    pages = previews.pages(path, width=int(page.width() / printer.resolution() * dpi))  # rendered in a child
    try:
        first = next(pages, None)  # an unreadable PDF is refused before the printer is opened
    except SandboxFailed as failed:
        raise OSError(_t("The document cannot be printed: {0}.").format(failed)) from failed
    painter = QPainter()
    if first is None or not painter.begin(printer):
        pages.close()
        raise OSError(_t("The printer cannot be opened.") if first else _t("The document has no pages."))
    printed = 0
    try:
        for count, raster in itertools.chain([first], pages):
            check(progress, printed, count, _t("Page {0} of {1}").format(printed + 1, count))
            if printed:
                printer.newPage()
            image = QImage(raster.data, raster.width, raster.height, raster.stride, QImage.Format.Format_RGB888)
            size = image.size().scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
            printed += 1
    except Cancelled:
        printer.abort()
        raise
    finally:
        pages.close()
        painter.end()
    return printed


def start_printing(
    parent: QWidget | None, path: Path, printer: QPrinter, on_done: Callable[[int], None] | None = None
) -> None:
    """Print in the background with a progress dialog; errors are shown, a cancel is quiet."""
    from desktop_app.gui.worker import run_task

    def failed(err: BaseException) -> None:
        if not isinstance(err, Cancelled):
            dialogs.message(parent, "error", dialogs._t("FoodSafety Desk"), str(err))

    run_task(
        lambda progress: render_to_printer(Path(path), printer, progress),
        on_done or (lambda pages: None),
        failed,
        parent=parent,
        label=_t("Printing {0}…").format(Path(path).name),
    )


def print_pdf(parent: QWidget | None, path: Path) -> bool:
    """Ask for the printer (A4) and print; headless, the request is only recorded."""
    if not dialogs.current().system("print", str(path)):  # a scripted prompter only records it
        return True
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if not QPrintDialog(printer, parent).exec():
        return False
    start_printing(parent, Path(path), printer)
    return True
