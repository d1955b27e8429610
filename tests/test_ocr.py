"""Scans read like typed documents: pictures and image-only PDF pages recognised in a child process,
page by page (a stopped reading goes on where it stopped), their text found by search and their fields
suggested; a file that cannot be recognised is marked 无法识别 and nothing else stops."""

import pytest

from desktop_app.core.progress import Cancelled
from desktop_app.services import evidence, extraction, ocr, suggestions
from desktop_app.services.evidence import search as evidence_search
from desktop_app.storage.models import EvidenceText, StoredFile
from tests.conftest import run_cli
from tests.scans import document_lines, draw, save_pdf, save_picture

pytestmark = pytest.mark.skipif(ocr.unavailable() is not None, reason="the recogniser is not installed")

NOTICE = document_lines(
    "开州区食品安全委员会办公室",
    "开食安办〔2023〕15号",
    "关于开展2023年食品安全宣传周活动的通知",
    [
        "各乡镇人民政府（街道办事处），区食安委各成员单位：",
        "为做好宣传周活动，全面推行明厨亮灶，",
        "现将有关事项通知如下。",
    ],
    "2023年5月8日",
)


def _state(db, sha):
    with db.read() as session:
        return session.get(StoredFile, sha).text_state


def _file(db, path, item=85):
    [record] = evidence.add_files(db, [path], item=item, unit="市教育局").added
    return record


def test_a_scanned_notice_is_found_by_its_words_and_gives_its_fields(demo_db, tmp_path):
    scan = save_pdf([draw(NOTICE, rotate=1.2, noise=0.001), draw(NOTICE, rotate=-2)], tmp_path / "扫描件.pdf")
    photo = save_picture(draw(NOTICE, rotate=2.5), tmp_path / "公示栏.jpg")
    records = [_file(demo_db, scan), _file(demo_db, photo)]
    extraction.run_pending(demo_db)
    assert [_state(demo_db, r.sha256) for r in records] == [ocr.WAITING, ocr.WAITING]
    assert not evidence_search.search(demo_db, "宣传周")
    done = ocr.run(demo_db)
    assert (done.files, done.pages, done.unreadable) == (2, 3, 0)
    assert [_state(demo_db, r.sha256) for r in records] == ["done", "done"]
    found = {hit.info.id for hit in evidence_search.search(demo_db, "宣传周活动")}
    assert found == {r.id for r in records}
    with demo_db.read() as session:
        assert session.get(EvidenceText, records[0].sha256).recognised > 0.9
    fields = suggestions.for_record(demo_db, records[0].id).fields
    assert fields.doc_no.value == "开食安办〔2023〕15号" and fields.doc_date.value == "2023-05-08"
    assert ocr.status(demo_db).recognised == 2 and ocr.status(demo_db).waiting == 0


class _StopAfter:
    """The clerk pausing the reading once ``pages`` pages are read."""

    def __init__(self, pages: int):
        self.pages, self.seen = pages, 0

    @property
    def cancelled(self) -> bool:
        return self.seen >= self.pages

    def step(self, done: int, total: int, message: str = "") -> None:
        self.seen += 1


def test_a_reading_stopped_halfway_goes_on_from_the_next_page(demo_db, tmp_path):
    scan = save_pdf([draw(NOTICE), draw(NOTICE, seed=2)], tmp_path / "两页.pdf")
    record = _file(demo_db, scan)
    extraction.run_pending(demo_db)
    with pytest.raises(Cancelled):
        ocr.run(demo_db, _StopAfter(1))
    assert _state(demo_db, record.sha256) == ocr.WAITING and ocr.status(demo_db).pages_kept == 1
    done = ocr.run(demo_db)
    assert done.pages == 1 and done.files == 1  # the kept page is not read again
    assert _state(demo_db, record.sha256) == "done"


