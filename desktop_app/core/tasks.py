"""Tasks of the implementation plan: statuses, codes, group rows, numeric targets (no Qt, no database)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from desktop_app.core.checks import Check
from desktop_app.core.deadlines import DATED_KINDS, KIND_NONE, Deadline
from desktop_app.core.numbers import written_date

STATUS_NOT_STARTED, STATUS_IN_PROGRESS, STATUS_DONE, STATUS_PAUSED = "未开始", "进行中", "已完成", "暂缓"
STATUSES = (STATUS_NOT_STARTED, STATUS_IN_PROGRESS, STATUS_DONE, STATUS_PAUSED)
STATUS_OVERDUE = "已逾期"  # derived from the deadline and today, never stored
ROLE_LEAD, ROLE_RESPONSIBLE, ROLE_SUPPORT = "lead", "responsible", "support"
ROLES = (ROLE_LEAD, ROLE_RESPONSIBLE, ROLE_SUPPORT)

#: How many days ahead "due soon" looks on 首页, in the 催办通知单 and by default on the task page.
DUE_SOON_DAYS = 14


# -- the rules every page, the command line and the bulletin share -----------------------------------------
def is_overdue(deadline: dt.date | None, kind: str, status: str, today: dt.date) -> bool:
    """Past its day and neither done nor paused: derived, never stored. Recurring and ongoing duties
    are never overdue as a whole."""
    if status in (STATUS_DONE, STATUS_PAUSED):
        return False
    return Deadline(kind if kind in DATED_KINDS else KIND_NONE, deadline).overdue(today)


def is_due_soon(deadline: dt.date | None, status: str, today: dt.date, days: int) -> bool:
    """Due between today and ``days`` days from now, and still to be done (neither done nor paused)."""
    if deadline is None or status in (STATUS_DONE, STATUS_PAUSED):
        return False
    return today <= deadline <= today + dt.timedelta(days=days)


def shown_status(status: str, overdue: bool) -> str:
    """What the office sees: 已逾期 in place of the stored status once the deadline has passed."""
    return STATUS_OVERDUE if overdue else status


def shown_deadline(text: str | None, day: dt.date | None) -> str:
    """The deadline as the office typed it (2023年12月底前, 每季度), else the day."""
    return text or (day.isoformat() if day else "")


def printed_deadline(text: str | None, day: dt.date | None) -> str:
    """The deadline on paper: as the office typed it, else the day as a 公文 writes one (2024年12月2日)."""
    return text or (written_date(day) if day else "")


_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_GROUP = re.compile(
    r"^\s*(?:[（(]\s*([一二三四五六七八九十]+)\s*[)）]|([一二三四五六七八九十]+)\s*[、.．])\s*(.+)$", re.S
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_NUMBERED = re.compile(rf"^\s*(?:(\d+)\s*[.．、](?!\d)|([{_CIRCLED}]))\s*(.+)$", re.S)
#: a number cell as offices type it: 1, 1. , 1、, （1）, (1), 第1项, full-width １, ①
_CODE_NUMBER = re.compile(rf"^\s*(?:第\s*)?(?:[（(]\s*(\d+)\s*[)）]|(\d+)\s*[.．、]?|([{_CIRCLED}]))\s*[项条]?\s*$")
_SUB = re.compile(r"^\s*[（(]\s*(\d+)\s*[)）]\s*(.*)$", re.S)
_TARGET = re.compile(
    r"([\u4e00-\u9fff“”\"A-Za-z]{2,12}?)\s*(达到|不低于|不少于|超过|高于|≥|>=|以上)?\s*"
    r"(\d+(?:\.\d+)?)\s*(%|％|批次/千人|批次|分|个|家|次|人|份)(以上)?"
)


def chinese_number(text: str) -> int | None:
    """一 … 十九 as a number (group markers such as （十二） go that far)."""
    if not text or any(ch not in _NUMERALS for ch in text):
        return None
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _NUMERALS[text[1]] if len(text) == 2 else None
    if len(text) == 1:
        return _NUMERALS[text]
    if len(text) == 2 and text[1] == "十":
        return _NUMERALS[text[0]] * 10
    if len(text) == 3 and text[1] == "十":
        return _NUMERALS[text[0]] * 10 + _NUMERALS[text[2]]
    return None


def group_heading(text: str) -> tuple[int, str] | None:
    """（一）实施12项…工程 → (1, '实施12项…工程'); None for anything else."""
    found = _GROUP.match(text or "")
    if not found:
        return None
    number = chinese_number(found.group(1) or found.group(2))
    return (number, found.group(3).strip()) if number else None


def _circled(mark: str) -> int:
    return _CIRCLED.index(mark) + 1


_MARKER = re.compile(r"^\s*(?:[（(]\s*([一二三四五六七八九十]+)\s*[)）]|([一二三四五六七八九十]+)\s*[、.．]?)\s*$")


def heading_level(text: str) -> int:
    """1 for a section heading (一、…), 2 for a group inside it (（一）…): plans nest them so."""
    return 2 if re.match(r"^\s*[（(]", text or "") else 1


def group_marker(text: str) -> int | None:
    """A number cell holding only a group's marker — 一、, （二）, 三 — as its number."""
    found = _MARKER.match(text or "")
    return chinese_number(found.group(1) or found.group(2)) if found else None


