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

from desktop_app.core.assessment import VETO_HAPPENED, VETO_NONE
from desktop_app.core.evidence import REVIEW_PASSED
from desktop_app.core.i18n import tr
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
    veto_verdict: str | None = None  # core.assessment.veto_verdict: None once all are marked 未发生
    fails_veto: bool = False  # a veto item has happened

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "max_total": self.max_total,
            "passes_veto": self.passes_veto,
            "veto_verdict": self.veto_verdict,
            "sections": [s.to_json() for s in self.sections],
        }


def _short(text: str, most: int = 36) -> str:
    """A long item or finding cut for one line, without a stop or comma left dangling."""
    text = text.strip().rstrip("。；;，,")
    return text if len(text) <= most else text[:most].rstrip("。；;，,、") + "…"


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
            tr("Readiness", "{0}、{1}: {2} of {3}").format(c.code, c.name, _num(c.score), _num(c.max)),
            OK if c.score >= c.max else WARN,
            {"page": "assessment", "category": c.code},
        )
        for c in found.categories
    ]
    sections.append(
        Section(
            "score",
            tr("Readiness", "Estimated score"),
            lines,
            tr("Readiness", "{0} of {1}, {2} scored").format(
                _num(found.total), _num(found.max_total), found.scored_points
            ),
        )
    )

    # veto risks
    texts = {i.no: i.text for i in rs.veto_items}
    lines = [
        Line(
            f"（{no}）{_short(texts.get(no, ''))}：{state}",
            BAD if state == VETO_HAPPENED else WARN,
            {"page": "assessment"},
        )
        for no, state in sorted(found.vetoes.items())
        if state != VETO_NONE  # 已发生, 待核实, or 未核实: nobody has looked
    ]
    if found.fails_veto:
        summary = tr("Readiness", "a veto item has happened")
    elif lines:
        summary = tr("Readiness", "{0} to be verified").format(len(lines))
    else:
        summary = tr("Readiness", "all marked 未发生")
    sections.append(Section("veto", tr("Readiness", "Veto risks"), lines, summary))

    # evidence: none filed, none passed review, on-site checks without photos or ledgers
    filed, passed, kinds = _evidence_by_item(db)
    scored_items = [i for p in rs.points() for i in p.items]
    none = [
        Line(f"（{i.no}）{_short(i.text)}", BAD, {"page": "evidence", "item": i.no})
        for i in scored_items
        if not filed.get(i.no)
    ]
    of = tr("Readiness", "{0} of {1}")
    sections.append(
        Section("no_evidence", tr("Readiness", "Items with no evidence"), none, of.format(len(none), len(scored_items)))
    )
    unreviewed = [
        Line(
            tr("Readiness", "({0}) {1}: {2} awaiting review").format(i.no, _short(i.text), filed[i.no]),
            WARN,
            {"page": "evidence", "item": i.no},
        )
        for i in scored_items
        if filed.get(i.no) and not passed.get(i.no)
    ]
    sections.append(
        Section(
            "unreviewed",
            tr("Readiness", "Items with no evidence passed in review"),
            unreviewed,
            tr("Readiness", "{0} item(s)").format(len(unreviewed)),
        )
    )
    site = [
        Line(
            tr("Readiness", "({0}) {1}: no {2}").format(
                i.no, _short(i.text), "、".join(k for k in SITE_EVIDENCE if k not in kinds.get(i.no, set()))
            ),
            WARN,
            {"page": "evidence", "item": i.no},
        )
        for i in scored_items
        if SITE_CHECK in i.methods and not set(SITE_EVIDENCE) <= kinds.get(i.no, set())
    ]
    checked = sum(1 for i in scored_items if SITE_CHECK in i.methods)
    sections.append(
        Section(
            "site_check",
            tr("Readiness", "Items checked on site without photos or ledgers"),
            site,
            of.format(len(site), checked),
        )
    )

    # targets below their goal
    states = metrics.states(db)
    lines = [
        Line(
            tr("Readiness", "{0}: {1}{2} ({3}), target {4}").format(
                s.metric.name, _num(s.latest or 0), s.metric.unit, s.period, s.metric.required
            ),
            BAD,
            {"page": "assessment", "metric": s.metric.code},
        )
        for s in states
        if s.met is False
    ]
    unmeasured = sum(1 for s in states if s.latest is None)
    sections.append(
        Section(
            "metrics",
            tr("Readiness", "Targets not met"),
            lines,
            tr("Readiness", "{0} not met, {1} not measured yet").format(len(lines), unmeasured),
        )
    )

    # open rectifications
    open_findings = findings.list_findings(db, only_open=True, today=today)
    lines = []
    for f in open_findings:
        state = f.status
        if f.deadline:
            state = tr("Readiness", "{0}, rectify by {1}").format(state, f.deadline.isoformat())
        if f.overdue:
            state = tr("Readiness", "{0}, overdue").format(state)
        lines.append(
            Line(
                tr("Readiness", "{0}: {1} ({2})").format(f.unit, _short(f.text), state),
                BAD if f.overdue else WARN,
                {"page": "findings", "finding": f.id},
            )
        )
    late = sum(1 for f in open_findings if f.overdue)
    sections.append(
        Section(
            "findings",
            tr("Readiness", "Rectifications not finished"),
            lines,
            tr("Readiness", "{0}, {1} of them overdue").format(len(lines), late),
        )
    )

    # overdue tasks by item
    overdue = [t for t in tasks.list_tasks(db, today=today) if t.counted and t.overdue]
    by_item: dict[int, int] = {}
    for t in overdue:
        for no in t.items:
            by_item[no] = by_item.get(no, 0) + 1
    lines = [
        Line(
            tr("Readiness", "({0}) {1} overdue task(s)").format(no, count),
            BAD,
            {"page": "tasks", "item": no, "overdue": True},
        )
        for no, count in sorted(by_item.items())
    ]
    sections.append(
        Section(
            "tasks",
            tr("Readiness", "Overdue tasks by item"),
            lines,
            tr("Readiness", "{0} overdue task(s) serving {1} item(s)").format(len(overdue), len(lines)),
        )
    )

    # the next phase
    info = campaigns.require(db)
    coming = sorted((p for p in info.phases if p.start > today), key=lambda p: p.start)
    current = [p for p in info.phases if p.contains(today)]
    lines = [
        Line(
            tr("Readiness", "Phase “{0}” runs until {1}: {2} day(s) left").format(
                p.name, p.end.isoformat(), (p.end - today).days
            ),
            OK,
        )
        for p in current
    ]
    lines += [
        Line(
            tr("Readiness", "“{0}” begins in {1} day(s) ({2})").format(
                p.name, (p.start - today).days, p.start.isoformat()
            ),
            OK,
        )
        for p in coming[:1]
    ]
    summary = (
        tr("Readiness", "{0} day(s) to “{1}”").format((coming[0].start - today).days, coming[0].name)
        if coming
        else tr("Readiness", "no phase ahead")
    )
    sections.append(Section("phase", tr("Readiness", "Phases"), lines, summary))
    return Readiness(found.total, found.max_total, found.passes_veto, sections, found.veto_verdict(), found.fails_veto)
