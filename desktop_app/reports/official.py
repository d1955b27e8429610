"""The layout every document the office sends up shares, after GB/T 9704-2012 (the monthly bulletin,
the 自查自评报告): A4; top margin 37 mm, left 28 mm, type area 156 × 225 mm holding 22 lines of 28
characters; title 22 pt 小标宋, body 16 pt 仿宋, level-1 headings 黑体, level-2 楷体; 避头尾 in every
line (reports.typeset); page numbers "— 1 —" in 14 pt, 7 mm below the type area, odd pages right and
even pages left.

A document may carry a 版头 (the red 发文机关标志, the 期号 line and a red separator), its long tables
and charts as 附件 after the signature (each on a page of its own, with the 附件说明 under the body),
and a 版记 (抄送, 印发) at the foot of its last page. No table leaves fewer than 3 rows at a page foot
or begins a page with fewer than 3; its header repeats on every page.

Each role takes the machine's own face where it has one and the bundled free face otherwise; a
character a face lacks is set in the bundled 黑体; every font is embedded and every character checked
before a byte is written. The same content gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from desktop_app.core.numbers import percent, percent_text, written_date
from desktop_app.reports import pdf
from desktop_app.reports.fonts import BODY, register, role_font
from desktop_app.reports.pdf import MissingGlyphs
from desktop_app.reports.typeset import Text, join_headings, keep_with_last

MM = 72 / 25.4
TOP, LEFT, WIDTH, HEIGHT = 37 * MM, 28 * MM, 156 * MM, 225 * MM
LINES, CHARS = 22, 28  # the grid of a body page
LEADING, PITCH = HEIGHT / LINES, WIDTH / CHARS
BODY_SIZE, TITLE_SIZE, PAGE_NO_SIZE, NOTE_SIZE = 16, 22, 14, 14
CN_DIGITS = "〇一二三四五六七八九"
ROLES = ("title", "hei", "kai", "fang", "song")
MIN_ROWS = 3  # a table leaves no fewer rows than this at a page foot, nor begins a page with fewer
RED = (0.86, 0.08, 0.08)
ANNEX_MARK = "\x1f"  # marks a reference to an attachment until the attachments are counted


@dataclass(frozen=True)
class Paper:
    """What frames a document: the 版头 above it and the 版记 below (settings 公文格式)."""

    masthead: tuple[str, ...] = ()  # 发文机关标志, a line each; none: no 版头
    red: bool = True  # the 版头 in red (or black, for offices that print in one colour)
    issue_line: str = ""  # the 期号 as printed: 第3期
    organ: str = ""  # on the left of the line above the separator, the date on its right
    dated: str = ""
    copy_to: str = ""  # 抄送
    printed_by: str = ""  # 印发机关; with printed_on, the 版记's last line
    printed_on: str = ""

    @property
    def has_masthead(self) -> bool:
        return bool(self.masthead)

    @property
    def has_colophon(self) -> bool:
        return bool(self.copy_to or self.printed_by)


def chinese_number(n: int) -> str:
    """1–99 as 一 … 九十九 (months, days, headings)."""
    tens, ones = divmod(n, 10)
    return ("" if tens < 2 else CN_DIGITS[tens]) + ("十" if tens else "") + (CN_DIGITS[ones] if ones else "")


def chinese_date(day: dt.date) -> str:
    """二〇二五年三月二十六日, as official documents date themselves."""
    year = "".join(CN_DIGITS[int(d)] for d in str(day.year))
    return f"{year}年{chinese_number(day.month)}月{chinese_number(day.day)}日"


#: 2025年3月26日: the 成文日期 in Arabic numerals, as GB/T 9704-2012 7.3.5.1 has it
arabic_date = written_date


#: the word a document uses for the whole of its region, by how the region's name ends
_WHOLE = (("示范区", "全示范区"), ("新区", "全新区"), ("开发区", "全开发区"), ("区", "全区"), ("县", "全县"),
          ("旗", "全旗"), ("州", "全州"), ("盟", "全盟"), ("市", "全市"))  # fmt: skip


def whole_region(region: str) -> str:
    """全市, 全区, 全县, 全示范区 …: the region's own word for all of it (a city's campaign is 全市).

    >>> [whole_region(r) for r in ("昌都市", "开州区", "济源示范区", "某县", "")]
    ['全市', '全区', '全示范区', '全县', '全市']
    """
    name = (region or "").strip()
    return next((word for ending, word in _WHOLE if name.endswith(ending)), "全市")


_LEVELS = (
    (re.compile(r"^[一二三四五六七八九十]+、"), "heading"),  # 一、 in 黑体
    (re.compile(r"^[（(][一二三四五六七八九十]+[）)]"), "subheading"),  # （一） in 楷体
)


def typed_level(text: str) -> str:
    """How a paragraph the office typed is set: a line opening with 一、 as a level-1 heading (黑体),
    with （一） as a level-2 one (楷体), anything else (1. and （1） too) as body text (仿宋)."""
    for pattern, kind in _LEVELS:
        if pattern.match(text):
            return kind
    return "para"


HEADING_SENTENCE = 40  # the longest heading sentence that runs on into its paragraph


def heading_sentence(text: str) -> tuple[str, str]:
    """A numbered paragraph's heading sentence and the body text after it, as GB/T 9704 sets a
    "（一）加强领导。各单位要……" paragraph: the sentence up to its first 。 in the heading's face, the rest
    in 仿宋. ("", text) where the paragraph is a heading alone or no short sentence opens it.

    >>> heading_sentence("（一）加强组织领导。成立创建工作领导小组。")
    ('（一）加强组织领导。', '成立创建工作领导小组。')
    >>> heading_sentence("（一）加强组织领导")
    ('', '（一）加强组织领导')
    """
    end = text.find("。")
    if 0 < end < HEADING_SENTENCE and end + 1 < len(text):
        return text[: end + 1], text[end + 1 :]
    return "", text


def plain_number(value: float | None) -> str:
    """A score or value as a person writes it: 3, 2.5, — for none."""
    if value is None:
        return "—"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


@dataclass(frozen=True)
class Share:
    """A share printed as a whole per cent (core.numbers.percent, one rounding rule): "67%" on paper,
    the number 0.67 shown as 67% in a workbook."""

    part: int
    whole: int
    sheet_format = "0%"

    def __str__(self) -> str:
        return percent_text(self.part, self.whole)

    @property
    def sheet_value(self) -> float | None:
        """The share as a workbook holds it (None where there is nothing to count: printed "—")."""
        return percent(self.part, self.whole) / 100 if self.whole > 0 else None


@dataclass(frozen=True)
class Amount:
    """A score or a count printed as a person writes it (3, 2.5, — for none), a number in a workbook."""

    value: float | None
    sheet_format = "General"

    def __str__(self) -> str:
        return plain_number(self.value)

    @property
    def sheet_value(self) -> float | int | None:
        if self.value is None:
            return None
        return int(self.value) if float(self.value).is_integer() else float(self.value)


def paragraphs(text: str) -> list[str]:
    """A typed text's paragraphs, blank lines dropped."""
    return [p.strip() for p in text.replace("\r", "").split("\n") if p.strip()]


