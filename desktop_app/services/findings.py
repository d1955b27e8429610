"""Inspections and their findings: recorded one by one or imported from the list a 督查组 hands
over (all or nothing: unknown units or items refuse the whole list, each named with its row); a
finding's rectification followed to 已销号; the overdue ones told."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.core import duties, roles
from desktop_app.core.errors import ImportRejected, KnownError, NotFoundError
from desktop_app.core.findings import INSPECTION_KINDS, STATUSES
from desktop_app.core.i18n import tr
from desktop_app.core.unit_names import Names
from desktop_app.services import campaigns, rulesets
from desktop_app.services.reads.findings import FindingInfo as FindingInfo  # the read side lives there
from desktop_app.services.reads.findings import list_findings as list_findings
from desktop_app.storage.database import Database, one_at_a_time
from desktop_app.storage.models import Finding, Inspection, Task, Unit, UnitAlias


def _unit_ids(session: Any) -> Names:
    """Every name a unit goes by: its own, its aliases, short and full forms (core.unit_names)."""
    return Names(
        session.execute(select(Unit.id, Unit.name)),
        ((alias, uid) for alias, uid in session.execute(select(UnitAlias.alias, UnitAlias.unit_id))),
    )


@one_at_a_time(lambda: tr("Findings", "importing inspection findings"))
def import_xlsx(db: Database, path: Path, *, kind: str, date: dt.date, by: str = "", scope: str = "") -> int:
    """One inspection and its findings from a workbook with the columns 单位 (责任单位), 问题 (存在问题),
    and optionally 项号 (对应指标) and 整改时限; returns how many findings were taken."""
    from desktop_app.exchange.xlsx_io import cell_text, read_grids, row_skip_reason

    _check_kind(kind)
    wanted = {
        "unit": ("单位", "责任单位", "被检查单位"),
        "text": ("问题", "存在问题", "发现问题", "问题描述"),
        "item": ("项号", "对应指标", "评价内容序号"),
        "deadline": ("整改时限", "完成时限", "整改期限"),
        "task": ("对应任务", "任务编号", "任务序号"),
    }
    located = _locate(read_grids(Path(path)), wanted)
    if located is None:
        raise ImportRejected(
            tr("Findings", "No list of findings was found in {0}: it needs the columns 单位 and 问题.").format(
                Path(path).name
            )
        )
    grid, r, cols = located
    items = {i.no for i in rulesets.load(db).items()}
    rows, problems = [], []
    with db.read() as session:
        unit_ids = _unit_ids(session)
        task_ids = _task_ids(session)
    for n in range(r + 1, len(grid.rows) + 1):
        values = grid.rows[n - 1]
        if row_skip_reason(grid, r + 1, values, row=n):
            continue
        unit = cell_text(grid.value(n, cols["unit"]))
        text = cell_text(grid.value(n, cols["text"]))
        if not unit and not text:
            continue
        where = tr("Findings", "row {0}").format(n)
        checked = _check(
            unit,
            text,
            cell_text(grid.value(n, cols["item"])) if "item" in cols else "",
            grid.value(n, cols["deadline"]) if "deadline" in cols else None,
            unit_ids,
            items,
            cell_text(grid.value(n, cols["task"])) if "task" in cols else "",
            task_ids,
        )
        if isinstance(checked, str):
            problems.append(f"{where}：{checked}")
            continue
        rows.append(checked)
    if problems or not rows:
        raise ImportRejected(
            tr("Findings", "The findings in {0} were not imported: {1} problem(s) found.").format(
                Path(path).name, len(problems) or 1
            ),
            problems or [tr("Findings", "The list holds no findings.")],
        )
    _store(db, kind, date, by, rows, scope)
    return len(rows)


def _task_ids(session: Any) -> dict[str, int]:
    return {code: task_id for code, task_id in session.execute(select(Task.code, Task.id))}


Checked = tuple[int, int | None, str, dt.date | None, int | None]


def _check(
    unit: str,
    text: str,
    item_text: str,
    deadline: object,
    unit_ids: Names,
    items: set[int],
    task: str = "",
    task_ids: dict[str, int] | None = None,
) -> Checked | str:
    """A finding as stored (unit id, item, text, deadline, task id), or why it cannot be one."""
    from desktop_app.core import deadlines
    from desktop_app.exchange.xlsx_io import cell_text

    # the unit as a 督查 list writes it: its short name, or in the plan's words (区市场监管局牵头)
    named = duties.parse(unit)
    unit_match = unit_ids.find(named[0].name) if named else None
    if unit_match is None:
        return tr("Findings", "there is no unit called “{0}”.").format(unit)
    unit_id = unit_match.unit_id
    if not text.strip():
        return tr("Findings", "the finding says nothing.")
    item = None
    if item_text.strip():
        found = re.search(r"\d+", item_text)
        if not found or int(found.group()) not in items:
            return tr("Findings", "“{0}” is no item of the rule set.").format(item_text)
        item = int(found.group())
    due = None
    if deadline is not None and cell_text(deadline):
        try:
            due = deadlines.parse(deadline).date
        except deadlines.DeadlineProblem as bad:
            return bad.message
    task_id = None
    if task.strip():
        task_id = (task_ids or {}).get(task.strip())
        if task_id is None:
            return tr("Findings", "there is no task numbered “{0}” in the plan.").format(task.strip())
    return unit_id, item, text.strip(), due, task_id


def _store(db: Database, kind: str, date: dt.date, by: str, rows: list[Checked], scope: str = "") -> list[int]:
    with db.session(need=roles.EDIT) as session:
        campaign = campaigns.current(session)
        inspection = Inspection(campaign_id=campaign.id, kind=kind, date=date, by=by.strip(), scope=scope.strip())
        session.add(inspection)
        session.flush()
        made = [
            Finding(
                inspection_id=inspection.id,
                unit_id=unit_id,
                item_no=item,
                text=text,
                deadline=due,
                note="",
                task_id=task_id,
            )
            for unit_id, item, text, due, task_id in rows
        ]
        session.add_all(made)
        session.flush()
        return [f.id for f in made]


def record(
    db: Database,
    *,
    kind: str,
    date: dt.date,
    unit: str,
    text: str,
    by: str = "",
    item: str = "",
    deadline: str = "",
    task: str = "",
    scope: str = "",
) -> int:
    """One finding of an inspection, as a clerk types it in; returns its id."""
    _check_kind(kind)
    with db.read() as session:
        unit_ids = _unit_ids(session)
        task_ids = _task_ids(session)
    items = {i.no for i in rulesets.load(db).items()}
    checked = _check(unit, text, item, deadline or None, unit_ids, items, task, task_ids)
    if isinstance(checked, str):
        raise KnownError(tr("Findings", "The finding was not kept."), [checked])
    return _store(db, kind, date, by, [checked], scope)[0]


def _check_kind(kind: str) -> None:
    if kind not in INSPECTION_KINDS:
        raise KnownError(tr("Findings", "The kind of inspection is one of {0}.").format("、".join(INSPECTION_KINDS)))


def _locate(grids: list[Any], wanted: dict[str, tuple[str, ...]]) -> tuple[Any, int, dict[str, int]] | None:
    """The first sheet with a header naming at least 单位 and 问题: (sheet, header row, {field: column})."""
    from desktop_app.exchange.xlsx_io import cell_text, header_key

    for grid in grids:
        for r, row in enumerate(grid.rows[:10], start=1):
            cols: dict[str, int] = {}
            for c, value in enumerate(row, start=1):
                key = header_key(cell_text(value))
                for name, names in wanted.items():
                    if key in names and name not in cols:
                        cols[name] = c
            if "unit" in cols and "text" in cols:
                return grid, r, cols
    return None


def set_status(db: Database, finding_id: int, status: str, note: str = "") -> None:
    if status not in STATUSES:
        raise KnownError(tr("Findings", "A finding's state is one of {0}.").format("、".join(STATUSES)))
    with db.session(need=roles.EDIT) as session:
        finding = session.get(Finding, finding_id)
        if finding is None:
            raise NotFoundError(tr("Findings", "There is no finding {0}.").format(finding_id))
        finding.status = status
        if note.strip():
            finding.note = note.strip()


def add_rectification_files(db: Database, finding_id: int, paths: list[Path], progress: Any = None) -> int:
    """File ``paths`` as the evidence of a finding's rectification — under its item, for its unit —
    and link them to it; returns how many were filed."""
    from desktop_app.services import evidence

    with db.read() as session:
        finding = session.get(Finding, finding_id)
        if finding is None:
            raise NotFoundError(tr("Findings", "There is no finding {0}.").format(finding_id))
        item, unit_id, text = finding.item_no, finding.unit_id, finding.text
        unit = session.get(Unit, unit_id)
        unit_name = unit.name if unit is not None else None
    if item is None:
        raise KnownError(
            tr("Findings", "The finding names no item of the rule set, so its evidence has nowhere to be filed."),
            [tr("Findings", "Record the item (项号) with the finding first.")],
        )
    meta = evidence.EvidenceMeta(note=tr("Findings", "Rectification of: {0}").format(text[:200]))
    added = evidence.add_files(db, [Path(p) for p in paths], item=item, unit=unit_name, meta=meta, progress=progress)
    ids = [e.id for e in added.added]
    if ids:
        with db.session(need=roles.EDIT) as session:
            row = session.get(Finding, finding_id)
            if row is not None:
                row.evidence_ids = [*(row.evidence_ids or []), *ids]
    return len(ids)


def tasks_with_late_findings(db: Database, today: dt.date | None = None) -> set[str]:
    """The codes of the tasks that have a finding not rectified past its deadline."""
    return {f.task for f in list_findings(db, only_open=True, today=today) if f.overdue and f.task}
