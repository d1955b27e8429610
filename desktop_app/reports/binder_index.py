"""The printed index of the inspection binder: a table of contents, then every item with its files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from desktop_app.reports import pdf
from desktop_app.reports.fonts import BODY, register
from desktop_app.reports.pdf import escape as _escape


def _styles():
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    register()
    base = ParagraphStyle("body", fontName=BODY, fontSize=9.5, leading=14, wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=20, leading=28, alignment=1, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, alignment=1, spaceAfter=18),
        "h1": ParagraphStyle("h1", parent=base, fontSize=14, leading=20, spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12, leading=17, spaceBefore=6, spaceAfter=2),
        "h3": ParagraphStyle(
            "h3",
            parent=base,
            fontSize=10.5,
            leading=15,
            spaceBefore=4,
            spaceAfter=2,
            textColor=colors.HexColor("#1f4e79"),
        ),
        "body": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "toc1": ParagraphStyle("toc1", parent=base, fontSize=11, leading=18, leftIndent=0),
        "toc2": ParagraphStyle("toc2", parent=base, fontSize=9.5, leading=14, leftIndent=18),
    }


def write_index_pdf(path: Path, rs, result) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle
    from reportlab.platypus.doctemplate import BaseDocTemplate, Frame, PageTemplate
    from reportlab.platypus.tableofcontents import TableOfContents

    pdf.cjk_line_breaking()
    styles = _styles()
    by_item: dict[int, list] = {}
    for entry in result.entries:
        by_item.setdefault(entry.no, []).append(entry)

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

    def heading(text: str, style: str, level: int):
        paragraph = Paragraph(_escape(text), styles[style])
        paragraph.toc_level = level
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
            _escape(f"{rs.name}　共 {len(result.entries)} 份材料　{dt.date.today():%Y年%m月%d日}"), styles["subtitle"]
        ),
        Paragraph("目录", styles["h1"]),
        toc,
        PageBreak(),
    ]
    sections = [(f"{c.code}、{c.name}", [(f"{p.code}. {p.name}", p.items) for p in c.points]) for c in rs.categories]
    sections.append(("否决项", [("否决项", rs.veto_items)]))
    for category, points in sections:
        story.append(heading(category, "h1", 0))
        for point, item_list in points:
            if point != category:
                story.append(heading(point, "h2", 1))
            for item in item_list:
                entries = by_item.get(item.no, [])
                story.append(Paragraph(_escape(f"({item.no}) {item.text}"), styles["h3"]))
                if not entries:
                    story.append(Paragraph("（无材料）", styles["body"]))
                    continue
                rows = [[Paragraph(h, styles["cell"]) for h in ("标题", "责任单位", "文号", "形成日期", "文件")]]
                for e in entries:
                    r = e.record
                    rows.append(
                        [
                            Paragraph(_escape(v), styles["cell"])
                            for v in (
                                r.title,
                                r.unit,
                                r.doc_no,
                                r.doc_date.isoformat() if r.doc_date else "",
                                e.path.rsplit("/", 1)[-1],
                            )
                        ]
                    )
                table = Table(rows, colWidths=[48 * mm, 26 * mm, 28 * mm, 18 * mm, 50 * mm], repeatRows=1)
                table.setStyle(
                    TableStyle(
                        [
                            ("FONTNAME", (0, 0), (-1, -1), BODY),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ]
                    )
                )
                story.extend([table, Spacer(1, 4)])
    if getattr(result, "chain_head", ""):  # the paper copy anchors the history as it stood
        story.append(Spacer(1, 12))
        story.append(Paragraph(_escape(f"操作记录校验码：{result.chain_head[:16]}"), styles["body"]))
    pdf.build(template, story, path, multi=True)
