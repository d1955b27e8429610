"""Benchmarks for checking the history and for restoring a backup with its checks.

    python benchmarks/history.py [--runs N]

On the large demo campaign (50,000 evidence records), its history brought to 100,000 entries with
task changes as an office makes them:
- ``audit verify`` whole (the chain, every record against the entries that made it, the anchors)
  against reading the same entries alone with sqlite3 — target: under 5 s;
- restoring the campaign's backup with the staging checks (the program's own schema compared, every
  reference checked) against the same restore with only the checks it had before them (SQLite's
  quick check, triggers and views) — target: ≤ 1.5 ×.
Each figure is the median of N runs taking turns with its baseline, in one process and one run.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ENTRIES = 100_000


def _top_up(data: Path) -> int:
    """Task changes recorded until the history holds ENTRIES entries; returns how many it holds."""
    from sqlalchemy import func, select

    from desktop_app.storage import audit
    from desktop_app.storage.database import Database
    from desktop_app.storage.models import AuditLog, Task

    db = Database.open(data)
    try:
        with db.session() as session:
            have = session.scalar(select(func.count()).select_from(AuditLog)) or 0
            tasks = list(session.scalars(select(Task.id)))
            for n in range(ENTRIES - have):
                audit.record(
                    session,
                    "update",
                    "task",
                    str(tasks[n % len(tasks)]),
                    before={"progress": n % 100},
                    after={"progress": n % 100 + 1},
                )
        with db.read() as session:
            return session.scalar(select(func.count()).select_from(AuditLog)) or 0
    finally:
        db.close()


def _verify(data: Path) -> float:
    from desktop_app.services import history
    from desktop_app.storage.database import Database

    db = Database.open(data)
    try:
        start = time.perf_counter()
        verified = history.verify(db)
        seconds = time.perf_counter() - start
    finally:
        db.close()
    assert verified.ok, verified.lines()
    return seconds


def _read_alone(data: Path) -> float:
    start = time.perf_counter()
    con = sqlite3.connect(data / "foodsafety-desk.db")
    sql = "SELECT id, at, actor, action, entity, entity_id, before, after, chain FROM audit_log"
    rows = con.execute(sql).fetchall()
    con.close()
    assert len(rows) >= ENTRIES
    return time.perf_counter() - start


def _restore(made: Path, target: Path, *, checks: bool) -> float:
    import shutil

    from desktop_app.services import backup
    from desktop_app.storage import schema_check

    shutil.rmtree(target, ignore_errors=True)
    foreign, broken = schema_check.foreign_objects, schema_check.broken_references
    if not checks:  # only what a restore checked before: triggers and views, no schema, no references
        schema_check.foreign_objects = lambda db_file, at_head: foreign(db_file, at_head=False)  # type: ignore[assignment]
        schema_check.broken_references = lambda db_file: []  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        backup.restore(made, target)
        return time.perf_counter() - start
    finally:
        schema_check.foreign_objects, schema_check.broken_references = foreign, broken


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "large"
        command = [sys.executable, "-m", "desktop_app", "--data-dir", str(data), "demo", "--scale", "large"]
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
        entries = _top_up(data)

        verify, alone = [], []
        for _ in range(runs):
            verify.append(_verify(data))
            alone.append(_read_alone(data))

        from desktop_app.services import backup
        from desktop_app.storage.database import Database

        db = Database.open(data)
        try:
            made = backup.create(db, Path(tmp) / "large.fsdbak").path
        finally:
            db.close()
        checked, before = [], []
        for _ in range(runs):
            checked.append(_restore(made, Path(tmp) / "restored", checks=True))
            before.append(_restore(made, Path(tmp) / "restored", checks=False))

    v, a = statistics.median(verify), statistics.median(alone)
    c, b = statistics.median(checked), statistics.median(before)
    print(f"history entries: {entries:,}; runs: {runs}")
    print(f"{'measure':<58}{'seconds':>9}{'ratio':>8}{'target':>9}{'met':>5}")
    print(f"{'reading the entries alone (sqlite3)':<58}{a:>9.3f}")
    fast = "yes" if v < 5 else "no"
    print(f"{'audit verify: chain, records, anchors':<58}{v:>9.3f}{v / a:>8.1f}{'<5 s':>9}{fast:>5}")
    print(f"{'restore with the checks it had before':<58}{b:>9.3f}")
    met = "yes" if c <= 1.5 * b else "no"
    print(f"{'restore with staging schema and reference checks':<58}{c:>9.3f}{c / b:>8.2f}{'≤1.5×':>9}{met:>5}")


if __name__ == "__main__":
    main()
