"""The five seeds' plans as an office holds them: the plan's body text in a Word file, and its tasks
typed into the tables offices use (a Word table with the header repeated on each page and a 备注
column, an old .xls with every role written in one 责任单位 column, a WPS-style .xlsx with 具体举措).
Everything here is made from the seeds' own text, never by the program."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tests.seed_annex import SEEDS

SEED_FILES = {n: next(SEEDS.glob(f"{n:03d}_*.txt")) for n in range(5)}
_GROUP = re.compile(r"^（([一二三四五六七八九十]+)）(.+)$")
_TASK = re.compile(r"^(\d+)[.．]\s*(.+)$")
#: a task paragraph's closing bracket in seed 004: （区市场监管局牵头、区工信局配合）
_CLOSING = re.compile(r"（([^（）]*(?:（[^（）]*）[^（）]*)*(?:负责|配合))）[。]?\s*$")


def plan_docx(seed: int, path: Path) -> Path:
    """The seed's text as a Word document of body text: one paragraph a line, as typed."""
    import docx

    document = docx.Document()
    for line in SEED_FILES[seed].read_text(encoding="utf-8").splitlines():
        if line.strip():
            document.add_paragraph(line.strip())
    document.save(str(path))
    return path


@dataclass
class PlanTask:
    group: str
    number: int
    text: str  # without its closing bracket
    units: str  # the closing bracket's words: 区卫健局牵头，区农业农村局…按职责分工负责


def seed_004_tasks() -> list[PlanTask]:
    """Seed 004's numbered tasks under 二、重点工作任务 that close with their units in brackets."""
    lines = SEED_FILES[4].read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("二、重点工作任务"))
    found: list[PlanTask] = []
    group = ""
    for line in lines[start + 1 :]:
        line = line.strip()
        if line.startswith("三、"):
            break
        if m := _GROUP.match(line):
            group = m.group(2)
            continue
        task = _TASK.match(line)
        closing = _CLOSING.search(line)
        if task and closing:
            found.append(PlanTask(group, int(task.group(1)), line[task.start(2) : closing.start()], closing.group(1)))
    return found


def seed_004_units() -> list[str]:
    """Every unit seed 004 names in its brackets (its member units), collectives left out."""
    from desktop_app.core import duties

    names: dict[str, None] = {}
    for task in seed_004_tasks():
        for duty in duties.parse(task.units):
            if not duty.name.startswith("各"):
                names[duty.name] = None
    return list(names)


_NUMBERED = re.compile(r"^(\d+)[.．、]\s*(.+)$")


def seed_tasks(seed: int, section: str) -> list[tuple[str, int, str]]:
    """(group heading, number, paragraph) of every numbered task under the section starting with
    ``section`` (三、重点任务 …), up to the next section."""
    lines = SEED_FILES[seed].read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(section))
    found: list[tuple[str, int, str]] = []
    group = ""
    for line in lines[start + 1 :]:
        line = line.strip()
        if re.match(r"^[一二三四五六七八九十]、", line):
            break
        if m := _GROUP.match(line):
            group = m.group(2)
        elif m := _NUMBERED.match(line):
            found.append((group, int(m.group(1)), m.group(2)))
    return found


def seed_000_word_table(path: Path) -> Path:
    """Seed 000's 23 tasks as a Word table the way its office types one: group rows （一）…, the header
    repeated where Word starts a new page (a second table), a 备注 column, 年底前 with no year."""
    import docx

    document = docx.Document()
    document.add_paragraph("开州区创建国家食品安全示范城市重点任务分解表")
    header = ["序号", "重点任务", "牵头单位", "责任单位", "完成时限", "备注"]
    rows: list[list[str]] = []
    groups: list[str] = []
    for group, number, text in seed_tasks(0, "三、重点任务"):
        if not groups or groups[-1] != group:
            groups.append(group)
            rows.append([f"（{'一二三四五六七八'[len(groups) - 1]}）{group}", "", "", "", "", ""])
        due = "年底前" if number % 4 == 0 else "2023年6月底前"
        note = "每月报进展" if number == 1 else ""
        rows.append([str(number), text.split("。")[0], "区市场监管局", "区农业农村局、区卫生健康委", due, note])
    half = len(rows) // 2
    for part in (rows[:half], rows[half:]):  # the table goes on on the next page, its header again
        table = document.add_table(rows=len(part) + 1, cols=len(header))
        for c, text in enumerate(header):
            table.cell(0, c).text = text
        for r, row in enumerate(part, start=1):
            for c, text in enumerate(row):
                if text:
                    table.cell(r, c).text = text
    document.save(str(path))
    return path


def seed_002_wps_workbook(path: Path) -> Path:
    """Seed 002's 12 tasks as a WPS 表格 workbook: a title merged across, 工作任务 with the task's name,
    具体举措 with its text, every role in one 责任单位 column, a 手机 column the table does not use."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "重点任务"
    ws.append(["瓯海区创建国家食品安全示范城市重点任务清单"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "工作任务", "具体举措", "责任单位", "完成时限", "备注", "手机"])
    for n, (_group, _number, text) in enumerate(seed_tasks(2, "二、重点任务和举措"), start=1):
        name, _, measures = text.partition("。")
        ws.append([n, name, measures, "区市场监管局牵头，区农业农村局配合", "2022年12月底前", "", "13900000000"])
    wb.save(path)
    return path
