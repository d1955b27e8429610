"""The 自查自评报告: its content gathered from the assessment, the targets, the findings and the units'
evidence (or taken from a snapshot as it was frozen), the PDF in the office's document layout, an
Excel copy of its tables, and a copy of each PDF in the report archive."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import or_, select

from desktop_app.core.evidence import SELF_REPORT_WORDS, is_self_report
from desktop_app.reports.assessment import TITLE, AssessmentReport
from desktop_app.services import (
    archive,
    assessment,
    campaigns,
    findings,
    history,
    metrics,
    paper,
    rulesets,
    units,
)
from desktop_app.storage.database import Database
from desktop_app.storage.models import Evidence

KIND_ASSESSMENT = "assessment_report"


def missing_self_reports(db: Database) -> tuple[int, list[str]]:
    """How many active member units there are, and those with no 自查报告 of their own among their
    evidence (core.evidence.is_self_report), in the unit list's order."""
    active = units.list_units(db, include_inactive=False)
    with db.read() as session:
        rows = session.execute(
            select(Evidence.unit_id, Evidence.title).where(
                Evidence.deleted_at.is_(None),
                Evidence.unit_id.is_not(None),
                or_(*(Evidence.title.contains(word) for word in SELF_REPORT_WORDS)),
            )
        ).all()
    sent = {unit_id for unit_id, title in rows if is_self_report(title)}
    return len(active), [u.name for u in active if u.id not in sent]


def build(db: Database, *, day: dt.date | None = None, since: str | None = None) -> AssessmentReport:
    """The report's content as the data stands (dated ``day``, today by default); with ``since``, the
    change since that snapshot too."""
    day = day or dt.date.today()
    info = campaigns.require(db)
    rs = rulesets.load(db)
    found = assessment.show(db)
    texts = {item.no: item.text for item in rs.veto_items}
    asked, missing = missing_self_reports(db)
    return AssessmentReport(
        office=info.office or "创建办",
        campaign=info.name,
        ruleset=rs.name,
        issue_date=day.isoformat(),
        assessment=found.to_json(),
        vetoes=[{"no": no, "text": texts.get(no, ""), "state": state} for no, state in sorted(found.vetoes.items())],
        metrics=[m.to_json() for m in metrics.states(db)],
        findings=[f.to_json() for f in findings.list_findings(db, only_open=True, today=day)],
        units=asked,
        missing_self_reports=missing,
        since=assessment.change_since(db, since) if since else None,
        chain_head=history.chain_head(db),
        paper=asdict(paper.paper_for(db, number="", day=day, bulletin=False)),
    )


def of_snapshot(db: Database, name: str) -> AssessmentReport:
    """The report as it stood when the snapshot was taken."""
    frozen = assessment.snapshot_data(db, name)
    return AssessmentReport.from_json(frozen["report"])


@dataclass
class Generated:
    pdf: Path
    xlsx: Path | None
    sha256: str
    archive_id: int
    report: AssessmentReport
    docx: Path | None = None
    replaced: str = ""  # characters no face has, printed as □ (reports.pdf)
    replaced_in: list[str] = field(default_factory=list)  # the names and texts holding them


def generate(
    db: Database,
    target: Path,
    *,
    xlsx: Path | None = None,
    docx: Path | None = None,
    snapshot: str | None = None,
    since: str | None = None,
    day: dt.date | None = None,
) -> Generated:
    """Write the report's PDF (and, if asked, the Excel copy of its tables) and archive the PDF: of the
    data as it stands, or of a snapshot as it was frozen (the same bytes each time)."""
    from desktop_app.reports.assessment import write_assessment, write_assessment_docx, write_assessment_xlsx

    content = of_snapshot(db, snapshot) if snapshot else build(db, day=day, since=since)
    target = Path(target)
    replaced: list[str] = []
    digest, archive_id = archive.write(
        db,
        target,
        lambda path: replaced.append(write_assessment(path, content)),
        kind=KIND_ASSESSMENT,
        title=f"{content.campaign}{TITLE}" + (f"（{snapshot}）" if snapshot else ""),
        params={
            "snapshot": snapshot or "",
            "since": since or "",
            "issue_date": content.issue_date,
            "history_chain": content.chain_head,
        },
    )
    if xlsx is not None:
        write_assessment_xlsx(Path(xlsx), content)
    if docx is not None:
        write_assessment_docx(Path(docx), content)
    docx_path = Path(docx) if docx else None
    from desktop_app.reports.pdf import holders_in

    chars = "".join(replaced)
    return Generated(
        target, Path(xlsx) if xlsx else None, digest, archive_id, content, docx_path, chars, holders_in(chars, content)
    )
