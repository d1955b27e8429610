"""A rule set read back as ``core.ruleset.RuleSet``: categories, points, items, veto items."""

from __future__ import annotations

from functools import cache

from desktop_app.core.errors import NotFoundError
from desktop_app.core.i18n import tr
from desktop_app.core.ruleset import Category, Conversion, Item, Point, RuleSet, load_json
from desktop_app.paths import resource_path
from desktop_app.storage.plain import Run, Source, as_bool, as_json

BUILTIN_CODE = "national-2021"


@cache
def builtin_ruleset() -> RuleSet:
    """The national 2021 rule set shipped in resources/ (read once)."""
    return load_json(resource_path("rulesets", f"{BUILTIN_CODE}.json"))


def load(source: Source, code: str | None = None) -> RuleSet:
    """The rule set with ``code``; without one, the campaign's (or the national one)."""
    with source.reading() as run:
        return read(run, code)


def read(run: Run, code: str | None = None) -> RuleSet:
    """``load`` within a read already begun (four short queries)."""
    head_sql = "SELECT id, code, name, total_score, source FROM rule_set"
    if code is None:
        campaign = run("SELECT rule_set_id FROM campaign ORDER BY id LIMIT 1")
        if not campaign:
            return builtin_ruleset()
        heads = run(head_sql + " WHERE id = ?", (campaign[0][0],))
    else:
        heads = run(head_sql + " WHERE code = ?", (code,))
    if not heads:
        if code == BUILTIN_CODE:
            return builtin_ruleset()
        raise NotFoundError(tr("RuleSets", "There is no rule set with the code “{0}”.").format(code))
    rs_id, rs_code, rs_name, total, rs_source = heads[0]
    categories = run(
        "SELECT id, code, name, score, mandatory_score, optional_cap FROM rs_category"
        " WHERE rule_set_id = ? ORDER BY seq",
        (rs_id,),
    )
    points = run(
        "SELECT p.id, p.category_id, p.code, p.name, p.score, p.kind, p.choose, CAST(p.conversion AS TEXT)"
        " FROM rs_point p JOIN rs_category c ON c.id = p.category_id WHERE c.rule_set_id = ? ORDER BY p.seq",
        (rs_id,),
    )
    items = run(
        "SELECT point_id, no, is_veto, text, CAST(methods AS TEXT), departments, basic_task FROM rs_item"
        " WHERE rule_set_id = ? ORDER BY no",
        (rs_id,),
    )
    by_point: dict[int | None, list[Item]] = {}
    veto: list[Item] = []
    for point_id, no, is_veto, text, methods, departments, basic_task in items:
        item = Item(
            no=no, text=text, methods=list(as_json(methods) or []), departments=departments, basic_task=basic_task
        )
        if as_bool(is_veto):
            veto.append(item)
        else:
            by_point.setdefault(point_id, []).append(item)
    by_category: dict[int, list[Point]] = {}
    for p_id, category_id, p_code, p_name, p_score, kind, choose, conversion in points:
        by_category.setdefault(category_id, []).append(
            Point(
                code=p_code,
                name=p_name,
                score=p_score,
                kind=kind,
                choose=choose,
                items=by_point.get(p_id, []),
                conversion=Conversion.from_dict(as_json(conversion)),
            )
        )
    return RuleSet(
        code=rs_code,
        name=rs_name,
        total_score=total,
        categories=[
            Category(
                code=c_code,
                name=c_name,
                score=c_score,
                mandatory_score=mandatory,
                optional_cap=cap,
                points=by_category.get(c_id, []),
            )
            for c_id, c_code, c_name, c_score, mandatory, cap in categories
        ],
        veto_items=veto,
        source=rs_source,
    )
