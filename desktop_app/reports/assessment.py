"""自查自评报告: the self-assessment as an official document in the monthly bulletin's layout
(reports.official): the score by category and by point with the basis for each, the veto items, the
measured targets against their goals with their trends, the open rectifications, and the units that
have not sent their own 自查报告.

The content is plain data (``AssessmentReport.to_json``), so a snapshot keeps it and its report is
drawn again byte for byte.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from desktop_app.core.assessment import VETO_HAPPENED, VETO_NONE
from desktop_app.reports.fonts import BODY
from desktop_app.reports.official import (
    MM,
    WIDTH,
    Amount,
    Figure,
    OfficialDocument,
    Paper,
    arabic_date,
    chinese_date,
    plain_number,
    write_official,
)

TITLE = "自查自评报告"
TRENDS_PER_ROW = 2


number = plain_number  # 3, 2.5, — for none


def basis_text(point: dict[str, Any]) -> str:
    """What a point's score rests on: the clerk's words, then the evidence and tasks linked."""
    return "；".join(t for t in (point.get("basis") or "", point.get("linked") or "") if t)


def target_text(metric: dict[str, Any]) -> str:
    word = "不高于" if metric.get("compare") == "<=" else "不低于"
    return f"{word}{number(metric['target'])}{metric['unit']}"


@dataclass
class AssessmentReport:
    office: str
    campaign: str
    ruleset: str
    issue_date: str  # ISO date
    assessment: dict[str, Any]  # core.assessment.Assessment.to_json()
    vetoes: list[dict[str, Any]]  # {"no", "text", "state"}
    metrics: list[dict[str, Any]]  # services.metrics.MetricState.to_json()
    findings: list[dict[str, Any]]  # the open findings, services.findings.FindingInfo.to_json()
    units: int  # member units asked for their own 自查报告
    missing_self_reports: list[str]  # those that have not sent it
    date_style: str = "arabic"  # GB/T 9704-2012 7.3.5.1: Arabic numerals; chinese: 二〇二五年三月二十六日
    snapshot: str = ""  # the snapshot this report is of, if any
    since: dict[str, Any] | None = None  # services.assessment.change_since(), if asked
    chain_head: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    paper: dict[str, Any] | None = None  # reports.official.Paper as a dict (a snapshot keeps it as JSON)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AssessmentReport:
        return cls(**data)

    @property
    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.issue_date)

    def dated(self) -> str:
        return chinese_date(self.day) if self.date_style == "chinese" else arabic_date(self.day)


def write_assessment(path: Path, r: AssessmentReport) -> str:
    """The report as PDF; returns the characters no face has, printed as □."""
    return write_official(path, lambda doc: _compose(doc, r), **_frame(r))


def write_assessment_docx(path: Path, r: AssessmentReport) -> None:
    """The report as an editable Word copy, the same content in the same layout (reports.word)."""
    from desktop_app.reports.word import write_docx

    write_docx(path, lambda doc: _compose(doc, r), **_frame(r))


def write_assessment_xlsx(path: Path, r: AssessmentReport) -> Path:
    """The report's tables as a workbook, a sheet each, from the same content (reports.sheets)."""
    from desktop_app.reports.sheets import write_xlsx

    return write_xlsx(path, lambda doc: _compose(doc, r), title=_frame(r)["title"])


def _frame(r: AssessmentReport) -> dict[str, Any]:
    """What both copies carry besides the content: title, author, the history's chain head, 版头/版记."""
    return {"title": f"{r.campaign}{TITLE}", "author": r.office, "chain_head": r.chain_head, "paper": _paper(r)}


def _paper(r: AssessmentReport) -> Paper | None:
    return Paper(**{**r.paper, "masthead": tuple(r.paper["masthead"])}) if r.paper else None


