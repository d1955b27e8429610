"""Reading office workbooks safely and writing ones that print well (openpyxl, no Qt)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import math
import re
import warnings
import zipfile
import zlib
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import ParseError

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.core.atomic import atomic_path
from desktop_app.core.errors import ImportRejected, KnownError
from desktop_app.core.i18n import mark, tr
from desktop_app.core.plan_text import task_rows
from desktop_app.core.tables import HIDDEN, skip_reason
from desktop_app.core.text import without_format_characters

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls and encrypted .xlsx


#: An Office file (a zip) that would expand past these is refused before it is read: a "zip bomb".
MAX_UNPACKED = 512 * 1024**2  # all its parts together
MAX_PART = 256 * 1024**2  # one sheet or document part
MAX_PARTS = 10_000
MAX_ROWS = 20_000  # rows an import takes from one table: far more than any plan, unit list or findings list
MAX_COLUMNS = 500  # columns of a table (a Word cell's span included)


def check_file(path: Path, *, kind: str = "xlsx") -> None:
    """Every way an Office file can be unfit to read, as a clear ImportRejected: missing, a folder,
    empty, password-protected (or an old .xls), no zip at all, or one that would expand past the
    limits above (a zip bomb)."""
    path = Path(path)
    if not path.exists():
        raise ImportRejected(tr("Xlsx", "The file {0} does not exist.").format(path))
    if path.is_dir():
        raise ImportRejected(tr("Xlsx", "{0} is a folder, not an Excel file.").format(path))
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ImportRejected(
            tr("Xlsx", "The file {0} cannot be read: {1}").format(path.name, exc.strerror or exc)
        ) from exc
    if not head:
        raise ImportRejected(tr("Xlsx", "The file {0} is empty.").format(path.name))
    if head == _OLE_MAGIC and kind == "xlsx":
        raise ImportRejected(
            tr(
                "Xlsx",
                "The file {0} is password-protected or in the old .xls format. "
                "Open it in Excel or WPS, remove the password, and save it as .xlsx.",
            ).format(path.name)
        )
    if not zipfile.is_zipfile(path):
        if kind == "docx":
            raise ImportRejected(
                tr("Xlsx", "The file {0} is not a Word document (.docx), or it is password-protected.").format(
                    path.name
                )
            )
        raise ImportRejected(
            tr("Xlsx", "The file {0} is not an Excel workbook (.xlsx). Save it as .xlsx and try again.").format(
                path.name
            )
        )
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportRejected(
            tr("Xlsx", "The file {0} is damaged or not an Excel workbook: {1}").format(path.name, exc)
        ) from exc
    declared_too_big = (
        len(parts) > MAX_PARTS
        or any(p.file_size > MAX_PART for p in parts)
        or sum(p.file_size for p in parts) > MAX_UNPACKED
    )
    hostile = "too big" if declared_too_big else _inflate_check(path, parts)
    if hostile == "entities":
        raise ImportRejected(
            tr(
                "Xlsx",
                "The file {0} declares XML entities (a DOCTYPE), which Excel, WPS and Word never write; it is "
                "refused as a hostile file. Save the table again in a new file.",
            ).format(path.name)
        )
    if hostile == "too big":  # as the package says, or as it really inflates
        raise ImportRejected(
            tr(
                "Xlsx",
                "The file {0} would expand to more than {1} MB when read; it is refused as it may be a "
                "damaged or hostile file. Save the table again in a new file.",
            ).format(path.name, MAX_UNPACKED // 1024**2)
        )


def _inflate_check(path: Path, parts: list[zipfile.ZipInfo]) -> str | None:
    """Stream through every part once, counting what really inflates (not what the package claims):
    "too big" past the limits, "entities" when an XML part opens with a DOCTYPE (the way to external
    or exploding entities; Office never writes one), None otherwise. Damage is left to the reader,
    which names it."""
    total = 0
    try:
        with zipfile.ZipFile(path) as archive:
            for info in parts:
                with archive.open(info) as fh:
                    head = fh.read(4096)
                    if info.filename.endswith((".xml", ".rels")) and b"<!DOCTYPE" in head.upper():
                        return "entities"
                    size = len(head)
                    while chunk := fh.read(1024 * 1024):
                        size += len(chunk)
                        if size > MAX_PART or total + size > MAX_UNPACKED:
                            return "too big"
                    total += size
    except (zipfile.BadZipFile, OSError, zlib.error, EOFError, NotImplementedError, RuntimeError):
        return None  # the reader says what is wrong with it
    return None


def open_workbook(path: Path, *, read_only: bool = False) -> Workbook:
    """Open an .xlsx for reading; every way it can fail becomes a clear ImportRejected."""
    path = Path(path)
    check_file(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about unsupported extensions
            return load_workbook(path, data_only=True, read_only=read_only)
    except (
        InvalidFileException,
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        TypeError,
        OSError,
        EOFError,
        zlib.error,  # damaged compressed data
        ParseError,  # broken XML inside the workbook
    ) as exc:
        raise ImportRejected(
            tr("Xlsx", "The file {0} is damaged or not an Excel workbook: {1}").format(path.name, exc)
        ) from exc


@dataclass
class Grid:
    """One sheet's values as rows of equal length, each merged range filled from its top-left cell."""

    title: str
    rows: list[list[object]]
    merged: list[tuple[int, int, int, int]] = dataclasses.field(default_factory=list)  # (row, col, last row, last col)
    hidden: bool = False
    hidden_rows: set[int] = dataclasses.field(default_factory=set)  # 1-based rows the office hid
    heading: str = ""  # what a document says above its tables (title, date line): the year of its dates
    from_text: bool = False  # the tasks a plan's text writes as paragraphs, not a table

    def value(self, row: int, col: int) -> object:
        """The value at 1-based ``row`` and ``col`` (None outside the sheet)."""
        if 1 <= row <= len(self.rows) and 1 <= col <= len(self.rows[row - 1]):
            return self.rows[row - 1][col - 1]
        return None


