"""Print a Word or Excel file as an office would see it: LibreOffice converts it to PDF headless, in a
home of its own whose fonts are the program's bundled 公文 faces, answering to the names Windows and
WPS give them (仿宋_GB2312, 楷体_GB2312, 方正小标宋简体, 黑体, 宋体), as a Chinese office PC has them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from desktop_app.paths import resource_path

#: the name a document asks for → the bundled face that stands for it
ALIASES = {
    "仿宋_GB2312": "FSD Fangsong",
    "仿宋": "FSD Fangsong",
    "宋体": "FSD Fangsong",
    "楷体_GB2312": "FSD Kaiti",
    "楷体": "FSD Kaiti",
    "方正小标宋简体": "FSD Biaosong",
    "黑体": "WenQuanYi Micro Hei",
}


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def office_home(root: Path) -> Path:
    """A home folder for LibreOffice with the bundled faces installed for it."""
    home = root / "office-home"
    fonts = home / ".fonts"
    if fonts.is_dir():
        return home
    fonts.mkdir(parents=True)
    for font in resource_path("fonts").iterdir():
        if font.suffix in (".ttf", ".ttc"):
            shutil.copyfile(font, fonts / font.name)
    aliases = "\n".join(
        f'  <alias binding="same"><family>{name}</family><prefer><family>{face}</family></prefer></alias>'
        for name, face in ALIASES.items()
    )
    config = home / ".config" / "fontconfig"
    config.mkdir(parents=True)
    (config / "fonts.conf").write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n{aliases}\n</fontconfig>\n',
        encoding="utf-8",
    )
    return home


def print_pdf(files: list[Path], out: Path, root: Path) -> list[Path]:
    """Each file printed to PDF by LibreOffice into ``out``; the PDFs, in order."""
    program = soffice()
    assert program, "LibreOffice is not installed"
    home = office_home(root)
    subprocess.run(
        [program, "--headless", "--convert-to", "pdf", "--outdir", str(out), *map(str, files)],
        capture_output=True,
        check=True,
        timeout=240,
        env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
    )
    return [out / (f.stem + ".pdf") for f in files]


def pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))
