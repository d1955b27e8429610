"""The inspection binder: numbered folders, an index workbook, a manifest that matches, a real PDF index."""

import hashlib
import json
import re
import subprocess

import pytest
from openpyxl import load_workbook

from desktop_app.core.errors import KnownError
from desktop_app.core.evidence import safe_name
from desktop_app.core.progress import Cancelled, NullProgress
from desktop_app.services import binder, evidence
from desktop_app.services.evidence import EvidenceMeta
from tests.conftest import run_cli


@pytest.fixture
def filed(demo_db, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "整改台账.xlsx").write_bytes(b"ledger" * 200)
    (src / "验收照片.jpg").write_bytes(b"photo" * 300)
    (src / "CON.txt").write_bytes(b"reserved name on windows")
    (src / "会议纪要.pdf").write_bytes(b"%PDF minutes" * 50)
    evidence.add_files(
        demo_db,
        [src / "整改台账.xlsx", src / "验收照片.jpg"],
        item=85,
        unit="市教育局",
        meta=EvidenceMeta(doc_no="昌教〔2024〕12号", category="台账"),
    )
    evidence.add_files(demo_db, [src / "CON.txt"], item=90, unit="市食安办", meta=EvidenceMeta(title="CON"))
    evidence.add_files(
        demo_db, [src / "会议纪要.pdf"], item=4, unit="市食安办", meta=EvidenceMeta(title="创建推进会/纪要")
    )
    return demo_db


def test_binder_layout_manifest_and_index(filed, tmp_path):
    result = binder.export(filed, tmp_path / "out")
    root = result.folder
    assert root.name.startswith("迎检资料-") and len(result.entries) == 4 and result.missing == []
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    # the item's folder name is cut at 28 characters, for Windows path lengths
    item85 = "五、示范引领/32. 学校食堂“互联网+明厨亮灶”/(85) 学校食堂“互联网+明厨亮灶”覆盖率达到100%"
    assert f"{item85}/(85)-市教育局-整改台账.xlsx" in files and f"{item85}/(85)-市教育局-验收照片.jpg" in files
    assert any(
        f.startswith("一、基础工作/2. 工作机制/(4) ") and f.endswith("(4)-市食安办-创建推进会_纪要.pdf") for f in files
    )
    assert any(f.startswith("六、否决项/(90) ") and f.endswith("(90)-市食安办-CON.txt") for f in files)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    listed = {f["path"]: f["sha256"] for f in manifest["files"]}
    on_disk = {
        f: hashlib.sha256((root / f).read_bytes()).hexdigest()
        for f in files
        if f not in ("manifest.json", binder.INDEX_XLSX, binder.INDEX_PDF, binder.INDEX_DOCX)
    }
    assert listed == on_disk
    for entry in result.entries:
        assert listed[entry.path] == entry.record.sha256  # the copies are the stored content

    ws = load_workbook(root / binder.INDEX_XLSX).active
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    assert len(rows) == 4
    row = next(r for r in rows if r[3] == "整改台账")
    assert (row[0], row[2], row[4], row[6]) == ("(85)", "市教育局", "昌教〔2024〕12号", "台账")
    assert row[11] == listed[row[9]]


def test_index_pdf_is_readable_with_every_font_embedded(filed, tmp_path):
    from tests import pdf_measure as pm

    pdf = binder.export(filed, tmp_path / "out").folder / binder.INDEX_PDF
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    lines = fonts.strip().splitlines()[2:]
    assert lines and all(line.split()[-5] == "yes" for line in lines), fonts  # the "emb" column
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for expected in (
        "迎检资料目录",
        "目录",
        "一、基础工作",
        "学校食堂“互联网+明厨亮灶”覆盖率达到100%",
        "整改台账",
        "六、否决项",
        "3 项评价内容",
    ):
        assert expected in text, expected
    assert "（无材料）" not in text and "(1) " not in text  # only the items that have materials
    assert re.search(r"—\s*1\s*—", text)  # the page number, as in official documents
    pages = pm.lines(pdf)
    assert len(pages) <= 3  # a cover with its contents, then three items on a page
    words = [line.text for page in pages for line in page]
    assert "昌教〔2024〕12号" in words  # a 文号 on one line, never broken
    assert sum(1 for w in words if re.fullmatch(r"\d{4}-\d{2}-\d{2}", w)) == 0  # no date typed: none shown


