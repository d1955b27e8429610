"""Measure a PDF as a reader's tools see it: poppler's ``pdftotext -bbox-layout`` gives every line of
text with its box (in points, from the page's top left)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

MM = 72 / 25.4
PAGE_HEIGHT = 297 * MM
TOP, LEFT, RIGHT, BOTTOM = 37 * MM, 28 * MM, 26 * MM, 35 * MM  # GB/T 9704's margins
AREA_BOTTOM = PAGE_HEIGHT - BOTTOM

_LINE = re.compile(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>', re.S)
_WORD = re.compile(r"<word [^>]*>(.*?)</word>", re.S)


@dataclass
class Line:
    x0: float
    top: float
    x1: float
    bottom: float
    text: str  # its words joined with nothing between (Chinese has no spaces)


def lines(pdf: Path) -> list[list[Line]]:
    """Each page's lines of text, top to bottom."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    pages = []
    for page in out.stdout.split("<page ")[1:]:
        found = [
            Line(float(a), float(b), float(c), float(d), "".join(unescape(w) for w in _WORD.findall(body)))
            for a, b, c, d, body in _LINE.findall(page)
        ]
        pages.append(sorted(found, key=lambda line: (round(line.top, 1), line.x0)))
    return pages


def in_type_area(page: list[Line]) -> list[Line]:
    """The page's lines without the page number and what stands beside it, below the type area."""
    return [line for line in page if line.top < AREA_BOTTOM]


def fonts(pdf: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for each font of the PDF, from ``pdffonts``."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    found = []
    for row in out.splitlines()[2:]:
        parts = row.split()
        found.append((parts[0], parts[-5] == "yes"))
    return found
