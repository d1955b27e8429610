"""月度工作通报: the monthly bulletin as an official document after GB/T 9704-2012 (reports.official).

The body says where the campaign stands in two or three pages; the tables of every unit and the
completion chart follow the signature as 附件, each on pages of its own. The same data gives the
same bytes (no creation time or random id in the file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.monthly import LATE, MISSING
from desktop_app.core.numbers import percent_text
from desktop_app.reports.fonts import BODY
from desktop_app.reports.official import (
    HEIGHT,
    MM,
    WIDTH,
    Figure,
    OfficialDocument,
    Paper,
    Share,
    arabic_date,
    chinese_date,
    chinese_number,
    paragraphs,
    whole_region,
    write_official,
)

__all__ = [
    "Bulletin",
    "UnitLine",
    "chinese_date",
    "chinese_number",
    "write_bulletin",
    "write_bulletin_docx",
    "write_bulletin_xlsx",
]

OVERDUE_IN_BODY = 5  # as many overdue tasks are named in the body; more go to an 附件
OVERDUE_LISTED = 30  # the 附件 lists the longest overdue (the task page lists and exports them all)


@dataclass
class UnitLine:
    unit: str
    state: str  # core.monthly: ON_TIME, LATE, MISSING or NOT_DUE
    report: str  # its label: 按时 / 逾期N天 / 未报 / 未到期
    submitted: str
    tasks: int
    done: int
    overdue: int
    supervised: int

    @property
    def share(self) -> float:
        return 100 * self.done / self.tasks if self.tasks else 0.0


@dataclass
class Bulletin:
    office: str
    campaign: str
    month: str  # 2025年3月
    issue_date: dt.date
    date_style: str = "arabic"  # GB/T 9704-2012 7.3.5.1: Arabic numerals; chinese: 二〇二五年三月二十六日
    number: str = ""
    figures: dict[str, int] = field(default_factory=dict)
    units: list[UnitLine] = field(default_factory=list)
    overdue_tasks: list[tuple[str, str, str, str]] = field(default_factory=list)  # code, title, lead, deadline
    coverage: list[tuple[str, int, int]] | None = None  # category, complete items, items; None: no evidence yet
    overview: str = ""
    problems: str = ""
    next_steps: str = ""
    chain_head: str = ""  # the history's chain head as of the bulletin (audit verify checks it)
    late_findings: list[tuple[str, str, str]] = field(default_factory=list)  # unit, finding, deadline
    paper: Paper = field(default_factory=Paper)  # 版头 and 版记
    scope: str = "progress"  # what the round asked for: progress (the form) or self_report (core.rounds)
    region: str = ""  # the campaign's region: 全市 / 全区 / 全示范区 … in the text

    def dated(self) -> str:
        return chinese_date(self.issue_date) if self.date_style == "chinese" else arabic_date(self.issue_date)


@dataclass
class CompletionBars(Figure):
    """图：各单位任务完成率, a bar a unit, best first."""

    lines: list[UnitLine]
    caption: str = "图：各单位任务完成率"

    def flowable(self) -> Any:
        return _chart_class()(self.lines, WIDTH, self.caption)


def _chart_class():
    """A bar chart of completion by unit drawn straight on the canvas (reportlab's chart widgets
    validate every attribute and take several times as long)."""
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    class CompletionChart(Flowable):
        """Kept on one page: its rows narrow (down to MIN_ROW) so that every unit fits a page; only a
        chart too long even then splits between units (no fewer than 3 on a page)."""

        ROW, MIN_ROW, LABEL, TOP = 16, 9.5, 70 * MM, 22

        def __init__(self, lines: list[UnitLine], width: float, caption: str = "图：各单位任务完成率", row: float = 0):
            super().__init__()
            self.lines, self.width, self.caption = lines, width, caption
            room = (HEIGHT - self.TOP - 16.5) / max(1, len(lines))
            self.row = row or max(self.MIN_ROW, min(self.ROW, room))
            self.height = self.TOP + self.row * len(lines) + 16

        def wrap(self, available_width, available_height):
            return self.width, self.height

        def split(self, available_width, available_height):
            if self.height <= HEIGHT:
                return []  # to the next page, whole
            fit = int((available_height - self.TOP - 16) // self.row)
            if fit < 3 or len(self.lines) - fit < 3:
                return []
            return [
                CompletionChart(self.lines[:fit], self.width, self.caption, self.row),
                CompletionChart(self.lines[fit:], self.width, self.caption + "（续）", self.row),
            ]

        def draw(self) -> None:
            c = self.canv
            left, right = self.LABEL, self.width - 12 * MM
            bottom, row = 14, self.row
            label = min(9.0, row - 2)
            c.setFont(BODY, 10)
            c.drawString(0, self.height - 12, self.caption)
            c.setFont(BODY, 8)
            c.setStrokeColor(colors.Color(0.8, 0.8, 0.8))
            c.setLineWidth(0.5)
            for pct in range(0, 101, 20):
                x = left + (right - left) * pct / 100
                c.line(x, bottom, x, bottom + row * len(self.lines))
                c.drawCentredString(x, bottom - 10, f"{pct}%")
            for index, u in enumerate(self.lines):
                y = bottom + row * (len(self.lines) - 1 - index)
                c.setFillColor(colors.black)
                c.setFont(BODY, label)
                c.drawRightString(left - 4, y + (row - label) / 2 + 1, u.unit)
                c.setFillColor(colors.Color(0.25, 0.45, 0.7))
                c.rect(left, y + row * 0.18, (right - left) * u.share / 100, row * 0.64, stroke=0, fill=1)
                c.setFillColor(colors.black)
                c.setFont(BODY, 7)
                share = str(Share(u.done, u.tasks))
                c.drawString(left + (right - left) * u.share / 100 + 2, y + (row - 7) / 2 + 1, share)

    return CompletionChart


def write_bulletin(path: Path, b: Bulletin) -> str:
    """The bulletin as PDF, in the office's document layout (reports.official)."""
    return write_official(path, lambda doc: _compose(doc, b), **_frame(b))