def test_the_list_of_what_is_missing_beside_the_binder(filed, tmp_path):
    from desktop_app.services import coverage

    result = binder.export(filed, tmp_path / "out")
    assert result.gaps_pdf.parent == result.folder.parent and result.gaps_pdf.name.startswith("尚缺材料清单-")
    assert not list(result.folder.rglob("尚缺*"))  # not in what the inspectors get
    gaps = {g.no: g for g in coverage.gaps(filed)}
    assert result.gaps == len(gaps) and 85 in gaps and 4 in gaps
    assert "市教育局" not in gaps[85].units and gaps[85].units  # the unit that filed is no longer missing
    text = subprocess.run(["pdftotext", str(result.gaps_pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = text.replace("\n", "").replace(" ", "")
    assert "尚缺材料清单" in flat and f"共{len(gaps)}项评价内容尚缺佐证材料" in flat and "不随迎检资料报送" in flat
    assert "各县（区）" in flat  # the counties named as the plans name them


def test_missing_files_are_reported_not_silently_dropped(filed, tmp_path):
    victim = evidence.list_evidence(filed, item=4)[0]
    evidence.store(filed).remove(victim.sha256)
    result = binder.export(filed, tmp_path / "out")
    assert [r.id for r in result.missing] == [victim.id] and len(result.entries) == 3


def test_cancel_leaves_nothing_behind(filed, tmp_path):
    class CancelLater(NullProgress):
        steps = 0

        @property
        def cancelled(self):
            return self.steps >= 3

        def step(self, done, total, message=""):
            self.steps += 1

    out = tmp_path / "out"
    with pytest.raises(Cancelled):
        binder.export(filed, out, progress=CancelLater())
    assert list(out.iterdir()) == []


def test_passed_only_and_nothing_to_export(filed, demo_db, tmp_path):
    with pytest.raises(KnownError, match="还没有可导出的佐证材料"):
        binder.export(filed, tmp_path / "out", passed_only=True)
    first = binder.export(filed, tmp_path / "out")
    second = binder.export(filed, tmp_path / "out")  # the same day, the same folder: replaced, once complete
    assert second.folder == first.folder
    assert [p.name for p in (tmp_path / "out").iterdir() if p.is_dir()] == [first.folder.name]


def test_safe_names():
    assert safe_name("CON.txt") == "_CON.txt" and safe_name("nul") == "_nul"
    assert safe_name('会议<纪要>:"2024"?.pdf') == "会议_纪要___2024__.pdf"
    long = safe_name("很" * 200 + ".docx", 40)
    assert len(long) == 40 and long.endswith(".docx")
    assert safe_name("报告. ") == "报告" and safe_name("   ") == "_"


def test_cli_export_binder(tmp_path):
    data = tmp_path / "d"
    assert run_cli("demo", data_dir=data).returncode == 0
    (tmp_path / "a.pdf").write_bytes(b"%PDF evidence")
    assert run_cli("evidence", "add", "--item", "12", str(tmp_path / "a.pdf"), data_dir=data).returncode == 0
    result = run_cli("evidence", "export-binder", str(tmp_path / "binder"), data_dir=data)
    assert result.returncode == 0 and "1" in result.stdout
    assert len(list((tmp_path / "binder").glob("迎检资料-*/manifest.json"))) == 1


def _hidden(folder):
    return [p for p in folder.iterdir() if p.name.startswith(".")]


def test_a_second_export_that_fails_leaves_the_first_as_it_was(filed, tmp_path, monkeypatch):
    from desktop_app.reports import binder_index

    first = binder.export(filed, tmp_path / "out")
    manifest = (first.folder / "manifest.json").read_bytes()

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(binder_index, "write_index_pdf", broken)
    with pytest.raises(KnownError):
        binder.export(filed, tmp_path / "out")
    assert (first.folder / "manifest.json").read_bytes() == manifest and (first.folder / binder.INDEX_PDF).exists()
    assert _hidden(tmp_path / "out") == []


def test_progress_counts_the_files_then_the_index(filed, tmp_path):
    seen = []

    class Counting(NullProgress):
        def step(self, done, total, message=""):
            seen.append((done, total, message))

    binder.export(filed, tmp_path / "out", progress=Counting())
    counts = [done for done, _, _ in seen]
    assert counts == sorted(counts) and seen[-1][0] == seen[-1][1] == 4 + 3
    assert any("复制文件" in message and "4" in message for _, _, message in seen)
    assert any(binder.INDEX_PDF in message for _, _, message in seen)


def test_a_file_changed_in_the_store_is_left_out_and_named(filed, tmp_path):
    record = next(r for r in evidence.list_evidence(filed) if r.title == "验收照片")
    stored = evidence.store(filed).path_of(record.sha256)
    stored.chmod(0o644)
    stored.write_bytes(b"not the photo that was filed")
    result = binder.export(filed, tmp_path / "out")
    assert [r.id for r in result.altered] == [record.id] and len(result.entries) == 3
    manifest = json.loads((result.folder / "manifest.json").read_text(encoding="utf-8"))
    assert record.id not in [f["evidence_id"] for f in manifest["files"]]
    assert not list(result.folder.rglob("*验收照片*"))


KILLED_EXPORT = """
import os, signal, sys
from pathlib import Path
from desktop_app.storage.database import Database
from desktop_app.services import binder

class Killer:
    cancelled = False
    def step(self, done, total, message=""):
        if done >= 2:  # the power goes in the middle of the copying
            os.kill(os.getpid(), signal.SIGKILL)

db = Database.open(Path(sys.argv[1]), url=sys.argv[3] or None)  # on the server: its address
binder.export(db, Path(sys.argv[2]), progress=Killer())
"""


def test_what_a_killed_export_leaves_is_found_and_removed(filed, tmp_path):
    import sys

    from desktop_app.services.binder import COPIERS

    assert COPIERS >= 1
    url = filed.url if filed.is_server else ""
    filed.close()
    out = tmp_path / "out"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_EXPORT, str(filed.data_dir), str(out), url], capture_output=True, text=True
    )
    assert killed.returncode != 0
    left = binder.leftovers(out)
    assert len(left) == 1 and left[0].name.startswith(".迎检资料-")
    assert binder.folder_size(left[0]) > 0
    binder.remove_leftovers(left)
    assert _hidden(out) == [] and binder.leftovers(out) == []


def test_an_export_still_running_is_not_a_leftover(tmp_path):
    import datetime as dt
    import os
    import socket

    running = tmp_path / ".迎检资料-running"
    running.mkdir()
    (running / binder.OWNER).write_text(
        json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "started": dt.datetime.now().isoformat()}),
        encoding="utf-8",
    )
    elsewhere = tmp_path / ".迎检资料-elsewhere"  # another PC's export into a shared folder, begun an hour ago
    elsewhere.mkdir()
    hour_ago = (dt.datetime.now() - dt.timedelta(hours=1)).isoformat()
    (elsewhere / binder.OWNER).write_text(json.dumps({"pid": 1, "host": "另一台电脑", "started": hour_ago}), "utf-8")
    old = tmp_path / ".迎检资料-old"  # and one begun three days ago: long dead
    old.mkdir()
    days_ago = (dt.datetime.now() - dt.timedelta(days=3)).isoformat()
    (old / binder.OWNER).write_text(json.dumps({"pid": 1, "host": "另一台电脑", "started": days_ago}), "utf-8")
    assert binder.leftovers(tmp_path) == [old]


def test_the_command_line_shows_progress_and_offers_to_remove_leftovers(tmp_path):
    data = tmp_path / "d"
    assert run_cli("demo", data_dir=data).returncode == 0
    (tmp_path / "a.pdf").write_bytes(b"%PDF evidence")
    assert run_cli("evidence", "add", "--item", "12", str(tmp_path / "a.pdf"), data_dir=data).returncode == 0
    leftover = tmp_path / "binder" / ".迎检资料-abcd"
    leftover.mkdir(parents=True)
    (leftover / "half.pdf").write_bytes(b"%PDF half")
    said = run_cli("evidence", "export-binder", str(tmp_path / "binder"), data_dir=data)
    assert said.returncode == 0 and "--remove-leftovers" in said.stdout and leftover.exists()
    assert "迎检资料" in said.stderr and "100%" in said.stderr  # the progress, on stderr
    removed = run_cli("evidence", "export-binder", str(tmp_path / "binder"), "--remove-leftovers", data_dir=data)
    assert removed.returncode == 0 and not leftover.exists()
