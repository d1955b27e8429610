"""催办通知单: a printable reminder to one unit of its overdue and due-soon tasks (A4, one PDF)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.reports import pdf
from desktop_app.reports.fonts import BODY, register
from desktop_app.reports.pdf import escape as _escape

ROLE_NAMES = {"lead": "牵头", "responsible": "责任", "support": "配合"}


@dataclass
class NoticeLine:
    code: str
    title: str
    deadline: str
    status: str
    role: str  # lead / responsible / support


@dataclass
class Notice:
    office: str
    campaign: str
    unit: str
    day: dt.date
    reply_by: dt.date
    overdue: list[NoticeLine]
    due_soon: list[NoticeLine]
    soon_days: int


def write_notice(path: Path, notice: Notice) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register()
    base = ParagraphStyle("body", fontName=BODY, fontSize=12, leading=22, wordWrap="CJK", firstLineIndent=24)
    title = ParagraphStyle("title", parent=base, fontSize=22, leading=32, alignment=1, firstLineIndent=0, spaceAfter=4)
    sub = ParagraphStyle("sub", parent=base, fontSize=11, alignment=1, firstLineIndent=0, spaceAfter=14)
    plain = ParagraphStyle("plain", parent=base, firstLineIndent=0)
    head = ParagraphStyle("head", parent=base, fontSize=12.5, firstLineIndent=0, spaceBefore=8, spaceAfter=4)
    cell = ParagraphStyle("cell", parent=base, fontSize=10, leading=14, firstLineIndent=0)
    right = ParagraphStyle("right", parent=plain, alignment=2)

    pdf.cjk_line_breaking()
    story = [
        Paragraph("催办通知单", title),
        Paragraph(_escape(f"{notice.office}　{notice.day:%Y年%m月%d日}"), sub),
        Paragraph(_escape(f"{notice.unit}："), plain),
        Paragraph(
            _escape(
                f"根据《{notice.campaign}》任务分解要求，贵单位牵头或参与的以下任务已逾期"
                f"或将在 {notice.soon_days} 天内到期，请抓紧推进，"
                f"并于 {notice.reply_by:%Y年%m月%d日} 前将进展情况和佐证材料报送{notice.office}。"
            ),
            base,
        ),
    ]

    def table(rows: list[NoticeLine]) -> Table:
        data = [[Paragraph(h, cell) for h in ("编号", "任务", "完成时限", "状态", "职责")]]
        for x in rows:
            data.append(
                [Paragraph(_escape(v), cell) for v in (x.code, x.title, x.deadline, x.status, ROLE_NAMES[x.role])]
            )
        t = Table(data, colWidths=[18 * mm, 86 * mm, 32 * mm, 18 * mm, 14 * mm], repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), BODY),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return t

    for label, rows in (
        (f"一、已逾期任务（{len(notice.overdue)} 项）", notice.overdue),
        (f"二、{notice.soon_days} 天内到期任务（{len(notice.due_soon)} 项）", notice.due_soon),
    ):
        story.append(Paragraph(_escape(label), head))
        story.append(table(rows) if rows else Paragraph("无。", plain))
    story += [
        Spacer(1, 14 * mm),
        Paragraph("联系人：　　　　　　　电话：", plain),
        Spacer(1, 10 * mm),
        Paragraph(_escape(notice.office), right),
        Paragraph(_escape(f"{notice.day:%Y年%m月%d日}"), right),
    ]

    footer = pdf.centred_page_number(BODY, 9, 12 * mm)

    def template(file: Any) -> SimpleDocTemplate:
        return SimpleDocTemplate(
            file,
            pagesize=A4,
            leftMargin=22 * mm,
            rightMargin=22 * mm,
            topMargin=22 * mm,
            bottomMargin=22 * mm,
            title=f"催办通知单（{notice.unit}）",
            author="食安创建工作台",
            initialFontName=BODY,
        )

    pdf.build(template, story, path, onFirstPage=footer, onLaterPages=footer)
