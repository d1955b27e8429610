"""催办通知单: a reminder to one unit of its overdue and due-soon tasks, in the office's document layout
(GB/T 9704, reports.official), as PDF, as an editable Word copy and its tables as a workbook."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desktop_app.reports.official import OfficialDocument, arabic_date, write_official

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


def write_notice(path: Path, notice: Notice) -> str:
    """The notice as PDF, in the office's document layout (reports.official); returns the characters
    no face has, printed as □."""
    return write_official(
        path, lambda doc: _compose(doc, notice), title=f"催办通知单（{notice.unit}）", author=notice.office
    )


def write_notice_docx(path: Path, notice: Notice) -> None:
    """The notice as an editable Word copy (reports.word)."""
    from desktop_app.reports.word import write_docx

    write_docx(path, lambda doc: _compose(doc, notice), title=f"催办通知单（{notice.unit}）", author=notice.office)


def write_notice_xlsx(path: Path, notice: Notice) -> Path:
    """The notice's tables as a workbook, from the same content (reports.sheets)."""
    from desktop_app.reports.sheets import write_xlsx

    return write_xlsx(path, lambda doc: _compose(doc, notice), title=f"催办通知单（{notice.unit}）")


def _compose(doc: OfficialDocument, notice: Notice) -> None:
    doc.title("催办通知单")
    doc.space()
    doc.plain(f"{notice.unit}：")
    doc.para(
        f"根据《{notice.campaign}》任务分解要求，贵单位牵头或参与的以下任务已逾期"
        f"或将在{notice.soon_days}天内到期，请抓紧推进，"
        f"并于{arabic_date(notice.reply_by)}前将进展情况和佐证材料报送{notice.office}。"
    )
    for label, rows in (
        (f"已逾期任务（{len(notice.overdue)}项）", notice.overdue),
        (f"{notice.soon_days}天内到期任务（{len(notice.due_soon)}项）", notice.due_soon),
    ):
        doc.heading(label)
        if rows:
            doc.table(
                ["编号", "任务", "完成时限", "状态", "职责"],
                [[x.code, x.title, x.deadline, x.status, ROLE_NAMES[x.role]] for x in rows],
                [18, 78, 30, 18, 12],
                left=(1,),
                wrap=(1,),
            )
        else:
            doc.para("无。")
    doc.para("联系人：　　　　　　　联系电话：")
    doc.signature(notice.office, arabic_date(notice.day))