@dataclass
class TableSpec:
    """A table as the document holds it, before either writer lays it out."""

    header: list[str]
    rows: list[list[object]]
    widths: list[float]  # mm; scaled down to the type area where they exceed it
    left: tuple[int, ...] = (0,)  # columns flush left (names)
    wrap: tuple[int, ...] = ()  # columns of long text that may wrap (others are widened to fit, where they can)
    shaded: list[int] = field(default_factory=list)  # subtotal rows (0 = the first data row)
    name: str = ""  # what the table is: its 附件's title or its section's heading (the sheet's name)


CELL_SIZE, CELL_LEADING = 10.5, 14  # a table's type, in points
CELL_PAD = 12.0  # the room a cell's text leaves to its rules, both sides together, in points
WIDTH_MM = 156.0
WRAP_FLOOR_MM = 24.0  # a column of long text is narrowed no further than this to widen others


def ems(text: str) -> float:
    """How wide a text is set, in its size: a Chinese character 1 (and one of ambiguous width, — “ ”,
    as Chinese faces set them), any other about 0.55."""
    import unicodedata

    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.55 for ch in text)


def set_width(text: str) -> float:
    """``ems`` with a quarter em where Chinese meets a figure or a Latin letter: the space LibreOffice
    puts there whatever the file asks (Word leaves it out when told), so a date fits either way."""
    import unicodedata

    wide = [unicodedata.east_asian_width(ch) in "WFA" for ch in text if not ch.isspace()]
    return ems(text) + 0.25 * sum(1 for a, b in pairwise(wide) if a != b)


