"""Member units from and to a workbook: 单位名称, 类型, 分管领导, 联络员, 联系电话, 别名, 备注."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from desktop_app.core.errors import ImportRejected
from desktop_app.core.i18n import tr
from desktop_app.core.ruleset import Problem
from desktop_app.core.units import (
    KINDS,
    UnitRecord,
    clean_name,
    guess_kind,
    name_key,
    name_problem,
    phone_problem,
    split_aliases,
)
from desktop_app.exchange.xlsx_io import cell_text, find_header, open_workbook, save_atomic, unmerge_fill, write_table

HEADERS = ["单位名称", "类型", "分管领导", "联络员", "联系电话", "别名", "备注"]
_WANTED = {
    "name": ["单位名称", "单位", "名称", "成员单位", "责任单位"],
    "kind": ["类型", "单位类型"],
    "leader": ["分管领导", "领导", "分管负责人"],
    "liaison": ["联络员", "联系人"],
    "phone": ["联系电话", "电话", "手机", "联系方式"],
    "aliases": ["别名", "简称"],
    "note": ["备注"],
}


def read(path: Path) -> list[UnitRecord]:
    """Every unit of the first sheet with a unit-name column; ImportRejected lists all problems."""
    wb = open_workbook(path)
    found = None
    for ws in wb.worksheets:
        found = find_header(ws, _WANTED, ["name"])
        if found:
            break
    if not found:
        raise ImportRejected(
            tr("UnitsXlsx", "No column “单位名称” was found in the first rows of any sheet of {0}.").format(
                Path(path).name
            ),
            [tr("UnitsXlsx", "Expected columns: {0}.").format("、".join(HEADERS))],
        )
    unmerge_fill(ws)
    header_row, cols = found
    problems: list[Problem] = []
    records: list[UnitRecord] = []
    first_row_of: dict[str, int] = {}
    for r in range(header_row + 1, ws.max_row + 1):

        def get(f: str, r=r) -> str:
            return cell_text(ws.cell(r, cols[f]).value) if f in cols else ""

        raw = {f: get(f) for f in _WANTED}
        if not any(raw.values()):
            continue
        name = clean_name(raw["name"])
        problem = name_problem(name)
        if problem:
            problems.append(Problem(problem, r, ws.title))
            continue
        kind = raw["kind"] or guess_kind(name)
        if kind not in KINDS:
            problems.append(
                Problem(
                    tr("UnitsXlsx", "The type “{0}” of {1} is not one of {2}.").format(kind, name, "、".join(KINDS)),
                    r,
                    ws.title,
                )
            )
        phone = raw["phone"]
        problem = phone_problem(phone)
        if problem:
            problems.append(Problem(problem, r, ws.title))
        aliases = [a for a in split_aliases(raw["aliases"]) if name_key(a) != name_key(name)]
        for text in [name, *aliases]:
            key = name_key(text)
            if key in first_row_of:
                problems.append(
                    Problem(
                        tr("UnitsXlsx", "“{0}” is the same unit name as in row {1}.").format(text, first_row_of[key]),
                        r,
                        ws.title,
                    )
                )
            else:
                first_row_of[key] = r
        records.append(
            UnitRecord(
                name=name,
                kind=kind,
                leader=raw["leader"],
                liaison=raw["liaison"],
                phone=phone,
                note=raw["note"],
                aliases=aliases,
                row=r,
            )
        )
    if not records and not problems:
        problems.append(Problem(tr("UnitsXlsx", "The sheet lists no units."), None, ws.title))
    if problems:
        raise ImportRejected(
            tr("UnitsXlsx", "The units in {0} were not imported: {1} problem(s) found.").format(
                Path(path).name, len(problems)
            ),
            [str(p) for p in problems],
        )
    return records


def export(records: Sequence[UnitRecord], target: Path, title: str = "成员单位名单") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "成员单位"
    write_table(
        ws,
        title,
        HEADERS,
        [[u.name, u.kind, u.leader, u.liaison, u.phone, "、".join(u.aliases), u.note] for u in records],
        [28, 10, 14, 12, 16, 24, 24],
    )
    return save_atomic(wb, target)
