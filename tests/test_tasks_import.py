"""Importing the office's task table and responsibility table as seed 001 lays them out."""

import datetime as dt
import io
import json
import re
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from desktop_app.core.errors import ImportRejected
from desktop_app.core.units import split_unit_list
from desktop_app.services import coverage, task_import, tasks, units
from desktop_app.services.reads import dashboard
from desktop_app.services.task_import import UnknownUnits
from tests.conftest import run_cli
from tests.seed_tasks import assignment_workbook, seed_groups_and_tasks, task_workbook

# names seed 001 uses that the demo's unit list has under other names
MAPPING = {
    "新区管委会": "昌都经济开发区管委会",
    "市城市管理和综合执法局": "市城管执法局",
    "市经济和信息化局": "市经信局",
}


@pytest.fixture
def workbook(tmp_path):
    return task_workbook(tmp_path / "任务分解表.xlsx")


def _unknown(db, path):
    with pytest.raises(UnknownUnits) as caught:
        task_import.import_tasks(db, path)
    return caught.value


def test_unknown_units_are_asked_for_and_nothing_is_imported(demo_db, workbook):
    before = tasks.briefs(demo_db)
    unknown = _unknown(demo_db, workbook)
    # the full names of 市城管执法局 and 市经信局 are taken as theirs; 新区管委会 and 市旅游发展局 are asked
    assert set(unknown.names) == {"新区管委会", "市旅游发展局"}
    assert "昌都经济开发区管委会" in unknown.suggestions["新区管委会"]
    assert "新区管委会" in unknown.message or any("新区管委会" in d for d in unknown.details)
    assert tasks.briefs(demo_db) == before  # all or nothing
    done = task_import.import_tasks(demo_db, workbook, mapping={n: MAPPING.get(n, "") for n in unknown.names})
    told = dict(done.names)
    assert told["市城市管理和综合执法局"] == "市城管执法局（简称）" and told["市经济和信息化局"] == "市经信局（简称）"
    assert told["新区管委会"] == "昌都经济开发区管委会（按指定对应）" and told["市旅游发展局"].startswith("新建")
    assert units.find(demo_db, "市城市管理和综合执法局").name == "市城管执法局"  # remembered as its alias


def test_seed_001_tasks_with_their_units(demo_db, workbook):
    unknown = _unknown(demo_db, workbook)
    mapping = {n: MAPPING.get(n, "") for n in unknown.names}  # the rest are created
    result = task_import.import_tasks(demo_db, workbook, mapping=mapping)
    groups, seed = seed_groups_and_tasks()
    assert result.created == len(groups) + len(seed) == 26
    by_code = {t.code: t for t in tasks.list_tasks(demo_db, today=dt.date(2024, 1, 15)) if t.code[0] in "12"}
    imported = {c: t for c, t in by_code.items() if not c.startswith("G")}
    # numbering restarts in each group; codes stay unique
    assert {c for c in imported if c.startswith("1.")} == {f"1.{n}" for n in range(1, 13)}
    assert {c for c in imported if c.startswith("2.")} == {f"2.{n}" for n in range(1, 13)}
    assert imported["1"].title == "实施12项食品安全治理提升工程" and imported["1"].is_group
    source = imported["1.1"]
    assert source.title == "源头治理提升工程" and source.parent == "1"
    assert source.lead_units == ["市农业农村局"]
    counties = [u.name for u in units.list_units(demo_db) if u.kind == "县/区"]
    assert set(counties) <= set(source.responsible_units)  # 各县（区）人民政府
    assert {"市生态环境局", "市住房城乡建设局", "市城管执法局", "昌都经济开发区管委会"} <= set(source.responsible_units)
    assert imported["1.5"].lead_units == ["市农业农村局", "市市场监管局"]  # 市农业农村局、市场监管局
    assert imported["1.6"].lead_units == ["市农业农村局", "市商务局", "市市场监管局"]
    assert imported["2.8"].lead_units == ["市林草局"]
    assert set(counties) <= set(imported["2.11"].responsible_units)  # 各县（市、区）人民政府
    assert imported["1.1"].deadline == dt.date(2023, 12, 31) and imported["1.1"].overdue  # on 2024-01-15
    assert imported["1.2"].deadline_text == "2024.12.31"
    assert imported["1.3"].deadline_kind == "ongoing"
    # the targets in a task's text
    assert "4批次/千人" in imported["1.5"].targets
    # the mapping is remembered as aliases: the same workbook imports at once next time
    assert units.find(demo_db, "新区管委会").name == "昌都经济开发区管委会"
    again = task_import.import_tasks(demo_db, workbook)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 26)


def test_overdue_is_derived_and_reimport_keeps_status(demo_db, workbook):
    task_import.import_tasks(demo_db, workbook, mapping=MAPPING, create_units=True)
    late = [t.code for t in tasks.list_tasks(demo_db, overdue=True, today=dt.date(2024, 1, 15))]
    assert "1.1" in late and "1.2" not in late  # 2023-12-31 passed, 2024-12-31 not
    tasks.set_status(demo_db, "1.1", "已完成", note="已验收")
    assert "1.1" not in [t.code for t in tasks.list_tasks(demo_db, overdue=True, today=dt.date(2024, 1, 15))]
    task_import.import_tasks(demo_db, workbook)  # the office's sheet again: status stays
    info = next(t for t in tasks.list_tasks(demo_db) if t.code == "1.1")
    assert (info.status, info.progress) == ("已完成", 100)
    mine = tasks.list_tasks(demo_db, unit="市林草局")
    assert [t.code for t in mine if not t.code.startswith("G")] == ["2.8"]  # G…: the demo's own tasks


def test_export_and_reimport_changes_nothing(demo_db, workbook, tmp_path):
    task_import.import_tasks(demo_db, workbook, mapping=MAPPING, create_units=True)
    before = [t.to_json() for t in tasks.list_tasks(demo_db)]
    out = tasks.export_xlsx(demo_db, tmp_path / "导出.xlsx")
    ws = load_workbook(out).active
    assert ws.freeze_panes == "A3" and ws.auto_filter.ref and ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows.replace("$", "") == "1:2"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) and ws.cell(3, 3).alignment.wrap_text
    assert ws.column_dimensions["C"].width > ws.column_dimensions["A"].width  # the content column is wide
    assert ws.cell(2, 1).value == "编号" and ws.cell(2, 4).value == "牵头单位"
    result = task_import.import_tasks(demo_db, out)
    assert result.created == 0 and result.updated == 0
    assert [t.to_json() for t in tasks.list_tasks(demo_db)] == before
    one = tasks.export_xlsx(demo_db, tmp_path / "市林草局.xlsx", unit="市林草局")
    rows = [r for r in load_workbook(one).active.iter_rows(min_row=3, values_only=True)]
    assert [r[0] for r in rows if not r[0].startswith("G")] == ["2.8"] and "市林草局" in load_workbook(one).active.cell(
        1, 1
    ).value


