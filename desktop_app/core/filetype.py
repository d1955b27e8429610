"""What a file really is, from its first bytes rather than its name.

A name can lie (报告.txt that is a program, a .pdf that is a web page); the content decides which
reader reads a file for search and whether 打开 asks first. Nothing here imports Qt.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

PDF, DOCX, XLSX, ZIP, OLE, IMAGE, PROGRAM, TEXT, OTHER = (
    "pdf",
    "docx",
    "xlsx",
    "zip",
    "ole",
    "image",
    "program",
    "text",
    "other",
)

#: names Windows runs rather than opens (a script, a shortcut, an installer …)
RUN_SUFFIXES = frozenset(
    [
        ".exe",
        ".com",
        ".bat",
        ".cmd",
        ".scr",
        ".pif",
        ".msi",
        ".msp",
        ".js",
        ".jse",
        ".vbs",
        ".vbe",
        ".wsf",
        ".wsh",
        ".ps1",
        ".psm1",
        ".lnk",
        ".hta",
        ".cpl",
        ".jar",
        ".reg",
        ".application",
        ".gadget",
        ".inf",
        ".sh",
        ".py",
        ".pyw",
    ]
)
_IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")


def sniff(path: Path) -> str:
    """The kind of file at ``path`` by its content: pdf, docx, xlsx, zip, ole (old Office), image,
    program (an executable or a script), text or other."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return OTHER
    if head.startswith(b"%PDF"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return ZIP
        if "word/document.xml" in names:
            return DOCX
        if "xl/workbook.xml" in names:
            return XLSX
        return ZIP
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return OLE
    if head.startswith(_IMAGES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return IMAGE
    if head.startswith((b"MZ", b"\x7fELF", b"#!", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")):
        return PROGRAM
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        try:
            head.decode("gb18030")
        except UnicodeDecodeError:
            return OTHER
    return TEXT if b"\x00" not in head else OTHER


def runs_when_opened(path: Path, name: str) -> bool:
    """Whether opening the file would run it: a program by its content, or a name Windows runs."""
    return sniff(path) == PROGRAM or Path(name).suffix.lower() in RUN_SUFFIXES