def _compose(doc: OfficialDocument, r: AssessmentReport) -> None:
    a = r.assessment
    doc.title(r.campaign)
    doc.title(TITLE)
    if r.snapshot:
        doc.number(r.snapshot)
    doc.space()

    scored = sum(1 for c in a["categories"] for p in c["points"] if p["score"] is not None)
    points = sum(len(c["points"]) for c in a["categories"])
    happened = [v for v in r.vetoes if v["state"] == VETO_HAPPENED]
    unsure = [v for v in r.vetoes if v["state"] != VETO_NONE]  # 待核实, or 未核实: nobody has looked
    doc.heading("总体情况")
    text = (
        f"对照《{r.ruleset}》，截至{arabic_date(r.day)}，自评得分{number(a['total'])}分"
        f"（满分{number(a['max_total'])}分），{points}个评价内容中已评{scored}个。"
    )
    if happened:
        text += "否决项" + "、".join(f"（{v['no']}）" for v in happened) + "已发生，按规定创建不予通过。"
    elif unsure:
        text += (
            "否决项"
            + "、".join(f"（{v['no']}）{v['state']}" for v in unsure)
            + ("，其余未发生" if len(unsure) < len(r.vetoes) else "")
            + "，尚不能确认否决项均未发生。"
        )
    else:
        text += "否决项均未发生。"
    if r.since:
        moved = r.since["total"]["now"] - r.since["total"]["then"]
        text += f"较“{r.since['snapshot']}”{'增加' if moved >= 0 else '减少'}{number(abs(moved))}分。"
    doc.para(text)

    doc.heading("各类得分")
    header = ["类别", "满分", "自评得分"]
    widths = [86, 22, 24]
    then = {}
    if r.since:
        header.append(f"较“{r.since['snapshot']}”")
        widths = [72, 20, 22, 42]
        then = {c["code"]: c["then"] for c in r.since["categories"]}
    rows: list[list[object]] = []
    for c in a["categories"]:
        row: list[object] = [f"{c['code']}、{c['name']}", Amount(c["max"]), Amount(c["score"])]
        if r.since:
            before = then.get(c["code"])
            row.append("—" if before is None else f"{number(before)} → {number(c['score'])}")
        rows.append(row)
    total: list[object] = ["合计", Amount(a["max_total"]), Amount(a["total"])]
    if r.since:
        total.append(f"{number(r.since['total']['then'])} → {number(a['total'])}")
    doc.table(header, [*rows, total], widths, shaded=[len(rows)])

    doc.heading("评分明细及依据")
    doc.para(
        "各评价内容的自评得分和评分依据"
        + doc.refer("评分明细及依据")
        + "。自选项计入不超过其上限，任选项取得分最高的若干项。"
    )
    detail: list[list[object]] = []
    shaded = []
    for c in a["categories"]:
        shaded.append(len(detail))
        capped = f"（自选项计{number(c['optional_counted'])}分）" if c.get("optional_counted") is not None else ""
        detail.append(["", f"{c['code']}、{c['name']}{capped}", Amount(c["max"]), Amount(c["score"]), ""])
        for p in c["points"]:
            mark = "（自选）" if p.get("kind") == "optional" else ""
            detail.append([p["code"], p["name"] + mark, Amount(p["max"]), Amount(p["score"]), basis_text(p)])
    with doc.attachment("评分明细及依据"):
        doc.table(
            ["序号", "评价内容", "分值", "自评", "评分依据"],
            detail,
            [12, 66, 14, 14, 50],
            left=(1, 4),
            wrap=(1, 4),
            shaded=shaded,
        )

    doc.heading("否决项")
    doc.table(
        ["项号", "内容", "状态"],
        [[f"（{v['no']}）", v["text"], v["state"]] for v in r.vetoes],
        [16, 116, 24],
        left=(1,),
        wrap=(1,),
    )

    doc.heading("指标达标情况")
    measured = [m for m in r.metrics if m["latest"] is not None]
    below = [m for m in measured if not m["met"]]
    doc.para(
        f"共{len(r.metrics)}项量化指标，已测{len(measured)}项，"
        + (f"未达目标{len(below)}项：{'、'.join(m['name'] for m in below)}。" if below else "均达到目标。")
        if measured
        else f"共{len(r.metrics)}项量化指标，尚无测评数据。"
    )
    doc.table(
        ["指标", "目标", "最新值", "期间", "达标"],
        [
            [
                m["name"],
                target_text(m),
                "—" if m["latest"] is None else f"{number(m['latest'])}{m['unit']}",
                m["period"] or "—",
                "—" if m["met"] is None else ("是" if m["met"] else "否"),
            ]
            for m in r.metrics
        ],
        [62, 34, 26, 18, 16],
        wrap=(0, 1),
    )
    trends = [m for m in r.metrics if len(m["history"]) >= 2]
    if trends:
        doc.para(f"有两期以上数据的指标走势{doc.refer('指标走势')}。")
        with doc.attachment("指标走势"):
            doc.para("各指标按期的测评值，虚线为目标。")
            for start in range(0, len(trends), TRENDS_PER_ROW):
                doc.add(TrendRow(trends[start : start + TRENDS_PER_ROW]))

    doc.heading("整改情况")
    if r.findings:
        overdue = sum(1 for f in r.findings if f["overdue"])
        doc.para(
            f"检查发现的问题中尚有{len(r.findings)}个未完成整改"
            + (f"，其中{overdue}个已超过整改时限。" if overdue else "。")
        )
        doc.table(
            ["单位", "问题", "整改时限", "状态"],
            [
                [f["unit"], f["text"], f["deadline"] or "—", f["status"] + ("（逾期）" if f["overdue"] else "")]
                for f in r.findings
            ],
            [36, 72, 24, 24],
            wrap=(0, 1),
            left=(0, 1),
        )
    else:
        doc.para("检查发现的问题均已整改。")

    doc.heading("各单位自查报告")
    sent = r.units - len(r.missing_self_reports)
    if r.missing_self_reports:
        doc.para(
            f"{r.units}个成员单位中已报送自查报告{sent}个，未报送{len(r.missing_self_reports)}个："
            + "、".join(r.missing_self_reports)
            + "。"
        )
    else:
        doc.para(f"{r.units}个成员单位均已报送自查报告。")
    doc.signature(r.office, r.dated())


