"""Pictures of a PDF's pages — the first ones for the preview pane, every one for printing — rendered
in a child process (sandbox): a PDF crafted to inflate to gigabytes, or to crash PDFium, ends the
child, not the window."""

from __future__ import annotations

import threading
from collections.abc import Generator
from pathlib import Path

from desktop_app.exchange.preview import PdfPreview, Raster, first_pages, page_at
from desktop_app.services import sandbox
from desktop_app.services.sandbox import Sandbox, SandboxFailed

_lock = threading.Lock()  # one preview at a time through the child's pipe
_sandbox: Sandbox | None = None


def pdf_preview(path: Path, *, pages: int, width: int) -> PdfPreview:
    """The first ``pages`` pages, ``width`` pixels wide; SandboxFailed says why when the child could
    not render them (too much memory, too long, crashed); ValueError when PDFium refuses the file."""
    global _sandbox
    with _lock:
        if _sandbox is None:
            _sandbox = Sandbox(memory_limit=sandbox.MEMORY_LIMIT)
        try:
            preview: PdfPreview = _sandbox.call(first_pages, str(path), pages, width)
            return preview
        except SandboxFailed as failed:
            if "PdfiumError" in str(failed) or "ValueError" in str(failed):
                raise ValueError(str(failed)) from failed
            raise


def pages(path: Path, *, width: int) -> Generator[tuple[int, Raster], None, None]:
    """(page count, page) for every page in turn, one page in memory at a time; SandboxFailed says
    why when a page cannot be rendered."""
    global _sandbox
    index, count = 0, 1
    while index < count:
        with _lock:
            if _sandbox is None:
                _sandbox = Sandbox(memory_limit=sandbox.MEMORY_LIMIT)
            try:
                count, raster = _sandbox.call(page_at, str(path), index, width)
            except SandboxFailed as failed:
                if "PdfiumError" in str(failed) or "ValueError" in str(failed):
                    raise ValueError(str(failed)) from failed
                raise
        yield count, raster
        index += 1


def close() -> None:
    """End the child (at exit)."""
    global _sandbox
    with _lock:
        if _sandbox is not None:
            _sandbox.close()
            _sandbox = None
