"""The evidence page as a clerk uses it: drop files onto an item, find them, review, coverage,
preview, open, recycle bin, integrity, backup and restore."""

import datetime as dt
import hashlib
import json

import pytest

from desktop_app.gui.evidence_models import EvidenceTableModel, snippet_html
from desktop_app.gui.qt import QApplication, QDropEvent, QEvent, QMimeData, QPointF, Qt, QUrl
from desktop_app.gui.worker import wait_idle
from desktop_app.services import backup, evidence, units
from desktop_app.services.evidence import EvidenceMeta
from tests.files import make_pdf


@pytest.fixture
def page(window, qtbot):
    shown = window.show_page("evidence")
    qtbot.waitUntil(lambda: not shown.extracting, timeout=30_000)
    return shown


def drop_on_item(tree, item_no, paths):
    """Drag files from the desktop over item ``item_no`` of the tree and let go."""
    node = tree.item_nodes[item_no]
    tree.scrollToItem(node)
    point = QPointF(tree.visualItemRect(node).center())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    events = []
    for kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
        from desktop_app.gui.qt import QDragEnterEvent, QDragMoveEvent

        cls = QDragEnterEvent if kind == QEvent.Type.DragEnter else QDragMoveEvent
        event = cls(
            point.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(tree.viewport(), event)
        events.append(event.isAccepted())
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tree.viewport(), drop)
    return [*events, drop.isAccepted()]


def files(tmp_path):
    folder = tmp_path / "拖入"
    folder.mkdir()
    pdf = make_pdf(folder / "学校食堂检查记录.pdf", ["学校食堂明厨亮灶视频接入核查记录", "第一小学已接入平台"])
    txt = folder / "工作台账.txt"
    txt.write_text("食品安全工作台账\n第一季度完成督导检查。", encoding="utf-8")
    return pdf, txt


def test_drop_files_onto_an_item_files_them_and_reads_their_text(page, qtbot, demo_db, tmp_path, prompter):
    pdf, txt = files(tmp_path)
    before = pdf.read_bytes()
    accepted = drop_on_item(page.tree, 85, [pdf, txt])
    assert accepted == [True, True, True]
    qtbot.waitUntil(lambda: len(evidence.list_evidence(demo_db, item=85)) == 2, timeout=20_000)
    qtbot.waitUntil(lambda: "已归档 2 个文件" in (prompter.shown[-1].text if prompter.shown else ""), timeout=10_000)
    records = evidence.list_evidence(demo_db, item=85)
    assert {r.original_name for r in records} == {"学校食堂检查记录.pdf", "工作台账.txt"}
    assert {r.unit for r in records} == {"市教育局"}  # the item's first responsible unit by default
    assert pdf.read_bytes() == before  # the original is only read
    # the list shows them; the tree counts them; the text is read in the background
    assert page.model.rowCount() == 2
    assert page.tree.item_nodes[85].text(1).startswith("2")
    qtbot.waitUntil(lambda: not page.extracting, timeout=60_000)
    page.search.setText("视频接入核查")  # words only inside the PDF's text
    page.reload()
    assert page.model.rowCount() == 1
    assert page.model.info(0).original_name == "学校食堂检查记录.pdf"
    assert not page.table.isColumnHidden(EvidenceTableModel.SNIPPET)
    snippet = page.model.data(page.model.index(0, EvidenceTableModel.SNIPPET))
    assert "【视频接入核查】" in snippet
    assert "background:#ffe066" in snippet_html(snippet)


