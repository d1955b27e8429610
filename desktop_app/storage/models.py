"""SQLAlchemy 2 typed models.  Portable SQL only: nothing here is specific to SQLite."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    #: Changes to rows of an audited model are written to ``audit_log`` by storage.audit.
    __audited__ = True


# -- rule sets ----------------------------------------------------------------------------------
class RuleSetRow(Base):
    __tablename__ = "rule_set"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    total_score: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(Text, default="")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    categories: Mapped[list[CategoryRow]] = relationship(
        back_populates="rule_set", cascade="all, delete-orphan", order_by="CategoryRow.seq"
    )
    items: Mapped[list[ItemRow]] = relationship(
        back_populates="rule_set", cascade="all, delete-orphan", order_by="ItemRow.no"
    )


class CategoryRow(Base):
    __tablename__ = "rs_category"
    __audited__ = False  # written only as part of a whole rule set, which is audited
    id: Mapped[int] = mapped_column(primary_key=True)
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("rule_set.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(100))
    score: Mapped[float] = mapped_column(Float)
    mandatory_score: Mapped[float | None] = mapped_column(Float)
    optional_cap: Mapped[float | None] = mapped_column(Float)

    rule_set: Mapped[RuleSetRow] = relationship(back_populates="categories")
    points: Mapped[list[PointRow]] = relationship(
        back_populates="category", cascade="all, delete-orphan", order_by="PointRow.seq"
    )


class PointRow(Base):
    __tablename__ = "rs_point"
    __audited__ = False
    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("rs_category.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200))
    score: Mapped[float] = mapped_column(Float)
    kind: Mapped[str] = mapped_column(String(20), default="normal")
    choose: Mapped[int | None] = mapped_column(Integer)
    conversion: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # core.ruleset.Conversion, if measured

    category: Mapped[CategoryRow] = relationship(back_populates="points")
    items: Mapped[list[ItemRow]] = relationship(back_populates="point", order_by="ItemRow.no")


class ItemRow(Base):
    __tablename__ = "rs_item"
    __audited__ = False
    __table_args__ = (UniqueConstraint("rule_set_id", "no"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("rule_set.id", ondelete="CASCADE"), index=True)
    point_id: Mapped[int | None] = mapped_column(ForeignKey("rs_point.id", ondelete="CASCADE"), index=True)
    no: Mapped[int] = mapped_column(Integer)
    is_veto: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text)
    methods: Mapped[list[str]] = mapped_column(JSON, default=list)
    departments: Mapped[str] = mapped_column(Text, default="")
    basic_task: Mapped[str] = mapped_column(Text, default="")

    rule_set: Mapped[RuleSetRow] = relationship(back_populates="items")
    point: Mapped[PointRow | None] = relationship(back_populates="items")


# -- campaign -------------------------------------------------------------------------------------
class Campaign(Base):
    __tablename__ = "campaign"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(100))
    level: Mapped[str] = mapped_column(String(20), default="国家")
    population: Mapped[int] = mapped_column(Integer, default=0)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    report_due_day: Mapped[int] = mapped_column(Integer, default=25)
    report_cycle: Mapped[str] = mapped_column(String(16), default="monthly")  # core.rounds: monthly, quarterly, fixed
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("rule_set.id"))
    office: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # names this campaign in the files it sends out, so a file from another campaign is refused
    uid: Mapped[str] = mapped_column(String(32), default=lambda: uuid.uuid4().hex)

    rule_set: Mapped[RuleSetRow] = relationship()
    phases: Mapped[list[Phase]] = relationship(
        back_populates="campaign", cascade="all, delete-orphan", order_by="Phase.seq"
    )


class Phase(Base):
    __tablename__ = "phase"
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)

    campaign: Mapped[Campaign] = relationship(back_populates="phases")


# -- units -------------------------------------------------------------------------------------------
class Unit(Base):
    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(100), unique=True)  # normalised name for matching
    kind: Mapped[str] = mapped_column(String(20), default="部门")
    leader: Mapped[str] = mapped_column(String(100), default="")
    liaison: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    checks: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)  # 需核对, as on a task
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads the class attribute

    aliases: Mapped[list[UnitAlias]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", order_by="UnitAlias.alias"
    )


class UnitAlias(Base):
    __tablename__ = "unit_alias"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(100), unique=True)

    unit: Mapped[Unit] = relationship(back_populates="aliases")


# -- tasks, monthly reports, evidence (filled out by later capabilities) ------------------------------
class Task(Base):
    __tablename__ = "task"
    __table_args__ = (UniqueConstraint("campaign_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    content: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date, index=True)
    deadline_text: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(20), default="未开始", index=True)
    progress: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    position: Mapped[int] = mapped_column(Integer, default=0)  # order in the plan
    deadline_kind: Mapped[str] = mapped_column(String(12), default="none")  # date/phase/recurring/ongoing/none
    targets: Mapped[str] = mapped_column(Text, default="")  # numeric targets, e.g. 覆盖率≥100%
    supervised: Mapped[bool] = mapped_column(Boolean, default=False)  # 督办
    supervise_note: Mapped[str] = mapped_column(Text, default="")
    extensions: Mapped[int] = mapped_column(Integer, default=0)  # 延期次数
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(300), default="")  # workbook and sheet it was imported from
    note: Mapped[str] = mapped_column(Text, default="", server_default="")  # the table's 备注
    #: cells an import kept as written because they could not be read (需核对), until a person clears them
    checks: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    milestones: Mapped[list[str] | None] = mapped_column(JSON)  # earlier dates (ISO) its deadline's text names
    # raised by every update; an update of a row another clerk changed meanwhile finds no row and fails
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads the class attribute

    units: Mapped[list[TaskUnit]] = relationship(back_populates="task", cascade="all, delete-orphan")
    items: Mapped[list[TaskItem]] = relationship(cascade="all, delete-orphan")


class TaskItem(Base):
    """An indicator item a task serves."""

    __tablename__ = "task_item"
    __audited__ = False  # audited with its task
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("rs_item.id", ondelete="CASCADE"), primary_key=True, index=True)


class TaskEvent(Base):
    """A task's history: status and progress changes, notes, 督办 and extensions."""

    __tablename__ = "task_event"
    __audited__ = False  # itself a record of who did what
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(20))  # status / progress / note / supervise / extend / import
    old: Mapped[str] = mapped_column(Text, default="")
    new: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ItemAssignment(Base):
    """Which unit the office's responsibility table (指标任务责任分解表) gives an indicator item."""

    __tablename__ = "item_assignment"
    __table_args__ = (UniqueConstraint("campaign_id", "item_id", "unit_id", "role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("rs_item.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="responsible")  # lead / responsible


class TaskUnit(Base):
    __tablename__ = "task_unit"
    __audited__ = False  # audited with its task
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)  # lead / responsible / support
    wording: Mapped[str] = mapped_column(String(20), default="", server_default="")  # 配合, 参与 … as the plan says

    task: Mapped[Task] = relationship(back_populates="units")
    unit: Mapped[Unit] = relationship()


