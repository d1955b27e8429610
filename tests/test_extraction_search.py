"""Text of office files is read in a child process and made searchable, for queries of any length."""

import json
import os
import time

import pytest

from desktop_app.exchange import textextract
from desktop_app.services import evidence, extraction
from desktop_app.services.evidence import EvidenceMeta
from desktop_app.services.evidence import search as evidence_search
from desktop_app.storage import pg_search
from tests.conftest import run_cli
from tests.files import make_docx, make_pdf, make_xlsx


def test_each_kind_of_file(tmp_path):
    pdf = make_pdf(tmp_path / "a.pdf", ["学校食堂明厨亮灶改造验收记录", "共检查食堂126家，整改率100%。"])
    assert textextract.extract(pdf, "验收.pdf").text.replace("\r", "") == (
        "学校食堂明厨亮灶改造验收记录\n共检查食堂126家，整改率100%。"
    )
    docx_file = make_docx(
        tmp_path / "a.docx", ["关于开展农村假冒伪劣食品整治的通知"], [["乡镇", "检查户数"], ["城关镇", "58"]]
    )
    got = textextract.extract(docx_file, "通知.docx")
    assert got.state == "done" and "假冒伪劣" in got.text and "城关镇 58" in got.text
    xlsx = make_xlsx(tmp_path / "a.xlsx", [["单位", "台账数"], ["市市场监管局", 12]])
    assert textextract.extract(xlsx, "台账.xlsx").text == "单位 台账数\n市市场监管局 12"
    gbk = tmp_path / "a.txt"
    gbk.write_bytes("农药残留快检台账".encode("gb18030"))
    assert textextract.extract(gbk, "快检.txt").text == "农药残留快检台账"
    assert textextract.extract(gbk, "照片.JPG").state == "none"
    scan = make_pdf(tmp_path / "scan.pdf", [], text_layer=False)
    assert textextract.extract(scan, "扫描件.pdf") == textextract.Extracted("none", reason="no text layer")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n this is not really a pdf")
    result = textextract.extract(broken, "坏.pdf")
    assert result.state == "failed" and "PDFium" in result.reason


@pytest.fixture
def filed(demo_db, tmp_path):
    pdf = make_pdf(tmp_path / "验收记录.pdf", ["学校食堂明厨亮灶改造验收记录", "共检查食堂126家，整改率100%。"])
    ledger = tmp_path / "快检台账.txt"
    ledger.write_text("农药残留快检台账 2024年第三季度 抽检蔬菜320批次", encoding="utf-8")
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff not a real jpeg")
    scan = make_pdf(tmp_path / "扫描件.pdf", [], text_layer=False)
    evidence.add_files(
        demo_db,
        [pdf, photo],
        item=85,
        unit="市教育局",
        meta=EvidenceMeta(category="台账", period="2024-09", doc_no="昌教〔2024〕7号"),
    )
    evidence.add_files(demo_db, [ledger, scan], item=14, unit="市农业农村局", meta=EvidenceMeta(period="2024-10"))
    summary = extraction.run_pending(demo_db)
    assert (summary.done, summary.none, summary.failed) == (2, 2, 0)
    return demo_db


def _found(db, query, **filters):
    return [h.info.original_name for h in evidence_search.search(db, query, **filters)]


def test_two_character_query_台账(filed):
    hits = evidence_search.search(filed, "台账")
    assert [h.info.original_name for h in hits] == ["快检台账.txt"]
    assert "【台账】" in hits[0].snippet


def test_phrase_found_only_inside_the_pdf_text(filed):
    hits = evidence_search.search(filed, "共检查食堂126家")
    assert [h.info.original_name for h in hits] == ["验收记录.pdf"]
    assert hits[0].snippet.startswith("学校食堂明厨亮灶改造验收记录") and "【共检查食堂126家】" in hits[0].snippet


def test_title_doc_number_unit_and_single_characters(filed):
    assert _found(filed, "现场照片") == ["现场照片.jpg"]
    assert sorted(_found(filed, "昌教〔2024〕7号")) == ["现场照片.jpg", "验收记录.pdf"]
    assert sorted(_found(filed, "农业农村")) == ["快检台账.txt", "扫描件.pdf"]
    assert _found(filed, "蔬") == ["快检台账.txt"]
    assert _found(filed, "灶") == ["验收记录.pdf"]  # the last character of a run
    assert _found(filed, "抽检 320") == ["快检台账.txt"]  # every word must stand
    assert _found(filed, "抽检 明厨") == []
    assert _found(filed, "   ") == []


