"""The office's own task table (任务分解表) and indicator responsibility table (指标任务责任分解表),
read as they are typed: a title row, the header anywhere in the first rows and possibly two rows
deep, merged cells, group rows such as （一）…, numbering that restarts in each group."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from desktop_app.core import deadlines, duties
from desktop_app.core.checks import Check
from desktop_app.core.errors import ImportRejected
from desktop_app.core.i18n import tr
from desktop_app.core.ruleset import Problem
from desktop_app.core.tables import HIDDEN, SkippedRow, skip_reason
from desktop_app.core.tasks import (
    ROLE_LEAD,
    ROLE_RESPONSIBLE,
    ROLE_SUPPORT,
    ROLES,
    TITLE_MAX,
    AssignmentRow,
    TaskRow,
    code_number,
    group_heading,
    group_marker,
    heading_level,
    numbered,
    split_title,
    sub_numbered,
)
from desktop_app.core.units import split_unit_list
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

TASK_FIELDS: dict[str, tuple[str, ...]] = {
    "code": ("序号", "编号", "任务编号", "项目编号"),
    "title": ("任务", "工作任务", "重点任务", "任务名称", "主要任务", "任务事项", "项目名称", "工程行动"),
    "content": (
        "工作内容",
        "具体内容",
        "任务内容",
        "工作措施",
        "主要内容",
        "具体措施",
        "具体举措",
        "主要举措",
        "工作举措",
        "工作要求",
        "具体工作措施",
        "工作措施及要求",
    ),
    "lead": ("牵头单位", "牵头部门"),
    "responsible": ("责任单位", "责任部门"),
    "support": ("配合单位", "配合部门", "协办单位", "支持单位", "协同单位", "参与单位", "协助单位"),
    "deadline": (
        "完成时限",
        "完成时间",
        "时限",
        "时间节点",
        "完成期限",
        "时间要求",
        "截止时间",
        "截止日期",
        "推进时限",
        "时间安排",
    ),
    "items": ("对应指标", "对应评价内容", "指标序号", "评价内容序号", "对应项号"),
    "targets": ("目标", "量化指标", "指标要求", "目标要求", "工作目标", "目标任务"),
    "note": ("备注", "说明"),
}
ASSIGNMENT_FIELDS: dict[str, tuple[str, ...]] = {
    "item": ("评价内容", "项号", "评价内容序号"),
    "departments": ("责任部门", "责任单位"),
    "lead": ("牵头单位", "牵头部门"),
}
EXPORT_HEADERS = (
    "编号",
    "任务",
    "工作内容",
    "牵头单位",
    "责任单位",
    "配合单位",
    "完成时限",
    "对应指标",
    "状态",
    "进度",
)
FIELDS = {"tasks": TASK_FIELDS, "assignments": ASSIGNMENT_FIELDS}
NEEDED = {  # the columns without which a table cannot be read
    "tasks": lambda c: ("title" in c or "content" in c) and ("lead" in c or "responsible" in c),
    "assignments": lambda c: "item" in c and "departments" in c,
}
EXPECTED = {"tasks": ("deadline",), "assignments": ()}  # a table without them likely names them oddly
#: columns the program knows and leaves alone (its own export's status columns, a progress column)
IGNORED_HEADERS = {"状态", "进度", "完成情况", "进展情况", "工作进展", "序"}
PREVIEW_ROWS, PREVIEW_COLUMNS, PREVIEW_SHEETS = 20, 16, 12
_FULL_CODE = re.compile(r"^(?=.*[.\-A-Za-z])[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*$")  # 1.5, G1-01: kept as typed
_ITEM_NO = re.compile(r"[（(]\s*(\d+)\s*[)）]|(\d+)")
HEADER_ROWS = 10


@dataclass
class Layout:
    """Where the table is: its sheet (None: the first), the last header row (data starts below)
    and {field: column}."""

    sheet: str | None
    header_row: int
    columns: dict[str, int]


@dataclass
class SheetPreview:
    name: str
    rows: list[list[str]]  # the first rows as text, merged cells filled
    hidden_rows: set[int] = dataclasses.field(default_factory=set)  # 1-based rows the office hid

    def passed_over(self, header_row: int, kind: str) -> dict[int, str]:
        """The rows below a header ending in ``header_row`` that an import would pass over (1-based
        row → reason, as core.tables gives it), so the preview shows them before anything is read."""
        headers = [self.rows[i] for i in range(max(0, header_row - 2), header_row)] or [[]]
        found = {}
        for r in range(header_row + 1, len(self.rows) + 1):
            if r in self.hidden_rows:
                found[r] = HIDDEN
                continue
            reason = next(
                (why for h in headers if (why := skip_reason(self.rows[r - 1], h, categories=kind == "assignments"))),
                None,
            )
            if reason:
                found[r] = reason
        return found


class HeaderUnsure(ImportRejected):
    """The header is missing or doubtful: the column-mapping dialog shows ``previews`` and asks,
    starting from ``guess``; on the command line, --header-row and --columns answer."""

    def __init__(self, message: str, kind: str, guess: Layout | None, previews: list[SheetPreview]):
        found = "、".join(
            f"{field_label(kind, f)}={get_column_letter(c)}" for f, c in (guess.columns if guess else {}).items()
        )
        details = [tr("TasksXlsx", "Columns recognised: {0}.").format(found)] if found else []
        details.append(
            tr(
                "TasksXlsx",
                "Name the columns yourself: in the program a dialog asks; on the command line add "
                "--header-row N --columns 任务=B,牵头单位=C,责任单位=D,完成时限=E.",
            )
        )
        details.append(
            tr("TasksXlsx", "Column names the program knows: {0}.").format(
                "、".join(n for names in FIELDS[kind].values() for n in names)
            )
        )
        super().__init__(message, details)
        self.kind, self.guess, self.previews = kind, guess, previews


def needed_text(kind: str) -> str:
    if kind == "tasks":
        return tr("TasksXlsx", "Choose at least the 任务 (or 工作内容) column and the 牵头单位 (or 责任单位) column.")
    return tr("TasksXlsx", "Choose at least the 评价内容 column and the 责任部门 column.")


def field_label(kind: str, field: str) -> str:
    """The column name a field is shown by (the first of its recognised names)."""
    return FIELDS[kind][field][0]


def parse_columns(kind: str, text: str) -> dict[str, int]:
    """``任务=B,牵头单位=C`` (or ``title=B``) as {field: column}; ImportRejected names a bad part."""
    from openpyxl.utils import column_index_from_string

    by_name = {name: f for f, names in FIELDS[kind].items() for name in (f, *names)}
    found: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in re.split(r"[,，;；]", text))):
        name, _, letter = part.partition("=")
        field = by_name.get(name.strip())
        try:
            column = column_index_from_string(letter.strip().upper())
        except ValueError:
            column = None
        if field is None or column is None:
            raise ImportRejected(
                tr("TasksXlsx", "“{0}” does not name a column as 任务=B; known names: {1}.").format(
                    part, "、".join(field_label(kind, f) for f in FIELDS[kind])
                )
            )
        found[field] = column
    return found


def _match(keys: Sequence[str], fields: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """Columns whose header names a field: an exact name first, else a name it ends with
    (责任分工 over 牵头单位 reads 责任分工牵头单位)."""
    found: dict[str, int] = {}
    for exact in (True, False):
        for col, key in enumerate(keys, start=1):
            if not key or col in found.values():
                continue
            for field, names in fields.items():
                if field in found:
                    continue
                if (key in names) if exact else any(key.endswith(n) for n in sorted(names, key=len, reverse=True)):
                    found[field] = col
                    break
    return found


def find_header(grid: Grid, fields: dict[str, tuple[str, ...]], needed) -> tuple[int, dict[str, int], list[str]] | None:
    """(first data row, {field: column}, header texts) for a header in the first rows, one or two
    rows deep. Merged header cells hold their text in every cell, so a cell repeating the one
    above is read once."""
    last = min(HEADER_ROWS, len(grid.rows))
    rows = [[header_key(cell_text(v)) for v in row] for row in grid.rows[: last + 1]]
    for r, keys in enumerate(rows[:last], start=1):
        columns = _match(keys, fields)
        if len(columns) < 2:
            continue
        if r < len(rows):
            below = rows[r]
            combined = [a + (b if b != a else "") for a, b in zip(keys, below, strict=False)]
            deeper = _match(combined, fields)
            if len(deeper) > len(columns) and needed(deeper):
                return r + 2, deeper, combined
        if needed(columns):
            return r + 1, columns, keys
    return None


def _best_guess(grid: Grid, fields: dict[str, tuple[str, ...]]) -> Layout | None:
    """The header row that names the most fields, for the column-mapping dialog to start from."""
    best: Layout | None = None
    for r, row in enumerate(grid.rows[:HEADER_ROWS], start=1):
        columns = _match([header_key(cell_text(v)) for v in row], fields)
        if columns and (best is None or len(columns) > len(best.columns)):
            best = Layout(grid.title, r, columns)
    return best


def _previews(grids: list[Grid]) -> list[SheetPreview]:
    previews = []
    for grid in grids[:PREVIEW_SHEETS]:
        rows = [[cell_text(v)[:60] for v in values[:PREVIEW_COLUMNS]] for values in grid.rows[:PREVIEW_ROWS]]
        while rows and not any(rows[-1]):
            rows.pop()
        previews.append(SheetPreview(grid.title, rows, set(grid.hidden_rows)))
    return previews


def _locate(
    path: Path,
    grids: list[Grid],
    sheet: str | None,
    layout: Layout | None,
    kind: str,
    needed,
    not_found: str,
) -> tuple[Grid, int, dict[str, int]]:
    """The sheet, first data row and columns of the table: as chosen by the clerk (``layout``), or
    recognised from the header; when the header is missing or doubtful, HeaderUnsure asks."""
    fields = FIELDS[kind]
    if layout is not None:
        grid = _sheets(grids, layout.sheet)[0]
        columns = {f: c for f, c in layout.columns.items() if f in fields and c}
        if not needed(columns):
            raise ImportRejected(needed_text(kind))
        if not 0 <= layout.header_row < max(len(grid.rows), 1):
            raise ImportRejected(
                tr("TasksXlsx", "Sheet “{0}” has no rows below row {1}.").format(grid.title, layout.header_row)
            )
        return grid, layout.header_row + 1, columns
    guess = None
    for grid in _sheets(grids, sheet):
        found = find_header(grid, fields, needed)
        if found:
            first, columns, keys = found
            unknown = [k for k in keys if k and not _match([k], fields) and k not in IGNORED_HEADERS]
            missing = [f for f in EXPECTED[kind] if f not in columns]
            if not (unknown and missing):
                return grid, first, columns
            guess = guess or Layout(grid.title, first - 1, columns)
            continue  # a doubtful table: a later one may be the clear one (a plan's text after its annex)
        guess = guess or _best_guess(grid, fields)
    if guess is not None and needed(guess.columns):
        message = tr("TasksXlsx", "Not every column of {0} was recognised: please check which column holds what.")
        message = message.format(path.name)
    else:
        message = not_found
    raise HeaderUnsure(message, kind, guess, _previews(grids))


def _sheets(grids: list[Grid], sheet: str | None) -> list[Grid]:
    if sheet is None:
        return grids
    found = [g for g in grids if g.title == sheet]
    if not found:
        names = "、".join(g.title for g in grids)
        raise ImportRejected(tr("TasksXlsx", "The workbook has no sheet “{0}”; it has {1}.").format(sheet, names))
    return found


def _formula_cells(path: Path, grid: Grid) -> set[str]:
    """Cells holding a formula whose result was never saved (a workbook written by a program)."""
    if not zipfile.is_zipfile(path):
        return set()  # an old .xls keeps every formula's last result
    with zipfile.ZipFile(path) as archive:
        if not any(b"<f" in archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/")):
            return set()
    from openpyxl import load_workbook

    formulas = load_workbook(path, read_only=True)[grid.title]
    found = set()
    for row in formulas.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("=") and grid.value(cell.row, cell.column) is None:
                found.add(cell.coordinate)
    formulas.parent.close()
    return found


def year_of_table(grid: Grid, first: int) -> deadlines.YearHint | None:
    """The year the table's title rows (or the document above it) name, for dates written without one."""
    titles = [cell_text(v) for row in grid.rows[: max(first - 2, 0)] for v in row if cell_text(v)]
    return deadlines.year_hint(titles, tr("TasksXlsx", "the title ")) or (
        deadlines.year_hint(grid.heading.splitlines(), tr("TasksXlsx", "the document ")) if grid.heading else None
    )


