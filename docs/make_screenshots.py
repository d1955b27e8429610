"""Make the screenshots in docs/screenshots/ from demo data, with the program's own commands.

    python docs/make_screenshots.py

Builds the small demo campaign (seed 001, 昌都市) in a temporary data folder, files a few
sample documents as evidence, and renders every page offscreen with ``foodsafety-desk
screenshot``, so the pictures show the program as it is now.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = ("home", "indicators", "tasks", "monthly", "evidence", "reports", "units", "settings")
TABS = {"evidence-coverage": ("evidence", 1), "evidence-checks": ("evidence", 2)}
SAMPLES = [  # item, unit, category, file name, text
    (
        "85",
        "市教育局",
        "台账",
        "学校食堂明厨亮灶建设台账.txt",
        "全市学校食堂“互联网+明厨亮灶”建设台账\n已接入平台的学校食堂名单。",
    ),
    ("85", "卡若区", "工作总结", "卡若区明厨亮灶工作总结.txt", "卡若区推进学校食堂明厨亮灶工作总结。"),
    ("1", "市食安办", "会议纪要", "食品安全委员会全体会议纪要.txt", "市食品安全委员会全体会议纪要，研究部署创建工作。"),
    ("7", "市市场监管局", "文件制度", "食品安全风险分级管理办法.txt", "食品生产经营风险分级管理办法。"),
]


def run(*args: str, data_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FOODSAFETY_DESK_LANG": "zh_CN"}
    subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *args], check=True, env=env)


def main() -> None:
    out = HERE / "screenshots"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "demo"
        run("demo", "--scale", "small", data_dir=data)
        for item, unit, category, name, text in SAMPLES:
            path = Path(tmp) / name
            path.write_text(text, encoding="utf-8")
            run("evidence", "add", "--item", item, "--unit", unit, "--category", category, str(path), data_dir=data)
        shots = {page: (page, 0) for page in PAGES} | TABS
        for name, (page, tab) in shots.items():
            target = out / f"{name}.png"
            run("screenshot", "--page", page, "--tab", str(tab), "--out", str(target), data_dir=data)
            print(f"wrote {target.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
