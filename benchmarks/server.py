"""Server mode on the large demo: the campaign moved up to a throw-away local PostgreSQL cluster and back
to a file, with the row counts and file hashes compared at the end, and a few reads timed on both
kinds of database against each other.

    python benchmarks/server.py [--runs 3]

Needs the Debian ``postgresql`` package (the cluster is started in a temporary folder, as the tests
start theirs). Targets (issue 15): 首页's figures, the task list and a search within 2 × SQLite.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from desktop_app.services import dashboard, demo, evidence, evidence_search, move, tasks  # noqa: E402
from desktop_app.storage.database import Database  # noqa: E402
from desktop_app.storage.models import Base  # noqa: E402
from tests.pg_cluster import Cluster  # noqa: E402


def counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar() or 0 for t in Base.metadata.sorted_tables
        }


def hashes(db: Database) -> dict[str, str]:
    store = evidence.store(db)
    found = {}
    for r in evidence.list_evidence(db):
        path = store.path_of(r.sha256)
        if path.exists():
            found[r.sha256] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def timed(work, runs: int) -> float:
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    cluster = Cluster().start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp_path = Path(tmp)
            local = Database.open(tmp_path / "large")
            demo.build_large(local)
            url = cluster.new_database()
            start = time.perf_counter()
            up = move.move_to_server(local, url, tmp_path / "shared")
            up_seconds = time.perf_counter() - start
            server = Database.open(tmp_path / "pc2", url=url)
            start = time.perf_counter()
            move.move_to_file(server, tmp_path / "archived")
            back_seconds = time.perf_counter() - start
            archived = Database.open(tmp_path / "archived")
            before, after = counts(local), counts(archived)
            # the history gains the two moves and the shared folder's setting (set, then cleared)
            same_rows = {k: v for k, v in before.items() if k != "audit_log"} == {
                k: v for k, v in after.items() if k != "audit_log"
            }
            same_files = hashes(local) == hashes(archived)
            rows = sum(up.tables.values())
            reads = []
            for label, work in (
                ("首页's figures (2,000 tasks)", lambda db: dashboard.dashboard(db)),
                ("the task list (2,000 tasks)", lambda db: tasks.list_tasks(db)),
                ("search 台账 (50,000 records)", lambda db: evidence_search.search(db, "台账")),
            ):
                sqlite_s = timed(lambda w=work: w(local), args.runs)
                server_s = timed(lambda w=work: w(server), args.runs)
                reads.append((label, sqlite_s, server_s))
            archived.close()
            server.close()
            local.close()
    finally:
        cluster.stop()
    print(f"{'measurement':52}{'seconds':>10}{'ratio':>8}  target  ok")
    print(f"{'move up: ' + str(rows) + ' rows, ' + str(up.files) + ' files, checked':52}{up_seconds:>10.1f}")
    print(f"{'move back to a file, checked':52}{back_seconds:>10.1f}")
    print(f"{'row counts equal after the round trip':52}{'yes' if same_rows else 'NO':>10}")
    print(f"{'file hashes equal after the round trip':52}{'yes' if same_files else 'NO':>10}")
    for label, sqlite_s, server_s in reads:
        ratio = server_s / sqlite_s if sqlite_s else 0
        print(f"{label + ' on SQLite (baseline)':52}{sqlite_s:>10.3f}{1.0:>8.2f}")
        ok = "yes" if ratio <= 2 else "NO"
        print(f"{label + ' on the server':52}{server_s:>10.3f}{ratio:>8.2f}  ≤2×    {ok}")
    shutil.rmtree(tmp_path, ignore_errors=True)


if __name__ == "__main__":
    main()
