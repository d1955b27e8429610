"""One content, three copies: every table of the bulletin, the 自查自评报告, the 催办通知单 and the
尚缺材料清单 read back from the PDF (pdfplumber, as a reader's tool sees the drawn grid), the Word copy
(python-docx) and the workbook (openpyxl, each cell as Excel shows it) — the same header and the same
rows, cell by cell, in the same order."""

import datetime as dt
import re

import pdfplumber
import pytest
from docx import Document
from openpyxl import load_workbook

from desktop_app.reports.binder_index import write_gaps
from desktop_app.reports.sheets import sheet_names
from desktop_app.services import assessment, assessment_report, bulletin, coverage, evidence, tasks
from desktop_app.services.evidence import EvidenceMeta

MONTH = "2026-10"
LATE_DAY = dt.date(2028, 1, 1)  # the small demo's tasks are overdue by then


def _same(text: object) -> str:
    """A cell's text without the line breaks and spaces a writer or a reader adds."""
    return re.sub(r"\s+", "", "" if text is None else str(text))


def _shown(cell) -> str:
    """A workbook cell as Excel shows it: 0.67 formatted 0% as 67%, 3.0 as 3."""
    value = cell.value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if cell.number_format == "0%":
            return f"{round(value * 100)}%"
        return str(int(value)) if float(value).is_integer() else f"{value:g}"
    return _same(value)


def _sheets(path):
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        rows = [[_shown(c) for c in row] for row in ws.iter_rows(min_row=2)]
        out.append((ws.title, rows[0], rows[1:]))
    return out


def _word_tables(path):
    tables = []
    for table in Document(str(path)).tables:
        rows = [[_same(cell.text) for cell in row.cells] for row in table.rows]
        tables.append((rows[0], rows[1:]))
    return tables


def _pdf_chunks(path):
    """Every table piece on every page, in order: (header, rows)."""
    chunks = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                rows = [[_same(c) for c in row] for row in table]
                chunks.append((rows[0], rows[1:]))
    return chunks


def _pdf_tables(path, expected):
    """The PDF's tables, each put together from its pieces (its header repeats on every page),
    in the order of the ``expected`` (header, row count) list."""
    chunks = iter(_pdf_chunks(path))
    tables = []
    for header, count in expected:
        rows = []
        while len(rows) < count:
            head, more = next(chunks)
            assert head == header, (head, header)
            rows += more
        if count == 0:
            head, _ = next(chunks)
            assert head == header
        tables.append((header, rows))
    return tables


def _agree(pdf, docx, xlsx, names):
    sheets = _sheets(xlsx)
    assert [name for name, _, _ in sheets] == names
    expected = [(header, len(rows)) for _, header, rows in sheets]
    words = _word_tables(docx)
    pdfs = _pdf_tables(pdf, expected)
    assert len(words) == len(sheets) == len(pdfs)
    for (name, header, rows), word, printed in zip(sheets, words, pdfs, strict=True):
        assert word == (header, rows), name
        assert printed == (header, rows), name
    return sheets


