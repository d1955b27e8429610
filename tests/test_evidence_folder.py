"""A unit's evidence folder (or zip) as units really name it, filed in one step after a preview."""

import json
import zipfile

import pytest

from desktop_app.core import unzip
from desktop_app.core.errors import KnownError, NotFoundError
from desktop_app.core.evidence_folder import Matcher, match_folder
from desktop_app.services import evidence, rulesets
from desktop_app.services.evidence import folder as evidence_folder
from tests.conftest import run_cli

UNIT = "市市场监管局"


def _put(root, relative: str, content: bytes | None = None):
    path = root.joinpath(*relative.split("/"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if content is not None else f"evidence {relative}".encode())
    return path


def _words(no: int, start: int = 0, length: int = 14) -> str:
    """A folder named by the item's own words, as a clerk copies them from the rule set."""
    text = rulesets.builtin_ruleset().item(no).text
    return text[start : start + length].replace("《", "").replace("》", "")


#: relative path → the item it must be filed under (None: left for the clerk)
def unit_folder(root):
    expected = {
        # by item number, in the forms units use
        "(16)农产品质量安全追溯/追溯平台截图.png": 16,
        "（１７）全角括号/检测报告.pdf": 17,
        "18、抽检计划/1.计划.docx": 18,  # "1." in a file's name is its order, not item 1
        "第19项/抽检通报.pdf": 19,
        "20-风险隐患排查/台账.xlsx": 20,
        # by point, then by the item inside it
        "1.党政同责/(2)评议考核/考核办法.pdf": 2,
        "1.党政同责/(3)督促履职.pdf": 3,
        "3.法规制度/汇编.pdf": 7,  # the point's only item
        "一、基础工作/4.风险监测/(9)监测网络/网络图.jpg": 9,
        # by the item's words
        f"{_words(10)}/报送记录.xlsx": 10,
        f"{_words(12)}/现场照片.jpg": 12,
        # no clue at all
        "工作说明.docx": None,
        "1.党政同责/会议签到表.pdf": None,  # point 1 has three items
    }
    for relative in expected:
        _put(root, relative)
    # office junk that is no evidence
    for junk in ("Thumbs.db", "desktop.ini", ".DS_Store", "(16)农产品质量安全追溯/~$追溯方案.docx", "__MACOSX/._x.pdf"):
        _put(root, junk)
    return expected


def test_each_naming_style_finds_its_item_with_a_reason(tmp_path):
    expected = unit_folder(tmp_path / "市场监管局佐证")
    result = match_folder(tmp_path / "市场监管局佐证", rulesets.builtin_ruleset())
    found = {f.relative: f.item for f in result.files}
    assert found == expected
    reasons = {f.relative: f.reason for f in result.files}
    assert "(16)" in reasons["(16)农产品质量安全追溯/追溯平台截图.png"]
    assert "3.法规制度" in reasons["3.法规制度/汇编.pdf"]
    point_one = next(f for f in result.files if f.relative == "1.党政同责/会议签到表.pdf")
    assert point_one.candidates == (1, 2, 3)
    assert sorted(result.skipped) == sorted(
        ["(16)农产品质量安全追溯/~$追溯方案.docx", ".DS_Store", "Thumbs.db", "__MACOSX/", "desktop.ini"]
    )


@pytest.mark.parametrize(
    "name, item",
    [
        ("(16)", 16),
        ("【16】追溯", 16),
        ("16 追溯体系", 16),
        ("16．追溯", 16),
        ("第 16 项", 16),
        ("2.工作机制", None),  # a point of three items: asked
        ("99、没有这一项", None),
        ("会议纪要", None),  # too few words to say anything
        ("市场监管局", None),  # words many items share: no clear winner
    ],
)
def test_one_folder_name(name, item):
    found, reason, _ = Matcher(rulesets.builtin_ruleset()).match([name, "a.pdf"])
    assert found == item, reason


def test_an_item_named_under_a_point_it_is_not_in_is_asked(tmp_path):
    found, reason, candidates = Matcher(rulesets.builtin_ruleset()).match(["5.源头治理", "(3)x.pdf"])
    assert found is None and 3 in candidates and 11 in candidates and "5." in reason


def test_folder_is_filed_for_the_unit_after_the_preview_and_corrections(demo_db, tmp_path):
    expected = unit_folder(tmp_path / "sent")
    before = len(evidence.list_evidence(demo_db))
    with evidence_folder.prepare(demo_db, tmp_path / "sent", unit=UNIT) as plan:
        assert len(evidence.list_evidence(demo_db)) == before  # the preview files nothing
        plan.choose("1.党政同责/会议签到表.pdf", 1)
        plan.choose("工作说明.docx", None)
        with pytest.raises(KnownError):
            plan.choose("工作说明.docx", 999)
        result = evidence_folder.file(demo_db, plan)
    assert not result.skipped
    filed = {(r.original_name, r.item, r.unit) for r in evidence.list_evidence(demo_db, unit=UNIT)}
    for relative, item in expected.items():
        name = relative.rsplit("/", 1)[-1]
        if relative == "1.党政同责/会议签到表.pdf":
            item = 1
        if item is None:
            assert not any(n == name for n, _, _ in filed)
        else:
            assert (name, item, UNIT) in filed, relative
    assert not any(n in ("Thumbs.db", "desktop.ini", ".DS_Store", "~$追溯方案.docx") for n, _, _ in filed)


def test_an_unknown_unit_or_a_wrong_source_is_said_and_nothing_filed(demo_db, tmp_path):
    unit_folder(tmp_path / "sent")
    with pytest.raises(NotFoundError, match="没有名为"):
        evidence_folder.prepare(demo_db, tmp_path / "sent", unit="市不存在局")
    (tmp_path / "sent.rar").write_bytes(b"Rar!\x1a\x07\x00")
    with pytest.raises(KnownError, match="RAR"):
        evidence_folder.prepare(demo_db, tmp_path / "sent.rar", unit=UNIT)
    (tmp_path / "empty").mkdir()
    _put(tmp_path / "empty", "Thumbs.db")
    with pytest.raises(KnownError, match="没有可归档的文件"):
        evidence_folder.prepare(demo_db, tmp_path / "empty", unit=UNIT)


class _StopAfter:
    def __init__(self, files: int):
        self.files = files
        self.cancelled = False

    def step(self, done: int, total: int, message: str = "") -> None:
        if done >= self.files:
            self.cancelled = True


def test_a_stop_half_way_leaves_the_filed_files_complete_and_the_rest_for_next_time(demo_db, tmp_path):
    unit_folder(tmp_path / "sent")
    stop = _StopAfter(4)
    with evidence_folder.prepare(demo_db, tmp_path / "sent", unit=UNIT) as plan:
        first = evidence_folder.file(demo_db, plan, progress=stop)
        assert first.cancelled and len(first.added) == 5 and len(first.skipped) == len(plan.match.files) - 2 - 5
    assert evidence.verify(demo_db).ok  # what was filed is whole
    with evidence_folder.prepare(demo_db, tmp_path / "sent", unit=UNIT) as plan:
        second = evidence_folder.file(demo_db, plan)
    assert len(second.added) == len(plan.match.files) - 2 - 5  # the rest, once
    assert len(second.skipped) == 5 and all("已" in s.reason for s in second.skipped)


# -- zips ---------------------------------------------------------------------------------------
class _GbkName(zipfile.ZipInfo):
    """An entry named as Windows' "send to compressed folder" names it: GBK bytes, no UTF-8 flag."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits


def _gbk_zip(path, files: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(_GbkName(name), data)
    with zipfile.ZipFile(path) as zf:  # as any reader sees it: not UTF-8-flagged, so cp437 garble
        assert all(not i.flag_bits & 0x800 for i in zf.infolist())
    return path


def test_a_zip_with_gbk_names_is_unpacked_matched_and_its_temporary_folder_removed(demo_db, tmp_path):
    archive = _gbk_zip(
        tmp_path / "市场监管局.zip",
        {"市场监管局/(16)追溯/截图.png": b"png", "市场监管局/第19项/通报.pdf": b"pdf", "市场监管局/Thumbs.db": b"x"},
    )
    with evidence_folder.prepare(demo_db, archive, unit=UNIT) as plan:
        root = plan.root
        assert {(f.relative, f.item) for f in plan.files} == {
            ("市场监管局/(16)追溯/截图.png", 16),
            ("市场监管局/第19项/通报.pdf", 19),
        }
        result = evidence_folder.file(demo_db, plan)
    assert len(result.added) == 2 and not root.exists()


@pytest.mark.parametrize(
    "entry", ["../outside.txt", "/etc/evil.txt", "a/../../outside.txt", "C:/Windows/evil.txt", "..\\outside.txt"]
)
def test_a_zip_entry_that_would_land_outside_is_refused(tmp_path, entry):
    archive = tmp_path / "bad.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("ok/(16)a.pdf", b"fine")
        zf.writestr(entry, b"evil")
    with pytest.raises(KnownError, match="解压到文件夹以外"):
        unzip.unpack(archive, tmp_path / "out")
    assert not (tmp_path / "out").exists() and not (tmp_path / "outside.txt").exists()


def test_a_zip_bomb_is_refused_whole(tmp_path, monkeypatch):
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.txt", b"small")
        zf.writestr("zeros.bin", b"\0" * (3 * 1024 * 1024))
    assert archive.stat().st_size < 20_000
    monkeypatch.setattr(unzip, "MAX_TOTAL", 2 * 1024 * 1024)
    with pytest.raises(KnownError, match="解压后超过"):
        unzip.unpack(archive, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_an_entry_that_is_a_file_and_a_folder_is_refused_by_name(tmp_path, demo_db):
    archive = tmp_path / "同名.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("材料/通报", b"a file")
        zf.writestr("材料/通报/附件.pdf", b"and a folder of the same name")
    with pytest.raises(KnownError) as caught:
        evidence_folder.prepare(demo_db, archive, unit=UNIT)
    assert "同名.zip" in caught.value.message and "材料/通报" in caught.value.message
    assert "既是文件又是文件夹" in caught.value.message


def test_one_oversize_entry_or_too_little_free_space_is_refused_before_anything_is_written(tmp_path, monkeypatch):
    archive = tmp_path / "大文件.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.pdf", b"small")
        zf.writestr("录像.mp4", b"\0" * 300_000)
    monkeypatch.setattr(unzip, "MAX_ENTRY", 100_000)  # as a 2.5 GB entry against the 2 GB a file may be
    with pytest.raises(KnownError, match=r"录像\.mp4"):
        unzip.unpack(archive, tmp_path / "out")
    assert not (tmp_path / "out").exists()  # refused unread: nothing was written first
    monkeypatch.setattr(unzip, "MAX_ENTRY", 10**12)
    monkeypatch.setattr(unzip, "_free_space", lambda _target: 1_000)
    with pytest.raises(KnownError, match="可用空间"):
        unzip.unpack(archive, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_damaged_and_password_protected_zips_are_refused_with_their_name(tmp_path, demo_db):
    damaged = tmp_path / "坏的.zip"
    damaged.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(KnownError, match=r"坏的\.zip.*损坏"):
        evidence_folder.prepare(demo_db, damaged, unit=UNIT)
    locked = tmp_path / "加密.zip"
    with zipfile.ZipFile(locked, "w") as zf:
        zf.writestr("a.pdf", b"secret")
    data = bytearray(locked.read_bytes())  # mark it encrypted, as a zip tool with a password does
    data[6] |= 0x1
    data[data.index(b"PK\x01\x02") + 8] |= 0x1
    locked.write_bytes(bytes(data))
    with pytest.raises(KnownError, match=r"加密\.zip.*密码"):
        evidence_folder.prepare(demo_db, locked, unit=UNIT)
    cut = tmp_path / "截断.zip"
    with zipfile.ZipFile(tmp_path / "whole.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.pdf", b"".join(n.to_bytes(4, "little") for n in range(200_000)))
    data = (tmp_path / "whole.zip").read_bytes()
    middle = len(data) // 2
    cut.write_bytes(data[:middle] + b"\xff" * 64 + data[middle + 64 :])  # the compressed data damaged
    with pytest.raises(KnownError, match=r"截断\.zip"):
        evidence_folder.prepare(demo_db, cut, unit=UNIT)
    assert evidence.list_evidence(demo_db, unit=UNIT) == []


# -- the command line ------------------------------------------------------------------------------
def test_cli_dry_run_prints_the_matching_and_files_nothing(demo_db, tmp_path):
    unit_folder(tmp_path / "sent")
    out = run_cli(
        "evidence", "import-folder", str(tmp_path / "sent"), "--unit", UNIT, "--dry-run", data_dir=demo_db.data_dir
    )
    assert out.returncode == 0, out.stderr
    assert "(16)\t(16)农产品质量安全追溯/追溯平台截图.png" in out.stdout
    assert "未匹配\t工作说明.docx" in out.stdout
    assert "Thumbs.db" in out.stdout and "试运行" in out.stderr
    assert evidence.list_evidence(demo_db, unit=UNIT) == []
    as_json = run_cli(
        "evidence",
        "import-folder",
        str(tmp_path / "sent"),
        "--unit",
        UNIT,
        "--dry-run",
        "--json",
        data_dir=demo_db.data_dir,
    )
    files = {f["path"]: f["item"] for f in json.loads(as_json.stdout)["files"]}
    assert files["第19项/抽检通报.pdf"] == 19 and files["工作说明.docx"] is None


def test_cli_files_the_folder_with_choices(demo_db, tmp_path):
    expected = unit_folder(tmp_path / "sent")
    out = run_cli(
        "evidence",
        "import-folder",
        str(tmp_path / "sent"),
        "--unit",
        UNIT,
        "--choose",
        "工作说明.docx=-",
        "--choose",
        "1.党政同责/会议签到表.pdf=1",
        data_dir=demo_db.data_dir,
    )
    assert out.returncode == 0, out.stderr
    assert len(evidence.list_evidence(demo_db, unit=UNIT)) == len(expected) - 1
    bad = run_cli(
        "evidence", "import-folder", str(tmp_path / "sent"), "--unit", UNIT, "--choose", "x", data_dir=demo_db.data_dir
    )
    assert bad.returncode == 2 and "路径=项号" in bad.stderr


def test_a_folder_of_monthly_reports_files_by_its_own_month_and_names(demo_db, tmp_path):
    """A unit's zip named for the month it reports (市市场监管局2023年5月报送.zip) with a folder for another
    month inside: each file takes the month its folder names, not the import day; （第2项） anywhere in a
    file's name is its item; a workbook named 台账 is a 台账, a picture a 照片."""
    import datetime as dt

    from desktop_app.core.evidence import current_period

    root = tmp_path / "包"
    _put(root, "食安委全体会议纪要（第2项）.pdf")
    _put(root, "农贸市场快检台账【第16项】.xlsx")
    _put(root, "2023年4月补报/宣传活动照片（第17项）.jpg")
    archive = tmp_path / "市市场监管局2023年5月报送.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(root).as_posix())
    with evidence_folder.prepare(demo_db, archive, unit=UNIT) as plan:
        assert {f.relative: (f.item, f.period) for f in plan.files} == {
            "食安委全体会议纪要（第2项）.pdf": (2, "2023-05"),
            "农贸市场快检台账【第16项】.xlsx": (16, "2023-05"),
            "2023年4月补报/宣传活动照片（第17项）.jpg": (17, "2023-04"),
        }
        evidence_folder.file(demo_db, plan)
    filed = {r.original_name: r for r in evidence.list_evidence(demo_db, unit=UNIT)}
    assert filed["食安委全体会议纪要（第2项）.pdf"].period == "2023-05"
    assert (
        filed["宣传活动照片（第17项）.jpg"].period == "2023-04"
        and filed["宣传活动照片（第17项）.jpg"].category == "照片"
    )
    assert filed["农贸市场快检台账【第16项】.xlsx"].category == "台账"
    # a folder that names no month is filed under this month, as before
    plain = tmp_path / "材料"
    _put(plain, "(3)督促履职.pdf")
    with evidence_folder.prepare(demo_db, plain, unit=UNIT) as plan:
        evidence_folder.file(demo_db, plan)
    again = {r.original_name: r for r in evidence.list_evidence(demo_db, unit=UNIT)}
    assert again["(3)督促履职.pdf"].period == current_period(dt.date.today())


def test_a_folder_s_symbolic_link_is_not_followed_out_of_it(demo_db, tmp_path):
    from desktop_app.core.evidence import expand

    secret = tmp_path / "别处" / "工资表.xlsx"
    secret.parent.mkdir()
    secret.write_bytes(b"not the office's evidence")
    folder = tmp_path / "市场监管局"
    (folder / "(16)追溯").mkdir(parents=True)
    (folder / "(16)追溯" / "通报.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (folder / "(16)追溯" / "工资表.xlsx").symlink_to(secret)
    assert [p.name for p in expand([folder])] == ["通报.pdf"]
    with evidence_folder.prepare(demo_db, folder, unit=UNIT) as plan:
        assert [f.relative for f in plan.files] == ["(16)追溯/通报.pdf"]
        assert "(16)追溯/工资表.xlsx" in plan.match.skipped
    out = run_cli("evidence", "add", "--item", "16", "--unit", UNIT, str(folder), data_dir=demo_db.data_dir)
    assert out.returncode == 0, out.stderr
    assert [e.original_name for e in evidence.list_evidence(demo_db, unit=UNIT)] == ["通报.pdf"]


def test_a_file_no_name_places_gets_the_items_its_text_suggests(demo_db, tmp_path):
    """A file called 扫描0001.txt says nothing by its name: its text suggests the items, the clerk (or
    --take-suggestions) takes them; without that it is not filed."""
    folder = tmp_path / "市教育局报送"
    folder.mkdir()
    (folder / "扫描0001.txt").write_text(
        "关于推进学校食堂互联网+明厨亮灶建设的通知\n全面推行学校食堂明厨亮灶，实现透明厨房全覆盖，接受社会监督。",
        encoding="utf-8",
    )
    (folder / "（85）明厨亮灶台账.txt").write_text("台账", encoding="utf-8")
    with evidence_folder.prepare(demo_db, folder, unit="市教育局") as plan:
        assert plan.suggest(demo_db) == 1
        scan = next(f for f in plan.files if f.relative == "扫描0001.txt")
        assert scan.item is None and scan.candidates[0] == 85 and "明厨亮灶" in scan.reason
    listed = run_cli(
        "evidence", "import-folder", str(folder), "--unit", "市教育局", "--dry-run", data_dir=demo_db.data_dir
    )
    assert listed.returncode == 0 and "文字建议为第（85）项" in listed.stdout, listed.stdout
    done = run_cli(
        "evidence", "import-folder", str(folder), "--unit", "市教育局", "--take-suggestions", data_dir=demo_db.data_dir
    )
    assert done.returncode == 0, done.stderr
    assert sorted(e.original_name for e in evidence.list_evidence(demo_db) if e.item == 85) == [
        "扫描0001.txt",
        "（85）明厨亮灶台账.txt",
    ]
