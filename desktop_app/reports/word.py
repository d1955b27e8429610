"""The editable copy of an official document: the same content as its PDF (``official.OfficialDocument``)
written as a Word ``.docx`` for the office to edit in WPS or Word before it goes out.

Laid out as GB/T 9704 asks and as offices set up their own templates: A4, margins 37/35/28/26 mm,
a paragraph style for each level named in Chinese (公文标题, 一级标题, 二级标题, 正文 …) in the Windows
faces (方正小标宋简体, 黑体, 楷体, 仿宋), body lines exactly 28.95 pt apart on a 22-line grid with the
characters set a little closer so that 28 fit a line; tables whose header row repeats on every page;
the 版头 and the 版记; the 附件 each on a page of their own; page numbers "— 1 —" right on odd pages
and left on even ones. A chart is a picture of the one the PDF draws.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.core.atomic import write_atomic
from desktop_app.reports.official import (
    BODY_SIZE,
    LEADING,
    NOTE_SIZE,
    TITLE_SIZE,
    WIDTH,
    Block,
    OfficialDocument,
    Paper,
    TableSpec,
    masthead_size,
    signature_indents,
)

#: role → the face a Windows PC of an office has (方正小标宋简体 installed by most offices)
WORD_FACES = {"title": "方正小标宋简体", "hei": "黑体", "kai": "楷体", "fang": "仿宋"}
#: style name → (role, size in points, first-line indent in characters, alignment)
STYLES = {
    "公文标题": ("title", TITLE_SIZE, 0, "center"),
    "期号": ("kai", BODY_SIZE, 0, "center"),
    "一级标题": ("hei", BODY_SIZE, 2, "justify"),
    "二级标题": ("kai", BODY_SIZE, 2, "justify"),
    "正文": ("fang", BODY_SIZE, 2, "justify"),
    "顶格正文": ("fang", BODY_SIZE, 0, "justify"),
    "附件标识": ("hei", BODY_SIZE, 0, "left"),
    "落款": ("fang", BODY_SIZE, 0, "right"),
    "表格文字": ("fang", 10.5, 0, "center"),
    "版记": ("fang", NOTE_SIZE, 0, "left"),
}
TIGHTER = -0.2  # points between characters, so that 28 characters of 16 pt fit 156 mm
RED_HEX = "DC1414"
GREY_FILL = "E6E6E6"


def write_docx(
    path: Path,
    compose: Callable[[OfficialDocument], None],
    *,
    title: str,
    author: str,
    chain_head: str = "",
    paper: Paper | None = None,
) -> None:
    """Write ``compose``'s document as .docx, atomically."""
    doc = OfficialDocument()
    compose(doc)
    data = _document_bytes(doc, paper or Paper(), title=title, author=author, chain_head=chain_head)

    def write(target: Path) -> None:
        target.write_bytes(data)

    write_atomic(Path(path), write)


def _document_bytes(doc: OfficialDocument, paper: Paper, *, title: str, author: str, chain_head: str) -> bytes:
    from docx import Document
    from docx.enum.section import WD_SECTION_START
    from docx.shared import Mm

    word = Document()
    word.core_properties.title, word.core_properties.author = title, author
    section = word.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(15), Mm(23)  # the number 7 mm under the type area
    _grid(section)
    _styles(word)
    _page_numbers(word, section, chain_head)

    if paper.has_masthead:
        _masthead(word, paper)
    _blocks(word, doc, doc.body)
    ending = len(word.paragraphs) - 1  # the body's last paragraph, kept with what follows it
    if doc.attachments:
        _para(word, "", "正文")
        for index, line in enumerate(doc.annex_note()):
            p = _para(word, line, "正文")
            if index:
                p.paragraph_format.first_line_indent = _chars(5)
    if doc.signed:
        office, dated = doc.signed
        office_indent, date_indent = signature_indents(office, dated)
        for _ in range(2 if doc.attachments else 1):
            _para(word, "", "正文")
        p = _para(word, office, "落款")
        p.paragraph_format.right_indent = _chars(office_indent)
        _para(word, dated, "落款").paragraph_format.right_indent = _chars(date_indent)
        # the signature never stands alone on a page: it goes with the body's last paragraph
        for paragraph in word.paragraphs[ending:-1]:
            paragraph.paragraph_format.keep_with_next = True
    for n, (annex_title, blocks) in enumerate(doc.attachments, start=1):
        label = _para(word, doc.annex_label(n), "附件标识")
        label.paragraph_format.page_break_before = True
        _para(word, "", "正文")
        _para(word, annex_title, "公文标题")
        _para(word, "", "正文")
        _blocks(word, doc, blocks)
    if paper.has_colophon:
        _colophon(word, paper)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


