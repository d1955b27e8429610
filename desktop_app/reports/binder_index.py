"""The printed index of the inspection binder: a table of contents, then each item that has materials,
numbered as the binder's folders are, with its files (dates and 文号 each on one line); and the
尚缺材料清单, the office's own list of what is still missing."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from desktop_app.core.numbers import written_date
from desktop_app.reports import pdf
from desktop_app.reports.fonts import BODY, register, role_font, with_fallback
from desktop_app.reports.pdf import escape as _escape

CELL_SIZE, CELL_PAD = 8.5, 4


def _width(text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, BODY, CELL_SIZE))


def _fit_width(texts: list[str], least: float, most: float) -> float:
    """A column as wide as its longest text on one line, within ``least`` and ``most``."""
    widest = max((_width(t) for t in texts if t), default=0.0)
    return max(least, min(most, widest + 2 * CELL_PAD + 1))


def _line_breaker():
    """``broken(text, width)``: the text with a line break wherever a cell ``width`` wide (less its
    padding) ends a line, after the official documents' rule (reports.typeset: 避头尾, numbers and Latin
    words kept whole); widths of the cells' face measured once a character."""
    from functools import cache

    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop_app.reports.typeset import break_lines, tokens

    @cache
    def char_width(ch: str) -> float:
        return float(stringWidth(ch, BODY, CELL_SIZE))

    def width_of(piece: str) -> float:
        return sum(char_width(ch) for ch in piece)

    def broken(text: str, width: float) -> str:
        room = width - 2 * CELL_PAD
        if width_of(text) <= room:
            return text
        pieces: list[str] = []
        for piece in tokens(text.replace("\n", " ")):
            pieces.extend(piece if len(piece) > 1 and width_of(piece) > room else [piece])
        return "\n".join("".join(pieces[a:b]) for a, b in break_lines(pieces, width_of, room, room))

    return broken


def _markup(text: str, style) -> str:
    """Paragraph markup for ``text`` in ``style``'s face, a character that face lacks in the bundled 黑体."""
    return with_fallback(_escape(text), style.fontName)


def _styles():
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    register()
    # the faces of an official document: 小标宋 title, 黑体 and 楷体 headings, 仿宋 items (reports.fonts)
    title, hei, kai, fang = (role_font(role) for role in ("title", "hei", "kai", "fang"))
    base = ParagraphStyle("body", fontName=fang, fontSize=10.5, leading=15, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontName=title, fontSize=22, leading=32, alignment=1),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontName=kai, fontSize=12, alignment=1, spaceAfter=18),
        "h1": ParagraphStyle("h1", parent=base, fontName=hei, fontSize=15, leading=22, spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=kai, fontSize=13, leading=19, spaceBefore=6, spaceAfter=2),
        "h3": ParagraphStyle(
            "h3",
            parent=base,
            fontSize=11,
            leading=16,
            spaceBefore=4,
            spaceAfter=2,
            textColor=colors.HexColor("#1f4e79"),
        ),
        "body": base,
        "cell": ParagraphStyle("cell", parent=base, fontName=BODY, fontSize=CELL_SIZE, leading=11),
        "toc1": ParagraphStyle("toc1", parent=base, fontName=BODY, fontSize=11, leading=18, leftIndent=0),
        # the contents are drawn from the headings' plain text: in the bundled 黑体, which has every character
        "toc2": ParagraphStyle("toc2", parent=base, fontName=BODY, fontSize=10, leading=15, leftIndent=18),
    }


def _by_item(result) -> dict[int, list]:
    by_item: dict[int, list] = {}
    for entry in result.entries:
        by_item.setdefault(entry.no, []).append(entry)
    return by_item


def _held(rs, by_item: dict[int, list]) -> list[tuple[str, list[tuple[str, list]]]]:
    """The categories and points that hold materials, with those of their items that do, numbered as
    the binder's folders: the inspector's index lists only what the binder holds."""
    sections = [(f"{c.code}、{c.name}", [(f"{p.code}. {p.name}", p.items) for p in c.points]) for c in rs.categories]
    sections.append(("六、否决项", [("六、否决项", rs.veto_items)]))
    held = []
    for category, points in sections:
        with_files = [(point, [i for i in item_list if by_item.get(i.no)]) for point, item_list in points]
        with_files = [(point, items) for point, items in with_files if items]
        if with_files:
            held.append((category, with_files))
    return held


def _row(entry) -> list[str]:
    r = entry.record
    return [
        r.title + (f"（同文{entry.same}）" if getattr(entry, "same", 0) else ""),  # one document, two files
        r.unit,
        r.doc_no or "",
        r.doc_date.isoformat() if r.doc_date else "",
        entry.path.rsplit("/", 1)[-1],
    ]