def numbered(text: str) -> tuple[int, str] | None:
    """'1. 源头治理提升工程。…' → (1, '源头治理提升工程。…'); also １、…, ①…"""
    found = _NUMBERED.match(text or "")
    if not found:
        return None
    number = int(found.group(1)) if found.group(1) else _circled(found.group(2))
    return number, found.group(3).strip()


def code_number(text: str) -> int | None:
    """The task number in a number cell typed any way offices type it: 1, 1., 1、, （1）, 第1项, １, ①."""
    found = _CODE_NUMBER.match(text or "")
    if not found:
        return None
    return int(found.group(1) or found.group(2)) if not found.group(3) else _circled(found.group(3))


def sub_numbered(text: str) -> tuple[int, str] | None:
    """'（2）…' → (2, '…'): a sub-task's own number."""
    found = _SUB.match(text or "")
    return (int(found.group(1)), found.group(2).strip()) if found else None


#: a longer cell is a task's whole text, not its name: its first clause names it, the text is its content
TITLE_MAX = 80


def split_title(text: str) -> tuple[str, str]:
    """A cell holding '源头治理提升工程。落实大气…' → title and content (offices often write both
    in one cell; a first sentence of up to 60 characters names the task); a short cell is all title; a
    long one without a short first sentence is named by its first clause (or its first 40 characters)
    and kept whole as the content.

    >>> split_title("源头治理提升工程。落实大气、水污染防治。")
    ('源头治理提升工程', '落实大气、水污染防治。')
    >>> split_title("建立健全落实企业主体责任工作规范，督促企业建立自查制度" + "，落实主体责任" * 12 + "。")[0]
    '建立健全落实企业主体责任工作规范'
    """
    text = re.sub(r"\*\*", "", text or "").strip()
    head, sep, rest = text.partition("。")
    if sep and len(head) <= 60 and rest.strip():
        return head, rest.strip()
    if len(text) <= TITLE_MAX:
        return text, ""
    clause = re.split(r"[，,；;。]", text, maxsplit=1)[0]
    return (clause if len(clause) <= 40 else text[:40] + "…"), text


def targets_in(text: str) -> list[str]:
    """The numeric targets a task's text sets, e.g. ['抽检量达到4批次/千人', '覆盖率达到100%']."""
    found = []
    for match in _TARGET.finditer(text or ""):
        subject, verb, number, unit, above = match.groups()
        if not verb and not above and unit not in ("%", "％", "批次/千人"):
            continue  # a bare count ("12项") is not a target
        found.append(f"{subject}{verb or ''}{number}{unit}{above or ''}")
    return list(dict.fromkeys(found))


@dataclass
class TaskRow:
    """One task as read from a workbook, before its units are matched."""

    code: str
    title: str
    parent: str | None = None  # the code of its group or task
    content: str = ""
    lead: list[str] = field(default_factory=list)
    responsible: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    deadline: Deadline = field(default_factory=lambda: Deadline("none"))
    items: list[int] = field(default_factory=list)
    targets: str = ""
    sheet: str = ""
    row: int = 0
    note: str = ""  # the table's 备注
    wording: dict[str, str] = field(default_factory=dict)  # unit name → the plan's word (配合, 参与 …)
    checks: list[Check] = field(default_factory=list)  # cells kept as written, to be checked (需核对)
    place: str = ""  # where the task stands, as a person finds it: 表1 第12行, 正文中的任务（3.2）


@dataclass
class AssignmentRow:
    """One item of the indicator responsibility table (指标任务责任分解表) and its departments."""

    item: int
    departments: list[str]
    lead: list[str] = field(default_factory=list)
    sheet: str = ""
    row: int = 0