def heading_year(title: str, phases: dict[str, dt.date] | None) -> deadlines.YearHint | None:
    """The year a group heading gives the dates under it: one it writes (2023年重点工作), else the
    year the campaign's phase it names ends in (自查自评阶段)."""
    found = deadlines.year_hint([title], tr("TasksXlsx", "the group heading "))
    if found is not None:
        return found
    for name, last_day in (phases or {}).items():
        if name and (name in title or (len(name) > 3 and name.removesuffix("阶段") in title)):
            return deadlines.YearHint(last_day.year, tr("TasksXlsx", "the phase “{0}”").format(name))
    return None


def _where(ws: Grid, row: int, col: int | None = None) -> str:
    return f"{get_column_letter(col)}{row}" if col else str(row)


def read_tasks(
    path: Path,
    sheet: str | None = None,
    phases: dict[str, dt.date] | None = None,
    layout: Layout | None = None,
    skipped: list[SkippedRow] | None = None,
    present: set[str] | None = None,
    *,
    year: deadlines.YearHint | None = None,
    spans_years: bool = False,
    strict: bool = False,
    unread: list[str] | None = None,
    corrections: dict[str, str] | None = None,
) -> list[TaskRow]:
    """Every task of the first sheet (or ``sheet``) that has a task table. Rows that are no tasks
    (notes, totals, the header repeated) are passed over and added to ``skipped``; ``present``
    receives the fields the table has a column for, ``unread`` the columns it does not read.

    A cell that cannot be read as its column's kind (a deadline with no date, a unit cell of commas) is
    kept as written and listed in its task's ``checks`` (需核对); a date with no year takes the year of
    the table's title or document, else ``year`` (the campaign's), and is listed as inferred. ``strict``
    refuses the whole table for any such cell instead; a table with more such cells than good rows is
    refused all the same. ``corrections`` ({"表1 E12": text}) are what the clerk typed in the preview for
    such cells: read in their place, the file left as it is. A damaged table (a duplicate task number,
    a formula never calculated) is refused whole."""
    path = Path(path)
    ws, first, cols = _locate(
        path,
        read_grids(path),
        sheet,
        layout,
        "tasks",
        NEEDED["tasks"],
        tr("TasksXlsx", "No task table was found in {0}: the first rows have no header with 任务 and 牵头单位.").format(
            path.name
        ),
    )
    if present is not None:
        present.update(cols)
    if unread is not None:
        unread.extend(unread_columns(ws, first, cols, IGNORED_HEADERS))
    year = year_of_table(ws, first) or year
    unsaved = _formula_cells(path, ws)
    problems: list[Problem] = []
    tasks: list[TaskRow] = []
    codes: dict[str, int] = {}
    group: str | None = None
    section: str | None = None  # the open 一、 heading, when the table nests （一） groups in it
    block: TaskRow | None = None  # the group's last task that named its units
    parent_task: TaskRow | None = None
    count = sub_count = 0
    #: (lead, responsible, support, words, cells naming nobody) of each row's unit cells
    unit_lists: dict[tuple[str | None, ...], tuple[list[str], list[str], list[str], dict[str, str], set[str]]] = {}
    deadlines_read: dict[tuple, deadlines.Deadline | str] = {}
    kept = 0  # cells kept as written
    section_year: deadlines.YearHint | None = None  # the year the open section's or group's heading says
    group_year: deadlines.YearHint | None = None

    def problem(message: str, r: int, field: str | None = None) -> None:
        col = cols.get(field) if field else None
        where = f"{get_column_letter(col)}{r}" if col else None
        problems.append(Problem(f"{where}：{message}" if where else message, r, ws.title))

    def flag(row: TaskRow, field: str, text: str, reason: str, r: int, *, kept_as_text: bool = True) -> None:
        """A cell kept as written (or read by inference), listed on its task for a person to check."""
        nonlocal kept
        col = cols.get(field)
        cell = f"{ws.title} {get_column_letter(col)}{r}" if col else f"{ws.title} {r}"
        if kept_as_text and strict:
            problem(reason, r, field)
        kept += kept_as_text
        # a plan's text has no cells to name: its task is the place
        where = f"{ws.title}（{row.code}）" if ws.from_text else cell
        row.checks.append(Check(field, text, reason, where, kept_as_text, cell=cell if cell != where else ""))

    for r, values in enumerate(ws.rows[first - 1 :], start=first):
        raw = {f: values[c - 1] if c <= len(values) else None for f, c in cols.items()}
        for f, c in cols.items() if corrections else ():  # the clerk's own reading, typed in the preview
            corrected = corrections.get(f"{ws.title} {get_column_letter(c)}{r}") if corrections else None
            if corrected is not None:
                raw[f] = corrected
        text = {f: cell_text(v) for f, v in raw.items()}
        formula_problem = False
        for f, c in cols.items():
            if f"{get_column_letter(c)}{r}" in unsaved:
                formula_problem = True
                problem(
                    tr(
                        "TasksXlsx",
                        "the cell holds a formula whose result was never saved; "
                        "open the file in Excel or WPS and save it.",
                    ),
                    r,
                    f,
                )
        if formula_problem or not any(v is not None and str(v).strip() for v in values):
            continue
        reason = row_skip_reason(ws, first, values, row=r)
        if reason:
            if skipped is not None:
                skipped.append(SkippedRow(ws.title, r, reason))
            continue
        heading = None
        level = 1
        for candidate in (text.get("title", ""), text.get("code", ""), text.get("content", "")):
            heading = group_heading(candidate)
            if heading:
                level = heading_level(candidate)
                break
        no_units = not any(text.get(f) for f in ("lead", "responsible", "support"))
        marker = group_marker(text.get("code", ""))
        if heading is None and marker and (text.get("title") or text.get("content")):
            heading = (marker, text.get("title") or text.get("content", ""))  # 一、 | 基础工作
            level = heading_level(text.get("code", ""))
        if heading and (no_units or len({cell_text(v) for v in values if cell_text(v)}) == 1):
            group_no, title = heading
            # 一、 opens a section; （一） inside one is a group of it (1.1) — unless the section holds
            # tasks of its own already: then the table only mixes the two forms for one level
            if level == 1 or section is None or (group == section and count):
                group, group_parent = str(group_no), None
                section = group if level == 1 else None
            else:
                group, group_parent = f"{section}.{group_no}", section
            if group in codes:
                problem(
                    tr("TasksXlsx", "the group “{0}” appears twice (first in row {1}).").format(title, codes[group]), r
                )
                continue
            codes[group] = r
            tasks.append(TaskRow(code=group, title=title, parent=group_parent, sheet=ws.title, row=r))
            block = None
            parent_task, count = None, 0
            # a heading's own year (一、2023年重点工作) or phase (（二）自查自评阶段) dates its rows
            own_year = heading_year(title, phases)
            if level == 1 or group_parent is None:
                section_year = own_year
            group_year = own_year or section_year
            continue
        title_cell = text.get("title") or text.get("content", "")
        code_cell = text.get("code", "")
        sub = sub_numbered(code_cell) or (sub_numbered(title_cell) if not code_cell else None)
        if _FULL_CODE.match(code_cell):  # a code as this program writes it: 1.5, 2.3.1, G1-01
            code = code_cell
            parent = re.split(r"[.\-](?=[^.\-]*$)", code_cell)[0] if re.search(r"[.\-]", code_cell) else None
        elif sub and parent_task is not None and sub[0] in (1, sub_count + 1):  # （1）（2）… under a task
            sub_count = sub[0]
            code, parent = f"{parent_task.code}.{sub_count}", parent_task.code
            if not code_cell:
                title_cell = sub[1]
        else:
            number = None
            numbered_title = numbered(title_cell) if not code_cell else None
            if code_number(code_cell) is not None:
                number = code_number(code_cell)
            elif numbered_title:
                number, title_cell = numbered_title
            elif code_cell:
                problem(tr("TasksXlsx", "“{0}” is not a task number.").format(code_cell), r, "code")
                continue
            count = number if number is not None else count + 1
            code = f"{group}.{count}" if group else str(count)
            parent = group
        if not title_cell:
            problem(tr("TasksXlsx", "the task has no title."), r, "title")
            continue
        if code in codes:
            problem(
                tr("TasksXlsx", "the task number {0} appears twice (first in row {1}).").format(code, codes[code]),
                r,
                "code",
            )
            continue
        codes[code] = r
        if text.get("title") and text.get("content"):
            title, content = title_cell, text["content"]
            if len(title) > TITLE_MAX:  # a task's whole text in the title column: named by its first clause
                title, whole = split_title(title)
                content = "\n".join(filter(None, [whole, content]))
        else:  # one cell holds both: 源头治理提升工程。落实大气…
            title, content = split_title(title_cell)
        row = TaskRow(code=code, title=title, parent=parent, content=content, sheet=ws.title, row=r)
        row.place = f"{ws.title}（{code}）" if ws.from_text else tr("TasksXlsx", "{0} row {1}").format(ws.title, r)
        row.note = text.get("note", "")
        cells = tuple(text.get(f) for f in ROLES)
        if cells not in unit_lists:  # the same lists recur row after row
            found_duties = duties.in_columns(dict(zip(ROLES, cells, strict=True)))
            nameless = {f for f, cell in zip(ROLES, cells, strict=True) if cell and not split_unit_list(cell)}
            unit_lists[cells] = (
                duties.of_role(found_duties, ROLE_LEAD),
                duties.of_role(found_duties, ROLE_RESPONSIBLE),
                duties.of_role(found_duties, ROLE_SUPPORT),
                duties.words(found_duties),
                nameless,
            )
        lead, responsible, support, wording, nameless = unit_lists[cells]
        row.lead, row.responsible, row.support, row.wording = list(lead), list(responsible), list(support), wording
        for f in ROLES:
            typed = raw.get(f)
            if f in nameless or (not text.get(f) and isinstance(typed, str) and typed):  # only spaces or commas
                flag(row, f, str(typed), tr("TasksXlsx", "the unit list holds no unit name."), r)
        # a block's units and deadline written once, in its first row, and left blank below (a row
        # that names its units but no deadline, or a deadline but no units, means just that; a table
        # this program wrote (codes such as 1.5, G1-01) says every cell it means)
        in_block = (
            block is not None
            and group is not None  # blocks are a group's tasks
            and not _FULL_CODE.match(code_cell)
            and not any(text.get(f) for f in ("lead", "responsible", "support", "deadline"))
        )
        if in_block and block is not None:
            row.lead, row.responsible, row.support = list(block.lead), list(block.responsible), list(block.support)
        elif row.lead or row.responsible or row.support:
            block = row
        typed = raw.get("deadline")
        if in_block and block is not None:
            row.deadline = block.deadline
        else:
            row_year = group_year or year
            key = (type(typed), typed, row_year)
            if key not in deadlines_read:  # the same deadlines recur row after row
                try:
                    deadlines_read[key] = deadlines.parse(typed, phases, year=row_year, spans_years=spans_years)
                except deadlines.DeadlineProblem as bad:
                    deadlines_read[key] = bad.message
            read = deadlines_read[key]
            if isinstance(read, str):  # kept as written: the task has its words, not a day
                row.deadline = deadlines.Deadline(deadlines.KIND_NONE, None, text.get("deadline", ""))
                flag(row, "deadline", text.get("deadline", ""), read, r)
            else:
                row.deadline = read
                if read.inferred and read.date is not None:
                    reason = tr("TasksXlsx", "the year {0} was taken from {1}.").format(read.date.year, read.inferred)
                    flag(row, "deadline", read.text, reason, r, kept_as_text=False)
        for match in _ITEM_NO.finditer(text.get("items", "")):
            row.items.append(int(match.group(1) or match.group(2)))
        row.targets = text.get("targets", "")
        tasks.append(row)
        task_depth = group.count(".") + 1 if group else 0  # the dots in a task's own code
        if not _FULL_CODE.match(code_cell) and not (sub and code.count(".") > task_depth):
            parent_task, sub_count = row, 0
    if not tasks and not problems:
        problems.append(Problem(tr("TasksXlsx", "The sheet lists no tasks."), None, ws.title))
    _reject(problems, tr("TasksXlsx", "The tasks in {0} were not imported: {1} problem(s) found."), path)
    _too_odd(tasks, kept, path)
    return tasks


