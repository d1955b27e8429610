"""What changed, when and by whom: the audit trail read back for people, in their words."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.core.audit_chain import Gaps
from desktop_app.core.errors import KnownError
from desktop_app.core.i18n import mark, tr
from desktop_app.core.progress import Progress, check
from desktop_app.services import backup
from desktop_app.services.reads.history import ACTIONS as ACTIONS  # the read side lives there
from desktop_app.services.reads.history import ENTITIES as ENTITIES
from desktop_app.services.reads.history import FIELDS as FIELDS
from desktop_app.services.reads.history import Change as Change
from desktop_app.services.reads.history import actors as actors
from desktop_app.services.reads.history import describe as describe
from desktop_app.services.reads.history import entry as entry
from desktop_app.services.reads.history import last_change as last_change
from desktop_app.services.reads.history import recent as recent
from desktop_app.services.reads.history import search as search
from desktop_app.storage import history_head
from desktop_app.storage.database import Database
from desktop_app.storage.models import AuditLog, Base, ReportArchive


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


def _entries(db: Database) -> list[dict[str, Any]]:
    """Every entry of the history, in order, with what its chain value covers."""
    with db.read() as session:
        return [
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


def _chain(rows: list[dict[str, Any]]) -> ChainState:
    from desktop_app.core.audit_chain import GENESIS, broken

    return ChainState(len(rows), rows[-1]["chain"] if rows else GENESIS, broken(rows))


def chain_state(db: Database) -> ChainState:
    """Re-compute the audit trail's chain from its first entry."""
    return _chain(_entries(db))


#: the records whose every one must have the entry that made it (and keep it while it is there)
RECONCILED = ("unit", "task", "evidence", "report_archive", "assess_score", "finding", "monthly_report")


@dataclass(frozen=True)
class Anchor:
    """A head of the history kept outside its table — beside the database file, in a backup's manifest,
    with a printed report — and the entry it names (None when that entry is no longer there)."""

    source: str  # in words: 本机记录、备份“…”、报表“…”
    chain: str
    at: str
    entry: int | None


@dataclass
class Verification:
    """What ``audit verify`` found: the chain, the history against the data, and every anchor."""

    chain: ChainState
    gaps: Gaps
    anchors: list[Anchor]
    last: tuple[int, str]  # the last entry there: (number, time)

    @property
    def ok(self) -> bool:
        return self.chain.ok and self.gaps.ok and all(a.entry is not None for a in self.anchors)

    def lines(self) -> list[str]:
        """What was found, one line a finding, in the words the window and the command line both use."""
        found: list[str] = []
        if self.chain.ok:
            found.append(
                tr("History", "The chain holds: {0} entries, none changed or moved; check code {1}.").format(
                    self.chain.entries, self.chain.short_head
                )
            )
        else:
            found.append(
                tr(
                    "History",
                    "Entry {0} does not follow from the one before it: it, or an entry before it, was changed, "
                    "removed or moved outside the program.",
                ).format(self.chain.broken_at)
            )
        for anchor in self.anchors:
            if anchor.entry is None:
                found.append(
                    tr(
                        "History",
                        "{0} recorded the history as it stood at {1} (check code {2}); that entry is no longer "
                        "there: entries up to then were removed or changed. The history now ends at entry {3} ({4}).",
                    ).format(anchor.source, anchor.at or "?", anchor.chain[:16], self.last[0], self.last[1] or "—")
                )
        held = sum(1 for a in self.anchors if a.entry is not None)
        if held:
            found.append(tr("History", "{0} anchor(s) kept outside the history agree with it.").format(held))
        for entity, ids in self.gaps.uncreated.items():
            found.append(
                tr("History", "{0}: {1} record(s) with no entry creating them ({2}).").format(
                    _entity_words(entity), len(ids), _listed(ids)
                )
            )
        for entity, ids in self.gaps.vanished.items():
            found.append(
                tr("History", "{0}: {1} record(s) gone without an entry deleting them ({2}).").format(
                    _entity_words(entity), len(ids), _listed(ids)
                )
            )
        if self.gaps.repointed:
            found.append(
                tr(
                    "History", "Evidence: {0} record(s) point at another file than their history recorded ({1})."
                ).format(len(self.gaps.repointed), _listed(self.gaps.repointed))
            )
        if self.gaps.ok:
            found.append(
                tr("History", "Every record checked has the entry that made it, and every file is the one recorded.")
            )
        return found


def _entity_words(entity: str) -> str:
    return tr("History", ENTITIES.get(entity, mark("History", "record")))


def _listed(ids: list[str], shown: int = 10) -> str:
    text = "、".join(f"#{i}" for i in ids[:shown])
    return text + (tr("History", " and {0} more").format(len(ids) - shown) if len(ids) > shown else "")