def column_widths(spec: TableSpec) -> list[float]:
    """The table's column widths in mm, as both writers draw them: its own, scaled into the type area,
    then each column that should not wrap (not in ``spec.wrap``: dates and ranges, figures, names)
    widened to its longest cell, up to half the line, where the other columns can give the room
    (columns of long text down to WRAP_FLOOR_MM, others to their own longest cell), the least short
    first. What still does not fit wraps in its cell.

    >>> spec = TableSpec(["名称", "完成时限"], [["甲", "2022年12月—2023年6月"]], [130, 26], wrap=(0,))
    >>> [round(w) for w in column_widths(spec)]
    [104, 52]
    """
    scale = min(1.0, WIDTH_MM / (sum(spec.widths) or 1))
    widths = [w * scale for w in spec.widths]
    if not spec.rows:
        return widths
    to_mm = 25.4 / 72

    def need(col: int) -> float:
        longest = max(set_width(str(row[col])) for row in spec.rows if col < len(row)) if spec.rows else 0.0
        return min(longest * CELL_SIZE + CELL_PAD + 1, WIDTH_MM * 0.6 / to_mm) * to_mm

    needs = [need(c) for c in range(len(widths))]
    # a column of text longer than half a line wraps anyway: it gives room, as the long-text ones do
    wraps = set(spec.wrap) | {c for c in range(len(widths)) if needs[c] > WIDTH_MM / 2}
    floors = [min(w, WRAP_FLOOR_MM) if c in wraps else min(w, needs[c]) for c, w in enumerate(widths)]
    for col in sorted(range(len(widths)), key=lambda c: needs[c] - widths[c]):  # the least short first
        short = needs[col] - widths[col]
        if col in wraps or short <= 0:
            continue
        spare = {c: widths[c] - floors[c] for c in range(len(widths)) if c != col and widths[c] > floors[c]}
        room = sum(spare.values())
        if room <= 0:
            continue
        take = min(short, room)
        for c, free in spare.items():
            widths[c] -= take * free / room
        widths[col] += take
        floors[col] = widths[col]
    return widths


#: words a title is not broken inside (a place and a body's name, the kind of document)
TITLE_WORDS = (
    "食品安全", "示范城市", "示范区", "创建工作", "推进情况", "工作通报", "自查自评报告", "催办通知单",
    "尚缺材料清单", "实施方案", "成员单位", "委员会", "办公室",
)  # fmt: skip
_PLACE = re.compile(r"^[^\d\s（(《]{2,5}?[省市区县州旗盟]")


def title_pieces(text: str) -> list[str]:
    """A title cut where a line may break: never inside a place's name at its start (昌都市, 开州区,
    济源示范区), a word of TITLE_WORDS, a number or a Latin word.

    >>> title_pieces("昌都市食品安全工作通报")
    ['昌都市', '食品安全', '工作通报']
    """
    from desktop_app.reports.typeset import tokens

    pieces: list[str] = []
    place = _PLACE.match(text)
    if place:
        pieces.append(place.group(0))
        text = text[place.end() :]
    while text:
        word = next((w for w in TITLE_WORDS if text.startswith(w)), None)
        if word:
            pieces.append(word)
            text = text[len(word) :]
        else:
            first = tokens(text)[0]
            pieces.append(first)
            text = text[len(first) :]
    return pieces


