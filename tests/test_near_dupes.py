"""The same document in two files — a scan and its typed original, one 通知 scanned by two units — is
found by its text and shown as one document in the binder, both files kept."""

import subprocess

import pytest
from openpyxl import load_workbook

from desktop_app.core import near_dupes
from desktop_app.services import binder, evidence, extraction, ocr
from tests.scans import document_lines, draw

BODY = [
    "为做好2023年食品安全宣传周活动，全面推行明厨亮灶，",
    "各乡镇人民政府（街道办事处）要组织辖区餐饮服务单位，",
    "于6月30日前完成后厨视频接入，并报区食安办备案。",
    "现将有关事项通知如下。",
]
TYPED = "\n".join(
    ["开州区食品安全委员会办公室文件", "开食安办〔2023〕15号", "关于开展2023年食品安全宣传周活动的通知", *BODY]
)


def test_a_recognised_copy_with_reading_errors_is_one_document_with_its_original():
    scanned = TYPED.replace("明厨亮灶", "明厨亮灯").replace("，", ",").replace("〔", "[").replace("备案", "备安")
    other = "关于开展学校食堂食品安全专项检查的通知\n" + "各学校要对照检查表逐项自查，并于月底前报送自查报告。" * 3
    assert near_dupes.groups({"typed": TYPED, "scan": scanned, "other": other}) == [["typed", "scan"]]


def test_short_texts_and_a_page_of_a_long_document_are_not_the_same_document():
    long = TYPED + "\n" + "\n".join(f"第{n}条 各单位应当按照细则要求逐项落实并留存佐证材料备查。" for n in range(40))
    assert near_dupes.groups({"long": long, "first page": TYPED}) == []
    assert near_dupes.groups({"a": "签到表", "b": "签到表"}) == []  # too short to say


@pytest.mark.skipif(ocr.unavailable() is not None, reason="the recogniser is not installed")
def test_the_binder_shows_a_scan_and_its_typed_original_as_one_document(demo_db, tmp_path):
    typed = tmp_path / "通知（文字版）.txt"
    typed.write_text(TYPED, encoding="utf-8")
    lines = document_lines(
        "开州区食品安全委员会办公室",
        "开食安办〔2023〕15号",
        "关于开展2023年食品安全宣传周活动的通知",
        BODY,
        "2023年5月8日",
    )
    draw(lines, rotate=1.0).save(tmp_path / "通知（盖章扫描件）.png")
    other = tmp_path / "检查记录.txt"
    other.write_text(
        "学校食堂食品安全专项检查记录：各学校对照检查表逐项自查，发现问题三处，已整改完毕。" * 2, encoding="utf-8"
    )
    evidence.add_files(demo_db, [typed, other], item=85, unit="市教育局")
    evidence.add_files(demo_db, [tmp_path / "通知（盖章扫描件）.png"], item=85, unit="市食安办")
    extraction.run_pending(demo_db)
    ocr.run(demo_db)
    result = binder.export(demo_db, tmp_path / "迎检")
    marks = {e.record.original_name: e.same for e in result.entries}
    assert marks["通知（文字版）.txt"] == marks["通知（盖章扫描件）.png"] == 1 and marks["检查记录.txt"] == 0
    assert len(result.entries) == 3  # both files kept
    sheet = load_workbook(result.folder / binder.INDEX_XLSX).active
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert cells.count("同文1") == 2
    index = subprocess.run(["pdftotext", str(result.folder / binder.INDEX_PDF), "-"], capture_output=True, text=True)
    assert index.stdout.replace(" ", "").count("（同文1）") == 2