def test_the_bulletin_s_tables_agree_in_pdf_word_and_excel(demo_db, tmp_path):
    source = tmp_path / "会议纪要.txt"
    source.write_text("食品安全委员会全体会议纪要", encoding="utf-8")
    evidence.add_files(demo_db, [source], item=1, unit="市食安办", meta=EvidenceMeta(doc_no="昌食安办〔2026〕3号"))
    text = bulletin.get_text(demo_db, MONTH)
    text.issue_date = LATE_DAY
    bulletin.save_text(demo_db, text)
    made = bulletin.generate(
        demo_db, MONTH, tmp_path / "通报.pdf", docx=tmp_path / "通报.docx", xlsx=tmp_path / "通报.xlsx"
    )
    sheets = _agree(
        made.pdf, made.docx, made.xlsx, ["佐证材料情况", "各单位报送情况", "各单位任务推进情况", "逾期任务"]
    )  # fmt: skip
    by_name = {name: (header, rows) for name, header, rows in sheets}
    header, rows = by_name["佐证材料情况"]
    assert header == ["类别", "评价内容", "已齐全", "覆盖率"]  # not swapped: the items, then those complete
    cov = coverage.compute(demo_db)
    first = next(iter(cov.by_category.items()))
    assert rows[0][:3] == [_same(first[0]), str(first[1].total), str(first[1].complete)]
    header, rows = by_name["逾期任务"]
    assert all(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日|.*[年月].*", row[3]) for row in rows)  # 2027年5月28日
    assert not any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", row[3]) for row in rows)
    wb = load_workbook(made.xlsx)
    share = wb["各单位任务推进情况"].cell(3, 6)
    assert isinstance(share.value, int | float) and share.number_format == "0%"  # a number Excel sums and sorts


def test_the_self_assessment_s_tables_agree(demo_db, tmp_path):
    assessment.set_score(demo_db, "1", 2.5, basis="市委常委会专题研究食品安全工作2次")
    made = assessment_report.generate(
        demo_db, tmp_path / "自评.pdf", docx=tmp_path / "自评.docx", xlsx=tmp_path / "自评.xlsx"
    )
    sheets = _agree(
        made.pdf,
        made.docx,
        made.xlsx,
        ["各类得分", "否决项", "指标达标情况", "评分明细及依据"],  # no open findings: no 整改 table
    )
    detail = dict((row[0], row) for _, _, rows in sheets[-1:] for row in rows)
    assert detail["1"][3] == "2.5"


def test_the_notice_s_tables_agree(demo_db, tmp_path):
    overdue = next(t for t in tasks.list_tasks(demo_db, today=LATE_DAY) if t.overdue and t.lead_units)
    unit = overdue.lead_units[0]
    pdf = tasks.write_notice(
        demo_db, unit, tmp_path / "催办.pdf", today=LATE_DAY, docx=tmp_path / "催办.docx", xlsx=tmp_path / "催办.xlsx"
    ).path
    sheets = _agree(
        pdf,
        tmp_path / "催办.docx",
        tmp_path / "催办.xlsx",
        [
            "已逾期任务（{}项）".format(
                sum(
                    1
                    for t in tasks.list_tasks(demo_db, unit=unit, today=LATE_DAY)
                    if t.overdue and t.status != "已完成"
                )
            )
        ],
    )
    assert overdue.code in [row[0] for row in sheets[0][2]]


def test_the_gap_list_s_table_agrees(demo_db, tmp_path):
    from desktop_app.reports.binder_index import compose_gaps
    from desktop_app.reports.word import write_docx

    gaps = coverage.gaps(demo_db)
    day = dt.date(2026, 10, 26)
    write_gaps(tmp_path / "尚缺.pdf", "昌都市创建", "创建办", day, gaps, xlsx=tmp_path / "尚缺.xlsx")
    write_docx(
        tmp_path / "尚缺.docx",
        lambda doc: compose_gaps(doc, "昌都市创建", "创建办", day, gaps),
        title="尚缺",
        author="创建办",
    )
    sheets = _agree(tmp_path / "尚缺.pdf", tmp_path / "尚缺.docx", tmp_path / "尚缺.xlsx", ["尚缺材料清单"])
    assert len(sheets[0][2]) > len(gaps)  # the items, with a line for each category


def test_sheet_names_as_excel_allows_them():
    from desktop_app.reports.official import TableSpec

    names = sheet_names([TableSpec([], [], [], name="附件[1]：逾期/督办*任务?" + "长" * 40), TableSpec([], [], [])])
    assert names[0] == "附件1：逾期督办任务" + "长" * 18 and len(names[0]) <= 31 and names[1] == "表2"


@pytest.mark.parametrize("value,shown", [(0.67, "67%"), (3.0, "3"), (2.5, "2.5")])
def test_a_cell_as_excel_shows_it(value, shown, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    cell = wb.active.cell(1, 1, value)
    cell.number_format = "0%" if shown.endswith("%") else "General"
    assert _shown(cell) == shown


def test_the_binder_index_lists_the_same_files_in_pdf_word_and_excel(demo_db, tmp_path):
    """The printed index and its Word copy hold a table an item (标题, 责任单位, 文号, 形成日期, 文件); the
    workbook is the register of them all, with those columns among its own: the same rows, item by item."""
    from desktop_app.services import binder

    source = tmp_path / "src"
    source.mkdir()
    for n, (item, unit) in enumerate([(85, "市教育局"), (85, "市教育局"), (4, "市食安办"), (12, "卡若区")]):
        path = source / f"材料{n}-{'很长的标题' * (n + 1)}.pdf"
        path.write_bytes(b"%PDF " + bytes([n]) * 100)
        meta = EvidenceMeta(doc_no=f"昌食安办〔2026〕{n + 1}号", doc_date=dt.date(2026, 3, n + 1))
        evidence.add_files(demo_db, [path], item=item, unit=unit, meta=meta)
    result = binder.export(demo_db, tmp_path / "out")
    wb = load_workbook(result.folder / binder.INDEX_XLSX)
    ws = wb.active
    header = [c.value for c in ws[2]]
    columns = [header.index(name) for name in ("标题", "责任单位", "文号", "形成日期", "文件")]
    register: dict[str, list[list[str]]] = {}
    for row in ws.iter_rows(min_row=3, values_only=True):
        shown = [_same(row[c]) for c in columns]
        shown[4] = shown[4].rsplit("/", 1)[-1]  # the register gives the path, the index the file's name
        register.setdefault(_same(row[0]), []).append(shown)
    expected = [rows for _, rows in sorted(register.items(), key=lambda kv: int(kv[0].strip("()")))]
    words = [rows for _, rows in _word_tables(result.folder / binder.INDEX_DOCX)]
    assert words == expected
    printed = [rows for _, rows in _pdf_tables(result.folder / binder.INDEX_PDF, [
        (["标题", "责任单位", "文号", "形成日期", "文件"], len(rows)) for rows in expected])]  # fmt: skip
    assert printed == expected


def test_the_content_is_made_without_reportlab():
    """The content of a report — its blocks, tables and charts as data — is made without the PDF
    library: the Word and Excel writers need no reportlab until a chart is drawn."""
    import subprocess
    import sys

    code = """
import sys, datetime as dt
from desktop_app.reports.bulletin import Bulletin, UnitLine, _compose
from desktop_app.reports.official import OfficialDocument
b = Bulletin("创建办", "昌都市创建", "2026年10月", dt.date(2026, 10, 26), region="昌都市",
             units=[UnitLine("市教育局", "on_time", "按时", "2026-10-20", 3, 2, 0, 0)])
doc = OfficialDocument()
_compose(doc, b)
assert doc.tables() and "reportlab" not in sys.modules, sorted(m for m in sys.modules if "reportlab" in m)
print(len(doc.tables()))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 2
