"""Make the screenshots in docs/screenshots/ from demo data, with the program's own commands.

    python docs/make_screenshots.py

Builds the small demo campaign (seed 001, 昌都市) in a temporary data folder, files a few
sample documents as evidence, and renders every page offscreen with ``foodsafety-desk
screenshot`` at 1366 × 768 (the most common office screen), so the pictures show the program
as it is now and as most clerks see it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = ("home", "indicators", "tasks", "monthly", "evidence", "reports", "units", "history", "settings")
TABS = {
    "evidence-coverage": ("evidence", 1),
    "evidence-checks": ("evidence", 2),
    "monthly-matrix": ("monthly", 1),
    "monthly-bulletin": ("monthly", 2),
    "assessment": ("assessment", 0),
    "assessment-readiness": ("assessment", 1),
    "assessment-findings": ("assessment", 2),
}
MONTH = "2026-10"
WIDTH, HEIGHT = 1366, 768  # the most common office screen: every page must fit it
SAMPLES = [  # item, unit, category, file name, text
    (
        "85",
        "市教育局",
        "台账",
        "学校食堂明厨亮灶建设台账.txt",
        "全市学校食堂“互联网+明厨亮灶”建设台账\n已接入平台的学校食堂名单。",
    ),
    ("85", "卡若区", "工作总结", "卡若区明厨亮灶工作总结.txt", "卡若区推进学校食堂明厨亮灶工作总结。"),
    ("1", "市食安办", "会议纪要", "食品安全委员会全体会议纪要.txt", "市食品安全委员会全体会议纪要，研究部署创建工作。"),
    ("7", "市市场监管局", "文件制度", "食品安全风险分级管理办法.txt", "食品生产经营风险分级管理办法。"),
]


def run(*args: str, data_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FOODSAFETY_DESK_LANG": "zh_CN"}
    subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *args], check=True, env=env)


def binder_pages(tmp: Path, data: Path) -> None:
    """Export the binder of the sample evidence and keep pictures of its index's pages and of the
    尚缺材料清单's first page (docs/screenshots/binder-*.png)."""
    run("evidence", "export-binder", str(tmp / "binder"), data_dir=data)
    index = next((tmp / "binder").glob("迎检资料-*")) / "迎检资料目录.pdf"
    gaps = next((tmp / "binder").glob("尚缺材料清单-*.pdf"))
    for name, pdf, page in (("binder-index-1", index, 1), ("binder-index-2", index, 2), ("binder-gaps", gaps, 1)):
        target = HERE / "screenshots" / name
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf), str(target)],
            check=True,
        )
        print(f"wrote {target.with_suffix('.png').relative_to(HERE.parent)}")


def monthly_round(tmp: Path, data: Path) -> None:
    """Send the month's workbooks, fill most as units would, import them, print the bulletin, and keep
    pictures of its pages (docs/screenshots/bulletin-*.png): the first two, the first 附件 and the last."""
    from openpyxl import load_workbook

    sent = tmp / "sent"
    run("monthly", "templates", "--month", MONTH, "--out", str(sent), data_dir=data)
    for index, path in enumerate(sorted(sent.glob("*.xlsx"))):
        if index % 9 == 8:
            path.unlink()  # a unit that did not report
            continue
        wb = load_workbook(path)
        ws = wb["月度推进情况"]
        ws["B3"] = f"2026-10-{18 + index % 11}"
        ws["E5"] = "本月召开创建工作推进会1次，检查经营主体12家，整改问题3处。"
        wb.save(path)
    run("monthly", "import", str(sent), data_dir=data)
    pdf = tmp / "bulletin.pdf"
    problems, steps = tmp / "问题.txt", tmp / "下步.txt"
    problems.write_text(
        "一是个别单位报送不及时，推进情况写得过于简单，缺少数据和实例。\n二是部分县区佐证材料归集不规范。",
        encoding="utf-8",
    )
    steps.write_text("一是加强督办，逾期任务逐项销号。\n二是按月通报，对进度滞后的单位约谈提醒。", encoding="utf-8")
    run(
        "report", "monthly", "--month", MONTH, "--out", str(pdf), "--issue-no", "10", "--date", "2026-10-28",
        "--problems", str(problems), "--next-steps", str(steps), "--docx", str(tmp / "bulletin.docx"),
        data_dir=data,
    )  # fmt: skip
    pages = int(
        next(
            line.split()[-1]
            for line in subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    annex = next(  # the first page of 附件1
        n
        for n in range(1, pages + 1)
        if subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True, text=True)
        .stdout.lstrip()
        .startswith("附件1")
    )
    for name, page in (
        ("bulletin-page1", 1),
        ("bulletin-page2", 2),
        ("bulletin-annex1", annex),
        ("bulletin-last", pages),
    ):
        target = HERE / "screenshots" / name
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf), str(target)],
            check=True,
        )
        print(f"wrote {target.with_suffix('.png').relative_to(HERE.parent)}")
    word_copy_pages(tmp, tmp / "bulletin.docx")