def test_dropping_is_refused_off_an_item_and_bad_files_are_named(page, qtbot, demo_db, tmp_path, prompter):
    good = tmp_path / "会议纪要.txt"
    good.write_text("创建工作推进会会议纪要", encoding="utf-8")
    empty = tmp_path / "空文件.docx"
    empty.write_bytes(b"")
    category = page.tree.topLevelItem(1)  # a category, not an item: nothing to file under
    point = QPointF(page.tree.visualItemRect(category).center())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good))])
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page.tree.viewport(), drop)
    assert not drop.isAccepted()
    assert evidence.list_evidence(demo_db) == []
    drop_on_item(page.tree, 1, [good, empty])
    qtbot.waitUntil(lambda: bool(prompter.shown) and prompter.shown[-1].kind == "error", timeout=20_000)
    message = prompter.shown[-1]
    assert "已归档 1 个文件" in message.text and "有 1 个文件未归档" in message.text
    assert any("空文件.docx" in d for d in message.details)
    assert [r.title for r in evidence.list_evidence(demo_db)] == ["会议纪要"]


def test_add_files_and_a_folder_through_the_choosers(page, qtbot, demo_db, tmp_path, prompter):
    pdf, txt = files(tmp_path)
    page.tree.select_item(10)
    prompter.files.extend([str(txt)])
    page.choose_files()
    qtbot.waitUntil(lambda: len(evidence.list_evidence(demo_db, item=10)) == 1, timeout=20_000)
    prompter.files.append(str(pdf.parent))
    page.choose_folder()
    # the folder holds the text file again (same item and unit: refused as already filed) and the PDF
    qtbot.waitUntil(lambda: len(evidence.list_evidence(demo_db, item=10)) == 2, timeout=20_000)
    qtbot.waitUntil(lambda: prompter.shown[-1].kind == "error", timeout=10_000)
    assert "已归档 1 个文件" in prompter.shown[-1].text
    assert len(prompter.shown[-1].details) == 1 and "工作台账.txt" in prompter.shown[-1].details[0]


