"""The self-assessment (自查自评) scored the way the rule set scores: points up to their 分值, in half
points; a point that counts "any N of its items" (point 29 of the 2021 edition) scored by item and
counting its best N; a category's optional points (自选项) counted up to its cap; veto items start
未核实 (nobody has looked) and are marked 未发生 / 已发生 / 待核实 by a person: one 已发生 fails the whole
bid whatever the score, and the bid passes its vetoes only once every one is marked 未发生.

Nothing here reads a database or imports Qt: the service gives the scores, this says what they add
up to and what is wrong with one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.i18n import tr
from desktop_app.core.ruleset import POINT_OPTIONAL, Point, RuleSet

VETO_NONE, VETO_HAPPENED, VETO_UNSURE = "未发生", "已发生", "待核实"
VETO_UNCHECKED = "未核实"  # what a veto item is until a person marks it
VETO_STATES = (VETO_NONE, VETO_HAPPENED, VETO_UNSURE)  # what a person marks
VETO_CHOICES = (VETO_UNCHECKED, *VETO_STATES)  # …or takes back to 未核实
STEP = 0.5


def veto_verdict(vetoes: Mapping[int, str]) -> str | None:
    """The vetoes' word on the bid, said the same on every page, the command line and the report's
    readers: failed by one 已发生; not yet passed while any is 未核实 or 待核实; None when all 未发生."""
    if VETO_HAPPENED in vetoes.values():
        happened = "、".join(f"（{no}）" for no, state in sorted(vetoes.items()) if state == VETO_HAPPENED)
        return tr("Assessment", "veto item {0} has happened: the bid fails whatever the score").format(happened)
    by_state: dict[str, list[int]] = {}
    for no, state in sorted(vetoes.items()):
        if state != VETO_NONE:
            by_state.setdefault(state, []).append(no)
    if by_state:  # （90）待核实、（91）（92）未核实
        said = "、".join("".join(f"（{no}）" for no in nos) + state for state, nos in by_state.items())
        return tr(
            "Assessment", "veto items {0} not yet confirmed: the bid passes only once every one is marked 未发生"
        ).format(said)
    return None


def item_max(point: Point) -> float:
    """What one item of a "任选 N 项" point is worth: the point's 分值 over N."""
    return point.score / point.choose if point.choose else point.score


def score_problem(value: float, maximum: float) -> str | None:
    """Why ``value`` cannot be a score out of ``maximum``, or None."""
    if value < 0 or value > maximum + 1e-9:
        return tr("Assessment", "A score must lie between 0 and {0}.").format(_num(maximum))
    if abs(value / STEP - round(value / STEP)) > 1e-9:
        return tr("Assessment", "A score goes in half points (e.g. 2.5), not {0}.").format(_num(value))
    return None


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


@dataclass
class PointScore:
    code: str
    name: str
    kind: str
    max: float
    score: float | None  # None: not scored yet
    items: dict[int, float] = field(default_factory=dict)  # for "任选 N 项" points: item → score
    counted: float = 0.0  # what the point adds to its category
    basis: str = ""  # what the score rests on, as the clerk wrote it
    converted: bool = False  # scored from a measured value by the rule set's conversion
    evidence: list[int] = field(default_factory=list)  # evidence records the score rests on
    tasks: list[str] = field(default_factory=list)  # tasks the score rests on
    linked: str = ""  # how those read in a report


@dataclass
class CategoryScore:
    code: str
    name: str
    max: float
    score: float
    points: list[PointScore]
    optional_counted: float | None = None  # 自选项 as counted (capped), where the category has them


@dataclass
class Assessment:
    categories: list[CategoryScore]
    max_total: float
    vetoes: dict[int, str]  # veto item → state

    @property
    def total(self) -> float:
        return sum(c.score for c in self.categories)

    @property
    def passes_veto(self) -> bool:
        """Every veto item marked 未发生 by a person: anything else is no pass a leader can rely on."""
        return all(state == VETO_NONE for state in self.vetoes.values())

    @property
    def fails_veto(self) -> bool:
        """A veto item has happened: the bid fails whatever the score."""
        return VETO_HAPPENED in self.vetoes.values()

    def veto_verdict(self) -> str | None:
        """What the vetoes say of the bid in a line, or None when every one is marked 未发生."""
        return veto_verdict(self.vetoes)

    @property
    def scored_points(self) -> int:
        return sum(1 for c in self.categories for p in c.points if p.score is not None)

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "max_total": self.max_total,
            "passes_veto": self.passes_veto,
            "fails_veto": self.fails_veto,
            "categories": [
                {
                    "code": c.code,
                    "name": c.name,
                    "score": c.score,
                    "max": c.max,
                    "optional_counted": c.optional_counted,
                    "points": [
                        {
                            "code": p.code,
                            "name": p.name,
                            "kind": p.kind,
                            "score": p.score,
                            "max": p.max,
                            "counted": p.counted,
                            "basis": p.basis,
                            "converted": p.converted,
                            "evidence": list(p.evidence),
                            "tasks": list(p.tasks),
                            "linked": p.linked,
                        }
                        for p in c.points
                    ],
                }
                for c in self.categories
            ],
            "veto": [{"no": no, "state": state} for no, state in sorted(self.vetoes.items())],
        }


def assess(
    rs: RuleSet,
    point_scores: Mapping[str, float],
    item_scores: Mapping[int, float],
    vetoes: Mapping[int, str],
    bases: Mapping[str, str] | None = None,
    measured: Mapping[str, tuple[float, str]] | None = None,
) -> Assessment:
    """Add the scores up as the rule set says: ``point_scores`` by point code, ``item_scores`` by item
    number for "任选 N 项" points, ``vetoes`` by veto item (未核实 where not given); ``bases`` are the
    points' bases by point code, carried along. A point the rule set converts from a measured value
    takes its score from ``measured`` (target code → (value, how it reads)) once its target is
    measured; until then the clerk's score stands."""
    categories = []
    for category in rs.categories:
        points, optional = [], 0.0
        for point in category.points:
            if point.choose:
                mine = {i.no: item_scores[i.no] for i in point.items if i.no in item_scores}
                best = sorted(mine.values(), reverse=True)[: point.choose]
                score: float | None = min(point.score, sum(best)) if mine else None
            else:
                mine = {}
                score = point_scores.get(point.code)
            basis = (bases or {}).get(point.code, "")
            reading = (measured or {}).get(point.conversion.metric) if point.conversion else None
            if point.conversion is not None and reading is not None:
                score = point.conversion.score(reading[0], point.score)
                basis = tr("Assessment", "Converted from the measured value: {0}").format(reading[1])
            counted = score or 0.0
            if point.kind == POINT_OPTIONAL:
                optional += counted
            points.append(
                PointScore(
                    point.code, point.name, point.kind, point.score, score, mine, counted, basis, reading is not None
                )
            )
        fixed = sum(p.counted for p in points if p.kind != POINT_OPTIONAL)
        capped = min(optional, category.optional_cap) if category.optional_cap is not None else optional
        categories.append(
            CategoryScore(
                category.code,
                category.name,
                category.score,
                min(category.score, fixed + capped),
                points,
                capped if category.optional_cap is not None else None,
            )
        )
    states = {item.no: vetoes.get(item.no, VETO_UNCHECKED) for item in rs.veto_items}
    return Assessment(categories, rs.total_score, states)