def word_copy_pages(tmp: Path, docx: Path) -> None:
    """The bulletin's Word copy as an office prints it (LibreOffice, with the 公文 faces under their
    Windows names): its first page and its first 附件, beside the PDF's (bulletin-word-*.png)."""
    sys.path.insert(0, str(HERE.parent))
    from tests import office_print

    if office_print.soffice() is None:
        print("LibreOffice is not installed: no pictures of the Word copy")
        return
    printed = office_print.print_pdf([docx], tmp / "printed", tmp)[0]
    pages = office_print.pages(printed)
    annex = next(
        n
        for n in range(1, pages + 1)
        if subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(printed), "-"], capture_output=True, text=True)
        .stdout.replace(" ", "")
        .lstrip()
        .startswith("附件1")  # LibreOffice sets a space between Chinese and figures
    )
    for name, page in (("bulletin-word-page1", 1), ("bulletin-word-annex1", annex)):
        target = HERE / "screenshots" / name
        which = ["-f", str(page), "-l", str(page)]
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", *which, str(printed), str(target)], check=True)
        print(f"wrote {target.with_suffix('.png').relative_to(HERE.parent)}")


def self_assessment(tmp: Path, data: Path) -> None:
    """Score a few points, record the targets measured so far, bring in a 督查组's list of findings,
    keep a snapshot, and keep a picture of the 自查自评报告's first page."""
    from openpyxl import Workbook

    for point, score, basis in (
        ("1", "2.5", "市委常委会专题研究食品安全工作2次，责任清单已印发"),
        ("2", "2", "创建工作实施方案、责任分解表已印发"),
        ("7", "4", "风险分级管理办法已实施，部分县区台账不全"),
        ("27", "8", "信用监管平台运行"),
    ):
        run("assess", "set-score", point, score, "--basis", basis, data_dir=data)
    run("assess", "veto", "90", "待核实", data_dir=data)
    for code, values in (("M04", ("78.6", "81.2")), ("M03", ("97.4%", "98.3%")), ("M05", ("72%", "83%"))):
        for period, value in zip(("2025", "2026"), values, strict=True):
            run("metrics", "record", code, value, "--period", period, "--source", "第三方测评", data_dir=data)
    wb = Workbook()
    wb.active.append(["责任单位", "存在问题", "对应指标", "整改时限"])
    wb.active.append(["市教育局", "部分学校食堂晨检记录不全", "(85)", "2026-11-10"])
    wb.active.append(["市市场监管局", "农贸市场快检室台账不规范", "(7)", "2026-12-31"])
    wb.active.append(["卡若区", "小作坊登记信息未及时更新", "", "2026-12-15"])
    wb.save(tmp / "findings.xlsx")
    run(
        "findings",
        "import",
        str(tmp / "findings.xlsx"),
        "--kind",
        "月度专项督查",
        "--date",
        "2026-11-01",
        data_dir=data,
    )
    run("assess", "snapshot", "自查1", data_dir=data)
    run("assess", "set-score", "3", "1", "--basis", "食品安全工作规章制度已报批", data_dir=data)
    pdf = tmp / "assessment.pdf"
    run("report", "assessment", "--out", str(pdf), "--since", "自查1", data_dir=data)
    target = HERE / "screenshots" / "assessment-report-page1"
    subprocess.run(
        ["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", "1", "-l", "1", str(pdf), str(target)], check=True
    )
    print(f"wrote {target.with_suffix('.png').relative_to(HERE.parent)}")


def main() -> None:
    out = HERE / "screenshots"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "demo"
        run("demo", "--scale", "small", data_dir=data)
        for item, unit, category, name, text in SAMPLES:
            path = Path(tmp) / name
            path.write_text(text, encoding="utf-8")
            run("evidence", "add", "--item", item, "--unit", unit, "--category", category, str(path), data_dir=data)
        binder_pages(Path(tmp), data)
        monthly_round(Path(tmp), data)
        self_assessment(Path(tmp), data)
        shots = {page: (page, 0) for page in PAGES} | TABS
        for name, (page, tab) in shots.items():
            target = out / f"{name}.png"
            size = ("--width", str(WIDTH), "--height", str(HEIGHT))
            run("screenshot", "--page", page, "--tab", str(tab), *size, "--out", str(target), data_dir=data)
            print(f"wrote {target.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
