"""Rule sets as workbooks: a round trip changes nothing; a broken workbook imports nothing."""

import zipfile

import pytest
from openpyxl import load_workbook

from desktop_app.core.errors import ImportRejected, KnownError
from desktop_app.exchange import ruleset_xlsx
from desktop_app.services import rulesets
from desktop_app.services.rulesets import builtin_ruleset


@pytest.fixture
def exported(tmp_path):
    return ruleset_xlsx.export(builtin_ruleset(), tmp_path / "评价细则.xlsx")


def test_export_is_a_printable_workbook(exported):
    wb = load_workbook(exported)
    assert wb.sheetnames == ["说明", "类别", "评价细则"]
    ws = wb["评价细则"]
    assert ws.freeze_panes == "A3"
    assert ws.print_title_rows == "$1:$2"
    assert ws.page_setup.orientation == "landscape"
    assert ws.cell(2, 7).value == "项号"
    assert ws.max_row == 2 + 94
    row85 = next(r for r in ws.iter_rows(min_row=3, values_only=True) if r[6] == "(85)")
    assert row85[0] == "五、示范引领" and row85[7].startswith("学校食堂“互联网+明厨亮灶”")


def test_round_trip_changes_nothing(exported):
    assert ruleset_xlsx.read(exported) == builtin_ruleset()


def test_blank_cells_mean_same_as_above_and_merged_cells_work(exported, tmp_path):
    wb = load_workbook(exported)
    ws = wb["评价细则"]
    # blank the repeated category / point cells of category 一 and merge a few, as an office would
    for r in range(4, 6):
        for c in range(1, 7):
            ws.cell(r, c).value = None
    ws.merge_cells("A6:A8")
    target = tmp_path / "merged.xlsx"
    wb.save(target)
    assert ruleset_xlsx.read(target) == builtin_ruleset()


def test_notes_totals_repeated_headers_and_category_rows_are_passed_over(exported, tmp_path):
    """An office's copy of the template: a category row spanning the item sheet, the header
    repeated, a note and a signature line under it, a 合计 row on the category sheet."""
    wb = load_workbook(exported)
    items = wb["评价细则"]
    header = [c.value for c in items[2]]
    items.insert_rows(3)
    for c in range(1, len(header) + 1):
        items.cell(3, c).value = "一、基础工作（30分）"
    items.insert_rows(10)
    for c, value in enumerate(header, start=1):
        items.cell(10, c).value = value
    last = items.max_row
    items.cell(last + 1, 1).value = "注：本表由市食安办根据国家评价细则整理。"
    items.cell(last + 2, 1).value = "填表人：王科员"
    items.cell(last + 2, 4).value = "联系电话：0895-1234567"
    cats = wb["类别"]
    cats.cell(cats.max_row + 1, 1).value = "合计"
    cats.cell(cats.max_row, 3).value = 100
    wb.save(tmp_path / "办公室版.xlsx")
    skipped = []
    assert ruleset_xlsx.read(tmp_path / "办公室版.xlsx", skipped) == builtin_ruleset()
    assert [(s.sheet, s.reason) for s in skipped] == [
        ("类别", "a total row"),
        ("评价细则", "a category row spanning the table"),
        ("评价细则", "the header repeated"),
        ("评价细则", "a note or signature line, not a row of the table"),
        ("评价细则", "a note or signature line, not a row of the table"),
    ]


def _edit(exported, tmp_path, change):
    wb = load_workbook(exported)
    change(wb)
    target = tmp_path / "broken.xlsx"
    wb.save(target)
    return target


