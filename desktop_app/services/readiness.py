"""迎检准备: "if the inspectors came tomorrow, where would we stand?" — the estimated score by category,
the veto risks, items with no or unreviewed evidence, items checked on site (现场检查) that lack photos
or ledgers, targets below their goal, open rectifications, overdue tasks by item, and the days to the
next phase. Each line names the records behind it (``Line.target``) so a page can open them.

The figures come from the services that own them (assessment, metrics, findings, tasks); only the
evidence counts by item are read here, in one grouped query.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from desktop_app.core.assessment import VETO_HAPPENED, VETO_UNSURE
from desktop_app.core.evidence import REVIEW_PASSED
from desktop_app.services import assessment, campaigns, findings, metrics, rulesets, tasks
from desktop_app.storage.database import Database
from desktop_app.storage.models import Evidence, ItemRow

BAD, WARN, OK = "bad", "warn", "ok"
SITE_CHECK = "现场检查"
SITE_EVIDENCE = ("照片", "台账")  # what an on-site check looks for among an item's evidence


@dataclass
class Line:
    text: str
    level: str  # bad, warn or ok
    target: dict[str, Any] = field(default_factory=dict)  # {"page": …, "item": …, "overdue": …, "finding": …}

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "level": self.level, "target": self.target}


@dataclass
class Section:
    key: str
    title: str
    lines: list[Line]
    summary: str

    @property
    def level(self) -> str:
        levels = {line.level for line in self.lines}
        return BAD if BAD in levels else WARN if WARN in levels else OK

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "summary": self.summary,
            "level": self.level,
            "lines": [line.to_json() for line in self.lines],
        }


@dataclass
class Readiness:
    total: float
    max_total: float
    passes_veto: bool
    sections: list[Section]

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "max_total": self.max_total,
            "passes_veto": self.passes_veto,
            "sections": [s.to_json() for s in self.sections],
        }


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _evidence_by_item(db: Database) -> tuple[dict[int, int], dict[int, int], dict[int, set[str]]]:
    """Item number → records filed, records passed review, and the categories filed."""
    with db.read() as session:
        rows = session.execute(
            select(ItemRow.no, Evidence.category, Evidence.review_state, func.count())
            .join(ItemRow, ItemRow.id == Evidence.item_id)
            .where(Evidence.deleted_at.is_(None))
            .group_by(ItemRow.no, Evidence.category, Evidence.review_state)
        ).all()
    filed: dict[int, int] = {}
    passed: dict[int, int] = {}
    kinds: dict[int, set[str]] = {}
    for no, category, state, count in rows:
        filed[no] = filed.get(no, 0) + count
        if state == REVIEW_PASSED:
            passed[no] = passed.get(no, 0) + count
        kinds.setdefault(no, set()).add(category)
    return filed, passed, kinds


def readiness(db: Database, today: dt.date | None = None) -> Readiness:
    today = today or dt.date.today()
    rs = rulesets.load(db)
    found = assessment.show(db)
    sections: list[Section] = []

    # the estimated score by category
    lines = [
        Line(
            f"{c.code}、{c.name}：{_num(c.score)}/{_num(c.max)}分",
            OK if c.score >= c.max else WARN,
            {"page": "assessment", "category": c.code},
        )
        for c in found.categories
    ]
    sections.append(
        Section(
            "score", "预计得分", lines, f"{_num(found.total)}/{_num(found.max_total)}分，已评{found.scored_points}项"
        )
    )

    # veto risks
    texts = {i.no: i.text for i in rs.veto_items}
    lines = [
        Line(
            f"（{no}）{texts.get(no, '')[:40]}：{state}",
            BAD if state == VETO_HAPPENED else WARN,
            {"page": "assessment"},
        )
        for no, state in sorted(found.vetoes.items())
        if state in (VETO_HAPPENED, VETO_UNSURE)
    ]
    summary = "有否决项已发生" if not found.passes_veto else f"{len(lines)}项待核实" if lines else "否决项均未发生"
    sections.append(Section("veto", "否决风险", lines, summary))

    # evidence: none filed, none passed review, on-site checks without photos or ledgers
    filed, passed, kinds = _evidence_by_item(db)
    scored_items = [i for p in rs.points() for i in p.items]
    none = [
        Line(f"（{i.no}）{i.text[:40]}", BAD, {"page": "evidence", "item": i.no})
        for i in scored_items
        if not filed.get(i.no)
    ]
    sections.append(Section("no_evidence", "无佐证材料的评价内容", none, f"{len(none)}/{len(scored_items)}项"))
    unreviewed = [
        Line(f"（{i.no}）{i.text[:40]}：{filed[i.no]}份待审核", WARN, {"page": "evidence", "item": i.no})
        for i in scored_items
        if filed.get(i.no) and not passed.get(i.no)
    ]
    sections.append(Section("unreviewed", "材料均未审核通过的评价内容", unreviewed, f"{len(unreviewed)}项"))
    site = [
        Line(
            f"（{i.no}）{i.text[:40]}：缺" + "、".join(k for k in SITE_EVIDENCE if k not in kinds.get(i.no, set())),
            WARN,
            {"page": "evidence", "item": i.no},
        )
        for i in scored_items
        if SITE_CHECK in i.methods and not set(SITE_EVIDENCE) <= kinds.get(i.no, set())
    ]
    checked = sum(1 for i in scored_items if SITE_CHECK in i.methods)
    sections.append(Section("site_check", "现场检查项缺照片或台账", site, f"{len(site)}/{checked}项"))

    # targets below their goal
    states = metrics.states(db)
    lines = [
        Line(
            f"{s.metric.name}：{_num(s.latest or 0)}{s.metric.unit}（{s.period}），"
            f"目标{_num(s.metric.target)}{s.metric.unit}",
            BAD,
            {"page": "assessment", "metric": s.metric.code},
        )
        for s in states
        if s.met is False
    ]
    unmeasured = sum(1 for s in states if s.latest is None)
    sections.append(Section("metrics", "未达目标的指标", lines, f"{len(lines)}项未达标，{unmeasured}项尚无测评数据"))

    # open rectifications
    open_findings = findings.list_findings(db, only_open=True, today=today)
    lines = [
        Line(
            f"{f.unit}：{f.text[:40]}（{f.status}"
            + (f"，整改时限{f.deadline.isoformat()}" if f.deadline else "")
            + ("，已逾期" if f.overdue else "")
            + "）",
            BAD if f.overdue else WARN,
            {"page": "findings", "finding": f.id},
        )
        for f in open_findings
    ]
    late = sum(1 for f in open_findings if f.overdue)
    sections.append(Section("findings", "未完成的整改", lines, f"{len(lines)}个，其中逾期{late}个"))

    # overdue tasks by item
    overdue = [t for t in tasks.list_tasks(db, today=today) if t.counted and t.overdue]
    by_item: dict[int, int] = {}
    for t in overdue:
        for no in t.items:
            by_item[no] = by_item.get(no, 0) + 1
    lines = [
        Line(f"（{no}）逾期任务{count}项", BAD, {"page": "tasks", "item": no, "overdue": True})
        for no, count in sorted(by_item.items())
    ]
    sections.append(
        Section("tasks", "各评价内容的逾期任务", lines, f"逾期任务{len(overdue)}项，涉及{len(lines)}个评价内容")
    )

    # the next phase
    info = campaigns.require(db)
    coming = sorted((p for p in info.phases if p.start > today), key=lambda p: p.start)
    current = [p for p in info.phases if p.contains(today)]
    lines = [Line(f"当前阶段“{p.name}”至{p.end.isoformat()}结束，还有{(p.end - today).days}天", OK) for p in current]
    lines += [Line(f"距“{p.name}”开始还有{(p.start - today).days}天（{p.start.isoformat()}）", OK) for p in coming[:1]]
    summary = f"距“{coming[0].name}”{(coming[0].start - today).days}天" if coming else "无后续阶段"
    sections.append(Section("phase", "阶段节点", lines, summary))
    return Readiness(found.total, found.max_total, found.passes_veto, sections)
