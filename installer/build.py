"""Build the one-folder program (PyInstaller) and, on Windows, the installer (Inno Setup).

    python installer/build.py            # icon, frozen build, frozen self-test, installer if ISCC is found
    python installer/build.py --icon     # only the Windows icon (installer/build/app.ico)

Needs ``pip install pyinstaller`` in the build environment. The Windows build must be made on
Windows; on Linux the same script makes a Linux bundle (useful to check the spec).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUILD = HERE / "build"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def make_icon(target: Path = BUILD / "app.ico") -> Path:
    """Render resources/icons/app.svg into a 256-pixel .ico (Windows scales it) with Qt's image writer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QIcon, QImageWriter, QPixmap

    app = QGuiApplication.instance() or QGuiApplication([])
    icon = QIcon(str(ROOT / "resources" / "icons" / "app.svg"))
    target.parent.mkdir(parents=True, exist_ok=True)
    largest: QPixmap = icon.pixmap(256, 256)
    writer = QImageWriter(str(target), b"ico")
    if not writer.write(largest.toImage()):
        raise SystemExit(f"cannot write {target}: {writer.errorString()}")
    for size in ICON_SIZES:  # PNGs of each size, for Linux desktop files and the docs
        icon.pixmap(size, size).save(str(BUILD / f"app-{size}.png"))
    del app
    return target


def freeze() -> Path:
    dist = ROOT / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(dist),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(HERE / "foodsafety-desk.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return dist / "FoodSafetyDesk"


def self_test(bundle: Path) -> None:
    exe = bundle / ("foodsafety-desk.exe" if os.name == "nt" else "foodsafety-desk")
    result = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True, encoding="utf-8")
    print(result.stdout)
    if result.returncode != 0:
        raise SystemExit(f"the frozen self-test failed:\n{result.stderr}")


def installer() -> None:
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    if os.name != "nt" or not iscc:
        print("Inno Setup (ISCC) not found: installer not built")
        return
    from desktop_app import __version__

    env = {**os.environ, "FOODSAFETY_DESK_VERSION": __version__}
    subprocess.run([iscc, str(HERE / "foodsafety-desk.iss")], check=True, env=env)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--icon", action="store_true", help="only make the icon")
    args = parser.parse_args()
    print(f"icon: {make_icon()}")
    if args.icon:
        return
    bundle = freeze()
    self_test(bundle)
    installer()


if __name__ == "__main__":
    main()
