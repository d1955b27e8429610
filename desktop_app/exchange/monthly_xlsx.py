"""The monthly fill-in workbook a unit receives, and reading it back when it returns.

The workbook opens in Excel and WPS: instructions on the first rows, the unit's tasks and items
pre-filled in locked cells, the columns to fill unlocked, a drop-down for 完成状态. A very hidden
sheet names the campaign, unit, month and template version, with a checksum of the pre-filled
structure, so a returned sheet can never be filed under the wrong unit or month, and a sheet whose
rows were deleted, inserted or rewritten is refused with the place named.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from desktop_app.core.errors import ImportRejected
from desktop_app.core.i18n import tr
from desktop_app.core.monthly import (
    KIND_NAMES,
    ReturnedRow,
    TemplateRow,
    ValueProblem,
    parse_day,
    parse_percent,
    structure_checksum,
)
from desktop_app.core.rounds import round_label
from desktop_app.core.tasks import STATUSES
from desktop_app.exchange.xlsx_io import (
    BORDER,
    HEADER_FILL,
    HEADER_FONT,
    Grid,
    cell_text,
    put,
    read_grids,
    row_height,
    save_atomic,
)

FORMAT = "foodsafety-desk/monthly"
VERSION = "1"
SHEET = "月度推进情况"
ID_SHEET = "_fsd_id"
HEADERS = (
    "序号",
    "类型",
    "编号",
    "任务或评价内容",
    "进展情况",
    "主要措施",
    "数据",
    "实例",
    "存在问题",
    "下步计划",
    "完成状态",
    "完成进度（%）",
    "佐证材料清单",
)
FILL_FIELDS = ("progress", "measures", "data", "examples", "problems", "next_steps", "status", "percent", "evidence")
WIDTHS = (5, 8, 8, 34, 30, 26, 18, 22, 20, 22, 10, 9, 22)
TITLE_ROW, NOTE_ROW, META_ROW, HEADER_ROW = 1, 2, 3, 4
FIRST_ROW = HEADER_ROW + 1
MAX_BYTES = 20 * 1024 * 1024  # a filled template is a few hundred KB; larger ones hold pasted pictures
ID_ROWS = 12  # the identification's key/value rows; the expected rows follow
INPUT_FILL = PatternFill("solid", fgColor="FFFBE6")
LOCKED_FILL = PatternFill("solid", fgColor="F2F2F2")


@dataclass(frozen=True)
class TemplateSpec:
    campaign_uid: str
    campaign: str
    unit_id: int
    unit: str
    month: str  # YYYY-MM
    due: dt.date
    rows: Sequence[TemplateRow]
    label: str = ""  # the round's name (2025年3月, 2025年第三季度, 8月25日报送); by its key where blank


@dataclass
class Returned:
    """A returned workbook as read: who and which month it is for, and what the unit wrote."""

    path: Path
    campaign_uid: str
    campaign: str
    unit_id: int
    unit: str
    month: str
    rows: list[ReturnedRow]
    submitted: dt.date | None  # 填报日期 as the unit typed it
    contact: str = ""
    phone: str = ""
    problems: list[str] = field(default_factory=list)


# -- writing ------------------------------------------------------------------------------------------
def write_template(spec: TemplateSpec, target: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    width = len(HEADERS)
    last_col = get_column_letter(width)
    label = spec.label or round_label(spec.month)
    ws.cell(TITLE_ROW, 1, f"{spec.unit} {label}创建工作推进情况报送表").font = Font(name="黑体", size=16, bold=True)
    ws.cell(TITLE_ROW, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A{TITLE_ROW}:{last_col}{TITLE_ROW}")
    ws.row_dimensions[TITLE_ROW].height = 30
    note = (
        f"填报说明：请于{spec.due.month}月{spec.due.day}日前填写黄色单元格后报送创建办（{spec.campaign}）。"
        "逐项写明进展情况，做到有措施、有数据、有实例；完成状态从下拉列表中选择；完成进度填 0–100 的数字。"
        "灰色单元格及表格结构（行、列、工作表）请勿修改、删除或插入，否则无法导入。"
    )
    ws.cell(NOTE_ROW, 1, note).alignment = Alignment(wrap_text=True, vertical="center")
    ws.cell(NOTE_ROW, 1).font = Font(name="宋体", size=10, color="9C0006")
    ws.merge_cells(f"A{NOTE_ROW}:{last_col}{NOTE_ROW}")
    ws.row_dimensions[NOTE_ROW].height = 46
    for col, text in ((1, "填报日期"), (4, "联系人"), (7, "联系电话")):
        ws.cell(META_ROW, col, text).font = HEADER_FONT
    for col in (2, 5, 8):
        cell = ws.cell(META_ROW, col)
        cell.protection = Protection(locked=False)
        cell.fill, cell.border = INPUT_FILL, BORDER
    ws.cell(META_ROW, 2).number_format = "yyyy-mm-dd"
    ws.merge_cells(start_row=META_ROW, start_column=2, end_row=META_ROW, end_column=3)
    for col, name in enumerate(HEADERS, start=1):
        cell = ws.cell(HEADER_ROW, col, name)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[HEADER_ROW].height = row_height(HEADERS, WIDTHS, HEADER_FONT.size)
    body = Font(name="宋体", size=10)
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, row in enumerate(spec.rows, start=1):
        r = FIRST_ROW + index - 1
        title = f"{row.title}\n（{row.hint}）" if row.hint else row.title
        for col, value in enumerate((index, KIND_NAMES[row.kind], row.ref, title), start=1):
            cell = put(ws, r, col, value)
            cell.font, cell.alignment, cell.border, cell.fill = body, wrap, BORDER, LOCKED_FILL
        for col in range(5, width + 1):
            cell = ws.cell(r, col)
            cell.protection = Protection(locked=False)
            cell.font, cell.alignment, cell.border, cell.fill = body, wrap, BORDER, INPUT_FILL
        # the row shows its task in full and leaves room for two lines of answer in every program
        ws.row_dimensions[r].height = max(row_height([title], [WIDTHS[3]], body.size), 3 * 10 * 1.35 + 4)
    last = FIRST_ROW + len(spec.rows) - 1
    # what is typed is checked as it is typed: Excel and WPS refuse a wrong entry with the message
    # (the error alert is on and stops the entry), instead of the import refusing the file later
    day = DataValidation(type="date", operator="between", formula1="DATE(2000,1,1)", formula2="DATE(2099,12,31)")
    day.add(f"B{META_ROW}")
    day.error, day.errorTitle = "请填写日期，如 2025-03-20。", "填报日期"
    checks = [day]
    if spec.rows:
        status = DataValidation(type="list", formula1='"' + ",".join(STATUSES) + '"', allow_blank=True)
        status.error, status.errorTitle = "请从下拉列表中选择完成状态：" + "、".join(STATUSES) + "。", "完成状态"
        status.prompt, status.promptTitle = "从下拉列表中选择", "完成状态"
        status.add(f"K{FIRST_ROW}:K{last}")
        percent = DataValidation(type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True)
        percent.error, percent.errorTitle = "完成进度请填 0 到 100 之间的数字，如 60（不要带 % 或文字）。", "完成进度"
        percent.prompt, percent.promptTitle = "填写 0–100 的数字，如 60", "完成进度"
        percent.add(f"L{FIRST_ROW}:L{last}")
        checks += [status, percent]
    for validation in checks:
        validation.errorStyle = "stop"
        validation.showErrorMessage = validation.showInputMessage = True
        ws.add_data_validation(validation)
    for col, w in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = w
    ws.freeze_panes = f"E{FIRST_ROW}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    # structure locked; rows may still be made taller and columns wider for long answers
    ws.protection.sheet = True
    ws.protection.formatRows = ws.protection.formatColumns = ws.protection.formatCells = False
    _identify(wb, spec)
    wb.security = WorkbookProtection(lockStructure=True)  # sheets cannot be added, removed or unhidden
    return save_atomic(wb, target)


def _identify(wb: Workbook, spec: TemplateSpec) -> None:
    ident = wb.create_sheet(ID_SHEET)
    ident.sheet_state = "veryHidden"
    rows = [(r.kind, r.ref, _shown_title(r)) for r in spec.rows]
    values = [
        ("format", FORMAT),
        ("version", VERSION),
        ("campaign_uid", spec.campaign_uid),
        ("campaign", spec.campaign),
        ("unit_id", str(spec.unit_id)),
        ("unit", spec.unit),
        ("month", spec.month),
        ("rows", str(len(rows))),
        ("checksum", structure_checksum(spec.unit, spec.month, rows, HEADERS)),
        ("generated", dt.datetime.now().isoformat(timespec="seconds")),
    ]
    for r, (key, value) in enumerate(values, start=1):
        ident.cell(r, 1, key)
        ident.cell(r, 2, value)
    for r, (kind, ref, title) in enumerate(rows, start=ID_ROWS + 1):
        ident.cell(r, 1, kind)
        ident.cell(r, 2, ref)
        ident.cell(r, 3, title)
    ident.protection.sheet = True


def _shown_title(row: TemplateRow) -> str:
    return f"{row.title}\n（{row.hint}）" if row.hint else row.title


# -- reading ------------------------------------------------------------------------------------------
def _refuse(path: Path, reason: str, details: Sequence[str] = ()) -> ImportRejected:
    return ImportRejected(tr("MonthlyXlsx", "{0} was not imported: {1}").format(path.name, reason), details)


def read_returned(path: Path) -> Returned:
    """A returned workbook, checked: the identification, the structure, then every filled value.
    ImportRejected names each problem with its cell."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xls", ".et", ".csv", ".ods", ".wps"):
        raise _refuse(
            path,
            tr(
                "MonthlyXlsx",
                "it was saved as {0}, not as the .xlsx workbook that was sent. Open it and save it as "
                "Excel workbook (.xlsx).",
            ).format(suffix),
        )
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size > MAX_BYTES:
        raise _refuse(
            path,
            tr(
                "MonthlyXlsx",
                "the file is {0} MB; a filled-in report is well under 1 MB. Pictures pasted into the sheet "
                "make it this large: delete them and send the pictures as evidence instead.",
            ).format(size // (1024 * 1024)),
        )
    grids = read_grids(path)
    ident = next((g for g in grids if g.title == ID_SHEET), None)
    if ident is None:
        raise _refuse(
            path,
            tr(
                "MonthlyXlsx",
                "it is not a monthly report template made by this program (its identification is missing). "
                "Send the unit the template generated for it.",
            ),
        )
    info = {cell_text(r[0]): cell_text(r[1]) for r in ident.rows[: ID_ROWS - 1] if len(r) > 1 and r[0]}
    if info.get("format") != FORMAT or info.get("version") != VERSION:
        raise _refuse(
            path,
            tr("MonthlyXlsx", "its template version ({0}) is not one this program reads.").format(
                info.get("version") or info.get("format") or "?"
            ),
        )
    expected = [
        (cell_text(r[0]), cell_text(r[1]), cell_text(r[2]))
        for r in ident.rows[ID_ROWS:]
        if len(r) > 2 and r[0] is not None
    ]
    try:
        unit_id = int(info.get("unit_id", ""))
    except ValueError:
        raise _refuse(path, tr("MonthlyXlsx", "its identification is damaged.")) from None
    returned = Returned(
        path=path,
        campaign_uid=info.get("campaign_uid", ""),
        campaign=info.get("campaign", ""),
        unit_id=unit_id,
        unit=info.get("unit", ""),
        month=info.get("month", ""),
        rows=[],
        submitted=None,
    )
    sheet = next((g for g in grids if g.title == SHEET), None)
    if sheet is None:
        raise _refuse(path, tr("MonthlyXlsx", "the sheet “{0}” was renamed or deleted.").format(SHEET))
    _check_structure(path, sheet, returned, expected, info.get("checksum", ""))
    _read_values(sheet, returned, expected)
    if not returned.problems and returned.submitted is None and not any(r.filled() for r in returned.rows):
        raise _refuse(path, tr("MonthlyXlsx", "nothing was filled in: it is the blank template."))
    if returned.problems:
        raise _refuse(
            path,
            tr("MonthlyXlsx", "{0} problem(s) in the filled-in values.").format(len(returned.problems)),
            returned.problems,
        )
    return returned


def _check_structure(path: Path, sheet: Grid, returned: Returned, expected: list, checksum: str) -> None:
    header = [cell_text(sheet.value(HEADER_ROW, c)) for c in range(1, len(HEADERS) + 1)]
    if header != list(HEADERS):
        moved = next(
            (r for r in range(1, min(len(sheet.rows), 12) + 1) if cell_text(sheet.value(r, 1)) == HEADERS[0]), None
        )
        reason = (
            tr("MonthlyXlsx", "rows were inserted or deleted above the table (its header is now in row {0}).").format(
                moved
            )
            if moved and moved != HEADER_ROW
            else tr("MonthlyXlsx", "the table's columns were changed (row {0} should read {1}).").format(
                HEADER_ROW, "、".join(HEADERS)
            )
        )
        raise _refuse(path, reason)
    merged = [
        f"{get_column_letter(c0)}{r0}:{get_column_letter(c1)}{r1}"
        for r0, c0, r1, c1 in sheet.merged
        if r1 >= HEADER_ROW and (r0, c0) != (r1, c1)
    ]
    if merged:
        raise _refuse(
            path,
            tr("MonthlyXlsx", "cells in the table were merged ({0}). Unmerge them and send the file again.").format(
                "、".join(merged[:5])
            ),
        )
    found = []
    for r in range(FIRST_ROW, len(sheet.rows) + 1):
        kind_name, ref, title = (cell_text(sheet.value(r, c)) for c in (2, 3, 4))
        if kind_name or ref or title:
            found.append((r, kind_name, ref, title))
        elif any(cell_text(sheet.value(r, c)) for c in range(5, len(HEADERS) + 1)):
            found.append((r, "", "", ""))  # a row inserted and filled in
    names = {v: k for k, v in KIND_NAMES.items()}
    shown = [(names.get(k, k), ref, title) for _r, k, ref, title in found]
    wanted = [tuple(e) for e in expected]
    if shown != wanted:
        details = _row_differences(found, shown, wanted)
        raise _refuse(
            path,
            tr(
                "MonthlyXlsx",
                "the pre-filled rows were deleted, inserted or changed; fill in the template as it was sent.",
            ),
            details,
        )
    title_text = cell_text(sheet.value(TITLE_ROW, 1))
    if structure_checksum(returned.unit, returned.month, [tuple(e) for e in expected], HEADERS) != checksum or (
        returned.unit not in title_text
    ):
        raise _refuse(path, tr("MonthlyXlsx", "its identification does not match its contents."))


def _row_differences(found: list, shown: list, wanted: list) -> list[str]:
    """Rows deleted, inserted or rewritten, named by their row in the returned sheet (first ten)."""
    from difflib import SequenceMatcher

    details: list[str] = []

    def missing(index: int, at: int) -> None:
        kind, ref, _title = wanted[index]
        details.append(tr("MonthlyXlsx", "row {0}: {1} {2} is missing.").format(at, KIND_NAMES[kind], ref))

    def extra(index: int) -> None:
        details.append(tr("MonthlyXlsx", "row {0}: a row that was not in the template.").format(found[index][0]))

    for op, w0, w1, f0, f1 in SequenceMatcher(None, wanted, shown, autojunk=False).get_opcodes():
        at = found[f0][0] if f0 < len(found) else FIRST_ROW + f0
        if op == "delete":
            for i in range(w0, w1):
                missing(i, at)
        elif op == "insert":
            for i in range(f0, f1):
                extra(i)
        elif op == "replace" and w1 - w0 == f1 - f0:
            for i, j in zip(range(w0, w1), range(f0, f1), strict=True):
                kind, ref, _title = wanted[i]
                typed = " ".join(filter(None, found[j][1:]))[:40]
                details.append(
                    tr("MonthlyXlsx", "row {0}: should be {1} {2}, reads “{3}”.").format(
                        found[j][0], KIND_NAMES[kind], ref, typed
                    )
                )
        elif op == "replace":
            for i in range(w0, w1):
                missing(i, at)
            for i in range(f0, f1):
                extra(i)
    return details[:10]


def _read_values(sheet: Grid, returned: Returned, expected: list) -> None:
    year = int(returned.month[:4]) if returned.month[:4].isdigit() else None
    typed = sheet.value(META_ROW, 2)
    try:
        returned.submitted = parse_day(typed, year)
    except ValueProblem:
        returned.problems.append(
            tr("MonthlyXlsx", "B{0} 填报日期: “{1}” is not a date such as 2025-03-20.").format(META_ROW, typed)
        )
    returned.contact = cell_text(sheet.value(META_ROW, 5))
    returned.phone = cell_text(sheet.value(META_ROW, 8))
    for index, (kind, ref, title) in enumerate(expected):
        r = FIRST_ROW + index
        row = ReturnedRow(kind=kind, ref=ref, title=title)
        for offset, name in enumerate(FILL_FIELDS):
            col = 5 + offset
            value = sheet.value(r, col)
            where = f"{get_column_letter(col)}{r}"
            if name == "percent":
                try:
                    row.percent = parse_percent(value)
                except ValueProblem:
                    returned.problems.append(
                        tr("MonthlyXlsx", "{0} 完成进度: “{1}” is not a number from 0 to 100.").format(where, value)
                    )
            elif name == "status":
                text = cell_text(value)
                if text and text not in STATUSES:
                    returned.problems.append(
                        tr("MonthlyXlsx", "{0} 完成状态: “{1}” is not one of {2}.").format(
                            where, text, "、".join(STATUSES)
                        )
                    )
                row.status = text if text in STATUSES else ""
            else:
                setattr(row, name, cell_text(value))
        returned.rows.append(row)
