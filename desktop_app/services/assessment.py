"""The campaign's self-assessment (自查自评): scores kept per point (or per item of a "任选 N 项" point)
with the basis for each, the veto items' states, and what they add up to (core.assessment)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desktop_app.core import roles
from desktop_app.core.assessment import VETO_CHOICES, VETO_UNCHECKED, Assessment, assess, item_max, score_problem
from desktop_app.core.errors import KnownError, NotFoundError
from desktop_app.core.i18n import tr
from desktop_app.core.ruleset import Point, RuleSet
from desktop_app.services import campaigns, rulesets
from desktop_app.storage.database import Database
from desktop_app.storage.models import AssessScore, AssessSnapshot, AssessVeto, utcnow


def show(db: Database) -> Assessment:
    """The assessment as scored so far, added up as the campaign's rule set says."""
    rs = rulesets.load(db)
    with db.read() as session:
        campaign = campaigns.current(session)
        points: dict[str, float] = {}
        items: dict[int, float] = {}
        bases: dict[str, list[str]] = {}
        rows = session.scalars(
            select(AssessScore)
            .where(AssessScore.campaign_id == campaign.id)
            .order_by(AssessScore.point_code, AssessScore.item_no)
        )
        for row in rows:
            if row.item_no:
                items[row.item_no] = row.score
            else:
                points[row.point_code] = row.score
            if row.basis:
                bases.setdefault(row.point_code, []).append(
                    f"（{row.item_no}）{row.basis}" if row.item_no else row.basis
                )
        vetoes = {
            v.item_no: v.state for v in session.scalars(select(AssessVeto).where(AssessVeto.campaign_id == campaign.id))
        }
    found = assess(
        rs, points, items, vetoes, {code: "；".join(texts) for code, texts in bases.items()}, measured_values(db, rs)
    )
    _add_links(db, found)
    return found


def _add_links(db: Database, found: Assessment) -> None:
    """Each point's linked evidence and tasks, and how they read (佐证材料2份：《…》《…》；任务 G1-01)."""
    from desktop_app.storage.models import Evidence

    linked = links(db)
    if not linked:
        return
    wanted = {i for ev, _ts in linked.values() for i in ev}
    with db.read() as session:
        titles = dict(
            session.execute(
                select(Evidence.id, Evidence.title).where(Evidence.id.in_(wanted), Evidence.deleted_at.is_(None))
            ).all()
        )
    for category in found.categories:
        for p in category.points:
            ev = sorted({i for (code, _n), (ids, _t) in linked.items() if code == p.code for i in ids if i in titles})
            ts = sorted({t for (code, _n), (_i, codes) in linked.items() if code == p.code for t in codes})
            p.evidence, p.tasks = ev, ts
            parts = []
            if ev:
                named = "".join(f"《{titles[i]}》" for i in ev[:3])
                parts.append(
                    tr("Assessment", "evidence {0}: {1}").format(len(ev), named + ("…" if len(ev) > 3 else ""))
                )
            if ts:
                parts.append(tr("Assessment", "tasks {0}").format("、".join(ts)))
            p.linked = "；".join(parts)


def measured_values(db: Database, rs: RuleSet) -> dict[str, tuple[float, str]]:
    """The latest campaign-wide value of every target a point of ``rs`` is converted from, with how
    it reads (群众食品安全满意度 82分（2026）)."""
    from desktop_app.services import metrics

    wanted = {p.conversion.metric for p in rs.points() if p.conversion}
    if not wanted:
        return {}
    return {
        s.metric.code: (s.latest, f"{s.metric.name} {s.latest:g}{s.metric.unit}（{s.period}）")
        for s in metrics.states(db)
        if s.metric.code in wanted and s.latest is not None
    }


def _point(rs: RuleSet, code: str) -> Point:
    found = next((p for p in rs.points() if p.code == str(code).strip()), None)
    if found is None:
        raise NotFoundError(tr("Assessment", "The rule set has no evaluation point {0}.").format(code))
    return found


