"""Fonts for PDFs: the bundled CJK TrueType font and the machine's 公文 typefaces, embedded.

reportlab embeds TrueType (glyf) fonts only, and a character missing from a font prints as a
blank with no error: ``reports.pdf.build`` checks every drawn character against its font.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from desktop_app.paths import resource_path

BODY = "FSD-Hei"
BUNDLED = ("wqy-microhei.ttc", 0)


@cache
def register() -> str:
    """Register the bundled font with reportlab (once); returns its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name, index = BUNDLED
    pdfmetrics.registerFont(TTFont(BODY, str(resource_path("fonts", name)), subfontIndex=index))
    return BODY


# -- the typefaces of an official document (GB/T 9704), where the machine has them ---------------------
#: role → font files to look for, best first. Only TrueType outlines can be embedded.
ROLE_FILES = {
    "title": ("FZXBSJW.TTF", "FZXBSK.TTF", "方正小标宋简体.ttf", "STZHONGS.TTF", "simhei.ttf"),  # 小标宋
    "hei": ("simhei.ttf", "SimHei.ttf", "STHEITI.TTF"),  # 黑体
    "kai": ("simkai.ttf", "SIMKAI.TTF", "STKAITI.TTF", "LXGWWenKai-Regular.ttf"),  # 楷体
    "fang": ("simfang.ttf", "SIMFANG.TTF", "STFANGSO.TTF"),  # 仿宋
}


def _font_dirs() -> list[Path]:
    import os

    dirs = []
    for var, sub in (("WINDIR", "Fonts"), ("LOCALAPPDATA", "Microsoft/Windows/Fonts")):
        if os.environ.get(var):
            dirs.append(Path(os.environ[var]) / sub)
    dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".local/share/fonts"]
    dirs.append(Path.home() / ".fonts")
    extra = os.environ.get("FOODSAFETY_DESK_FONT_DIRS", "")
    return [Path(d) for d in extra.split(os.pathsep) if d] + [d for d in dirs if d.is_dir()]


@cache
def _installed() -> dict[str, Path]:
    """Font files on this machine by lower-case file name (one walk)."""
    import os

    found: dict[str, Path] = {}
    for folder in _font_dirs():
        for root, _dirs, files in os.walk(folder):
            for name in files:
                found.setdefault(name.lower(), Path(root) / name)
    return found


@cache
def role_font(role: str) -> str:
    """The registered name of the machine's font for ``role`` (title, hei, kai, fang), or the bundled
    font when the machine has none that can be embedded."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    register()
    for name in ROLE_FILES.get(role, ()):
        path = _installed().get(name.lower())
        if path is None:
            continue
        try:
            pdfmetrics.registerFont(TTFont(f"FSD-{role}", str(path)))
        except Exception:  # PostScript outlines or a damaged file: try the next
            continue
        return f"FSD-{role}"
    return BODY


def font_file(font: str) -> str:
    """Which typeface a registered font is, for the record (e.g. 'simfang.ttf' or the bundled one)."""
    from reportlab.pdfbase import pdfmetrics

    return Path(pdfmetrics.getFont(font).face.filename).name