def verify(db: Database, progress: Progress | None = None) -> Verification:
    """Check the history whole: its chain from the first entry, every record of RECONCILED against
    the entries that made and removed it (and each evidence record's file against the one recorded),
    and the chain against every anchor kept outside it."""
    from desktop_app.core.audit_chain import GENESIS, reconcile

    check(progress, 0, 3, tr("History", "Reading the history"))
    rows = _entries(db)
    state = _chain(rows)
    check(progress, 1, 3, tr("History", "Comparing it with the data"))
    present: dict[str, dict[str, str | None]] = {}
    with db.read() as session:
        for entity in RECONCILED:
            table = Base.metadata.tables[entity]
            if entity == "evidence":
                present[entity] = {str(i): sha for i, sha in session.execute(select(table.c.id, table.c.sha256))}
            else:
                present[entity] = {str(i): None for (i,) in session.execute(select(table.c.id))}
        reports = [
            (title, created, params)
            for title, created, params in session.execute(
                select(ReportArchive.title, ReportArchive.created_at, ReportArchive.params).order_by(ReportArchive.id)
            )
        ]
    gaps = reconcile(((r["action"], r["entity"], r["entity_id"], r["after"]) for r in rows), present, sha_of="evidence")
    check(progress, 2, 3, tr("History", "Comparing it with its anchors"))
    ids = {r["chain"]: int(r["id"]) for r in rows}
    ids[GENESIS] = 0

    def anchor(source: str, chain: str, at: str) -> Anchor:
        return Anchor(source, chain, at, ids.get(chain))

    anchors: list[Anchor] = []
    if db.is_sqlite:
        head = history_head.read(db.data_dir)
        if head is not None:
            anchors.append(
                anchor(tr("History", "The record beside the database file"), head["chain"], _shown(head["at"]))
            )
    last = backup.last_backup(db)
    manifest = backup.manifest_of(Path(last["path"])) if last else None
    if last and manifest and isinstance(manifest.get("history"), dict) and manifest["history"].get("chain"):
        name = Path(last["path"]).name
        anchors.append(
            anchor(
                tr("History", "The backup “{0}”").format(name),
                str(manifest["history"]["chain"]),
                _shown(manifest["history"].get("at")),
            )
        )
    for title, created, params in reports:
        chain = (params or {}).get("history_chain") if isinstance(params, dict) else None
        if isinstance(chain, str) and chain:
            anchors.append(anchor(tr("History", "The report “{0}”").format(title), chain, _shown(created)))
    check(progress, 3, 3)
    last_row = rows[-1] if rows else None
    return Verification(state, gaps, anchors, (int(last_row["id"]), _shown(last_row["at"])) if last_row else (0, ""))


def _shown(at: object) -> str:
    """A stored time (UTC) as the office reads it: local, to the minute."""
    from desktop_app.storage.plain import as_datetime

    when = as_datetime(at) if at else None
    if when is None:
        return str(at or "")
    return f"{when.replace(tzinfo=dt.UTC).astimezone():%Y-%m-%d %H:%M}"


@dataclass(frozen=True)
class CodeLookup:
    """Where a check code printed on a report stands in the history."""

    code: str
    entry: int | None  # the entry it is the head of (None: not in the history)
    change: Change | None
    later: int  # changes made after it (printing reports aside)
    last: Change | None  # the latest of them


def code_lines(found: CodeLookup) -> list[str]:
    """What a check code says, in the words the window and the command line both use."""
    if found.entry is None or found.change is None:
        return [
            tr(
                "History",
                "The check code {0} is not in the history: the report was printed from other data, the history "
                "was changed since, or the code is mistyped.",
            ).format(found.code)
        ]
    change = found.change
    lines = [
        tr("History", "The check code {0} is entry {1}: {2}, {3} by {4}.").format(
            found.code, found.entry, f"{change.at:%Y-%m-%d %H:%M}", describe(change), change.actor
        )
    ]
    if found.later and found.last is not None:
        lines.append(
            tr("History", "{0} change(s) came after it, the latest {1}: {2} by {3}.").format(
                found.later, f"{found.last.at:%Y-%m-%d %H:%M}", describe(found.last), found.last.actor
            )
        )
    else:
        lines.append(tr("History", "Nothing has changed since: the data is as the report shows it."))
    return lines


def lookup_code(db: Database, code: str) -> CodeLookup:
    """The entry whose chain value a printed check code begins with, and what came after it."""
    from sqlalchemy import func

    text = "".join(code.split()).lower()
    if len(text) < 8 or any(c not in "0123456789abcdef" for c in text):
        raise KnownError(
            tr(
                "History", "“{0}” is no check code: a check code is the 16 letters and digits printed on a report."
            ).format(code.strip())
        )
    with db.read() as session:
        found = session.scalar(
            select(AuditLog.id).where(AuditLog.chain.like(text + "%")).order_by(AuditLog.id).limit(1)
        )
        if found is None:
            return CodeLookup(text, None, None, 0, None)
        later_ids = select(AuditLog.id).where(AuditLog.id > found, AuditLog.entity != "report_archive")
        later = session.scalar(select(func.count()).select_from(later_ids.subquery())) or 0
        newest = session.scalar(later_ids.order_by(AuditLog.id.desc()).limit(1))
    return CodeLookup(text, found, entry(db, found), later, entry(db, newest) if newest else None)


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
