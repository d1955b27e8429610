"""The monthly cycle: fill-in workbooks for every unit, their return (checked, previewed, saved),
entries typed in for a unit that phones its report in, and who reported on time.

Each returned file is saved on its own: one refused file leaves the others, and everything
saved before, as it was. A newer file for the same unit and month replaces the entry; the entry
it replaces is kept in the report's history.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased, selectinload

from desktop_app.core.checks import Check
from desktop_app.core.errors import ImportRejected, KnownError, NotFoundError
from desktop_app.core.i18n import tr
from desktop_app.core.monthly import (
    KIND_ITEM,
    KIND_TASK,
    MISSING,
    OUTSIDE,
    UNTRACKED,
    ReturnedRow,
    Submission,
    TemplateRow,
    contradiction,
    state_label,
    submission_state,
)
from desktop_app.core.progress import Progress, check
from desktop_app.core.rounds import Round, in_campaign, parse_key, round_label
from desktop_app.core.tasks import ROLE_LEAD, STATUS_DONE, STATUS_PAUSED, STATUSES
from desktop_app.services import campaigns, coverage, rounds, rulesets
from desktop_app.services.tasks import change_status
from desktop_app.storage.audit import current_actor
from desktop_app.storage.database import Database, one_at_a_time
from desktop_app.storage.models import (
    MonthlyReport,
    MonthlyReportHistory,
    MonthlyRow,
    Task,
    TaskUnit,
    Unit,
)

GENERAL_REF = "综合"
OFFICE_SUFFIXES = (".xlsx", ".xls", ".et", ".csv", ".ods")


def check_month(month: str) -> str:
    """A reporting round's key (a month, a quarter or a fixed round: core.rounds) from what was typed."""
    found = parse_key(month)
    if found is None:
        raise KnownError(
            tr("Monthly", "“{0}” is not a month such as 2025-03 (or a round such as 2025-Q3, 2025-R1).").format(month)
        )
    return found


# -- templates ------------------------------------------------------------------------------------------
def template_rows(
    db: Database, unit_id: int, responsible: dict[int, list[int]] | None = None, *, with_veto: bool = False
) -> list[TemplateRow]:
    """What a unit reports on: one general row, its open tasks in the plan's order, its items
    (``responsible``: item number → unit ids, worked out once for many units). The veto items
    (否决项) are no progress to report month by month: they are left out unless ``with_veto``."""
    rows = [TemplateRow(KIND_TASK, GENERAL_REF, "本月创建工作总体情况")]
    child = aliased(Task)
    with db.read() as session:
        found = session.execute(
            # the order's columns are selected too: portable SQL sorts a DISTINCT by what it selects
            select(Task.code, Task.title, Task.deadline_text, Task.deadline, Task.position, Task.id)
            .join(TaskUnit, TaskUnit.task_id == Task.id)
            .where(TaskUnit.unit_id == unit_id, Task.status.not_in((STATUS_DONE, STATUS_PAUSED)))
            .where(~select(child.id).where(child.parent_id == Task.id).exists())  # no groups
            .distinct()
            .order_by(Task.position, Task.id)
        ).all()
    for code, title, deadline_text, deadline, _position, _id in found:
        hint = deadline_text or (deadline.isoformat() if deadline else "")
        rows.append(TemplateRow(KIND_TASK, code, title, f"完成时限：{hint}" if hint else ""))
    responsible = coverage.responsibilities(db) if responsible is None else responsible
    rs = rulesets.load(db)
    vetoes = {item.no for item in rs.veto_items}
    for item in rs.items():
        if item.no in vetoes and not with_veto:
            continue
        if unit_id in responsible.get(item.no, []):
            rows.append(TemplateRow(KIND_ITEM, str(item.no), f"({item.no}) {item.text}"))
    return rows


def _safe_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "", text)[:60] or "unit"


