"""The layout every document the office sends up shares, after GB/T 9704-2012 (the monthly bulletin,
the 自查自评报告): A4; top margin 37 mm, left 28 mm, type area 156 × 225 mm; title 22 pt 小标宋, body
16 pt 仿宋 on a 29 pt line (22 lines a page), level-1 headings 黑体, level-2 楷体; page numbers
"— 1 —" in 14 pt, 7 mm below the type area, odd pages right and even pages left; tables in the
bundled face with a header repeated on every page.

Where the machine lacks a typeface the bundled font stands in; where a machine font lacks a character
the document prints, the bundled font takes over that role; every font is embedded and every
character checked before a byte is written. The same content gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop_app.reports import pdf
from desktop_app.reports.fonts import BODY, register, role_font
from desktop_app.reports.pdf import MissingGlyphs, escape

MM = 72 / 25.4
TOP, LEFT, WIDTH, HEIGHT = 37 * MM, 28 * MM, 156 * MM, 225 * MM
BODY_SIZE, LEADING, TITLE_SIZE, PAGE_NO_SIZE = 16, 29, 22, 14
CN_DIGITS = "〇一二三四五六七八九"
ROLES = ("title", "hei", "kai", "fang")


def chinese_number(n: int) -> str:
    """1–99 as 一 … 九十九 (months, days, headings)."""
    tens, ones = divmod(n, 10)
    return ("" if tens < 2 else CN_DIGITS[tens]) + ("十" if tens else "") + (CN_DIGITS[ones] if ones else "")


def chinese_date(day: dt.date) -> str:
    """二〇二五年三月二十六日, as official documents date themselves."""
    year = "".join(CN_DIGITS[int(d)] for d in str(day.year))
    return f"{year}年{chinese_number(day.month)}月{chinese_number(day.day)}日"


def arabic_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def paragraphs(text: str) -> list[str]:
    """A typed text's paragraphs, blank lines dropped."""
    return [p.strip() for p in text.replace("\r", "").split("\n") if p.strip()]


class OfficialDocument:
    """A document being laid out: add titles, headings, paragraphs and tables in order."""

    def __init__(self, fonts: dict[str, str]):
        from reportlab.lib.styles import ParagraphStyle

        self.fonts = fonts
        title_font, hei, kai, fang = (fonts[role] for role in ROLES)
        body = ParagraphStyle(
            "body", fontName=fang, fontSize=BODY_SIZE, leading=LEADING, wordWrap="CJK", firstLineIndent=2 * BODY_SIZE
        )
        self.body = body
        self.title_style = ParagraphStyle(
            "title", parent=body, fontName=title_font, fontSize=TITLE_SIZE, leading=36, alignment=1, firstLineIndent=0
        )
        self.number_style = ParagraphStyle("number", parent=body, fontName=kai, alignment=1, firstLineIndent=0)
        self.head1 = ParagraphStyle("head1", parent=body, fontName=hei)
        self.head2 = ParagraphStyle("head2", parent=body, fontName=kai)
        self.cell = ParagraphStyle("cell", parent=body, fontName=BODY, fontSize=10.5, leading=14, firstLineIndent=0)
        self.signature_style = ParagraphStyle(
            "signature", parent=body, alignment=2, firstLineIndent=0, rightIndent=2 * BODY_SIZE
        )
        self.story: list[Any] = []
        self._headings = 0

    # -- what a document is made of ---------------------------------------------------------------
    def title(self, text: str) -> None:
        from reportlab.platypus import Paragraph

        self.story.append(Paragraph(escape(text), self.title_style))

    def number(self, text: str) -> None:
        """The 期号 line under the title, in 楷体."""
        from reportlab.platypus import Paragraph

        self.story.append(Paragraph(escape(f"（{text}）"), self.number_style))

    def space(self, lines: float = 1) -> None:
        from reportlab.platypus import Spacer

        self.story.append(Spacer(1, LEADING * lines))

    def heading(self, name: str) -> None:
        """A level-1 heading, numbered 一、二、… in order."""
        from reportlab.platypus import Paragraph

        self._headings += 1
        self.story.append(Paragraph(escape(f"{chinese_number(self._headings)}、{name}"), self.head1))

    def subheading(self, text: str) -> None:
        from reportlab.platypus import Paragraph

        self.story.append(Paragraph(escape(text), self.head2))

    def para(self, text: str) -> None:
        from reportlab.platypus import Paragraph

        self.story.append(Paragraph(escape(text), self.body))

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        left: tuple[int, ...] = (0,),
        wrap: tuple[int, ...] = (),
        shaded: list[int] | None = None,
    ) -> None:
        """A table whose header repeats on every page; columns in ``left`` are flush left (names), those
        in ``wrap`` wrap long text (the others are short and drawn as plain strings, which is fast);
        ``shaded`` rows (0 = the first data row) are subtotal lines, shaded like the header."""
        from reportlab.lib import colors
        from reportlab.platypus import Paragraph, Table, TableStyle

        cell = self.cell
        data: list[list[Any]] = [list(header)]
        data += [[Paragraph(escape(str(v)), cell) if i in wrap else str(v) for i, v in enumerate(row)] for row in rows]
        t = Table(data, colWidths=[w * MM for w in widths], repeatRows=1)
        grey = colors.Color(0.9, 0.9, 0.9)
        style: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), BODY),  # a cell's default, Helvetica, is not embedded
            ("FONTSIZE", (0, 0), (-1, -1), 10.5),
            ("LEADING", (0, 0), (-1, -1), 14),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), grey),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        style += [("ALIGN", (col, 1), (col, -1), "LEFT") for col in left]
        style += [("BACKGROUND", (0, r + 1), (-1, r + 1), grey) for r in shaded or ()]
        t.setStyle(TableStyle(style))
        self.story.append(t)
        self.space(0.5)

    def add(self, flowable: Any) -> None:
        """A flowable of the document's own (a chart)."""
        self.story.append(flowable)

    def signature(self, office: str, dated: str) -> None:
        from reportlab.platypus import Paragraph

        self.space()
        self.story.append(Paragraph(escape(office), self.signature_style))
        self.story.append(Paragraph(escape(dated), self.signature_style))


