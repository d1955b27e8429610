"""Evidence (佐证材料): categories, periods, review states, and which files a folder really holds."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from pathlib import Path

from desktop_app.core.i18n import tr
from desktop_app.core.text import without_format_characters

CATEGORIES = ("文件制度", "会议纪要", "台账", "照片", "新闻报道", "工作总结", "其他")
REVIEW_PENDING, REVIEW_PASSED, REVIEW_RETURNED = "待审核", "合格", "退回"
REVIEW_STATES = (REVIEW_PENDING, REVIEW_PASSED, REVIEW_RETURNED)

_PERIOD = re.compile(r"^(\d{4})-(\d{2})$")
# files an office folder holds that are not evidence: Office lock files, thumbnails, system files
_JUNK = re.compile(r"^(~\$.*|\.~lock\..*#|thumbs\.db|desktop\.ini|\.ds_store|.*\.tmp)$", re.IGNORECASE)


def default_title(path: Path) -> str:
    name = shown_name(Path(path).name)
    return Path(name).stem.strip() or name


def shown_name(name: str) -> str:
    """A file's name as it is kept and shown: without the invisible characters that can make
    报告\u202etxt.exe look like a .txt, and with any bytes the system could not decode marked."""
    cleaned = without_format_characters(name)
    return cleaned.encode("utf-8", "replace").decode("utf-8") if _undecodable(cleaned) else cleaned


def name_problem(path: Path) -> str | None:
    """Why a file cannot be filed under its name (bytes the system could not decode), or None."""
    if _undecodable(Path(path).name):
        return tr(
            "Evidence",
            "“{0}” has characters in its name that cannot be read (perhaps from another system's code page); "
            "rename it and add it again.",
        ).format(shown_name(Path(path).name))
    return None


def _undecodable(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # a name in another code page, read as surrogate escapes
        return True
    return False


def current_period(today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    return f"{today:%Y-%m}"


def period_problem(period: str) -> str | None:
    m = _PERIOD.match(period or "")
    if not m or not 1 <= int(m.group(2)) <= 12 or not 2000 <= int(m.group(1)) <= 2100:
        return tr("Evidence", "The period “{0}” must be a month like 2025-03.").format(period)
    return None


PHOTO_SUFFIXES = frozenset((".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic", ".heif"))


#: workbooks as offices keep their ledgers in them
WORKBOOK_SUFFIXES = frozenset((".xlsx", ".xls", ".et", ".csv", ".xlsm"))


def category_for(path: Path) -> str:
    """The category a file suggests when the clerk names none: a picture is a 照片, a workbook named
    台账 a 台账.

    >>> category_for(Path("2023年农贸市场快检台账.xlsx")), category_for(Path("现场.jpg"))
    ('台账', '照片')
    """
    path = Path(path)
    if path.suffix.lower() in PHOTO_SUFFIXES:
        return "照片"
    if path.suffix.lower() in WORKBOOK_SUFFIXES and "台账" in path.stem:
        return "台账"
    return "其他"


_MONTH_IN_NAME = re.compile(r"(20\d{2})\s*(?:年\s*|[.\-_])(\d{1,2})\s*月?")


def period_in(name: str) -> str | None:
    """The month a folder's name says its files belong to (2023年5月报送 → 2023-05), or None.

    >>> period_in("市教育局2023年5月报送"), period_in("2024.11材料"), period_in("会议纪要")
    ('2023-05', '2024-11', None)
    """
    found = _MONTH_IN_NAME.search(name)
    if found is None:
        return None
    period = f"{int(found.group(1)):04d}-{int(found.group(2)):02d}"
    return None if period_problem(period) else period


def category_problem(category: str) -> str | None:
    if category not in CATEGORIES:
        return tr("Evidence", "The category must be one of {0}.").format("、".join(CATEGORIES))
    return None


def is_junk(path: Path) -> bool:
    name = Path(path).name
    return name.startswith(".") or bool(_JUNK.match(name))


def expand(paths: list[Path]) -> Iterator[Path]:
    """Files to take: the files given, and every file inside the folders given (junk left out, and
    symbolic links: a folder's link is not followed out of it, to a file the office never chose)."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    candidate = Path(folder) / name
                    if not is_junk(candidate) and not candidate.is_symlink():
                        yield candidate
        else:
            yield path


_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$", re.IGNORECASE)


def safe_name(name: str, limit: int = 80) -> str:
    """A file or folder name Windows accepts: no illegal characters, no reserved names
    (CON, NUL…), no trailing dots or spaces, at most ``limit`` characters (the suffix kept)."""
    cleaned = _ILLEGAL.sub("_", name).strip().rstrip(". ") or "_"
    stem, dot, suffix = cleaned.rpartition(".") if "." in cleaned[1:] else (cleaned, "", "")
    if len(suffix) > 10:  # not a real suffix
        stem, dot, suffix = cleaned, "", ""
    if len(cleaned) > limit:
        keep = max(1, limit - len(dot + suffix))
        stem = stem[:keep].rstrip(". ") or "_"
        cleaned = stem + dot + suffix
    if _RESERVED.match(cleaned):
        cleaned = "_" + cleaned
    return cleaned


STATE_NONE, STATE_INCOMPLETE, STATE_COMPLETE = "无材料", "待完善", "已齐全"
MARKS = (STATE_INCOMPLETE, STATE_COMPLETE)


def item_state(total: int, mark: str | None) -> str:
    """无材料 while nothing is filed; then the office's mark, 待完善 until it says 已齐全."""
    if total == 0:
        return STATE_NONE
    return mark if mark in MARKS else STATE_INCOMPLETE


#: the words by which a unit's own self-assessment report (自查报告) is known among its evidence
SELF_REPORT_WORDS = ("自查报告", "自评报告", "自查自评")


def is_self_report(title: str) -> bool:
    """Whether an evidence record is a unit's own 自查报告, by its title."""
    return any(word in title for word in SELF_REPORT_WORDS)