def write_templates(
    db: Database,
    month: str,
    out_dir: Path,
    *,
    unit_ids: Sequence[int] | None = None,
    with_veto: bool = False,
    progress: Progress | None = None,
) -> list[Path]:
    """One fill-in workbook per active unit (or per unit named), named 'YYYY-MM 单位.xlsx'; the veto
    items only ``with_veto``."""
    from desktop_app.exchange.monthly_xlsx import TemplateSpec, write_template

    month = check_month(month)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from desktop_app.core.errors import explain_os_error

        raise explain_os_error(exc, out_dir) from exc
    info = campaigns.require(db)
    with db.read() as session:
        uid = campaigns.current(session).uid
        query = select(Unit.id, Unit.name).where(Unit.active.is_(True)).order_by(Unit.id)
        if unit_ids is not None:
            query = select(Unit.id, Unit.name).where(Unit.id.in_(list(unit_ids))).order_by(Unit.id)
        found = session.execute(query).all()
    this = rounds.find(db, month)
    if not this.asks_for_form:
        raise KnownError(
            tr("Monthly", "Round “{0}” asks the units for their own self-assessment reports, not for a form.").format(
                this.name
            )
        )
    due = this.due
    responsible = coverage.responsibilities(db)
    written = []
    for index, (unit_id, name) in enumerate(found):
        check(progress, index, len(found), name)
        rows = template_rows(db, unit_id, responsible, with_veto=with_veto)
        spec = TemplateSpec(uid, info.name, unit_id, name, this.key, due, rows, this.name)
        written.append(write_template(spec, out_dir / f"{month} {_safe_name(name)}.xlsx"))
    check(progress, len(found), len(found), "")
    _note_forms_written(db, this.key, len(written))
    return written


def _note_forms_written(db: Database, key: str, count: int) -> None:
    """Remember that forms went out (首页's first steps tick it), for which round and when."""
    from desktop_app.services import settings
    from desktop_app.services.reads.first_steps import FORMS_WRITTEN_KEY

    value = {"round": key, "forms": count, "at": dt.datetime.now().isoformat(timespec="seconds")}
    settings.keep(db, FORMS_WRITTEN_KEY, value)


# -- returned workbooks ------------------------------------------------------------------------------
@dataclass
class TaskChange:
    code: str
    title: str
    old_status: str
    new_status: str
    old_progress: int
    new_progress: int
    applies: bool  # the unit leads the task: its report sets the status; else it is noted only
    warning: str = ""  # the row contradicts itself (core.monthly.contradiction): taken as written, flagged


@dataclass
class CheckedFile:
    """One file of an import: what it holds and what saving it would change, or why it is refused."""

    path: Path
    unit: str = ""
    unit_id: int | None = None
    month: str = ""
    submitted: dt.date | None = None
    date_written: bool = False  # the unit wrote its 填报日期; else the file's modified day stands in
    rows: list[ReturnedRow] = field(default_factory=list)
    contact: str = ""
    phone: str = ""
    sha256: str = ""
    error: ImportRejected | None = None
    replaces: dt.datetime | None = None  # the entry it replaces was submitted then
    #: these very bytes are the unit's report already, in since then: saving it again changes nothing
    unchanged_since: dt.datetime | None = None
    sent_set_by_office: bool = False  # the office gave the day (set_sent_day)
    changes: list[TaskChange] = field(default_factory=list)
    #: what the office should look at before saving (a 填报日期 after the due day or the file's own day):
    #: the file is taken as the unit wrote it
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def redated(self) -> bool:
        """The same file again, with the day it came in corrected by the office (set_sent_day)."""
        return (
            self.unchanged_since is not None
            and self.sent_set_by_office
            and self.submitted != self.unchanged_since.date()
        )

    @property
    def unchanged(self) -> bool:
        """The same file again and nothing else: saving it changes nothing."""
        return self.unchanged_since is not None and not self.redated


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders as the office files in them (sorted); unreadable names stay to be reported."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.iterdir()
                    if p.is_file() and p.suffix.lower() in OFFICE_SUFFIXES and not p.name.startswith(("~$", "."))
                )
            )
        else:
            found.append(path)
    return found