def write_index_docx(path: Path, rs, result) -> None:
    """The index as an editable Word copy: the same items and files, headings in Word's own heading
    styles (so Word's navigation pane and a table of contents find them), A4 with the PDF's margins.

    A city's binder lists 50,000 files: python-docx writes the headings with a mark where each table
    goes, and the tables' XML is written into the document as it is copied into the file, one table at
    a time, never all of it in memory (nor built cell by cell, which walks the table for every row)."""
    import io
    import zipfile

    from docx import Document
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Mm, Pt

    from desktop_app.core.atomic import write_atomic
    from desktop_app.reports.word import WORD_FACES, table_xml

    word = Document()
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = section.top_margin = Mm(20)
    section.bottom_margin = Mm(22)
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        fonts = word.styles[name].element.get_or_add_rPr().get_or_add_rFonts()
        face = WORD_FACES["hei"] if name != "Normal" else WORD_FACES["fang"]
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            fonts.set(qn(attr), face)
    word.styles["Normal"].font.size = Pt(10.5)
    by_item = _by_item(result)
    word.add_paragraph("迎检资料目录", style="Title")
    word.add_paragraph(f"{rs.name}　{len(by_item)} 项评价内容　共 {len(result.entries)} 份材料")
    widths = [round(Mm(w).twips) for w in (52, 26, 36, 22, 34)]
    tables: list[int] = []  # the item of each table, in order
    for category, with_files in _held(rs, by_item):
        word.add_heading(category, level=1)
        for point, items in with_files:
            if point != category:
                word.add_heading(point, level=2)
            for item in items:
                word.add_heading(f"({item.no}) {item.text}", level=3)
                word.add_paragraph(f"{TABLE_MARK}{len(tables)}{TABLE_MARK}")
                tables.append(item.no)
    if getattr(result, "chain_head", ""):
        word.add_paragraph(f"操作记录校验码：{result.chain_head[:16]}")
    frame = io.BytesIO()
    word.save(frame)
    marked = re.compile(f"<w:p>(?:(?!</w:p>).)*?{TABLE_MARK}(\\d+){TABLE_MARK}.*?</w:p>", re.S)

    def write(target: Path) -> None:
        with zipfile.ZipFile(frame) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
            for member in source.infolist():
                if member.filename != "word/document.xml":
                    out.writestr(member, source.read(member))
                    continue
                document = source.read(member).decode("utf-8")
                with out.open("word/document.xml", "w") as stream:
                    done = 0
                    for found in marked.finditer(document):
                        stream.write(document[done : found.start()].encode("utf-8"))
                        item = tables[int(found.group(1))]
                        rows = [["标题", "责任单位", "文号", "形成日期", "文件"], *(_row(e) for e in by_item[item])]
                        xml = table_xml(rows, widths).replace(f" {nsdecls('w')}", "", 1)  # declared above it
                        stream.write(xml.encode("utf-8"))
                        done = found.end()
                    stream.write(document[done:].encode("utf-8"))

    write_atomic(Path(path), write)


TABLE_MARK = "\ue000"  # a private-use character: where a table goes in the Word index, until it is written


def _cell_styles(name: str) -> list[Any]:
    """One row's cell styles, the same object for each of its five cells: the index's face and size,
    top-aligned, CELL_PAD in from the rules."""
    from reportlab.platypus.tables import CellStyle

    style = CellStyle(name)
    style.fontname, style.fontsize, style.leading, style.valign = BODY, CELL_SIZE, 11, "TOP"
    style.leftPadding = style.rightPadding = CELL_PAD
    return [style] * 5


