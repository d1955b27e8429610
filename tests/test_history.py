"""The audit trail read back: newest first, with the name of what changed and which fields."""

from desktop_app.core.units import UnitRecord
from desktop_app.services import campaigns, history, units


def test_recent_changes_name_what_changed(db):
    campaigns.create(db, name="昌都市创建", region="昌都市", population=760_966)
    unit = units.add(db, UnitRecord(name="市科技局", kind="部门"))
    units.set_active(db, unit.id, False)
    units.update(db, unit.id, UnitRecord(name="市科学技术局", kind="部门", liaison="孟国强"))
    changes = history.recent(db, 3)
    assert [(c.action, c.entity) for c in changes] == [("update", "unit"), ("update", "unit"), ("create", "unit")]
    assert changes[0].label == "市科学技术局" and changes[0].fields == ["key", "liaison", "name"]
    # this entry recorded no name (only `active` changed): the unit's current name is shown
    assert changes[1].label == "市科学技术局" and changes[1].fields == ["active"]
    assert all(c.actor for c in changes)
    assert changes[0].at >= changes[2].at


def test_describe_in_chinese(db):
    campaigns.create(db, name="昌都市创建", region="昌都市", population=1)
    unit = units.add(db, UnitRecord(name="市科技局", kind="部门"))
    units.set_active(db, unit.id, False)
    assert history.describe(history.recent(db, 1)[0]) == "修改 成员单位“市科技局”：状态"


def test_every_audited_table_has_a_name_in_words():
    from desktop_app.storage.models import Base

    audited = {
        m.class_.__tablename__ for m in Base.registry.mappers if getattr(m.class_, "__audited__", False) is not False
    }
    assert audited - set(history.ENTITIES) == set()


def test_a_monthly_report_and_a_bulletin_in_words(demo_db):
    import datetime as dt

    from desktop_app.core.monthly import ReturnedRow
    from desktop_app.services import bulletin, monthly

    monthly.enter(
        demo_db,
        "市食安办",
        "2026-10",
        [ReturnedRow(kind="general", ref="", title="总体情况", progress="召开推进会")],
        dt.date(2026, 10, 24),
    )
    bulletin.save_text(demo_db, bulletin.BulletinText("2026-10", number="第10期", issue_date=dt.date(2026, 11, 2)))
    lines = [history.describe(c) for c in history.recent(demo_db, 5)]
    assert "新增 月度通报文字“2026年10月”" in lines
    assert "新增 月度报送“市食安办 2026年10月”" in lines
    assert not any(word in line for line in lines for word in ("monthly_report", "report_archive", "monthly_bulletin"))