def read_files(
    db: Database, paths: Iterable[Path], *, month: str | None = None, progress: Progress | None = None
) -> list[CheckedFile]:
    """Check every file and work out what saving it would change; nothing is written."""
    from desktop_app.exchange.monthly_xlsx import read_returned

    month = check_month(month) if month else None
    results: list[CheckedFile] = []
    known_rounds: dict[str, Round] = {}  # the rounds the files name, each looked up once
    with db.read() as session:
        campaign = campaigns.current(session)
        units = {u.id: u for u in session.scalars(select(Unit))}
        found = expand(paths)
        for index, path in enumerate(found):
            check(progress, index, len(found), path.name)
            entry = CheckedFile(path=path)
            results.append(entry)
            try:
                got = read_returned(path)
                if got.campaign_uid != campaign.uid:
                    raise ImportRejected(
                        tr("Monthly", "{0} was not imported: it belongs to another campaign (“{1}”).").format(
                            path.name, got.campaign
                        )
                    )
                unit = units.get(got.unit_id)
                if unit is None:
                    raise ImportRejected(
                        tr("Monthly", "{0} was not imported: its unit “{1}” is not in the unit list.").format(
                            path.name, got.unit
                        )
                    )
                if month and got.month != month:
                    raise ImportRejected(
                        tr("Monthly", "{0} was not imported: it is the report for {1}, not for {2}.").format(
                            path.name, round_label(got.month), round_label(month)
                        )
                    )
                if got.month not in known_rounds:
                    try:
                        known_rounds[got.month] = rounds.find(db, got.month)
                    except KnownError as err:
                        raise ImportRejected(
                            tr("Monthly", "{0} was not imported: {1}").format(path.name, err.message)
                        ) from err
                entry.unit, entry.unit_id, entry.month = unit.name, unit.id, got.month
                entry.rows, entry.contact, entry.phone = got.rows, got.contact, got.phone
                entry.date_written = got.submitted is not None
                saved_on = dt.datetime.fromtimestamp(path.stat().st_mtime).date()
                entry.submitted = got.submitted or saved_on
                entry.warnings = _date_warnings(got.submitted, saved_on, known_rounds[got.month].due)
                entry.sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
                existing = session.scalar(
                    select(MonthlyReport).where(
                        MonthlyReport.campaign_id == campaign.id,
                        MonthlyReport.unit_id == unit.id,
                        MonthlyReport.month == got.month,
                    )
                )
                if existing is not None and existing.file_sha256 == entry.sha256:
                    entry.unchanged_since = existing.submitted_at or existing.imported_at
                    entry.submitted = entry.unchanged_since.date() if entry.unchanged_since else entry.submitted
                    continue  # the same file again: its report keeps the day it first came in
                entry.replaces = existing.submitted_at if existing else None
                entry.changes = _task_changes(session, campaign.id, unit.id, got.rows)
            except ImportRejected as err:
                entry.error = err
            except OSError as exc:
                entry.error = ImportRejected(
                    tr("Monthly", "{0} cannot be read: {1}").format(path.name, exc.strerror or exc)
                )
    _refuse_twins(results)
    return results


def _date_warnings(written: dt.date | None, saved_on: dt.date, due: dt.date) -> list[str]:
    """What a 填报日期 as written says that the office should see: a day after the due day (the report
    counts as late), or a day after the file was last saved (a slip of the pen, most likely)."""
    if written is None:
        return []
    found = []
    if written > due:
        found.append(
            tr("Monthly", "the 填报日期 {0} is after the due day {1}: the report counts as late").format(written, due)
        )
    if written > saved_on:
        found.append(
            tr("Monthly", "the 填报日期 {0} is after the day the file was last saved ({1}): a slip?").format(
                written, saved_on
            )
        )
    return found


