"""Inspections and the findings they leave to rectify (整改): the kinds, the states, and when a
finding is overdue. Nothing here reads a database or imports Qt."""

from __future__ import annotations

import datetime as dt

INSPECTION_KINDS = ("月度专项督查", "明察暗访", "市级考评", "省级初评", "国家验收", "第三方测评")
OPEN, IN_PROGRESS, DONE, CLOSED = "待整改", "整改中", "已整改", "已销号"
STATUSES = (OPEN, IN_PROGRESS, DONE, CLOSED)


def is_open(status: str) -> bool:
    return status in (OPEN, IN_PROGRESS)


def is_overdue(status: str, deadline: dt.date | None, today: dt.date) -> bool:
    """A finding still open after its deadline."""
    return is_open(status) and deadline is not None and deadline < today
