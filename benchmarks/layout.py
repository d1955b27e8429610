"""The 公文 layout measured on the PDF itself, for the small and the large demo's bulletins, and the time
to write the large one as PDF and as Word against LibreOffice printing that Word copy.

    python benchmarks/layout.py [--runs 3]

Measured with poppler's boxes (tests/pdf_measure.py), as the tests measure them:
* the margins (the body pages' first line at 37 mm; no text left of 28 mm, right of 26 mm or below the
  type area's foot at 35 mm on any page) — target within 0.5 mm;
* characters on each full body line — target 28; lines on each full body page — target 22;
* 避头尾: lines starting with a closing mark or ending with an opening one — target 0;
* every font embedded; pages less than a third full other than a section's last — target 0;
* the large bulletin's body (before 附件1) — target at most 3 pages.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.reports.official import CHARS, LINES, PITCH  # noqa: E402
from desktop_app.reports.typeset import NO_LINE_END, NO_LINE_START  # noqa: E402
from desktop_app.services import bulletin, demo  # noqa: E402
from desktop_app.storage.database import Database  # noqa: E402
from tests import office_print  # noqa: E402
from tests import pdf_measure as pm  # noqa: E402

MONTH = "2026-10"


def measure(pdf: Path) -> dict[str, object]:
    pages = [pm.in_type_area(page) for page in pm.lines(pdf)]
    sections: list[list[list[pm.Line]]] = [[]]
    for page in pages:
        if sections[-1] and page and page[0].text.startswith("附件") and len(page[0].text) <= 4:
            sections.append([])
        sections[-1].append(page)
    right_edge = 210 * pm.MM - pm.RIGHT
    lines = [line for page in pages for line in page]
    deviation = max(
        [abs(page[0].top - pm.TOP) for page in sections[0] if page]  # a body page begins with text
        + [max(0.0, pm.LEFT - line.x0) for line in lines]
        + [max(0.0, line.x1 - right_edge) for line in lines]
        + [max(0.0, line.bottom - pm.AREA_BOTTOM) for line in lines]
    )
    body_lines = [
        line
        for page in sections[0]
        for line in page
        if abs(line.x1 - right_edge) < 0.5 * pm.MM and all(ord(ch) >= 0x3000 for ch in line.text)
    ]
    counts = [len(line.text) + round((line.x0 - pm.LEFT) / PITCH) for line in body_lines]
    full_pages = [len(page) for page in sections[0][1:-1] if all(abs(line.x0 - pm.LEFT) < 40 for line in page)]
    thin = sum(  # a page before the chart, which is kept whole on a page of its own, may be short
        1
        for section in sections
        for page, after in itertools.pairwise(section)
        if not page or (page[-1].bottom - pm.TOP < 225 * pm.MM / 3 and not (after and after[0].text.startswith("图：")))
    )
    return {
        "pages": len(pages),
        "body pages": len(sections[0]),
        "margin deviation (mm)": round(deviation / pm.MM, 2),
        "characters a full line": f"{min(counts)}–{max(counts)}" if counts else "—",
        "lines a full page": f"{min(full_pages)}–{max(full_pages)}" if full_pages else "—",
        "避头尾 violations": sum(1 for line in lines if line.text[0] in NO_LINE_START or line.text[-1] in NO_LINE_END),
        "fonts embedded": "all" if all(embedded for _, embedded in pm.fonts(pdf)) else "NOT ALL",
        "pages < 1/3 full (not a section's last)": thin,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        found = {}
        for scale, build in (("small", demo.build_small), ("large", demo.build_large)):
            db = Database.open(tmp_path / scale)
            build(db)
            text = bulletin.get_text(db, MONTH)
            text.problems = "个别单位报送不及时，佐证材料归集不规范，部分县区进度偏慢。" * 4
            bulletin.save_text(db, text)
            made = bulletin.generate(db, MONTH, tmp_path / f"{scale}.pdf")
            found[scale] = measure(made.pdf)
            if scale == "large":
                pdfs, docxs, offices = [], [], []
                soffice = shutil.which("soffice")
                for n in range(args.runs):
                    start = time.perf_counter()
                    bulletin.generate(db, MONTH, tmp_path / f"run{n}.pdf")
                    pdfs.append(time.perf_counter() - start)
                    content = bulletin.build(db, MONTH)
                    from desktop_app.reports.bulletin import write_bulletin_docx

                    start = time.perf_counter()
                    write_bulletin_docx(tmp_path / f"run{n}.docx", content)
                    docxs.append(time.perf_counter() - start)
                    if soffice:  # with the 公文 faces under their Windows names, as an office PC has them
                        start = time.perf_counter()
                        printed = office_print.print_pdf([tmp_path / f"run{n}.docx"], tmp_path / "lo-out", tmp_path)
                        offices.append(time.perf_counter() - start)
                        found["large Word copy, printed"] = {"pages": office_print.pages(printed[0])}
            db.close()
    targets = {
        "margin deviation (mm)": "≤0.5",
        "characters a full line": str(CHARS),
        "lines a full page": str(LINES),
        "避头尾 violations": "0",
        "fonts embedded": "all",
        "pages < 1/3 full (not a section's last)": "0",
        "body pages": "≤3",
    }
    print(f"{'measure':44}{'small':>10}{'large':>10}  target")
    for key in found["small"]:
        print(f"{key:44}{found['small'][key]!s:>10}{found['large'][key]!s:>10}  {targets.get(key, '')}")
    if "large Word copy, printed" in found:
        printed_pages = found["large Word copy, printed"]["pages"]
        print(f"{'pages of the large Word copy, LibreOffice':44}{'':>10}{printed_pages!s:>10}  within 1 of the PDF")
    print()
    base = statistics.median(pdfs)
    print(f"{'time (large bulletin)':44}{'seconds':>10}{'ratio':>8}")
    print(f"{'the bulletin as PDF (baseline)':44}{base:>10.3f}{1.0:>8.2f}")
    print(f"{'its Word copy (.docx)':44}{statistics.median(docxs):>10.3f}{statistics.median(docxs) / base:>8.2f}")
    if offices:
        lo = statistics.median(offices[1:] or offices)  # the first run builds LibreOffice's profile
        print(f"{'LibreOffice prints the Word copy to PDF':44}{lo:>10.3f}{lo / base:>8.2f}")


if __name__ == "__main__":
    main()
