"""Demo campaigns: a small believable one from seed 001 (昌都市), a large one for benchmarks."""

from __future__ import annotations

import datetime as dt
import json
import random

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop_app.core import roles
from desktop_app.core.errors import KnownError
from desktop_app.core.i18n import tr
from desktop_app.core.progress import Progress, check
from desktop_app.core.units import name_key
from desktop_app.paths import resource_path
from desktop_app.services import campaigns, rounds
from desktop_app.services.campaigns import PhaseInfo
from desktop_app.storage import audit
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    Campaign,
    Evidence,
    EvidenceText,
    ItemRow,
    MonthlyReport,
    StoredFile,
    Task,
    TaskUnit,
    Unit,
    UnitAlias,
)

SCALES = ("small", "large")
EVIDENCE_CATEGORIES = ("文件制度", "会议纪要", "台账", "照片", "新闻报道", "工作总结", "其他")
STATUSES = ("未开始", "进行中", "已完成", "暂缓")


def _date(text: str, years: int = 0) -> dt.date:
    """An ISO date moved by whole ``years`` (29 February becomes 28 February when needed)."""
    d = dt.date.fromisoformat(text)
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def _years_to_today(start: dt.date, today: dt.date) -> int:
    """Whole years that put ``today`` about two years into a campaign that began on ``start``."""
    return max(0, today.year - start.year - 2 + (1 if today.month >= start.month else 0))


DEMO_FILES = 500


def _demo_files(db: Database, texts: list[str]) -> list[tuple[str, int]]:
    """One small PDF per text, written into the evidence store: (sha256, size) of each."""
    import tempfile
    from pathlib import Path

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop_app.reports.fonts import BODY, register
    from desktop_app.services.evidence import store

    register()
    the_store = store(db)
    found = []
    with tempfile.TemporaryDirectory(dir=db.data_dir) as tmp:
        for n, text in enumerate(texts, start=1):
            path = Path(tmp) / f"{n}.pdf"
            page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
            page.setFont(BODY, 16)
            page.drawString(72, 770, f"演示佐证材料 第{n}份")
            page.setFont(BODY, 11)
            for line_no, start in enumerate(range(0, len(text), 38)):
                page.drawString(72, 740 - 18 * line_no, text[start : start + 38])
            page.showPage()
            page.save()
            put = the_store.put(path)
            found.append((put.sha256, put.size))
    return found


def _refuse_if_used(db: Database) -> None:
    with db.read() as session:
        if session.scalar(select(func.count()).select_from(Campaign)):
            raise KnownError(
                tr(
                    "Demo",
                    "This data folder already holds a campaign. Build the demo in an empty data folder (--data-dir).",
                )
            )


def build(db: Database, scale: str, progress: Progress | None = None) -> campaigns.CampaignInfo:
    if scale not in SCALES:
        raise KnownError(tr("Demo", "The scale must be “small” or “large”."))
    _refuse_if_used(db)
    return build_small(db, progress) if scale == "small" else build_large(db, progress)


def build_small(db: Database, progress: Progress | None = None, today: dt.date | None = None) -> campaigns.CampaignInfo:
    """Seed 001's campaign, its dates moved by whole years so that ``today`` falls in its 组织实施阶段."""
    data = json.loads(resource_path("demo", "changdu-small.json").read_text(encoding="utf-8"))
    c = data["campaign"]
    today = today or dt.date.today()
    years = _years_to_today(_date(c["start"]), today)
    info = campaigns.create(
        db,
        name=c["name"],
        region=c["region"],
        level=c["level"],
        population=c["population"],
        start=_date(c["start"], years),
        end=_date(c["end"], years),
        due_day=c["due_day"],
        office=c["office"],
        phases=[PhaseInfo(n, _date(s, years), _date(e, years)) for n, s, e in data["phases"]],
    )
    if info.start is not None:  # the demo office has tracked reports from the start
        rounds.set_tracked_since(db, info.start)
    with db.session(need=roles.CAMPAIGN) as session:
        by_name: dict[str, Unit] = {}
        for index, u in enumerate(data["units"]):
            check(progress, index, len(data["units"]), u["name"])
            unit = Unit(
                name=u["name"],
                key=name_key(u["name"]),
                kind=u["kind"],
                leader=u["leader"],
                liaison=u["liaison"],
                phone=u["phone"],
            )
            unit.aliases = [UnitAlias(alias=a, key=name_key(a)) for a in u["aliases"]]
            session.add(unit)
            by_name[u["name"]] = unit
        session.flush()
        tasks: dict[str, Task] = {}
        rng = random.Random(1)
        for t in data["tasks"]:
            deadline = _date(t["deadline"], years) if t["deadline"] else None
            status = "未开始"
            if deadline:
                status = "已完成" if deadline < today and rng.random() < 0.7 else rng.choice(["进行中", "未开始"])
            task = Task(
                campaign_id=info.id,
                code=t["code"],
                title=t["title"],
                deadline=deadline,
                parent_id=tasks[t["parent"]].id if t.get("parent") else None,
                position=len(tasks) + 1,
                deadline_kind="date" if deadline else "none",
                status=status,
                progress=100 if status == "已完成" else rng.choice([0, 20, 40, 60]),
            )
            session.add(task)
            session.flush()
            tasks[t["code"]] = task
            for role, names in (("lead", t.get("lead", [])), ("responsible", t.get("responsible", []))):
                for n in names:
                    session.add(TaskUnit(task_id=task.id, unit_id=by_name[n].id, role=role))
    return info