def title_lines(text: str, chars: float) -> list[str]:
    """A title broken into lines of at most ``chars`` full-width characters at word boundaries
    (``title_pieces``), as the Word copy breaks it; the PDF breaks it the same way with its own
    measure of each piece."""
    from desktop_app.reports.typeset import break_lines

    pieces = title_pieces(text)
    return ["".join(pieces[a:b]) for a, b in break_lines(pieces, ems, chars, chars)]


class Figure:
    """A drawing the document makes itself (a chart): plain data, drawn by ``flowable`` once
    reportlab is loaded. The PDF draws it; the Word copy shows a picture of it."""

    def flowable(self) -> Any:
        raise NotImplementedError


@dataclass
class Block:
    """One piece of a document: title, number, space, heading, subheading, para, plain, table or
    figure. A para may open with a heading sentence (``lead``) set in ``lead_role``'s face."""

    kind: str
    text: str = ""
    lines: float = 0
    table: TableSpec | None = None
    figure: Figure | None = None
    lead: str = ""
    lead_role: str = ""


class OfficialDocument:
    """A document being composed: add titles, headings, paragraphs and tables in order; what is added
    inside ``with doc.attachment(title):`` goes to an 附件 after the signature. It only records what
    was added; ``pdf_story`` lays it out for the PDF and ``reports.word`` for the Word copy."""

    def __init__(self) -> None:
        self.body: list[Block] = []
        self.blocks = self.body  # where additions go now (the body or an attachment)
        self.attachments: list[tuple[str, list[Block]]] = []
        self.signed: tuple[str, str] | None = None
        self._headings = 0
        self._section = ""  # the last heading's name: what a body table is called

    # -- what a document is made of ---------------------------------------------------------------
    def title(self, text: str) -> None:
        """The title, in 小标宋, centred; a long one wraps."""
        self.blocks.append(Block("title", text))

    def number(self, text: str) -> None:
        """A line under the title (a snapshot's name, a 期号 without 版头), in 楷体."""
        self.blocks.append(Block("number", f"（{text}）"))

    def space(self, lines: float = 1) -> None:
        self.blocks.append(Block("space", lines=lines))

    def heading(self, name: str) -> None:
        """A level-1 heading, numbered 一、二、… in order, in 黑体."""
        self._headings += 1
        self._section = name
        self.blocks.append(Block("heading", f"{chinese_number(self._headings)}、{name}"))

    def subheading(self, text: str) -> None:
        """A level-2 heading (（一）…), in 楷体."""
        self.blocks.append(Block("subheading", text))

    def para(self, text: str) -> None:
        """A body paragraph, its first line two characters in."""
        self.blocks.append(Block("para", text))

    def typed(self, text: str) -> None:
        """A paragraph the office typed, set by its numbering (``typed_level``): its own 一、 and （一）
        as headings of their level, without the document's numbering; a heading sentence running on
        into body text (``heading_sentence``) is set in the heading's face, the rest as body text."""
        level = typed_level(text)
        lead, rest = heading_sentence(text) if level != "para" else ("", text)
        if lead:
            self.blocks.append(Block("para", rest, lead=lead, lead_role="hei" if level == "heading" else "kai"))
        else:
            self.blocks.append(Block(level, text))

    def plain(self, text: str) -> None:
        """A line from the left margin: the 主送机关 (市教育局：)."""
        self.blocks.append(Block("plain", text))

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        left: tuple[int, ...] = (0,),
        wrap: tuple[int, ...] = (),
        shaded: list[int] | None = None,
        name: str = "",
    ) -> None:
        """A table whose header repeats on every page; columns in ``left`` are flush left (names), those
        in ``wrap`` wrap long text; ``shaded`` rows (0 = the first data row) are subtotal lines. Its
        ``name`` (a workbook's sheet) is by default its 附件's title or its section's heading."""
        if not name:
            name = self.attachments[-1][0] if self.blocks is not self.body else self._section
        spec = TableSpec(list(header), [list(r) for r in rows], list(widths), left, wrap, list(shaded or ()), name)
        self.blocks.append(Block("table", table=spec))

    def add(self, figure: Figure) -> None:
        """A figure the document draws itself (a chart)."""
        self.blocks.append(Block("figure", figure=figure))

    def tables(self) -> list[TableSpec]:
        """Every table in the order the document prints them: the body's, then each 附件's."""
        every = [*self.body, *(b for _, blocks in self.attachments for b in blocks)]
        return [b.table for b in every if b.kind == "table" and b.table is not None]

    @contextmanager
    def attachment(self, title: str) -> Iterator[None]:
        """What is added inside goes to 附件N (N in order), after the signature, on pages of its own."""
        blocks: list[Block] = []
        self.attachments.append((title, blocks))
        self.blocks = blocks
        try:
            yield
        finally:
            self.blocks = self.body

    def refer(self, title: str) -> str:
        """How the body points to an attachment about to be made: （见附件N）, or （见附件） where it
        turns out to be the only one (settled when the document is put together)."""
        return f"（见{ANNEX_MARK}{len(self.attachments) + 1}{ANNEX_MARK}）" if title else ""

    def signature(self, office: str, dated: str) -> None:
        """The 发文机关署名 and 成文日期, after the body and its 附件说明."""
        self.signed = (office, dated)

    # -- what both writers share ------------------------------------------------------------------
    def resolved(self, text: str) -> str:
        """A text with its references to attachments settled (附件 alone where there is one)."""
        if ANNEX_MARK not in text:
            return text
        only = len(self.attachments) == 1
        return re.sub(f"{ANNEX_MARK}(\\d+){ANNEX_MARK}", lambda m: "附件" if only else f"附件{m.group(1)}", text)

    def annex_note(self) -> list[str]:
        """The 附件说明 under the body: 附件：名称, or 附件：1.名称 with the others under it."""
        names = [title for title, _ in self.attachments]
        if len(names) <= 1:
            return [f"附件：{name}" for name in names]
        return [f"附件：1.{names[0]}", *(f"{n}.{name}" for n, name in enumerate(names[1:], start=2))]

    def annex_label(self, n: int) -> str:
        return f"附件{n}" if len(self.attachments) > 1 else "附件"


