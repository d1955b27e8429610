"""Benchmarks for the evidence archive.

    python benchmarks/evidence.py [--size-mb 1024] [--queries 40]

* adding a set of mixed files (many small, a few large; 1 GB by default) against plain ``cp -r``
  of the same files to the same disk — target: throughput ≥ 0.6 × cp;
* ``evidence verify`` over those files against ``sha256sum`` of the same files — target ≥ 0.6 ×;
* search on the large demo campaign (50,000 records with text), p95 of 2-, 3- and 6-character
  Chinese queries — target < 100 ms;
* the evidence page opening on those 50,000 records (offscreen Qt: the page shown and its list
  painted), against reading every record at once as a list that loads all rows would — target
  < 0.5 s.

Both sides of each ratio run in this process's run, on the same files and disk; caches are
warmed once first, so both read from the page cache.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.services import demo, evidence  # noqa: E402
from desktop_app.services.evidence import search as evidence_search  # noqa: E402
from desktop_app.storage.database import Database  # noqa: E402

QUERIES = {
    2: ["台账", "纪要", "食品", "监管", "农药", "学校", "抽检", "各县", "整改", "宣传"],
    3: ["明厨亮", "市场监", "食品安", "农产品", "监督抽", "投诉举", "责任制", "风险监", "检验检", "屠宰场"],
    6: [
        "食品安全监管",
        "冷链食品追溯",
        "市市场监管局",
        "农药残留超标",
        "责任保险投保",
        "互联网+明厨",
        "食品抽检任务",
        "风险分级管理",
        "群众满意度达",
        "校园食品安全",
    ],
}


def make_files(folder: Path, total_mb: int, rng: random.Random) -> int:
    """Many small files (documents, photos) and a few large ones (videos, scans)."""
    folder.mkdir(parents=True)
    large = [200, 150, 100]  # MB
    small_budget = total_mb * 1024 * 1024 - sum(large) * 1024 * 1024
    written = 0
    for n, mb in enumerate(large):
        (folder / f"视频{n}.mp4").write_bytes(rng.randbytes(mb * 1024 * 1024))
        written += mb * 1024 * 1024
    n = 0
    while small_budget > 0:
        size = min(small_budget, rng.choice([20_000, 80_000, 300_000, 1_500_000, 4_000_000]))
        sub = folder / f"第{n % 20}批"
        sub.mkdir(exist_ok=True)
        (sub / f"材料{n:05d}.pdf").write_bytes(rng.randbytes(size))
        small_budget -= size
        written += size
        n += 1
    return written


def timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--queries", type=int, default=40, help="searches per query length")
    parser.add_argument("--no-files", action="store_true", help="skip adding and verifying the 1 GB of files")
    args = parser.parse_args()
    rng = random.Random(7)
    rows: list = []
    with tempfile.TemporaryDirectory(dir=ROOT.parent) as tmp:  # the same disk as a data folder would be on
        tmp = Path(tmp)
        if not args.no_files:
            rows += measure_files(tmp, args.size_mb, rng)
        rows += measure_large(tmp, args.queries)
    report(rows)


def measure_files(tmp: Path, size_mb: int, rng: random.Random) -> list:
    rows = []
    files = tmp / "files"
    total = make_files(files, size_mb, rng)
    count = sum(1 for p in files.rglob("*") if p.is_file())
    os.sync()  # the generated files on the disk first: their write-back is neither side's work
    subprocess.run(["cat", *map(str, files.rglob("*.*"))], stdout=subprocess.DEVNULL, check=True)  # warm

    cp = timed(lambda: subprocess.run(["cp", "-r", str(files), str(tmp / "copy")], check=True))
    shutil.rmtree(tmp / "copy")
    os.sync()
    db = Database.open(tmp / "data")
    demo.build_small(db)
    add = timed(lambda: evidence.add_files(db, [files], item=85, unit="市教育局"))
    rows.append((f"cp -r of {count} files, {total / 1e9:.2f} GB (baseline)", cp, 1.0, None))
    rows.append(("evidence add of the same files", add, cp / add, 0.6))

    stored = [str(p) for p in (tmp / "data" / "store").rglob("*") if p.is_file() and p.parent.name != "tmp"]
    sha = timed(lambda: subprocess.run(["sha256sum", *stored], stdout=subprocess.DEVNULL, check=True))
    verify = timed(lambda: evidence.verify(db))
    rows.append(("sha256sum of the stored files (baseline)", sha, 1.0, None))
    rows.append(("evidence verify", verify, sha / verify, 0.6))
    db.close()
    return rows


def measure_large(tmp: Path, runs: int) -> list:
    rows = []
    large = Database.open(tmp / "large")
    demo.build_large(large)
    for length, queries in QUERIES.items():
        times = []
        for n in range(runs):
            query = queries[n % len(queries)]
            start = time.perf_counter()
            evidence_search.search(large, query)
            times.append(time.perf_counter() - start)
        p95 = statistics.quantiles(times, n=20)[-1]
        rows.append((f"search p95, {length}-character queries, 50,000 records", p95, None, 0.1))
    rows += measure_list(large)
    large.close()
    return rows


def measure_list(db: Database) -> list:
    """The evidence page opened on 50,000 records: shown, and its visible rows painted."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.gui.app import _application, open_main_window
    from desktop_app.gui.worker import wait_idle

    every = timed(lambda: evidence.list_evidence(db))
    app = _application()
    window = open_main_window(db, app)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    times = []
    for _ in range(5):
        window.show_page("home")
        app.processEvents()
        start = time.perf_counter()
        page = window.show_page("evidence")
        page.table.viewport().repaint()  # the visible rows are fetched and drawn
        app.processEvents()
        times.append(time.perf_counter() - start)
    loaded = page.model.pages_loaded
    wait_idle()
    window.close()
    window.deleteLater()
    app.processEvents()
    opened = statistics.median(times)
    return [
        ("every record read at once, 50,000 (baseline)", every, 1.0, None),
        (f"evidence page opened, 50,000 records ({loaded} pages of 100 read)", opened, every / opened, None),
        ("evidence page opened, against the 0.5 s target", opened, None, 0.5),
    ]


def report(rows: list) -> None:
    print(f"{'measurement':58} {'seconds':>8} {'ratio':>7}  target  ok")
    for name, seconds, ratio, target in rows:
        ratio_text = f"{ratio:7.2f}" if ratio is not None else " " * 7
        if target is None:
            print(f"{name:58} {seconds:8.3f} {ratio_text}")
        elif ratio is not None:
            print(f"{name:58} {seconds:8.3f} {ratio_text}  ≥{target}×   {'yes' if ratio >= target else 'NO'}")
        else:
            print(f"{name:58} {seconds:8.3f} {ratio_text}  <{target}s  {'yes' if seconds < target else 'NO'}")


if __name__ == "__main__":
    main()