def test_responsibility_table_assigns_departments(demo_db, tmp_path):
    path = assignment_workbook(tmp_path / "指标任务责任分解表.xlsx")
    # 各承保公司 (the insurers) is asked about, never created: the office leaves it out
    result = task_import.import_assignments(demo_db, path, create_units=True, mapping={"各承保公司": "-"})
    assert result.items == 94
    assigned = tasks.assignments(demo_db)
    edu = units.find(demo_db, "市教育局").id
    assert edu in assigned[85]
    assert set(coverage.compute(demo_db).responsible[85]) == set(assigned[85])
    # the office's own table decides: give item (85) to the 市场监管局 alone
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["评价内容", "责任部门"])
    wb.active.append(["(85) 学校食堂“互联网+明厨亮灶”覆盖率达到100%", "市场监管局"])
    wb.save(tmp_path / "改.xlsx")
    task_import.import_assignments(demo_db, tmp_path / "改.xlsx")
    assert coverage.compute(demo_db).responsible[85] == [units.find(demo_db, "市市场监管局").id]


def _sheet(path, rows):
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("rows", "words"),
    [
        ([["随便写点什么"], ["没有表头"]], "没有找到任务表"),
        ([["序号", "任务", "牵头单位", "完成时限"], [1, "任务一", "市教育局", "2099年13月"]], "D2"),
        ([["序号", "任务", "牵头单位", "完成时限"], [1, "任务一", "市教育局", "1999年1月"]], "1999"),
        ([["序号", "任务", "牵头单位", "完成时限"], [1, "任务一", "   ", "2024年底"]], "C2"),
        (
            [
                ["序号", "任务", "牵头单位", "完成时限"],
                [1, "任务一", "市教育局", "2024年底"],
                [1, "任务二", "市教育局", ""],
            ],
            "两次",
        ),
        ([["序号", "任务", "牵头单位", "完成时限"], [1, "任务一", "市教育局", "2101年3月"]], "2101"),
        ([["序号", "任务", "牵头单位", "完成时限"], [1, "任务一", " \n　", "2024年底"]], "C2"),
        ([["序号", "任务", "牵头单位", "完成时限"]], "没有任务"),
        ([], "没有找到任务表"),  # an empty sheet
    ],
)
def test_bad_workbooks_are_refused_with_the_place(demo_db, tmp_path, rows, words):
    path = _sheet(tmp_path / "坏表.xlsx", rows)
    with pytest.raises(ImportRejected) as caught:
        task_import.import_tasks(demo_db, path)
    text = caught.value.message + "\n".join(caught.value.details)
    assert words in text
    assert tasks.briefs(demo_db) == tasks.briefs(demo_db) and len(tasks.briefs(demo_db)) == 26  # the demo's own


def _zip_of(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "密码"),  # encrypted (or .xls): an OLE file
        ("序号,任务,牵头单位\n1,任务一,市教育局\n".encode("gbk"), ".xlsx"),  # a CSV renamed
        (b"PK\x03\x04broken", ".xlsx"),  # cut off while copied
        (_zip_of({"readme.txt": "not a workbook"}), "损坏"),  # a zip, but no workbook inside
        (b"", "空"),
    ],
)
def test_files_that_are_no_workbook_are_refused(demo_db, tmp_path, content, words):
    path = tmp_path / "任务分解表.xlsx"
    path.write_bytes(content)
    before = tasks.briefs(demo_db)
    with pytest.raises(ImportRejected) as caught:
        task_import.import_tasks(demo_db, path)
    assert words in caught.value.message and "任务分解表.xlsx" in caught.value.message
    assert tasks.briefs(demo_db) == before


@pytest.mark.slow
def test_ten_thousand_rows_all_or_nothing(demo_db, tmp_path):
    rows = [["某市任务分解表"], ["序号", "任务", "牵头单位", "责任单位", "完成时限"]]
    rows += [[n, f"任务{n}", "市教育局", "市公安局、市卫生健康委", "2025年12月底前"] for n in range(1, 10_001)]
    rows[9_876][4] = "2025年13月"  # row 9,877 of the sheet
    path = _sheet(tmp_path / "大表.xlsx", rows)
    before = tasks.briefs(demo_db)
    with pytest.raises(ImportRejected) as caught:  # --strict: one odd cell refuses the whole table
        task_import.import_tasks(demo_db, path, strict=True)
    assert any("“Sheet” 第 9877 行" in d and "E9877" in d for d in caught.value.details), caught.value.details[:3]
    assert len(caught.value.details) == 1 and tasks.briefs(demo_db) == before
    result = task_import.import_tasks(demo_db, path, dry_run=True)  # by default it is kept and flagged
    assert result.created == 10_000 and [(code, c.text, c.where) for code, c in result.checks] == [
        ("9875", "2025年13月", "Sheet E9877")
    ]
    rows[9_876][4] = "2025年12月底前"
    result = task_import.import_tasks(demo_db, _sheet(path, rows))
    assert result.created == 10_000
    assert len(tasks.list_tasks(demo_db, unit="市公安局")) >= 10_000


def _odd_sheet(path):
    """A header the program half knows: 办结节点 is no name it has for the deadline."""
    return _sheet(
        path,
        [
            ["某县食品安全示范创建任务表"],
            ["序号", "工作任务", "牵头单位", "责任单位", "办结节点"],
            [1, "建立联席会议制度", "市市场监管局", "市公安局", "2025年6月底前"],
            [2, "开展食品安全宣传周", "市卫生健康委", "市教育局", "长期坚持"],
        ],
    )


