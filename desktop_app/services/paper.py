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
    """The 期号 as printed: a bare number goes through the format (第{n}期, 〔{year}〕{n}号); a number
    typed with its own words (第3期) is printed as typed."""
    number = number.strip()
    if not number:
        return ""
    if not number.isdigit():
        return number
    try:
        return fmt.format(n=int(number), year=day.year)
    except (KeyError, IndexError, ValueError) as err:
        raise KnownError(
            tr("Paper", "The issue number format {0} may use only {{n}} and {{year}}.").format(fmt)
        ) from err


def month_ordinal(start: dt.date | None, month: str) -> str:
    """The month's place in the campaign (its first month is 1), as an issue number; blank before it."""
    if start is None or not re.fullmatch(r"\d{4}-\d{2}", month):
        return ""
    year, mon = map(int, month.split("-"))
    n = (year - start.year) * 12 + mon - start.month + 1
    return str(n) if n >= 1 else ""


def paper_for(db: Database, *, number: str, day: dt.date) -> Paper:
    """The 版头 and 版记 for a document dated ``day`` with the issue ``number``."""
    info = campaigns.require(db)
    office = info.office or "创建办"
    style = str(settings_service.get(db, spec.MASTHEAD_STYLE))
    typed = str(settings_service.get(db, spec.MASTHEAD)).replace("|", "\n")
    masthead = tuple(line.strip() for line in typed.split("\n") if line.strip()) or (info.name, "工作通报")
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
