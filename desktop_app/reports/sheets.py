"""The workbook copy of an official document: each of its tables (``official.OfficialDocument.tables``)
as a sheet with the same columns in the same order and the same rows, from the same content the PDF
and the Word copy are written from. A share (``official.Share``) is a number shown as 67%, counts
are numbers, and so is a score (``official.Amount``); everything else is text as printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from desktop_app.reports.official import OfficialDocument, TableSpec, column_widths

MM_PER_CHAR = 1.9  # a spreadsheet column's width unit (the width of "0") in millimetres
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


def sheet_names(tables: list[TableSpec]) -> list[str]:
    """A sheet name each: the table's name as Excel allows it (31 characters, none of []:*?/\\),
    made unique with （2）, （3） … where two tables share a name.

    >>> same = TableSpec([], [], [], name="逾期任务")
    >>> sheet_names([same, same, TableSpec([], [], [])])
    ['逾期任务', '逾期任务（2）', '表3']
    """
    names: list[str] = []
    for index, spec in enumerate(tables, start=1):
        base = _NOT_IN_SHEET_NAMES.sub("", spec.name).strip("' ")[:28] or f"表{index}"
        name, n = base, 2
        while name.lower() in (x.lower() for x in names):
            name, n = f"{base}（{n}）", n + 1
        names.append(name)
    return names


def cell_value(value: object) -> object:
    """What a workbook cell holds for a value a table prints."""
    if hasattr(value, "sheet_value"):  # a Share or an Amount: a number, or its printed "—" for none
        shown = value.sheet_value
        return str(value) if shown is None else shown
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        return value
    return str(value)


def write_xlsx(path: Path, compose: Callable[[OfficialDocument], None], *, title: str) -> Path:
    """Write ``compose``'s tables as a workbook, atomically; a document without tables gets one sheet
    saying so."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, PatternFill

    from desktop_app.exchange.xlsx_io import save_atomic, write_table

    doc = OfficialDocument()
    compose(doc)
    tables = doc.tables()
    wb = Workbook()
    wb.properties.title = title
    first = wb.active
    if not tables:
        first.title = "说明"
        first["A1"] = f"{title}不含表格。"
    grey = PatternFill("solid", fgColor="E6E6E6")
    for index, (spec, name) in enumerate(zip(tables, sheet_names(tables), strict=True)):
        ws = first if index == 0 else wb.create_sheet()
        ws.title = name
        widths = [max(6.0, round(w / MM_PER_CHAR, 1)) for w in column_widths(spec)]  # as the PDF draws them
        rows = [[cell_value(v) for v in row] for row in spec.rows]
        write_table(ws, f"{title}　{spec.name}" if spec.name else title, spec.header, rows, widths,
                    landscape=sum(widths) > 100)  # fmt: skip
        for r, row in enumerate(spec.rows, start=3):
            for c, value in enumerate(row, start=1):
                cell = ws.cell(r, c)
                if getattr(value, "sheet_value", None) is not None:
                    cell.number_format = getattr(value, "sheet_format", "General")
                horizontal = "left" if c - 1 in spec.left else "center"
                cell.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=True)
        for r in spec.shaded:
            for c in range(1, len(spec.header) + 1):
                ws.cell(r + 3, c).fill = grey
    return save_atomic(wb, Path(path))