def test_a_doubtful_header_asks_and_the_chosen_columns_import(demo_db, tmp_path):
    from desktop_app.exchange.tasks_xlsx import HeaderUnsure, Layout

    path = _odd_sheet(tmp_path / "县表.xlsx")
    before = tasks.briefs(demo_db)
    with pytest.raises(HeaderUnsure) as caught:
        task_import.import_tasks(demo_db, path)
    unsure = caught.value
    assert "请核对" in unsure.message and tasks.briefs(demo_db) == before
    assert unsure.guess == Layout("Sheet", 2, {"code": 1, "title": 2, "lead": 3, "responsible": 4})
    assert unsure.previews[0].rows[1][4] == "办结节点"
    with pytest.raises(ImportRejected, match="至少"):  # the needed columns left out
        task_import.import_tasks(demo_db, path, layout=Layout("Sheet", 2, {"title": 2}))
    layout = Layout("Sheet", 2, {**unsure.guess.columns, "deadline": 5})
    assert task_import.import_tasks(demo_db, path, layout=layout).created == 2
    made = {t.code: t for t in tasks.list_tasks(demo_db) if t.code in ("1", "2")}
    assert made["1"].deadline == dt.date(2025, 6, 30) and made["2"].deadline_text == "长期坚持"
    assert made["1"].lead_units == ["市市场监管局"]


def test_no_header_at_all_offers_the_preview(demo_db, tmp_path):
    from desktop_app.exchange.tasks_xlsx import HeaderUnsure, Layout

    path = _sheet(tmp_path / "无表头.xlsx", [[1, "建立联席会议制度", "市市场监管局", "2025年6月底前"]])
    with pytest.raises(HeaderUnsure) as caught:
        task_import.import_tasks(demo_db, path)
    assert caught.value.guess is None and "没有找到任务表" in caught.value.message
    layout = Layout(None, 0, {"code": 1, "title": 2, "lead": 3, "deadline": 4})
    assert task_import.import_tasks(demo_db, path, layout=layout).created == 1


def test_cli_names_the_columns_when_the_header_is_doubtful(tmp_path):
    data = tmp_path / "data"
    assert run_cli("demo", data_dir=data).returncode == 0
    path = _odd_sheet(tmp_path / "县表.xlsx")
    asked = run_cli("tasks", "import", str(path), data_dir=data)
    assert asked.returncode == 2 and "--columns" in asked.stderr and "任务=B" in asked.stderr
    bad = run_cli("tasks", "import", str(path), "--columns", "截止=E", data_dir=data)
    assert bad.returncode == 2 and "截止=E" in bad.stderr
    columns = "序号=A,任务=B,牵头单位=C,责任单位=D,完成时限=E"
    done = run_cli("tasks", "import", str(path), "--header-row", "2", "--columns", columns, data_dir=data)
    assert done.returncode == 0, done.stderr
    listed = json.loads(run_cli("tasks", "list", "--json", "--unit", "市公安局", data_dir=data).stdout)
    assert any(t["title"] == "建立联席会议制度" and t["deadline"] == "2025-06-30" for t in listed)


def test_formulas_without_saved_values_are_named(demo_db, tmp_path):
    path = _sheet(tmp_path / "公式.xlsx", [["序号", "任务", "牵头单位"], [1, '=CONCAT("任务","一")', "市教育局"]])
    with pytest.raises(ImportRejected) as caught:
        task_import.import_tasks(demo_db, path)
    assert any("B2" in d and "公式" in d for d in caught.value.details)


def test_cli_import_list_export(tmp_path, workbook):
    data = tmp_path / "data"
    assert run_cli("demo", data_dir=data).returncode == 0
    asked = run_cli("tasks", "import", str(workbook), data_dir=data)
    assert asked.returncode == 2 and "新区管委会" in asked.stderr
    maps = [f"--map={k}={v}" for k, v in MAPPING.items()]
    done = run_cli("tasks", "import", str(workbook), *maps, "--create-units", data_dir=data)
    assert done.returncode == 0, done.stderr
    listed = json.loads(run_cli("tasks", "list", "--json", "--unit", "市林草局", data_dir=data).stdout)
    assert [t["code"] for t in listed if not t["code"].startswith("G")] == ["2.8"]
    assert {"code", "title", "lead_units", "responsible_units", "deadline", "status", "overdue"} <= set(listed[0])
    out = tmp_path / "导出.xlsx"
    assert run_cli("tasks", "export", str(out), data_dir=data).returncode == 0 and out.exists()
    path = assignment_workbook(tmp_path / "分解表.xlsx")
    done = run_cli("assignments", "import", str(path), "--create-units", "--map", "各承保公司=-", data_dir=data)
    assert done.returncode == 0, done.stderr


def test_supervise_and_extend_are_kept_in_history(demo_db, workbook):
    from desktop_app.core.errors import KnownError

    task_import.import_tasks(demo_db, workbook, mapping=MAPPING, create_units=True)
    tasks.supervise(demo_db, "1.1", True, "市政府督查室挂牌督办")
    with pytest.raises(KnownError, match="延期"):
        tasks.extend(demo_db, "1.1", "2024年6月底前", "  ")
    with pytest.raises(KnownError, match="2023年12月底前"):
        tasks.extend(demo_db, "1.1", "2023年6月底前", "资金未到位")
    tasks.extend(demo_db, "1.1", "2024年6月底前", "资金未到位")
    info = next(t for t in tasks.list_tasks(demo_db, today=dt.date(2024, 1, 15)) if t.code == "1.1")
    assert info.supervised and info.extensions == 1 and info.deadline == dt.date(2024, 6, 30)
    assert not info.overdue  # the extension moved the deadline past today
    kinds = [(e.kind, e.old, e.new, e.note) for e in tasks.history(demo_db, "1.1")]
    assert kinds[0] == ("extend", "2023年12月底前", "2024年6月底前", "资金未到位")
    assert kinds[1][0] == "supervise" and kinds[1][3] == "市政府督查室挂牌督办"


def test_reminder_notice_pdf_as_a_reader_sees_it(demo_db, workbook, tmp_path):
    import subprocess

    from desktop_app.core.errors import KnownError

    task_import.import_tasks(demo_db, workbook, mapping=MAPPING, create_units=True)
    out = tasks.write_notice(demo_db, "市林草局", tmp_path / "催办.pdf", today=dt.date(2025, 1, 15)).path
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "催办通知单" in text and "市林草局" in text
    assert "实施打击非法野生动物交易行动" in text and "已逾期任务（1 项）" in text.replace(" ", "").replace(
        "（1项）", "（1 项）"
    )
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    from desktop_app.services import archive

    kept = archive.listed(demo_db)[0]
    assert kept.kind == "reminder_notice" and kept.params["unit"] == "市林草局"
    assert archive.path_of(demo_db, kept.id).read_bytes() == out.read_bytes()
    assert fonts and all(" yes " in line for line in fonts)  # every font embedded
    with pytest.raises(KnownError, match="没有"):
        tasks.write_notice(demo_db, "市林草局", tmp_path / "无.pdf", today=dt.date(2023, 1, 1))
    assert not (tmp_path / "无.pdf").exists()