def _refuse_twins(results: list[CheckedFile]) -> None:
    """Two files for one unit and month in one import: neither is taken, the clerk picks one."""
    groups: dict[tuple[int, str], list[CheckedFile]] = {}
    for r in results:
        if r.ok and r.unit_id is not None:
            groups.setdefault((r.unit_id, r.month), []).append(r)
    for twins in groups.values():
        if len(twins) > 1:
            names = "、".join(t.path.name for t in twins)
            for t in twins:
                t.error = ImportRejected(
                    tr(
                        "Monthly",
                        "{0} was not imported: {1} files are the report of {2} for {3} ({4}); "
                        "import the right one alone.",
                    ).format(t.path.name, len(twins), t.unit, round_label(t.month), names)
                )


def _reported_tasks(session, campaign_id: int, rows: list[ReturnedRow]) -> dict[str, Task]:
    """The tasks a report gives a status or a share done for, by code (one question for all)."""
    codes = [
        r.ref for r in rows if r.kind == KIND_TASK and r.ref != GENERAL_REF and (r.status or r.percent is not None)
    ]
    if not codes:
        return {}
    return {
        t.code: t for t in session.scalars(select(Task).where(Task.campaign_id == campaign_id, Task.code.in_(codes)))
    }


def _task_changes(
    session, campaign_id: int, unit_id: int, rows: list[ReturnedRow], tasks: dict[str, Task] | None = None
) -> list[TaskChange]:
    """What a report changes of its tasks (``tasks``: ``_reported_tasks``, when already read)."""
    tasks = _reported_tasks(session, campaign_id, rows) if tasks is None else tasks
    if not tasks:
        return []
    leads = set(
        session.scalars(
            select(TaskUnit.task_id).where(
                TaskUnit.unit_id == unit_id,
                TaskUnit.role == ROLE_LEAD,
                TaskUnit.task_id.in_([t.id for t in tasks.values()]),
            )
        )
    )
    changes = []
    for r in rows:
        task = tasks.get(r.ref) if r.kind == KIND_TASK else None
        if task is None or not (r.status or r.percent is not None):
            continue
        status = r.status or task.status
        # the progress as the unit wrote it, even against its status (then flagged); done says 100% alone
        done = 100 if status == STATUS_DONE else task.progress
        progress = round(r.percent) if r.percent is not None else done
        warning = contradiction(status, r.percent)
        if (status, progress) != (task.status, task.progress) or warning:
            changes.append(
                TaskChange(
                    task.code, task.title, task.status, status, task.progress, progress, task.id in leads, warning
                )
            )
    return changes


@dataclass
class SaveResult:
    saved: list[CheckedFile] = field(default_factory=list)
    refused: list[CheckedFile] = field(default_factory=list)
    tasks_updated: int = 0
    unchanged: list[CheckedFile] = field(default_factory=list)  # brought again as they were: nothing changed

    def said(self) -> str:
        """What the save did, in a line for the window and the command line."""
        text = tr("Monthly", "{0} report(s) saved, {1} refused, {2} task(s) updated.").format(
            len(self.saved), len(self.refused), self.tasks_updated
        )
        if self.unchanged:
            text += tr(
                "Monthly",
                " {0} file(s) had been imported before as they are: nothing changed, "
                "their reports keep the day they first came in.",
            ).format(len(self.unchanged))
        return text


def check_sent_day(day: dt.date, today: dt.date | None = None) -> dt.date:
    """The day a report came in, as the office gives it: not after today."""
    if day > (today or dt.date.today()):
        raise KnownError(tr("Monthly", "The day the reports came in ({0}) is after today.").format(day))
    return day


def set_sent_day(entry: CheckedFile, day: dt.date, today: dt.date | None = None) -> None:
    """The office knows the day the mail or the USB stick came: that day counts for the file."""
    entry.submitted = check_sent_day(day, today)
    entry.sent_set_by_office = True


