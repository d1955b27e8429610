"""Inspections' findings as pages and the dashboard list them, the overdue ones told."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.findings import is_open, is_overdue
from desktop_app.storage.plain import Source, as_date, as_json


@dataclass
class FindingInfo:
    id: int
    inspection: str  # kind and date
    unit: str
    item: int | None
    text: str
    deadline: dt.date | None
    status: str
    note: str
    overdue: bool
    task: str = ""  # the code of the task it concerns, if any
    evidence: list[int] = field(default_factory=list)  # the evidence of its rectification

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "inspection": self.inspection,
            "unit": self.unit,
            "item": self.item,
            "text": self.text,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "status": self.status,
            "note": self.note,
            "overdue": self.overdue,
            "open": is_open(self.status),
            "task": self.task,
            "evidence": list(self.evidence),
        }


def list_findings(source: Source, *, only_open: bool = False, today: dt.date | None = None) -> list[FindingInfo]:
    """Every finding (or the open ones), the nearest deadline first, those without one last."""
    today = today or dt.date.today()
    with source.reading() as run:
        names = dict(run("SELECT id, name FROM unit"))
        codes = dict(run("SELECT id, code FROM task"))
        rows = run(
            'SELECT f.id, i.kind, i.date, i."by", i.scope, f.unit_id, f.item_no, f.text, f.deadline, f.status,'
            " f.note, f.task_id, CAST(f.evidence_ids AS TEXT)"
            " FROM finding f JOIN inspection i ON i.id = f.inspection_id ORDER BY f.deadline IS NULL, f.deadline, f.id"
        )
    found = []
    for fid, kind, date, by, scope, unit_id, item_no, text, deadline_value, status, note, task_id, evidence in rows:
        deadline = as_date(deadline_value)
        found.append(
            FindingInfo(
                fid,
                " ".join(x for x in (kind, f"{as_date(date):%Y-%m-%d}", by, f"（{scope}）" if scope else "") if x),
                names.get(unit_id, ""),
                item_no,
                text,
                deadline,
                status,
                note,
                is_overdue(status, deadline, today),
                codes.get(task_id, "") if task_id else "",
                list(as_json(evidence) or []),
            )
        )
    return [f for f in found if is_open(f.status)] if only_open else found
