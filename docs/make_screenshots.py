"""Make the screenshots in docs/screenshots/ from demo data, with the program's own commands.

    python docs/make_screenshots.py

Builds the small demo campaign (seed 001, 昌都市) in a temporary data folder and renders
every page offscreen with ``foodsafety-desk screenshot``, so the pictures show the
program as it is now.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = ("home", "indicators", "tasks", "monthly", "evidence", "reports", "units", "settings")


def run(*args: str, data_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FOODSAFETY_DESK_LANG": "zh_CN"}
    subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *args], check=True, env=env)


def main() -> None:
    out = HERE / "screenshots"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "demo"
        run("demo", "--scale", "small", data_dir=data)
        for page in PAGES:
            target = out / f"{page}.png"
            run("screenshot", "--page", page, "--out", str(target), data_dir=data)
            print(f"wrote {target.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
