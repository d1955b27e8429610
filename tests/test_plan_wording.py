"""Seed 003 (济源示范区) as an office would type its task table: each task with the unit list the plan
writes after it — 示范区 shared by the names that follow, 济源海关 a body of its own, 各镇人民政府、
街道办事处 and 食安委各成员单位 as collectives, 和 between two names — and its period as the deadline.
It imports against the 示范区's own unit list with no unknown or invented unit."""

import datetime as dt
import re

from openpyxl import Workbook

from desktop_app.core.units import KIND_DEPARTMENT, KIND_TOWNSHIP, UnitRecord
from desktop_app.services import campaigns, task_import, tasks, units
from tests.seed_annex import SEEDS

SEED = SEEDS / "003_88b6c4ef71d7714a.txt"
DEPARTMENTS = [
    "示范区食安办", "示范区卫生健康委员会", "示范区市场监督管理局", "示范区农业农村局", "示范区教育体育局",
    "示范区公安局", "示范区民政局", "示范区发展改革和统计局", "示范区工业和科技创新委员会", "示范区生态环境局",
    "示范区城市综合执法局", "示范区住房和城乡建设局", "示范区党工委宣传部", "示范区文化广电和旅游局",
    "示范区网络安全和信息化委员会办公室", "市粮食和物资储备局", "济源海关", "市法院", "市检察院",
    "中国银行保险监督管理委员会济源监管组", "中国铁路郑州局集团有限公司济源车站", "济源邮政管理局",
]  # fmt: skip
TOWNSHIPS = ["克井镇", "五龙口镇", "沁园街道", "济水街道"]
_TASK = re.compile(r"^(\d+)\.\s*(.+?)。.*（([^（）]*负责)）\s*$", re.S)


def seed_tasks():
    """(number, title, the plan's unit list) of every numbered task that names its units."""
    found = []
    for paragraph in SEED.read_text(encoding="utf-8").split("\n\n"):
        m = _TASK.match(paragraph.strip().replace("\n", ""))
        if m:
            found.append((int(m.group(1)), m.group(2), m.group(3)))
    return found


def test_seed_003_task_table_imports_with_no_invented_unit(db, tmp_path):
    campaigns.create(
        db,
        name="济源产城融合示范区创建省级食品安全示范城市",
        region="济源示范区",
        population=730_000,
        level="省级",
        rule_set_code="national-2021",
    )
    for name in DEPARTMENTS:
        units.add(db, UnitRecord(name=name, kind=KIND_DEPARTMENT))
    for name in TOWNSHIPS:
        units.add(db, UnitRecord(name=name, kind=KIND_TOWNSHIP))
    found = seed_tasks()
    assert len(found) >= 10
    wb = Workbook()
    ws = wb.active
    ws.append(["济源示范区创建省级食品安全示范城市重点任务分解表"])
    ws.append(["序号", "任务", "责任单位", "完成时限"])
    for n, (_no, title, unit_list) in enumerate(found, start=1):
        ws.append([n, title, unit_list, "2022年6月—2022年11月"])
    wb.save(tmp_path / "济源.xlsx")

    before = {u.name for u in units.list_units(db)}
    result = task_import.import_tasks(db, tmp_path / "济源.xlsx")  # no mapping, no unit created
    assert result.created == len(found)
    assert {u.name for u in units.list_units(db)} == before  # nothing invented (no 市济源海关)

    listed = {t.title: t for t in tasks.list_tasks(db, today=dt.date(2022, 7, 1))}
    assert all(t.deadline == dt.date(2022, 11, 30) and not t.overdue for t in listed.values())
    every = set(DEPARTMENTS + TOWNSHIPS)
    for _no, title, unit_list in found:
        # the first unit of a （…负责） list leads (排在第一位的为牵头单位), the rest are responsible
        named = set(listed[title].responsible_units) | set(listed[title].lead_units)
        if "各镇人民政府" in unit_list:
            assert set(TOWNSHIPS) <= named, title
        if "各成员单位" in unit_list or "各相关成员单位" in unit_list:
            assert named == every, title  # 食安委各成员单位: every member unit
        if "济源海关" in unit_list:
            assert "济源海关" in named, title
        if "、市场监督管理局" in unit_list:
            assert "示范区市场监督管理局" in named, title  # the 示范区 the list shares
        if "市法院和市检察院" in unit_list or "市检察院、市法院和" in unit_list:
            assert {"市法院", "市检察院"} <= named, title
        shown = listed[title].units_text("responsible")  # collectives shown as such, not as 40 names
        if named == every:  # every member unit; 其他成员单位 when the first of them leads
            assert shown in ("全部成员单位", "其他成员单位"), title
        elif set(TOWNSHIPS) <= named:
            assert "各乡镇（街道）" in shown and not any(t in shown for t in TOWNSHIPS), title


def test_a_collective_chosen_once_is_remembered(demo_db, tmp_path):
    """A name the clerk maps to every member unit (or a kind, or leaves out) is not asked again."""
    wb = Workbook()
    wb.active.append(["序号", "任务", "牵头单位", "责任单位"])
    wb.active.append([1, "宣传周活动", "市食安办", "全市食品安全工作相关单位、上级派驻机构"])
    wb.save(tmp_path / "任务.xlsx")
    try:
        task_import.import_tasks(demo_db, tmp_path / "任务.xlsx")
        raise AssertionError("the names were to be asked for")
    except task_import.UnknownUnits as asked:
        assert set(asked.names) == {"全市食品安全工作相关单位", "上级派驻机构"}
    mapping = {"全市食品安全工作相关单位": "*", "上级派驻机构": "-"}
    task_import.import_tasks(demo_db, tmp_path / "任务.xlsx", mapping=mapping, dry_run=True)
    try:  # a dry run remembers nothing
        task_import.import_tasks(demo_db, tmp_path / "任务.xlsx")
        raise AssertionError("a dry run kept the mapping")
    except task_import.UnknownUnits:
        pass
    task_import.import_tasks(demo_db, tmp_path / "任务.xlsx", mapping=mapping)
    again = task_import.import_tasks(demo_db, tmp_path / "任务.xlsx")  # asked nothing
    assert again.unchanged == 1
    (task,) = [t for t in tasks.list_tasks(demo_db) if t.title == "宣传周活动"]
    every = [u.name for u in units.list_units(demo_db, include_inactive=False)]
    assert set(task.responsible_units) | set(task.lead_units) == set(every)
    assert task.lead_units == ["市食安办"]
