"""The Word copies as an office prints them: LibreOffice (with the 公文 faces under the names Windows and
WPS give them, tests/office_print.py) prints the small and the large bulletin, the 自查自评报告 and a
long 催办通知单 to within a page of their PDFs, with 28 characters on a full body line and 22 lines on a
full page, as the PDF has them."""

import datetime as dt
import itertools
import unicodedata
from collections import Counter

import pytest

from desktop_app.services import assessment_report, bulletin, demo, tasks
from tests import office_print
from tests import pdf_measure as pm

pytestmark = pytest.mark.skipif(office_print.soffice() is None, reason="LibreOffice is not installed")


def _wide(text: str) -> bool:
    return all(unicodedata.east_asian_width(ch) in "WF" for ch in text)


def _body_lines(pdf):
    """The full lines of body text (16 pt, all Chinese characters and marks) of every page."""
    found = []
    for page in pm.lines(pdf):
        for line in pm.in_type_area(page):
            tall = line.bottom - line.top
            if 14 < tall < 24 and _wide(line.text) and line.x1 > 210 * pm.MM - pm.RIGHT - 16:
                found.append(line)
    return found


def _compare(pdf, printed, *, full_lines: bool = True):
    """Within a page of the PDF; no line of more than 28 characters, and (``full_lines``) most full
    lines of exactly 28; body lines 28.95 pt apart, 22 to the type area's 225 mm."""
    ours, theirs = office_print.pages(pdf), office_print.pages(printed)
    assert abs(ours - theirs) <= 1, (pdf.name, ours, theirs)
    lines = _body_lines(printed)
    widths = Counter(len(line.text) for line in lines)
    assert max(widths, default=0) <= 28, widths
    if full_lines:
        assert widths.most_common(1)[0][0] == 28, widths  # 28 characters a full line
    steps = [b.top - a.top for a, b in itertools.pairwise(lines) if 27 < b.top - a.top < 31]
    if full_lines:
        pitch = sum(steps) / len(steps)
        assert abs(pitch - 28.95) < 0.05 and int(225 * pm.MM / pitch) == 22, steps


def test_the_small_bulletin_and_the_self_assessment_print_as_their_pdfs(demo_db, tmp_path):
    text = bulletin.get_text(demo_db, "2026-10")
    text.issue_date = dt.date(2026, 10, 26)
    text.problems = "\n".join(
        ["（一）报送不及时。个别单位未按规定时限报送月度推进情况，影响了全市工作的统筹调度和督查督办。"] * 4
    )
    bulletin.save_text(demo_db, text)
    made = bulletin.generate(demo_db, "2026-10", tmp_path / "通报.pdf", docx=tmp_path / "通报.docx")
    report = assessment_report.generate(demo_db, tmp_path / "自评.pdf", docx=tmp_path / "自评.docx")
    printed = office_print.print_pdf([made.docx, report.docx], tmp_path / "lo", tmp_path)
    _compare(made.pdf, printed[0])
    _compare(report.pdf, printed[1])


def test_the_large_bulletin_and_a_long_notice_print_as_their_pdfs(db, tmp_path):
    demo.build_large(db)
    made = bulletin.generate(db, "2025-03", tmp_path / "通报.pdf", docx=tmp_path / "通报.docx")
    day = dt.date(2025, 12, 31)
    late: Counter[str] = Counter()
    for t in tasks.list_tasks(db, today=day):
        if t.overdue:
            late.update(t.lead_units)

    def listed(unit: str) -> int:
        return sum(1 for t in tasks.list_tasks(db, unit=unit, today=day) if t.overdue)

    unit = max((name for name, _ in late.most_common(5)), key=listed)
    assert listed(unit) >= 25  # a notice of several pages
    notice = tasks.write_notice(db, unit, tmp_path / "催办.pdf", today=day, docx=tmp_path / "催办.docx").path
    printed = office_print.print_pdf([made.docx, tmp_path / "催办.docx"], tmp_path / "lo", tmp_path)
    _compare(made.pdf, printed[0], full_lines=False)  # its body is mostly figures
    ours, theirs = office_print.pages(notice), office_print.pages(printed[1])
    assert abs(ours - theirs) <= 1, (ours, theirs)
