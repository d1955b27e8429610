"""What changed, when and by whom: the audit trail read back for people, in their words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop_app.services.reads.history import ACTIONS as ACTIONS  # the read side lives there
from desktop_app.services.reads.history import ENTITIES as ENTITIES
from desktop_app.services.reads.history import FIELDS as FIELDS
from desktop_app.services.reads.history import Change as Change
from desktop_app.services.reads.history import actors as actors
from desktop_app.services.reads.history import describe as describe
from desktop_app.services.reads.history import last_change as last_change
from desktop_app.services.reads.history import recent as recent
from desktop_app.services.reads.history import search as search
from desktop_app.storage.database import Database
from desktop_app.storage.models import AuditLog


def export_xlsx(changes: list[Change], target: Path, title: str) -> Path:
    """The changes as a printable workbook: 时间, 人员, 操作."""
    from openpyxl import Workbook

    from desktop_app.exchange.xlsx_io import save_atomic, write_table

    wb = Workbook()
    ws = wb.active
    ws.title = "操作记录"
    rows = [(f"{c.at:%Y-%m-%d %H:%M:%S}", c.actor, describe(c)) for c in changes]
    write_table(ws, title, ["时间", "人员", "操作"], rows, [20, 16, 90])
    return save_atomic(wb, target)


@dataclass(frozen=True)
class ChainState:
    """The audit trail's hash chain: how many entries, its head (printed on reports), and the first
    entry that does not follow from the one before (changed, removed or moved), if any."""

    entries: int
    head: str
    broken_at: int | None

    @property
    def ok(self) -> bool:
        return self.broken_at is None

    @property
    def short_head(self) -> str:
        return self.head[:16]


def chain_state(db: Database) -> ChainState:
    """Re-compute the audit trail's chain from its first entry."""
    from desktop_app.core.audit_chain import GENESIS, broken

    with db.read() as session:
        rows = [
            dict(r)
            for r in session.execute(
                select(
                    AuditLog.id,
                    AuditLog.at,
                    AuditLog.actor,
                    AuditLog.action,
                    AuditLog.entity,
                    AuditLog.entity_id,
                    AuditLog.before,
                    AuditLog.after,
                    AuditLog.chain,
                ).order_by(AuditLog.id)
            ).mappings()
        ]
    return ChainState(len(rows), rows[-1]["chain"] if rows else GENESIS, broken(rows))


def chain_head(db: Database) -> str:
    """The chain value as reports print it: that of the last entry changing the data, so printing a
    report (itself kept in the report archive, and so in the history) does not change what the next
    print of the same data shows. ``audit verify`` checks the whole chain up to it and beyond."""
    from desktop_app.core.audit_chain import GENESIS

    with db.read() as session:
        last = session.scalar(
            select(AuditLog.chain).where(AuditLog.entity != "report_archive").order_by(AuditLog.id.desc()).limit(1)
        )
    return last or GENESIS