def test_dashboard_figures(demo_db, workbook):
    task_import.import_tasks(demo_db, workbook, mapping=MAPPING, create_units=True)
    tasks.set_status(demo_db, "2.8", "已完成")
    today = dt.date(2024, 12, 20)
    board = dashboard.dashboard(demo_db, today)
    every = [t for t in tasks.list_tasks(demo_db, today=today) if not t.is_group]
    assert sum(board.counts.values()) == len(every)
    assert board.counts["已逾期"] == len([t for t in every if t.overdue]) > 0
    assert [t.deadline for t in board.overdue] == sorted(t.deadline for t in board.overdue)
    assert {t.code for t in board.due_soon} >= {"1.2"}  # 2024.12.31, within 14 days
    assert "2.8" not in {t.code for t in board.due_soon}  # done
    assert board.ranking[0] == ("市委网信办", 1, 1)  # its one task (2.8) is done: first
    assert ("市林草局", 1, 2) in board.ranking
    assert board.ranking[-1][1] == 0


def test_deadlines_in_plan_wording_fall_due_at_the_end_of_their_period(demo_db, tmp_path):
    """Seed 003 gives periods (2022年6月—2022年11月) and seasons: a task is due when its period ends,
    and a season's day is approximate, shown in the plan's own words."""
    rows = [
        ["序号", "任务", "牵头单位", "完成时限"],
        [1, "严格标准，全面实施", "市食安办", "2022年6月—2022年11月"],
        [2, "全面总结，自查自评", "市食安办", "2022年10月至11月"],
        [3, "学校食堂专项检查", "市教育局", "2022年9月开学前"],
    ]
    task_import.import_tasks(demo_db, _sheet(tmp_path / "济源.xlsx", rows))
    found = {t.title: t for t in tasks.list_tasks(demo_db, today=dt.date(2022, 8, 1))}
    period = found["严格标准，全面实施"]
    assert (period.deadline, period.overdue, period.shown_deadline) == (
        dt.date(2022, 11, 30),
        False,  # due at the end of November, not overdue since June
        "2022年6月—2022年11月",
    )
    assert found["全面总结，自查自评"].deadline == dt.date(2022, 11, 30)
    school = found["学校食堂专项检查"]
    assert (school.deadline, school.deadline_kind, school.shown_deadline) == (
        dt.date(2022, 8, 31),
        "approximate",
        "2022年9月开学前",
    )
    late = {t.title: t for t in tasks.list_tasks(demo_db, today=dt.date(2022, 9, 2))}
    assert late["学校食堂专项检查"].overdue and not late["严格标准，全面实施"].overdue


@pytest.mark.parametrize("merged", [True, False], ids=["merged point cells", "blank point cells"])
def test_the_responsibility_table_as_seed_001_lays_it_out(demo_db, tmp_path, merged):
    """Category rows across the table, the header on every page, a point written once, the 否决项
    section, a title and a note: every item is read; what is no item is passed over with its reason."""
    from tests.seed_tasks import annex_workbook

    path = annex_workbook(tmp_path / "附件.xlsx", merged=merged)
    # 各承保公司 (the insurers) is asked about, never created: the office leaves it out
    result = task_import.import_assignments(demo_db, path, create_units=True, mapping={"各承保公司": "-"})
    assert result.items == 94
    reasons = {row.reason for row in result.skipped}
    assert {
        "a category row spanning the table",
        "the header repeated",
        "a note or signature line, not a row of the table",
    } <= reasons
    assert len([r for r in result.skipped if r.reason == "a category row spanning the table"]) == 6  # 一 … 六
    assigned = tasks.assignments(demo_db)
    assert set(assigned) == set(range(1, 95))


def test_a_task_table_with_notes_totals_and_a_repeated_header(demo_db, tmp_path):
    rows = [
        ["某市创建工作任务分解表"],
        ["序号", "任务", "牵头单位", "完成时限"],
        [1, "建立工作机制", "市食安办", "2025年6月底前"],
        [2, "开展专项整治", "市市场监管局", "2025年9月底前"],
        [None, None, None, None],
        ["序号", "任务", "牵头单位", "完成时限"],  # the header again, as a page break in Word repeats it
        [3, "总结迎检", "市食安办", "2025年12月底前"],
        ["合计", "3项", None, None],
        ["注：各单位于每月25日前报送推进情况。"],
        ["填表人：张三", None, "联系电话：0895-4800000", None],
    ]
    result = task_import.import_tasks(demo_db, _sheet(tmp_path / "带注释.xlsx", rows))
    assert result.created == 3
    assert [(row.row, row.reason) for row in result.skipped] == [
        (6, "the header repeated"),
        (8, "a total row"),
        (9, "a note or signature line, not a row of the table"),
        (10, "a note or signature line, not a row of the table"),
    ]
    assert "第 9 行" in result.skipped[2].text() and "注释" in result.skipped[2].text()


def test_a_name_mapped_to_all_units_a_kind_or_nothing(demo_db, tmp_path):
    rows = [
        ["序号", "任务", "牵头单位", "责任单位", "完成时限"],
        [1, "全面排查", "市食安办", "食安委全体委员单位、市场监管所、上级有关部门、市卫生健康委员会", "2025年6月底前"],
    ]
    path = _sheet(tmp_path / "映射.xlsx", rows)
    with pytest.raises(UnknownUnits) as caught:
        task_import.import_tasks(demo_db, path)
    unknown = caught.value
    assert "市卫生健康委员会" not in unknown.names  # the full name of 市卫生健康委: taken
    assert "上级有关部门" in unknown.names and not unknown.suggestions["上级有关部门"]  # nothing like it
    mapping = {
        "食安委全体委员单位": "*",
        "市场监管所": "乡镇/街道",
        "上级有关部门": "-",
        "市卫生健康委员会": "市卫生健康委",
    }
    task_import.import_tasks(demo_db, path, mapping=mapping)
    task = next(t for t in tasks.list_tasks(demo_db) if t.title == "全面排查")
    every = [u.name for u in units.list_units(demo_db, include_inactive=False)]
    # every member unit (the townships among them); 市食安办 leads, so it is not responsible as well
    assert set(task.responsible_units) | set(task.lead_units) == set(every)
    assert "市食安办" not in task.responsible_units
    assert not any("上级" in name for name in task.responsible_units)


