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