def write_index_pdf(path: Path, rs, result) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle
    from reportlab.platypus.doctemplate import BaseDocTemplate, Frame, PageTemplate
    from reportlab.platypus.tableofcontents import TableOfContents

    pdf.cjk_line_breaking()
    styles = _styles()
    by_item = _by_item(result)

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            level = getattr(flowable, "toc_level", None)
            if level is not None:
                key = f"h{id(flowable)}"
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level, closed=level > 0)
                self.notify("TOCEntry", (level, flowable.getPlainText(), self.page, key))

    footer = pdf.centred_page_number(BODY, 10, 12 * mm)

    def template(file: Any) -> Doc:
        doc = Doc(
            file,
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=20 * mm,
            bottomMargin=22 * mm,
            title=f"{rs.name} 迎检资料目录",
            author="食安创建工作台",
            initialFontName=BODY,  # else every page opens with Helvetica, which is not embedded
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="main")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer)])
        return doc

    headings: list[Any] = []

    def heading(text: str, style: str, level: int):
        paragraph = Paragraph(_markup(text, styles[style]), styles[style])
        paragraph.toc_level = level
        headings.append(paragraph)
        return paragraph

    toc = TableOfContents()
    toc.levelStyles = [styles["toc1"], styles["toc2"]]
    # a table cell's default font is Helvetica, which would be referenced but not embedded
    toc.tableStyle = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), BODY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    story = [
        Paragraph("迎检资料目录", styles["title"]),
        Paragraph(
            _markup(f"{rs.name}　{len(by_item)} 项评价内容　共 {len(result.entries)} 份材料", styles["subtitle"])
            + f"<br/>{written_date(dt.date.today())}",  # the date on a line of its own, never broken
            styles["subtitle"],
        ),
        Paragraph("目录", styles["h1"]),
        toc,
        PageBreak(),
    ]
    broken = _line_breaker()
    doc_no_width = _fit_width([e.record.doc_no for e in result.entries], 12 * mm, 46 * mm)
    date_width = _fit_width(["2025-12-31"], 12 * mm, 30 * mm)
    rest = 170 * mm - doc_no_width - date_width
    widths = [rest * 0.42, rest * 0.22, doc_no_width, date_width, rest * 0.36]
    head_row, body_row = (_cell_styles(name) for name in ("head", "body"))
    lines = TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0"))]
    )
    for category, with_files in _held(rs, by_item):
        story.append(heading(category, "h1", 0))
        for point, item_list in with_files:
            if point != category:
                story.append(heading(point, "h2", 1))
            for item in item_list:
                entries = by_item[item.no]
                story.append(Paragraph(_markup(f"({item.no}) {item.text}", styles["h3"]), styles["h3"]))
                rows: list[list[Any]] = [["标题", "责任单位", "文号", "形成日期", "文件"]]
                # each cell's lines broken here, once, by the fonts' own widths: a plain string with its
                # line breaks draws many times faster than a paragraph (50,000 rows in a city's binder);
                # a 文号 or a date is never broken where its column holds it on one line
                rows += [[broken(text, width) for text, width in zip(_row(e), widths, strict=True)] for e in entries]
                # every cell shares its row kind's one cell style: reportlab would make one per cell
                # (250,000 in a city's binder), a quarter of the memory the index takes
                kinds = [head_row] + [body_row] * (len(rows) - 1)
                table = Table(rows, colWidths=widths, repeatRows=1, cellStyles=kinds)
                table.setStyle(lines)
                story.extend([table, Spacer(1, 4)])
    if getattr(result, "chain_head", ""):  # the paper copy anchors the history as it stood
        story.append(Spacer(1, 12))
        story.append(Paragraph(_escape(f"操作记录校验码：{result.chain_head[:16]}"), styles["body"]))
    # the contents as long as they will be, their page numbers still unknown: the first pass lays the
    # pages out as the last will, and two passes are enough (three otherwise, 6 s each for a city's binder)
    toc._entries = [(h.toc_level, h.getPlainText(), 0, f"h{id(h)}") for h in headings]
    pdf.build(template, story, path, multi=True)


def compose_gaps(doc: Any, campaign: str, office: str, day: dt.date, gaps: list[Any]) -> None:
    """尚缺材料清单: each item still lacking materials, with the responsible units that have sent none
    (``services.coverage.Gap``), grouped by category; for the office, not for the inspectors."""
    from desktop_app.reports.official import arabic_date

    doc.title(campaign)
    doc.title("尚缺材料清单")
    doc.space()
    units = sum(len(g.units) for g in gaps)
    doc.para(
        f"截至{arabic_date(day)}，共{len(gaps)}项评价内容尚缺佐证材料"
        + (f"，涉及责任单位{units}个次。" if units else "。")
        + "清单如下，供创建办督促补齐，不随迎检资料报送。"
        if gaps
        else f"截至{arabic_date(day)}，各项评价内容均已有佐证材料。"
    )
    if not gaps:
        return
    rows: list[list[object]] = []
    shaded: list[int] = []
    category = ""
    for g in gaps:
        if g.category != category:
            category = g.category
            shaded.append(len(rows))
            rows.append(["", category, ""])
        rows.append([f"({g.no})", g.text, "、".join(g.shown or g.units) if g.units else "尚无任何材料"])
    doc.table(
        ["项号", "评价内容", "尚缺材料的责任单位"], rows, [14, 78, 64], left=(1, 2), wrap=(1, 2), shaded=shaded,
        name="尚缺材料清单",
    )  # fmt: skip
    doc.signature(office, arabic_date(day))


def write_gaps(
    pdf: Path, campaign: str, office: str, day: dt.date, gaps: list[Any], *, xlsx: Path | None = None
) -> str:
    """The 尚缺材料清单 as PDF, and with ``xlsx`` its table as a workbook from the same content; returns
    the characters no face has, printed as □."""
    from desktop_app.reports.official import write_official

    def compose(doc: Any) -> None:
        compose_gaps(doc, campaign, office, day, gaps)

    replaced = write_official(pdf, compose, title=f"{campaign}尚缺材料清单", author=office)
    if xlsx is not None:
        from desktop_app.reports.sheets import write_xlsx

        write_xlsx(xlsx, compose, title=f"{campaign}尚缺材料清单")
    return replaced