def write_official(
    path: Path, compose: Callable[[OfficialDocument], None], *, title: str, author: str, chain_head: str = ""
) -> None:
    """Lay out ``compose``'s document and write it atomically, in the machine's 小标宋/黑体/楷体/仿宋
    where it has them. A machine font that lacks a character the document prints (a rare name, say)
    gives way to the bundled font for its role; a character no font has is named and nothing is
    written. ``chain_head``, the history's chain head, is printed small opposite the page number."""
    fonts = {role: role_font(role) for role in ROLES}
    while True:
        try:
            _write(path, compose, fonts, title=title, author=author, chain_head=chain_head)
            return
        except MissingGlyphs as err:
            lacking = [role for role, font in fonts.items() if font != BODY and font in err.by_font]
            if not lacking:
                raise
            fonts.update(dict.fromkeys(lacking, BODY))


def _write(
    path: Path,
    compose: Callable[[OfficialDocument], None],
    fonts: dict[str, str],
    *,
    title: str,
    author: str,
    chain_head: str,
) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    register()
    pdf.cjk_line_breaking()  # no line starts with a comma or a closing mark
    doc = OfficialDocument(fonts)
    compose(doc)

    def page_number(canvas: Any, _doc: Any) -> None:
        n = canvas.getPageNumber()
        label = pdf.page_label(n)
        canvas.setFont(BODY, PAGE_NO_SIZE)
        y = A4[1] - TOP - HEIGHT - 7 * MM - PAGE_NO_SIZE
        if n % 2:  # odd pages: right, one character in
            canvas.drawRightString(LEFT + WIDTH - PAGE_NO_SIZE, y, label)
        else:
            canvas.drawString(LEFT + PAGE_NO_SIZE, y, label)
        if chain_head:  # the paper copy anchors the history as it stood, small, opposite the number
            canvas.saveState()
            canvas.setFont(BODY, 7)
            canvas.setFillGray(0.45)
            code = f"操作记录校验码：{chain_head[:16]}"
            if n % 2:
                canvas.drawString(LEFT, y, code)
            else:
                canvas.drawRightString(LEFT + WIDTH, y, code)
            canvas.restoreState()

    def template(file: Any) -> SimpleDocTemplate:
        return SimpleDocTemplate(
            file,
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=A4[0] - LEFT - WIDTH,
            topMargin=TOP,
            bottomMargin=A4[1] - TOP - HEIGHT,
            title=title,
            author=author,
            invariant=1,  # no creation time or random id: the same data gives the same bytes
            initialFontName=BODY,  # else every page opens with Helvetica, which is not embedded
        )

    pdf.build(template, doc.story, path, onFirstPage=page_number, onLaterPages=page_number)
