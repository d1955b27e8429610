"""Coverage: which responsible unit has evidence for which item, reviewed or not, and how complete
each category and point is (the heat map of items × units and the completeness figures)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, case, func, or_, select

from desktop_app.core.evidence import REVIEW_PASSED, STATE_COMPLETE, item_state
from desktop_app.core.units import Collapser, collective_kind, members, name_key
from desktop_app.services import campaigns, rulesets, tasks
from desktop_app.storage.database import Database
from desktop_app.storage.models import Evidence, ItemMark, ItemRow, Unit, UnitAlias
from desktop_app.storage.plain import stored_end_of


@dataclass
class Cell:
    total: int = 0
    passed: int = 0
    returned: int = 0
    mark: str | None = None
    responsible: bool = False

    @property
    def state(self) -> str:
        return item_state(self.total, self.mark)

    @property
    def level(self) -> str:
        """For the heat map: missing (nothing filed), filed (not yet passed), reviewed (passed)."""
        if self.total == 0:
            return "missing"
        return "reviewed" if self.passed else "filed"


@dataclass
class Share:
    complete: int = 0
    total: int = 0

    @property
    def percent(self) -> float:
        return 100.0 * self.complete / self.total if self.total else 0.0


@dataclass
class Coverage:
    items: list[int]
    units: list[tuple[int, str]]  # (id, name) of every active unit
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)  # (item no, unit id)
    responsible: dict[int, list[int]] = field(default_factory=dict)  # item no → unit ids
    by_category: dict[str, Share] = field(default_factory=dict)
    by_point: dict[str, Share] = field(default_factory=dict)

    def cell(self, item: int, unit_id: int) -> Cell:
        return self.cells.get((item, unit_id), Cell(responsible=unit_id in self.responsible.get(item, [])))

    def item_complete(self, item: int) -> bool:
        """Every responsible unit's evidence is marked 已齐全 (an item with none named: any unit's)."""
        units = self.responsible.get(item) or [u for (no, u), c in self.cells.items() if no == item and c.total]
        return bool(units) and all(self.cell(item, u).state == STATE_COMPLETE for u in units)


def responsible_units(
    departments: list[str],
    units: list[tuple[int, str, str]],
    aliases: dict[str, int],
    by_key: dict[str, int] | None = None,
) -> list[int]:
    """Unit ids named by an item's 责任部门 list; collectives such as 各县（区） stand for every such unit
    (``by_key``: the units by name key, when the caller has it for many items)."""
    if by_key is None:
        by_key = {name_key(name): uid for uid, name, _kind in units}
    found: list[int] = []
    for name in departments:
        kind = collective_kind(name)
        if kind:
            found.extend(members(kind, ((uid, k) for uid, _name, k in units)))
            continue
        uid = by_key.get(name_key(name)) or aliases.get(name_key(name))
        if uid:
            found.append(uid)
    return list(dict.fromkeys(found))


def responsibilities(db: Database) -> dict[int, list[int]]:
    """Item number → the ids of its responsible units: the imported responsibility table where it
    names the item, else the rule set's 责任部门."""
    rs = rulesets.load(db)
    with db.read() as session:
        units = [
            (u.id, u.name, u.kind) for u in session.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.id))
        ]
        aliases = {a.key: a.unit_id for a in session.scalars(select(UnitAlias))}
    assigned = tasks.assignments(db)
    by_key = {name_key(name): uid for uid, name, _kind in units}
    return {
        item.no: assigned.get(item.no) or responsible_units(item.department_list, units, aliases, by_key)
        for item in rs.items()
    }