_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_REL = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_ATTRIBUTE = re.compile(rb'\b([\w:]+)="([^"]*)"')
_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"[^>]*?\bhidden="(?:1|true)"')
_HIDDEN_ROW_LATE = re.compile(rb'<(?:\w+:)?row\b[^>]*?\bhidden="(?:1|true)"[^>]*?\br="(\d+)"')
_HIDDEN_COLS = re.compile(rb'<(?:\w+:)?col\b(?=[^>]*\bhidden="(?:1|true)")[^>]*?\bmin="(\d+)"[^>]*?\bmax="(\d+)"')


#: Files offices have that are no workbook this program reads, and how to make one of them.
_SAVE_AS = {
    ".et": mark("Xlsx", "The file {0} is a WPS 表格 file (.et). In WPS choose 文件 → 另存为 → Excel 工作簿 (*.xlsx)."),
    ".ett": mark("Xlsx", "The file {0} is a WPS 表格 template (.ett). In WPS save it as Excel 工作簿 (*.xlsx)."),
    ".wps": mark("Xlsx", "The file {0} is a WPS 文字 document (.wps). In WPS save it as Word 文档 (*.docx)."),
    ".doc": mark("Xlsx", "The file {0} is an old Word document (.doc). Save it as Word 文档 (*.docx)."),
    ".ods": mark("Xlsx", "The file {0} is an OpenDocument spreadsheet (.ods). Save it as Excel 工作簿 (*.xlsx)."),
    ".csv": mark("Xlsx", "The file {0} is a CSV text file. Open it in Excel or WPS and save it as .xlsx."),
}


