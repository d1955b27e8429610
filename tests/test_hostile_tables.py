"""Hostile tables answered in words and bounded (issue 26): byte-mutated .xls files, a Word cell that
claims two billion columns, a Word file of 200,000 tasks, a sheet of more rows than an import takes.
Each is refused with exit 2 and a Chinese message naming the file; nothing is changed."""

import random
import zipfile

import pytest
from docx import Document

from desktop_app.core.errors import ImportRejected
from desktop_app.exchange.xlsx_io import MAX_ROWS, read_grids
from desktop_app.services import tasks
from tests.conftest import run_cli
from tests.test_tasks_import import _xls

ROWS = [
    ["序号", "任务", "牵头单位", "完成时限"],
    [1, "农产品质量安全整治", "市农业农村局", "2025年6月30日"],
    [2, "校园食品安全守护", "市教育局", "2025年9月开学前"],
    [3, "餐饮质量安全提升", "市市场监管局", "2025年12月底前"],
]


def _mutants(good: bytes, count: int, seed: int = 26):
    """``count`` copies of ``good`` with a few bytes changed past the file's first sector (its header
    stays, so the reader goes on into the damaged streams)."""
    rng = random.Random(seed)
    for _ in range(count):
        data = bytearray(good)
        for _ in range(rng.randint(1, 24)):
            data[rng.randrange(512, len(data))] = rng.randrange(256)
        yield bytes(data)


def test_byte_mutated_xls_files_are_read_or_refused_in_words_never_an_unexpected_error(tmp_path):
    good = _xls(tmp_path / "好.xls", ROWS).read_bytes()
    outcomes = {"read": 0, "refused": 0}
    for n, data in enumerate(_mutants(good, 40)):
        path = tmp_path / f"变异{n}.xls"
        path.write_bytes(data)
        try:
            read_grids(path)
            outcomes["read"] += 1
        except ImportRejected as err:  # the only way out: words naming the file
            assert path.name in err.message, err.message
            outcomes["refused"] += 1
    assert outcomes["refused"] > 0 and sum(outcomes.values()) == 40


def test_a_mutated_xls_through_the_command_line_is_exit_2_in_chinese(demo_db, tmp_path):
    good = _xls(tmp_path / "好.xls", ROWS).read_bytes()
    before = len(tasks.list_tasks(demo_db))
    seen = 0
    for n, data in enumerate(_mutants(good, 40, seed=7)):
        path = tmp_path / f"坏表{n}.xls"
        path.write_bytes(data)
        try:
            read_grids(path)
            continue  # the mutation hit nothing the reader needs
        except ImportRejected:
            pass
        out = run_cli("tasks", "import", str(path), data_dir=demo_db.data_dir)
        assert out.returncode == 2 and path.name in out.stderr and "Traceback" not in out.stderr, out.stderr
        seen += 1
        if seen == 3:
            break
    assert seen and len(tasks.list_tasks(demo_db)) == before


def _docx_table(path, rows):
    document = Document()
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = str(value)
    document.save(str(path))
    return path


def _patch_part(path, part, change):
    with zipfile.ZipFile(path) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    parts[part] = change(parts[part])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    return path


def test_a_word_cell_spanning_two_billion_columns_is_refused_before_the_grid_is_built(tmp_path):
    path = _docx_table(tmp_path / "跨列.docx", ROWS)
    _patch_part(
        path,
        "word/document.xml",
        lambda xml: xml.replace(b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="2147483647"/>', 1),
    )
    with pytest.raises(ImportRejected) as caught:
        read_grids(path)
    assert "跨列.docx" in caught.value.message and "列" in caught.value.message


def test_a_table_longer_than_an_import_takes_is_refused_saying_the_limit(tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "太长的表.xlsx"
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("任务")
    ws.append(ROWS[0])
    for n in range(MAX_ROWS + 5):
        ws.append([n + 1, f"任务{n}", "市教育局", "2025年底前"])
    wb.save(path)
    with pytest.raises(ImportRejected) as caught:
        read_grids(path)
    assert "20,000" in caught.value.message and "太长的表.xlsx" in caught.value.message


def test_a_word_file_of_200000_numbered_tasks_is_refused(tmp_path):
    numerals = "一二三四五六七八九十"
    document = Document()
    for g in range(1, 24):  # 23 groups of 880 numbered tasks: 20,240 rows and 23 headings
        name = (
            numerals[g - 1] if g <= 10 else ("二" if g >= 20 else "") + "十" + (numerals[g % 10 - 1] if g % 10 else "")
        )
        document.add_paragraph(f"（{name}）第{g}组专项整治")
        for n in range(880):
            document.add_paragraph(f"{n + 1}.开展第{n + 1}项专项整治。（市市场监管局牵头）")
    path = tmp_path / "巨量任务.docx"
    document.save(str(path))
    with pytest.raises(ImportRejected) as caught:
        read_grids(path)
    assert "巨量任务.docx" in caught.value.message and "20,000" in caught.value.message


def test_a_cell_longer_than_a_cell_holds_is_refused_at_import(demo_db, tmp_path):
    """Taken in, a 349,526-character title stopped every export and fill-in form later."""
    from openpyxl import Workbook

    path = tmp_path / "超长标题.xlsx"
    wb = Workbook()
    wb.active.append(ROWS[0])
    wb.active.append([1, "长" * 32_000, "市教育局", "2025年底前"])  # what openpyxl lets be written
    wb.save(path)
    _patch_part(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b"&#38271;" * 32_000, b"&#38271;" * 349_526))
    before = len(tasks.list_tasks(demo_db))
    out = run_cli("tasks", "import", str(path), data_dir=demo_db.data_dir)
    assert out.returncode == 2 and "超长标题.xlsx" in out.stderr and "349,526" in out.stderr, out.stderr
    assert len(tasks.list_tasks(demo_db)) == before
