"""Demo campaigns have the promised size and shape; the self-test passes on a working install."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop_app.services import campaigns, demo, units
from desktop_app.storage.models import Evidence, MonthlyReport, Task, TaskUnit
from tests.conftest import run_cli_process


def test_small_demo_follows_seed_001(db):
    info = demo.build_small(db, today=dt.date(2026, 11, 22))
    assert info.name == "昌都市创建国家食品安全示范城市" and info.population == 760_966
    assert [p.name for p in info.phases][:3] == ["筹备阶段", "动员启动阶段", "组织实施阶段"]
    assert info.current_phase(dt.date(2026, 11, 22)) is not None  # a campaign under way, not a finished one
    names = {u.name for u in units.list_units(db)}
    assert {"市市场监管局", "市农业农村局", "卡若区", "边坝县"} <= names
    with db.read() as s:
        titles = set(s.scalars(select(Task.title)))
        leads = s.scalar(select(func.count()).select_from(TaskUnit).where(TaskUnit.role == "lead"))
    assert {"源头治理提升工程", "实施冷链食品专项整治行动"} <= titles
    assert leads >= 24


def test_small_demo_keeps_dates_valid_in_a_leap_year(db):
    info = demo.build_small(db, today=dt.date(2028, 2, 29))
    assert info.start < info.end


@pytest.mark.slow
@pytest.mark.sqlite_only  # the one large demo of the run, built in a data folder
def test_large_demo_has_the_benchmark_size(large_dir):
    from desktop_app.storage.database import Database

    db = Database.open(large_dir)
    try:
        _check_large(db)
    finally:
        db.close()


def _check_large(db):
    n = campaigns.counts(db)
    assert (n.units, n.tasks, n.evidence) == (60, 2000, 50_000)
    with db.read() as s:
        months = s.scalar(select(func.count(func.distinct(MonthlyReport.month))))
        per_item = s.scalar(select(func.count(func.distinct(Evidence.item_id))))
    assert months == 36 and per_item == 94
    assert 0.85 * 60 * 36 < n.monthly_reports < 60 * 36  # some reports are missing, as in life
    from desktop_app.services import evidence

    assert evidence.verify(db).ok  # every record's file is in the store: previews show a page


def test_self_test_switch():
    result = run_cli_process("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("：正常") == 4 and "ok" not in result.stdout
