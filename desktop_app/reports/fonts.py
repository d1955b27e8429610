"""Fonts for PDFs: the bundled CJK TrueType font, embedded, with a check that it has every glyph.

reportlab embeds TrueType (glyf) fonts only, and a character missing from a font prints as a
blank with no error, so text is checked against the font's character map before it is drawn.
"""

from __future__ import annotations

from functools import cache

from desktop_app.core.errors import KnownError
from desktop_app.core.i18n import tr
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


def missing_glyphs(text: str, font: str = BODY) -> set[str]:
    from reportlab.pdfbase import pdfmetrics

    register()
    cmap = pdfmetrics.getFont(font).face.charToGlyph
    return {ch for ch in set(text) if not ch.isspace() and ord(ch) not in cmap}


def check_text(text: str, font: str = BODY) -> None:
    """Refuse to print text the font cannot show (it would come out blank, silently)."""
    missing = missing_glyphs(text, font)
    if missing:
        raise KnownError(
            tr("Reports", "The font cannot print these characters: {0}").format(" ".join(sorted(missing)[:20]))
        )