@one_at_a_time(lambda: tr("Monthly", "saving monthly reports"))
def save(db: Database, entries: Sequence[CheckedFile], *, progress: Progress | None = None) -> SaveResult:
    """Save each checked file on its own transaction; refused ones are listed, not saved."""
    result = SaveResult()
    for index, entry in enumerate(entries):
        check(progress, index, len(entries), entry.path.name)
        if not entry.ok or entry.unit_id is None:
            result.refused.append(entry)
            continue
        if entry.unchanged:
            result.unchanged.append(entry)
            continue
        submitted = dt.datetime.combine(entry.submitted, dt.time()) if entry.submitted else None
        result.tasks_updated += _store(
            db, entry.unit_id, entry.month, entry.rows, submitted, "file", entry.path.name, entry.sha256
        )
        result.saved.append(entry)
    return result


def enter(db: Database, unit: str, month: str, rows: Sequence[ReturnedRow], submitted: dt.date) -> int:
    """A report phoned in and typed by the office; returns how many tasks it updated."""
    month = check_month(month)
    check_sent_day(submitted)
    with db.read() as session:
        found = session.scalar(select(Unit).where(Unit.name == unit))
    if found is None:
        raise NotFoundError(tr("Monthly", "There is no unit “{0}”.").format(unit))
    for r in rows:
        if r.status and r.status not in STATUSES:
            raise KnownError(tr("Tasks", "The status must be one of {0}.").format("、".join(STATUSES)))
    return _store(db, found.id, month, list(rows), dt.datetime.combine(submitted, dt.time()), "manual", "", "")


def _kept_as_it_was(report: MonthlyReport) -> MonthlyReportHistory:
    """The report as it is, for its history, before a newer file, entry or day replaces it."""
    return MonthlyReportHistory(
        report_id=report.id,
        actor=current_actor(),
        source=report.source,
        file_name=report.file_name,
        file_sha256=report.file_sha256,
        submitted_at=report.submitted_at,
        summary=report.summary,
        rows=[_row_json(r) for r in report.rows],
    )


def _store(db: Database, unit_id: int, month: str, rows: list[ReturnedRow], submitted, source, name, sha) -> int:
    updated = 0
    with db.session() as session:
        campaign = campaigns.current(session)
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise NotFoundError(tr("Monthly", "The unit of this report is no longer in the unit list."))
        report = session.scalar(
            select(MonthlyReport)
            .where(
                MonthlyReport.campaign_id == campaign.id, MonthlyReport.unit_id == unit_id, MonthlyReport.month == month
            )
            .options(selectinload(MonthlyReport.rows))
        )
        if report is not None and sha and report.file_sha256 == sha:
            if report.submitted_at != submitted:  # the same file, the day it came corrected by the office
                session.add(_kept_as_it_was(report))
                report.submitted_at = submitted
            return 0  # its rows and its tasks as they stand: a clerk's later changes are not undone
        if report is None:
            report = MonthlyReport(campaign_id=campaign.id, unit_id=unit_id, month=month)
            session.add(report)
        else:
            session.add(_kept_as_it_was(report))
            report.rows.clear()
            session.flush()
        general = next((r for r in rows if r.kind == KIND_TASK and r.ref == GENERAL_REF), None)
        report.summary = general.progress if general else ""
        report.submitted_at, report.source, report.file_name, report.file_sha256 = submitted, source, name, sha
        report.imported_at = dt.datetime.now().replace(microsecond=0)
        new_rows = [
            {
                "position": position,
                "kind": r.kind,
                "ref": r.ref,
                "title": r.title[:300],
                "progress": r.progress,
                "measures": r.measures,
                "data": r.data,
                "examples": r.examples,
                "problems": r.problems,
                "next_steps": r.next_steps,
                "status": r.status,
                "percent": r.percent,
                "evidence": r.evidence,
            }
            for position, r in enumerate(rows)
        ]
        note = tr("Monthly", "from the {1} report of {0}").format(unit.name, round_label(month))
        with session.no_autoflush:  # the report and its tasks go to the database in one flush (one audit write)
            by_code = _reported_tasks(session, campaign.id, rows)
            changes = _task_changes(session, campaign.id, unit_id, rows, by_code)
        for change in changes:
            task = by_code.get(change.code)
            if task is None:  # the change was found on this task a moment ago, in this transaction
                continue
            if change.warning:  # kept as the unit wrote it: the office checks it (需核对 on the task page)
                flagged = Check("progress", f"{change.new_status} {change.new_progress}%", change.warning,
                                where=f"{unit.name} {round_label(month)}", kept=False)  # fmt: skip
                task.checks = [*(c for c in task.checks or [] if c != flagged.to_json()), flagged.to_json()]
            if change.applies:
                updated += change_status(
                    session, task, change.new_status, change.new_progress, note, as_written=bool(change.warning)
                )
            else:
                change_status(
                    session,
                    task,
                    task.status,
                    None,
                    tr("Monthly", "{0} reports {1}, {2}% ({3})").format(
                        unit.name, change.new_status, change.new_progress, note
                    ),
                )
        session.flush()  # the report (its id) and its tasks, in one flush
        # the rows as plain rows: as objects of the session SQLite inserted them one by one (their ids
        # asked for in order), and the session's bulk insert splits rows into a statement for each run
        # of rows with the same blank fields
        db.insert_rows(session, MonthlyRow, [row | {"report_id": report.id} for row in new_rows])
    return updated


