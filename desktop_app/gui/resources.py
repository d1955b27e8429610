"""Fonts and icons shipped in resources/."""

from __future__ import annotations

from functools import cache

from desktop_app.gui.qt import QFont, QFontDatabase, QFontMetrics, QIcon
from desktop_app.paths import resource_path

UI_FONT_FILES = ("wqy-microhei.ttc",)
PREFERRED_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)


@cache
def register_fonts() -> tuple[str, ...]:
    """Register the bundled CJK font(s); returns their family names."""
    families: list[str] = []
    for name in UI_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


def ui_font(point_size: float = 10) -> QFont:
    """A UI font that has Chinese: the system's if present, else the bundled one."""
    installed = set(QFontDatabase.families())
    family = next((f for f in PREFERRED_FAMILIES if f in installed), None) or (register_fonts() or ("",))[0]
    font = QFont(family)
    font.setPointSizeF(point_size)
    return font


def covers(font: QFont, text: str) -> bool:
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(ord(ch)) for ch in text if not ch.isspace())


def app_icon() -> QIcon:
    """The program's icon (scalable; the Windows .ico is made from it by installer/build.py)."""
    return QIcon(str(resource_path("icons", "app.svg")))
