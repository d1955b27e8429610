"""Fonts for PDFs: the bundled CJK TrueType fonts and the machine's 公文 typefaces, embedded.

Each role of an official document (标宋 title, 黑体, 楷体, 仿宋 body) takes the machine's own face
where it has one, else the free face bundled for it (resources/fonts, made by installer/make_fonts.py),
so a bulletin looks like a 公文 on any PC. reportlab embeds TrueType (glyf) fonts only, and a
character missing from a font prints as a blank with no error: ``with_fallback`` sets such a
character in the bundled 黑体, and ``reports.pdf.build`` checks every drawn character against its font.
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


# -- the typefaces of an official document (GB/T 9704) ------------------------------------------------
#: role → font files to look for on the machine, best first. Only TrueType outlines can be embedded.
ROLE_FILES = {
    "title": ("FZXBSJW.TTF", "FZXBSK.TTF", "方正小标宋简体.ttf", "方正小标宋_GBK.TTF", "STZHONGS.TTF"),  # 小标宋
    "hei": ("simhei.ttf", "SimHei.ttf", "STHEITI.TTF"),  # 黑体
    "kai": ("simkai.ttf", "SIMKAI.TTF", "STKAITI.TTF", "楷体_GB2312.ttf"),  # 楷体
    "fang": ("simfang.ttf", "SIMFANG.TTF", "STFANGSO.TTF", "仿宋_GB2312.ttf"),  # 仿宋
    "song": ("simsun.ttc", "SimSun.ttf", "simsun.ttf", "STSONG.TTF"),  # 宋体 (page numbers)
}
#: role → the free face bundled for it (installer/make_fonts.py), when the machine has none of its own;
#: 黑体 is the bundled body font itself
BUNDLED_ROLES = {
    "title": "FandolSong-Bold-GB.ttf",
    "kai": "gkai00mp-GB.ttf",
    "fang": "FandolFang-Regular-GB.ttf",
    "song": "FandolFang-Regular-GB.ttf",  # no regular 宋体 is bundled: 仿宋's figures are of its kind
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
def role_font(role: str, *, machine: bool = True) -> str:
    """The registered name of the font for ``role`` (title, hei, kai, fang): the machine's own 公文
    face where it has one that can be embedded (unless ``machine`` is false), else the free face
    bundled for the role, else the bundled 黑体."""
    register()
    candidates = [_installed().get(name.lower()) for name in ROLE_FILES.get(role, ())] if machine else []
    if role in BUNDLED_ROLES:
        candidates.append(resource_path("fonts", BUNDLED_ROLES[role]))
    for index, path in enumerate(candidates):
        if path is None:
            continue
        name = f"FSD-{role}-{index}"
        if _register_file(name, path):
            return name
    return BODY


def _register_file(name: str, path: Path) -> bool:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        pdfmetrics.registerFont(TTFont(name, str(path)))
    except Exception:  # PostScript outlines or a damaged file: the caller tries the next
        return False
    return True


def has_glyph(font: str, char: str) -> bool:
    """Whether a registered TrueType font can print ``char``."""
    from reportlab.pdfbase import pdfmetrics

    face = getattr(pdfmetrics.getFont(font), "face", None)
    cmap = getattr(face, "charToGlyph", None)
    return cmap is None or ord(char) in cmap or char.isspace()


def with_fallback(markup: str, font: str) -> str:
    """Paragraph markup (already escaped) with each character ``font`` cannot print set in the bundled
    黑体, so a rare character in a name costs that character its face, not the whole document."""
    if font == BODY:
        return markup
    out: list[str] = []
    run: list[str] = []
    for char in markup:
        if has_glyph(font, char):
            if run:
                out.append(f'<font face="{BODY}">{"".join(run)}</font>')
                run = []
            out.append(char)
        else:
            run.append(char)
    if run:
        out.append(f'<font face="{BODY}">{"".join(run)}</font>')
    return "".join(out)


def font_file(font: str) -> str:
    """Which typeface a registered font is, for the record (e.g. 'simfang.ttf' or the bundled one)."""
    from reportlab.pdfbase import pdfmetrics

    return Path(pdfmetrics.getFont(font).face.filename).name
