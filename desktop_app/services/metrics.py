"""The campaign's measured targets: values recorded per period (and unit) with their source, each
read as its metric measures it (core.metrics), and where each stands against its target."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.core import roles
from desktop_app.core.errors import KnownError, NotFoundError
from desktop_app.core.i18n import tr
from desktop_app.core.metrics import Metric, load, parse
from desktop_app.paths import resource_path
from desktop_app.services import campaigns
from desktop_app.storage.database import Database
from desktop_app.storage.models import MetricValue, Unit

_PERIOD = r"^\d{4}(-(0[1-9]|1[0-2]))?$"


def defined() -> list[Metric]:
    """The targets of the 2021 rule set, as the program ships them."""
    return load(resource_path("metrics", "national-2021.json"))


def _metric(code: str) -> Metric:
    found = next((m for m in defined() if m.code.casefold() == code.strip().casefold()), None)
    if found is None:
        raise NotFoundError(
            tr("Metrics", "There is no target {0}; the targets are {1}.").format(
                code, "、".join(m.code for m in defined())
            )
        )
    return found


@dataclass
class MetricState:
    metric: Metric
    latest: float | None  # the latest period's value for the whole campaign (no unit)
    period: str | None
    history: list[tuple[str, float]]  # (period, value), oldest first: the trend

    @property
    def met(self) -> bool | None:
        return None if self.latest is None else self.metric.met(self.latest)

    def to_json(self) -> dict[str, Any]:
        m = self.metric
        return {
            "code": m.code,
            "name": m.name,
            "kind": m.kind,
            "unit": m.unit,
            "target": m.target,
            "compare": m.compare,
            "required": m.required,
            "items": list(m.items),
            "latest": self.latest,
            "period": self.period,
            "met": self.met,
            "history": [{"period": p, "value": v} for p, v in self.history],
        }


def record(
    db: Database,
    code: str,
    typed: str,
    *,
    period: str,
    unit: str | None = None,
    source: str = "",
    files: list[Path] | None = None,
) -> float:
    """Keep a measured value (a later one for the same period and unit replaces it); returns the
    value as the metric measures it. ``files`` (the 测评报告, the statistics) are filed as evidence
    under the first item the target decides, for the unit, and kept with the value — but only once
    the value itself is found good."""
    import re

    metric = _metric(code)
    if not re.match(_PERIOD, period or ""):
        raise KnownError(
            tr("Metrics", "The period “{0}” must be a year or a month, e.g. 2025 or 2025-06.").format(period)
        )
    with db.read() as session:
        campaign = campaigns.current(session)
        value = parse(metric, typed, campaign.population)
        unit_id = None
        if unit:
            unit_id = session.scalar(select(Unit.id).where(Unit.name == unit.strip()))
            if unit_id is None:
                raise NotFoundError(tr("Metrics", "There is no unit called “{0}”.").format(unit))
    ids = _file_evidence(db, metric, typed, period, unit, files) if files else []
    with db.session(need=roles.EDIT) as session:
        campaign = campaigns.current(session)
        row = session.scalar(
            select(MetricValue).where(
                MetricValue.campaign_id == campaign.id,
                MetricValue.metric == metric.code,
                MetricValue.period == period,
                MetricValue.unit_id.is_(None) if unit_id is None else MetricValue.unit_id == unit_id,
            )
        )
        if row is None:
            row = MetricValue(campaign_id=campaign.id, metric=metric.code, period=period, unit_id=unit_id)
            session.add(row)
        row.typed, row.value, row.source = str(typed).strip(), value, source.strip()
        if ids:
            row.evidence_ids = [*(row.evidence_ids or []), *ids]
        return value


def _file_evidence(
    db: Database, metric: Metric, typed: str, period: str, unit: str | None, files: list[Path]
) -> list[int]:
    from desktop_app.services import evidence

    if not metric.items:
        raise KnownError(
            tr("Metrics", "The target {0} decides no item, so its evidence has nowhere to be filed.").format(
                metric.code
            )
        )
    note = tr("Metrics", "Measured value: {0} {1} ({2})").format(metric.name, str(typed).strip(), period)
    added = evidence.add_files(
        db, [Path(f) for f in files], item=metric.items[0], unit=unit or None, meta=evidence.EvidenceMeta(note=note)
    )
    return [e.id for e in added.added]


def evidence_of(db: Database, code: str, period: str, unit: str | None = None) -> list[int]:
    """The evidence records a measured value was taken from."""
    with db.read() as session:
        campaign = campaigns.current(session)
        query = (
            select(MetricValue.evidence_ids, Unit.name)
            .outerjoin(Unit, Unit.id == MetricValue.unit_id)
            .where(
                MetricValue.campaign_id == campaign.id, MetricValue.metric == code.upper(), MetricValue.period == period
            )
        )
        for ids, name in session.execute(query):
            if (name or None) == (unit or None):
                return list(ids or [])
    return []


def states(db: Database) -> list[MetricState]:
    """Every target with its latest campaign-wide value and its trend."""
    with db.read() as session:
        campaign = campaigns.current(session)
        rows = session.execute(
            select(MetricValue.metric, MetricValue.period, MetricValue.value)
            .where(MetricValue.campaign_id == campaign.id, MetricValue.unit_id.is_(None))
            .order_by(MetricValue.period)
        ).all()
    found = []
    for metric in defined():
        history = [(period, value) for code, period, value in rows if code == metric.code]
        latest = history[-1] if history else None
        found.append(MetricState(metric, latest[1] if latest else None, latest[0] if latest else None, history))
    return found