def _xls(path, rows, merges=()):
    """An Excel 97–2003 workbook as an office's older PC saves it (xlwt writes the same BIFF8 as Excel)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("任务分解表")
    dated = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    done = set()
    for r0, r1, c0, c1 in merges:
        sheet.write_merge(r0, r1, c0, c1, rows[r0][c0])
        done |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if (r, c) in done or value is None:
                continue
            if isinstance(value, dt.date):
                sheet.write(r, c, value, dated)
            else:
                sheet.write(r, c, value)
    book.save(str(path))
    return path


def test_an_old_xls_task_table_imports_like_an_xlsx(demo_db, tmp_path):
    rows = [
        ["某市创建国家食品安全示范城市任务分解表", None, None, None, None],
        ["序号", "任务", "责任分工", None, "完成时限"],
        [None, None, "牵头单位", "责任单位", None],
        ["（一）源头治理", None, None, None, None],
        [1, "农产品质量安全整治", "市农业农村局", "市市场监管局、各县（区）人民政府", dt.date(2025, 6, 30)],
        [2, "校园食品安全守护", "市教育局", "市市场监管局", "2025年9月开学前"],
        ["注：各单位于每月25日前报送推进情况。", None, None, None, None],
    ]
    merges = [(0, 0, 0, 4), (1, 1, 2, 3), (1, 2, 0, 0), (1, 2, 1, 1), (1, 2, 4, 4), (3, 3, 0, 4)]
    path = _xls(tmp_path / "任务分解表.xls", rows, merges)
    result = task_import.import_tasks(demo_db, path)
    assert result.created == 3 and [r.row for r in result.skipped] == [7]  # the group row is a group, the note skipped
    found = {t.title: t for t in tasks.list_tasks(demo_db, today=dt.date(2025, 1, 1))}
    assert found["农产品质量安全整治"].deadline == dt.date(2025, 6, 30)
    assert found["农产品质量安全整治"].lead_units == ["市农业农村局"]
    assert "卡若区" in found["农产品质量安全整治"].responsible_units  # 各县（区） expanded
    assert found["校园食品安全守护"].deadline == dt.date(2025, 8, 31)
    assert found["农产品质量安全整治"].parent == found["源头治理"].code


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("任务.et", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "WPS 表格"),
        ("任务.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "WPS 文字"),
        ("导出.xls", b"<html><body><table><tr><td>1</td></tr></table></body></html>", "网页"),
        ("损坏.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"garbage" * 100, "已损坏"),
    ],
)
def test_files_that_are_no_workbook_this_program_reads_are_explained(demo_db, tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    before = tasks.briefs(demo_db)
    with pytest.raises(ImportRejected) as caught:
        task_import.import_tasks(demo_db, path)
    assert words in caught.value.message and name in caught.value.message
    assert tasks.briefs(demo_db) == before


def _docx(path, tables):
    """A plan as Word keeps it: a heading, then its task table split over pages (each part repeats
    the header), with merged cells (a group row across the table, a lead unit down two rows)."""
    import docx

    document = docx.Document()
    document.add_heading("济源产城融合示范区创建省级食品安全示范城市工作实施方案", level=1)
    document.add_paragraph("附件：重点任务分解表")
    for rows, merges in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    table.cell(r, c).text = str(value)
        for r0, c0, r1, c1 in merges:
            text = table.cell(r0, c0).text
            merged = table.cell(r0, c0).merge(table.cell(r1, c1))
            merged.text = text
        document.add_page_break()
    document.add_paragraph("注：各单位于每月25日前报送推进情况。")
    document.save(str(path))
    return path


def test_the_plan_as_word_imports_its_task_table(demo_db, tmp_path):
    header = ["序号", "任务", "牵头单位", "责任单位", "完成时限"]
    first = [
        header,
        ["（一）源头治理", None, None, None, None],
        ["1", "农产品质量安全整治", "市农业农村局", "市市场监管局", "2025年6月—2025年11月"],
        ["2", "兽药残留专项整治", "市农业农村局", "市公安局", "2025年12月底前"],
    ]
    second = [
        header,  # Word repeats the header on the next page's part of the table
        ["3", "校园食品安全守护", "市教育局", "市市场监管局", "2025年9月开学前"],
    ]
    path = _docx(tmp_path / "实施方案.docx", [(first, [(1, 0, 1, 4), (2, 2, 3, 2)]), (second, [])])
    result = task_import.import_tasks(demo_db, path)
    assert result.created == 4  # the group and its three tasks
    assert [r.reason for r in result.skipped] == ["the header repeated"]
    found = {t.title: t for t in tasks.list_tasks(demo_db, today=dt.date(2025, 1, 1))}
    assert found["兽药残留专项整治"].lead_units == ["市农业农村局"]  # merged down from the row above
    assert found["农产品质量安全整治"].deadline == dt.date(2025, 11, 30)
    assert found["校园食品安全守护"].deadline == dt.date(2025, 8, 31)
    assert found["农产品质量安全整治"].parent == found["源头治理"].code


def test_a_word_document_without_a_table_or_not_a_document_is_explained(demo_db, tmp_path):
    import docx

    empty = tmp_path / "通知.docx"
    document = docx.Document()
    document.add_paragraph("关于报送创建工作进展情况的通知")
    document.save(str(empty))
    with pytest.raises(ImportRejected) as caught:
        task_import.import_tasks(demo_db, empty)
    assert "通知.docx" in caught.value.message and "表格" in caught.value.message
    fake = tmp_path / "方案.docx"
    fake.write_bytes(b"not a document at all")
    with pytest.raises(ImportRejected) as caught:
        task_import.import_tasks(demo_db, fake)
    assert "方案.docx" in caught.value.message


def test_hidden_rows_and_columns_are_no_part_of_the_table(demo_db, tmp_path):
    """An office hides a task it dropped and a helper column; neither is imported, the row is listed."""
    rows = [
        ["序号", "任务", "责任单位", "牵头单位", "完成时限"],  # an old 责任单位 column, hidden
        [1, "建立工作机制", "已撤并的单位", "市食安办", "2025年6月底前"],
        [2, "已撤销的任务", "", "市食安办", "2025年7月底前"],
        [3, "开展专项整治", "", "市市场监管局", "2025年9月底前"],
    ]
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.active.row_dimensions[3].hidden = True
    wb.active.column_dimensions["C"].hidden = True
    wb.save(tmp_path / "隐藏.xlsx")
    result = task_import.import_tasks(demo_db, tmp_path / "隐藏.xlsx")
    assert result.created == 2 and [(r.row, r.reason) for r in result.skipped] == [(3, "a hidden row")]
    titles = {t.title: t for t in tasks.list_tasks(demo_db)}
    assert "已撤销的任务" not in titles
    assert titles["建立工作机制"].responsible_units == []  # the hidden column is not read (its unit is unknown)


def test_numbering_as_offices_type_it_and_blank_separator_rows(demo_db, tmp_path):
    """Number cells in every form offices use, full-width digits and spaces, circled numbers,
    group headings in both forms, and blank rows between the tasks of a group."""
    from desktop_app.exchange.tasks_xlsx import read_tasks

    path = _sheet(
        tmp_path / "编号.xlsx",
        [
            ["序号", "任务", "牵头单位", "完成时限"],
            ["一、", "基础工作", None, None],
            ["1", "任务甲", "市教育局", "2024年底"],
            ["2.", "任务乙", "市教育局", "2024年底"],
            [None, None, None, None],  # a blank separator row inside the group
            ["3、", "任务丙", "市教育局", "2024年底"],
            ["（4）", "任务丁", "市教育局", "2024年底"],
            ["(5)", "任务戊", "市教育局", "2024年底"],
            ["\u3000６\u3000", "任务己", "市教育局", "2024年底"],
            ["⑦", "任务庚", "市教育局", "2024年底"],
            ["第8项", "任务辛", "市教育局", "2024年底"],
            [None, None, None, None],
            ["（二）", "能力建设", None, None],
            [None, "１．全角编号的任务", "市教育局", "2024年底"],
            [None, "②圈号的任务", "市教育局", "2024年底"],
            [None, "3、顿号的任务", "市教育局", "2024年底"],
        ],
    )
    rows = read_tasks(path)
    assert [(r.code, r.title) for r in rows] == [
        ("1", "基础工作"),
        ("1.1", "任务甲"),
        ("1.2", "任务乙"),
        ("1.3", "任务丙"),
        ("1.4", "任务丁"),
        ("1.5", "任务戊"),
        ("1.6", "任务己"),
        ("1.7", "任务庚"),
        ("1.8", "任务辛"),
        ("2", "能力建设"),
        ("2.1", "全角编号的任务"),
        ("2.2", "圈号的任务"),
        ("2.3", "顿号的任务"),
    ]
    assert all(r.parent == "1" for r in rows[1:9]) and all(r.parent == "2" for r in rows[10:])


def _plan_as_word(path, *, bracketed: bool = False, auto_numbered: bool = False):
    """Seed 001's plan as Word keeps it: its sections as paragraphs (the tasks of 四、主要任务
    numbered in the text or by Word), then the annex's indicator table."""
    import docx

    from tests.seed_annex import SEED

    document = docx.Document()
    lines = [line.strip().replace("**", "") for line in SEED.read_text(encoding="utf-8").splitlines()]
    annex = lines.index("附件：国家食品安全示范城市评价细则（2021版）指标任务责任分解表")
    body = [line for line in lines[:annex] if line]
    if bracketed:  # 1. 源头治理提升工程。…（牵头单位：…；责任单位：…）
        merged: list[str] = []
        for line in body:
            if line.startswith(("牵头单位：", "责任单位：")):
                label, value = line.split("：", 1)
                if merged[-1].endswith("）") and "牵头单位：" in merged[-1]:
                    merged[-1] = merged[-1][:-1] + f"；{label}：{value}）"
                else:
                    merged[-1] += f"（{label}：{value}）"
            else:
                merged.append(line)
        body = merged
    for line in body:
        paragraph = document.add_paragraph()
        task = re.match(r"^(\d+)\.\s*(.+)$", line)
        if auto_numbered and task:
            paragraph.style = document.styles["List Number"]
            paragraph.add_run(task.group(2))
            numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            numbering.get_or_add_numId().val = 1
            numbering.get_or_add_ilvl().val = 0
        else:
            paragraph.add_run(line)
    table = document.add_table(rows=3, cols=5)
    for c, text in enumerate(["评价要点", "评价内容", "评价方式", "责任部门", "基本任务"]):
        table.cell(0, c).text = text
    table.cell(1, 0).text = "一、基础工作（30分）"
    table.cell(2, 1).text = "(1) 落实《地方党政领导干部食品安全责任制规定》要求。"
    table.cell(2, 3).text = "市食安办"
    document.save(str(path))
    return path


