"""Read the indicator table of seed 001 (the annex of the 昌都市 plan) into a RuleSet.

The shipped ``resources/rulesets/national-2021.json`` was written by this module
(``python -m tests.seed_annex --write``) and a test re-reads the seed to prove the two
are still equal.  The seed is a plain-text export of a Word table: five tab-separated
cells a row, the header repeated after each page break, a point's name repeated on
the first row of a page, and a few list-markup artefacts (``<ol …>``) that are not
part of the text.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from desktop_app.core.ruleset import (
    POINT_MANDATORY,
    POINT_NORMAL,
    POINT_OPTIONAL,
    Category,
    Item,
    Point,
    RuleSet,
    split_list,
)

SEEDS = Path(__file__).resolve().parent / "data" / "seeds"
SEED = SEEDS / "001_3787f0aafef4746a.txt"
RESOURCE = Path(__file__).resolve().parents[1] / "resources" / "rulesets" / "national-2021.json"

_CATEGORY = re.compile(r"^([一二三四五六])、\s*([^（(]+?)\s*[（(](\d+)分")
_VETO = re.compile(r"^六、\s*否决项")
_POINT = re.compile(r"^(\d+)\.\s*(.+?)\s*[（(]?\s*(必选项)?[，,\s]*(?:任选\s*(\d+)\s*项[，,\s]*)?(\d+)\s*分\s*[)）]")
_ITEM = re.compile(r"^\((\d+)\)\s*(.*)$", re.S)
_MARKUP = re.compile(r"<[^>]+>")


def _clean(cell: str) -> str:
    return _MARKUP.sub("", cell).strip()


def parse(text: str) -> RuleSet:
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("评价要点\t"))
    categories: list[Category] = []
    veto: list[Item] = []
    in_veto = False
    point: Point | None = None
    for line in lines[start:]:
        cells = line.split("\t")
        if len(cells) != 5 or cells[0] == "评价要点":
            continue
        head, content, methods, departments, task = (_clean(c) for c in cells)
        if _VETO.match(head):
            in_veto, point = True, None
            continue
        m = _CATEGORY.match(head)
        if m:
            categories.append(Category(code=m.group(1), name=m.group(2).strip(), score=float(m.group(3))))
            if m.group(1) == "五":
                categories[-1].mandatory_score = 25.0
                categories[-1].optional_cap = 15.0
            continue
        m = _POINT.match(head)
        if m and (point is None or point.code != m.group(1)):
            name = re.sub(r"\s+", "", m.group(2)) if m.group(3) else m.group(2).strip()
            kind = POINT_NORMAL
            if categories[-1].code == "五":
                kind = POINT_MANDATORY if ("必选项" in head) else POINT_OPTIONAL
            point = Point(
                code=m.group(1),
                name=name,
                score=float(m.group(5)),
                kind=kind,
                choose=int(m.group(4)) if m.group(4) else None,
            )
            categories[-1].points.append(point)
        im = _ITEM.match(content)
        if not im:
            raise ValueError(f"no item number in row: {line[:60]!r}")
        item = Item(
            no=int(im.group(1)),
            text=im.group(2).strip(),
            methods=split_list(methods),
            departments=departments,
            basic_task=task,
        )
        if in_veto:
            veto.append(item)
        else:
            point.items.append(item)
    return RuleSet(
        code="national-2021",
        name="国家食品安全示范城市评价细则（2021版）",
        total_score=120.0,
        categories=categories,
        veto_items=veto,
        source="国务院食品安全办《国家食品安全示范城市评价细则（2021版）》，"
        "据《昌都市创建国家食品安全示范城市工作实施方案》附件指标任务责任分解表转录",
    )


def parse_seed(path: Path = SEED) -> RuleSet:
    return parse(path.read_text(encoding="utf-8"))


if __name__ == "__main__" and "--write" in sys.argv:
    data = parse_seed().to_dict()
    RESOURCE.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {RESOURCE}")
