"""Seed 001's 24 projects and actions (section 四, 主要任务) and its indicator table, written into
workbooks laid out the way offices lay them out: a title row, a two-row header with 责任分工 over
牵头单位/责任单位, group rows merged across, numbering restarting in each group, multi-line cells,
deadlines typed in different ways."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

from tests.seed_annex import SEED, parse_seed

_GROUP = re.compile(r"^（([一二三四五六七八九])）(.+)$")
_TASK = re.compile(r"^(\d+)\.\s*(.+)$")
DEADLINES = ["2023年12月底前", "2024.12.31", "长期坚持", dt.date(2024, 6, 30), "每季度", "2025年6月底前"]


@dataclass
class SeedTask:
    group: int
    number: int
    text: str  # title and content as one paragraph
    lead: str = ""
    responsible: str = ""
    lines: list[str] = field(default_factory=list)


def seed_groups_and_tasks(path: Path = SEED) -> tuple[list[str], list[SeedTask]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("（一）实施12项"))
    groups: list[str] = []
    tasks: list[SeedTask] = []
    for line in lines[start:]:
        line = line.strip()
        if not line:
            continue
        if m := _GROUP.match(line):
            if len(groups) == 2:  # section 五 (the phases) begins
                break
            groups.append(m.group(2))
            continue
        if line.startswith("牵头单位："):
            tasks[-1].lead = line.removeprefix("牵头单位：")
            continue
        if line.startswith("责任单位："):
            tasks[-1].responsible = line.removeprefix("责任单位：")
            continue
        if (m := _TASK.match(line)) and (not tasks or tasks[-1].responsible):
            tasks.append(SeedTask(len(groups), int(m.group(1)), m.group(2).replace("**", "")))
            continue
        if tasks and not tasks[-1].lead:  # a paragraph broken by a page break
            tasks[-1].text += line.replace("**", "")
        # lines between the group heading and the first task (an introduction) are left out
    return groups, tasks


def task_workbook(path: Path, *, title_row: bool = True) -> Path:
    groups, tasks = seed_groups_and_tasks()
    wb = Workbook()
    ws = wb.active
    ws.title = "任务分解表"
    r = 1
    if title_row:
        ws.cell(1, 1, "昌都市创建国家食品安全示范城市重点任务分解表")
        ws.merge_cells("A1:F1")
        r = 2
    for col, name in enumerate(["序号", "任务", "工作内容", "责任分工", None, "完成时限"], start=1):
        if name:
            ws.cell(r, col, name)
    ws.cell(r + 1, 4, "牵头单位")
    ws.cell(r + 1, 5, "责任单位")
    for col in (1, 2, 3, 6):
        ws.merge_cells(start_row=r, start_column=col, end_row=r + 1, end_column=col)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    r += 2
    for g, heading in enumerate(groups, start=1):
        ws.cell(r, 1, f"（{'一二'[g - 1]}）{heading}")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for n, t in enumerate(x for x in tasks if x.group == g):
            title, _, content = t.text.partition("。")
            ws.cell(r, 1, t.number)
            ws.cell(r, 2, title)
            # multi-line cells, as typed with Alt+Enter
            ws.cell(r, 3, content.replace("。", "。\n", 2).strip())
            ws.cell(r, 4, t.lead)
            ws.cell(r, 5, t.responsible)
            ws.cell(r, 6, DEADLINES[n % len(DEADLINES)])
            r += 1
    wb.save(path)
    return path


def assignment_workbook(path: Path) -> Path:
    """The annex table: 评价要点 | 评价内容 | 评价方式 | 责任部门 | 基本任务, one row per item."""
    rs = parse_seed()
    wb = Workbook()
    ws = wb.active
    ws.title = "指标任务责任分解表"
    ws.append(["昌都市创建国家食品安全示范城市指标任务责任分解表"])
    ws.append(["评价要点", "评价内容", "评价方式", "责任部门", "基本任务"])
    for c in rs.categories:
        for p in c.points:
            first = ws.max_row + 1
            for i in p.items:
                ws.append(
                    [f"{p.code}. {p.name}", f"({i.no}) {i.text}", "、".join(i.methods), i.departments, i.basic_task]
                )
            if len(p.items) > 1:
                ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
    for i in rs.veto_items:
        ws.append(["否决项", f"({i.no}) {i.text}", "、".join(i.methods), i.departments, i.basic_task])
    wb.save(path)
    return path


def annex_workbook(path: Path, *, merged: bool) -> Path:
    """Seed 001's annex exactly as the plan lays it out: category rows (一、基础工作（30分）) across the
    table, the header repeated on every page, a point written once for its items (merged down, or left
    blank below it), the 六、否决项 section with no point, a title above and a note below."""
    from tests.seed_annex import _MARKUP

    lines = SEED.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("评价要点\t"))
    wb = Workbook()
    ws = wb.active
    ws.title = "指标任务责任分解表"
    ws.append(["国家食品安全示范城市评价细则（2021版）指标任务责任分解表"])
    ws.merge_cells("A1:E1")
    point_start = None
    for line in lines[start:]:
        cells = [_MARKUP.sub("", c).strip() for c in line.split("\t")]
        if len(cells) != 5:
            continue
        ws.append(cells)
        r = ws.max_row
        is_category = cells[0] and not any(cells[1:])
        if merged and point_start is not None and (cells[0] or is_category) and r - 1 > point_start:
            ws.merge_cells(start_row=point_start, start_column=1, end_row=r - 1, end_column=1)
        if cells[0] or is_category:
            point_start = None
        if is_category and merged:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        elif cells[0] and cells[0] != "评价要点" and cells[1]:
            point_start = r
    ws.append(["注：责任部门中排在第一位的为牵头单位，其他为责任单位。"])
    ws.append(["填表人：", "", "审核人：", "", "日期："])
    wb.save(path)
    return path
