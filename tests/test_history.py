"""The audit trail read back: newest first, with the name of what changed and which fields."""

from desktop_app.core.units import UnitRecord
from desktop_app.services import campaigns, history, units
from tests.conftest import import_findings


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


def test_every_entry_names_its_object_in_chinese_and_shows_no_internal_key(demo_db, tmp_path):
    """Settings by their label, findings, checks, scores and veto items by item and value, logins by
    person: nothing a clerk reads is a key such as backup.last."""
    import re

    from desktop_app.core import settings as spec
    from desktop_app.services import assessment, backup, findings, metrics, users
    from desktop_app.services import settings as settings_service

    assessment.set_score(demo_db, "1", 2.5, basis="文件齐全")
    assessment.set_score(demo_db, "1", 3, basis="文件齐全，会议纪要2份")
    assessment.set_score(demo_db, "29", 2.5, item=78)
    assessment.set_veto(demo_db, 90, "已发生")
    assessment.set_veto(demo_db, 90, "未发生")
    import_findings(demo_db, tmp_path, ("市教育局", "学校食堂晨检记录缺失", "2026-11-10"))
    findings.set_status(demo_db, findings.list_findings(demo_db)[0].id, "已整改")
    metrics.record(demo_db, metrics.defined()[0].code, "75", period="2026")
    backup.create(demo_db, tmp_path / "备份.fsdbak")
    settings_service.set_value(demo_db, spec.MASTHEAD_STYLE, "black")
    users.enable(demo_db, "王主任", "Zhu-ren-2026!")
    users.login(demo_db, "王主任", "Zhu-ren-2026!")
    lines = [history.describe(c) for c in history.recent(demo_db, 20)]
    for expected in (
        "新增 设置“版头”",
        "修改 否决项“（90）未发生”：状态",
        "新增 否决项“（90）已发生”",
        "新增 自评得分“（78）2.5分”",
        "修改 自评得分“第1项要点 3分”：依据、得分",
        "新增 检查“明察暗访 2026-11-01”",
        "修改 整改问题“市教育局：学校食堂晨检记录缺失”：状态",
        f"新增 指标数值“{metrics.defined()[0].name} 2026 75”",
        "登录 人员“王主任”",
    ):
        assert expected in lines, (expected, lines)
    assert any("上次备份" in line for line in lines) and "修改 设置“人员与角色的开关”：取值" in lines, lines
    assert not [line for line in lines if re.search(r"[A-Za-z_]{3,}|“”|[a-z]\.[a-z]", line)], lines