def signature_indents(office: str, dated: str) -> tuple[float, float]:
    """The right indents (in characters) of the office and the date: the date four characters in from
    the right, the office centred over it."""
    return max(0.0, 4 + (len(dated) - len(office)) / 2), 4.0


def pdf_story(doc: OfficialDocument, fonts: dict[str, str], paper: Paper) -> list[Any]:
    """The document laid out for reportlab, in order: 版头, body, 附件说明, signature, 附件, 版记."""
    from reportlab.platypus import PageBreak

    def text(value: str, role: str, **kwargs: Any) -> Any:
        kwargs.setdefault("pitch", PITCH)
        size = kwargs.pop("size", BODY_SIZE)
        return Text(doc.resolved(value), fonts[role], size, kwargs.pop("leading", LEADING), **kwargs)

    def laid_out(blocks: list[Block]) -> list[Any]:
        out: list[Any] = []
        for b in blocks:
            if b.kind == "title":
                out.append(
                    text(
                        b.text, "title", size=TITLE_SIZE, pitch=None, align="center", keep_with_next=True,
                        pieces=title_pieces,
                    )
                )  # fmt: skip
            elif b.kind == "number":
                out.append(text(b.text, "kai", align="center", keep_with_next=True))
            elif b.kind == "space":
                out.append(blank(b.lines))
            elif b.kind == "heading":
                out.append(text(b.text, "hei", indent=2, keep_with_next=True))
            elif b.kind == "subheading":
                out.append(text(b.text, "kai", indent=2, keep_with_next=True))
            elif b.kind == "para":
                lead = {"lead": (len(b.lead), fonts[b.lead_role])} if b.lead else {}
                out.append(text(b.lead + b.text, "fang", indent=2, **lead))
            elif b.kind == "plain":
                out.append(text(b.text, "fang"))
            elif b.kind == "table" and b.table is not None:
                table = _pdf_table(b.table)
                if out and getattr(out[-1], "keepWithNext", False):
                    out[-1:] = _heading_over_table(out[-1], table)
                out += [table, blank(0.5)]
            elif b.kind == "figure" and b.figure is not None:
                out.append(b.figure.flowable())
        return out

    story: list[Any] = _masthead(fonts, paper) if paper.has_masthead else []
    ending: list[Any] = []  # the 附件说明 and the signature, kept with the body's last lines
    if doc.attachments:
        ending.append(blank(1))
        for index, line in enumerate(doc.annex_note()):
            ending.append(text(line, "fang", indent=2 if index == 0 else 5))
    if doc.signed:
        office, dated = doc.signed
        office_indent, date_indent = signature_indents(office, dated)
        ending.append(blank(2 if doc.attachments else 1))
        ending.append(text(office, "fang", align="right", right_indent=office_indent * PITCH))
        ending.append(text(dated, "fang", align="right", right_indent=date_indent * PITCH))
    story += keep_with_last(join_headings(laid_out(doc.body)), ending)
    for n, (title, blocks) in enumerate(doc.attachments, start=1):
        story.append(PageBreak())
        story.append(text(doc.annex_label(n), "hei", pitch=None))
        story.append(blank(1))
        story.append(text(title, "title", size=TITLE_SIZE, pitch=None, align="center"))
        story.append(blank(1))
        story += join_headings(laid_out(blocks))
    if paper.has_colophon:
        story.append(colophon(paper, fonts["fang"]))
    return story


