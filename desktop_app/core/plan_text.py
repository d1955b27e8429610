"""The tasks an implementation plan writes as numbered paragraphs rather than as a table.

Seed 001 is typical: under the heading 四、主要任务, groups such as （一）实施12项食品安全治理提升工程
hold tasks written as paragraphs — 1. 源头治理提升工程。落实大气、水… — each followed by lines such as
牵头单位：市农业农村局 and 责任单位：各县（区）人民政府…; a task's text may run over several
paragraphs (a page break), and the units may also close the task's own paragraph in brackets:
（牵头单位：市市场监管局；责任单位：…）.

``task_rows`` turns such paragraphs into the rows of a task table (序号, 任务, 牵头单位, 责任单位,
配合单位, 完成时限), so the same reader, preview and checks serve a plan's text and its tables.
Nothing here reads a file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

HEADER = ["序号", "任务", "牵头单位", "责任单位", "配合单位", "完成时限"]

#: 一、 二、 … at the start of a paragraph: a section of the plan
_SECTION = re.compile(r"^\s*([一二三四五六七八九十]+)\s*、\s*(.+)$")
#: （一） (一): a group of tasks inside the section
_GROUP = re.compile(r"^\s*[（(]\s*([一二三四五六七八九十]+)\s*[)）]\s*(.+)$")
#: 1.  1．  1、 (not 1.5): a task
_TASK = re.compile(r"^\s*(\d{1,3})\s*[.．、](?!\d)\s*(.+)$")
_TASK_SECTION = re.compile(r"任务|工作重点|重点工作|主要措施")
#: 牵头单位：… lines, and their bracketed form at the end of a task's paragraph
_FIELDS = {
    "lead": ("牵头单位", "牵头部门", "牵头"),
    "responsible": ("责任单位", "责任部门", "落实单位"),
    "support": ("配合单位", "配合部门", "协办单位"),
    "deadline": ("完成时限", "完成时间", "时间要求", "时限要求", "时限"),
}
_LABEL = "|".join(sorted((label for labels in _FIELDS.values() for label in labels), key=len, reverse=True))
_FIELD_LINE = re.compile(rf"^\s*({_LABEL})\s*[:：]\s*(.*)$")
_BRACKETED = re.compile(rf"[（(]\s*((?:{_LABEL})\s*[:：].*?)[)）]\s*[。.]?\s*$")
_PART = re.compile(rf"({_LABEL})\s*[:：]\s*")
_FIELD_OF = {label: name for name, labels in _FIELDS.items() for label in labels}


@dataclass
class _Task:
    number: str
    text: str
    fields: dict[str, str] = field(default_factory=dict)

    def row(self) -> list[str | None]:
        f = self.fields
        return [
            self.number,
            self.text,
            f.get("lead") or None,
            f.get("responsible") or None,
            f.get("support") or None,
            f.get("deadline") or None,
        ]


def _set_fields(task: _Task, text: str) -> None:
    """牵头单位：A；责任单位：B (several labels in one line or bracket) into ``task.fields``."""
    parts = _PART.split(text)
    # parts: [before, label, value, label, value, …]
    for label, value in zip(parts[1::2], parts[2::2], strict=False):
        name = _FIELD_OF[label]
        value = value.strip().rstrip("；;。，,").strip()
        if value:
            task.fields[name] = value


def task_rows(paragraphs: Sequence[tuple[str, bool]]) -> list[list[str | None]]:
    """The rows (header first) of the tasks written as paragraphs; [] when the text holds none.

    ``paragraphs`` are (text, numbered by Word) pairs: a paragraph Word numbers itself carries no
    "1." in its text, and counts as the next task when it stands where tasks stand."""
    rows = _rows(paragraphs, sections_only=True)
    if not rows:  # no section named for its tasks: any numbered paragraph with its units
        rows = _rows(paragraphs, sections_only=False)
    return [list(HEADER), *rows] if rows else []


def _rows(paragraphs: Sequence[tuple[str, bool]], *, sections_only: bool) -> list[list[str | None]]:
    rows: list[list[str | None]] = []
    in_section = not sections_only
    group: list[str | None] | None = None
    group_tasks: list[_Task] = []
    task: _Task | None = None
    counted = 0

    def close_group() -> None:
        nonlocal group, group_tasks, task
        kept = [t for t in group_tasks if t.fields.get("lead") or t.fields.get("responsible")]
        if kept:
            if group is not None:
                rows.append(group)
            rows.extend(t.row() for t in kept)
        group, group_tasks, task = None, [], None

    for raw, auto_numbered in paragraphs:
        text = (raw or "").replace("\u3000", " ").strip()
        if not text:
            continue
        section = _SECTION.match(text)
        if section:
            close_group()
            if sections_only:
                in_section = bool(_TASK_SECTION.search(section.group(2)))
            counted = 0
            continue
        if not in_section:
            continue
        heading = _GROUP.match(text)
        if heading:
            close_group()
            group = [None, text, None, None, None, None]
            counted = 0
            continue
        line = _FIELD_LINE.match(text)
        if line and task is not None:
            _set_fields(task, text)
            continue
        numbered = _TASK.match(text)
        # a paragraph Word numbers itself starts a task unless the task before still lacks its units
        next_by_word = auto_numbered and (task is None or bool(task.fields))
        if numbered or next_by_word:
            if numbered:
                number, body = numbered.group(1), numbered.group(2)
                counted = int(number)
            else:
                counted += 1
                number, body = str(counted), text
            task = _Task(number, body.replace("**", "").strip())
            bracket = _BRACKETED.search(task.text)
            if bracket:
                _set_fields(task, bracket.group(1))
                task.text = task.text[: bracket.start()].rstrip()
            group_tasks.append(task)
            continue
        if task is not None and not task.fields:
            task.text += text.replace("**", "")  # the task's paragraph goes on (a page break)
            bracket = _BRACKETED.search(task.text)
            if bracket:
                _set_fields(task, bracket.group(1))
                task.text = task.text[: bracket.start()].rstrip()
        # an introduction under a heading, or a note after a task's units, is no task
    close_group()
    return rows
