"""The monthly bulletin (月度工作通报): its figures from the data, the office's own text kept per month,
the PDF and an Excel copy of its tables, and the archive of every report generated.

Figures are taken as of the bulletin's date: reports by the day they first came in, tasks as their
history says they stood that day, evidence filed by then. So a bulletin made again for its date says
the same, whatever came in since, and the same month from the same data gives the same document,
byte for byte.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from desktop_app.core.errors import KnownError
from desktop_app.core.i18n import tr
from desktop_app.core.monthly import LATE, MISSING, NOT_DUE, ON_TIME, UNTRACKED
from desktop_app.core.tasks import ROLE_LEAD, STATUS_IN_PROGRESS, printed_deadline
from desktop_app.reports.bulletin import Bulletin, UnitLine
from desktop_app.services import archive, campaigns, coverage, findings, history, monthly, paper, rounds, tasks
from desktop_app.storage.database import Database
from desktop_app.storage.models import Evidence, MonthlyBulletin
from desktop_app.storage.plain import stored_end_of

KIND_BULLETIN = "monthly_bulletin"


@dataclass
class BulletinText:
    """What the office writes before printing."""

    month: str
    number: str = ""
    issue_date: dt.date | None = None
    date_style: str = "arabic"
    overview: str = ""
    problems: str = ""
    next_steps: str = ""


def default_date() -> dt.date:
    """The day the bulletin is made: its figures are as of that day, and it says so (截至…)."""
    return dt.date.today()


def get_text(db: Database, month: str) -> BulletinText:
    month = monthly.check_month(month)
    with db.read() as session:
        row = session.scalar(select(MonthlyBulletin).where(MonthlyBulletin.month == month))
        if row is None:
            return BulletinText(month, issue_date=default_date())
        return BulletinText(
            month,
            row.number,
            row.issue_date or default_date(),
            row.date_style,
            row.overview,
            row.problems,
            row.next_steps,
        )


def save_text(db: Database, text: BulletinText) -> None:
    month = monthly.check_month(text.month)
    if text.date_style not in ("chinese", "arabic"):
        raise KnownError(tr("Bulletin", "The date style is chinese or arabic."))
    with db.session() as session:
        campaign = campaigns.current(session)
        row = session.scalar(select(MonthlyBulletin).where(MonthlyBulletin.month == month))
        if row is None:
            row = MonthlyBulletin(campaign_id=campaign.id, month=month)
            session.add(row)
        row.number, row.issue_date, row.date_style = text.number.strip(), text.issue_date, text.date_style
        row.overview, row.problems, row.next_steps = text.overview, text.problems, text.next_steps


def build(db: Database, month: str) -> Bulletin:
    """The bulletin's content for ``month``, as of its date."""
    text = get_text(db, month)
    month, day = text.month, text.issue_date or default_date()
    info = campaigns.require(db)
    this = rounds.find(db, month)
    frame = paper.paper_for(db, number=text.number or paper.month_ordinal(info.start, month), day=day)
    states = monthly.status(db, month, today=day)
    found = [t for t in tasks.list_tasks(db, as_of=day) if t.counted]
    per_unit = tasks.unit_figures(found)  # both sides are the unit list's names
    lines = []
    for s in states:
        f = per_unit.get(s.unit, tasks.TaskFigures())
        submitted = s.submitted_at.date().isoformat() if s.submitted_at else "—"
        lines.append(UnitLine(s.unit, s.state, s.label, submitted, f.total, f.done, f.overdue, f.supervised))
    overall = tasks.figures(found)
    figures = {
        "units": len(states),
        "on_time": sum(1 for s in states if s.state == ON_TIME),
        "late": sum(1 for s in states if s.state == LATE),
        "missing": sum(1 for s in states if s.state == MISSING),
        "not_due": sum(1 for s in states if s.state == NOT_DUE),
        "untracked": sum(1 for s in states if s.state == UNTRACKED),
        "tasks": overall.total,
        "done": overall.done,
        "in_progress": overall.by_status[STATUS_IN_PROGRESS],
        "overdue": overall.overdue,
        "supervised": overall.supervised,
        "share": overall.share_done,
    }
    overdue_tasks = [
        (t.code, t.title, t.units_text(ROLE_LEAD), printed_deadline(t.deadline_text, t.deadline))
        for t in sorted((t for t in found if t.overdue), key=lambda t: (t.deadline, t.code))
    ]
    with db.read() as session:
        any_evidence = session.scalar(select(Evidence.id).where(Evidence.created_at < stored_end_of(day)).limit(1))
    shares = None
    if any_evidence is not None:
        cov = coverage.compute(db, as_of=day)
        shares = [(name, s.complete, s.total) for name, s in cov.by_category.items()]
    return Bulletin(
        office=info.office or "创建办",
        campaign=info.name,
        region=info.region,
        month=this.name,
        scope=this.scope,
        issue_date=day,
        date_style=text.date_style,
        number=frame.issue_line,
        figures=figures,
        units=lines,
        overdue_tasks=overdue_tasks,
        coverage=shares,
        overview=text.overview,
        problems=text.problems,
        next_steps=text.next_steps,
        chain_head=history.chain_head(db),
        late_findings=[
            (f.unit, f.text, f.deadline.isoformat() if f.deadline else "")
            for f in findings.list_findings(db, only_open=True, today=day)
            if f.overdue
        ],
        paper=frame,
    )


@dataclass
class Generated:
    pdf: Path
    xlsx: Path | None
    sha256: str
    archive_id: int
    docx: Path | None = None
    replaced: str = ""  # characters no face has, printed as □ (reports.pdf)
    replaced_in: list[str] = field(default_factory=list)  # the units' names and tasks' titles holding them


def generate(
    db: Database, month: str, target: Path, *, xlsx: Path | None = None, docx: Path | None = None
) -> Generated:
    """Write the bulletin's PDF (and, if asked, the Excel copy of its tables and the Word copy of the
    whole, for the office to edit); archive the PDF."""
    from desktop_app.reports.bulletin import write_bulletin, write_bulletin_docx, write_bulletin_xlsx
    from desktop_app.reports.pdf import holding

    month = monthly.check_month(month)
    content = build(db, month)
    target = Path(target)
    replaced: list[str] = []
    digest, archive_id = archive.write(
        db,
        target,
        lambda path: replaced.append(write_bulletin(path, content)),
        kind=KIND_BULLETIN,
        title=f"{content.campaign}{content.month}工作通报",
        params={
            "month": month,
            "issue_date": content.issue_date.isoformat(),
            "date_style": content.date_style,
            "history_chain": content.chain_head,
        },
    )
    if xlsx is not None:
        write_bulletin_xlsx(Path(xlsx), content)
    if docx is not None:
        write_bulletin_docx(Path(docx), content)
    docx_path = Path(docx) if docx else None
    chars = "".join(replaced)
    texts = [
        *(u.unit for u in content.units),
        *(part for task in content.overdue_tasks for part in task[:3]),
        *(part for finding in content.late_findings for part in finding[:2]),
    ]
    return Generated(target, Path(xlsx) if xlsx else None, digest, archive_id, docx_path, chars, holding(chars, texts))