def set_score(
    db: Database,
    point: str,
    score: float,
    *,
    item: int | None = None,
    basis: str = "",
    evidence: list[int] | None = None,
    tasks: list[str] | None = None,
) -> None:
    """Score a point out of its 分值 — or, for a point that counts "any N of its items", one of its
    items out of the point's 分值 over N; in half points. ``evidence`` (record ids, filed under the
    point's items) and ``tasks`` (codes) are what the score rests on besides the text; None leaves
    the links as they were."""
    rs = rulesets.load(db)
    found = _point(rs, point)
    if found.choose and item is None:
        raise KnownError(
            tr("Assessment", "Point {0} counts any {1} of its items: score an item of it (--item).").format(
                found.code, found.choose
            )
        )
    if item is not None and item not in [i.no for i in found.items]:
        raise KnownError(tr("Assessment", "Item ({0}) is not an item of point {1}.").format(item, found.code))
    if found.conversion is not None and found.conversion.metric in measured_values(db, rs):
        raise KnownError(
            tr("Assessment", "Point {0} is scored from its measured target ({1}): record the measured value.").format(
                found.code, found.conversion.metric
            )
        )
    maximum = item_max(found) if item is not None and found.choose else found.score
    problem = score_problem(float(score), maximum)
    if problem:
        raise KnownError(tr("Assessment", "The score was not kept."), [problem])
    item_no = item if (item is not None and found.choose) else 0
    if evidence is not None or tasks is not None:
        _check_links(db, found, item_no, evidence or [], tasks or [])
    with db.session(need=roles.EDIT) as session:
        campaign = campaigns.current(session)
        row = session.scalar(
            select(AssessScore).where(
                AssessScore.campaign_id == campaign.id,
                AssessScore.point_code == found.code,
                AssessScore.item_no == item_no,
            )
        )
        if row is None:
            row = AssessScore(campaign_id=campaign.id, point_code=found.code, item_no=item_no)
            session.add(row)
        row.score, row.basis, row.updated_at = float(score), basis.strip(), utcnow()
        if evidence is not None:
            row.evidence_ids = sorted(set(evidence))
        if tasks is not None:
            row.task_codes = sorted({t.strip() for t in tasks})


def _check_links(db: Database, point: Point, item_no: int, evidence: list[int], tasks: list[str]) -> None:
    """Refuse links to records that are not there, or not filed under the point (or its item)."""
    from desktop_app.storage.models import Evidence, ItemRow, Task

    allowed = {item_no} if item_no else {i.no for i in point.items}
    problems = []
    with db.read() as session:
        found = dict(
            session.execute(
                select(Evidence.id, ItemRow.no)
                .join(ItemRow, ItemRow.id == Evidence.item_id)
                .where(Evidence.id.in_(evidence), Evidence.deleted_at.is_(None))
            ).all()
        )
        codes = set(session.scalars(select(Task.code).where(Task.code.in_([t.strip() for t in tasks]))))
    for record in evidence:
        if record not in found:
            problems.append(tr("Assessment", "There is no evidence record {0}.").format(record))
        elif found[record] not in allowed:
            problems.append(
                tr("Assessment", "Evidence record {0} is filed under item ({1}), not under point {2}.").format(
                    record, found[record], point.code
                )
            )
    problems += [
        tr("Assessment", "There is no task numbered “{0}” in the plan.").format(t)
        for t in tasks
        if t.strip() not in codes
    ]
    if problems:
        raise KnownError(tr("Assessment", "The score was not kept."), problems)


def links(db: Database) -> dict[tuple[str, int], tuple[list[int], list[str]]]:
    """The evidence records and tasks each score rests on, by (point code, item number or 0)."""
    with db.read() as session:
        campaign = campaigns.current(session)
        rows = session.execute(
            select(AssessScore.point_code, AssessScore.item_no, AssessScore.evidence_ids, AssessScore.task_codes).where(
                AssessScore.campaign_id == campaign.id
            )
        ).all()
    return {(code, item): (list(ev or []), list(ts or [])) for code, item, ev, ts in rows if ev or ts}