class MonthlyReport(Base):
    __tablename__ = "monthly_report"
    __table_args__ = (UniqueConstraint("campaign_id", "unit_id", "month"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # when the unit sent it (local time)
    summary: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20), default="")  # file / manual
    file_name: Mapped[str] = mapped_column(String(300), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    imported_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    rows: Mapped[list[MonthlyRow]] = relationship(
        cascade="all, delete-orphan", order_by="MonthlyRow.position", back_populates="report"
    )


class MonthlyRow(Base):
    """One task or item of a unit's monthly report, as the unit filled it in."""

    __tablename__ = "monthly_row"
    __audited__ = False  # written with its audited report
    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("monthly_report.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))  # task / item
    ref: Mapped[str] = mapped_column(String(40))  # the task's code or the item's number
    title: Mapped[str] = mapped_column(String(300))
    progress: Mapped[str] = mapped_column(Text, default="")  # 进展情况
    measures: Mapped[str] = mapped_column(Text, default="")  # 主要措施
    data: Mapped[str] = mapped_column(Text, default="")  # 数据
    examples: Mapped[str] = mapped_column(Text, default="")  # 实例
    problems: Mapped[str] = mapped_column(Text, default="")  # 存在问题
    next_steps: Mapped[str] = mapped_column(Text, default="")  # 下步计划
    status: Mapped[str] = mapped_column(String(20), default="")  # 完成状态
    percent: Mapped[float | None] = mapped_column(Float)  # 完成进度, 0–100
    evidence: Mapped[str] = mapped_column(Text, default="")  # 佐证材料清单

    report: Mapped[MonthlyReport] = relationship(back_populates="rows")


class MonthlyReportHistory(Base):
    """A report as it was before a newer file (or entry) for the same unit and month replaced it."""

    __tablename__ = "monthly_report_history"
    __audited__ = False
    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("monthly_report.id", ondelete="CASCADE"), index=True)
    replaced_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(20), default="")
    file_name: Mapped[str] = mapped_column(String(300), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    summary: Mapped[str] = mapped_column(Text, default="")
    rows: Mapped[list[Any]] = mapped_column(JSON, default=list)  # the rows as they were


class ReportRound(Base):
    """A fixed reporting round the plan sets (8月25日前, 11月1日前): its key (2025-R1), name, due day and
    what it asks for (core.rounds)."""

    __tablename__ = "report_round"
    __table_args__ = (UniqueConstraint("campaign_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(7))
    name: Mapped[str] = mapped_column(String(100), default="")
    due: Mapped[dt.date] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(String(16), default="progress")


class MonthlyBulletin(Base):
    """What the office wrote for a month's bulletin (月度工作通报) before printing it."""

    __tablename__ = "monthly_bulletin"
    __table_args__ = (UniqueConstraint("campaign_id", "month"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    month: Mapped[str] = mapped_column(String(7))
    number: Mapped[str] = mapped_column(String(50), default="")  # 第N期
    issue_date: Mapped[dt.date | None] = mapped_column(Date)
    date_style: Mapped[str] = mapped_column(
        String(10), default="arabic"
    )  # arabic: 2025年3月26日 / chinese: 二〇二五年…
    overview: Mapped[str] = mapped_column(Text, default="")  # added to 总体情况
    problems: Mapped[str] = mapped_column(Text, default="")  # 存在问题
    next_steps: Mapped[str] = mapped_column(Text, default="")  # 下步工作


class ReportArchive(Base):
    """A generated report, kept under the data folder's reports/ with its parameters and SHA-256."""

    __tablename__ = "report_archive"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))  # monthly_bulletin, reminder_notice …
    title: Mapped[str] = mapped_column(String(200))
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    file_name: Mapped[str] = mapped_column(String(300))  # under the data folder's reports/
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)


class StoredFile(Base):
    """One file's content in the evidence store, addressed by its SHA-256; shared by records."""

    __tablename__ = "stored_file"
    __audited__ = False  # written together with the audited evidence record
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    stored_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    text_state: Mapped[str] = mapped_column(String(20), default="pending")  # pending/done/none/failed


class EvidenceText(Base):
    """The text extracted from a stored file (or why there is none), for search."""

    __tablename__ = "evidence_text"
    __audited__ = False
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_file.sha256", ondelete="CASCADE"), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(String(300), default="")
    recognised: Mapped[float | None] = mapped_column(Float)  # recognised from scans: the mean confidence


class OcrPage(Base):
    """One page of a scan or picture as recognised, kept as soon as it is read (a reading stopped
    halfway goes on from the next page)."""

    __tablename__ = "ocr_page"
    __audited__ = False
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_file.sha256", ondelete="CASCADE"), primary_key=True)
    page: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    confidence: Mapped[float] = mapped_column(Float, default=0.0)


class Evidence(Base):
    """A piece of evidence (佐证材料): a stored file filed under an item for a unit, with its metadata."""

    __tablename__ = "evidence"
    __table_args__ = (
        Index("ix_evidence_item_unit", "item_id", "unit_id"),
        # covers the coverage counts (items × units by review state), read without touching the rows
        Index("ix_evidence_coverage", "item_id", "unit_id", "review_state", "deleted_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("rs_item.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    doc_no: Mapped[str] = mapped_column(String(100), default="")
    doc_date: Mapped[dt.date | None] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(20), default="其他")
    period: Mapped[str] = mapped_column(String(7), default="")  # YYYY-MM
    note: Mapped[str] = mapped_column(Text, default="")
    public: Mapped[bool] = mapped_column(Boolean, default=False)  # 可公开 / 内部
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_file.sha256"), index=True)
    size: Mapped[int] = mapped_column(Integer, default=0)
    original_name: Mapped[str] = mapped_column(String(400), default="")
    review_state: Mapped[str] = mapped_column(String(10), default="待审核", index=True)
    review_comment: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)  # in the recycle bin
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads the class attribute


class ItemMark(Base):
    """The office's own judgement of an item's evidence for one unit (待完善 / 已齐全)."""

    __tablename__ = "item_mark"
    item_id: Mapped[int] = mapped_column(ForeignKey("rs_item.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True)
    state: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")


# -- settings and audit ------------------------------------------------------------------------------
class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class AssessScore(Base):
    """The office's own score for a point (item_no 0), or for an item of a "任选 N 项" point."""

    __tablename__ = "assess_score"
    __table_args__ = (UniqueConstraint("campaign_id", "point_code", "item_no"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    point_code: Mapped[str] = mapped_column(String(20))
    item_no: Mapped[int] = mapped_column(Integer, default=0)
    score: Mapped[float] = mapped_column(Float)
    basis: Mapped[str] = mapped_column(Text, default="")
    evidence_ids: Mapped[list[int] | None] = mapped_column(JSON)  # the evidence records it rests on
    task_codes: Mapped[list[str] | None] = mapped_column(JSON)  # the tasks it rests on
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AssessVeto(Base):
    """A veto item's state in the self-assessment: 未发生 / 已发生 / 待核实."""

    __tablename__ = "assess_veto"
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), primary_key=True)
    item_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    state: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")


class AssessSnapshot(Base):
    """The self-assessment as it stood when the office froze it (自查 1, 初评前 …): scores, bases and
    veto states as JSON, so a later view or report compares with it and a report of it is the same."""

    __tablename__ = "assess_snapshot"
    __table_args__ = (UniqueConstraint("campaign_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    taken_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class MetricValue(Base):
    """A measured value of one of the campaign's targets, for a period (YYYY or YYYY-MM) and,
    where it is one unit's, that unit; as typed and as the metric measures it."""

    __tablename__ = "metric_value"
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    metric: Mapped[str] = mapped_column(String(20))
    period: Mapped[str] = mapped_column(String(7))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    typed: Mapped[str] = mapped_column(String(100), default="")
    value: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(Text, default="")
    evidence_ids: Mapped[list[int] | None] = mapped_column(JSON)  # the evidence it was taken from
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Inspection(Base):
    """A supervision visit or an assessment by others: 月度专项督查, 明察暗访, 市级考评, 省级初评 …"""

    __tablename__ = "inspection"
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date] = mapped_column(Date)
    by: Mapped[str] = mapped_column(String(200), default="")
    scope: Mapped[str] = mapped_column(Text, default="")


class Finding(Base):
    """A problem an inspection found, for a unit to rectify (整改) by a deadline."""

    __tablename__ = "finding"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    item_no: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="待整改")
    note: Mapped[str] = mapped_column(Text, default="")
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL", name="fk_finding_task"))
    evidence_ids: Mapped[list[int] | None] = mapped_column(JSON)  # the evidence of its rectification


class AppUser(Base):
    """A person who may use the program, when the office turns users on (core.roles)."""

    __tablename__ = "app_user"
    __audited__ = False  # its changes are recorded by the service, without the password's hash
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(10))
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2id; never the password
    failures: Mapped[int] = mapped_column(Integer, default=0)  # wrong passwords in a row
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AuditLog(Base):
    __tablename__ = "audit_log"
    __audited__ = False
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))  # create / update / delete / import
    entity: Mapped[str] = mapped_column(String(50), index=True)
    entity_id: Mapped[str] = mapped_column(String(100))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    chain: Mapped[str | None] = mapped_column(String(64))  # core.audit_chain: covers this entry and the one before
