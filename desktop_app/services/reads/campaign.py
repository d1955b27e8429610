"""The campaign as pages and reports show it: its fields, its phases, its counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop_app.storage.plain import Run, Source, as_date, as_day

PHASE_CURRENT, PHASE_DONE, PHASE_TO_COME = "current", "done", "to_come"


@dataclass
class PhaseInfo:
    name: str
    start: dt.date
    end: dt.date

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def state(self, today: dt.date) -> str:
        """current, done or to_come as of ``today``."""
        if self.contains(today):
            return PHASE_CURRENT
        return PHASE_DONE if self.end < today else PHASE_TO_COME


@dataclass
class CampaignInfo:
    id: int
    name: str
    region: str
    level: str
    population: int
    start: dt.date | None
    end: dt.date | None
    report_due_day: int
    office: str
    rule_set_code: str
    rule_set_name: str
    phases: list[PhaseInfo] = field(default_factory=list)

    def current_phase(self, today: dt.date) -> PhaseInfo | None:
        """The phase ``today`` falls in; where phases overlap (as in the seeds), the one ending first."""
        current = [p for p in self.phases if p.contains(today)]
        return min(current, key=lambda p: p.end) if current else None

    def next_phase(self, today: dt.date) -> PhaseInfo | None:
        return next((p for p in self.phases if p.start > today), None)


@dataclass
class CampaignCounts:
    units: int
    active_units: int
    tasks: int
    items: int
    monthly_reports: int
    evidence: int


def get(source: Source) -> CampaignInfo | None:
    """The data folder's campaign (a folder holds one), or None before one is set up."""
    with source.reading() as run:
        return read(run)


def read(run: Run) -> CampaignInfo | None:
    found = run(
        "SELECT c.id, c.name, c.region, c.level, c.population, c.start_date, c.end_date, c.report_due_day,"
        " c.office, r.code, r.name FROM campaign c JOIN rule_set r ON r.id = c.rule_set_id ORDER BY c.id LIMIT 1"
    )
    if not found:
        return None
    cid, name, region, level, population, start, end, due_day, office, rs_code, rs_name = found[0]
    phases = run("SELECT name, start_date, end_date FROM phase WHERE campaign_id = ? ORDER BY seq", (cid,))
    return CampaignInfo(
        id=cid,
        name=name,
        region=region,
        level=level,
        population=population,
        start=as_date(start),
        end=as_date(end),
        report_due_day=due_day,
        office=office,
        rule_set_code=rs_code,
        rule_set_name=rs_name,
        phases=[PhaseInfo(p_name, as_day(p_start), as_day(p_end)) for p_name, p_start, p_end in phases],
    )


def counts(source: Source) -> CampaignCounts:
    with source.reading() as run:

        def n(sql: str) -> int:
            return int(run(sql)[0][0] or 0)

        return CampaignCounts(
            units=n("SELECT count(*) FROM unit"),
            active_units=n("SELECT count(*) FROM unit WHERE active"),
            # group rows head their tasks and are not counted (reads.tasks.TaskInfo.counted)
            tasks=n(
                "SELECT count(*) FROM task WHERE id NOT IN (SELECT parent_id FROM task WHERE parent_id IS NOT NULL)"
            ),
            items=n("SELECT count(*) FROM rs_item i JOIN campaign c ON c.rule_set_id = i.rule_set_id"),
            monthly_reports=n("SELECT count(*) FROM monthly_report"),
            evidence=n("SELECT count(*) FROM evidence"),
        )