ROW_FIELDS = tuple(f.name for f in dataclasses.fields(ReturnedRow))  # the same names as MonthlyRow's columns


def _row_json(r: MonthlyRow) -> dict:
    return {name: getattr(r, name) for name in ROW_FIELDS}


# -- reading reports back ------------------------------------------------------------------------------
@dataclass
class ReportInfo:
    unit: str
    month: str
    submitted_at: dt.datetime | None
    source: str
    file_name: str
    summary: str
    rows: list[ReturnedRow]
    history: list[tuple[dt.datetime, str, str, dt.datetime | None]]  # replaced at, by, file, submitted


def report(db: Database, unit: str, month: str) -> ReportInfo | None:
    month = check_month(month)
    with db.read() as session:
        found = session.execute(
            select(MonthlyReport, Unit.name)
            .join(Unit, Unit.id == MonthlyReport.unit_id)
            .where(Unit.name == unit, MonthlyReport.month == month)
            .options(selectinload(MonthlyReport.rows))
        ).first()
        if found is None:
            return None
        rep, name = found
        history = session.execute(
            select(
                MonthlyReportHistory.replaced_at,
                MonthlyReportHistory.actor,
                MonthlyReportHistory.file_name,
                MonthlyReportHistory.submitted_at,
            )
            .where(MonthlyReportHistory.report_id == rep.id)
            .order_by(MonthlyReportHistory.id.desc())
        ).all()
        rows = [ReturnedRow(**_row_json(r)) for r in rep.rows]
        return ReportInfo(name, month, rep.submitted_at, rep.source, rep.file_name, rep.summary, rows, list(history))


def sources(db: Database, month: str) -> dict[int, str]:
    """Unit id → where its report for ``month`` came from: the file's name, or entered by hand."""
    with db.read() as session:
        found = session.execute(
            select(MonthlyReport.unit_id, MonthlyReport.source, MonthlyReport.file_name).where(
                MonthlyReport.month == check_month(month)
            )
        ).all()
    manual = tr("Monthly", "entered by hand")
    return {uid: (name or (manual if source == "manual" else "")) for uid, source, name in found}


def due(db: Database, month: str) -> dt.date:
    """The day a round's reports are due in this campaign."""
    return rounds.find(db, month).due


# -- submission tracking ---------------------------------------------------------------------------------
@dataclass
class UnitStatus:
    unit: str
    unit_id: int
    state: str  # on_time, late, missing, not_due
    submitted_at: dt.datetime | None
    days_late: int
    liaison: str
    phone: str

    @property
    def label(self) -> str:
        return state_label(self.state, self.days_late)

    def to_json(self) -> dict:
        return {
            "unit": self.unit,
            "status": self.state,
            "label": self.label,
            "submitted_at": self.submitted_at.isoformat() if self.submitted_at else None,
            "days_late": self.days_late if self.state == "late" else 0,
            "days_overdue": self.days_late if self.state == MISSING else 0,
            "liaison": self.liaison,
            "phone": self.phone,
        }


