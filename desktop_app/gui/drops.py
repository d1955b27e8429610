"""Files dragged onto a page from the desktop or a file manager."""

from __future__ import annotations

from pathlib import Path


def dropped(event, suffix: str | tuple[str, ...] | None = None) -> list[Path]:
    """The local files (or folders) a drag event carries; none unless every one is local and, with
    ``suffix`` (e.g. ".xlsx", or several), ends in it."""
    urls = event.mimeData().urls()
    if not urls or not all(u.isLocalFile() for u in urls):
        return []
    paths = [Path(u.toLocalFile()) for u in urls]
    allowed = (suffix,) if isinstance(suffix, str) else suffix
    if allowed and not all(p.suffix.lower() in allowed for p in paths):
        return []
    return paths
