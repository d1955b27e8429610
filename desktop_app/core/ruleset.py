"""Rule sets (评价细则) as plain data: categories, evaluation points, items, veto items.

A rule set is a tree: categories (一…五) hold evaluation points (要点) with a maximum
score, points hold numbered items (评价内容).  Veto items (否决项) carry no score and
sink a bid whatever the total.  Category 五 of the national 2021 edition mixes
mandatory points (必选项, 25) with optional points (自选项) counted up to 15, point 29
asks for any 2 of its 5 items, and points 24–26 are scored from a measured value
("根据实际测评结果进行折算", a ``Conversion``); those rules live here as data, not code.

Nothing in this module imports Qt or SQLAlchemy.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.i18n import tr

POINT_NORMAL = "normal"
POINT_MANDATORY = "mandatory"
POINT_OPTIONAL = "optional"
POINT_KINDS = (POINT_NORMAL, POINT_MANDATORY, POINT_OPTIONAL)

#: How the spreadsheet spells the point kinds.
POINT_KIND_LABELS = {POINT_NORMAL: "普通", POINT_MANDATORY: "必选项", POINT_OPTIONAL: "自选项"}

_LIST_SEPARATORS = re.compile(r"[、，,；;]+")


def split_list(text: str) -> list[str]:
    """Split a cell such as ``资料审查、 党政领导访谈`` into its parts, blanks dropped."""
    return [part.strip() for part in _LIST_SEPARATORS.split(text or "") if part.strip()]


@dataclass
class Item:
    no: int
    text: str
    methods: list[str] = field(default_factory=list)
    departments: str = ""
    basic_task: str = ""

    @property
    def department_list(self) -> list[str]:
        return split_list(self.departments)


@dataclass(frozen=True)
class Conversion:
    """How a point scored by measurement takes its score from the measured value of a target
    (``metric``, e.g. M04 满意度): with ``steps`` [(at least, score), …] the score of the highest step
    reached, else 0; without, the whole 分值 at or above ``full_at``, 0 at or below ``zero_at`` and
    in proportion between — in either case rounded down to half points."""

    metric: str
    full_at: float = 0.0
    zero_at: float = 0.0
    steps: tuple[tuple[float, float], ...] = ()

    def score(self, value: float, maximum: float) -> float:
        if self.steps:
            reached = [s for at_least, s in self.steps if value >= at_least - 1e-9]
            found = max(reached) if reached else 0.0
        elif value >= self.full_at - 1e-9:
            found = maximum
        elif value <= self.zero_at:
            found = 0.0
        else:
            found = maximum * (value - self.zero_at) / (self.full_at - self.zero_at)
        return min(maximum, int(found * 2 + 1e-9) / 2)

    def text(self) -> str:
        """As a rule-set workbook writes it: "M04 满分80 零分0" or "M03 98得5 95得3"."""
        if self.steps:
            return f"{self.metric} " + " ".join(f"{_fmt(a)}得{_fmt(s)}" for a, s in self.steps)
        return f"{self.metric} 满分{_fmt(self.full_at)} 零分{_fmt(self.zero_at)}"

    def to_dict(self) -> dict[str, Any]:
        return {"metric": self.metric, "full_at": self.full_at, "zero_at": self.zero_at, "steps": list(self.steps)}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Conversion | None:
        if not d:
            return None
        steps = tuple((float(a), float(s)) for a, s in d.get("steps") or ())
        return cls(str(d["metric"]), float(d.get("full_at") or 0), float(d.get("zero_at") or 0), steps)


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


_NUM = r"(\d+(?:\.\d+)?)"


def parse_conversion(text: str) -> Conversion:
    """A conversion as written in a workbook ("M04 满分80 零分0", "M03 98得5 95得3"; full-width digits
    and separators allowed); ValueError says what is wrong."""
    import unicodedata

    plain = unicodedata.normalize("NFKC", text).replace("，", " ").replace(",", " ").replace("；", " ")
    found = re.match(r"\s*([A-Za-z]+\d+)\s*[:：]?\s*(.*)$", plain)
    if not found:
        raise ValueError(tr("Problem", "“{0}” names no target (e.g. M04 满分80 零分0).").format(text))
    metric, rest = found.group(1).upper(), found.group(2)
    steps = [(float(a), float(s)) for a, s in re.findall(rf"{_NUM}\s*得\s*{_NUM}", rest)]
    full = re.search(rf"满分\s*{_NUM}", rest)
    zero = re.search(rf"零分\s*{_NUM}", rest)
    leftover = re.sub(rf"{_NUM}\s*得\s*{_NUM}|满分\s*{_NUM}|零分\s*{_NUM}|分|以上|以下|及|\s", "", rest)
    if leftover or (not steps and not full) or (steps and (full or zero)):
        raise ValueError(
            tr("Problem", "“{0}” is no conversion: write e.g. “M04 满分80 零分0” or “M03 98得5 95得3”.").format(text)
        )
    if steps:
        return Conversion(metric, steps=tuple(sorted(steps, reverse=True)))
    assert full is not None
    return Conversion(metric, float(full.group(1)), float(zero.group(1)) if zero else 0.0)


@dataclass
class Point:
    code: str
    name: str
    score: float
    kind: str = POINT_NORMAL
    choose: int | None = None  # "任选 N 项": only N of the items count
    items: list[Item] = field(default_factory=list)
    conversion: Conversion | None = None  # scored from a measured value


@dataclass
class Category:
    code: str
    name: str
    score: float
    mandatory_score: float | None = None  # 必选项 total, where the category has optional points
    optional_cap: float | None = None  # 自选项 counted up to this much
    points: list[Point] = field(default_factory=list)


@dataclass
class RuleSet:
    code: str
    name: str
    total_score: float
    categories: list[Category] = field(default_factory=list)
    veto_items: list[Item] = field(default_factory=list)
    source: str = ""

    # -- lookups -------------------------------------------------------------------------
    def points(self) -> list[Point]:
        return [p for c in self.categories for p in c.points]

    def items(self) -> list[Item]:
        """Scored items followed by the veto items, in number order."""
        scored = [i for p in self.points() for i in p.items]
        return sorted(scored + list(self.veto_items), key=lambda i: i.no)

    def item(self, no: int) -> Item | None:
        return next((i for i in self.items() if i.no == no), None)

    # -- serialisation -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for c, category in zip(data["categories"], self.categories, strict=True):
            for p, point in zip(c["points"], category.points, strict=True):
                p["conversion"] = point.conversion.to_dict() if point.conversion else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RuleSet:
        def item(d: dict[str, Any]) -> Item:
            return Item(
                no=int(d["no"]),
                text=d["text"],
                methods=list(d.get("methods", [])),
                departments=d.get("departments", ""),
                basic_task=d.get("basic_task", ""),
            )

        categories = []
        for c in data["categories"]:
            points = [
                Point(
                    code=str(p["code"]),
                    name=p["name"],
                    score=p["score"],
                    kind=p.get("kind", POINT_NORMAL),
                    choose=p.get("choose"),
                    items=[item(i) for i in p["items"]],
                    conversion=Conversion.from_dict(p.get("conversion")),
                )
                for p in c["points"]
            ]
            categories.append(
                Category(
                    code=c["code"],
                    name=c["name"],
                    score=c["score"],
                    mandatory_score=c.get("mandatory_score"),
                    optional_cap=c.get("optional_cap"),
                    points=points,
                )
            )
        return cls(
            code=data["code"],
            name=data["name"],
            total_score=data["total_score"],
            categories=categories,
            veto_items=[item(i) for i in data.get("veto_items", [])],
            source=data.get("source", ""),
        )

    def summary_json(self) -> dict[str, Any]:
        """The shape printed by ``framework show --json``."""
        return {
            "name": self.name,
            "total_score": _num(self.total_score),
            "categories": [
                {
                    "name": c.name,
                    "code": c.code,
                    "score": _num(c.score),
                    "mandatory_score": _num(c.mandatory_score),
                    "optional_cap": _num(c.optional_cap),
                    "points": [
                        {
                            "code": p.code,
                            "name": p.name,
                            "score": _num(p.score),
                            "kind": p.kind,
                            "choose": p.choose,
                            "conversion": p.conversion.text() if p.conversion else None,
                            "items": [_item_json(i) for i in p.items],
                        }
                        for p in c.points
                    ],
                }
                for c in self.categories
            ],
            "veto_items": [_item_json(i) for i in self.veto_items],
        }


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def _item_json(i: Item) -> dict[str, Any]:
    return {
        "no": i.no,
        "text": i.text,
        "methods": i.methods,
        "departments": i.department_list,
        "basic_task": i.basic_task,
    }


# -- validation ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    """One thing wrong with a rule set; ``row`` is the spreadsheet row when known."""

    message: str
    row: int | None = None
    sheet: str | None = None

    def __str__(self) -> str:
        where = []
        if self.sheet:
            where.append(tr("Problem", "sheet “{0}”").format(self.sheet))
        if self.row:
            where.append(tr("Problem", "row {0}").format(self.row))
        if not where:
            return self.message
        return tr("Problem", "{0}: {1}").format(" ".join(where), self.message)


def validate(rs: RuleSet, rows: dict[int, int] | None = None, sheet: str | None = None) -> list[Problem]:
    """Every problem in ``rs``; ``rows`` maps item numbers to spreadsheet rows for messages."""
    rows = rows or {}
    problems: list[Problem] = []

    def add(message: str, no: int | None = None) -> None:
        problems.append(Problem(message, rows.get(no) if no is not None else None, sheet))

    if not rs.name.strip():
        add(tr("Problem", "The rule set has no name."))
    if not rs.categories:
        add(tr("Problem", "The rule set has no categories."))

    category_sum = sum(c.score for c in rs.categories)
    if abs(category_sum - rs.total_score) > 1e-6:
        add(
            tr("Problem", "Category scores add up to {0}, but the total score is {1}.").format(
                _num(category_sum), _num(rs.total_score)
            )
        )

    seen_points: set[str] = set()
    for c in rs.categories:
        if c.score <= 0:
            add(tr("Problem", "Category “{0}” has no positive score.").format(c.name))
        if not c.points:
            add(tr("Problem", "Category “{0}” has no evaluation points.").format(c.name))
        for p in c.points:
            first_no = p.items[0].no if p.items else None
            if p.code in seen_points:
                add(tr("Problem", "Evaluation point number {0} is used twice.").format(p.code), first_no)
            seen_points.add(p.code)
            if p.kind not in POINT_KINDS:
                add(tr("Problem", "Point {0} has an unknown type “{1}”.").format(p.code, p.kind), first_no)
            if p.score <= 0:
                add(tr("Problem", "Point {0} “{1}” has no positive score.").format(p.code, p.name), first_no)
            if not p.items:
                add(tr("Problem", "Point {0} “{1}” has no items.").format(p.code, p.name))
            if p.choose is not None and not 0 < p.choose <= len(p.items):
                add(
                    tr("Problem", "Point {0} asks for any {1} items but has {2}.").format(
                        p.code, p.choose, len(p.items)
                    ),
                    first_no,
                )
            if p.conversion is not None:
                _validate_conversion(p, first_no, add)
        _validate_category_scores(c, add)

    numbers = [i.no for i in rs.items()]
    for i in rs.items():
        if not i.text.strip():
            add(tr("Problem", "Item ({0}) has no text.").format(i.no), i.no)
    duplicates = sorted({n for n in numbers if numbers.count(n) > 1})
    for n in duplicates:
        add(tr("Problem", "Item number ({0}) is used more than once.").format(n), n)
    expected = list(range(1, len(set(numbers)) + 1))
    if sorted(set(numbers)) != expected:
        missing = sorted(set(expected) - set(numbers))
        extra = sorted(set(numbers) - set(expected))
        if missing:
            add(
                tr("Problem", "Item numbers must run from (1) without gaps; missing: {0}.").format(
                    "、".join(f"({n})" for n in missing)
                )
            )
        for n in extra:
            add(tr("Problem", "Item number ({0}) is out of sequence.").format(n), n)
    ordered = [i.no for p in rs.points() for i in p.items]
    if ordered != sorted(ordered):
        add(tr("Problem", "Items are not in number order."))
    return problems


def _validate_conversion(p: Point, row_no: int | None, add_at: Callable[[str, int | None], None]) -> None:
    def add(message: str) -> None:
        add_at(message, row_no)

    conv = p.conversion
    assert conv is not None
    if p.choose:
        add(
            tr("Problem", "Point {0} counts any {1} of its items and cannot be scored from a measurement.").format(
                p.code, p.choose
            )
        )
    if conv.steps:
        for _at_least, score in conv.steps:
            if not 0 <= score <= p.score or abs(score * 2 - round(score * 2)) > 1e-9:
                add(
                    tr("Problem", "Point {0}: a step's score {1} must lie between 0 and {2}, in half points.").format(
                        p.code, _fmt(score), _fmt(p.score)
                    )
                )
        thresholds = [a for a, _s in conv.steps]
        if len(set(thresholds)) != len(thresholds):
            add(tr("Problem", "Point {0}: two steps start at the same value.").format(p.code))
    elif conv.full_at <= conv.zero_at:
        add(
            tr("Problem", "Point {0}: the full score ({1}) must need more than the zero score ({2}).").format(
                p.code, _fmt(conv.full_at), _fmt(conv.zero_at)
            )
        )


def _validate_category_scores(c: Category, add: Callable[[str], None]) -> None:
    mandatory = [p for p in c.points if p.kind != POINT_OPTIONAL]
    optional = [p for p in c.points if p.kind == POINT_OPTIONAL]
    mandatory_sum = sum(p.score for p in mandatory)
    if not optional:
        if abs(mandatory_sum - c.score) > 1e-6:
            add(
                tr("Problem", "Points of category “{0}” add up to {1}, but the category is worth {2}.").format(
                    c.name, _num(mandatory_sum), _num(c.score)
                )
            )
        return
    mandatory_score = c.mandatory_score if c.mandatory_score is not None else mandatory_sum
    cap = c.optional_cap if c.optional_cap is not None else c.score - mandatory_score
    if abs(mandatory_sum - mandatory_score) > 1e-6:
        add(
            tr("Problem", "Mandatory points of category “{0}” add up to {1}, but should be {2}.").format(
                c.name, _num(mandatory_sum), _num(mandatory_score)
            )
        )
    if abs(mandatory_score + cap - c.score) > 1e-6:
        add(
            tr("Problem", "Category “{0}”: mandatory {1} plus optional {2} is not its score {3}.").format(
                c.name, _num(mandatory_score), _num(cap), _num(c.score)
            )
        )
    if sum(p.score for p in optional) < cap - 1e-6:
        add(
            tr("Problem", "Optional points of category “{0}” cannot reach the {1} points counted.").format(
                c.name, _num(cap)
            )
        )


# -- the shipped rule sets -----------------------------------------------------------------------
def load_json(path: Path) -> RuleSet:
    return RuleSet.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