def _pdf_table(spec: TableSpec) -> Any:
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import TableStyle

    widths = [w * MM for w in column_widths(spec)]

    def cell(value: object, column: int, header: bool = False) -> Any:
        """The value as a plain string where it fits its column on one line, else wrapped in it."""
        shown = str(value)
        if "\n" not in shown and stringWidth(shown, BODY, CELL_SIZE) <= widths[column] - CELL_PAD:
            return shown
        align = "left" if column in spec.left and not header else "center"
        return Text(shown, BODY, CELL_SIZE, CELL_LEADING, align=align, middle=True)

    data: list[list[Any]] = [[cell(v, i, True) for i, v in enumerate(spec.header)]]
    data += [[cell(v, i) for i, v in enumerate(row)] for row in spec.rows]
    t = _table_class()(data, colWidths=widths, repeatRows=1)
    grey = colors.Color(0.9, 0.9, 0.9)
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), BODY),  # a cell's default, Helvetica, is not embedded
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), grey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("ALIGN", (col, 1), (col, -1), "LEFT") for col in spec.left]
    style += [("BACKGROUND", (0, r + 1), (-1, r + 1), grey) for r in spec.shaded]
    t.setStyle(TableStyle(style))
    return t


def _heading_over_table(heading: Any, table: Any) -> list[Any]:
    """A heading kept with the start of the table under it, not with the whole (reportlab would move a
    heading and a long table together to the next page, leaving this one blank): it goes to the next
    page only where the heading, the table's header and its first MIN_ROWS rows do not fit here."""
    from reportlab.platypus import CondPageBreak

    table.wrap(WIDTH, HEIGHT)
    need = heading.wrap(WIDTH, HEIGHT)[1] + sum(table._rowHeights[: 1 + MIN_ROWS])
    heading.keepWithNext = False
    return [CondPageBreak(need), heading]