# -- page, grid, styles ------------------------------------------------------------------------------
def _chars(n: float) -> Any:
    from docx.shared import Pt

    return Pt(n * BODY_SIZE)


def _grid(section: Any) -> None:
    """The section's document grid: lines exactly LEADING apart (22 a page)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sect = section._sectPr
    grid = sect.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(round(LEADING * 20)))  # twips: the pitch of LINES lines a page


def _faces(rpr_owner: Any, face: str) -> None:
    """Set every script's face (Latin, East Asian) of a style or run."""
    from docx.oxml.ns import qn

    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), face)


def _styles(word: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    aligns = {
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
    }
    for name, (role, size, indent, align) in STYLES.items():
        style = word.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = word.styles["Normal"]
        style.quick_style = True
        style.font.size = Pt(size)
        _faces(style.element, WORD_FACES[role])
        fmt = style.paragraph_format
        fmt.alignment = aligns[align]
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.first_line_indent = Pt(indent * size)
        fmt.widow_control = True
        if name in ("表格文字", "版记"):
            fmt.line_spacing = 1.0
        else:
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Pt(LEADING)
        if name.endswith("标题") and name != "公文标题":
            fmt.keep_with_next = True
        if size == BODY_SIZE:
            spacing = OxmlElement("w:spacing")
            spacing.set(qn("w:val"), str(round(TIGHTER * 20)))
            style.element.get_or_add_rPr().append(spacing)


def _page_numbers(word: Any, section: Any, chain_head: str) -> None:
    """ "— n —" in 14 pt, right on odd pages and left on even ones, one character in; the history's chain
    head small on the other side."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt

    word.settings.odd_and_even_pages_header_footer = True
    code = f"操作记录校验码：{chain_head[:16]}" if chain_head else ""
    right = Pt(WIDTH - NOTE_SIZE)
    inherited = [stop.position for stop in word.styles["Footer"].paragraph_format.tab_stops]
    for footer, odd in ((section.footer, True), (section.even_page_footer, False)):
        p = footer.paragraphs[0]
        for position in inherited:  # the template's centre and right stops would catch the tab
            p.paragraph_format.tab_stops.add_tab_stop(position, WD_TAB_ALIGNMENT.CLEAR)
        p.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.left_indent = Pt(0 if odd else NOTE_SIZE)
        if odd:
            _small(p, code)
            p.add_run("\t")
            _page_field(p)
        else:
            _page_field(p)
            p.add_run("\t")
            _small(p, code)


def _small(p: Any, text: str) -> None:
    from docx.shared import Pt, RGBColor

    if text:
        run = p.add_run(text)
        run.font.size = Pt(7)
        run.font.color.rgb = RGBColor(0x73, 0x73, 0x73)


def _page_field(p: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    def run(text: str = "") -> Any:
        r = p.add_run(text)
        r.font.size = Pt(NOTE_SIZE)
        _faces(r._element, WORD_FACES["fang"])
        return r

    run("— ")
    for kind, instruction in (("begin", None), (None, "PAGE"), ("end", None)):
        r = run()
        if kind:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            r._element.append(field)
        else:
            text = OxmlElement("w:instrText")
            text.set(qn("xml:space"), "preserve")
            text.text = f" {instruction} "
            r._element.append(text)
    run(" —")


# -- content ------------------------------------------------------------------------------------------
def _para(word: Any, text: str, style: str) -> Any:
    return word.add_paragraph(text, style=style)


def _blocks(word: Any, doc: OfficialDocument, blocks: list[Block]) -> None:
    from docx.shared import Pt

    styles = {
        "title": "公文标题",
        "number": "期号",
        "heading": "一级标题",
        "subheading": "二级标题",
        "para": "正文",
        "plain": "顶格正文",
    }
    for b in blocks:
        if b.kind in styles:
            _para(word, doc.resolved(b.text), styles[b.kind])
        elif b.kind == "space":
            for _ in range(max(1, round(b.lines))):
                _para(word, "", "正文")
        elif b.kind == "table" and b.table is not None:
            _table(word, b.table)
            _para(word, "", "表格文字").paragraph_format.space_after = Pt(6)
        elif b.kind == "figure":
            _figure(word, b.figure)


def _table(word: Any, spec: TableSpec) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    scale = min(1.0, WIDTH / (sum(spec.widths) * 72 / 25.4))
    widths = [Mm(w * scale) for w in spec.widths]
    table = word.add_table(rows=1 + len(spec.rows), cols=len(spec.header))
    table.style = word.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    header_row = table.rows[0]
    properties = header_row._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")  # the header row repeats at the top of every page
    repeat.set(qn("w:val"), "true")
    properties.append(repeat)
    shaded = {0} | {r + 1 for r in spec.shaded}
    all_rows: list[list[object]] = [list(spec.header), *spec.rows]
    # one pass over the rows (python-docx's rows[r] walks the table each time), each row's cells found once
    for r, (row, values) in enumerate(zip(table.rows, all_rows, strict=True)):
        cells = row.cells
        for c, value in enumerate(values):
            cell = cells[c]
            cell.width = widths[c]
            p = cell.paragraphs[0]
            p.style = word.styles["表格文字"]
            p.text = str(value)
            if r and c in spec.left:
                p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            if r in shaded:
                shade = OxmlElement("w:shd")
                shade.set(qn("w:val"), "clear")
                shade.set(qn("w:color"), "auto")
                shade.set(qn("w:fill"), GREY_FILL)
                cell._tc.get_or_add_tcPr().append(shade)
        if r == 0:
            for cell in row.cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def _figure(word: Any, flowable: Any) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    png, width = figure_png(flowable)
    p = word.add_paragraph(style="表格文字")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(io.BytesIO(png), width=Pt(width))


def figure_png(flowable: Any, dpi: int = 200) -> tuple[bytes, float]:
    """A picture of a figure the PDF draws: the flowable alone on a page of its size, rendered by
    pdfium; its PNG and its width in points."""
    import pypdfium2 as pdfium
    from reportlab.pdfgen.canvas import Canvas

    from desktop_app.reports.fonts import register

    register()
    width, height = flowable.wrap(WIDTH, 10_000)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1)
    flowable.drawOn(canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        image = document[0].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue(), float(width)


# -- 版头 and 版记 -----------------------------------------------------------------------------------
def _masthead(word: Any, paper: Paper) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    from desktop_app.reports.fonts import role_font

    color = RGBColor.from_string(RED_HEX if paper.red else "000000")
    for line in paper.masthead:
        p = _para(word, "", "公文标题")
        size = masthead_size(line, role_font("title"))
        p.paragraph_format.line_spacing = Pt(size * 1.35)
        run = p.add_run(line)
        run.font.size = Pt(size)
        run.font.color.rgb = color
    if paper.issue_line:
        _para(word, paper.issue_line, "期号")
    p = _para(word, "", "顶格正文")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.tab_stops.add_tab_stop(Pt(WIDTH - BODY_SIZE), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.left_indent = Pt(BODY_SIZE)
    p.add_run(f"{paper.organ}\t{paper.dated}")
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")  # the red separator under the organ and the date
    for attr, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "6"), ("w:color", RED_HEX)):
        bottom.set(qn(attr), value)
    borders.append(bottom)
    p._p.get_or_add_pPr().append(borders)
    _para(word, "", "正文")


def _colophon(word: Any, paper: Paper) -> None:
    """抄送 and 印发 between rules (the first and last thicker), one character in on both sides."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    lines = []
    if paper.copy_to:
        lines.append(f"抄送：{paper.copy_to.rstrip('。')}。")
    if paper.printed_by or paper.printed_on:
        lines.append(f"{paper.printed_by}\t{paper.printed_on}印发" if paper.printed_on else paper.printed_by)
    _para(word, "", "正文")
    for index, text in enumerate(lines):
        p = _para(word, text, "版记")
        fmt = p.paragraph_format
        fmt.left_indent = fmt.right_indent = Pt(NOTE_SIZE)
        fmt.space_before = fmt.space_after = Pt(4)
        fmt.keep_with_next = index < len(lines) - 1
        fmt.tab_stops.add_tab_stop(Pt(WIDTH - 2 * NOTE_SIZE), WD_TAB_ALIGNMENT.RIGHT)
        borders = OxmlElement("w:pBdr")
        edges = [("w:top", 8 if index == 0 else 4)]
        if index == len(lines) - 1:
            edges.append(("w:bottom", 8))
        for edge, size in edges:
            element = OxmlElement(edge)
            for attr, value in (("w:val", "single"), ("w:sz", str(size)), ("w:space", "4"), ("w:color", "000000")):
                element.set(qn(attr), value)
            borders.append(element)
        p._p.get_or_add_pPr().append(borders)
