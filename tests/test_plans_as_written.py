"""Each seed's plan as the office holds it comes in: its body text in Word, and its tasks in the tables
offices type, with the right tasks, leads, responsible units and deadlines, nothing refused for one odd
cell, and no unit invented for a collective."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.core.units import KIND_DEPARTMENT, UnitRecord
from desktop_app.services import campaigns, task_import, tasks, units
from tests.seed_plans import plan_docx, seed_004_tasks, seed_004_units

#: (seed, campaign region, start, end, groups, tasks) as each plan states them
PLANS = {
    0: ("开州区", dt.date(2022, 1, 1), dt.date(2024, 12, 31), 8, 23),
    1: ("昌都市", dt.date(2023, 1, 1), dt.date(2025, 12, 31), 2, 24),
    2: ("瓯海区", dt.date(2022, 1, 1), dt.date(2026, 12, 31), 3, 12),
    3: ("济源示范区", dt.date(2022, 1, 1), dt.date(2022, 12, 31), 3, 24),
    4: ("鲅鱼圈区", dt.date(2020, 1, 1), dt.date(2020, 12, 31), 10, 48),
}


def _campaign(db, seed: int) -> None:
    region, start, end, _, _ = PLANS[seed]
    campaigns.create(db, name=f"{region}食品安全示范城市创建", region=region, population=500_000, start=start, end=end)


def _by_code(db) -> dict[str, tasks.TaskInfo]:
    return {t.code: t for t in tasks.list_tasks(db, today=dt.date(2020, 6, 1))}


@pytest.mark.parametrize("seed", sorted(PLANS))
def test_each_seed_plan_as_body_text_imports_its_tasks(db, tmp_path, seed):
    _campaign(db, seed)
    path = plan_docx(seed, tmp_path / f"实施方案{seed}.docx")
    result = task_import.import_tasks(db, path, create_units=True)
    found = _by_code(db)
    groups = [t for t in found.values() if t.parent is None]
    assert len(groups) == PLANS[seed][3]
    assert result.created == PLANS[seed][3] + PLANS[seed][4]
    created = [u.name for u in units.list_units(db)]
    # a collective is never a unit, nor is a role word part of one
    assert not [n for n in created if n.startswith("各") or "成员单位" in n or "负责" in n or "牵头" in n], created


def test_seed_004_plan_gives_leads_roles_in_words_and_the_title_year(db, tmp_path):
    _campaign(db, 4)
    for name in [*seed_004_units(), "区政府"]:  # 区政府 is named in （五）'s own paragraph
        units.add(db, UnitRecord(name=name, kind=KIND_DEPARTMENT))
    result = task_import.import_tasks(db, plan_docx(4, tmp_path / "鲅鱼圈.docx"))
    listed = list(_by_code(db).values())

    def found(start: str) -> tasks.TaskInfo:
        # a long paragraph is named by its first clause and kept whole as the content
        (task,) = [t for t in listed if (t.title.startswith(start) or t.content.startswith(start)) and not t.is_group]
        return task

    traced = found("督促企业完善追溯体系")
    assert traced.lead_units == ["区市场监管局"] and traced.responsible_units == ["区工信局"]
    assert traced.wording == {"区市场监管局": "牵头", "区工信局": "配合"}
    risk = found("开展风险监测和标准宣")
    assert risk.lead_units == ["区卫健局"]
    assert set(risk.responsible_units) == {"区农业农村局", "区市场监管局", "区发改局", "鲅鱼圈海关"}
    single = found("做好粮油标准的实施应")
    assert single.lead_units == ["区发改局"] and not single.responsible_units  # （区发改局负责）
    # （一）is written as one paragraph: the group is its own task, due 11月1日前 of the title's 2020
    (first,) = [t for t in listed if t.title == "强化食品安全党政同责" and t.is_group]
    own = [t for t in listed if t.parent == first.code]
    assert len(own) == 1 and own[0].deadline == dt.date(2020, 11, 1) and own[0].deadline_text == "11月1日前"
    inferred = [c for code, c in result.checks if code == own[0].code]
    assert inferred and not inferred[0].kept and "2020" in inferred[0].reason
    # every bracketed task of the plan came in with a lead
    for planned in seed_004_tasks():
        assert found(planned.text[:10]).lead_units or planned.units.startswith("各"), planned


def _seed_004_xls(path):
    """Seed 004's tasks in an old .xls as its office types them: the year only in the title, every
    role in one 责任单位 column in the plan's words, the report dates as the plan writes them, a 备注
    column and a column the program does not read (联系人)."""
    from tests.test_tasks_import import _xls

    rows: list[list[object]] = [
        ["2020年营口市鲅鱼圈区食品安全重点工作任务分解表"],
        ["序号", "工作任务", "责任单位", "完成时限", "备注", "联系人"],
    ]
    for n, task in enumerate(seed_004_tasks(), start=1):
        due = "2020年8月25日、11月1日前" if n % 3 == 0 else ("11月1日前" if n % 3 == 1 else "年底前")
        rows.append([n, task.text, task.units, due, "逐条报送" if n == 1 else None, "张三"])
    return _xls(path, rows)


def test_seed_004_table_as_xls_with_roles_in_one_column(db, tmp_path):
    _campaign(db, 4)
    for name in seed_004_units():
        units.add(db, UnitRecord(name=name, kind=KIND_DEPARTMENT))
    path = _seed_004_xls(tmp_path / "任务分解表.xls")
    result = task_import.import_tasks(db, path)
    assert result.created == len(seed_004_tasks())
    assert result.unread == ["F 联系人"]
    listed = {t.code: t for t in tasks.list_tasks(db, today=dt.date(2020, 6, 1))}
    first, second, third = listed["1"], listed["2"], listed["3"]
    assert first.note == "逐条报送"
    # 11月1日前 and 年底前 take the title's 2020, and say so; two dates: the last is the deadline
    assert first.deadline == dt.date(2020, 11, 1) and first.deadline_text == "11月1日前"
    assert second.deadline == dt.date(2020, 12, 31) and second.deadline_kind == "approximate"
    assert third.deadline == dt.date(2020, 11, 1) and third.deadline_text == "2020年8月25日、11月1日前"
    assert [c["reason"] for c in first.to_check] == ["年份 2020 取自表格标题“2020年营口市鲅鱼圈区食品安全重点工作…”。"]
    assert not third.to_check  # its year is written
    leads = [t for t in listed.values() if t.lead_units]
    assert len(leads) == len(listed)  # every task has its lead (区…牵头 or the one that 负责)
    traced = next(t for t in listed.values() if t.title.startswith("督促企业完善追溯体系"))
    assert traced.lead_units == ["区市场监管局"] and traced.responsible_units == ["区工信局"]
    assert traced.wording["区工信局"] == "配合"


def test_an_odd_deadline_is_kept_and_flagged_and_strict_refuses_it(db, tmp_path):
    """年底前 in a campaign of several years with no year in the table is every year's end; a deadline
    no reading fits is kept as written and flagged 需核对, and --strict refuses the table for it."""
    from tests.conftest import run_cli
    from tests.test_tasks_import import _sheet

    _campaign(db, 0)  # 2022–2024
    for name in ("区市场监管局", "区卫生健康委"):
        units.add(db, UnitRecord(name=name, kind=KIND_DEPARTMENT))
    path = _sheet(
        tmp_path / "任务.xlsx",
        [
            ["开州区创建任务分解表"],
            ["序号", "任务", "牵头单位", "完成时限", "手机"],
            [1, "落实党政同责", "区市场监管局", "年底前", "13800000000"],
            [2, "健全组织架构", "区卫生健康委", "待定（视省里安排）", None],
            [3, "压实主体责任", "区市场监管局", "2023年6月底前", None],
        ],
    )
    data = db.data_dir
    db.close()
    refused = run_cli("tasks", "import", str(path), "--strict", data_dir=data)
    assert refused.returncode != 0 and "D4" in refused.stderr and "待定" in refused.stderr
    done = run_cli("tasks", "import", str(path), data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "需核对" in done.stdout and "D4" in done.stdout and "待定（视省里安排）" in done.stdout
    assert "未读取的列：E 手机" in done.stdout
    listed = {t["code"]: t for t in json.loads(run_cli("tasks", "list", "--json", data_dir=data).stdout)}
    assert listed["1"]["deadline_kind"] == "recurring" and listed["1"]["deadline_shown"] == "年底前"
    assert listed["2"]["deadline_shown"] == "待定（视省里安排）" and listed["2"]["deadline"] is None
    assert [c["text"] for c in listed["2"]["to_check"]] == ["待定（视省里安排）"]
    assert listed["3"]["deadline"] == "2023-06-30" and not listed["3"]["to_check"]
    flagged = run_cli("tasks", "list", "--to-check", data_dir=data)
    assert [line.split("\t")[0] for line in flagged.stdout.splitlines()] == ["2"] and "需核对" in flagged.stdout
    settled = run_cli("tasks", "settle", "2", "--deadline", "2023年9月底前", data_dir=data)
    assert settled.returncode == 0 and "2023年9月底前" in settled.stdout, settled.stderr
    assert run_cli("tasks", "list", "--to-check", data_dir=data).stdout == ""
    again = {t["code"]: t for t in json.loads(run_cli("tasks", "list", "--json", data_dir=data).stdout)}
    assert again["2"]["deadline"] == "2023-09-30"
    assert "没有需核对" in run_cli("tasks", "settle", "2", data_dir=data).stdout
    assert run_cli("tasks", "settle", "99", data_dir=data).returncode != 0


def test_collectives_by_pattern_are_never_units_and_wait_for_their_units(db, tmp_path):
    """政府食安委各成员单位 on a first import stands for the units that import creates; 市食药安委（其他）有关
    成员单位 is no unit; 各镇（街道） with no township yet stays on the task and takes the townships once
    they are listed; 各承保公司 is asked about, never created."""
    from tests.test_tasks_import import _sheet

    _campaign(db, 4)
    rows = [
        ["序号", "任务", "责任单位"],
        [1, "报告食品安全工作情况", "各镇（街道）、政府食安委各成员单位按职责分工负责"],
        [2, "落实追溯体系", "区市场监管局牵头、区工信局配合"],
        [3, "开展宣传周活动", "区政府食安办牵头，市食药安委其他有关成员单位参与"],
    ]
    result = task_import.import_tasks(db, _sheet(tmp_path / "任务.xlsx", rows), create_units=True)
    names = sorted(u.name for u in units.list_units(db))
    assert names == sorted(["区市场监管局", "区工信局", "区政府食安办"])
    listed = {t.code: t for t in tasks.list_tasks(db, today=dt.date(2020, 6, 1))}
    assert set(listed["1"].responsible_units) == set(names)  # every member unit, those just made too
    assert set(listed["3"].responsible_units) == {"区市场监管局", "区工信局"}  # the others
    (waiting,) = listed["1"].to_check
    assert waiting["text"] == "各镇（街道）" and waiting["collective"] == "乡镇/街道"
    told = dict(result.names)
    assert "尚无" in told["各镇（街道）"] and "集体称谓" in told["政府食安委各成员单位"]
    units.add(db, UnitRecord(name="海星街道办事处", kind="乡镇/街道"))  # the townships are listed later
    listed = {t.code: t for t in tasks.list_tasks(db, today=dt.date(2020, 6, 1))}
    assert "海星街道办事处" in listed["1"].responsible_units and not listed["1"].to_check

    asked = [["序号", "任务", "责任单位"], [1, "推进食品安全责任保险", "各承保公司"]]
    with pytest.raises(task_import.UnknownUnits) as unknown:
        task_import.import_tasks(db, _sheet(tmp_path / "保险.xlsx", asked), create_units=True)
    assert unknown.value.names == ["各承保公司"]
    assert "各承保公司" not in {u.name for u in units.list_units(db)}


# -- one unit, many names ---------------------------------------------------------------------------------
FULL_NAMES = ["市市场监管局", "市城市管理和综合执法局", "市经济和信息化局", "市民政局", "市林草局", "市教育局"]


def test_short_and_full_names_of_one_unit_make_no_second_unit(db, tmp_path):
    """A responsibility table writing 市市场监督管理局, 市城管执法局, 市城管局 and 市经信局 beside a unit list of
    full names: each is taken as its unit (and remembered), none created with --create-units; 市司法局,
    which is no unit, is asked about with no wrong candidates."""
    from tests.test_tasks_import import _sheet

    _campaign(db, 1)
    for name in FULL_NAMES:
        units.add(db, UnitRecord(name=name, kind=KIND_DEPARTMENT))
    rows = [
        ["评价内容", "责任部门"],
        ["(1) 落实食品安全党政同责", "市市场监督管理局、市城管执法局"],
        ["(2) 食品安全工作纳入考核", "市城管局、市经信局、市教育局"],
    ]
    path = _sheet(tmp_path / "指标任务责任分解表.xlsx", rows)
    result = task_import.import_assignments(db, path, create_units=True)
    assert sorted(u.name for u in units.list_units(db)) == sorted(FULL_NAMES)  # no second unit
    told = dict(result.names)  # what was done with each name, as the command line prints it
    assert told["市城管局"] == "市城市管理和综合执法局（简称）" and told["市经信局"] == "市经济和信息化局（简称）"
    assigned = tasks.assignments(db)
    ids = {u.name: u.id for u in units.list_units(db)}
    assert set(assigned[1]) == {ids["市市场监管局"], ids["市城市管理和综合执法局"]}
    assert set(assigned[2]) == {ids["市城市管理和综合执法局"], ids["市经济和信息化局"], ids["市教育局"]}
    assert units.find(db, "市城管局").name == "市城市管理和综合执法局"  # remembered as an alias

    asked = _sheet(tmp_path / "司法.xlsx", [["评价内容", "责任部门"], ["(3) 普法宣传", "市司法局"]])
    with pytest.raises(task_import.UnknownUnits) as unknown:
        task_import.import_assignments(db, asked)
    assert unknown.value.names == ["市司法局"] and unknown.value.suggestions["市司法局"] == []


def test_a_findings_list_names_units_by_their_short_names(demo_db, tmp_path):
    """A 督查 list writing 市场监管局 and 市城市管理和综合执法局 (the demo's 市市场监管局, 市城管执法局)."""
    from desktop_app.services import findings
    from tests.test_findings import _list

    path = _list(
        tmp_path / "督查问题.xlsx",
        [
            [1, "市场监管局", "农贸市场快检室台账不全", "", "2027年3月底前"],
            [2, "市城市管理和综合执法局", "夜市摊点无证经营", "", "2027年1月底前"],
            [3, "市教育局牵头", "学校食堂未公示食材来源", "(85)", "2026年12月底前"],
        ],
    )
    assert findings.import_xlsx(demo_db, path, kind="月度专项督查", date=dt.date(2026, 10, 20)) == 3
    assert sorted(f.unit for f in findings.list_findings(demo_db)) == sorted(
        ["市市场监管局", "市城管执法局", "市教育局"]
    )


def test_candidates_share_the_distinctive_characters():
    """区疾控中心 is not offered 区金融事务中心; 区疾病预防控制中心 is taken for it."""
    from desktop_app.core.unit_names import Resolver

    resolver = Resolver([(1, "区金融事务中心"), (2, "区疾病预防控制中心"), (3, "区民政局")])
    assert resolver.match("区疾控中心").name == "区疾病预防控制中心"
    alone = Resolver([(1, "区金融事务中心"), (3, "区民政局")])
    assert alone.match("区疾控中心") is None and alone.candidates("区疾控中心") == []


# -- the layouts offices use ------------------------------------------------------------------------------
def test_seed_000_as_a_word_table_with_repeated_headers_and_a_note_column(db, tmp_path):
    """年底前 in a plan of three years (2022–2024) with no year anywhere: every year's end, kept as the
    plan wrote it; the header repeated on the second page is passed over; 备注 is the task's note."""
    from tests.seed_plans import seed_000_word_table

    _campaign(db, 0)
    for name in ("区市场监管局", "区农业农村局", "区卫生健康委"):
        units.add(db, UnitRecord(name=name, kind=KIND_DEPARTMENT))
    result = task_import.import_tasks(db, seed_000_word_table(tmp_path / "开州区任务分解表.docx"))
    assert result.created == 8 + 23 and not [c for _code, c in result.checks if c.kept]
    listed = [t for t in tasks.list_tasks(db, today=dt.date(2023, 1, 1)) if not t.is_group]
    assert len(listed) == 23 and all(t.lead_units == ["区市场监管局"] for t in listed)
    yearly = [t for t in listed if t.deadline_text == "年底前"]
    assert len(yearly) == 5 and all(t.deadline_kind == "recurring" and not t.overdue for t in yearly)
    assert [t.note for t in listed if t.note] == ["每月报进展"]


def test_seed_002_as_a_wps_workbook_with_measures_and_roles_in_one_column(db, tmp_path):
    from tests.seed_plans import seed_002_wps_workbook

    _campaign(db, 2)
    for name in ("区市场监管局", "区农业农村局"):
        units.add(db, UnitRecord(name=name, kind=KIND_DEPARTMENT))
    result = task_import.import_tasks(db, seed_002_wps_workbook(tmp_path / "瓯海区重点任务.xlsx"))
    assert result.created == 12 and result.unread == ["G 手机"]
    listed = tasks.list_tasks(db, today=dt.date(2022, 6, 1))
    source = next(t for t in listed if t.title == "开展“源头治理”行动")
    assert source.content.startswith("启动食用农产品“治违禁、控药残、促提升”三年行动")  # 具体举措
    assert source.lead_units == ["区市场监管局"] and source.responsible_units == ["区农业农村局"]
    assert source.wording["区农业农村局"] == "配合"


def test_the_plan_as_a_text_file_in_gb18030_and_a_binary_file_refused(db, tmp_path):
    """Seed 003's plan saved from Notepad on a Chinese Windows (GB18030) comes in like its Word copy;
    a file of other bytes with a .txt name is refused whole with a reason."""
    from desktop_app.core.errors import ImportRejected
    from tests.seed_plans import SEED_FILES

    _campaign(db, 3)
    path = tmp_path / "济源示范区实施方案.txt"
    path.write_bytes(SEED_FILES[3].read_text(encoding="utf-8").encode("gb18030"))
    result = task_import.import_tasks(db, path, create_units=True)
    assert result.created == PLANS[3][3] + PLANS[3][4]
    engineering = next(t for t in tasks.list_tasks(db) if t.title == "实施产地环境净化工程")
    assert engineering.lead_units == ["示范区生态环境局"]
    binary = tmp_path / "方案.txt"
    binary.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    with pytest.raises(ImportRejected) as refused:
        task_import.import_tasks(db, binary)
    assert "方案.txt" in refused.value.message


def test_a_settled_check_stays_settled_when_the_same_table_comes_again(db, tmp_path):
    """Confirmed as written, or corrected by a person: the same table imported again asks nothing, and a
    corrected deadline is not put back to the text the table still has."""
    from tests.test_tasks_import import _sheet

    _campaign(db, 1)
    units.add(db, UnitRecord(name="市市场监管局", kind=KIND_DEPARTMENT))
    rows = [
        ["序号", "任务", "牵头单位", "完成时限"],
        [1, "建立联席会议制度", "市市场监管局", "待省里通知"],
        [2, "开展食品安全宣传周", "市市场监管局", "视情况而定"],
        [3, "推进明厨亮灶", "市市场监管局", "2024年9月底前"],
        [4, "规范农贸市场", "市市场监管局", "2024年12月底前"],
    ]
    path = _sheet(tmp_path / "任务.xlsx", rows)
    task_import.import_tasks(db, path)
    listed = {t.code: t for t in tasks.list_tasks(db)}
    assert listed["1"].to_check and listed["2"].to_check
    tasks.settle_checks(db, "1", "2024年6月底前", version=listed["1"].version)  # corrected
    tasks.settle_checks(db, "2", version=listed["2"].version)  # confirmed as written
    again = task_import.import_tasks(db, path)
    assert (again.updated, again.unchanged) == (0, 4)
    listed = {t.code: t for t in tasks.list_tasks(db)}
    assert listed["1"].deadline == dt.date(2024, 6, 30) and not listed["1"].to_check
    assert listed["2"].deadline_text == "视情况而定" and not listed["2"].to_check
    history = tasks.history(db, "1")
    assert [(e.kind, e.old, e.new) for e in history if e.kind == "deadline"] == [
        ("deadline", "待省里通知", "2024年6月底前")
    ]


def test_a_date_without_a_year_takes_its_groups_year_or_phase(db, tmp_path):
    """Seed 000's phases as the campaign's; a table grouped by year (一、2023年重点工作) and by phase
    (（二）自查阶段): 6月底前 under each is dated by its heading, and says so; 年底前 under no heading
    with a year in a plan of several years stays every year's end."""
    from desktop_app.services.campaigns import PhaseInfo
    from tests.test_tasks_import import _sheet

    phases = [
        PhaseInfo("创建重启阶段", dt.date(2022, 5, 1), dt.date(2022, 12, 31)),
        PhaseInfo("自查阶段", dt.date(2023, 1, 1), dt.date(2023, 3, 31)),
        PhaseInfo("全面创建阶段", dt.date(2023, 4, 1), dt.date(2024, 12, 31)),
    ]
    campaigns.create(
        db, name="开州区创建", region="开州区", population=1_200_000, start=dt.date(2022, 5, 1),
        end=dt.date(2025, 12, 31), phases=phases,
    )  # fmt: skip
    units.add(db, UnitRecord(name="区市场监管局", kind=KIND_DEPARTMENT))
    rows = [
        ["开州区创建任务分解表"],
        ["序号", "任务", "牵头单位", "完成时限"],
        ["一、2023年重点工作"],
        [1, "修订应急预案", "区市场监管局", "6月底前"],
        ["二、2024年重点工作"],
        [1, "建成快检室", "区市场监管局", "6月底前"],
        ["三、自查阶段工作"],
        [1, "对照细则自查", "区市场监管局", "3月20日前"],
        ["四、日常工作"],
        [1, "开展宣传周", "区市场监管局", "年底前"],
    ]
    result = task_import.import_tasks(db, _sheet(tmp_path / "任务.xlsx", rows))
    listed = {t.code: t for t in tasks.list_tasks(db, today=dt.date(2023, 1, 1))}
    assert listed["1.1"].deadline == dt.date(2023, 6, 30)
    assert listed["2.1"].deadline == dt.date(2024, 6, 30)
    assert listed["3.1"].deadline == dt.date(2023, 3, 20)
    assert listed["4.1"].deadline_kind == "recurring"
    reasons = {code: c.reason for code, c in result.checks}
    assert "2023年重点工作" in reasons["1.1"] and "自查阶段" in reasons["3.1"]


def test_a_table_of_mostly_unreadable_deadlines_is_refused_with_the_first_ten(db, tmp_path):
    from desktop_app.core.errors import ImportRejected
    from tests.test_tasks_import import _sheet

    _campaign(db, 1)
    units.add(db, UnitRecord(name="市市场监管局", kind=KIND_DEPARTMENT))
    rows = [["序号", "任务", "牵头单位", "完成时限"]]
    rows += [[n, f"任务{n}", "市市场监管局", f"第{n}批次"] for n in range(1, 13)]
    rows += [[13, "任务13", "市市场监管局", "2024年6月底前"]]
    with pytest.raises(ImportRejected) as refused:
        task_import.import_tasks(db, _sheet(tmp_path / "任务.xlsx", rows))
    assert "12 个单元格无法识别" in refused.value.message and len(refused.value.details) == 10
    assert tasks.list_tasks(db) == []


def test_several_dates_keep_the_earlier_ones_as_milestones(db, tmp_path):
    from tests.test_tasks_import import _sheet

    _campaign(db, 4)
    units.add(db, UnitRecord(name="区市场监管局", kind=KIND_DEPARTMENT))
    rows = [
        ["序号", "任务", "责任单位", "完成时限"],
        [1, "逐条报送落实情况", "区市场监管局负责", "2020年8月25日、11月1日前"],
    ]
    task_import.import_tasks(db, _sheet(tmp_path / "任务.xlsx", rows))
    (task,) = tasks.list_tasks(db, today=dt.date(2020, 9, 1))
    assert task.deadline == dt.date(2020, 11, 1) and task.milestones == [dt.date(2020, 8, 25)]
    assert task.to_json()["milestones"] == ["2020-08-25"] and not task.overdue


def test_a_text_plan_too_large_or_without_tasks_is_refused_with_a_reason(db, tmp_path, monkeypatch):
    from desktop_app.core.errors import ImportRejected
    from desktop_app.exchange import xlsx_io

    _campaign(db, 3)
    empty = tmp_path / "通知.txt"
    empty.write_text("关于召开食品安全工作会议的通知\n请各单位准时参加。\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as refused:
        task_import.import_tasks(db, empty)
    assert "通知.txt" in refused.value.message and "没有找到带编号的任务" in refused.value.message
    monkeypatch.setattr(xlsx_io, "MAX_TEXT", 1024)
    large = tmp_path / "大.txt"
    large.write_text("二、重点任务\n" + "1.开展专项行动。（区市场监管局负责）\n" * 100, encoding="utf-8")
    with pytest.raises(ImportRejected) as refused:
        task_import.import_tasks(db, large)
    assert "大.txt" in refused.value.message and "太大" in refused.value.message
    assert tasks.list_tasks(db) == []


def test_a_task_cell_holding_a_whole_paragraph_is_named_by_its_first_clause(db, tmp_path):
    """A 任务 cell of 400 characters (the plan's paragraph pasted in) beside a 工作内容 cell: the task is
    named by its first clause, the paragraph kept whole in its content — on a server's VARCHAR(300) too."""
    from tests.test_tasks_import import _sheet

    _campaign(db, 4)
    units.add(db, UnitRecord(name="区市场监管局", kind=KIND_DEPARTMENT))
    paragraph = (
        "建立健全落实企业主体责任工作规范，" + "督促企业建立自查制度，落实安全管理、风险管控、检验检测等主体责任，" * 12
    )
    rows = [["序号", "任务", "工作内容", "牵头单位"], [1, paragraph, "按月报送进展", "区市场监管局"]]
    task_import.import_tasks(db, _sheet(tmp_path / "任务.xlsx", rows))
    (task,) = tasks.list_tasks(db)
    assert task.title == "建立健全落实企业主体责任工作规范"
    assert task.content == paragraph + "\n按月报送进展"


def test_a_place_prefixed_department_is_not_blamed_as_a_county(db, tmp_path):
    """示范区卫生健康委员会 imported without a 类型 column is a department: the coverage map gives it the
    items the rule set names the health department for, not every item of 各县（区）."""
    from openpyxl import Workbook

    from desktop_app.services import coverage

    _campaign(db, 3)
    wb = Workbook()
    wb.active.append(["单位名称", "联系电话"])
    for name in ("示范区卫生健康委员会", "示范区市场监督管理局", "克井镇人民政府", "江达县人民政府"):
        wb.active.append([name, ""])
    wb.save(tmp_path / "单位.xlsx")
    units.import_xlsx(db, tmp_path / "单位.xlsx")
    kinds = {u.name: u.kind for u in units.list_units(db)}
    assert kinds == {
        "示范区卫生健康委员会": "部门",
        "示范区市场监督管理局": "部门",
        "克井镇人民政府": "乡镇/街道",
        "江达县人民政府": "县/区",
    }
    ids = {u.name: u.id for u in units.list_units(db)}
    responsible = coverage.compute(db).responsible
    county_items = [no for no, unit_ids in responsible.items() if ids["江达县人民政府"] in unit_ids]
    health_items = [no for no, unit_ids in responsible.items() if ids["示范区卫生健康委员会"] in unit_ids]
    assert len(county_items) > 40 and len(health_items) < len(county_items) / 2


def test_a_deadline_that_became_unreadable_is_no_blank_cell(db, tmp_path):
    """Imported once with a date, again with words no reading fits: the words replace the date (kept as
    written, 需核对); a blank cell would have kept the date."""
    from tests.test_tasks_import import _sheet

    _campaign(db, 1)
    units.add(db, UnitRecord(name="市市场监管局", kind=KIND_DEPARTMENT))
    rows = [["序号", "任务", "牵头单位", "完成时限"], [1, "建立联席会议制度", "市市场监管局", "2024年6月底前"]]
    rows += [[n, f"任务{n}", "市市场监管局", "2024年12月底前"] for n in range(2, 5)]
    task_import.import_tasks(db, _sheet(tmp_path / "任务.xlsx", rows))
    rows[1][3] = "待省里通知"
    result = task_import.import_tasks(db, _sheet(tmp_path / "任务.xlsx", rows))
    assert result.updated == 1 and not result.blank_kept
    task = next(t for t in tasks.list_tasks(db) if t.code == "1")
    assert task.deadline is None and task.deadline_text == "待省里通知" and task.to_check


def test_brackets_that_name_no_unit_stay_in_the_tasks_text():
    from desktop_app.core.plan_text import task_rows

    paragraphs = [
        ("二、重点任务", False),
        ("（一）健全机制", False),
        ("1.建立联席会议制度（以下简称“联席会议”），由牵头部门召集。（区市场监管局牵头，区法院、区检察院配合）", False),
        ("2.推进校（园）长负责制。（区教育局负责）", False),
        ("3.加强检验检测机构（含社会化检验检测机构）能力建设。（区市场监管局）", False),
    ]
    rows = {r[0]: r for r in task_rows(paragraphs)[1:] if r[0]}
    assert "（以下简称“联席会议”）" in rows["1"][1] and rows["1"][3] == "区市场监管局牵头，区法院、区检察院配合"
    assert "校（园）长" in rows["2"][1] and rows["2"][3] == "区教育局负责"
    assert "（含社会化检验检测机构）" in rows["3"][1] and rows["3"][3] == "区市场监管局负责"