def compute(db: Database, *, as_of: dt.date | None = None) -> Coverage:
    """Items × units as filed; ``as_of`` a day, only what had been filed by its end (reviews as they
    stand: a review keeps no date of its own)."""
    rs = rulesets.load(db)
    filed: list[ColumnElement[bool]] = [Evidence.deleted_at.is_(None), Evidence.unit_id.is_not(None)]
    if as_of is not None:  # filed by then, and not in the recycle bin then
        end = stored_end_of(as_of)
        filed = [or_(Evidence.deleted_at.is_(None), Evidence.deleted_at >= end), Evidence.unit_id.is_not(None)]
        filed.append(Evidence.created_at < end)
    with db.read() as session:
        units = [
            (u.id, u.name, u.kind) for u in session.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.id))
        ]
        campaign = campaigns.current_or_none(session)
        rule_set_id = campaign.rule_set_id if campaign else None
        no_of = dict(session.execute(select(ItemRow.id, ItemRow.no).where(ItemRow.rule_set_id == rule_set_id)).all())
        counts = session.execute(
            select(
                Evidence.item_id,
                Evidence.unit_id,
                func.count(),
                func.sum(case((Evidence.review_state == REVIEW_PASSED, 1), else_=0)),
                func.sum(case((Evidence.review_state == "退回", 1), else_=0)),
            )
            .where(*filed)
            .group_by(Evidence.item_id, Evidence.unit_id)
        ).all()
        marks = session.execute(select(ItemMark.item_id, ItemMark.unit_id, ItemMark.state)).all()
    coverage = Coverage(items=[i.no for i in rs.items()], units=[(uid, name) for uid, name, _ in units])
    coverage.responsible = responsibilities(db)  # the office's responsibility table, where one was imported
    for item_id, unit_id, total, passed, returned in counts:
        if item_id in no_of:
            coverage.cells[(no_of[item_id], unit_id)] = Cell(total, int(passed or 0), int(returned or 0))
    for item_id, unit_id, state in marks:
        if item_id in no_of:
            coverage.cells.setdefault((no_of[item_id], unit_id), Cell()).mark = state
    for (no, unit_id), cell in coverage.cells.items():
        cell.responsible = unit_id in coverage.responsible.get(no, [])
    for c in rs.categories:
        share = coverage.by_category.setdefault(f"{c.code}、{c.name}", Share())
        for p in c.points:
            point_share = coverage.by_point.setdefault(f"{p.code}. {p.name}", Share())
            for i in p.items:
                done = coverage.item_complete(i.no)
                share.total += 1
                point_share.total += 1
                share.complete += done
                point_share.complete += done
    return coverage


@dataclass
class Gap:
    """An item still lacking materials: the responsible units that have filed nothing for it (none
    listed: no unit is named and nothing at all is filed)."""

    no: int
    category: str
    text: str
    units: list[str]
    shown: list[str] = field(default_factory=list)  # as lists show them: 各县（区）, 全部成员单位 (core.units.collapse)


def gaps(db: Database, cov: Coverage | None = None) -> list[Gap]:
    """Every item, in the rule set's order, where a responsible unit has filed nothing (the
    尚缺材料清单), counting what is in the recycle bin as nothing."""
    rs = rulesets.load(db)
    cov = cov or compute(db)
    names = dict(cov.units)
    with db.read() as session:
        kind_of = dict(session.execute(select(Unit.name, Unit.kind).where(Unit.active.is_(True))).all())
    collapse = Collapser(kind_of, [name for _uid, name in cov.units])
    found: list[Gap] = []
    sections = [(f"{c.code}、{c.name}", [i for p in c.points for i in p.items]) for c in rs.categories]
    sections.append(("六、否决项", list(rs.veto_items)))
    for category, items in sections:
        for item in items:
            named = cov.responsible.get(item.no, [])
            if named:
                lacking = [names[u] for u in named if u in names and cov.cell(item.no, u).total == 0]
                if lacking:
                    found.append(Gap(item.no, category, item.text, lacking, collapse(lacking)))
            elif not any(c.total for (no, _u), c in cov.cells.items() if no == item.no):
                found.append(Gap(item.no, category, item.text, []))
    return found
