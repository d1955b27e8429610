"""Rule sets: the shipped national edition, import/export as workbooks, the campaign's set."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core import roles
from desktop_app.core.errors import ImportRejected
from desktop_app.core.i18n import tr
from desktop_app.core.ruleset import Item, RuleSet, validate
from desktop_app.core.tables import SkippedRow
from desktop_app.services import campaigns
from desktop_app.services.reads.ruleset import BUILTIN_CODE as BUILTIN_CODE  # the read side lives there
from desktop_app.services.reads.ruleset import builtin_ruleset as builtin_ruleset
from desktop_app.services.reads.ruleset import load as load
from desktop_app.storage import audit
from desktop_app.storage.database import Database, one_at_a_time
from desktop_app.storage.models import CategoryRow, ItemRow, PointRow, RuleSetRow


def _store(session: Session, rs: RuleSet, *, builtin: bool) -> RuleSetRow:
    row = RuleSetRow(code=rs.code, name=rs.name, total_score=rs.total_score, source=rs.source, builtin=builtin)
    session.add(row)
    for cseq, c in enumerate(rs.categories):
        crow = CategoryRow(
            seq=cseq,
            code=c.code,
            name=c.name,
            score=c.score,
            mandatory_score=c.mandatory_score,
            optional_cap=c.optional_cap,
        )
        row.categories.append(crow)
        for pseq, p in enumerate(c.points):
            prow = PointRow(
                seq=pseq,
                code=p.code,
                name=p.name,
                score=p.score,
                kind=p.kind,
                choose=p.choose,
                conversion=p.conversion.to_dict() if p.conversion else None,
            )
            crow.points.append(prow)
            for i in p.items:
                row.items.append(_item_row(i, point=prow))
    for i in rs.veto_items:
        row.items.append(_item_row(i, point=None))
    session.flush()
    audit.record(
        session,
        "import",
        "rule_set",
        str(row.id),
        after={"code": rs.code, "name": rs.name, "items": len(rs.items()), "total_score": rs.total_score},
    )
    return row


def _item_row(i: Item, point: PointRow | None) -> ItemRow:
    return ItemRow(
        no=i.no,
        is_veto=point is None,
        text=i.text,
        methods=list(i.methods),
        departments=i.departments,
        basic_task=i.basic_task,
        point=point,
    )


def ensure_builtin(session: Session) -> RuleSetRow:
    row = session.scalar(select(RuleSetRow).where(RuleSetRow.code == BUILTIN_CODE))
    return row or _store(session, builtin_ruleset(), builtin=True)


def list_rulesets(db: Database) -> list[tuple[str, str, bool]]:
    """(code, name, builtin) of every stored rule set."""
    with db.read() as session:
        return [(r.code, r.name, r.builtin) for r in session.scalars(select(RuleSetRow).order_by(RuleSetRow.id))]


def conversion_problems(rs: RuleSet) -> list[str]:
    """Conversions that name a target the program does not measure."""
    from desktop_app.services import metrics

    known = {m.code for m in metrics.defined()}
    return [
        tr("RuleSets", "Point {0} is converted from the target {1}, which is not one of {2}.").format(
            p.code, p.conversion.metric, "、".join(sorted(known))
        )
        for p in rs.points()
        if p.conversion is not None and p.conversion.metric not in known
    ]


def export_xlsx(db: Database, target: Path, code: str | None = None) -> Path:
    from desktop_app.exchange import ruleset_xlsx  # openpyxl only when a workbook is written

    return ruleset_xlsx.export(load(db, code), Path(target))


@one_at_a_time(lambda: tr("RuleSets", "importing a rule set"))
def import_xlsx(
    db: Database, path: Path, *, use_for_campaign: bool = False, skipped: list[SkippedRow] | None = None
) -> RuleSet:
    """Validate and store a rule set from a workbook; nothing is stored when anything is wrong.
    Rows that are no part of its tables are passed over and added to ``skipped``."""
    from desktop_app.exchange import ruleset_xlsx

    rs = ruleset_xlsx.read(Path(path), skipped)
    problems = [str(p) for p in validate(rs)]  # read() validates already; kept for rule sets built in code
    problems += conversion_problems(rs)
    if problems:
        raise ImportRejected(tr("RuleSets", "The rule set is not valid."), problems)
    with db.session(need=roles.CAMPAIGN) as session:
        ensure_builtin(session)
        if session.scalar(select(RuleSetRow).where(RuleSetRow.code == rs.code)):
            raise ImportRejected(
                tr(
                    "RuleSets",
                    "A rule set with the code “{0}” is already stored. Give the new one another 代码 "
                    "on the sheet “说明”.",
                ).format(rs.code)
            )
        row = _store(session, rs, builtin=False)
        if use_for_campaign:
            campaign = campaigns.current_or_none(session)
            if campaign is not None:
                campaign.rule_set_id = row.id
    return rs