@pytest.mark.parametrize("counted", [1, 1000])
def test_the_answers_do_not_depend_on_the_piece_a_search_starts_from(filed, monkeypatch, counted):
    """On a server a search walks the entries of its rarest two-character piece, each piece counted up
    to a limit; when every piece passes it, another piece is walked and the answers stay the same."""
    monkeypatch.setattr(pg_search, "_COUNT_UP_TO", counted)
    assert _found(filed, "快检台账") == ["快检台账.txt"]
    assert _found(filed, "明厨亮灶改造") == ["验收记录.pdf"]
    assert _found(filed, "抽检蔬菜 2024") == ["快检台账.txt"]
    assert sorted(_found(filed, "2024")) == ["快检台账.txt", "现场照片.jpg", "验收记录.pdf"]


def test_filters_and_the_recycle_bin(filed):
    assert _found(filed, "2024", item=14) == ["快检台账.txt"]
    assert sorted(_found(filed, "2024", unit="市教育局")) == ["现场照片.jpg", "验收记录.pdf"]
    assert sorted(_found(filed, "2024", category="台账", period="2024-09")) == ["现场照片.jpg", "验收记录.pdf"]
    assert _found(filed, "2024", category="照片") == []
    ledger = next(e for e in evidence.list_evidence(filed) if e.original_name == "快检台账.txt")
    evidence.move_to_bin(filed, [ledger.id])
    assert _found(filed, "台账") == []
    evidence.restore(filed, [ledger.id])
    assert _found(filed, "台账") == ["快检台账.txt"]
    evidence.move_to_bin(filed, [ledger.id])
    evidence.purge(filed, [ledger.id])
    assert _found(filed, "台账") == []


@pytest.mark.sqlite_only
def test_which_files_have_no_text_is_recorded(filed):
    import sqlite3

    con = sqlite3.connect(filed.data_dir / "foodsafety-desk.db")
    states = dict(
        con.execute("SELECT e.original_name, f.text_state FROM evidence e JOIN stored_file f ON f.sha256 = e.sha256")
    )
    con.close()
    from desktop_app.services import ocr

    scan = "none" if ocr.unavailable() else ocr.WAITING  # a picture and a scan wait to be recognised
    assert states == {"验收记录.pdf": "done", "现场照片.jpg": scan, "快检台账.txt": "done", "扫描件.pdf": scan}


def crash_on_first_file(conn, memory_limit=None):
    conn.recv()
    os._exit(3)


def hang(conn, memory_limit=None):
    conn.recv()
    time.sleep(60)


def test_a_reader_that_dies_or_hangs_costs_only_that_file(tmp_path):
    sample = tmp_path / "a.txt"
    sample.write_text("文字", encoding="utf-8")
    reader = extraction.Reader(serve=crash_on_first_file)
    try:
        result = reader.read(str(sample), "a.txt", timeout=30)
        assert result.state == "failed" and "异常退出" in result.reason
    finally:
        reader.close()
    reader = extraction.Reader(serve=hang)
    started = time.monotonic()
    try:
        result = reader.read(str(sample), "a.txt", timeout=1)
        assert result.state == "failed" and "超过了 1 秒" in result.reason
    finally:
        reader.close()
    assert time.monotonic() - started < 20
    normal = extraction.Reader()
    try:
        assert normal.read(str(sample), "a.txt", timeout=30).text == "文字"
    finally:
        normal.close()


def test_cli_search_json(tmp_path):
    data = tmp_path / "d"
    assert run_cli("demo", data_dir=data).returncode == 0
    pdf = make_pdf(tmp_path / "验收记录.pdf", ["学校食堂明厨亮灶改造验收记录"])
    assert run_cli("evidence", "add", "--item", "85", "--unit", "市教育局", str(pdf), data_dir=data).returncode == 0
    hits = json.loads(run_cli("evidence", "search", "明厨亮灶改造", "--json", data_dir=data).stdout)
    assert len(hits) == 1
    for key in ("id", "item", "unit", "title", "sha256", "size", "original_name", "snippet"):
        assert key in hits[0]
    assert hits[0]["item"] == 85 and "【明厨亮灶改造】" in hits[0]["snippet"]
    assert json.loads(run_cli("evidence", "search", "没有这个词", "--json", data_dir=data).stdout) == []


def test_a_renamed_unit_finds_its_evidence_by_the_new_name(demo_db, tmp_path):
    from desktop_app.services import units

    path = tmp_path / "通报.txt"
    path.write_text("督查通报", encoding="utf-8")
    evidence.add_files(demo_db, [path], item=1, unit="市科技局")
    unit = units.find(demo_db, "市科技局")
    units.update(demo_db, unit.id, units.UnitRecord(name="市科学技术局", kind=unit.kind))
    assert [h.info.unit for h in evidence_search.search(demo_db, "科学技术")] == ["市科学技术局"]
    assert evidence_search.search(demo_db, "市科技局") == []
