"""The tasks an implementation plan writes as numbered paragraphs rather than as a table.

Seed 001 is typical: under the heading 四、主要任务, groups such as （一）实施12项食品安全治理提升工程
hold tasks written as paragraphs — 1. 源头治理提升工程。落实大气、水… — each followed by lines such as
牵头单位：市农业农村局 and 责任单位：各县（区）人民政府…; a task's text may run over several
paragraphs (a page break), and the units may also close the task's own paragraph in brackets:
（牵头单位：市市场监管局；责任单位：…）. Seeds 003 and 004 close each task with its units in the
plan's own words instead — （区市场监管局负责）, （区卫健局牵头，区农业农村局、区市场监管局按职责分工
负责）, sometimes twice in one paragraph — and a group with no numbered tasks under it is a task of its
own (（五）坚持最严肃的问责 and its paragraph). Seeds 000 and 002 name no units after their tasks: the
tasks under the plan's task section come in without units. A deadline the task's text names (于11月1日前)
becomes its deadline.

``task_rows`` turns such paragraphs into the rows of a task table (序号, 任务, 牵头单位, 责任单位,
配合单位, 完成时限), so the same reader, preview and checks serve a plan's text and its tables; the
roles are then read by ``core.duties`` like any 责任单位 cell. Nothing here reads a file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop_app.core.duties import has_wording
from desktop_app.core.duties import parse as parse_duties
from desktop_app.core.units import collective_kind, split_unit_list

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
_PART = re.compile(rf"({_LABEL})\s*[:：]\s*")
_FIELD_OF = {label: name for name, labels in _FIELDS.items() for label in labels}
#: a bracket, with one level of brackets inside it: （区发改局牵头，各镇（街道）按职责分工负责）
_ANY_BRACKET = re.compile(r"[（(]((?:[^（）()]|[（(][^（）()]*[)）])*)[)）]")
_UNIT_LIKE = re.compile(r"(局|委|办|院|室|部|会|政府|中心|公司|所|站|队|处|厅|馆|社|团|关|组|分局|单位)$")
#: a deadline a task's text names: 于11月1日前, 2023年6月底前, 年底前
_DEADLINE_PHRASE = re.compile(
    r"((?:20\d{2}\s*年\s*)?(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]|底|末|中旬|上旬|下旬)?|年底|年末))前"
)


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


def _is_duty(text: str) -> bool:
    """Whether a bracket's text names who does the task: 区发改局负责, 区市场监管局牵头、区工信局配合, a
    plain list of unit names (区自然资源事务中心) — not （园） or （含社会化检验检测机构）."""
    names = [d.name for d in parse_duties(text)] if has_wording(text) else split_unit_list(text)
    # every name a unit's (区发改局, 区自然资源事务中心) or a collective's (各镇（街道）): not （以下简称“牵头部门”）
    return bool(names) and all((len(n) >= 3 and _UNIT_LIKE.search(n)) or collective_kind(n) for n in names)


def _take_duties(task: _Task) -> None:
    """Every bracket of the task's text that names its units, out of the text into its fields."""
    found = [m for m in _ANY_BRACKET.finditer(task.text) if _is_duty(m.group(1).strip())]
    if not found:
        return
    words = []
    for match in found:
        inner = match.group(1).strip()
        if _PART.search(inner):
            _set_fields(task, inner)
        else:  # （区自然资源事务中心）: the units named alone do the task, as if 负责 followed
            words.append(inner if has_wording(inner) else inner + "负责")
    if words:
        earlier = task.fields.get("responsible")
        task.fields["responsible"] = "；".join(filter(None, [earlier, *words]))
    text = task.text
    for match in reversed(found):
        text = text[: match.start()] + text[match.end() :]
    task.text = re.sub(r"。\s*。", "。", text).strip()


def _take_deadline(task: _Task) -> None:
    if "deadline" in task.fields:
        return
    phrases = _DEADLINE_PHRASE.findall(task.text)
    if phrases:
        task.fields["deadline"] = phrases[-1].replace(" ", "") + "前"


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
    """In the plan's task sections (``sections_only``) every numbered task comes in, with its units or
    without; elsewhere only numbered paragraphs that name their units are tasks."""
    rows: list[list[str | None]] = []
    in_section = not sections_only
    group: list[str | None] | None = None
    group_body: list[str] = []  # the paragraphs under a group heading before its first task
    group_tasks: list[_Task] = []
    task: _Task | None = None
    counted = 0

    def has_units(t: _Task) -> bool:
        return bool(t.fields.get("lead") or t.fields.get("responsible"))

    def close_group() -> None:
        nonlocal group, group_tasks, group_body, task
        if not group_tasks and group is not None and group_body:
            # a group written as one paragraph, no numbered tasks under it: the group is its own task
            heading = _GROUP.match(group[1] or "")
            own = _Task(
                "1", (heading.group(2) if heading else group[1] or "").rstrip("。") + "。" + "".join(group_body)
            )
            _take_duties(own)
            group_tasks = [own]
        for t in group_tasks:
            _take_deadline(t)
        kept = [t for t in group_tasks if sections_only or has_units(t)]
        if kept:
            if group is not None:
                rows.append(group)
            rows.extend(t.row() for t in kept)
        group, group_tasks, group_body, task = None, [], [], None

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
        next_by_word = auto_numbered and (task is None or has_units(task) or sections_only)
        if numbered or next_by_word:
            if numbered:
                number, body = numbered.group(1), numbered.group(2)
                counted = int(number)
            else:
                counted += 1
                number, body = str(counted), text
            task = _Task(number, body.replace("**", "").strip())
            _take_duties(task)
            group_tasks.append(task)
            continue
        if task is not None and not has_units(task):
            task.text += text.replace("**", "")  # the task's paragraph goes on (a page break)
            _take_duties(task)
        elif task is None and group is not None:
            group_body.append(text.replace("**", ""))
        # an introduction under a section, or a note after a task's units, is no task
    close_group()
    return rows