@pytest.mark.parametrize("form", ["numbered in the text", "units in brackets", "numbered by Word"])
def test_the_plan_as_word_with_its_tasks_written_as_paragraphs(demo_db, tmp_path, form):
    """Seed 001 writes its 24 tasks as numbered paragraphs under 四、主要任务, each followed by
    牵头单位/责任单位 lines; imported from the Word plan they are the same tasks as from a table."""
    path = _plan_as_word(
        tmp_path / "实施方案.docx",
        bracketed=form == "units in brackets",
        auto_numbered=form == "numbered by Word",
    )
    groups, seed = seed_groups_and_tasks()
    result = task_import.import_tasks(demo_db, path, mapping=MAPPING, create_units=True, dry_run=True)
    assert result.created == len(groups) + len(seed) == 26
    task_import.import_tasks(demo_db, path, mapping=MAPPING, create_units=True)
    imported = {t.code: t for t in tasks.list_tasks(demo_db) if t.code[:1] in "12"}
    assert imported["1"].title == "实施12项食品安全治理提升工程" and imported["1"].is_group
    assert imported["2"].title == "开展12个专项整治行动" and imported["2"].is_group
    for s in seed:
        task = imported[f"{s.group}.{s.number}"]
        title = s.text.split("。", 1)[0]
        assert task.title == title, s.number
        assert task.lead_units == [units.find(demo_db, n).name for n in split_unit_list(s.lead)], task.code
    assert imported["1.5"].lead_units == ["市农业农村局", "市市场监管局"]
    # the principles (二) and goals (三) are written as （一）… paragraphs too, but hold no tasks
    assert not any(t.title.startswith("政府主导") for t in tasks.list_tasks(demo_db))