def _units_large() -> list[tuple[str, str]]:
    data = json.loads(resource_path("demo", "changdu-small.json").read_text(encoding="utf-8"))
    units = [(u["name"], u["kind"]) for u in data["units"]]
    towns = [
        "城关镇",
        "俄洛镇",
        "卡若镇",
        "嘎玛乡",
        "如意乡",
        "日通乡",
        "约巴乡",
        "芒达乡",
        "柴维乡",
        "沙贡乡",
        "面达乡",
        "妥坝乡",
        "江达镇",
        "岗托镇",
        "邓柯乡",
        "生达乡",
        "娘西乡",
        "字呷乡",
        "同普乡",
        "波罗乡",
        "德登乡",
        "青泥洞乡",
    ]
    return (units + [(t, "乡镇/街道") for t in towns])[:60]


def _add_evidence(session: Session, batch: list[dict[str, object]]) -> None:
    ids = session.scalars(insert(Evidence).returning(Evidence.id, sort_by_parameter_order=True), batch)
    audit.created(session, "evidence", [row | {"id": i} for row, i in zip(batch, ids, strict=True)])


def build_large(db: Database, progress: Progress | None = None) -> campaigns.CampaignInfo:
    """A 3-year campaign: 60 units, 2,000 tasks, 36 months of reports, 50,000 evidence records."""
    rng = random.Random(20240101)
    start, end = dt.date(2024, 1, 1), dt.date(2026, 12, 31)
    info = campaigns.create(
        db,
        name="示例市创建国家食品安全示范城市（大规模演示）",
        region="示例市",
        level="国家",
        population=3_200_000,
        start=start,
        end=end,
        due_day=25,
    )
    if info.start is not None:  # the demo office has tracked reports from the start
        rounds.set_tracked_since(db, info.start)
    total_steps = 5
    with db.session(need=roles.CAMPAIGN) as session:
        check(progress, 0, total_steps, tr("Demo", "Units"))
        unit_rows = [
            {
                "name": n,
                "key": name_key(n),
                "kind": k,
                "leader": f"{n[:2]}负责人",
                "liaison": f"联络员{i:02d}",
                "phone": f"0895-48{i:05d}",
                "note": "",
                "active": True,
                "created_at": dt.datetime(2024, 1, 1),
            }
            for i, (n, k) in enumerate(_units_large())
        ]
        session.execute(insert(Unit), unit_rows)
        unit_ids = list(session.scalars(select(Unit.id).order_by(Unit.id)))
        # every record has the history entry that made it, as an office's own work leaves it
        audit.created(session, "unit", [row | {"id": i} for row, i in zip(unit_rows, unit_ids, strict=True)])

        check(progress, 1, total_steps, tr("Demo", "Tasks"))
        groups = 20
        per_group = 2000 // groups  # 2,000 tasks under 20 group rows (a group row is no task)
        task_rows: list[dict[str, object]] = []
        codes: list[str] = []
        for g in range(1, groups + 1):
            task_rows.append(
                {
                    "campaign_id": info.id,
                    "parent_id": None,
                    "code": f"G{g:02d}",
                    "title": f"第{g}组重点任务",
                    "content": "",
                    "deadline": None,
                    "deadline_text": "长期坚持",
                    "deadline_kind": "ongoing",
                    "position": g * 1000,
                    "status": "进行中",
                    "progress": 0,
                    "created_at": dt.datetime(2024, 1, 1),
                }
            )
        session.execute(insert(Task), task_rows)
        group_ids = list(session.scalars(select(Task.id).order_by(Task.id)))
        audit.created(session, "task", [row | {"id": i} for row, i in zip(task_rows, group_ids, strict=True)])
        task_rows = []
        for g, gid in enumerate(group_ids, start=1):
            for k in range(1, per_group + 1):
                deadline = start + dt.timedelta(days=rng.randrange(0, (end - start).days))
                status = rng.choice(STATUSES)
                code = f"G{g:02d}-{k:03d}"
                codes.append(code)
                task_rows.append(
                    {
                        "campaign_id": info.id,
                        "parent_id": gid,
                        "code": code,
                        "title": f"推进第{g}组第{k}项创建任务",
                        "content": "按照评价细则要求落实并收集佐证材料。",
                        "deadline": deadline,
                        "deadline_text": "",
                        "deadline_kind": "date",
                        "position": g * 1000 + k,
                        "status": status,
                        "progress": 100 if status == "已完成" else rng.randrange(0, 100, 10),
                        "created_at": dt.datetime(2024, 1, 1),
                    }
                )
        session.execute(insert(Task), task_rows)
        task_ids = list(session.scalars(select(Task.id).where(Task.parent_id.is_not(None)).order_by(Task.id)))
        audit.created(session, "task", [row | {"id": i} for row, i in zip(task_rows, task_ids, strict=True)])
        links = set()
        for tid in task_ids:
            links.add((tid, rng.choice(unit_ids), "lead"))
            for uid in rng.sample(unit_ids, 3):
                links.add((tid, uid, "responsible"))
        session.execute(insert(TaskUnit), [{"task_id": t, "unit_id": u, "role": r} for t, u, r in sorted(links)])

        check(progress, 2, total_steps, tr("Demo", "Monthly reports"))
        reports = []
        for m in range(36):
            year, month = start.year + m // 12, m % 12 + 1
            for uid in unit_ids:
                if rng.random() < 0.08:
                    continue  # a missing report
                sent_day = min(28, max(1, int(rng.gauss(22, 4))))
                reports.append(
                    {
                        "campaign_id": info.id,
                        "unit_id": uid,
                        "month": f"{year}-{month:02d}",
                        "submitted_at": dt.datetime(year, month, sent_day, 10, 0),
                        "summary": "按计划推进。",
                    }
                )
        report_ids = session.scalars(
            insert(MonthlyReport).returning(MonthlyReport.id, sort_by_parameter_order=True), reports
        )
        audit.created(session, "monthly_report", [row | {"id": i} for row, i in zip(reports, report_ids, strict=True)])

        check(progress, 3, total_steps, tr("Demo", "Evidence records"))
        item_ids = list(
            session.scalars(
                select(ItemRow.id).join(Campaign, Campaign.rule_set_id == ItemRow.rule_set_id).order_by(ItemRow.no)
            )
        )
        # 50,000 records over DEMO_FILES real one-page PDFs in the store (each shared by 100 records), so the
        # preview shows a page and ``evidence verify`` passes; the text is made of the rule set's own sentences,
        # as an office's documents would read
        sentences = list(
            session.scalars(select(ItemRow.text).join(Campaign, Campaign.rule_set_id == ItemRow.rule_set_id))
        ) + list(session.scalars(select(ItemRow.basic_task)))
        texts = ["".join(rng.sample(sentences, 2))[:400] for _ in range(DEMO_FILES)]
        files = _demo_files(db, texts)
        session.execute(
            insert(StoredFile),
            [
                {"sha256": h, "size": size, "stored_at": dt.datetime(2024, 1, 1), "text_state": "done"}
                for h, size in files
            ],
        )
        session.execute(
            insert(EvidenceText),
            [{"sha256": h, "text": text, "reason": ""} for (h, _size), text in zip(files, texts, strict=True)],
        )
        batch = []
        for n in range(50_000):
            day = start + dt.timedelta(days=rng.randrange(0, (end - start).days))
            category = rng.choice(EVIDENCE_CATEGORIES)
            batch.append(
                {
                    "item_id": rng.choice(item_ids),
                    "unit_id": rng.choice(unit_ids),
                    "title": f"{category}（{day:%Y年%m月}）第{n + 1}号",
                    "doc_no": f"示食安办〔{day.year}〕{n % 300 + 1}号",
                    "doc_date": day,
                    "category": category,
                    "period": f"{day:%Y-%m}",
                    "sha256": files[n % DEMO_FILES][0],
                    "size": files[n % DEMO_FILES][1],
                    "original_name": f"材料{n + 1}.pdf",
                    "created_at": dt.datetime.combine(day, dt.time(9)),
                }
            )
            if len(batch) == 10_000:
                _add_evidence(session, batch)
                batch = []
                check(progress, 3, total_steps, tr("Demo", "Evidence records"))
        if batch:
            _add_evidence(session, batch)
        check(progress, 3, total_steps, tr("Demo", "Search index"))
        from desktop_app.services.evidence.index import index_all

        index_all(session)
        audit.record(
            session,
            "import",
            "demo",
            "large",
            after={
                "units": len(unit_ids),
                "tasks": len(task_ids),
                "monthly_reports": len(reports),
                "evidence": 50_000,
            },
        )
        check(progress, 4, total_steps, tr("Demo", "Saving"))
    return info