def masthead_size(line: str, font: str) -> float:
    """The 发文机关标志's size: as large as fits the type area, up to 36 pt."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    natural = stringWidth(line, font, 1) or 1
    return float(max(16.0, min(36.0, WIDTH / natural * 0.98)))


def _masthead(fonts: dict[str, str], paper: Paper) -> list[Any]:
    """发文机关标志 in red 小标宋 as large as fits, the 期号 centred, the organ and the date, and the
    red separator; then a blank line before the title."""
    color = RED if paper.red else (0, 0, 0)
    story: list[Any] = []
    font = fonts["title"]
    for line in paper.masthead:
        size = masthead_size(line, font)
        story.append(Text(line, font, size, size * 1.35, align="center", color=color))
    story.append(blank(0.5))
    if paper.issue_line:
        story.append(Text(paper.issue_line, fonts["fang"], BODY_SIZE, LEADING, align="center"))
    story.append(separator(paper.organ, paper.dated, fonts["fang"], color))
    story.append(blank(1))
    return story


def blank(lines: float) -> Any:
    from reportlab.platypus import Spacer

    return Spacer(1, LEADING * lines)


def separator(left: str, right: str, font: str, color: tuple[float, float, float]) -> Any:
    """The line above the 版头's separator (organ left, date right, one character in) and the rule."""
    from reportlab.platypus import Flowable

    class _Separator(Flowable):
        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self.width = availWidth
            return availWidth, LEADING + 4 * MM

        def draw(self) -> None:
            c = self.canv
            baseline = 4 * MM + (LEADING - BODY_SIZE) / 2 + 0.14 * BODY_SIZE
            c.setFont(font, BODY_SIZE)
            if left:
                c.drawString(BODY_SIZE, baseline, left)
            if right:
                c.drawRightString(self.width - BODY_SIZE, baseline, right)
            c.setStrokeColorRGB(*color)
            c.setLineWidth(1.5)
            c.line(0, 1 * MM, self.width, 1 * MM)

    return _Separator()


def colophon(paper: Paper, font: str) -> Any:
    """The 版记 at the foot of the last page: 抄送 and 印发 between rules, in 4号 仿宋, one character in
    on both sides; it takes the rest of the page, or the next page where too little is left."""
    from reportlab.platypus import Flowable

    from desktop_app.reports.fonts import has_glyph

    row = NOTE_SIZE * 2.1

    def face(text: str) -> str:
        return font if all(has_glyph(font, ch) for ch in text) else BODY

    class _Colophon(Flowable):
        def lines(self) -> list[tuple[str, str]]:
            out = []
            if paper.copy_to:
                out.append((f"抄送：{paper.copy_to.rstrip('。')}。", ""))
            if paper.printed_by or paper.printed_on:
                out.append((paper.printed_by, f"{paper.printed_on}印发" if paper.printed_on else ""))
            return out

        def own_height(self) -> float:
            return row * len(self.lines()) + 2

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self.width = availWidth
            need = self.own_height()
            self.height = availHeight if availHeight >= need else need
            return availWidth, self.height

        def draw(self) -> None:
            c = self.canv
            c._fsd_ends_here = True  # the document's last page (the check code goes there)
            lines = self.lines()
            for index, (left, right) in enumerate(reversed(lines)):
                y = row * index
                c.setLineWidth(0.35 * MM if index == 0 else 0.25 * MM)
                c.line(0, y, self.width, y)
                baseline = y + (row - NOTE_SIZE) / 2 + 0.14 * NOTE_SIZE
                c.setFont(face(left), NOTE_SIZE)
                c.drawString(NOTE_SIZE, baseline, left)
                if right:
                    c.setFont(face(right), NOTE_SIZE)
                    c.drawRightString(self.width - NOTE_SIZE, baseline, right)
            c.setLineWidth(0.35 * MM)
            top = row * len(lines)
            c.line(0, top, self.width, top)

    return _Colophon()


def _end_mark() -> Any:
    """A flowable of no size at the story's end: it marks the page it lands on as the last."""
    from reportlab.platypus import Flowable

    class _EndMark(Flowable):
        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            self.canv._fsd_ends_here = True

    return _EndMark()


def _table_class() -> type:
    """reportlab's table that leaves no fewer than MIN_ROWS rows at a page foot and begins no page
    with fewer (a table shorter than twice that is kept whole where it fits a page)."""
    from reportlab.platypus import Table

    class KeptTable(Table):
        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            parts: list[Any] = super().split(availWidth, availHeight)
            if len(parts) != 2:
                return parts
            # at the top of a page already, rows too tall to keep the rule leave no choice
            give_up: list[Any] = parts if availHeight > HEIGHT - LEADING else []
            head = self.repeatRows
            first, second = (len(p._cellvalues) - head for p in parts)
            if first < MIN_ROWS:
                return give_up
            if second < MIN_ROWS:
                keep = first - (MIN_ROWS - second)
                if keep < MIN_ROWS:
                    return give_up
                heights = self._rowHeights
                room = sum(heights[: head + keep]) + 0.01
                parts = super().split(availWidth, room)
            return parts

    return KeptTable


