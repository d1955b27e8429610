"""The editable Word copy of every report (bulletin, 自查自评报告, 催办通知单, binder index), re-opened as
Word would read it: A4 with the standard's margins, a style for each level in the Windows faces, the
tables with their header repeating, the 版头 and 版记, page numbers (printed by LibreOffice: see
test_word_print.py)."""

import datetime as dt
import shutil
import subprocess

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from desktop_app.core import settings as spec
from desktop_app.services import assessment_report, binder, bulletin, evidence, paper, tasks
from desktop_app.services.evidence import EvidenceMeta
from tests.conftest import run_cli

MONTH = "2026-10"
FACES = {"公文标题": "方正小标宋简体", "一级标题": "黑体", "二级标题": "楷体_GB2312", "正文": "仿宋_GB2312"}


def _pages(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def _text(word):
    parts = [p.text for p in word.paragraphs]
    for table in word.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


@pytest.fixture
def made(demo_db, tmp_path):
    paper.save(demo_db, {spec.COPY_TO.key: "市委办公室，市政府办公室"})
    text = bulletin.get_text(demo_db, MONTH)
    text.number, text.issue_date = "10", dt.date(2026, 10, 26)
    text.problems = "个别单位报送不及时，台账不规范。"
    bulletin.save_text(demo_db, text)
    return bulletin.generate(demo_db, MONTH, tmp_path / "通报.pdf", docx=tmp_path / "通报.docx")


def test_the_bulletin_in_word_as_word_reads_it(made):
    word = Document(str(made.docx))
    section = word.sections[0]
    for measured, wanted in (
        (section.page_width, 210),
        (section.page_height, 297),
        (section.top_margin, 37),
        (section.bottom_margin, 35),
        (section.left_margin, 28),
        (section.right_margin, 26),
    ):
        assert abs(measured - Mm(wanted)) < Mm(0.5), (measured, wanted)
    for name, face in FACES.items():
        style = word.styles[name]
        fonts = style.element.rPr.rFonts
        assert fonts.get(qn("w:eastAsia")) == face, name
    body = word.styles["正文"]
    assert body.font.size.pt == 16 and abs(body.paragraph_format.line_spacing.pt - 28.95) < 0.05
    assert body.paragraph_format.first_line_indent.pt == 32
    used = {p.style.name for p in word.paragraphs if p.text}
    assert {"公文标题", "一级标题", "正文", "落款", "附件标识"} <= used
    assert len(word.tables) >= 2
    for table in word.tables:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # the header repeats
    text = _text(word)
    for words in (
        "工作通报",
        "第10期",
        "关于2026年10月创建工作推进情况的通报",
        "一、总体情况",
        "截至2026年10月26日",
        "个别单位报送不及时，台账不规范。",
        "附件：1.各单位报送情况",
        "附件1",
        "各单位任务推进情况",
        "抄送：市委办公室，市政府办公室。",
        "2026年10月26日",
    ):
        assert words in text, words
    assert "二〇" not in text  # the 成文日期 in Arabic numerals
    assert word.settings.odd_and_even_pages_header_footer
    for footer in (section.footer, section.even_page_footer):
        assert "PAGE" in footer._element.xml  # "— n —" as a field
    assert any(shape for shape in word.inline_shapes)  # the completion chart, as a picture


def test_every_other_report_has_its_word_copy(demo_db, tmp_path):
    report = assessment_report.generate(demo_db, tmp_path / "自评.pdf", docx=tmp_path / "自评.docx")
    text = _text(Document(str(report.docx)))
    assert "自查自评报告" in text and "一、总体情况" in text and "评分明细及依据" in text

    notice = tmp_path / "催办.docx"
    overdue = next(t for t in tasks.list_tasks(demo_db, today=dt.date(2028, 1, 1)) if t.overdue and t.lead_units)
    unit = overdue.lead_units[0]
    tasks.write_notice(demo_db, unit, tmp_path / "催办.pdf", today=dt.date(2028, 1, 1), docx=notice)
    word = Document(str(notice))
    text = _text(word)
    assert "催办通知单" in text and f"{unit}：" in text and "已逾期任务" in text and overdue.code in text
    assert word.paragraphs[[p.text for p in word.paragraphs].index(f"{unit}：")].style.name == "顶格正文"

    source = tmp_path / "台账.txt"
    source.write_text("整改台账", encoding="utf-8")
    evidence.add_files(demo_db, [source], item=85, unit="市教育局", meta=EvidenceMeta(doc_no="昌教〔2024〕12号"))
    index = binder.export(demo_db, tmp_path / "迎检").folder / binder.INDEX_DOCX
    word = Document(str(index))
    assert [p.text for p in word.paragraphs if p.style.name == "Heading 3"] == [f"(85) {_item_text(demo_db, 85)}"]
    assert "昌教〔2024〕12号" in _text(word) and "（无材料）" not in _text(word)
    if shutil.which("soffice"):  # each opens in LibreOffice as an office would open it
        copies = [report.docx, notice, index]
        out = tmp_path / "lo"
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), *map(str, copies)],
            capture_output=True,
            check=True,
            timeout=180,
            env={"HOME": str(tmp_path)},
        )
        assert all(_pages(out / (c.stem + ".pdf")) >= 1 for c in copies)


def _item_text(db, no):
    from desktop_app.services import rulesets

    return next(i.text for i in rulesets.load(db).items() if i.no == no)


def test_cli_writes_the_word_copies(tmp_path):
    data = tmp_path / "data"
    assert run_cli("demo", data_dir=data).returncode == 0
    done = run_cli(
        "report", "monthly", "--month", MONTH, "--out", str(tmp_path / "通报.pdf"),
        "--docx", str(tmp_path / "通报.docx"), data_dir=data,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Word" in done.stdout and Document(str(tmp_path / "通报.docx")).paragraphs
    done = run_cli(
        "report", "assessment", "--out", str(tmp_path / "自评.pdf"), "--docx", str(tmp_path / "自评.docx"),
        data_dir=data,
    )  # fmt: skip
    assert done.returncode == 0 and (tmp_path / "自评.docx").exists(), done.stderr
    done = run_cli(
        "tasks", "notice", "--unit", "市市场监管局", "--out", str(tmp_path / "催办.pdf"), "--date", "2028-01-01",
        "--docx", str(tmp_path / "催办.docx"), data_dir=data,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "催办.pdf").exists() and (tmp_path / "催办.docx").exists()


def test_the_office_s_own_numbering_sets_its_headings(demo_db, tmp_path):
    from desktop_app.reports.official import typed_level

    typed = ("一、总体要求", "（二）加强督办", "(三)按月通报", "1. 各县区", "（1）台账", "一是加强")
    assert [typed_level(t) for t in typed] == ["heading", "subheading", "subheading", "para", "para", "para"]
    text = bulletin.get_text(demo_db, MONTH)
    text.problems = "（一）报送不及时\n个别单位逾期报送。\n（二）台账不规范\n1. 部分县区未建台账。"
    bulletin.save_text(demo_db, text)
    made = bulletin.generate(demo_db, MONTH, tmp_path / "通报.pdf", docx=tmp_path / "通报.docx")
    styles = {p.text: p.style.name for p in Document(str(made.docx)).paragraphs}
    assert styles["（一）报送不及时"] == styles["（二）台账不规范"] == "二级标题"  # 楷体
    assert styles["个别单位逾期报送。"] == styles["1. 部分县区未建台账。"] == "正文"