def test_every_problem_is_listed_with_its_row(exported, tmp_path):
    def change(wb):
        ws = wb["评价细则"]
        ws.cell(3, 4).value = "三分"  # point 1 score not a number (row 3)
        ws.cell(10, 7).value = "(9)"  # row 10 holds (8): now (9) twice, (8) missing
        ws.cell(20, 8).value = None  # row 20 keeps its number but loses its text
        wb["类别"].cell(3, 3).value = 31  # category 一 worth 31

    target = _edit(exported, tmp_path, change)
    with pytest.raises(ImportRejected) as info:
        ruleset_xlsx.read(target)
    details = "\n".join(info.value.details)
    assert "第 3 行" in details and "没有数字分值" in details
    assert "第 10 行：项号(9)重复" in details
    assert "(8)" in details
    assert "第 20 行" in details and "没有评价内容" in details
    assert "121" in details  # categories add up to 121, not 120
    assert info.value.message.startswith("broken.xlsx 中的评价细则未导入")


def test_a_point_kind_must_be_known(exported, tmp_path):
    target = _edit(exported, tmp_path, lambda wb: setattr(wb["评价细则"].cell(3, 5), "value", "随便"))
    with pytest.raises(ImportRejected) as info:
        ruleset_xlsx.read(target)
    assert any("要点类型只能是" in d for d in info.value.details)


def test_missing_sheets_are_named(exported, tmp_path):
    target = _edit(exported, tmp_path, lambda wb: wb.remove(wb["类别"]))
    with pytest.raises(ImportRejected) as info:
        ruleset_xlsx.read(target)
    assert "缺少工作表 “类别”" in info.value.message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "是空文件"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "设有密码或为旧版 .xls 格式"),
        ("序号,名称\n1,市食安办\n".encode(), "不是 Excel 工作簿"),
    ],
)
def test_files_that_are_not_workbooks(tmp_path, content, expected):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(ImportRejected) as info:
        ruleset_xlsx.read(path)
    assert expected in info.value.message


def test_a_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "fake.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ImportRejected) as info:
        ruleset_xlsx.read(path)
    assert "已损坏或不是 Excel 工作簿" in info.value.message


def test_import_stores_a_provincial_set_and_rejects_a_broken_one_without_trace(db, exported, tmp_path):
    from desktop_app.services import campaigns

    campaigns.create(
        db,
        name="济源示范区创建省级食品安全示范城市",
        region="济源示范区",
        population=730_000,
        level="省级",
        rule_set_code="national-2021",  # until the province's own is loaded
    )
    # a "provincial" set: same structure, another code and name
    wb = load_workbook(exported)
    wb["说明"].cell(3, 2).value = "河南省食品安全示范县（市、区）评价标准"
    wb["说明"].cell(4, 2).value = "henan-2019"
    province = tmp_path / "henan.xlsx"
    wb.save(province)
    before = rulesets.list_rulesets(db)
    broken = _edit(exported, tmp_path, lambda wb: setattr(wb["说明"].cell(5, 2), "value", "一百二"))
    with pytest.raises(ImportRejected):
        rulesets.import_xlsx(db, broken)
    assert rulesets.list_rulesets(db) == before
    rs = rulesets.import_xlsx(db, province, use_for_campaign=True)
    assert rs.code == "henan-2019"
    assert rulesets.load(db).name == "河南省食品安全示范县（市、区）评价标准"
    with pytest.raises(ImportRejected) as info:
        rulesets.import_xlsx(db, province)
    assert "已存在代码为“henan-2019”" in info.value.message


def test_a_target_open_in_excel_is_explained_and_kept(tmp_path, monkeypatch):
    import os

    target = tmp_path / "评价细则.xlsx"
    target.write_bytes(b"the workbook the clerk has open")

    def locked(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(KnownError) as info:
        ruleset_xlsx.export(builtin_ruleset(), target)
    assert "可能正在 Excel 或 WPS 中打开" in info.value.message
    assert target.read_bytes() == b"the workbook the clerk has open"
    assert [p.name for p in tmp_path.iterdir()] == ["评价细则.xlsx"]  # no temp file left behind


def test_export_into_a_missing_folder_is_explained(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(KnownError) as info:
        ruleset_xlsx.export(builtin_ruleset(), blocker / "out.xlsx")
    assert "所在的文件夹不存在" in info.value.message