def test_word_tables_are_joined_only_where_one_goes_on(tmp_path):
    """A table Word split at a page break is read as one (with or without its header repeated); a
    table of the same width with a header of its own is another table."""
    import docx

    from desktop_app.exchange.xlsx_io import read_grids

    document = docx.Document()
    parts = [
        [["序号", "任务", "牵头单位"], ["1", "任务一", "市教育局"]],
        [["2", "任务二", "市公安局"]],  # goes on without the header
        [["序号", "任务", "牵头单位"], ["3", "任务三", "市民政局"]],  # goes on, the header repeated
        [["单位名称", "联络员", "联系电话"], ["市教育局", "张三", "0895-1111111"]],  # another table
    ]
    for rows in parts:
        table = document.add_table(rows=len(rows), cols=3)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        document.add_paragraph("")
    document.save(str(tmp_path / "两张表.docx"))
    grids = read_grids(tmp_path / "两张表.docx")
    assert [len(g.rows) for g in grids] == [5, 2]
    assert grids[1].rows[0] == ["单位名称", "联络员", "联系电话"]


@pytest.mark.parametrize("suffix", [".xlsx", ".docx"])
def test_a_zip_bomb_dressed_as_an_office_file_is_refused_before_it_is_read(demo_db, tmp_path, monkeypatch, suffix):
    from desktop_app.exchange import xlsx_io

    if suffix == ".xlsx":
        path = _sheet(tmp_path / "炸弹.xlsx", [["序号", "任务", "牵头单位"], [1, "任务一", "市教育局"]])
    else:
        import docx

        path = tmp_path / "炸弹.docx"
        docx.Document().save(str(path))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin" if suffix == ".xlsx" else "word/media/padding.bin", b"\0" * 3_000_000)
    assert path.stat().st_size < 100_000
    monkeypatch.setattr(xlsx_io, "MAX_PART", 1_000_000)
    before = tasks.briefs(demo_db)
    with pytest.raises(ImportRejected) as caught:
        task_import.import_tasks(demo_db, path)
    assert path.name in caught.value.message and "MB" in caught.value.message
    assert tasks.briefs(demo_db) == before


def test_nested_headings_and_blocks_written_once(demo_db, tmp_path):
    """一、 sections holding （一） groups holding tasks, as plans nest them; a block's lead unit and
    deadline written once, in its first row, and left blank below."""
    from desktop_app.exchange.tasks_xlsx import read_tasks

    path = _sheet(
        tmp_path / "嵌套.xlsx",
        [
            ["序号", "任务", "牵头单位", "责任单位", "完成时限"],
            ["一、基础工作", None, None, None, None],
            ["（一）落实党政同责", None, None, None, None],
            [1, "纳入督办内容", "市食安办", "市委督查室", "2025年6月底前"],
            [2, "开展评议考核", None, None, None],  # the block's units and deadline, written once above
            ["（二）健全工作机制", None, None, None, None],
            [1, "建立会商机制", "市卫生健康委", "市市场监管局", "长期坚持"],
            ["二、能力建设", None, None, None, None],
            ["（一）提升检验能力", None, None, None, None],
            [1, "建设检验中心", "市市场监管局", None, "2026年6月底前"],
        ],
    )
    rows = {r.code: r for r in read_tasks(path)}
    assert [(c, r.title, r.parent) for c, r in rows.items()] == [
        ("1", "基础工作", None),
        ("1.1", "落实党政同责", "1"),
        ("1.1.1", "纳入督办内容", "1.1"),
        ("1.1.2", "开展评议考核", "1.1"),
        ("1.2", "健全工作机制", "1"),
        ("1.2.1", "建立会商机制", "1.2"),
        ("2", "能力建设", None),
        ("2.1", "提升检验能力", "2"),
        ("2.1.1", "建设检验中心", "2.1"),
    ]
    assert rows["1.1.2"].lead == ["市食安办"] and rows["1.1.2"].responsible == ["市委督查室"]
    assert rows["1.1.2"].deadline.date == dt.date(2025, 6, 30)
    assert rows["1.2.1"].lead == ["市卫生健康委"]  # a new group starts afresh
    result = task_import.import_tasks(demo_db, path, mapping={"市委督查室": ""})
    assert result.created == 9
    made = {t.code: t for t in tasks.list_tasks(demo_db) if t.code.startswith(("1.", "2."))}
    assert made["1.1"].is_group and made["1.1.2"].lead_units == ["市食安办"]


def test_exports_write_text_that_looks_like_a_formula_as_text(demo_db, tmp_path):
    """A task whose title begins with "=" (typed so in a Word plan) is exported as text, never as a
    formula Excel would run, and reads back unchanged."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [
            ("序号", "任务", "牵头单位"),
            ("1", '=HYPERLINK("http://example.invalid","点击")', "市教育局"),
            ("2", "+1 开展宣传", "市教育局"),
        ]
    ):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(str(tmp_path / "方案.docx"))
    task_import.import_tasks(demo_db, tmp_path / "方案.docx")
    out = tasks.export_xlsx(demo_db, tmp_path / "导出.xlsx")
    cells = {c.value: c for row in load_workbook(out).active.iter_rows() for c in row if isinstance(c.value, str)}
    formula = cells['=HYPERLINK("http://example.invalid","点击")']
    assert formula.data_type == "s"
    with zipfile.ZipFile(out) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")
    again = task_import.import_tasks(demo_db, out)
    assert again.created == 0 and again.updated == 0


def test_a_cell_too_long_for_excel_is_refused_with_its_place(tmp_path):
    from desktop_app.core.errors import KnownError
    from desktop_app.exchange.tasks_xlsx import export_tasks
    from desktop_app.exchange.xlsx_io import MAX_CELL

    row = ["1", "任务", "长" * (MAX_CELL + 1), "市教育局", "", "", "2025年底前", "", "未开始", "0%"]
    with pytest.raises(KnownError) as caught:
        export_tasks([row], tmp_path / "长.xlsx", "任务")
    assert "32767" in caught.value.message and "!C3" in "\n".join(caught.value.details)
    assert not (tmp_path / "长.xlsx").exists()


def test_an_update_without_a_column_keeps_that_field_and_the_history_names_what_changed(demo_db, workbook, tmp_path):
    """The program's own export sent back without its 责任单位 column, one deadline changed: the
    responsible units stay, the deadline changes, and the task's history says which fields changed."""
    task_import.import_tasks(demo_db, workbook, mapping=MAPPING, create_units=True)
    before = {t.code: t for t in tasks.list_tasks(demo_db)}
    out = tasks.export_xlsx(demo_db, tmp_path / "导出.xlsx")
    wb = load_workbook(out)
    ws = wb.active
    header = [c.value for c in ws[2]]
    ws.delete_cols(header.index("责任单位") + 1)
    deadline_col = [c.value for c in ws[2]].index("完成时限") + 1
    row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == "1.1")
    ws.cell(row, deadline_col).value = "2030年6月底前"
    wb.save(tmp_path / "回传.xlsx")
    result = task_import.import_tasks(demo_db, tmp_path / "回传.xlsx")
    assert result.updated == 1 and result.created == 0
    after = {t.code: t for t in tasks.list_tasks(demo_db)}
    assert all(after[c].responsible_units == before[c].responsible_units for c in before)
    assert after["1.1"].deadline == dt.date(2030, 6, 30)
    (latest, *_) = tasks.history(demo_db, "1.1")
    assert latest.kind == "import" and latest.note.endswith("：完成时限")


