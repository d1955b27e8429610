"""Text as it is shown: invisible format characters taken out.

Right-to-left overrides and isolates (U+202A–U+202E, U+2066–U+2069), zero-width spaces and joiners,
the byte-order mark and the other characters of Unicode's "format" category change how a name is
drawn without being seen: ``报告\\u202etxt.exe`` shows as 报告exe.txt, and two names that look the
same can differ. Names, titles and cells are cleaned of them on the way in. Nothing here imports
Qt or SQLAlchemy.
"""

from __future__ import annotations

import re
import unicodedata

#: Text made only of characters from ranges that hold no format character (Latin, Greek, Cyrillic,
#: CJK and its punctuation, full-width forms …) needs no look at each character; a test checks these
#: ranges against the Unicode database.
_ORDINARY = re.compile("[\x00-\xac\xae-\u05ff\u2010-\u2029\u202f-\u205f\u2070-\ufefe\uff00-\ufff8]*")


def without_format_characters(text: str) -> str:
    """``text`` with every character of the Unicode format category (Cf) removed."""
    if text.isascii() or _ORDINARY.fullmatch(text):
        return text
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def has_format_characters(text: str) -> bool:
    if text.isascii() or _ORDINARY.fullmatch(text):
        return False
    return any(unicodedata.category(ch) == "Cf" for ch in text)


def decode_typed(raw: bytes) -> str:
    """Text typed on an office PC: UTF-8 (with or without its mark) or GBK, as Notepad and WPS save it."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def columns(text: str) -> int:
    """How many columns of a terminal ``text`` takes: Chinese characters and full-width forms two, the
    rest one.

    >>> columns("文件"), columns("FILE"), columns("--out 文件")
    (4, 4, 10)
    """
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap_columns(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns: Latin words kept whole, Chinese broken between
    any two characters (a line never begins with a closing mark such as ，。）).

    >>> wrap_columns("写入 PDF 文件，每页一张", 10)
    ['写入 PDF', '文件，每页', '一张']
    """
    tokens = re.findall(r"[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+|\s+|.", text.strip())
    lines: list[str] = []
    line, used = "", 0
    for token in tokens:
        if token.isspace():
            if line:
                line, used = line + " ", used + 1
            continue
        size = columns(token)
        closing = token in "，。、；：！？）》」』”’"
        if line and used + size > width and not closing:
            lines.append(line.rstrip())
            line, used = "", 0
        line, used = line + token, used + size
    if line.strip():
        lines.append(line.rstrip())
    return lines
