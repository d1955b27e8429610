"""Benchmarks for a unit's evidence folder and for filing at the limit of the machine.

    python benchmarks/folders.py [--runs 3] [--large-mb 150] [--small 2000]

* a unit's folder of 1,000 files in 100 subfolders, named in mixed styles: matching every file
  to its item and showing the preview (offscreen Qt, the table filled) — target < 2 s;
* filing three large files (3 × ``--large-mb``) and, separately, ``--small`` small files (20 KB),
  against the slower of copying the same files (``cp -r`` then ``sync``, so the copy is on the
  disk as the store's files are) and hashing them (hashlib SHA-256) — target ≤ 1.2 ×.

Both sides of each ratio run in this run on the same files and disk, warmed into the page cache
first; figures are medians of ``--runs``.
"""

from __future__ import annotations

import argparse
import hashlib
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

from desktop_app.core.evidence_folder import items_of  # noqa: E402
from desktop_app.services import demo, evidence, rulesets  # noqa: E402
from desktop_app.services.evidence import folder as evidence_folder  # noqa: E402
from desktop_app.storage.database import Database  # noqa: E402


def timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def unit_folder(root: Path, rng: random.Random) -> int:
    """1,000 files in 100 subfolders: item numbers in five forms, points, item words, and strays."""
    refs = items_of(rulesets.builtin_ruleset())
    forms = [
        lambda r: f"({r.no}){r.text[:8]}",
        lambda r: f"{r.no}、{r.text[:6]}",
        lambda r: f"第{r.no}项",
        lambda r: f"{r.no}-台账",
        lambda r: r.text[:14],
    ]
    count = 0
    for n in range(100):
        ref = refs[n % len(refs)]
        folder = root / f"{n // 20 + 1}.批次" / forms[n % len(forms)](ref)
        folder.mkdir(parents=True, exist_ok=True)
        for k in range(10):
            (folder / f"{k + 1}.材料{n:03d}-{k}.pdf").write_bytes(rng.randbytes(64))
            count += 1
    return count


def measure_folder(tmp: Path, db: Database, runs: int) -> list:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.gui.app import _application
    from desktop_app.gui.folder_import import FolderImportDialog

    count = unit_folder(tmp / "unit", random.Random(3))
    app = _application()
    units = ["市市场监管局"]

    def preview() -> None:
        with evidence_folder.prepare(db, tmp / "unit", unit="市市场监管局") as plan:
            dialog = FolderImportDialog(plan, units, "市市场监管局")
            dialog.show()
            app.processEvents()
            dialog.close()
            dialog.deleteLater()
            app.processEvents()

    preview()  # warm: the rule set's words and Qt's table classes
    seconds = statistics.median(timed(preview) for _ in range(runs))
    return [(f"unit folder of {count} files in 100 subfolders: matched and previewed", seconds, None, ("<", 2.0))]


def make_large(folder: Path, mb: int, rng: random.Random) -> None:
    folder.mkdir(parents=True)
    for n in range(3):
        (folder / f"视频{n}.mp4").write_bytes(rng.randbytes(mb * 1024 * 1024))


def make_small(folder: Path, count: int, rng: random.Random) -> None:
    folder.mkdir(parents=True)
    for n in range(count):
        sub = folder / f"第{n % 20}批"
        sub.mkdir(exist_ok=True)
        (sub / f"材料{n:05d}.pdf").write_bytes(rng.randbytes(20_000))


def hash_all(folder: Path) -> None:
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest = hashlib.sha256()
            with open(path, "rb") as fh:
                while chunk := fh.read(1024 * 1024):
                    digest.update(chunk)


def measure_filing(tmp: Path, name: str, files: Path, runs: int) -> list:
    subprocess.run(["sync"], check=True)
    copies, hashes, filings = [], [], []
    for run in range(runs + 1):
        subprocess.run(["cat", *map(str, files.rglob("*.*"))], stdout=subprocess.DEVNULL, check=True)  # warm
        target = tmp / f"copy{run}"
        copy = timed(lambda: (subprocess.run(["cp", "-r", str(files), str(target)], check=True), os.sync()))  # noqa: B023
        shutil.rmtree(target)
        os.sync()
        hashed = timed(lambda: hash_all(files))
        db = Database.open(tmp / f"data{run}")
        demo.build_small(db)
        os.sync()
        filed = timed(lambda: evidence.add_files(db, [files], item=85, unit="市教育局"))  # noqa: B023
        db.close()
        shutil.rmtree(tmp / f"data{run}", ignore_errors=True)
        if run:  # the first run warms
            copies.append(copy)
            hashes.append(hashed)
            filings.append(filed)
    copy, hashed, filed = statistics.median(copies), statistics.median(hashes), statistics.median(filings)
    slower = max(copy, hashed)
    return [
        (f"{name}: cp -r and sync (baseline)", copy, 1.0 if copy >= hashed else None, None),
        (f"{name}: hashlib SHA-256 (baseline)", hashed, 1.0 if hashed > copy else None, None),
        (f"{name}: filed as evidence", filed, filed / slower, ("≤", 1.2)),
    ]


def report(rows: list) -> None:
    print(f"{'measurement':70} {'seconds':>8} {'ratio':>7}  target  ok")
    for name, seconds, ratio, target in rows:
        ratio_text = f"{ratio:7.2f}" if ratio is not None else " " * 7
        if target is None:
            print(f"{name:70} {seconds:8.3f} {ratio_text}")
            continue
        sign, limit = target
        if sign == "<":
            ok = seconds < limit
            print(f"{name:70} {seconds:8.3f} {ratio_text}  <{limit}s   {'yes' if ok else 'NO'}")
        else:
            ok = ratio <= limit
            print(f"{name:70} {seconds:8.3f} {ratio_text}  ≤{limit}×   {'yes' if ok else 'NO'}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--large-mb", type=int, default=150)
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--only", choices=("folder", "filing"))
    args = parser.parse_args()
    rng = random.Random(7)
    rows: list = []
    with tempfile.TemporaryDirectory(dir=ROOT.parent) as tmp_name:  # the disk a data folder would be on
        tmp = Path(tmp_name)
        if args.only != "filing":
            db = Database.open(tmp / "demo")
            demo.build_small(db)
            rows += measure_folder(tmp, db, args.runs)
            db.close()
        if args.only != "folder":
            make_large(tmp / "large", args.large_mb, rng)
            rows += measure_filing(tmp, f"3 large files of {args.large_mb} MB", tmp / "large", args.runs)
            make_small(tmp / "small", args.small, rng)
            rows += measure_filing(tmp, f"{args.small} small files of 20 KB", tmp / "small", args.runs)
    report(rows)


if __name__ == "__main__":
    main()
