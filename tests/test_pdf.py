"""The PDF writers' shared parts: every drawn character is checked against its font, whatever
draws it (a paragraph, a table cell, a footer on the canvas), and nothing is written when one fails."""

import subprocess

import pytest

from desktop_app.reports import pdf
from desktop_app.reports.fonts import BODY, register


def _template(file):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    return SimpleDocTemplate(file, pagesize=A4, initialFontName=BODY, invariant=1)


def _story(text):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table

    register()
    style = ParagraphStyle("body", fontName=BODY, fontSize=12, leading=18, wordWrap="CJK")
    table = Table([["单位", text]], style=[("FONTNAME", (0, 0), (-1, -1), BODY)])
    return [Paragraph(pdf.escape(f"正文 <{text}> & 其他"), style), table]


def test_what_is_drawn_is_checked_and_written(tmp_path):
    target = tmp_path / "a.pdf"
    pdf.build(_template, _story("市食安办"), target)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "正文 <市食安办> & 其他" in text and "单位" in text


@pytest.mark.parametrize("where", ["paragraph", "table", "footer"])
def test_a_character_the_font_lacks_is_named_wherever_it_is_drawn(tmp_path, where):
    rare = "𪚥"
    target = tmp_path / "b.pdf"
    story = _story(rare if where in ("paragraph", "table") else "正常")
    if where == "table":
        story = story[1:]

    def footer(canvas, doc):  # a sentence typed into a footer, which no list of characters names
        canvas.setFont(BODY, 9)
        canvas.drawString(72, 30, f"第{doc.page}页 {rare}" if where == "footer" else f"第{doc.page}页")

    with pytest.raises(pdf.MissingGlyphs) as caught:
        pdf.build(_template, story, target, onFirstPage=footer, onLaterPages=footer)
    assert rare in caught.value.message
    assert not target.exists()


def test_no_line_starts_with_a_comma():
    pdf.cjk_line_breaking()
    from reportlab.platypus import paragraph

    assert all(ch in paragraph.ALL_CANNOT_START for ch in "，：；。、》”")
