"""A rule set as a workbook, so a province can load its own evaluation standard.

Three sheets, all in Chinese because the office edits them:

* ``说明``: 名称 / 代码 / 总分 / 来源 as label–value rows;
* ``类别``: 序号, 名称, 分值, 必选项分值, 自选项计分上限 (one row a category);
* ``评价细则``: one row an item: 类别, 要点序号, 评价要点, 要点分值, 要点类型, 任选项数,
  项号, 评价内容, 评价方式, 责任部门, 基本任务 and, for a point scored from a measured value,
  测评折算 ("M04 满分80 零分0" or "M03 98得5 95得3").  Blank category or point cells mean
  "same as above", so merged cells typed by hand import too.  Veto items have 类别 否决项.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from desktop_app.core.errors import ImportRejected
from desktop_app.core.i18n import tr
from desktop_app.core.ruleset import (
    POINT_KIND_LABELS,
    POINT_NORMAL,
    Category,
    Item,
    Point,
    Problem,
    RuleSet,
    parse_conversion,
    split_list,
    validate,
)
from desktop_app.core.tables import HIDDEN, SkippedRow, skip_reason
from desktop_app.exchange.xlsx_io import (
    cell_text,
    find_header,
    open_workbook,
    parse_item_no,
    parse_number,
    save_atomic,
    unmerge_fill,
    write_table,
)

SHEET_INFO = "说明"
SHEET_CATEGORIES = "类别"
SHEET_ITEMS = "评价细则"
VETO_LABEL = "否决项"

INFO_LABELS = {"name": "名称", "code": "代码", "total": "总分", "source": "来源"}
CATEGORY_HEADERS = ["序号", "名称", "分值", "必选项分值", "自选项计分上限"]
ITEM_HEADERS = [
    "类别",
    "要点序号",
    "评价要点",
    "要点分值",
    "要点类型",
    "任选项数",
    "项号",
    "评价内容",
    "评价方式",
    "责任部门",
    "基本任务",
    "测评折算",
]
_POINT_FIELDS = ("要点序号", "评价要点", "要点分值", "要点类型", "任选项数", "测评折算")
_KIND_BY_LABEL = {label: kind for kind, label in POINT_KIND_LABELS.items()}


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def export(rs: RuleSet, target: Path) -> Path:
    wb = Workbook()
    info = wb.active
    info.title = SHEET_INFO
    write_table(
        info,
        rs.name,
        ["项目", "内容"],
        [
            [INFO_LABELS["name"], rs.name],
            [INFO_LABELS["code"], rs.code],
            [INFO_LABELS["total"], _num(rs.total_score)],
            [INFO_LABELS["source"], rs.source],
        ],
        [14, 90],
        landscape=False,
    )
    write_table(
        wb.create_sheet(SHEET_CATEGORIES),
        f"{rs.name} 类别",
        CATEGORY_HEADERS,
        [[c.code, c.name, _num(c.score), _num(c.mandatory_score), _num(c.optional_cap)] for c in rs.categories],
        [8, 24, 10, 14, 16],
        landscape=False,
    )
    rows = []
    for c in rs.categories:
        for p in c.points:
            for i in p.items:
                rows.append(
                    [
                        f"{c.code}、{c.name}",
                        p.code,
                        p.name,
                        _num(p.score),
                        POINT_KIND_LABELS.get(p.kind, p.kind),
                        p.choose,
                        f"({i.no})",
                        i.text,
                        "、".join(i.methods),
                        i.departments,
                        i.basic_task,
                        p.conversion.text() if p.conversion else None,
                    ]
                )
    for i in rs.veto_items:
        rows.append(
            [
                VETO_LABEL,
                None,
                None,
                None,
                None,
                None,
                f"({i.no})",
                i.text,
                "、".join(i.methods),
                i.departments,
                i.basic_task,
                None,
            ]
        )
    write_table(
        wb.create_sheet(SHEET_ITEMS),
        f"{rs.name} 指标任务责任分解表",
        ITEM_HEADERS,
        rows,
        [14, 6, 14, 7, 8, 7, 7, 48, 16, 28, 60, 18],
    )
    wb.active = 2
    return save_atomic(wb, target)


def read(path: Path, skipped: list[SkippedRow] | None = None) -> RuleSet:
    """Read and validate a rule-set workbook; raises ImportRejected listing every problem. Rows
    that are no part of a table (notes, totals, the header repeated, hidden rows, a category row
    spanning the item sheet) are passed over and added to ``skipped``."""
    passed_over: list[SkippedRow] = [] if skipped is None else skipped
    wb = open_workbook(path)
    problems: list[Problem] = []
    missing = [s for s in (SHEET_INFO, SHEET_CATEGORIES, SHEET_ITEMS) if s not in wb.sheetnames]
    if missing:
        raise ImportRejected(
            tr("RuleSetXlsx", "{0} is not a rule-set workbook: the sheet(s) {1} are missing.").format(
                Path(path).name, "、".join(f"“{s}”" for s in missing)
            ),
            [tr("RuleSetXlsx", "Export the national rule set from 设置 and use it as the template.")],
        )
    for ws in wb.worksheets:
        unmerge_fill(ws)

    info = _read_info(wb[SHEET_INFO], problems)
    categories = _read_categories(wb[SHEET_CATEGORIES], problems, passed_over)
    rs = RuleSet(
        code=info.get("code") or "custom",
        name=info.get("name", ""),
        total_score=parse_number(info.get("total", "")) or 0.0,
        categories=list(categories.values()),
        source=info.get("source", ""),
    )
    if not info.get("total") or parse_number(info["total"]) is None:
        problems.append(
            Problem(tr("RuleSetXlsx", "The total score (总分) is missing or not a number."), sheet=SHEET_INFO)
        )
    rows = _read_items(wb[SHEET_ITEMS], categories, rs, problems, passed_over)
    problems.extend(validate(rs, rows, SHEET_ITEMS))
    if problems:
        raise ImportRejected(
            tr("RuleSetXlsx", "The rule set in {0} was not imported: {1} problem(s) found.").format(
                Path(path).name, len(problems)
            ),
            [str(p) for p in problems],
        )
    return rs


def _read_info(ws, problems: list[Problem]) -> dict[str, str]:
    by_label = {label: key for key, label in INFO_LABELS.items()}
    info: dict[str, str] = {}
    for row in ws.iter_rows(min_row=1, max_col=2, values_only=True):
        label, value = cell_text(row[0]), cell_text(row[1] if len(row) > 1 else None)
        if label in by_label:
            info[by_label[label]] = value
    if not info.get("name"):
        problems.append(Problem(tr("RuleSetXlsx", "The rule set has no name (名称)."), sheet=SHEET_INFO))
    return info


def _passed_over(ws, r: int, header_row: int, skipped: list[SkippedRow], *, categories: bool = False) -> bool:
    """Whether row ``r`` is no row of the table (and so listed in ``skipped``)."""
    values = [c.value for c in ws[r]]
    if not any(cell_text(v) for v in values):
        return False
    reason = HIDDEN if ws.row_dimensions[r].hidden else None
    if reason is None:
        reason = skip_reason(values, [c.value for c in ws[header_row]], categories=categories)
    if reason:
        skipped.append(SkippedRow(ws.title, r, reason))
    return reason is not None


def _read_categories(ws, problems: list[Problem], skipped: list[SkippedRow]) -> dict[str, Category]:
    wanted = {h: [h] for h in CATEGORY_HEADERS}
    found = find_header(ws, wanted, ["序号", "名称", "分值"])
    categories: dict[str, Category] = {}
    if not found:
        problems.append(
            Problem(tr("RuleSetXlsx", "No header row with 序号, 名称 and 分值 was found."), sheet=SHEET_CATEGORIES)
        )
        return categories
    header_row, cols = found
    for r in range(header_row + 1, ws.max_row + 1):

        def get(field: str, r=r) -> str:
            return cell_text(ws.cell(r, cols[field]).value) if field in cols else ""

        if _passed_over(ws, r, header_row, skipped):
            continue
        code, name = get("序号"), get("名称")
        if not code and not name:
            continue
        score = parse_number(get("分值"))
        if not code or not name or score is None:
            problems.append(
                Problem(tr("RuleSetXlsx", "A category needs 序号, 名称 and a numeric 分值."), r, SHEET_CATEGORIES)
            )
            continue
        if code in categories:
            problems.append(
                Problem(tr("RuleSetXlsx", "Category {0} is listed twice.").format(code), r, SHEET_CATEGORIES)
            )
            continue
        categories[code] = Category(
            code=code,
            name=name,
            score=score,
            mandatory_score=parse_number(get("必选项分值")),
            optional_cap=parse_number(get("自选项计分上限")),
        )
    return categories


def _category_code(text: str) -> str:
    return text.split("、", 1)[0].strip() if "、" in text else text.strip()


def _read_items(
    ws, categories: dict[str, Category], rs: RuleSet, problems: list[Problem], skipped: list[SkippedRow]
) -> dict[int, int]:
    wanted = {h: [h] for h in ITEM_HEADERS}
    wanted["项号"] = ["项号", "序号"]
    found = find_header(ws, wanted, ["类别", "项号", "评价内容"])
    rows_of: dict[int, int] = {}
    if not found:
        problems.append(
            Problem(tr("RuleSetXlsx", "No header row with 类别, 项号 and 评价内容 was found."), sheet=SHEET_ITEMS)
        )
        return rows_of
    header_row, cols = found
    last = dict.fromkeys(("类别", *_POINT_FIELDS), "")
    points: dict[tuple[str, str], Point] = {}
    for r in range(header_row + 1, ws.max_row + 1):

        def get(field: str, r=r) -> str:
            return cell_text(ws.cell(r, cols[field]).value) if field in cols else ""

        if _passed_over(ws, r, header_row, skipped, categories=True):
            continue
        no_text, content = get("项号"), get("评价内容")
        if not no_text and not content:
            continue
        # A blank cell means "same as above" (merged cells); a new category or point starts afresh.
        for field, resets in (("类别", _POINT_FIELDS), ("要点序号", _POINT_FIELDS[1:])):
            value = get(field)
            if value and value != last[field]:
                for f in resets:
                    last[f] = ""
        for field in last:
            value = get(field)
            if value:
                last[field] = value
        no = parse_item_no(no_text)
        if no is None:
            problems.append(Problem(tr("RuleSetXlsx", "“{0}” is not an item number.").format(no_text), r, SHEET_ITEMS))
            continue
        rows_of.setdefault(no, r)
        item = Item(
            no=no,
            text=content,
            methods=split_list(get("评价方式")),
            departments=get("责任部门"),
            basic_task=get("基本任务"),
        )
        if last["类别"] == VETO_LABEL:
            rs.veto_items.append(item)
            continue
        category = categories.get(_category_code(last["类别"]))
        if category is None:
            problems.append(
                Problem(
                    tr("RuleSetXlsx", "Item ({0}) names the category “{1}”, which is not on the sheet “类别”.").format(
                        no, last["类别"]
                    ),
                    r,
                    SHEET_ITEMS,
                )
            )
            continue
        code = last["要点序号"]
        if not code:
            problems.append(
                Problem(tr("RuleSetXlsx", "Item ({0}) has no evaluation point.").format(no), r, SHEET_ITEMS)
            )
            continue
        point = points.get((category.code, code))
        if point is None:
            score = parse_number(last["要点分值"])
            kind = _KIND_BY_LABEL.get(last["要点类型"] or POINT_KIND_LABELS[POINT_NORMAL])
            choose = parse_item_no(last["任选项数"]) if last["任选项数"] else None
            if score is None:
                problems.append(
                    Problem(
                        tr("RuleSetXlsx", "Point {0} has no numeric score (要点分值).").format(code), r, SHEET_ITEMS
                    )
                )
                score = 0.0
            if kind is None:
                problems.append(
                    Problem(
                        tr("RuleSetXlsx", "Point {0}: 要点类型 must be 普通, 必选项 or 自选项, not “{1}”.").format(
                            code, last["要点类型"]
                        ),
                        r,
                        SHEET_ITEMS,
                    )
                )
                kind = POINT_NORMAL
            conversion = None
            if last["测评折算"]:
                try:
                    conversion = parse_conversion(last["测评折算"])
                except ValueError as bad:
                    problems.append(Problem(tr("RuleSetXlsx", "Point {0}: {1}").format(code, bad), r, SHEET_ITEMS))
            point = Point(
                code=code, name=last["评价要点"], score=score, kind=kind, choose=choose, conversion=conversion
            )
            points[(category.code, code)] = point
            category.points.append(point)
        point.items.append(item)
    return rows_of
