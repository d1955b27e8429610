"""The implementation plan's tasks, as far as other capabilities need them (evidence links to one)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.core.errors import NotFoundError
from desktop_app.core.i18n import tr
from desktop_app.storage.database import Database
from desktop_app.storage.models import Task


@dataclass(frozen=True)
class TaskBrief:
    id: int
    code: str
    title: str


def briefs(db: Database) -> list[TaskBrief]:
    """Every task by its code and title, in the plan's order."""
    with db.read() as session:
        rows = session.execute(select(Task.id, Task.code, Task.title).order_by(Task.id))
        return [TaskBrief(*row) for row in rows]


def task_id(session, code: str | None) -> int | None:
    """The id of the task with this code (as the plan numbers it, e.g. G1-01)."""
    if not code:
        return None
    found = session.scalar(select(Task.id).where(Task.code == code.strip()))
    if found is None:
        raise NotFoundError(tr("Tasks", "There is no task numbered “{0}” in the plan.").format(code))
    return found
