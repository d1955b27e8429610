"""Reporting rounds (报送轮次): when member units report, and on what.

A campaign's units report monthly (by a due day), quarterly (by the due day of the quarter's last
month), or only on fixed dates the plan sets (seed 004: 8月25日 and 11月1日), and any campaign may add
fixed rounds to its cycle. A round asks either for progress on tasks and items (the fill-in form)
or for a file of the unit's own (its 自查报告, seed 000). Every round has a key the data keeps:

* ``2025-03`` — a month (the keys monthly reports always had, so existing data stays valid);
* ``2025-Q3`` — a quarter;
* ``2025-R1`` — the first fixed round due in 2025, the second ``2025-R2`` …

>>> month_round("2025-03", 25).due, quarter_round("2025-Q3", 25).name
(datetime.date(2025, 3, 25), '2025年第三季度')
>>> parse_key("2025年第3季度"), parse_key("2025年三季度"), parse_key("2025.3"), parse_key("2025-r2")
('2025-Q3', '2025-Q3', '2025-03', '2025-R2')
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from desktop_app.core.monthly import due_date, month_label, months_between, parse_month

MONTHLY, QUARTERLY, FIXED_ONLY = "monthly", "quarterly", "fixed"
CYCLES = (MONTHLY, QUARTERLY, FIXED_ONLY)
SCOPE_PROGRESS, SCOPE_SELF_REPORT = "progress", "self_report"
SCOPES = (SCOPE_PROGRESS, SCOPE_SELF_REPORT)
QUARTER_NAMES = "一二三四"

_QUARTER = re.compile(r"^\s*(\d{4})\s*(?:-|年)?\s*(?:Q|第)?\s*([1-4一二三四])\s*(?:季度)?\s*$", re.I)
_FIXED = re.compile(r"^\s*(\d{4})\s*-\s*R\s*(\d{1,2})\s*$", re.I)


@dataclass(frozen=True)
class Round:
    """One round: its key, its name as documents print it, the day it is due, the first day it
    reports on, and what it asks for."""

    key: str
    name: str
    due: dt.date
    start: dt.date
    scope: str = SCOPE_PROGRESS

    @property
    def asks_for_form(self) -> bool:
        return self.scope == SCOPE_PROGRESS


def parse_key(text: object) -> str | None:
    """A round's key from what a person types: 2025-03 / 2025年3月, 2025-Q3 / 2025年第三季度, 2025-R1;
    None when it is none of these."""
    value = unicodedata.normalize("NFKC", str(text or "")).strip()
    month = parse_month(value)
    if month:
        return month
    m = _QUARTER.match(value)
    if m and ("Q" in value.upper() or "季" in value):
        digit = m.group(2)
        quarter = QUARTER_NAMES.index(digit) + 1 if digit in QUARTER_NAMES else int(digit)
        return f"{int(m.group(1)):04d}-Q{quarter}"
    m = _FIXED.match(value)
    if m and int(m.group(2)) >= 1:
        return f"{int(m.group(1)):04d}-R{int(m.group(2))}"
    return None


def round_label(key: str) -> str:
    """A round's name from its key alone (2025年3月, 2025年第三季度, 2025年第1次报送), for records that
    keep only the key; the campaign's own name for a fixed round is in its ``Round``."""
    key = parse_key(key) or ""
    if not key:
        return ""
    kind = kind_of(key)
    if kind == MONTHLY:
        return month_label(key)
    if kind == QUARTERLY:
        return f"{key[:4]}年第{QUARTER_NAMES[int(key[-1]) - 1]}季度"
    return f"{key[:4]}年第{key.split('R')[-1]}次报送"


def kind_of(key: str) -> str:
    """monthly, quarterly or fixed, from the key's form."""
    return QUARTERLY if "-Q" in key else FIXED_ONLY if "-R" in key else MONTHLY


def month_round(key: str, due_day: int) -> Round:
    year, mon = (int(p) for p in key.split("-"))
    return Round(key, month_label(key), due_date(key, due_day), dt.date(year, mon, 1))


def quarter_round(key: str, due_day: int) -> Round:
    """A quarter, due on the due day of its last month."""
    year, quarter = int(key[:4]), int(key[-1])
    last = f"{year:04d}-{3 * quarter:02d}"
    name = f"{year}年第{QUARTER_NAMES[quarter - 1]}季度"
    return Round(key, name, due_date(last, due_day), dt.date(year, 3 * quarter - 2, 1))


def fixed_round(key: str, name: str, due: dt.date, scope: str = SCOPE_PROGRESS, start: dt.date | None = None) -> Round:
    return Round(key, name or default_name(due), due, start or dt.date(due.year, 1, 1), scope)


def default_name(due: dt.date) -> str:
    """A fixed round's name where the office gave none: 2025年8月25日报送."""
    return f"{due.year}年{due.month}月{due.day}日报送"


def periodic(cycle: str, start: dt.date, end: dt.date, due_day: int) -> list[Round]:
    """The monthly or quarterly rounds whose period falls between ``start`` and ``end``."""
    if cycle == MONTHLY:
        return [month_round(m, due_day) for m in months_between(start, end)]
    if cycle == QUARTERLY:
        found = []
        for year in range(start.year, end.year + 1):
            for quarter in range(1, 5):
                first = dt.date(year, 3 * quarter - 2, 1)
                last = dt.date(year, 3 * quarter, calendar.monthrange(year, 3 * quarter)[1])
                if last >= start and first <= end:
                    found.append(quarter_round(f"{year:04d}-Q{quarter}", due_day))
        return found
    return []


def in_campaign(r: Round, start: dt.date | None, end: dt.date | None) -> bool:
    """Whether a round is part of the campaign: due on or after its start and reporting on a period
    that begins before its end. A round before the campaign is never "missing"."""
    return (start is None or r.due >= start) and (end is None or r.start <= end)