def _file(db, tmp_path, name, item, unit, content=None, **meta):
    path = tmp_path / name
    if content is None:
        path.write_text(name * 20, encoding="utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return evidence.add_files(db, [path], item=item, unit=unit, meta=EvidenceMeta(**meta)).added[0]


def test_short_search_filters_and_highlight(page, demo_db, tmp_path):
    _file(demo_db, tmp_path, "2026年工作台账.txt", 85, "市教育局", category="台账")
    _file(demo_db, tmp_path, "督查通报.txt", 1, "市食安办", content="本月台账检查情况通报", category="文件制度")
    _file(demo_db, tmp_path, "照片说明.txt", 1, "市食安办", content="现场照片", category="照片")
    from desktop_app.services import extraction

    extraction.run_pending(demo_db)
    page.refresh()
    page.search.setText("台账")  # two characters: the bigram index answers
    page.reload()
    assert page.model.rowCount() == 2
    page.category_filter.setCurrentIndex(page.category_filter.findData("台账"))
    assert page.model.rowCount() == 1 and page.model.info(0).title == "2026年工作台账"
    page.category_filter.setCurrentIndex(0)
    page.unit_filter.setCurrentIndex(page.unit_filter.findData("市食安办"))
    assert page.model.rowCount() == 1 and page.model.info(0).title == "督查通报"
    snippet = page.model.data(page.model.index(0, EvidenceTableModel.SNIPPET))
    assert "【台账】" in snippet
    page.search.clear()
    page.reload()
    assert page.table.isColumnHidden(EvidenceTableModel.SNIPPET)
    assert page.model.rowCount() == 2  # both of 市食安办's records


def test_review_pass_and_return_with_a_comment(page, demo_db, tmp_path, prompter):
    a = _file(demo_db, tmp_path, "a.txt", 85, "市教育局")
    b = _file(demo_db, tmp_path, "b.txt", 85, "卡若区")
    page.refresh()
    page.table.selectRow(page.model.row_of(a.id))
    page.detail.pass_button.click()
    page.table.selectRow(page.model.row_of(b.id))
    prompter.texts.append("照片模糊，请补充清晰照片")
    page.detail.return_button.click()
    states = {e.id: (e.review_state, e.review_comment) for e in evidence.list_evidence(demo_db)}
    assert states[a.id] == ("合格", "")
    assert states[b.id] == ("退回", "照片模糊，请补充清晰照片")
    assert "照片模糊" in page.detail.summary.text()
    # cancelling the comment changes nothing; an empty comment is refused with a message
    page.table.selectRow(page.model.row_of(a.id))
    page.detail.return_button.click()
    prompter.texts.append("   ")
    page.detail.return_button.click()
    assert "退回原因" in prompter.shown[-1].text or "退回" in prompter.shown[-1].text
    assert evidence.get(demo_db, a.id).review_state == "合格"
    assert page.tree.item_nodes[85].text(1) == "2（合格1）"


def test_coverage_map_marks_and_lists(page, qtbot, demo_db, tmp_path):
    rec = _file(demo_db, tmp_path, "明厨亮灶.txt", 85, "市教育局")
    page.tabs.setCurrentWidget(page.coverage)
    cov = page.coverage
    index = cov.cell_index(85, "市教育局")
    assert index.isValid()
    assert index.data(Qt.ItemDataRole.DisplayRole) == "1"
    assert index.data(Qt.ItemDataRole.BackgroundRole).name() == "#ffd54f"  # filed, not yet passed
    missing = cov.cell_index(85, "江达县")
    assert missing.data(Qt.ItemDataRole.BackgroundRole).name() == "#ef9a9a"  # responsible, nothing filed
    rect = cov.map.visualRect(index)
    cov.map.scrollTo(index)
    rect = cov.map.visualRect(index)
    qtbot.mouseClick(cov.map.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "(85) × 市教育局" in cov.cell_label.text() and "待完善" in cov.cell_label.text()
    cov.complete_button.click()
    index = cov.cell_index(85, "市教育局")
    assert index.data(Qt.ItemDataRole.DisplayRole) == "✓"
    assert "已齐全" in cov.cell_label.text()
    cov.list_button.click()
    assert page.tabs.currentWidget() is page.records_tab
    assert page.tree.current_item_no() == 85 and page.unit_filter.currentData() == "市教育局"
    assert page.model.ids == [rec.id]


def test_preview_of_pdf_image_and_text(page, qtbot, demo_db, tmp_path, prompter):
    from desktop_app.gui.qt import QColor, QImage
    from desktop_app.services import extraction

    pdf = make_pdf(tmp_path / "通报.pdf", ["食品安全工作通报"])
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    image.save(str(tmp_path / "现场.png"))
    (tmp_path / "说明.txt").write_text("现场检查说明文字", encoding="utf-8")
    for name in ("通报.pdf", "现场.png", "说明.txt"):
        evidence.add_files(demo_db, [tmp_path / name], item=1, unit="市食安办")
    extraction.run_pending(demo_db)
    page.refresh()
    by_name = {page.model.info(r).original_name: r for r in range(page.model.rowCount())}
    page.table.selectRow(by_name["通报.pdf"])
    assert page.detail.rendering  # the pages are rendered in the background
    qtbot.waitUntil(lambda: not page.detail.rendering, timeout=10_000)
    assert page.detail.picture_count() == 1
    assert page.detail.preview.currentIndex() == 1
    # a record chosen while a PDF is still rendering is not overdrawn by the late pages
    page.table.selectRow(by_name["通报.pdf"])
    page.table.selectRow(by_name["说明.txt"])
    wait_idle()
    qtbot.wait(50)
    assert page.detail.picture_count() == 0 and page.detail.preview.currentWidget() is page.detail.text
    page.table.selectRow(by_name["现场.png"])
    assert page.detail.picture_count() == 1
    page.table.selectRow(by_name["说明.txt"])
    assert page.detail.preview.currentWidget() is page.detail.text
    assert "现场检查说明文字" in page.detail.text.toPlainText()
    # open with the system program: a copy under the original name, same bytes
    page.table.selectRow(by_name["通报.pdf"])
    page.detail.open_button.click()
    kind, opened = prompter.opened[-1]
    assert kind == "open" and opened.endswith("通报.pdf")
    from pathlib import Path

    assert Path(opened).read_bytes() == pdf.read_bytes()
    page.detail.folder_button.click()
    assert prompter.opened[-1][0] == "folder"


def test_delete_key_moves_to_the_bin_and_restore_brings_back(page, qtbot, demo_db, tmp_path):
    rec = _file(demo_db, tmp_path, "会议纪要.txt", 2, "市食安办")
    page.refresh()
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert evidence.list_evidence(demo_db) == []
    assert "回收站" in page.count.text()
    page.bin_button.click()
    assert page.model.ids == [rec.id]
    assert page.restore_button.isVisible() and page.purge_button.isVisible()
    page.table.selectRow(0)
    page.restore_button.click()
    assert [e.id for e in evidence.list_evidence(demo_db)] == [rec.id]


def test_edit_a_record(page, demo_db, tmp_path, monkeypatch):
    rec = _file(demo_db, tmp_path, "草稿.txt", 2, "市食安办")
    page.refresh()
    page.table.selectRow(0)
    from desktop_app.gui.widgets import evidence_form

    original = evidence_form.EvidenceDialog.save

    def edited(self):
        self.title.setText("创建工作领导小组会议纪要")
        self.doc_no.setText("昌食安委〔2026〕3号")
        self.category.setCurrentText("会议纪要")
        self.task_box.setCurrentIndex(self.task_box.findData("G1-01"))
        original(self)

    monkeypatch.setattr(evidence_form.EvidenceDialog, "save", edited)
    page.detail.edit_button.click()
    got = evidence.get(demo_db, rec.id)
    assert (got.title, got.doc_no, got.category) == ("创建工作领导小组会议纪要", "昌食安委〔2026〕3号", "会议纪要")
    assert got.task == "G1-01"
    assert "创建工作领导小组会议纪要" in page.detail.summary.text() and "G1-01" in page.detail.summary.text()


def test_integrity_check_shows_problems_and_when_it_ran(page, qtbot, demo_db, tmp_path, prompter):
    rec = _file(demo_db, tmp_path, "台账.txt", 3, "市食安办")
    page.tabs.setCurrentWidget(page.safety)
    assert "尚未检查" in page.safety.verify_label.text()
    page.safety.run_verify()
    qtbot.waitUntil(lambda: "上次检查" in page.safety.verify_label.text(), timeout=10_000)
    assert "全部完好" in page.safety.verify_label.text()
    stored = evidence.store(demo_db).path_of(rec.sha256)
    stored.chmod(0o644)
    stored.write_bytes(b"changed")
    page.safety.run_verify()
    qtbot.waitUntil(lambda: "被改动 1 个" in page.safety.verify_label.text(), timeout=10_000)
    assert page.safety.problems.count() == 1 and "台账" in page.safety.problems.item(0).text()
    assert prompter.shown[-1].kind == "error"


def test_backup_reminder_backup_and_restore_in_the_window(window, page, qtbot, demo_db, tmp_path, prompter):
    first = _file(demo_db, tmp_path, "第一份.txt", 4, "市食安办")
    window.update_reminder()
    assert window.banner.isVisibleTo(window) and "从未备份" in window.banner.text()
    target = tmp_path / "备份" / "食安创建备份.fsdbak"
    target.parent.mkdir()
    prompter.files.append(str(target))
    page.tabs.setCurrentWidget(page.safety)
    page.safety.choose_backup()
    qtbot.waitUntil(lambda: any("备份已写入" in s.text for s in prompter.shown), timeout=20_000)
    window.update_reminder()
    assert not window.banner.isVisibleTo(window)
    # eight days later the reminder is back
    assert backup.reminder(demo_db, now=dt.datetime.now() + dt.timedelta(days=8)).startswith("上次备份已是 8 天前")

    _file(demo_db, tmp_path, "第二份.txt", 4, "市食安办")
    prompter.files.append(str(target))
    page.safety.choose_restore()
    qtbot.waitUntil(lambda: "已从备份" in (prompter.shown[-1].text if prompter.shown else ""), timeout=30_000)
    new_db = window.db
    assert new_db is not demo_db
    assert [e.title for e in evidence.list_evidence(new_db)] == [first.title]
    assert window.pages["evidence"].model.rowCount() == 1
    kept = [p for p in new_db.data_dir.iterdir() if p.name.startswith("before-restore-")]
    assert len(kept) == 1 and (kept[0] / "store").exists()
    stored = evidence.store(new_db).path_of(first.sha256)
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == first.sha256
    new_db.close()


def test_a_damaged_backup_is_refused_and_the_data_stays(window, page, qtbot, demo_db, tmp_path, prompter):
    _file(demo_db, tmp_path, "留存.txt", 4, "市食安办")
    bad = tmp_path / "坏备份.fsdbak"
    bad.write_bytes(b"PK\x03\x04 not really a backup")
    prompter.files.append(str(bad))
    page.tabs.setCurrentWidget(page.safety)
    page.safety.choose_restore()
    qtbot.waitUntil(lambda: bool(prompter.shown) and prompter.shown[-1].kind == "error", timeout=20_000)
    assert window.db is demo_db
    assert [e.title for e in evidence.list_evidence(demo_db)] == ["留存"]


def test_binder_export_from_the_page(page, qtbot, demo_db, tmp_path, prompter):
    _file(demo_db, tmp_path, "台账一.txt", 85, "市教育局")
    out = tmp_path / "导出"
    prompter.files.append(str(out))
    prompter.answer = False  # all evidence, not only what passed review
    page.export_binder()
    qtbot.waitUntil(lambda: any("迎检资料已导出" in s.text for s in prompter.shown), timeout=30_000)
    folder = next(p for p in out.iterdir() if p.is_dir())
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["files"]) == 1
    assert prompter.opened[-1][0] == "folder"
    assert any("尚缺材料清单" in s.text for s in prompter.shown) and list(out.glob("尚缺材料清单-*.pdf"))


def test_unit_names_in_the_filing_dialog_are_active_units(page, demo_db):
    names = page._unit_names()
    assert "市教育局" in names
    unit = units.find(demo_db, "市科技局")
    units.set_active(demo_db, unit.id, False)
    assert "市科技局" not in page._unit_names()


def test_closing_the_window_stops_reading_texts(window, qtbot, demo_db, tmp_path, monkeypatch):
    import time

    from desktop_app.core.progress import Cancelled
    from desktop_app.services import extraction

    def slow_reader(db, progress):  # a long queue of files: reads until told to stop
        for n in range(600):
            if progress.cancelled:
                raise Cancelled()
            progress.step(n, 600, f"{n}.pdf")
            time.sleep(0.05)

    monkeypatch.setattr(extraction, "run_pending", slow_reader)
    _file(demo_db, tmp_path, "待读.txt", 5, "市食安办")
    page = window.show_page("evidence")
    assert page.extracting
    qtbot.waitUntil(lambda: "正在提取" in page.text_status.text(), timeout=5_000)
    started = time.monotonic()
    window.close()
    qtbot.waitUntil(lambda: not page.extracting, timeout=5_000)
    assert time.monotonic() - started < 2
    assert "暂停" in page.text_status.text()


def test_a_units_zip_is_matched_previewed_corrected_and_filed(page, qtbot, demo_db, tmp_path, prompter):
    import zipfile

    from desktop_app.gui.folder_import import FolderImportDialog

    archive = tmp_path / "市市场监管局佐证材料.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("佐证材料/(16)追溯体系/平台截图.png", b"png")
        zf.writestr("佐证材料/第19项/抽检通报.pdf", b"pdf")
        zf.writestr("佐证材料/1.党政同责/会议签到表.pdf", b"sign")  # point 1 has three items: asked
        zf.writestr("佐证材料/说明.docx", b"doc")  # no clue: left out unless chosen
        zf.writestr("佐证材料/Thumbs.db", b"junk")
    seen = {}

    def preview(dialog: FolderImportDialog):
        table = dialog.table
        rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
        seen["rows"] = sorted(rows)
        seen["ok_before_unit"] = dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        seen["red"] = table.item(rows["佐证材料/说明.docx"], 1).background().color().name()
        # the clerk gives the sign-in sheet item (2), chooses the unit, and files
        table.selectRow(rows["佐证材料/1.党政同责/会议签到表.pdf"])
        assert dialog.item_box.currentData() == 1  # the chooser starts from the first candidate
        dialog.item_box.setCurrentIndex(dialog.item_box.findData(2))
        dialog.apply_to_selection()
        dialog.only_unmatched.setChecked(True)
        seen["visible"] = [r for r in range(table.rowCount()) if not table.isRowHidden(r)]
        dialog.unit_box.setCurrentIndex(dialog.unit_box.findData("市市场监管局"))
        seen["ok_text"] = dialog.buttons.button(dialog.buttons.StandardButton.Ok).text()
        seen["summary"] = dialog.summary.text()
        return True

    prompter.dialog = preview
    page.import_unit_folder(archive)
    qtbot.waitUntil(lambda: any("已归档 3 个文件" in s.text for s in prompter.shown), timeout=20_000)
    assert seen["rows"] == [
        "佐证材料/(16)追溯体系/平台截图.png",
        "佐证材料/1.党政同责/会议签到表.pdf",
        "佐证材料/第19项/抽检通报.pdf",
        "佐证材料/说明.docx",
    ]
    assert not seen["ok_before_unit"] and seen["red"] == "#fde8e8"
    assert seen["visible"] == [3] and seen["ok_text"] == "归档 3 个文件"
    assert "1 个系统文件或临时文件" in seen["summary"]
    filed = {(r.original_name, r.item) for r in evidence.list_evidence(demo_db, unit="市市场监管局")}
    assert filed == {("平台截图.png", 16), ("抽检通报.pdf", 19), ("会议签到表.pdf", 2)}
    assert not page._folder_dialog.plan.root.exists()  # the unpacked copy is gone


def test_the_folder_preview_suggests_items_for_files_no_name_places(page, qtbot, demo_db, tmp_path, prompter):
    """A file whose name says nothing is read in the background; one click takes what its text
    suggests, and it is filed there."""
    folder = tmp_path / "市教育局报送"
    folder.mkdir()
    (folder / "扫描0001.txt").write_text(
        "关于推进学校食堂互联网+明厨亮灶建设的通知\n全面推行学校食堂明厨亮灶，实现透明厨房全覆盖，接受社会监督。",
        encoding="utf-8",
    )
    seen = {}

    def preview(dialog):
        assert not dialog.take_button.isEnabled()  # nothing is taken before the clerk's click
        qtbot.waitUntil(lambda: not dialog.suggesting, timeout=30_000)
        seen["why"] = dialog.table.item(0, 2).text()
        dialog.take_button.click()
        seen["item"] = dialog.table.item(0, 1).text()
        dialog.unit_box.setCurrentIndex(dialog.unit_box.findData("市教育局"))
        return True

    prompter.dialog = preview
    page.import_unit_folder(folder)
    qtbot.waitUntil(lambda: any("已归档 1 个文件" in s.text for s in prompter.shown), timeout=30_000)
    assert "文字建议为第（85）项" in seen["why"] and seen["item"].startswith("(85)")
    assert [(e.original_name, e.item) for e in evidence.list_evidence(demo_db, unit="市教育局")] == [
        ("扫描0001.txt", 85)
    ]


def test_a_damaged_zip_is_said_in_chinese_and_nothing_filed(page, qtbot, demo_db, tmp_path, prompter):
    archive = tmp_path / "坏包.zip"
    archive.write_bytes(b"not a zip at all")
    page.import_unit_folder(archive)
    qtbot.waitUntil(lambda: any("坏包.zip" in s.text for s in prompter.shown), timeout=20_000)
    assert "损坏" in prompter.shown[-1].text
    assert evidence.list_evidence(demo_db, unit="市市场监管局") == []


def test_opening_a_program_filed_as_evidence_asks_first(page, qtbot, demo_db, tmp_path, prompter):
    program = tmp_path / "通知\u202etxt.exe"
    program.write_bytes(b"MZ\x90\x00 a program")
    (info,) = evidence.add_files(demo_db, [program], item=5).added
    page.reload(select_id=info.id)
    prompter.answer = False
    page.open_current()
    assert prompter.opened == [] and "程序" in prompter.shown[-1].text
    prompter.answer = True
    page.open_current()
    assert [action for action, _ in prompter.opened] == ["open"]


@pytest.mark.skipif(__import__("os").name != "posix", reason="the memory limit is the child's address space (POSIX)")
def test_a_pdf_bomb_gets_no_preview_and_the_window_stays(page, qtbot, demo_db, tmp_path, monkeypatch):
    from desktop_app.services import previews, sandbox
    from tests.files import pdf_bomb

    monkeypatch.setattr(sandbox, "MEMORY_LIMIT", 200 * 1024 * 1024)  # the office PC's limit, made small
    previews.close()
    bomb = pdf_bomb(tmp_path / "单位报送.pdf", 400)
    (info,) = evidence.add_files(demo_db, [bomb], item=6).added
    try:
        page.reload(select_id=info.id)
        qtbot.waitUntil(lambda: not page.detail.rendering, timeout=30_000)
        assert "无法预览" in page.detail.nothing.text()
        assert page.isVisible() and page.window().isVisible()
    finally:
        previews.close()


@pytest.mark.skipif(__import__("os").name != "posix", reason="the memory limit is the child's address space (POSIX)")
def test_printing_a_pdf_bomb_says_so_and_the_window_stays(qtbot, tmp_path, monkeypatch, prompter):
    from desktop_app.gui.printing import start_printing
    from desktop_app.services import previews, sandbox
    from tests.files import pdf_bomb
    from tests.gui.test_monthly_page import _pdf_printer

    monkeypatch.setattr(sandbox, "MEMORY_LIMIT", 200 * 1024 * 1024)
    previews.close()
    try:
        start_printing(None, pdf_bomb(tmp_path / "炸弹.pdf", 400), _pdf_printer(tmp_path / "out.pdf"))
        qtbot.waitUntil(lambda: any(s.kind == "error" for s in prompter.shown), timeout=30_000)
        assert "无法打印" in prompter.shown[-1].text or "异常退出" in prompter.shown[-1].text
        assert not (tmp_path / "out.pdf").exists()
    finally:
        previews.close()


def test_an_interrupted_binder_export_is_offered_for_removal_at_the_next_start(
    page, qtbot, demo_db, tmp_path, prompter
):
    _file(demo_db, tmp_path, "台账一.txt", 85, "市教育局")
    out = tmp_path / "导出"
    prompter.files.append(str(out))
    prompter.answer = False
    page.export_binder()  # the folder is remembered for the next start
    qtbot.waitUntil(lambda: any("迎检资料已导出" in s.text for s in prompter.shown), timeout=30_000)
    left = out / ".迎检资料-断电"  # what a power cut leaves: no owner file, copies half made
    left.mkdir()
    (left / "半个文件.pdf").write_bytes(b"%PDF" * 1000)
    prompter.answer = True
    page.window().offer_to_remove_leftovers()  # looked for in the background, then asked
    qtbot.waitUntil(lambda: any("中断" in s.text and str(out) in s.text for s in prompter.shown), timeout=20_000)
    qtbot.waitUntil(lambda: not left.exists(), timeout=20_000)
    assert [p.name for p in out.iterdir() if p.is_dir()] == [next(out.glob("迎检资料-*")).name]


def test_the_filing_form_suggests_from_the_file_and_takes_it_all_in_one_click(page, qtbot, demo_db, tmp_path):
    """A 通知 about to be filed: the form reads it off the window's thread and shows its 文号, 标题,
    成文日期 and the likeliest items with the words that matched; 采用建议 fills them in, still editable."""
    import docx

    from desktop_app.gui.widgets.evidence_form import NO_DATE, EvidenceDialog
    from desktop_app.services import rulesets, suggestions

    document = docx.Document()
    for line in (
        "昌都市食品安全委员会办公室文件",
        "昌食安办〔2026〕12号",
        "关于推进学校食堂互联网+明厨亮灶建设的通知",
        "各县（区）食安办：",
        "全面推行学校食堂明厨亮灶，实现透明厨房全覆盖，接受社会监督。",
        "昌都市食品安全委员会办公室",
        "2026年3月2日",
    ):
        document.add_paragraph(line)
    document.save(tmp_path / "通知.docx")
    items = [(i.no, i.text) for i in rulesets.load(demo_db).items()]
    dialog = EvidenceDialog(
        items,
        ["市教育局"],
        item=1,
        first_name="通知.docx",
        suggest=lambda: suggestions.for_file(demo_db, tmp_path / "通知.docx"),
    )
    qtbot.addWidget(dialog)
    assert "正在读取" in dialog.suggestion.text() and not dialog.take.isEnabled()
    qtbot.waitUntil(dialog.take.isEnabled, timeout=30_000)
    shown = dialog.suggestion.text()
    assert "昌食安办〔2026〕12号" in shown and "（85）" in shown and "明厨亮灶" in shown
    assert dialog.doc_no.text() == "" and dialog.item == 1  # nothing filled without the clerk's word
    dialog.take.click()
    assert dialog.doc_no.text() == "昌食安办〔2026〕12号" and dialog.item == 85
    assert dialog.title.text() == "关于推进学校食堂互联网+明厨亮灶建设的通知"
    assert dialog.doc_date.date() != NO_DATE and dialog.doc_date.date().toString("yyyy-MM-dd") == "2026-03-02"
    dialog.save()
    assert dialog.meta is not None and dialog.meta.doc_date == dt.date(2026, 3, 2)


@pytest.mark.skipif(__import__("desktop_app.services.ocr", fromlist=["x"]).unavailable() is not None, reason="no OCR")
def test_a_recognised_scan_says_so_and_is_found(page, qtbot, demo_db, tmp_path):
    from desktop_app.services import extraction, ocr
    from tests.scans import document_lines, draw

    lines = document_lines(
        "昌都市食品安全委员会办公室",
        "昌食安办〔2026〕12号",
        "关于开展宣传周活动的通知",
        ["全面推行明厨亮灶。"],
        "2026年3月2日",
    )
    draw(lines).save(tmp_path / "扫描件.png")
    [record] = evidence.add_files(demo_db, [tmp_path / "扫描件.png"], item=85, unit="市教育局").added
    extraction.run_pending(demo_db)
    ocr.run(demo_db)
    page.search.setText("宣传周")
    page.reload()
    assert page.model.ids == [record.id]
    page.table.selectRow(0)
    detail = page.detail
    assert "识别所得" in detail.summary.text() and detail.recognised_button.isVisibleTo(detail)
    assert detail.preview.currentIndex() == 1  # the picture
    detail.recognised_button.click()
    assert detail.preview.currentWidget() is detail.text and "宣传周" in detail.text.toPlainText()
    detail.recognised_button.click()
    assert detail.preview.currentIndex() == 1
