"""What frames a document the office sends up: the 版头 (发文机关标志, 期号, the organ and the date over a
red rule) and the 版记 (抄送, 印发), from the settings 公文格式, the same for every report."""

from __future__ import annotations

import datetime as dt
import re

from desktop_app.core import settings as spec
from desktop_app.core.errors import KnownError
from desktop_app.core.i18n import tr
from desktop_app.reports.official import Paper, arabic_date
from desktop_app.services import campaigns
from desktop_app.services import settings as settings_service
from desktop_app.storage.database import Database


def issue_line(fmt: str, number: str, day: dt.date) -> str:
    """The 期号 as printed: a bare number goes through the format (第{n}期, 〔{年}〕{n}号); a number
    typed with its own words (第3期) is printed as typed."""
    number = number.strip()
    if not number:
        return ""
    if not number.isdigit():
        return number
    try:
        return fmt.format_map({"n": int(number), "年": day.year})
    except (KeyError, IndexError, ValueError) as err:
        raise KnownError(tr("Paper", "The issue number format {0} may use only {{n}} and {{年}}.").format(fmt)) from err


def month_ordinal(start: dt.date | None, month: str) -> str:
    """The month's place in the campaign (its first month is 1), as an issue number; blank before it."""
    if start is None or not re.fullmatch(r"\d{4}-\d{2}", month):
        return ""
    year, mon = map(int, month.split("-"))
    n = (year - start.year) * 12 + mon - start.month + 1
    return str(n) if n >= 1 else ""


def paper_for(db: Database, *, number: str, day: dt.date, bulletin: bool = True) -> Paper:
    """The 版头 and 版记 for a document dated ``day`` with the issue ``number``. A bulletin's 版头
    reads "<campaign> / 工作通报" unless the office typed its own; another document (the 自查自评报告)
    carries a 版头 only where the office typed one."""
    info = campaigns.require(db)
    office = info.office or "创建办"
    style = str(settings_service.get(db, spec.MASTHEAD_STYLE))
    typed = str(settings_service.get(db, spec.MASTHEAD)).replace("|", "\n")
    masthead = tuple(line.strip() for line in typed.split("\n") if line.strip())
    if not masthead and bulletin:
        masthead = (info.name, "工作通报")
    printed_by = str(settings_service.get(db, spec.PRINTED_BY)).strip() or office
    return Paper(
        masthead=() if style == "none" else masthead,
        red=style != "black",
        issue_line=issue_line(str(settings_service.get(db, spec.ISSUE_FORMAT)), number, day),
        organ=office,
        dated=arabic_date(day),
        copy_to=str(settings_service.get(db, spec.COPY_TO)).strip(),
        printed_by=printed_by,
        printed_on=arabic_date(day),
    )


def current(db: Database) -> dict[str, str]:
    """The settings 公文格式 by key (paper.masthead …)."""
    return {s.key: str(settings_service.get(db, s)) for s in spec.PAPER}


def save(db: Database, values: dict[str, str]) -> None:
    """Keep the settings 公文格式 (by key), each checked: the 期号 format must print a number."""
    from desktop_app.core.text import without_format_characters

    cleaned = {key: without_format_characters(str(value)).strip() for key, value in values.items()}
    unknown = set(cleaned) - {s.key for s in spec.PAPER}
    if unknown:
        raise KnownError(tr("Paper", "Unknown setting: {0}").format(", ".join(sorted(unknown))))
    fmt = cleaned.get(spec.ISSUE_FORMAT.key)
    if fmt is not None:
        if "{n}" not in fmt:
            raise KnownError(tr("Paper", "The issue number format must hold {n}, where the number goes (第{n}期)."))
        issue_line(fmt, "1", dt.date(2025, 1, 1))  # refuses any other placeholder
    style = cleaned.get(spec.MASTHEAD_STYLE.key)
    if style is not None and style not in (spec.MASTHEAD_STYLE.choices or {}):
        raise KnownError(tr("Paper", "The masthead is red, black or none."))
    for setting in spec.PAPER:
        if setting.key in cleaned:
            settings_service.set_value(db, setting, cleaned[setting.key])
