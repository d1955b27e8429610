"""Evidence (佐证材料): categories, periods, review states, and which files a folder really holds."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from pathlib import Path

from desktop_app.core.i18n import tr

CATEGORIES = ("文件制度", "会议纪要", "台账", "照片", "新闻报道", "工作总结", "其他")
REVIEW_PENDING, REVIEW_PASSED, REVIEW_RETURNED = "待审核", "合格", "退回"
REVIEW_STATES = (REVIEW_PENDING, REVIEW_PASSED, REVIEW_RETURNED)

_PERIOD = re.compile(r"^(\d{4})-(\d{2})$")
# files an office folder holds that are not evidence: Office lock files, thumbnails, system files
_JUNK = re.compile(r"^(~\$.*|\.~lock\..*#|thumbs\.db|desktop\.ini|\.ds_store|.*\.tmp)$", re.IGNORECASE)


def default_title(path: Path) -> str:
    return Path(path).stem.strip() or Path(path).name


def current_period(today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    return f"{today:%Y-%m}"


def period_problem(period: str) -> str | None:
    m = _PERIOD.match(period or "")
    if not m or not 1 <= int(m.group(2)) <= 12 or not 2000 <= int(m.group(1)) <= 2100:
        return tr("Evidence", "The period “{0}” must be a month like 2025-03.").format(period)
    return None


def category_problem(category: str) -> str | None:
    if category not in CATEGORIES:
        return tr("Evidence", "The category must be one of {0}.").format("、".join(CATEGORIES))
    return None


def is_junk(path: Path) -> bool:
    name = Path(path).name
    return name.startswith(".") or bool(_JUNK.match(name))


def expand(paths: list[Path]) -> Iterator[Path]:
    """Files to take: the files given, and every file inside the folders given (junk left out)."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    candidate = Path(folder) / name
                    if not is_junk(candidate):
                        yield candidate
        else:
            yield path
