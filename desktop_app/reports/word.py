"""The editable copy of an official document: the same content as its PDF (``official.OfficialDocument``)
written as a Word ``.docx`` for the office to edit in WPS or Word before it goes out.

Laid out as GB/T 9704 asks and as offices set up their own templates: A4, margins 37/35/28/26 mm,
a paragraph style for each level named in Chinese (公文标题, 一级标题, 二级标题, 正文 …) in the faces
as Windows and WPS name them (方正小标宋简体, 黑体, 楷体_GB2312, 仿宋_GB2312; the font table names 宋体,
楷体 and 仿宋 as their stand-ins), 22 lines of 28 characters kept by the text's own spacing (a line
grid of exact 28.95 pt lines, characters 0.25 pt closer) rather than by a character grid, so that
Word, WPS and LibreOffice set the same 28 a line (LibreOffice gives a 16 pt character two cells of a
15.8 pt character grid: 27 or fewer a line), with no extra space between Chinese and figures;
tables with the PDF's column widths in their grid (``official.column_widths``), a header row that
repeats on every page and rows that do not split; the 版头 and the 版记, kept with the last text; the
附件 each on a page of their own; page numbers "— 1 —" in 宋体, right on odd pages and left on even
ones; the history's check code once, at the end. A chart is a picture of the one the PDF draws.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from desktop_app.core.atomic import write_atomic
from desktop_app.reports.official import (
    BODY_SIZE,
    CELL_LEADING,
    CELL_SIZE,
    LEADING,
    NOTE_SIZE,
    PITCH,
    TITLE_SIZE,
    WIDTH,
    Block,
    OfficialDocument,
    Paper,
    TableSpec,
    column_widths,
    masthead_size,
    signature_indents,
    title_lines,
)

#: role → the face as an office's Windows PC and WPS name it (方正小标宋简体 installed by most offices)
WORD_FACES = {"title": "方正小标宋简体", "hei": "黑体", "kai": "楷体_GB2312", "fang": "仿宋_GB2312", "song": "宋体"}
#: face → the one a PC without it takes instead (the font table's altName)
STAND_INS = {"方正小标宋简体": "宋体", "楷体_GB2312": "楷体", "仿宋_GB2312": "仿宋"}
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
    "表格文字": ("fang", CELL_SIZE, 0, "center"),
    "版记": ("fang", NOTE_SIZE, 0, "left"),
    "校验码": ("fang", 7, 0, "right"),
}
#: the body's line pitch in twips, rounded down: 22 lines of 28.95 pt fill the 225 mm type area, where
#: 22 of 29 pt (LEADING, 28.99, rounded to the nearest twip) would leave room for 21
LINE_TWIPS = int(LEADING * 20)
#: twentieths of a point between characters: a 16 pt character takes 15.75 pt, and 28 fit the line
#: (156 mm = 442.2 pt; -0.2 pt, the nearest tenth, would leave room for 27)
CLOSER = -5
RED_HEX = "DC1414"
GREY_FILL = "E6E6E6"

#: the order the schema gives the children of a paragraph's, a run's and a table's properties (Word
#: refuses a file whose properties come in another order)
P_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
    "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
    "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
)  # fmt: skip
R_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
    "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
    "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs",
    "em", "lang", "eastAsianLayout", "specVanish", "oMath",
)  # fmt: skip
TBL_ORDER = (
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW",
    "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook",
)  # fmt: skip


def _put(owner: Any, tag: str, order: tuple[str, ...], **values: str) -> Any:
    """Set ``owner``'s child ``w:tag`` (replacing one there) with the attributes ``values`` (``w:`` each),
    in its place in the schema's ``order``; returns it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for old in owner.findall(qn(f"w:{tag}")):
        owner.remove(old)
    element = OxmlElement(f"w:{tag}")
    for name, value in values.items():
        element.set(qn(f"w:{name}"), value)
    later = {qn(f"w:{t}") for t in order[order.index(tag) + 1 :]}
    successor = next((child for child in owner if child.tag in later), None)
    if successor is None:
        owner.append(element)
    else:
        successor.addprevious(element)
    return element


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
    _font_table(word)
    _page_numbers(word, section)

    if paper.has_masthead:
        _masthead(word, paper)
    _blocks(word, doc, doc.body)
    ending = len(word.paragraphs) - 1  # the body's last paragraph, kept with what follows it
    if doc.attachments and doc.signed:
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
        _title(word, annex_title)
        _para(word, "", "正文")
        _blocks(word, doc, blocks)
    if chain_head:  # the paper copy anchors the history as it stood: once, at the end
        _para(word, f"操作记录校验码：{chain_head[:16]}", "校验码")
    if paper.has_colophon:
        _keep_last_with_next(word)
        _colophon(word, paper)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


# -- page, grid, styles ------------------------------------------------------------------------------
def _chars(n: float) -> Any:
    from docx.shared import Pt

    return Pt(n * BODY_SIZE)