def _too_odd(tasks: list[TaskRow], kept: int, path: Path) -> None:
    """A table with more cells kept as written than rows read cleanly is not what it seems: refused,
    the first ten named."""
    good = sum(1 for t in tasks if not any(c.kept for c in t.checks))
    if kept > good:
        listed = [f"{c.where}：{c.said()}" for t in tasks for c in t.checks if c.kept]
        raise ImportRejected(
            tr(
                "TasksXlsx",
                "The tasks in {0} were not imported: {1} cells could not be read, more than the rows that could. "
                "Is this the task table?",
            ).format(path.name, len(listed)),
            listed[:10],
        )


def _reject(problems: list[Problem], message: str, path: Path) -> None:
    """All or nothing: any problem refuses the whole workbook, each named with its place."""
    if problems:
        raise ImportRejected(message.format(path.name, len(problems)), [str(p) for p in problems])


def read_assignments(
    path: Path, sheet: str | None = None, layout: Layout | None = None, skipped: list[SkippedRow] | None = None
) -> list[AssignmentRow]:
    """The departments the responsibility table gives each indicator item; all or nothing. Rows that
    are no items (category rows such as 一、基础工作（30分）, notes, the header repeated) are passed
    over and added to ``skipped``."""
    path = Path(path)
    ws, first, cols = _locate(
        path,
        read_grids(path),
        sheet,
        layout,
        "assignments",
        NEEDED["assignments"],
        tr(
            "TasksXlsx",
            "No responsibility table was found in {0}: the first rows have no header with 评价内容 and 责任部门.",
        ).format(path.name),
    )
    problems: list[Problem] = []
    rows: list[AssignmentRow] = []
    seen: dict[int, int] = {}
    for r in range(first, len(ws.rows) + 1):
        item_text = cell_text(ws.value(r, cols["item"]))
        departments_text = cell_text(ws.value(r, cols["departments"]))
        reason = row_skip_reason(ws, first, ws.rows[r - 1], row=r, categories=True)
        if reason:
            if skipped is not None:
                skipped.append(SkippedRow(ws.title, r, reason))
            continue
        if not item_text and not departments_text:
            continue
        match = re.match(r"\s*[（(]\s*(\d+)\s*[)）]|\s*(\d+)\b", item_text)
        if not match:
            problems.append(
                Problem(
                    f"{_where(ws, r, cols['item'])}：" + tr("TasksXlsx", "the item has no number such as (85)."),
                    r,
                    ws.title,
                )
            )
            continue
        no = int(match.group(1) or match.group(2))
        if no in seen:
            continue  # an item spread over merged rows
        seen[no] = r
        names = split_unit_list(departments_text)
        if not names:
            problems.append(
                Problem(
                    f"{_where(ws, r, cols['departments'])}：" + tr("TasksXlsx", "no department is named."), r, ws.title
                )
            )
            continue
        lead = split_unit_list(cell_text(ws.value(r, cols["lead"]))) if "lead" in cols else []
        rows.append(AssignmentRow(item=no, departments=names, lead=lead, sheet=ws.title, row=r))
    if not rows and not problems:
        problems.append(Problem(tr("TasksXlsx", "The sheet lists no items."), None, ws.title))
    _reject(problems, tr("TasksXlsx", "The responsibility table {0} was not imported: {1} problem(s) found."), path)
    return rows


def export_tasks(rows: Sequence[Sequence[object]], target: Path, title: str) -> Path:
    """A task list that prints well: A4 landscape, repeated title rows, filters, wrapped text."""
    wb = Workbook()
    ws = wb.active
    ws.title = "任务分解表"
    write_table(ws, title, EXPORT_HEADERS, rows, (9, 26, 48, 16, 24, 16, 14, 10, 8, 7))
    return save_atomic(wb, target)