def bases(db: Database) -> dict[tuple[str, int], str]:
    """What each score rests on, by (point code, item number or 0), as the clerk wrote it."""
    with db.read() as session:
        campaign = campaigns.current(session)
        rows = session.execute(
            select(AssessScore.point_code, AssessScore.item_no, AssessScore.basis).where(
                AssessScore.campaign_id == campaign.id
            )
        ).all()
    return {(code, item): basis for code, item, basis in rows if basis}


def set_veto(db: Database, item: int, state: str, note: str = "") -> None:
    """Mark veto item ``item`` 未发生 / 已发生 / 待核实, or take it back to 未核实 (nobody has looked)."""
    if state not in VETO_CHOICES:
        raise KnownError(tr("Assessment", "A veto item is one of {0}.").format("、".join(VETO_CHOICES)))
    rs = rulesets.load(db)
    if item not in [i.no for i in rs.veto_items]:
        raise NotFoundError(tr("Assessment", "Item ({0}) is no veto item of the rule set.").format(item))
    with db.session(need=roles.EDIT) as session:
        campaign = campaigns.current(session)
        row = session.get(AssessVeto, (campaign.id, item))
        if state == VETO_UNCHECKED:
            if row is not None:
                session.delete(row)
            return
        if row is None:
            row = AssessVeto(campaign_id=campaign.id, item_no=item)
            session.add(row)
        row.state, row.note = state, note.strip()


def snapshot(db: Database, name: str) -> Assessment:
    """Freeze the assessment as it stands under ``name`` (自查 1, 初评前 …), with everything a report of
    it shows, so that report is drawn again identically; a name is used once."""
    name = name.strip()
    if not name:
        raise KnownError(tr("Assessment", "A snapshot needs a name, e.g. 自查 1."))
    from desktop_app.services import assessment_report

    report = assessment_report.build(db)  # what a report of the snapshot shows, as it stands now
    report.snapshot = name
    with db.session(need=roles.EDIT) as session:
        campaign = campaigns.current(session)
        taken = session.scalar(
            select(AssessSnapshot).where(AssessSnapshot.campaign_id == campaign.id, AssessSnapshot.name == name)
        )
        if taken is not None:
            raise KnownError(tr("Assessment", "There is a snapshot called “{0}” already.").format(name))
        session.add(
            AssessSnapshot(campaign_id=campaign.id, name=name, data={**report.assessment, "report": report.to_json()})
        )
    return show(db)


def snapshot_data(db: Database, name: str) -> dict[str, Any]:
    """The assessment as frozen under ``name`` (the same JSON ``show`` gives, with its time)."""
    with db.read() as session:
        campaign = campaigns.current(session)
        row = session.scalar(
            select(AssessSnapshot).where(AssessSnapshot.campaign_id == campaign.id, AssessSnapshot.name == name.strip())
        )
        if row is None:
            names = [
                s.name for s in session.scalars(select(AssessSnapshot).where(AssessSnapshot.campaign_id == campaign.id))
            ]
            raise NotFoundError(
                tr("Assessment", "There is no snapshot “{0}”; there are: {1}.").format(name, "、".join(names) or "—")
            )
        return {**row.data, "snapshot": row.name, "taken_at": row.taken_at.isoformat(timespec="seconds")}


def snapshot_names(db: Database) -> list[tuple[str, str]]:
    """The campaign's snapshots, oldest first: (name, when taken)."""
    with db.read() as session:
        campaign = campaigns.current(session)
        rows = session.execute(
            select(AssessSnapshot.name, AssessSnapshot.taken_at)
            .where(AssessSnapshot.campaign_id == campaign.id)
            .order_by(AssessSnapshot.taken_at, AssessSnapshot.id)
        ).all()
    return [(name, taken.isoformat(sep=" ", timespec="minutes")) for name, taken in rows]


def change_since(db: Database, name: str) -> dict[str, Any]:
    """What moved since the snapshot: the total, and each category's score, then and now."""
    then, now = snapshot_data(db, name), show(db).to_json()
    before = {c["code"]: c["score"] for c in then["categories"]}
    return {
        "snapshot": name,
        "total": {"then": then["total"], "now": now["total"]},
        "categories": [
            {"code": c["code"], "name": c["name"], "then": before.get(c["code"]), "now": c["score"]}
            for c in now["categories"]
        ],
    }