def _grid(section: Any) -> None:
    """The section's line grid: 22 lines a page, LINE_TWIPS apart. Its ``charSpace`` gives the character
    pitch of 28 a line (the body size plus charSpace/4096 points) for a clerk who turns the character
    grid on in Word or WPS; the grid's type is lines only, as LibreOffice spreads a character grid."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sect = section._sectPr
    grid = sect.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(LINE_TWIPS))
    grid.set(qn("w:charSpace"), str(round((PITCH - BODY_SIZE) * 4096)))


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
    from docx.oxml.ns import qn
    from docx.shared import Pt, Twips

    aligns = {
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
    }
    defaults = word.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))  # the grid's pitch counts from its size
    face = WORD_FACES["fang"]
    _put(run_defaults, "rFonts", R_ORDER, ascii=face, hAnsi=face, eastAsia=face, cs=face)
    for tag in ("sz", "szCs"):
        _put(run_defaults, tag, R_ORDER, val=str(BODY_SIZE * 2))
    normal = word.styles["Normal"]  # LibreOffice counts the grid's pitch from this style's own size
    normal.font.size = Pt(BODY_SIZE)
    _faces(normal.element, WORD_FACES["fang"])
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
        if name == "表格文字":  # the PDF's cells: 14 pt lines, 2 pt above and 3 pt below
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Pt(CELL_LEADING)
            fmt.space_before, fmt.space_after = Pt(2), Pt(3)
        elif name in ("版记", "校验码"):
            fmt.line_spacing = 1.0
        elif name == "公文标题":
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Pt(TITLE_SIZE * 1.45)
        else:
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Twips(LINE_TWIPS)
        if name.endswith("标题") and name != "公文标题":
            fmt.keep_with_next = True
        # the text keeps to the grid by its own spacing (exact lines, characters a little closer), not
        # by snapping: LibreOffice gives a 16 pt character two cells of a 15.8 pt character grid
        p_pr, r_pr = style.element.get_or_add_pPr(), style.element.get_or_add_rPr()
        _put(p_pr, "snapToGrid", P_ORDER, val="0")
        _put(r_pr, "snapToGrid", R_ORDER, val="0")
        # no extra space between Chinese and Latin letters or figures (2025年3月, as the PDF sets it)
        for tag in ("autoSpaceDE", "autoSpaceDN"):
            _put(p_pr, tag, P_ORDER, val="0")
        if size == BODY_SIZE:
            _put(r_pr, "spacing", R_ORDER, val=str(CLOSER))


def _font_table(word: Any) -> None:
    """Name each face's stand-in in the font table (``w:altName``), as WPS's own templates do: a PC
    without 仿宋_GB2312 sets the text in 仿宋, without 方正小标宋简体 in 宋体."""
    from lxml import etree

    part = next(p for p in word.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml")
    table = etree.fromstring(part.blob)
    w = table.nsmap["w"]
    for face, stand_in in STAND_INS.items():
        font = etree.SubElement(table, f"{{{w}}}font", {f"{{{w}}}name": face})
        etree.SubElement(font, f"{{{w}}}altName", {f"{{{w}}}val": stand_in})
        etree.SubElement(font, f"{{{w}}}charset", {f"{{{w}}}val": "86"})  # GB 2312
        etree.SubElement(font, f"{{{w}}}family", {f"{{{w}}}val": "modern"})
        etree.SubElement(font, f"{{{w}}}pitch", {f"{{{w}}}val": "fixed"})
    part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


def _page_numbers(word: Any, section: Any) -> None:
    """ "— n —" in 4号 宋体, right on odd pages and left on even ones, one character in."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    word.settings.odd_and_even_pages_header_footer = True
    for footer, odd in ((section.footer, True), (section.even_page_footer, False)):
        p = footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if odd else WD_ALIGN_PARAGRAPH.LEFT
        fmt = p.paragraph_format
        fmt.left_indent = fmt.right_indent = Pt(NOTE_SIZE)
        _page_field(p)