def read_grids(path: Path) -> list[Grid]:
    """Every worksheet's values, with merged ranges filled from their first cell: an .xlsx through
    python-calamine, an old .xls through xlrd, the tables (and numbered tasks) of a Word .docx. A table
    of more than ``MAX_ROWS`` rows is refused whole, said so (a sheet's or a Word cell's size is looked
    at before its grid is built, where the reader allows)."""
    path = Path(path)
    advice = _SAVE_AS.get(path.suffix.lower())
    if advice is not None:
        raise ImportRejected(tr("Xlsx", advice).format(path.name))
    if path.suffix.lower() == ".docx":
        grids = _read_docx(path)
    elif path.suffix.lower() == ".txt":
        grids = plan_grids(_read_text(path), path.name)
    elif _is_old_xls(path):
        grids = _read_xls(path)
    else:
        grids = _read_xlsx(path)
    for grid in grids:
        check_size(path, len(grid.rows), max((len(r) for r in grid.rows), default=0))
        _check_cells(path, grid)
    return grids


MAX_CELL = 32_767  # characters a worksheet cell holds (Excel's and WPS's limit)


def _check_cells(path: Path, grid: Grid) -> None:
    """Refuse a cell longer than a worksheet cell can hold: taken in, it would stop every export and
    fill-in form that writes it out again."""
    for r, row in enumerate(grid.rows, start=1):
        for c, value in enumerate(row, start=1):
            if isinstance(value, str) and len(value) > MAX_CELL:
                raise ImportRejected(
                    tr(
                        "Xlsx",
                        "{0}: the cell {1}{2} of “{3}” holds {4:,} characters; a cell holds at most {5:,}. "
                        "Shorten it and import the file again.",
                    ).format(path.name, get_column_letter(c), r, grid.title, len(value), MAX_CELL)
                )


def check_size(path: Path, rows: int, columns: int = 0) -> None:
    """Refuse a table too large to be an office's (``MAX_ROWS`` rows, ``MAX_COLUMNS`` columns), saying so."""
    if rows > MAX_ROWS:
        raise ImportRejected(
            tr("Xlsx", "{0} has a table of {1:,} rows; an import takes at most {2:,}. Split it into parts.").format(
                path.name, rows, MAX_ROWS
            )
        )
    if columns > MAX_COLUMNS:
        raise ImportRejected(
            tr("Xlsx", "{0} has a table {1:,} columns wide; an import takes at most {2:,}.").format(
                path.name, columns, MAX_COLUMNS
            )
        )


def unread_columns(grid: Grid, first: int, columns: dict[str, int], known: Collection[str] = ()) -> list[str]:
    """The header of every column an import does not read and does not know ("F 手机"), from the one or
    two header rows above ``first`` (the first data row), so the clerk is told what was left out: a
    table's column is never dropped without a word."""
    used = set(columns.values())
    width = max((len(r) for r in grid.rows[: first - 1]), default=0)
    found = []
    for col in range(1, width + 1):
        if col in used:
            continue
        heads = [cell_text(grid.value(r, col)) for r in (first - 2, first - 1) if r >= 1]
        head = next((h for h in reversed(heads) if h), "")
        if head and header_key(head) not in known:
            found.append(f"{get_column_letter(col)} {head}")
    return found


