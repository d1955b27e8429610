"""The campaign's reporting rounds: its cycle (monthly, quarterly, or fixed dates only), the fixed rounds
the plan sets, and every round from the campaign's start — the one place that says which rounds
there are, when each is due and what it asks for (core.rounds), for the forms, the imports, the
status, the bulletin and the reminders alike."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from desktop_app.core import roles
from desktop_app.core.errors import KnownError, NotFoundError
from desktop_app.core.i18n import tr
from desktop_app.core.rounds import (
    CYCLES,
    FIXED_ONLY,
    MONTHLY,
    QUARTERLY,
    SCOPE_PROGRESS,
    SCOPES,
    Round,
    fixed_round,
    in_campaign,
    kind_of,
    month_round,
    parse_key,
    periodic,
    quarter_round,
)
from desktop_app.services import campaigns
from desktop_app.storage.database import Database
from desktop_app.storage.models import MonthlyReport, ReportRound


def cycle(db: Database) -> str:
    with db.read() as session:
        campaign = campaigns.current_or_none(session)
        return campaign.report_cycle if campaign is not None and campaign.report_cycle in CYCLES else MONTHLY


def set_cycle(db: Database, value: str) -> None:
    """Monthly, quarterly, or fixed dates only; reports already taken in stay as they are."""
    if value not in CYCLES:
        raise KnownError(tr("Rounds", "The cycle is monthly, quarterly or fixed (fixed dates only)."))
    with db.session(need=roles.CAMPAIGN) as session:
        campaigns.current(session).report_cycle = value


def hidden_by(db: Database, value: str, today: dt.date | None = None) -> dict[str, int]:
    """What changing the cycle to ``value`` would take out of the lists: the rounds of reports already
    taken in that the new cycle has no round for, with how many reports each (the reports stay, and show
    again when the cycle is changed back)."""
    if value not in CYCLES:
        raise KnownError(tr("Rounds", "The cycle is monthly, quarterly or fixed (fixed dates only)."))
    info = campaigns.get(db)
    if info is None:
        return {}
    today = today or dt.date.today()
    kept = {r.key for r in fixed(db)}
    if info.start is not None:
        end = min(today, info.end) if info.end else today
        if end >= info.start:
            kept |= {r.key for r in periodic(value, info.start, end, info.report_due_day)}
    with db.read() as session:
        campaign = campaigns.current(session)
        taken = session.execute(
            select(MonthlyReport.month, func.count())
            .where(MonthlyReport.campaign_id == campaign.id)
            .group_by(MonthlyReport.month)
        ).all()
    return {key: count for key, count in sorted(taken) if key not in kept}


def period_effects(db: Database, start: dt.date, end: dt.date | None, due_day: int) -> list[str]:
    """What saving the campaign's period and due day would do to the reports already taken in, a
    sentence each (empty when nothing changes): reports that turn late or on time under the new due day,
    and rounds with reports that fall outside the new period (kept, shown again when set back)."""
    info = campaigns.get(db)
    if info is None:
        return []
    with db.read() as session:
        campaign = campaigns.current(session)
        taken = session.execute(
            select(MonthlyReport.month, MonthlyReport.submitted_at).where(MonthlyReport.campaign_id == campaign.id)
        ).all()
    said: list[str] = []
    late = on_time = 0
    outside: dict[str, int] = {}
    old_day = info.report_due_day
    for key, at in taken:
        if kind_of(key) == FIXED_ONLY:
            continue  # a fixed round keeps its own due day
        make = quarter_round if kind_of(key) == QUARTERLY else month_round
        before, after = make(key, old_day), make(key, due_day)
        if in_campaign(before, info.start, info.end) and not in_campaign(after, start, end):
            outside[after.name] = outside.get(after.name, 0) + 1
        elif at is not None and due_day != old_day:
            was, now = at.date() <= before.due, at.date() <= after.due
            late += was and not now
            on_time += now and not was
    if late:
        said.append(tr("Rounds", "{0} report(s) taken in on time will count as late.").format(late))
    if on_time:
        said.append(tr("Rounds", "{0} late report(s) will count as on time.").format(on_time))
    if outside:
        said.append(
            tr(
                "Rounds",
                "The {0} report(s) of {1} fall outside the campaign's period and will no longer be listed; "
                "they are kept, and show again when the period is set back.",
            ).format(sum(outside.values()), "、".join(outside))
        )
    return said


def tracked_since(db: Database) -> dt.date | None:
    """The day from which the office tracks reports: as set, else the day the campaign was set up
    (rounds due before it that no report came in for are 未跟踪, not 未报); None without a campaign."""
    from desktop_app.core import settings as spec
    from desktop_app.services.reads import settings as read_settings

    typed = str(read_settings.get(db, spec.TRACKED_SINCE) or "")
    try:
        return dt.date.fromisoformat(typed)
    except ValueError:
        pass
    with db.read() as session:
        campaign = campaigns.current_or_none(session)
        if campaign is None:
            return None
        made = campaign.created_at
    return made.replace(tzinfo=dt.UTC).astimezone().date() if made else None


def set_tracked_since(db: Database, day: dt.date) -> None:
    """Track reports from ``day``: earlier rounds without a report show 未跟踪 (changed back in one step)."""
    from desktop_app.core import settings as spec
    from desktop_app.services import settings as settings_service

    info = campaigns.require(db)
    if info.end is not None and day > info.end:
        raise KnownError(
            tr("Rounds", "The day reports are tracked from ({0}) is after the campaign's end.").format(day)
        )
    settings_service.set_value(db, spec.TRACKED_SINCE, day.isoformat())


def fixed(db: Database) -> list[Round]:
    """The fixed rounds the office set, by due day."""
    with db.read() as session:
        campaign = campaigns.current_or_none(session)
        if campaign is None:
            return []
        rows = session.scalars(
            select(ReportRound).where(ReportRound.campaign_id == campaign.id).order_by(ReportRound.due, ReportRound.key)
        ).all()
        return [fixed_round(r.key, r.name, r.due, r.scope) for r in rows]


def add_fixed(db: Database, due: dt.date, name: str = "", scope: str = SCOPE_PROGRESS) -> Round:
    """A fixed round (8月25日前报送推进情况; 11月1日前报送自查报告): keyed by its year and its place
    among that year's fixed rounds (2025-R1, 2025-R2 …, kept once given)."""
    if scope not in SCOPES:
        raise KnownError(tr("Rounds", "A round asks for progress or for the units' self-assessment reports."))
    name = " ".join(name.split())
    with db.session(need=roles.CAMPAIGN) as session:
        campaign = campaigns.current(session)
        taken = session.scalars(select(ReportRound).where(ReportRound.campaign_id == campaign.id)).all()
        if any(r.due == due and r.scope == scope for r in taken):
            raise KnownError(tr("Rounds", "There is already a round due on {0}.").format(due.isoformat()))
        numbers = [int(r.key.split("R")[-1]) for r in taken if r.key.startswith(f"{due.year:04d}-R")]
        key = f"{due.year:04d}-R{max(numbers, default=0) + 1}"
        row = ReportRound(campaign_id=campaign.id, key=key, name=name, due=due, scope=scope)
        session.add(row)
    return fixed_round(key, name, due, scope)