@dataclass
class TrendRow(Figure):
    """A row of the metrics' small trend charts."""

    metrics: list[dict[str, Any]]

    def flowable(self) -> Any:
        return _trend_row(self.metrics)


def _trend_row(metrics: list[dict[str, Any]]) -> Any:
    """Small line charts of the metrics' values by period against their target, side by side, drawn
    straight on the canvas."""
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    class TrendRow(Flowable):
        HEIGHT = 46 * MM

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return WIDTH, self.HEIGHT

        def draw(self) -> None:
            c = self.canv
            cell = WIDTH / TRENDS_PER_ROW
            for index, m in enumerate(metrics):
                self._chart(c, index * cell, cell - 6 * MM, m)

        def _chart(self, c: Any, x0: float, width: float, m: dict[str, Any]) -> None:
            history = m["history"]
            values = [h["value"] for h in history]
            low = min([*values, m["target"]])
            high = max([*values, m["target"]])
            if high - low < 1e-9:
                high = low + 1
            pad = (high - low) * 0.15
            low, high = low - pad, high + pad
            left, bottom = x0 + 12 * MM, 10 * MM
            width -= 12 * MM
            height = self.HEIGHT - 18 * MM

            def y(v: float) -> float:
                return float(bottom + height * (v - low) / (high - low))

            def x(i: int) -> float:
                return left + (width * i / (len(history) - 1) if len(history) > 1 else width / 2)

            c.setFillColor(colors.black)
            c.setFont(BODY, 9)
            c.drawString(x0, self.HEIGHT - 6 * MM, f"{m['name']}（{m['unit']}）"[:24])
            c.setStrokeColor(colors.Color(0.75, 0.75, 0.75))
            c.setLineWidth(0.5)
            c.rect(left, bottom, width, height, stroke=1, fill=0)
            c.setFont(BODY, 7)
            for v in (low + pad, high - pad):
                c.drawRightString(left - 2, y(v) - 2, number(round(v, 2)))
            c.setStrokeColor(colors.Color(0.8, 0.2, 0.2))
            c.setDash(3, 2)
            c.line(left, y(m["target"]), left + width, y(m["target"]))
            c.setDash()
            c.setStrokeColor(colors.Color(0.25, 0.45, 0.7))
            c.setLineWidth(1.2)
            points = [(x(i), y(h["value"])) for i, h in enumerate(history)]
            for (xa, ya), (xb, yb) in pairwise(points):
                c.line(xa, ya, xb, yb)
            c.setFillColor(colors.Color(0.25, 0.45, 0.7))
            for xa, ya in points:
                c.circle(xa, ya, 1.6, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont(BODY, 7)
            c.drawString(left, bottom - 8, history[0]["period"])
            c.drawRightString(left + width, bottom - 8, history[-1]["period"])

    return TrendRow()
