"""The campaign: name, region, level, population, dates, phases, report due day, rule set."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core import roles
from desktop_app.core.deadlines import YearHint
from desktop_app.core.errors import KnownError, NoCampaignError
from desktop_app.core.i18n import tr
from desktop_app.services.reads.campaign import PHASE_CURRENT as PHASE_CURRENT  # the read side lives there
from desktop_app.services.reads.campaign import PHASE_DONE as PHASE_DONE
from desktop_app.services.reads.campaign import PHASE_TO_COME as PHASE_TO_COME
from desktop_app.services.reads.campaign import CampaignCounts as CampaignCounts
from desktop_app.services.reads.campaign import CampaignInfo as CampaignInfo
from desktop_app.services.reads.campaign import PhaseInfo as PhaseInfo
from desktop_app.services.reads.campaign import counts as counts
from desktop_app.services.reads.campaign import get as get
from desktop_app.storage.database import Database, one_at_a_time
from desktop_app.storage.models import Campaign, Phase, RuleSetRow

LEVEL_NATIONAL, LEVEL_PROVINCIAL = "国家", "省级"
LEVELS = (LEVEL_NATIONAL, LEVEL_PROVINCIAL)

#: Default phases of a national campaign after the plans in the seeds, as shares of its length.
DEFAULT_PHASES = (
    ("筹备阶段", 0.10),
    ("动员启动阶段", 0.05),
    ("组织实施阶段", 0.45),
    ("自查自评自纠阶段", 0.15),
    ("初评申请阶段", 0.05),
    ("省级初评阶段", 0.08),
    ("国家验收阶段", 0.12),
)
#: A provincial campaign ends with the province's acceptance, not the state's (after seed 003).
PROVINCIAL_PHASES = (
    ("组织发动阶段", 0.10),
    ("全面实施阶段", 0.55),
    ("自查自评阶段", 0.15),
    ("申请省级验收阶段", 0.20),
)
PHASES_BY_LEVEL = {LEVEL_NATIONAL: DEFAULT_PHASES, LEVEL_PROVINCIAL: PROVINCIAL_PHASES}


def default_span(start: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """A campaign's dates when none are given: from the first of this month (or ``start``), three
    years (the seeds' campaigns run two to three and a half)."""
    start = start or dt.date.today().replace(day=1)
    try:
        end = start.replace(year=start.year + 3) - dt.timedelta(days=1)
    except ValueError:  # 29 February
        end = start.replace(year=start.year + 3, day=28)
    return start, end


def suggested_name(region: str, level: str) -> str:
    """瓯海区 + 国家 → 瓯海区创建国家食品安全示范城市 (what the seeds call their campaigns)."""
    region = region.strip()
    return f"{region}创建{level}食品安全示范城市" if region else ""


def default_rule_set(level: str) -> str | None:
    """The rule set a campaign of ``level`` is judged by when nobody says otherwise: the national one
    for a national campaign; none for a provincial one, whose province has its own (ask)."""
    from desktop_app.services.rulesets import BUILTIN_CODE

    return BUILTIN_CODE if level == LEVEL_NATIONAL else None


def default_phases(start: dt.date, end: dt.date, level: str = LEVEL_NATIONAL) -> list[PhaseInfo]:
    """Split [start, end] into the usual phases of a campaign of ``level`` (seven for a national
    one, four for a provincial one), contiguous and covering every day."""
    shares = PHASES_BY_LEVEL.get(level, DEFAULT_PHASES)
    days = (end - start).days + 1
    phases, cursor, used = [], start, 0.0
    for index, (name, share) in enumerate(shares):
        used += share
        last = end if index == len(shares) - 1 else max(cursor, start + dt.timedelta(days=round(days * used) - 1))
        phases.append(PhaseInfo(name, cursor, last))
        cursor = last + dt.timedelta(days=1)
    return phases


NAME_MOST, REGION_MOST, PHASE_MOST = 100, 50, 50  # characters: a name, a region, a phase (the columns hold more)


def validate(
    *,
    name: str,
    region: str,
    level: str,
    population: int,
    start: dt.date | None,
    end: dt.date | None,
    due_day: int,
    phases: list[PhaseInfo],
    office: str = "",
) -> list[str]:
    """Every problem with the campaign's fields, as sentences for the user (a text pasted by mistake,
    5,000 characters into a name, is refused, never cut or stored)."""
    problems = []
    if not name.strip():
        problems.append(tr("Campaign", "The campaign needs a name."))
    if not region.strip():
        problems.append(tr("Campaign", "The campaign needs a region (city or district)."))
    for label, text, most in (
        (tr("Campaign", "The campaign's name"), name, NAME_MOST),
        (tr("Campaign", "The region"), region, REGION_MOST),
        (tr("Campaign", "The issuing office"), office, NAME_MOST),
        *((tr("Campaign", "A phase's name"), p.name, PHASE_MOST) for p in phases),
    ):
        if len(text.strip()) > most:
            problems.append(
                tr("Campaign", "{0} has {1} characters; at most {2} are taken (“{3}…”).").format(
                    label, len(text.strip()), most, text.strip()[:12]
                )
            )
    if level not in LEVELS:
        problems.append(tr("Campaign", "The level must be 国家 or 省级."))
    if population < 0 or population > 50_000_000:
        problems.append(tr("Campaign", "The population must be between 0 and 50,000,000 residents."))
    if not 1 <= due_day <= 28:
        problems.append(tr("Campaign", "The monthly report due day must be between 1 and 28."))
    if start and end and start >= end:
        problems.append(tr("Campaign", "The campaign must end after it starts."))
    for index, p in enumerate(phases, start=1):
        if not p.name.strip():
            problems.append(tr("Campaign", "Phase {0} has no name.").format(index))
        if p.start > p.end:
            problems.append(tr("Campaign", "Phase “{0}” ends before it starts.").format(p.name))
        if start and end and (p.start < start or p.end > end):
            problems.append(tr("Campaign", "Phase “{0}” lies outside the campaign's dates.").format(p.name))
    return problems


def _info(c: Campaign) -> CampaignInfo:
    return CampaignInfo(
        id=c.id,
        name=c.name,
        region=c.region,
        level=c.level,
        population=c.population,
        start=c.start_date,
        end=c.end_date,
        report_due_day=c.report_due_day,
        office=c.office,
        rule_set_code=c.rule_set.code,
        rule_set_name=c.rule_set.name,
        phases=[PhaseInfo(p.name, p.start_date, p.end_date) for p in c.phases],
    )


# -- the current campaign: a data folder holds one, and every service finds it here -------------------------
def current_or_none(session: Session) -> Campaign | None:
    """The data folder's campaign row within the caller's session, or None before one is set up."""
    return session.scalar(select(Campaign).order_by(Campaign.id).limit(1))


def _no_campaign() -> NoCampaignError:
    return NoCampaignError(
        tr("Campaign", "No campaign has been set up in this data folder yet. Run “init” or open the program.")
    )


def current(session: Session) -> Campaign:
    """The data folder's campaign row within the caller's session; a clear message when there is none."""
    campaign = current_or_none(session)
    if campaign is None:
        raise _no_campaign()
    return campaign


def require(db: Database) -> CampaignInfo:
    info = get(db)
    if info is None:
        raise _no_campaign()
    return info


def phase_ends(db: Database) -> dict[str, dt.date]:
    """Phase name → its last day: a deadline written as a phase (自查自评阶段) falls due then."""
    info = get(db)
    return {p.name: p.end for p in info.phases} if info else {}


def year_hint(db: Database) -> tuple[YearHint | None, bool]:
    """The year a date written without one falls in when the table does not say (the campaign's, if it
    runs within one year), and whether the campaign runs over several years (年底前 is then each year's)."""
    info = get(db)
    if info is None or info.start is None or info.end is None:
        return None, False
    if info.start.year == info.end.year:
        return YearHint(info.start.year, tr("Tasks", "the campaign's dates ")), False
    return None, True


@one_at_a_time(lambda: tr("Campaign", "setting up the campaign"))
def create(
    db: Database,
    *,
    name: str,
    region: str,
    population: int,
    level: str = "国家",
    start: dt.date | None = None,
    end: dt.date | None = None,
    due_day: int = 25,
    office: str = "",
    phases: list[PhaseInfo] | None = None,
    rule_set_code: str | None = None,
) -> CampaignInfo:
    from desktop_app.services import rulesets

    first, last = default_span(start)
    start, end = start or first, end or last
    if phases is None:
        phases = default_phases(start, end, level) if start < end else []
    rule_set_code = rule_set_code or default_rule_set(level)
    problems = validate(
        name=name,
        region=region,
        level=level,
        population=population,
        start=start,
        end=end,
        due_day=due_day,
        phases=phases,
        office=office,
    )
    if rule_set_code is None:
        problems.append(
            tr(
                "Campaign",
                "A provincial campaign is judged by its province's rule set: load it from Excel first and "
                "choose it, or choose the national rule set (national-2021) to start with.",
            )
        )
    if problems:
        raise KnownError(tr("Campaign", "The campaign was not created."), problems)
    with db.session(need=roles.CAMPAIGN) as session:
        if session.scalar(select(func.count()).select_from(Campaign)):
            if db.is_server:  # one database, one campaign: a second is refused, the first left as it is
                raise KnownError(
                    tr("Campaign", "The database on the server already holds a campaign; edit it under 设置.")
                )
            raise KnownError(tr("Campaign", "This data folder already holds a campaign; edit it under 设置."))
        builtin = rulesets.ensure_builtin(session)
        rule_set = builtin
        if rule_set_code != builtin.code:
            chosen = session.scalar(select(RuleSetRow).where(RuleSetRow.code == rule_set_code))
            if chosen is None:
                raise KnownError(tr("Campaign", "There is no rule set with the code “{0}”.").format(rule_set_code))
            rule_set = chosen
        campaign = Campaign(
            name=name.strip(),
            region=region.strip(),
            level=level,
            population=population,
            start_date=start,
            end_date=end,
            report_due_day=due_day,
            office=office.strip() or f"{region.strip()}食品安全委员会办公室",
            rule_set=rule_set,
        )
        campaign.phases = [
            Phase(seq=i, name=p.name.strip(), start_date=p.start, end_date=p.end) for i, p in enumerate(phases)
        ]
        session.add(campaign)
        session.flush()
        return _info(campaign)


def update(db: Database, **changes) -> CampaignInfo:
    """Change fields of the campaign (``phases`` replaces the phase list)."""
    before = require(db)
    merged = {
        "name": changes.get("name", before.name),
        "region": changes.get("region", before.region),
        "level": changes.get("level", before.level),
        "population": changes.get("population", before.population),
        "start": changes.get("start", before.start),
        "end": changes.get("end", before.end),
        "due_day": changes.get("due_day", before.report_due_day),
        "phases": changes.get("phases", before.phases),
    }
    problems = validate(**merged, office=changes.get("office", before.office))
    if problems:
        raise KnownError(tr("Campaign", "The campaign was not changed."), problems)
    with db.session(need=roles.CAMPAIGN) as session:
        c = current(session)
        c.name, c.region, c.level = merged["name"].strip(), merged["region"].strip(), merged["level"]
        c.population, c.start_date, c.end_date = merged["population"], merged["start"], merged["end"]
        c.report_due_day = merged["due_day"]
        if "office" in changes:
            c.office = changes["office"].strip()
        if "phases" in changes:
            c.phases = [
                Phase(seq=i, name=p.name.strip(), start_date=p.start, end_date=p.end)
                for i, p in enumerate(merged["phases"])
            ]
        session.flush()
        return _info(c)
