"""Member units from and to a workbook: 单位名称, 类型, 分管领导, 联络员, 联系电话, 别名, 备注."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from desktop_app.core.checks import Check
from desktop_app.core.errors import ImportRejected
from desktop_app.core.i18n import tr
from desktop_app.core.ruleset import Problem
from desktop_app.core.tables import SkippedRow
from desktop_app.core.units import (
    KINDS,
    UnitRecord,
    clean_name,
    clean_phone,
    guess_kind,
    name_key,
    name_problem,
    phone_problem,
    split_aliases,
)
from desktop_app.exchange.xlsx_io import (
    Grid,
    cell_text,
    header_key,
    read_grids,
    row_skip_reason,
    save_atomic,
    unread_columns,
    write_table,
)

HEADERS = ["单位名称", "类型", "分管领导", "联络员", "联系电话", "别名", "备注"]
_WANTED = {
    "name": ["单位名称", "单位", "名称", "成员单位", "责任单位"],
    "kind": ["类型", "单位类型"],
    "leader": ["分管领导", "领导", "分管负责人", "负责人", "主要负责人", "分管负责同志", "分管领导姓名"],
    "liaison": ["联络员", "联系人", "联络员姓名", "联系人姓名"],
    "phone": ["联系电话", "电话", "联系方式", "办公电话", "座机", "电话号码", "固定电话", "联络员电话", "联系人电话"],
    "mobile": ["手机", "手机号", "手机号码", "移动电话"],
    "aliases": ["别名", "简称"],
    "note": ["备注", "说明"],
}
#: columns a units list has that say nothing the list keeps (the row's own number)
_KNOWN = {"序号", "编号", "序"}


def _header(grid: Grid) -> tuple[int, dict[str, int]] | None:
    """(header row, {field: column}) among the first rows of ``grid``, when it has a unit-name column."""
    for r, row in enumerate(grid.rows[:10], start=1):
        columns: dict[str, int] = {}
        for c, value in enumerate(row, start=1):
            key = header_key(cell_text(value))
            for field, names in _WANTED.items():
                if key and field not in columns and key in names:
                    columns[field] = c
        if "name" in columns:
            return r, columns
    return None


def read(
    path: Path,
    skipped: list[SkippedRow] | None = None,
    present: set[str] | None = None,
    *,
    strict: bool = False,
    unread: list[str] | None = None,
    corrections: dict[str, str] | None = None,
) -> list[UnitRecord]:
    """Every unit of the first sheet (or Word table) with a unit-name column; ImportRejected lists
    all problems. Rows that are no units — notes and signature lines, totals, the header repeated,
    category rows such as 一、市直部门, hidden rows — are passed over and added to ``skipped``;
    ``present`` receives the fields the table has a column for, ``unread`` the columns not read.

    A phone as offices type it (0577—85361021, full-width digits) is kept in the usual form; one in
    no form of a phone number is kept as written and listed in the unit's ``checks`` (需核对), unless
    ``strict`` refuses the list for it. 手机 is kept as a second number after the phone. ``corrections``
    ({"Sheet E5": text}) are the clerk's readings of such cells, typed in the preview."""
    found = None
    for grid in read_grids(Path(path)):
        found = _header(grid)
        if found:
            break
    if not found:
        raise ImportRejected(
            tr("UnitsXlsx", "No column “单位名称” was found in the first rows of any sheet of {0}.").format(
                Path(path).name
            ),
            [tr("UnitsXlsx", "Expected columns: {0}.").format("、".join(HEADERS))],
        )
    ws = grid
    header_row, cols = found
    if present is not None:
        present.update(cols)
        if "mobile" in cols:
            present.add("phone")
    if unread is not None:
        unread.extend(unread_columns(ws, header_row + 1, cols, _KNOWN))
    problems: list[Problem] = []
    kept = 0
    records: list[UnitRecord] = []
    first_row_of: dict[str, int] = {}
    for r in range(header_row + 1, len(ws.rows) + 1):
        reason = row_skip_reason(ws, header_row + 1, ws.rows[r - 1], row=r, categories=True)
        if reason:
            if skipped is not None:
                skipped.append(SkippedRow(ws.title, r, reason))
            continue
        raw = {f: cell_text(ws.value(r, cols[f])) if f in cols else "" for f in _WANTED}
        for f in ("phone", "mobile"):  # the clerk's reading of a cell, typed in the preview
            if corrections and f in cols:
                raw[f] = corrections.get(f"{ws.title} {get_column_letter(cols[f])}{r}", raw[f])
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
        phones = [clean_phone(raw["phone"]), clean_phone(raw["mobile"])]
        phone = "、".join(dict.fromkeys(p for p in phones if p))
        checks: list[dict[str, object]] = []
        for field in ("phone", "mobile"):
            problem = phone_problem(clean_phone(raw[field]))
            if not problem:
                continue
            if strict:
                problems.append(Problem(problem, r, ws.title))
                continue
            kept += 1
            where = f"{ws.title} {get_column_letter(cols[field])}{r}"
            checks.append(Check("phone", raw[field], problem, where).to_json())
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
                checks=checks,
            )
        )
    if not records and not problems:
        problems.append(Problem(tr("UnitsXlsx", "The sheet lists no units."), None, ws.title))
    if kept > sum(1 for u in records if not u.checks):  # more odd cells than good rows: not a units list
        listed = [f"{c['where']}：{Check.from_json(c).said()}" for u in records for c in u.checks]
        raise ImportRejected(
            tr(
                "UnitsXlsx",
                "The units in {0} were not imported: {1} cells could not be read, more than the rows that could. "
                "Is this the units list?",
            ).format(Path(path).name, len(listed)),
            listed[:10],
        )
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