def _page_field(p: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    def run(text: str = "") -> Any:
        r = p.add_run(text)
        r.font.size = Pt(NOTE_SIZE)
        _faces(r._element, WORD_FACES["song"])
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
        if b.kind == "title":
            _title(word, doc.resolved(b.text))
        elif b.kind == "para" and b.lead:  # a heading sentence in its face, the rest as body text
            p = _para(word, "", "正文")
            _faces(p.add_run(b.lead)._element, WORD_FACES[b.lead_role])
            p.add_run(doc.resolved(b.text))
        elif b.kind in styles:
            _para(word, doc.resolved(b.text), styles[b.kind])
        elif b.kind == "space":
            for _ in range(max(1, round(b.lines))):
                _para(word, "", "正文")
        elif b.kind == "table" and b.table is not None:
            _table(word, b.table)
            _para(word, "", "表格文字").paragraph_format.space_after = Pt(6)
        elif b.kind == "figure" and b.figure is not None:
            _figure(word, b.figure.flowable())


def _title(word: Any, text: str) -> None:
    """A title broken where the PDF breaks it, at word boundaries (``official.title_lines``)."""
    p = _para(word, "", "公文标题")
    for index, line in enumerate(title_lines(text, WIDTH / TITLE_SIZE)):
        run = p.add_run(line)
        if index:
            run._element.addprevious(_line_break())


def _line_break() -> Any:
    from docx.oxml import OxmlElement

    run = OxmlElement("w:r")
    run.append(OxmlElement("w:br"))
    return run


def _keep_last_with_next(word: Any) -> None:
    """The document's last paragraph, or its last table's last row, kept on the page of what follows
    (the 版记 never stands alone on a page)."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    body = word.element.body
    last = [el for el in body if el.tag in (qn("w:p"), qn("w:tbl"))][-1]
    paragraphs = last.findall(qn("w:tr"))[-1].iter(qn("w:p")) if last.tag == qn("w:tbl") else [last]
    for p in paragraphs:
        Paragraph(p, word.part).paragraph_format.keep_with_next = True


def _table(word: Any, spec: TableSpec) -> None:
    """The table with the PDF's column widths in its grid and its cells (LibreOffice draws the grid's),
    a fixed layout, centred, a header row that repeats and rows that do not split across pages."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Mm

    widths = [round(Mm(w).twips) for w in column_widths(spec)]
    rows = [[str(v) for v in spec.header], *([str(v) for v in row] for row in spec.rows)]
    xml = table_xml(
        rows, widths, cell_style=word.styles["表格文字"].style_id, left=spec.left, shaded=spec.shaded, whole_rows=True
    )
    word.element.body.find(qn("w:sectPr")).addprevious(parse_xml(xml))


_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # no XML file may hold these


def table_xml(
    rows: list[list[str]],
    widths: list[int],
    *,
    cell_style: str = "",
    left: tuple[int, ...] = (),
    shaded: list[int] | tuple[int, ...] = (),
    whole_rows: bool = False,
) -> str:
    """A Word table (``w:tbl``) in the 网格型 style written as text in one pass (python-docx's building
    cell by cell walks the table again for every row): ``rows`` with its header first, in bold on grey,
    repeating on every page; columns ``widths`` twips wide in a fixed layout; paragraphs in ``cell_style``
    (a style id), centred but for the columns in ``left`` below the header; ``shaded`` data rows on grey
    (0 = the first); with ``whole_rows``, no row split across pages. Characters no XML may hold are
    left out."""
    from docx.oxml.ns import nsdecls

    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    style = f'<w:pStyle w:val="{escape(cell_style)}"/>' if cell_style else ""
    grey = {0} | {r + 1 for r in shaded}
    out = [
        f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0"'
        f' w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
    ]
    for r, row in enumerate(rows):
        kept = '<w:cantSplit w:val="true"/>' if whole_rows else ""
        repeat = '<w:tblHeader w:val="true"/>' if r == 0 else ""
        out.append(f"<w:tr><w:trPr>{kept}{repeat}</w:trPr>" if kept or repeat else "<w:tr>")
        for c, (width, value) in enumerate(zip(widths, row, strict=True)):
            fill = f'<w:shd w:val="clear" w:color="auto" w:fill="{GREY_FILL}"/>' if r in grey else ""
            align = '<w:jc w:val="left"/>' if r and c in left else ""
            p_pr = f"<w:pPr>{style}{align}</w:pPr>" if style or align else ""
            text = escape(_NOT_IN_XML.sub("", value))
            bold = "<w:rPr><w:b/></w:rPr>" if r == 0 else ""
            run = f'<w:r>{bold}<w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{fill}</w:tcPr><w:p>{p_pr}{run}</w:p></w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _figure(word: Any, flowable: Any) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    png, width = figure_png(flowable)
    p = word.add_paragraph(style="表格文字")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = 1.0  # a line as tall as the picture (the style's exact 14 pt would clip it)
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
    image.save(out, format="PNG", compress_level=6)
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
    borders = _put(p._p.get_or_add_pPr(), "pBdr", P_ORDER)
    bottom = OxmlElement("w:bottom")  # the red separator under the organ and the date
    for attr, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "6"), ("w:color", RED_HEX)):
        bottom.set(qn(attr), value)
    borders.append(bottom)
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
        borders = _put(p._p.get_or_add_pPr(), "pBdr", P_ORDER)
        edges = [("w:top", 8 if index == 0 else 4)]
        if index == len(lines) - 1:
            edges.append(("w:bottom", 8))
        for edge, size in edges:
            element = OxmlElement(edge)
            for attr, value in (("w:val", "single"), ("w:sz", str(size)), ("w:space", "4"), ("w:color", "000000")):
                element.set(qn(attr), value)
            borders.append(element)
