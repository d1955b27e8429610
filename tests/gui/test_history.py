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


def test_describe_in_chinese(qapp, db):
    from desktop_app.gui import i18n
    from desktop_app.gui.pages.home import describe

    i18n.install(qapp, "zh_CN")
    campaigns.create(db, name="昌都市创建", region="昌都市", population=1)
    unit = units.add(db, UnitRecord(name="市科技局", kind="部门"))
    units.set_active(db, unit.id, False)
    assert describe(history.recent(db, 1)[0]) == "修改 成员单位“市科技局”：状态"