def write_bulletin_docx(path: Path, b: Bulletin) -> None:
    """The bulletin as an editable Word copy, the same content in the same layout (reports.word)."""
    from desktop_app.reports.word import write_docx

    write_docx(path, lambda doc: _compose(doc, b), **_frame(b))


def write_bulletin_xlsx(path: Path, b: Bulletin) -> Path:
    """The bulletin's tables as a workbook, a sheet each, from the same content (reports.sheets)."""
    from desktop_app.reports.sheets import write_xlsx

    return write_xlsx(path, lambda doc: _compose(doc, b), title=_frame(b)["title"])


def _frame(b: Bulletin) -> dict[str, Any]:
    """What both copies carry besides the content: title, author, the history's chain head, 版头/版记."""
    return {"title": f"{b.campaign}{b.month}工作通报", "author": b.office, "chain_head": b.chain_head, "paper": b.paper}


def _compose(doc: OfficialDocument, b: Bulletin) -> None:
    f = b.figures
    if b.paper.has_masthead:
        about = "创建工作推进情况" if b.scope == "progress" else "报送情况"
        doc.title(f"关于{b.month}{about}的通报")
    else:
        doc.title(b.campaign)
        doc.title(f"{b.month}工作通报")
        if b.number:
            doc.number(b.number)
    doc.space()

    doc.heading("总体情况")
    doc.para(
        f"截至{arabic_date(b.issue_date)}，本次创建共有成员单位{f.get('units', 0)}个；{b.month}按时报送"
        f"{f.get('on_time', 0)}个，逾期报送{f.get('late', 0)}个，未报{f.get('missing', 0)}个"
        + (f"，未跟踪{f['untracked']}个（在开始跟踪报送之前）" if f.get("untracked") else "")
        + "。实施方案共分解任务"
        f"{f.get('tasks', 0)}项，已完成{f.get('done', 0)}项，进行中{f.get('in_progress', 0)}项，"
        f"逾期{f.get('overdue', 0)}项，督办{f.get('supervised', 0)}项，任务完成率{f.get('share', 0)}%。"
    )
    for p in paragraphs(b.overview):
        doc.typed(p)

    doc.heading("报送情况")
    late = [u for u in b.units if u.state == LATE]
    missing = [u for u in b.units if u.state == MISSING]
    doc.para(
        (
            "逾期报送的单位：" + "、".join(f"{u.unit}（{u.report}）" for u in late) + "。"
            if late
            else "无逾期报送的单位。"
        )
        + ("未报送的单位：" + "、".join(u.unit for u in missing) + "。" if missing else "各单位均已报送。")
        + f"各单位报送情况{doc.refer('各单位报送情况')}。"
    )
    with doc.attachment("各单位报送情况"):
        doc.table(
            ["序号", "单位", "报送情况", "报送日期"],
            [[i, u.unit, u.report, u.submitted] for i, u in enumerate(b.units, start=1)],
            [14, 70, 36, 36],
            left=(1,),
        )

    doc.heading("任务推进")
    with_tasks = [u for u in b.units if u.tasks]
    ranked = sorted(with_tasks, key=lambda u: (-u.share, u.unit))
    text = (
        f"{whole_region(b.region)}共有任务{f.get('tasks', 0)}项，已完成{f.get('done', 0)}项，"
        f"逾期{f.get('overdue', 0)}项，督办{f.get('supervised', 0)}项。"
    )
    if ranked and ranked[0].share > 0:
        best = [u for u in ranked if u.share == ranked[0].share][:5]
        text += "完成率最高的是" + "、".join(f"{u.unit}（{percent_text(u.done, u.tasks)}）" for u in best) + "。"
    text += f"各单位任务推进情况{doc.refer('各单位任务推进情况')}。"
    doc.para(text)
    with doc.attachment("各单位任务推进情况"):
        doc.table(
            ["单位", "任务数", "已完成", "逾期", "督办", "完成率"],
            [[u.unit, u.tasks, u.done, u.overdue, u.supervised, Share(u.done, u.tasks)] for u in with_tasks],
            [62, 18, 18, 18, 18, 22],
        )
        if ranked:
            doc.add(CompletionBars(ranked))
    if b.overdue_tasks:
        shown = b.overdue_tasks[:OVERDUE_LISTED]  # the longest overdue first
        if len(b.overdue_tasks) <= OVERDUE_IN_BODY:
            doc.para(
                "逾期的任务："
                + "；".join(f"{code}{title}（牵头单位{lead or '未定'}，时限{due}）" for code, title, lead, due in shown)
                + "。"
            )
        else:
            longest = f"，逾期时间最长的{len(shown)}项" if len(shown) < len(b.overdue_tasks) else ""
            doc.para(f"逾期的任务共{len(b.overdue_tasks)}项{longest}{doc.refer('逾期任务')}。")
            with doc.attachment("逾期任务"):
                doc.table(
                    ["编号", "任务", "牵头单位", "完成时限"],
                    [list(t) for t in shown],
                    [18, 74, 38, 26],
                    left=(1, 2),
                    wrap=(1, 2),
                )

    doc.heading("佐证材料情况")
    if b.coverage is None:
        doc.para("佐证材料尚未归集，暂无统计。")
    else:
        doc.para("各类评价内容的佐证材料归集情况如下（已齐全指各责任单位的材料均已齐全的评价内容）。")
        doc.table(
            ["类别", "评价内容", "已齐全", "覆盖率"],
            [[c, t, d, Share(d, t)] for c, d, t in b.coverage],
            [70, 28, 28, 30],
        )

    doc.heading("存在问题")
    if b.late_findings:  # what inspections found and is still not rectified past its deadline
        listed = "；".join(f"{unit}：{text}（整改时限{due}）" for unit, text, due in b.late_findings[:20])
        how_many = f"等{len(b.late_findings)}个" if len(b.late_findings) > 20 else f"{len(b.late_findings)}个"
        doc.para(f"检查发现的问题中，有{how_many}逾期未整改：{listed}。")
    for p in paragraphs(b.problems) or ([] if b.late_findings else ["无。"]):
        doc.typed(p)
    doc.heading("下步工作")
    for p in paragraphs(b.next_steps) or ["无。"]:
        doc.typed(p)
    doc.signature(b.office, b.dated())