def remove_fixed(db: Database, key: str) -> None:
    """Take a fixed round away; refused while reports of it are kept (they would lose their round)."""
    from desktop_app.storage.models import MonthlyReport

    key = parse_key(key) or key
    with db.session(need=roles.CAMPAIGN) as session:
        campaign = campaigns.current(session)
        row = session.scalar(select(ReportRound).where(ReportRound.campaign_id == campaign.id, ReportRound.key == key))
        if row is None:
            raise NotFoundError(tr("Rounds", "There is no fixed round “{0}”.").format(key))
        kept = session.scalar(select(MonthlyReport.id).where(MonthlyReport.month == key).limit(1))
        if kept is not None:
            raise KnownError(
                tr("Rounds", "Reports of round “{0}” are kept; it cannot be removed.").format(row.name or key)
            )
        session.delete(row)


def all_rounds(db: Database, today: dt.date | None = None) -> list[Round]:
    """Every round of the campaign by due day: its cycle's from its start up to this one (or its end),
    and every fixed round (those to come too: their forms go out before they are due)."""
    today = today or dt.date.today()
    info = campaigns.get(db)
    if info is None:
        return []
    found = fixed(db)
    if info.start is not None:
        end = min(today, info.end) if info.end else today
        if end >= info.start:
            found += periodic(cycle(db), info.start, end, info.report_due_day)
    return sorted(found, key=lambda r: (r.due, r.key))


def find(db: Database, text: str) -> Round:
    """The round a person or a file names (2025-03, 2025年第三季度, 2025-R1): a month or a quarter of
    any time (as the campaign's due day sets), or one of the fixed rounds."""
    key = parse_key(text)
    if key is None:
        raise KnownError(
            tr(
                "Rounds",
                "“{0}” is no reporting round: write a month (2025-03), a quarter (2025-Q3) or a fixed round (2025-R1).",
            ).format(text)
        )
    info = campaigns.get(db)
    due_day = info.report_due_day if info else 25
    kind = kind_of(key)
    if kind == MONTHLY:
        return month_round(key, due_day)
    if kind == QUARTERLY:
        return quarter_round(key, due_day)
    for r in fixed(db):
        if r.key == key:
            return r
    raise NotFoundError(tr("Rounds", "There is no fixed round “{0}” in this campaign.").format(key))


__all__ = ["FIXED_ONLY", "Round", "add_fixed", "all_rounds", "cycle", "find", "fixed", "remove_fixed", "set_cycle"]
