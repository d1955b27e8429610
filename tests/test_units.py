"""Member units: names normalised, imports all-or-nothing, re-imports update, aliases resolve."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from desktop_app.core.errors import ImportRejected, KnownError
from desktop_app.core.units import UnitRecord, clean_name, guess_kind, name_key, name_problem
from desktop_app.exchange import units_xlsx
from desktop_app.services import units

# -- names ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (" 各县(区)人民政府 ", "各县（区）人民政府"),
        ("市 市场监管局", "市市场监管局"),
        ("市\u3000卫生健康委\u200b", "市卫生健康委"),
        ("市食安办\n", "市食安办"),
    ],
)
def test_clean_name(raw, clean):
    assert clean_name(raw) == clean


def test_half_and_full_width_variants_share_a_key():
    assert name_key("各县(区)") == name_key("各县（区）") == name_key(" 各县 ( 区 ) ")
    assert name_key("ＡＢＣ市场监管所") == name_key("abc市场监管所")
    assert name_key("市农业农村局") != name_key("市农业局")


@given(st.text(alphabet=st.sampled_from("市县区局委办（）() \u3000食品安全监管ＡBc1２"), max_size=30))
def test_normalising_is_idempotent_and_key_ignores_spacing(text):
    once = clean_name(text)
    assert clean_name(once) == once
    assert name_key(once) == name_key(text)
    assert " " not in once and "(" not in once and ")" not in once


@given(st.text(max_size=80))
def test_clean_name_never_fails(text):
    cleaned = clean_name(text)
    problem = name_problem(cleaned)
    assert problem is None or isinstance(problem, str)


def test_odd_names_are_refused_with_a_reason():
    assert "为空" in name_problem(clean_name("   "))
    assert "没有汉字或字母" in name_problem("——123")
    assert "超过 60 个字" in name_problem("市" * 61)
    assert name_problem("卡若区") is None


def test_kind_is_guessed_from_the_name():
    assert guess_kind("市市场监管局") == "部门"
    assert guess_kind("卡若区") == "县/区"
    assert guess_kind("城关镇") == "乡镇/街道"
    assert guess_kind("各县（区）人民政府") == "其他"


# -- import -----------------------------------------------------------------------------------------


def _workbook(path, rows, header=("单位名称", "类型", "分管领导", "联络员", "联系电话", "别名"), title=True):
    wb = Workbook()
    ws = wb.active
    if title:
        ws.append(["昌都市创建工作领导小组成员单位名单"])
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


GOOD = [
    ("市食安办", "部门", "刘志刚", "赵德吉", "0895-4800000", "市食品药品安全委员会办公室"),
    ("市市场监管局", "", "王晓东", "李红梅", "13908950001", "市场监管局、市市场监督管理局"),
    ("卡若区", "", "次仁", "卓玛", "0895-4821111", ""),
    ("江达县(人民政府)", "", "", "", "", ""),
]


def test_import_creates_units_with_aliases_and_kinds(db, tmp_path):
    result = units.import_xlsx(db, _workbook(tmp_path / "u.xlsx", GOOD))
    assert (result.created, result.updated) == (4, 0)
    listed = {u.name: u for u in units.list_units(db)}
    assert listed["市市场监管局"].aliases == ["市场监管局", "市市场监督管理局"]
    assert listed["市市场监管局"].kind == "部门"
    assert listed["卡若区"].kind == "县/区"
    assert "江达县（人民政府）" in listed  # brackets normalised
    assert units.find(db, "市场监管局").name == "市市场监管局"
    assert units.find(db, " 江达县(人民政府) ").name == "江达县（人民政府）"


def test_reimport_updates_instead_of_duplicating(db, tmp_path):
    units.import_xlsx(db, _workbook(tmp_path / "u.xlsx", GOOD))
    changed = [list(r) for r in GOOD]
    changed[0][3] = "新联络员"
    changed[1][0] = "市 市场监管局"  # same unit, typed with a space
    result = units.import_xlsx(db, _workbook(tmp_path / "u2.xlsx", changed))
    assert (result.created, result.updated) == (0, 4)
    listed = {u.name: u for u in units.list_units(db)}
    assert len(listed) == 4
    assert listed["市食安办"].liaison == "新联络员"


def test_duplicate_and_odd_names_reject_the_whole_file(db, tmp_path):
    units.import_xlsx(db, _workbook(tmp_path / "first.xlsx", GOOD[:1]))
    before = units.list_units(db)
    rows = [
        *GOOD,
        ("市食安办 ", "", "", "", "", ""),  # row 7: same as row 3
        ("   ", "部门", "有领导没单位", "", "", ""),  # row 8: blank name
        ("——", "", "", "", "", ""),  # row 9: no letters
        ("市林草局", "局", "", "", "", ""),  # row 10: unknown type
        ("市教育局", "", "", "", "电话待定", ""),  # row 11: not a phone number
        ("市商务局", "", "", "", "", "市场监管局"),  # row 12: alias already used in row 4
    ]
    with pytest.raises(ImportRejected) as info:
        units.import_xlsx(db, _workbook(tmp_path / "bad.xlsx", rows))
    details = "\n".join(info.value.details)
    assert "第 7 行" in details and "与第 3 行的单位名称重复" in details
    assert "第 8 行" in details and "单位名称为空" in details
    assert "第 9 行" in details and "没有汉字或字母" in details
    assert "第 10 行" in details and "类型“局”" in details
    assert "第 11 行" not in details  # an odd phone is kept as written and marked 需核对, not refused
    assert "第 12 行" in details and "与第 4 行的单位名称重复" in details
    assert units.list_units(db) == before  # nothing imported
    with pytest.raises(ImportRejected) as strictly:  # --strict refuses it too
        units.import_xlsx(db, _workbook(tmp_path / "bad.xlsx", rows), strict=True)
    assert "第 11 行" in "\n".join(strictly.value.details) and "不是有效的电话号码" in "\n".join(strictly.value.details)


def test_alias_clash_with_a_stored_unit_rejects_everything(db, tmp_path):
    units.import_xlsx(db, _workbook(tmp_path / "u.xlsx", GOOD))
    with pytest.raises(ImportRejected) as info:
        units.import_xlsx(
            db, _workbook(tmp_path / "u2.xlsx", [("市新单位", "", "", "", "", "市食品药品安全委员会办公室")])
        )
    assert "已属于单位“市食安办”" in info.value.details[0]
    assert units.find(db, "市新单位") is None


def test_header_is_found_below_a_title_with_other_column_names(db, tmp_path):
    path = _workbook(tmp_path / "u.xlsx", [("市财政局", "张三", "0895-1")], header=("成员单位", "联系人", "电话"))
    units.import_xlsx(db, path)
    assert units.find(db, "市财政局").liaison == "张三"


def test_merged_cells_are_filled(db, tmp_path):
    path = _workbook(
        tmp_path / "u.xlsx", [("市财政局", "部门", "张三", "", "", ""), ("市科技局", None, "", "", "", "")]
    )
    wb = load_workbook(path)
    wb.active.merge_cells("B3:B4")
    wb.save(path)
    units.import_xlsx(db, path)
    assert units.find(db, "市科技局").kind == "部门"


def test_no_header_or_no_units(db, tmp_path):
    with pytest.raises(ImportRejected) as info:
        units.import_xlsx(db, _workbook(tmp_path / "h.xlsx", [("a", "b")], header=("甲", "乙")))
    assert "未找到“单位名称”列" in info.value.message
    with pytest.raises(ImportRejected) as info:
        units.import_xlsx(db, _workbook(tmp_path / "e.xlsx", []))
    assert "没有成员单位" in info.value.details[0]


def test_export_then_import_changes_nothing(demo_db, tmp_path):
    before = units.list_units(demo_db)
    path = units.export_xlsx(demo_db, tmp_path / "out.xlsx")
    result = units.import_xlsx(demo_db, path)
    assert result.created == 0 and result.updated == len(before)
    assert units.list_units(demo_db) == before


# -- single edits ---------------------------------------------------------------------------------------


def test_add_edit_deactivate_and_audit(db):
    from sqlalchemy import select

    from desktop_app.storage.models import AuditLog

    unit = units.add(db, UnitRecord(name="市卫生健康委", kind="部门", phone="0895-1234567", aliases=["市卫健委"]))
    with pytest.raises(KnownError) as info:
        units.add(db, UnitRecord(name="市卫健委", kind="部门"))
    assert "已是单位“市卫生健康委”" in info.value.details[0]
    units.update(db, unit.id, UnitRecord(name="市卫生健康委", kind="部门", liaison="王丽", aliases=["市卫健委"]))
    units.set_active(db, unit.id, False)
    assert units.list_units(db)[0].active is False
    with db.read() as s:
        log = list(s.scalars(select(AuditLog).where(AuditLog.entity == "unit").order_by(AuditLog.id)))
    assert [e.action for e in log] == ["create", "update", "update"]
    assert log[1].before == {"liaison": "", "phone": "0895-1234567"}
    assert log[1].after == {"liaison": "王丽", "phone": ""}
    assert log[2].before == {"active": True} and log[2].after == {"active": False}
    assert all(e.actor for e in log)


def test_cancelling_an_import_keeps_nothing(db, tmp_path):
    from desktop_app.core.progress import Cancelled

    class CancelAfterTwo:
        def __init__(self):
            self.steps = 0

        @property
        def cancelled(self):
            return self.steps >= 2

        def step(self, done, total, message=""):
            self.steps += 1

    with pytest.raises(Cancelled):
        units.import_xlsx(db, _workbook(tmp_path / "u.xlsx", GOOD), CancelAfterTwo())
    assert units.list_units(db) == []


def test_a_unit_list_as_offices_lay_it_out(db, tmp_path):
    """A title, 序号, category rows, a note and a signature line, the header repeated on a new
    page, a hidden row: only the units are read, the rest is listed with its row and why."""
    wb = Workbook()
    ws = wb.active
    rows = [
        ["昌都市食品安全委员会成员单位名单", None, None],
        ["序号", "单位名称", "联络员"],
        ["一、市直部门", "一、市直部门", "一、市直部门"],  # merged across, as Excel fills it
        [1, "市教育局", "张三"],
        [2, "市公安局", "李四"],
        ["序号", "单位名称", "联络员"],  # the header again on page 2
        ["二、县（区）", None, None],
        [3, "卡若区人民政府", "王五"],
        [4, "已撤销的单位", "赵六"],  # hidden by the office
        ["注：名单按市食安委文件确定。", None, None],
        ["填表人：王科员    联系电话：0895-1234567", None, None],
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells("A3:C3")
    ws.row_dimensions[9].hidden = True
    wb.save(tmp_path / "名单.xlsx")
    result = units.import_xlsx(db, tmp_path / "名单.xlsx")
    assert result.created == 3
    assert sorted(u.name for u in units.list_units(db)) == sorted(["市教育局", "市公安局", "卡若区人民政府"])
    assert [(s.row, s.reason) for s in result.skipped] == [
        (3, "a category row spanning the table"),
        (6, "the header repeated"),
        (7, "a category row spanning the table"),
        (9, "a hidden row"),
        (10, "a note or signature line, not a row of the table"),
        (11, "a note or signature line, not a row of the table"),
    ]


def test_a_unit_list_from_word_and_old_excel(db, tmp_path):
    import docx
    import xlwt

    document = docx.Document()
    document.add_paragraph("附件1：成员单位名单")
    table = document.add_table(rows=3, cols=2)
    for r, (no, name) in enumerate([("序号", "单位名称"), ("1", "市教育局"), ("2", "市公安局")]):
        table.cell(r, 0).text, table.cell(r, 1).text = no, name
    document.save(tmp_path / "名单.docx")
    assert units.import_xlsx(db, tmp_path / "名单.docx").created == 2
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("名单")
    for r, row in enumerate([("单位名称", "联系电话"), ("市民政局", "0895-1111111")]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(tmp_path / "名单.xls"))
    assert units.import_xlsx(db, tmp_path / "名单.xls").created == 1
    assert "市民政局" in {u.name for u in units.list_units(db)}


def test_a_column_missing_from_an_update_leaves_that_field_alone(db, tmp_path):
    """A list sent back without the 联系电话 column must not blank every phone number."""
    _workbook(tmp_path / "全.xlsx", [["市教育局", "部门", "张局长", "李四", "0895-1111111", "教育局"]])
    units.import_xlsx(db, tmp_path / "全.xlsx")
    wb = Workbook()
    wb.active.append(["单位名称", "联络员"])
    wb.active.append(["市教育局", "王五"])
    wb.save(tmp_path / "少一列.xlsx")
    result = units.import_xlsx(db, tmp_path / "少一列.xlsx")
    assert result.updated == 1
    (unit,) = [u for u in units.list_units(db) if u.name == "市教育局"]
    assert (unit.liaison, unit.phone, unit.leader, unit.kind) == ("王五", "0895-1111111", "张局长", "部门")


def test_a_blank_cell_clears_nothing_unless_the_clerk_says_so(db, tmp_path):
    from tests.conftest import run_cli

    _workbook(tmp_path / "全.xlsx", [["市教育局", "部门", "张局长", "李四", "0895-1111111", ""]])
    units.import_xlsx(db, tmp_path / "全.xlsx")
    _workbook(tmp_path / "空.xlsx", [["市教育局", "部门", "张局长", "李四", "", ""]])
    kept = units.import_xlsx(db, tmp_path / "空.xlsx")
    assert kept.blank_kept == [("市教育局", "联系电话")]
    assert [u.phone for u in units.list_units(db) if u.name == "市教育局"] == ["0895-1111111"]
    out = run_cli("units", "import", str(tmp_path / "空.xlsx"), data_dir=db.data_dir)
    assert out.returncode == 0 and "--clear-blank" in out.stdout
    run_cli("units", "import", str(tmp_path / "空.xlsx"), "--clear-blank", data_dir=db.data_dir)
    assert [u.phone for u in units.list_units(db) if u.name == "市教育局"] == [""]


def test_seed_002_units_with_the_phones_offices_type(db, tmp_path):
    """瓯海区's member units as its office types them: a long dash from the input method, full-width
    digits, a 手机 column beside the 联系电话 one, one phone written in words, and a column the list
    does not read (微信号). Everything comes in; the odd phone is kept as written and marked 需核对."""
    rows = [
        ("区市场监管局", "张三", "0577—85361021", "13905770001", "", "zs01"),
        ("区法院", "李四", "０５７７－８８８８１２３４", "", "", ""),
        ("区教育局", "王五", "见工作群通知", "13905770003", "", ""),
        ("瞿溪街道办事处", "赵六", "0577-86660000", "", "", ""),
        ("示范区卫生健康委员会", "钱七", "0391-6630000", "", "", ""),
    ]
    header = ("单位名称", "联络员", "联系电话", "手机", "备注", "微信号")
    result = units.import_xlsx(db, _workbook(tmp_path / "瓯海区成员单位.xlsx", rows, header=header))
    assert (result.created, result.updated) == (5, 0)
    listed = {u.name: u for u in units.list_units(db)}
    assert listed["区市场监管局"].phone == "0577-85361021、13905770001"
    assert listed["区法院"].phone == "0577-88881234" and not listed["区法院"].to_check
    assert listed["区教育局"].phone == "见工作群通知、13905770003"  # kept as written
    (flagged,) = listed["区教育局"].to_check
    assert flagged["text"] == "见工作群通知" and flagged["where"].endswith("C5")
    assert [(name, c.text) for name, c in result.checks] == [("区教育局", "见工作群通知")]
    assert result.unread == ["F 微信号"]
    assert listed["瞿溪街道办事处"].kind == "乡镇/街道"
    assert listed["示范区卫生健康委员会"].kind == "部门"  # a department of the 示范区, no county
    again = units.import_xlsx(db, _workbook(tmp_path / "瓯海区成员单位.xlsx", rows, header=header))
    assert again.updated == 5 and len(units.list_units(db)) == 5


def test_a_list_of_mostly_unreadable_phones_is_refused(db, tmp_path):
    rows = [(f"单位{n}局", "", "", "", f"第{n}页", "") for n in range(1, 5)] + [("市教育局", "", "", "", "0895-1", "")]
    with pytest.raises(ImportRejected) as refused:
        units.import_xlsx(db, _workbook(tmp_path / "u.xlsx", rows))
    assert "4 个单元格无法识别" in refused.value.message and len(refused.value.details) == 4
    assert units.list_units(db) == []


def test_the_units_preview_lists_each_kind_and_the_clerks_choice_is_saved(db, tmp_path):
    header = ("单位名称", "联系电话")
    rows = [("示范区卫生健康委员会", "0391-6630000", "", "", "", ""), ("沁园街道办事处", "", "", "", "", "")]
    path = _workbook(tmp_path / "u.xlsx", [r[:2] for r in rows], header=header)
    preview = units.import_xlsx(db, path, dry_run=True)
    assert preview.rows == [
        ("示范区卫生健康委员会", "部门", True, False, ""),
        ("沁园街道办事处", "乡镇/街道", True, False, ""),
    ]
    assert units.list_units(db) == []  # a dry run keeps nothing
    with pytest.raises(KnownError):
        units.import_xlsx(db, path, kinds={"沁园街道办事处": "街道"})  # no such kind
    units.import_xlsx(db, path, kinds={"示范区卫生健康委员会": "其他"})
    assert {u.name: u.kind for u in units.list_units(db)} == {
        "示范区卫生健康委员会": "其他",
        "沁园街道办事处": "乡镇/街道",
    }
    again = units.import_xlsx(db, path, dry_run=True)  # a re-import keeps the kind the unit has
    assert again.rows[0] == ("示范区卫生健康委员会", "其他", False, True, "")


def test_units_to_check_are_listed_and_confirmed_on_the_command_line(db, tmp_path):
    from tests.conftest import run_cli

    rows = [("市教育局", "", "", "", "见工作群通知", ""), ("市公安局", "", "", "", "0895-4821234", "")]
    path = _workbook(tmp_path / "u.xlsx", rows)
    data = db.data_dir
    db.close()
    done = run_cli("units", "import", str(path), data_dir=data)
    assert done.returncode == 0 and "需核对" in done.stdout and "见工作群通知" in done.stdout, done.stderr
    listed = run_cli("units", "list", "--to-check", data_dir=data)
    assert [line.split("\t")[0] for line in listed.stdout.splitlines()] == ["市教育局"]
    assert run_cli("units", "confirm", "市教育局", data_dir=data).returncode == 0
    assert run_cli("units", "list", "--to-check", data_dir=data).stdout == ""
    assert run_cli("units", "confirm", "市不存在局", data_dir=data).returncode != 0


def test_a_unit_list_writing_short_names_updates_the_units_it_means(db, tmp_path):
    """A list writing 市城管局 and 市卫健委 where the units are 市城市管理和综合执法局 and 市卫生健康委员会:
    those units are updated (the short names remembered as their aliases), no second unit made."""
    units.import_xlsx(db, _workbook(tmp_path / "full.xlsx", [("市城市管理和综合执法局",), ("市卫生健康委员会",)]))
    rows = [("市城管局", "", "", "张三", "0895-4800001", ""), ("市卫健委", "", "", "李四", "", "")]
    preview = units.import_xlsx(db, _workbook(tmp_path / "short.xlsx", rows), dry_run=True)
    assert [(r.name, r.new, r.known_as) for r in preview.rows] == [
        ("市城管局", False, "市城市管理和综合执法局"),
        ("市卫健委", False, "市卫生健康委员会"),
    ]
    result = units.import_xlsx(db, _workbook(tmp_path / "short.xlsx", rows))
    assert (result.created, result.updated) == (0, 2)
    listed = {u.name: u for u in units.list_units(db)}
    assert set(listed) == {"市城市管理和综合执法局", "市卫生健康委员会"}
    assert listed["市城市管理和综合执法局"].liaison == "张三" and "市城管局" in listed["市城市管理和综合执法局"].aliases
    assert units.find(db, "市卫健委").name == "市卫生健康委员会"
    # a unit of another place is another unit: a list's 区城管局 is not the 市 one
    other = units.import_xlsx(db, _workbook(tmp_path / "district.xlsx", [("区城管局",)]))
    assert other.created == 1 and units.find(db, "区城管局").name == "区城管局"


@pytest.mark.parametrize(
    ("leader", "liaison", "phone"),
    [
        ("负责人", "联系人姓名", "电话号码"),
        ("分管负责同志", "联络员姓名", "联络员电话"),
        ("主要负责人", "联系人", "固定电话"),
    ],
)
def test_the_person_and_phone_columns_under_the_names_offices_give_them(db, tmp_path, leader, liaison, phone):
    """A list heading its leader column 负责人 (or 分管负责同志) and its phone 电话号码 has those read,
    not listed among the columns not read."""
    wb = Workbook()
    ws = wb.active
    ws.append(["单位名称", leader, liaison, phone])
    ws.append(["市教育局", "张局长", "李科员", "0895—1234567"])
    wb.save(tmp_path / "名单.xlsx")
    unread: list[str] = []
    records = units_xlsx.read(tmp_path / "名单.xlsx", unread=unread)
    assert unread == []
    assert (records[0].leader, records[0].liaison, records[0].phone) == ("张局长", "李科员", "0895-1234567")