@pytest.mark.parametrize("suffix", [".xlsx", ".docx"])
@pytest.mark.parametrize("damage", ["xml cut short", "compressed data damaged"])
def test_broken_xml_or_deflate_data_inside_is_a_clear_message(demo_db, tmp_path, suffix, damage):
    import docx

    if suffix == ".xlsx":
        good = _sheet(tmp_path / "好.xlsx", [["序号", "任务", "牵头单位"], [1, "任务一", "市教育局"]])
        part = "xl/worksheets/sheet1.xml"
    else:
        document = docx.Document()
        table = document.add_table(rows=2, cols=3)
        for c, text in enumerate(["序号", "任务", "牵头单位"]):
            table.cell(0, c).text = text
        good = tmp_path / "好.docx"
        document.save(str(good))
        part = "word/document.xml"
    bad = tmp_path / f"坏{suffix}"
    with zipfile.ZipFile(good) as a, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as b:
        for info in a.infolist():
            data = a.read(info.filename)
            if info.filename == part and damage == "xml cut short":
                data = data[: len(data) // 2]
            b.writestr(info.filename, data)
    if damage == "compressed data damaged":
        raw = bytearray(bad.read_bytes())
        with zipfile.ZipFile(bad) as archive:
            info = archive.getinfo(part)
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        raw[start + 10 : start + 60] = b"\xff" * 50  # inside the part's compressed bytes
        bad.write_bytes(bytes(raw))
    before = tasks.briefs(demo_db)
    with pytest.raises(ImportRejected) as caught:
        task_import.import_tasks(demo_db, bad)
    assert bad.name in caught.value.message and "损坏" in caught.value.message
    assert tasks.briefs(demo_db) == before


def test_a_blank_cell_clears_nothing_unless_the_clerk_says_so(demo_db, workbook, tmp_path):
    task_import.import_tasks(demo_db, workbook, mapping=MAPPING, create_units=True)
    before = {t.code: t for t in tasks.list_tasks(demo_db)}
    out = tasks.export_xlsx(demo_db, tmp_path / "导出.xlsx")
    wb = load_workbook(out)
    ws = wb.active
    header = [c.value for c in ws[2]]
    row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == "1.2")
    ws.cell(row, header.index("责任单位") + 1).value = None
    ws.cell(row, header.index("完成时限") + 1).value = None
    wb.save(tmp_path / "留空.xlsx")
    kept = task_import.import_tasks(demo_db, tmp_path / "留空.xlsx")
    assert kept.updated == 0 and {what for code, what in kept.blank_kept if code == "1.2"} == {"责任单位", "完成时限"}
    after = {t.code: t for t in tasks.list_tasks(demo_db)}
    assert after["1.2"].responsible_units == before["1.2"].responsible_units
    assert after["1.2"].deadline == before["1.2"].deadline
    cli = run_cli("tasks", "import", str(tmp_path / "留空.xlsx"), data_dir=demo_db.data_dir)
    assert cli.returncode == 0 and "--clear-blank" in cli.stdout and "1.2" in cli.stdout
    cleared = run_cli("tasks", "import", str(tmp_path / "留空.xlsx"), "--clear-blank", data_dir=demo_db.data_dir)
    assert cleared.returncode == 0, cleared.stderr
    final = {t.code: t for t in tasks.list_tasks(demo_db)}
    assert final["1.2"].responsible_units == [] and final["1.2"].deadline is None
    assert final["1.1"].responsible_units == before["1.1"].responsible_units  # other rows as they were


def test_a_notice_writes_a_day_as_a_document_does(demo_db, tmp_path):
    """A deadline typed as a date cell is printed 2024年6月30日 in the 催办通知单, not 2024-06-30."""
    import subprocess

    rows = [["序号", "任务", "牵头单位", "完成时限"], [1, "清理过期食品", "市林草局", dt.date(2024, 6, 30)]]
    task_import.import_tasks(demo_db, _sheet(tmp_path / "任务.xlsx", rows))
    out = tasks.write_notice(demo_db, "市林草局", tmp_path / "催办.pdf", today=dt.date(2024, 7, 15)).path
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "2024年6月30日" in text.replace(" ", "").replace("\n", "") and "2024-06-30" not in text


def test_columns_under_the_other_names_offices_give_them(tmp_path):
    """具体工作措施, 协同单位 and 推进时限 are read as the task's text, its supporting units and its deadline,
    not listed among the columns not read."""
    from desktop_app.exchange import tasks_xlsx

    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "工作任务", "具体工作措施", "牵头单位", "协同单位", "推进时限"])
    ws.append([1, "校园食品安全守护", "全覆盖检查学校食堂", "区教育局", "区市场监管局", "2024年6月底前"])
    wb.save(tmp_path / "任务.xlsx")
    unread: list[str] = []
    [row] = tasks_xlsx.read_tasks(tmp_path / "任务.xlsx", unread=unread)
    assert unread == []
    assert (row.content, row.lead, row.support) == ("全覆盖检查学校食堂", ["区教育局"], ["区市场监管局"])
    assert row.deadline.date == dt.date(2024, 6, 30)