def _value(value: object) -> object:
    """A cell as openpyxl gives it: None for an empty cell, whole numbers as int."""
    if value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _read_xlsx(path: Path) -> list[Grid]:
    """An .xlsx through python-calamine (about ten times as fast as openpyxl), merged ranges filled;
    hidden rows and columns from the sheet's XML, which calamine does not report."""
    from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum

    check_file(path)
    grids = []
    try:
        book = CalamineWorkbook.from_path(str(path))
        with zipfile.ZipFile(path) as archive:
            xml_of = _sheet_parts(archive)
            for index, meta in enumerate(book.sheets_metadata):
                sheet = book.get_sheet_by_index(index)
                rows = [[_value(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
                width = max((len(r) for r in rows), default=0)
                for r in rows:
                    r.extend([None] * (width - len(r)))
                merged: list[tuple[int, int, int, int]] = []
                for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or []:
                    merged.append((r0 + 1, c0 + 1, r1 + 1, c1 + 1))
                    if r0 >= len(rows) or c0 >= width:
                        continue
                    value = rows[r0][c0]
                    for row_no in range(r0, min(r1, len(rows) - 1) + 1):
                        for c in range(c0, min(c1, width - 1) + 1):
                            rows[row_no][c] = value
                part = xml_of.get(meta.name, "")
                xml = archive.read(part) if part in archive.namelist() else b""
                hidden_rows = {int(n) for n in _HIDDEN_ROW.findall(xml)} | {
                    int(n) for n in _HIDDEN_ROW_LATE.findall(xml)
                }
                for low, high in _HIDDEN_COLS.findall(xml):  # a hidden column is no part of the table
                    for r in rows:
                        for c in range(int(low), min(int(high), width) + 1):
                            r[c - 1] = None
                visible = meta.visible == SheetVisibleEnum.Visible
                grids.append(Grid(meta.name, rows, merged, not visible, hidden_rows))
    except (CalamineError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportRejected(
            tr("Xlsx", "The file {0} is damaged or not an Excel workbook: {1}").format(path.name, exc)
        ) from exc
    return grids


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each sheet's name → its part in the package (xl/worksheets/sheetN.xml), from the workbook's
    own list and its relationships."""
    try:
        book = archive.read("xl/workbook.xml")
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    targets = {}
    for element in _REL.findall(rels):
        attributes = dict(_ATTRIBUTE.findall(element))
        targets[attributes.get(b"Id", b"").decode()] = attributes.get(b"Target", b"").decode()
    parts = {}
    for element in _SHEET.findall(book):
        attributes = dict(_ATTRIBUTE.findall(element))
        name = attributes.get(b"name", b"")
        rid = next((v for k, v in attributes.items() if k.endswith(b":id")), b"")
        target = targets.get(rid.decode(), "")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        parts[html.unescape(name.decode("utf-8"))] = target
    return parts


def unmerge_fill(ws: Worksheet) -> None:
    """Give every cell of a merged range the value of its top-left cell."""
    for rng in list(ws.merged_cells.ranges):
        value = ws.cell(rng.min_row, rng.min_col).value
        ws.unmerge_cells(str(rng))
        for row in range(rng.min_row, rng.max_row + 1):
            for col in range(rng.min_col, rng.max_col + 1):
                ws.cell(row, col).value = value


def cell_text(value: object) -> str:
    """A cell as text: numbers without a trailing .0, dates as ISO, whitespace trimmed, invisible
    format characters (right-to-left overrides, zero-width spaces) taken out."""
    if value is None:
        return ""
    if isinstance(value, str):
        return without_format_characters(value).strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def header_key(text: str) -> str:
    return re.sub(r"[\s*＊:：（）()]", "", text)


def find_header(
    ws: Worksheet, wanted: Mapping[str, Sequence[str]], required: Iterable[str], search_rows: int = 10
) -> tuple[int, dict[str, int]] | None:
    """Find the header row among the first rows: returns (row, {field: column})."""
    required = list(required)
    for row in ws.iter_rows(min_row=1, max_row=min(search_rows, ws.max_row)):
        columns: dict[str, int] = {}
        for cell in row:
            key = header_key(cell_text(cell.value))
            if not key:
                continue
            for field, names in wanted.items():
                if field not in columns and key in names:
                    columns[field] = cell.column
        if all(f in columns for f in required):
            return row[0].row, columns
    return None


def row_skip_reason(
    grid: Grid, first: int, values: Sequence[object], *, row: int, categories: bool = False
) -> str | None:
    """Why row ``values`` of ``grid`` (whose data starts at row ``first``) is no data row — hidden,
    a note, a total, the header repeated, a category row — or None (core.tables says which)."""
    if row in grid.hidden_rows:
        return HIDDEN
    headers = [grid.rows[i] for i in range(max(0, first - 3), first - 1)] or [[]]
    return next((found for h in headers if (found := skip_reason(values, h, categories=categories))), None)


def parse_number(text: str) -> float | None:
    m = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*分?\s*", text or "")
    return float(m.group(1)) if m else None


def parse_item_no(text: str) -> int | None:
    m = re.fullmatch(r"\s*[（(]?\s*([0-9]+)\s*[)）]?\s*", text or "")
    return int(m.group(1)) if m else None


# -- writing ----------------------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
TITLE_FONT = Font(name="黑体", size=14, bold=True)
HEADER_FONT = Font(name="黑体", size=11, bold=True)
BODY_FONT = Font(name="宋体", size=10)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")


def write_table(
    ws: Worksheet,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    widths: Sequence[float],
    *,
    landscape: bool = True,
) -> None:
    """A titled, bordered table with a frozen header, filters, wrapping and A4 print setup."""
    ncols = len(headers)
    ws.cell(1, 1, title).font = TITLE_FONT
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 28
    for col, name in enumerate(headers, start=1):
        cell = ws.cell(2, col, name)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    last = 2
    for r, values in enumerate(rows, start=3):
        for col, value in enumerate(values, start=1):
            cell = put(ws, r, col, value)
            cell.font, cell.border, cell.alignment = BODY_FONT, BORDER, WRAP_TOP
        # not every office program grows a row to fit wrapped text: the row carries its height
        ws.row_dimensions[r].height = row_height(values, widths, BODY_FONT.size)
        last = r
    ws.row_dimensions[2].height = row_height(headers, widths, HEADER_FONT.size)
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:{get_column_letter(ncols)}{last}"
    ws.print_title_rows = "1:2"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def write_long_table(
    target: Path, sheet: str, title: str, headers: Sequence[str], rows: Iterable[Sequence[object]],
    widths: Sequence[float], *, wrap: Collection[int] = (),
) -> Path:  # fmt: skip
    """A table of tens of thousands of rows as its own workbook, streamed (openpyxl's write-only mode):
    the title and the header styled as ``write_table`` styles them, the rows as data under an Excel
    table (banded, bordered, filters on its header) instead of a border on every cell; the columns in
    ``wrap`` (0-based) wrap their text in one named style, and each row carries the height that shows
    them whole (not every office program grows a row to fit); frozen under the header, A4 landscape
    one page wide; written atomically. A text beginning with "=" stays text."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import NamedStyle
    from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

    wb = Workbook(write_only=True)
    wb.add_named_style(NamedStyle(name="fsd-wrap", font=BODY_FONT, alignment=WRAP_TOP))
    ws = wb.create_sheet(sheet)
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A3"
    ws.print_title_rows = "1:2"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    heading = WriteOnlyCell(ws, title)
    heading.font = TITLE_FONT
    ws.append([heading])
    header_cells = []
    for name in headers:
        cell = WriteOnlyCell(ws, name)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, BORDER
        header_cells.append(cell)
    ws.append(header_cells)
    last = 2
    for values in rows:
        last += 1
        out: list[object] = []
        for col, value in enumerate(values, start=1):
            if isinstance(value, str) and len(value) > MAX_CELL:
                raise KnownError(
                    tr("Xlsx", "The workbook was not written: a cell can hold at most {0} characters in Excel.").format(
                        MAX_CELL
                    ),
                    [tr("Xlsx", "Too long: {0}").format(f"{sheet}!{get_column_letter(col)}{last}")],
                )
            if col - 1 in wrap or (isinstance(value, str) and value.startswith("=")):
                cell = WriteOnlyCell(ws, value)
                if col - 1 in wrap:
                    cell.style = "fsd-wrap"
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"  # data, never a formula
                value = cell
            out.append(value)
        wrapped = [values[c] for c in wrap if c < len(values)]
        ws.row_dimensions[last].height = row_height(wrapped, [widths[c] for c in wrap], BODY_FONT.size)
        ws.append(out)
    table = Table(displayName="目录", ref=f"A2:{get_column_letter(len(headers))}{max(last, 3)}")
    table.tableColumns = [TableColumn(id=n, name=name) for n, name in enumerate(headers, start=1)]
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=True)
    with warnings.catch_warnings():  # openpyxl warns of the columns in write-only mode: they are given above
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(table)
    return _save(wb, target)


def wrapped_lines(text: object, width: float) -> int:
    """How many lines a wrapped cell ``width`` characters wide shows ``text`` in: a Chinese character
    takes two widths of "0", any other about one (as Excel, WPS and LibreOffice measure a column)."""
    if text is None or text == "":
        return 1
    room = max(width - 1.0, 1.0)  # the cell's own margins
    lines = 0
    for part in str(text).split("\n"):
        used = sum(2.0 if ord(ch) >= 0x2E80 else 1.1 for ch in part)
        lines += max(1, math.ceil(used / room))
    return lines


def row_height(values: Sequence[object], widths: Sequence[float], size: float | None) -> float:
    """The height in points that shows every cell of a row in full, wrapped in its column."""
    size = float(size or 11)
    lines = max((wrapped_lines(v, w) for v, w in zip(values, widths, strict=False)), default=1)
    return round(max(lines * size * 1.35 + 4, size * 1.35 + 4), 1)


#: Excel keeps at most this many characters in a cell.
MAX_CELL = 32_767


def as_data(wb: Workbook) -> None:
    """Every cell the program writes is data, never code: openpyxl takes a text beginning with "="
    for a formula, which Excel would then run (a unit or task named "=HYPERLINK(…)"); such texts
    are written as text. (The program writes no formulas of its own.)"""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f" and isinstance(cell.value, str):
                    cell.data_type = "s"


def put(ws: Worksheet, row: int, col: int, value: object) -> Cell:
    """Write ``value`` into a cell; a text too long for Excel is refused, naming the cell, where
    openpyxl would cut it without a word."""
    if isinstance(value, str) and len(value) > MAX_CELL:
        raise KnownError(
            tr("Xlsx", "The workbook was not written: a cell can hold at most {0} characters in Excel.").format(
                MAX_CELL
            ),
            [tr("Xlsx", "Too long: {0}").format(f"{ws.title}!{get_column_letter(col)}{row}")],
        )
    return ws.cell(row, col, value)


def save_atomic(wb: Workbook, target: Path) -> Path:
    """Write the workbook completely or not at all, every cell as data (``as_data``); a failure is
    explained, the old file kept."""
    as_data(wb)
    return _save(wb, target)


def _save(wb: Workbook, target: Path) -> Path:
    from desktop_app.core.errors import explain_os_error

    target = Path(target)
    try:
        with atomic_path(target) as tmp:
            wb.save(tmp)
    except OSError as exc:
        raise explain_os_error(exc, target) from exc
    return target


def _is_old_xls(path: Path) -> bool:
    """An Excel 97–2003 workbook (.xls), which xlrd reads; an .xls that is really a web page (some
    systems export HTML under that name) is explained."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(512)
    except OSError:
        return False  # open_workbook explains it
    if path.suffix.lower() == ".xls" and head.lstrip()[:1] == b"<":
        raise ImportRejected(
            tr(
                "Xlsx",
                "The file {0} is a web page (HTML) saved under the name .xls, as some systems export tables. "
                "Open it in Excel or WPS and save it as .xlsx.",
            ).format(path.name)
        )
    return head[:8] == _OLE_MAGIC and path.suffix.lower() in (".xls", ".xlt")


def _read_xls(path: Path) -> list[Grid]:
    import datetime as dt

    import xlrd

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except (xlrd.biffh.XLRDError, xlrd.compdoc.CompDocError) as exc:
        if "encrypt" in str(exc).lower() or "password" in str(exc).lower():
            raise ImportRejected(
                tr(
                    "Xlsx",
                    "The file {0} is password-protected. Open it in Excel or WPS, remove the password, "
                    "and save it as .xlsx.",
                ).format(path.name)
            ) from exc
        raise ImportRejected(
            tr("Xlsx", "The file {0} is damaged or not an Excel workbook: {1}").format(path.name, exc)
        ) from exc
    except Exception as exc:  # whatever else xlrd raises on a damaged stream (struct, Unicode, index …)
        raise ImportRejected(
            tr("Xlsx", "The file {0} is damaged or not an Excel workbook: {1}").format(
                path.name, f"{type(exc).__name__}: {exc}"[:200]
            )
        ) from exc
    grids = []
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            check_size(path, sheet.nrows, sheet.ncols)
            rows: list[list[object]] = []
            for r in range(sheet.nrows):
                row: list[object] = []
                for c in range(sheet.ncols):
                    cell = sheet.cell(r, c)
                    value: object = cell.value
                    if cell.ctype == xlrd.XL_CELL_EMPTY or cell.ctype == xlrd.XL_CELL_BLANK or value == "":
                        value = None
                    elif cell.ctype == xlrd.XL_CELL_DATE:
                        when = xlrd.xldate_as_datetime(cell.value, book.datemode)
                        value = when.date() if when.time() == dt.time() else when
                    elif cell.ctype == xlrd.XL_CELL_NUMBER and float(value).is_integer():  # type: ignore[arg-type]
                        value = int(value)  # type: ignore[call-overload]
                    elif cell.ctype in (xlrd.XL_CELL_ERROR, xlrd.XL_CELL_BOOLEAN):
                        value = None if cell.ctype == xlrd.XL_CELL_ERROR else bool(value)
                    row.append(value)
                rows.append(row)
            merged: list[tuple[int, int, int, int]] = []
            for rlo, rhi, clo, chi in sheet.merged_cells:  # half-open, 0-based
                merged.append((rlo + 1, clo + 1, rhi, chi))
                if rlo >= len(rows):
                    continue
                value = rows[rlo][clo] if clo < len(rows[rlo]) else None
                for r in range(rlo, min(rhi, len(rows))):
                    for c in range(clo, min(chi, len(rows[r]))):
                        rows[r][c] = value
            grids.append(Grid(sheet.name, rows, merged, sheet.visibility != 0))
            book.unload_sheet(index)
    except ImportRejected:
        raise
    except Exception as exc:  # whatever xlrd raises on a damaged sheet: a damaged file
        raise ImportRejected(
            tr("Xlsx", "The file {0} is damaged or not an Excel workbook: {1}").format(
                path.name, f"{type(exc).__name__}: {exc}"[:200]
            )
        ) from exc
    finally:
        book.release_resources()
    return grids


HEADING_PARAGRAPHS = 6  # a document's title, subtitle and date line come first
DATE_LINES = 4  # and a 公文 ends with its issuer and 成文日期
MAX_TEXT = 20 * 1024**2  # a plan as plain text: far more than any plan holds


def _read_text(path: Path) -> str:
    """A plan saved or pasted as plain text: UTF-8 (with or without its mark) or the GB18030 a Chinese
    Windows Notepad writes; a file of other bytes is refused as no text."""
    try:
        size = path.stat().st_size
        if size > MAX_TEXT:
            raise ImportRejected(tr("Xlsx", "The file {0} is too large for a plan's text.").format(path.name))
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ImportRejected(tr("Xlsx", "The file {0} does not exist.").format(path)) from exc
    except OSError as exc:
        raise ImportRejected(
            tr("Xlsx", "The file {0} cannot be read: {1}").format(path.name, exc.strerror or exc)
        ) from exc
    if b"\x00" in data[:4096]:
        raise ImportRejected(
            tr("Xlsx", "The file {0} is not text: save the plan as a Word document or as text.").format(path.name)
        )
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportRejected(
        tr("Xlsx", "The file {0} is not text: save the plan as a Word document or as text.").format(path.name)
    )


def plan_grids(text: str, name: str) -> list[Grid]:
    """The tasks of a plan given as plain text (a .txt file, or text pasted into the program), one
    paragraph a line, read as a Word document's body text is."""
    paragraphs = [(line, False) for line in text.splitlines()]
    written = task_rows(paragraphs)
    if not written:
        raise ImportRejected(
            tr("Xlsx", "The text of {0} holds no numbered tasks under a section of the plan's tasks.").format(name)
        )
    grid = Grid(tr("Xlsx", "tasks in the text"), [list(r) for r in written], from_text=True)
    grid.heading = _heading([t for t, _ in paragraphs])
    return [grid]


def _heading(texts: Sequence[str]) -> str:
    """A document's first paragraphs (its title and subtitle) and its last ones (the 成文日期 a 公文
    ends with), one a line: where the year of a date written without one is looked for, in that order."""
    kept = [t.strip() for t in texts if t and t.strip()]
    return "\n".join(kept[:HEADING_PARAGRAPHS] + kept[HEADING_PARAGRAPHS:][-DATE_LINES:])


def _read_docx(path: Path) -> list[Grid]:
    """The tables of a Word document (the plan and its annex) as grids: a merged cell's text stands in
    every cell it covers, and a table Word splits over several (one per page, each repeating the
    header) is read as one, its repeated headers then passed over like any other."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_file(path, kind="docx")
    from lxml.etree import XMLSyntaxError

    try:
        document = docx.Document(str(path))
    except (
        PackageNotFoundError,
        KeyError,
        ValueError,
        zipfile.BadZipFile,
        XMLSyntaxError,
        zlib.error,
        EOFError,
    ) as exc:
        raise ImportRejected(
            tr("Xlsx", "The file {0} is damaged or not a Word document: {1}").format(path.name, exc)
        ) from exc
    grids: list[Grid] = []
    for table in document.tables:
        spans = [int(v) for v in table._tbl.xpath(".//w:gridSpan/@w:val") if str(v).isdigit()]
        check_size(path, len(table._tbl.tr_lst), max([len(table._tbl.tblGrid.gridCol_lst), *spans], default=0))
        rows = [[cell.text.strip() or None for cell in row.cells] for row in table.rows]
        width = max((len(r) for r in rows), default=0)
        for r in rows:
            r.extend([None] * (width - len(r)))
        if grids and rows and _continues(grids[-1], rows[0]):
            grids[-1].rows.extend(rows)  # the same table, continued on the next page
        elif rows:
            grids.append(Grid(tr("Xlsx", "table {0}").format(len(grids) + 1), rows))
    paragraphs = [(p.text, _numbered_by_word(p)) for p in document.paragraphs]
    written = task_rows(paragraphs)
    check_size(path, len(written))
    if written:  # tasks written as numbered paragraphs (牵头单位：… under each), after any table
        grids.append(Grid(tr("Xlsx", "tasks in the text"), [list(r) for r in written], from_text=True))
    heading = _heading([t for t, _ in paragraphs])
    for grid in grids:  # the title, and the date line a 公文 ends with: the year of its dates
        grid.heading = heading
    if not grids:
        raise ImportRejected(
            tr("Xlsx", "The document {0} holds no table, and no numbered tasks with 牵头单位 in its text.").format(
                path.name
            )
        )
    return grids


def _numbered_by_word(paragraph: object) -> bool:
    """Whether Word numbers the paragraph itself (its "1." is then not in its text)."""
    ppr = getattr(getattr(paragraph, "_p", None), "pPr", None)
    return ppr is not None and getattr(ppr, "numPr", None) is not None


def _looks_like_header(row: Sequence[object]) -> bool:
    """A row of short labels (序号, 任务, 牵头单位…), not of data."""
    texts = [cell_text(v) for v in row if cell_text(v)]
    return len(texts) >= 2 and all(len(t) <= 12 and not re.match(r"^[\d(（]", t) for t in texts)


def _continues(grid: Grid, first: Sequence[object]) -> bool:
    """Whether a Word table whose first row is ``first`` goes on with ``grid`` (Word splits a table
    at a page break, each part repeating the header or not): the same width, and either the same
    header again or rows of data; a table with a header of its own is another table."""
    if not grid.rows or len(grid.rows[0]) != len(first):
        return False
    if not _looks_like_header(first):
        return True
    heads = [cell_text(v) for v in first]
    return any([cell_text(v) for v in row] == heads for row in grid.rows[:3])
