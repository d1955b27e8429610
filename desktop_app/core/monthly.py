"""The monthly cycle's rules, free of storage and files: months, due days, submission states,
and the values units type into their returned workbooks (percentages, dates).

>>> due_date("2025-03", 25)
datetime.date(2025, 3, 25)
>>> parse_percent("98.5%"), parse_percent(0.985), parse_percent("60")
(98.5, 98.5, 60.0)
>>> parse_day("2025年3月20日")
datetime.date(2025, 3, 20)
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

ON_TIME, LATE, MISSING, NOT_DUE = "on_time", "late", "missing", "not_due"
OUTSIDE = "outside"  # a round before the campaign began (or after it ended): nothing is asked
UNTRACKED = "untracked"  # due before the office tracked reports here, and none was taken in: not 未报
STATE_NAMES = {
    ON_TIME: "按时",
    LATE: "逾期",
    MISSING: "未报",
    NOT_DUE: "未到期",
    OUTSIDE: "不在创建期内",
    UNTRACKED: "未跟踪",
}


def state_label(state: str, days_late: int = 0) -> str:
    """A report's state in the office's words, as every page, the command line and the bulletin show
    it: 按时, 逾期3天, 未报, 未到期."""
    if state == LATE:
        return f"逾期{days_late}天"
    return STATE_NAMES[state]


_MONTH = re.compile(r"^\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*月?\s*$")
_DAY = re.compile(r"(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?")
_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?$")


def parse_month(text: str) -> str | None:
    """'2025-03', '2025年3月', '2025.3' as '2025-03'; None when it is no month."""
    m = _MONTH.match(unicodedata.normalize("NFKC", str(text or "")))
    if not m or not 1 <= int(m.group(2)) <= 12 or not 2000 <= int(m.group(1)) <= 2100:
        return None
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"


def month_label(month: str) -> str:
    """'2025-03' as '2025年3月'."""
    year, mon = month.split("-")
    return f"{int(year)}年{int(mon)}月"


def due_date(month: str, due_day: int) -> dt.date:
    """The day a month's report is due: its ``due_day``, or the month's last day when shorter."""
    year, mon = (int(p) for p in month.split("-"))
    return dt.date(year, mon, min(max(due_day, 1), calendar.monthrange(year, mon)[1]))


def months_between(start: dt.date, end: dt.date) -> list[str]:
    """Every month from ``start``'s to ``end``'s, as 'YYYY-MM'."""
    months, year, mon = [], start.year, start.month
    while (year, mon) <= (end.year, end.month):
        months.append(f"{year:04d}-{mon:02d}")
        year, mon = (year + 1, 1) if mon == 12 else (year, mon + 1)
    return months


@dataclass(frozen=True)
class Submission:
    state: str  # ON_TIME, LATE, MISSING, NOT_DUE
    days_late: int = 0


def submission_state(due: dt.date, submitted: dt.date | None, today: dt.date) -> Submission:
    """On time (by the day it was due), late by N days, missing (due and nothing came), or not due yet."""
    if submitted is not None:
        late = (submitted - due).days
        return Submission(LATE, late) if late > 0 else Submission(ON_TIME)
    if today > due:
        return Submission(MISSING, (today - due).days)
    return Submission(NOT_DUE)


def contradiction(status: str, percent: float | None) -> str:
    """What a returned row's status and progress say against each other, in words ("" when nothing):
    已完成 with less than 100%, 未开始 with progress made. The row is taken as the unit wrote it and the
    task flagged for the office to check (需核对), never set right without a word.

    >>> contradiction("已完成", 60), contradiction("未开始", 20), contradiction("已完成", None)
    ('报为“已完成”，进度却填为60%', '报为“未开始”，进度却填为20%', '')
    """
    from desktop_app.core.i18n import tr
    from desktop_app.core.tasks import STATUS_DONE, STATUS_NOT_STARTED

    if percent is None:
        return ""
    if (status == STATUS_DONE and percent < 100) or (status == STATUS_NOT_STARTED and percent > 0):
        return tr("Monthly", "reported as “{0}” with its progress at {1}").format(status, f"{percent:g}%")
    return ""


class ValueProblem(ValueError):
    """A typed value the program cannot read; the message says what was typed."""


def parse_percent(value: object) -> float | None:
    """A completion percentage as units type it: 98.5, '98.5%', '98.5％', 0.985 (a cell formatted
    as a percentage) → 98.5. Blank → None. Outside 0–100 or not a number: ValueProblem."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueProblem(str(value))
    if isinstance(value, int | float):
        number = float(value)
        if 0 < number < 1:  # Excel keeps 98.5% as 0.985
            number *= 100
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip().replace(" ", "")
        m = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?)(%?)", text)
        if not m:
            raise ValueProblem(str(value))
        number = float(m.group(1))
        if not m.group(2) and 0 < number < 1:
            number *= 100
    if not 0 <= number <= 100:
        raise ValueProblem(str(value))
    return round(number, 1)


def parse_day(value: object, year: int | None = None) -> dt.date | None:
    """A date as units type it: a date cell, '2025-03-20', '2025年3月20日', '2025.3.20', or '3月20日'
    (in ``year``). Blank → None; anything else ValueProblem."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and 30000 < value < 80000:  # an Excel serial day stored as a number
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    try:
        m = _DAY.search(text)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _MONTH_DAY.match(text)
        if m and year:
            return dt.date(year, int(m.group(1)), int(m.group(2)))
    except ValueError:
        pass
    raise ValueProblem(str(value))


def structure_checksum(unit: str, month: str, rows: Iterable[tuple[str, str, str]], headers: Iterable[str]) -> str:
    """What a returned workbook must keep: its unit, month, header and the (kind, ref, title) of each
    pre-filled row, in order."""
    digest = hashlib.sha256()
    for part in (unit, month, *headers, *("\x1f".join(r) for r in rows)):
        digest.update(part.encode("utf-8") + b"\x1e")
    return digest.hexdigest()[:20]


KIND_TASK, KIND_ITEM = "task", "item"
KIND_NAMES = {KIND_TASK: "任务", KIND_ITEM: "评价内容"}


@dataclass(frozen=True)
class TemplateRow:
    """A task or item a unit reports on, pre-filled in its workbook."""

    kind: str  # KIND_TASK / KIND_ITEM
    ref: str  # the task's code or the item's number
    title: str
    hint: str = ""  # its deadline, or what evidence the item asks for


@dataclass
class ReturnedRow:
    """A row as the unit filled it in."""

    kind: str
    ref: str
    title: str
    progress: str = ""
    measures: str = ""
    data: str = ""
    examples: str = ""
    problems: str = ""
    next_steps: str = ""
    status: str = ""
    percent: float | None = None
    evidence: str = ""

    def filled(self) -> bool:
        return any(
            (self.progress, self.measures, self.data, self.examples, self.problems, self.next_steps, self.status)
        ) or (self.percent is not None)