@pytest.mark.slow  # a 12,000 × 9,000 photo and a page of noise among them
def test_what_cannot_be_recognised_is_marked_and_the_rest_goes_on(demo_db, tmp_path):
    from PIL import Image

    fake = tmp_path / "照片.jpg"
    fake.write_bytes(b"\xff\xd8\xff\xe0" + b"not a picture" * 50)
    cmyk = tmp_path / "台账.tif"
    draw(NOTICE).convert("CMYK").save(cmyk)
    large = tmp_path / "大照片.png"
    big = Image.new("RGB", (12_000, 9_000), "white")  # a phone's photo of the notice on a desk
    notice = draw(NOTICE)
    big.paste(notice.resize((6200, 6200 * notice.height // notice.width)), (2900, 100))
    big.save(large)
    noise = save_pdf([Image.effect_noise((1240, 1754), 120).convert("RGB")], tmp_path / "噪点.pdf")
    records = [_file(demo_db, p) for p in (fake, cmyk, large, noise)]
    extraction.run_pending(demo_db)
    done = ocr.run(demo_db)
    assert done.unreadable == 1 and done.files == 3
    states = [_state(demo_db, r.sha256) for r in records]
    assert states[0] == "failed" and states[1] == "done" and states[2] == "done" and states[3] in ("none", "done")
    with demo_db.read() as session:
        assert session.get(EvidenceText, records[0].sha256).reason.startswith("无法识别")
    assert {r.id for r in records[1:3]} <= {hit.info.id for hit in evidence_search.search(demo_db, "宣传周")}


def test_evidence_ocr_on_the_command_line(demo_db, tmp_path):
    _file(demo_db, save_picture(draw(NOTICE), tmp_path / "通知.png"))
    waiting = run_cli("evidence", "ocr", "--status", data_dir=demo_db.data_dir)
    assert waiting.returncode == 0 and "等待识别" in waiting.stdout
    done = run_cli("evidence", "ocr", data_dir=demo_db.data_dir)
    assert done.returncode == 0 and "已识别 1 个文件" in done.stdout, done.stdout + done.stderr


def test_a_pc_without_the_recogniser_files_and_searches_as_before(demo_db, tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "rapidocr" else real(name, *a))
    record = _file(demo_db, save_picture(draw(NOTICE), tmp_path / "通知.png"))
    extraction.run_pending(demo_db)
    assert _state(demo_db, record.sha256) == "none"
    out = run_cli("evidence", "ocr", data_dir=demo_db.data_dir)
    assert out.returncode == 0 and "无法识别扫描件" in out.stdout


def test_a_recogniser_that_dies_costs_only_its_file(demo_db, tmp_path, monkeypatch):
    """The recogniser's process ended by its memory limit (as a crash in the library would end it):
    each file is marked 无法识别 with why, the batch goes on to the next and ends; nothing else stops."""
    first = _file(demo_db, save_picture(draw(NOTICE), tmp_path / "一.png"))
    second = _file(demo_db, save_picture(draw(NOTICE, noise=0.001, seed=2), tmp_path / "二.png"))
    extraction.run_pending(demo_db)
    monkeypatch.setattr(ocr, "MEMORY_LIMIT", 120 * 1024 * 1024)
    done = ocr.run(demo_db)
    assert done.unreadable == 2 and done.files == 0
    with demo_db.read() as session:
        reasons = [session.get(EvidenceText, r.sha256).reason for r in (first, second)]
    assert all(reason.startswith("无法识别") for reason in reasons), reasons
    assert [_state(demo_db, r.sha256) for r in (first, second)] == ["failed", "failed"]
    assert evidence_search.search(demo_db, "一")  # search goes on as before: titles are found


def test_a_scan_not_yet_filed_gets_its_fields_suggested(demo_db, tmp_path):
    """The filing form and `evidence suggest` read a scan's first pages as the background reader does."""
    scan = save_picture(draw(NOTICE, rotate=1.0), tmp_path / "扫描件.jpg")
    made = suggestions.for_file(demo_db, scan)
    assert made.text_state == "done"
    assert made.fields.doc_no.value == "开食安办〔2023〕15号" and made.fields.doc_date.value == "2023-05-08"
    out = run_cli("evidence", "suggest", str(scan), data_dir=demo_db.data_dir)
    assert out.returncode == 0 and "文号：开食安办〔2023〕15号" in out.stdout, out.stdout