def status(db: Database, month: str, *, today: dt.date | None = None) -> list[UnitStatus]:
    """Every active unit's state for a month, in the unit list's order."""
    month = check_month(month)
    return matrix(db, [month], today=today)[month]


def matrix(db: Database, months: Sequence[str], *, today: dt.date | None = None) -> dict[str, list[UnitStatus]]:
    """Units × rounds: on time, late by N days, missing, not due — or not part of the campaign, for a
    round before its start (never "missing"). A round that asks for the units' 自查报告 counts the
    first one each unit filed (core.evidence.is_self_report) as its report."""
    today = today or dt.date.today()
    info = campaigns.get(db)
    tracked = rounds.tracked_since(db)
    found_rounds = {key: rounds.find(db, key) for key in months}
    with db.read() as session:
        units = list(session.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.id)))
        # as of ``today``: the newest version (a correction is dated when it came) that had come in by then
        versions: dict[tuple[int, str], list[dt.datetime | None]] = {}
        for uid, m, at in session.execute(
            select(MonthlyReport.unit_id, MonthlyReport.month, MonthlyReportHistory.submitted_at)
            .join(MonthlyReportHistory, MonthlyReportHistory.report_id == MonthlyReport.id)
            .where(MonthlyReport.month.in_(list(months)))
            .order_by(MonthlyReportHistory.id)
        ):
            versions.setdefault((uid, m), []).append(at)
        for uid, m, at in session.execute(
            select(MonthlyReport.unit_id, MonthlyReport.month, MonthlyReport.submitted_at).where(
                MonthlyReport.month.in_(list(months))
            )
        ):
            versions.setdefault((uid, m), []).append(at)
        submitted = {
            key: known[-1]
            for key, dates in versions.items()
            if (known := [at for at in dates if at is not None and at.date() <= today])
        }
    self_reports = _self_reports(db, today) if any(not r.asks_for_form for r in found_rounds.values()) else {}
    found: dict[str, list[UnitStatus]] = {}
    for month, this in found_rounds.items():
        found[month] = []
        inside = info is None or in_campaign(this, info.start, info.end)
        for u in units:
            at = submitted.get((u.id, month)) if this.asks_for_form else self_reports.get(u.id)
            day = at.date() if at else None
            state = submission_state(this.due, day, today) if inside else Submission(OUTSIDE)
            if state.state == MISSING and tracked is not None and this.due < tracked:
                state = Submission(UNTRACKED)  # before the office tracked reports here: nobody asked
            found[month].append(UnitStatus(u.name, u.id, state.state, at, state.days_late, u.liaison, u.phone))
    return found


def _self_reports(db: Database, today: dt.date) -> dict[int, dt.datetime]:
    """Each unit's first 自查报告 filed as evidence by the end of ``today``, by when it was filed."""
    from desktop_app.core.evidence import SELF_REPORT_WORDS, is_self_report
    from desktop_app.storage.models import Evidence
    from desktop_app.storage.plain import stored_end_of

    with db.read() as session:
        rows = session.execute(
            select(Evidence.unit_id, Evidence.title, Evidence.created_at).where(
                Evidence.deleted_at.is_(None),
                Evidence.unit_id.is_not(None),
                Evidence.created_at < stored_end_of(today),
                or_(*(Evidence.title.contains(word) for word in SELF_REPORT_WORDS)),
            )
        ).all()
    first: dict[int, dt.datetime] = {}
    for unit_id, title, at in rows:
        if unit_id is not None and is_self_report(title) and (unit_id not in first or at < first[unit_id]):
            first[unit_id] = at
    return first


def campaign_months(db: Database, today: dt.date | None = None) -> list[str]:
    """The keys of the campaign's rounds up to this one (its months, quarters and fixed rounds)."""
    return [r.key for r in rounds.all_rounds(db, today)]
