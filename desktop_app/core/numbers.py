"""How figures are rounded for people: one rule, so 首页, the pages and every report print the same
number for the same figure (no Qt, no database)."""

from __future__ import annotations

import datetime as dt


def percent(part: int, whole: int) -> int:
    """``part`` of ``whole`` in whole per cent, halves rounded up as people round them (0 for nothing).

    >>> percent(2, 3), percent(1, 3), percent(1, 8), percent(5, 8), percent(0, 0)
    (67, 33, 13, 63, 0)
    """
    if whole <= 0:
        return 0
    return (200 * part + whole) // (2 * whole)


def percent_text(part: int, whole: int) -> str:
    """67%: ``percent`` as printed; "—" when there is nothing to count."""
    return f"{percent(part, whole)}%" if whole > 0 else "—"


def written_date(day: dt.date) -> str:
    """2025年3月26日: a day as a 公文 writes it, in Arabic numerals (GB/T 9704-2012 7.3.5.1).

    >>> written_date(dt.date(2024, 12, 2))
    '2024年12月2日'
    """
    return f"{day.year}年{day.month}月{day.day}日"