def write_official(
    path: Path,
    compose: Callable[[OfficialDocument], None],
    *,
    title: str,
    author: str,
    chain_head: str = "",
    paper: Paper | None = None,
) -> str:
    """Lay out ``compose``'s document and write it atomically, in the machine's 小标宋/黑体/楷体/仿宋
    where it has them and the bundled faces otherwise; a role whose face lacks a character the
    document draws with it is set in the bundled 黑体. A character no face has at all is printed as □:
    the document is complete, and the characters replaced are returned for the clerk to be told.
    ``chain_head``, the history's chain head, is printed small on the last page; ``paper`` gives the
    版头 and 版记."""
    fonts = {role: role_font(role) for role in ROLES}
    paper = paper or Paper()
    replace = False
    while True:
        try:
            return _write(
                path, compose, fonts, title=title, author=author, chain_head=chain_head, paper=paper, replace=replace
            )
        except MissingGlyphs as err:
            lacking = [role for role, font in fonts.items() if font != BODY and font in err.by_font]
            if lacking:
                fonts.update(dict.fromkeys(lacking, BODY))
            else:
                replace = True


def _write(
    path: Path,
    compose: Callable[[OfficialDocument], None],
    fonts: dict[str, str],
    *,
    title: str,
    author: str,
    chain_head: str,
    paper: Paper,
    replace: bool,
) -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    register()
    doc = OfficialDocument()
    compose(doc)
    story = pdf_story(doc, fonts, paper)
    if not paper.has_colophon:  # the 版记 marks the last page itself (it fills the page: nothing fits after)
        story.append(_end_mark())

    y = A4[1] - TOP - HEIGHT - 7 * MM - PAGE_NO_SIZE
    number_font = fonts["song"]

    def page_number(canvas: Any, _doc: Any) -> None:
        n = canvas.getPageNumber()
        label = pdf.page_label(n)
        canvas.setFont(number_font, PAGE_NO_SIZE)  # 4号 宋体, as GB/T 9704-2012 7.5 has it
        if n % 2:  # odd pages: right, one character in
            canvas.drawRightString(LEFT + WIDTH - PAGE_NO_SIZE, y, label)
        else:
            canvas.drawString(LEFT + PAGE_NO_SIZE, y, label)

    def check_code(canvas: Any, _doc: Any) -> None:
        """The history's chain head, once: small, opposite the number on the document's last page
        (the page the story's end mark was drawn on)."""
        if not (chain_head and getattr(canvas, "_fsd_ends_here", False)):
            return
        canvas.saveState()
        canvas.setFont(BODY, 7)
        canvas.setFillGray(0.45)
        code = f"操作记录校验码：{chain_head[:16]}"
        if canvas.getPageNumber() % 2:
            canvas.drawString(LEFT, y, code)
        else:
            canvas.drawRightString(LEFT + WIDTH, y, code)
        canvas.restoreState()

    def template(file: Any) -> BaseDocTemplate:
        # the frame has no padding of its own: the type area is exactly 156 × 225 mm
        frame = Frame(
            LEFT,
            A4[1] - TOP - HEIGHT,
            WIDTH,
            HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="type-area",
        )
        return BaseDocTemplate(
            file,
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=A4[0] - LEFT - WIDTH,
            topMargin=TOP,
            bottomMargin=A4[1] - TOP - HEIGHT,
            pageTemplates=[PageTemplate(id="page", frames=[frame], onPage=page_number, onPageEnd=check_code)],
            title=title,
            author=author,
            invariant=1,  # no creation time or random id: the same data gives the same bytes
            initialFontName=BODY,  # else every page opens with Helvetica, which is not embedded
        )

    return pdf.build(template, story, path, replace=replace)
