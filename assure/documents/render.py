"""A `compose.Composition` drawn three ways from the same content (ADR 0138): an editable Word file (python-docx:
real heading styles, a table of contents field, charts as PNG pictures with alternative text, tables as tables), an
HTML page (a Django template; charts as SVG images with a text alternative) and a PDF made from that HTML by
WeasyPrint (page numbers, bookmarks from the headings, tagged as PDF/UA). Same input, same bytes: no dates or random
ids are added here, and the Word file's zip entries carry a fixed time.

Typed text may hold anything: characters XML cannot carry are dropped (`word.text`) before any of the three sees it,
a blank heading is called "Untitled", and a table with no rows says `Table.empty` ("None.") instead of an empty grid."""
import base64
import datetime
import io
import re
import zipfile

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from . import word
from .compose import Bullets, Chart, Composition, Paragraph, Table, walk

PDF_CONTENT_TYPE = "application/pdf"
HTML_CONTENT_TYPE = "text/html; charset=utf-8"
FORMATS = {"docx": word.DOCX_CONTENT_TYPE, "pdf": PDF_CONTENT_TYPE, "html": HTML_CONTENT_TYPE}
# Word's page: A4 with 2 cm margins leaves 17 cm (portrait) or 25.7 cm (landscape) for a table.
_TEXT_WIDTH_CM = {False: 17.0, True: 25.7}
# The Word file's properties and zip entries carry these, never the time it was made.
_FIXED_TIME = datetime.datetime(2000, 1, 1)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
UNTITLED = "Untitled"


def render(composition: Composition, file_format: str) -> bytes:
    if file_format == "docx":
        return docx(composition)
    if file_format == "pdf":
        return pdf(composition)
    if file_format == "html":
        return html(composition).encode("utf-8")
    raise ValueError(f"{file_format!r} is not a format: give docx, pdf or html")


def heading(value) -> str:
    """A heading's words: typed text on one line, "Untitled" when blank (an empty heading helps no one)."""
    return " ".join(word.text(value).split()) or UNTITLED


def rows_of(table: Table) -> list[tuple[str, ...]]:
    """The rows cut or padded to the header's width, so a ragged row never shifts a column."""
    width = len(table.columns)
    return [tuple(word.text(cell) for cell in row[:width]) + ("",) * (width - len(row)) for row in table.rows]


def alternative(chart: Chart) -> str:
    """A chart's text alternative: its description, else its title (never blank: a blank one hides the chart)."""
    return " ".join(word.text(chart.description).split()) or heading(chart.title)


# Word.
def docx(composition: Composition) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.shared import Cm, Pt, RGBColor

    document = Document()
    _language(document, "en-GB")
    section = document.sections[0]
    if composition.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    properties = document.core_properties
    # Word's properties hold at most 255 characters each.
    properties.title, properties.author = heading(composition.title)[:255], _one_line(composition.author)
    properties.subject = _one_line(composition.subtitle)
    properties.comments = properties.keywords = properties.category = ""
    properties.language = "en-GB"
    # Fixed so the same content gives the same file.
    properties.created = properties.modified = _FIXED_TIME
    properties.last_modified_by = _one_line(composition.author)
    properties.revision = 1
    # python-docx's template carries a thumbnail of a blank page: a file browser would show that, not this document.
    package = document.part.package
    for key, relationship in list(package.rels.items()):
        if relationship.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            del package.rels[key]

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    _field(footer, "PAGE", "1")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES", "1")
    if composition.draft_note:
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = header.add_run(word.text(composition.draft_note))
        run.bold, run.font.color.rgb = True, RGBColor(0xD4, 0x35, 0x1C)

    document.add_heading(heading(composition.title), level=0)
    if composition.subtitle:
        document.add_paragraph(word.text(composition.subtitle), style="Subtitle")
    for line in composition.lines:
        document.add_paragraph(word.text(line))
    if composition.draft_note:
        document.add_paragraph().add_run(word.text(composition.draft_note)).bold = True
    if composition.table_of_contents:
        _contents_heading(document)
        _toc_field(document)
        document.add_page_break()
    text_width = _TEXT_WIDTH_CM[composition.landscape]
    for item, level in walk(composition.sections):
        title = document.add_heading(heading(item.title), level=min(level, 9))
        title.paragraph_format.page_break_before = item.new_page
        for block in item.blocks:
            _docx_block(document, block, text_width, Cm, Pt)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _one_line(value) -> str:
    return " ".join(word.text(value).split())[:255]


def _docx_block(document, block, text_width: float, Cm, Pt) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.image.exceptions import UnrecognizedImageError
    from docx.shared import RGBColor

    if isinstance(block, Paragraph):
        run = document.add_paragraph().add_run(word.text(block.text))  # "\n" becomes a line break
        run.italic = block.style == "empty"
        if block.style == "lead":
            run.bold, run.font.size = True, Pt(13)
        elif block.style == "note":
            run.font.size, run.font.color.rgb = Pt(9), RGBColor(0x50, 0x5A, 0x5F)
    elif isinstance(block, Bullets):
        for item in block.items:
            document.add_paragraph(word.text(item), style="List Bullet")
    elif isinstance(block, Table):
        if block.caption:
            caption = document.add_paragraph(word.text(block.caption), style="Caption")
            caption.paragraph_format.keep_with_next = True
        rows = rows_of(block)
        if not rows or not block.columns:
            document.add_paragraph().add_run(word.text(block.empty)).italic = True
            return
        weights = block.widths if block.widths and len(block.widths) == len(block.columns) else None
        weights = weights or (1,) * len(block.columns)
        total = sum(weights) or 1
        grid = word.table(document, [(label, text_width * weight / total)
                                     for label, weight in zip(block.columns, weights)])
        if block.caption:
            word.table_caption(grid, block.caption)
        for index, values in enumerate(rows):
            rag = block.rags[index] if index < len(block.rags) else ""
            word.row(grid, values, rag_column=block.rag_column, rag=rag)
            if block.total_row and index == len(rows) - 1:
                for cell in grid.rows[-1].cells:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
        for column in block.numeric:
            if 0 <= column < len(block.columns):
                for table_row in grid.rows:
                    table_row.cells[column].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        document.add_paragraph()  # keeps the next table apart (Word joins adjacent tables)
    elif isinstance(block, Chart):
        try:
            document.add_picture(io.BytesIO(block.png), width=Cm(min(text_width, 16.0)))
        except (UnrecognizedImageError, ValueError, ZeroDivisionError):
            # No picture to show (a chart frozen without one): its words stand in for it.
            document.add_paragraph().add_run(alternative(block)).italic = True
        else:
            word.alt_text(document, alternative(block), block.title)
            document.paragraphs[-1].paragraph_format.keep_with_next = True
        document.add_paragraph(word.text(block.title), style="Caption")


def _language(document, language: str) -> None:
    """The document's language (Word's proofing and screen readers), on the default run properties."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_properties = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = run_properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        run_properties.append(lang)
    lang.set(qn("w:val"), language)


def _contents_heading(document) -> None:
    """"Contents" in Word's TOC Heading style, kept out of the contents it heads (outline level 10: body text)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = document.add_paragraph("Contents", style="TOC Heading")
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "9")
    paragraph._p.get_or_add_pPr().append(outline)


def _field(paragraph, instruction: str, shown: str) -> None:
    """A simple field (PAGE, NUMPAGES) Word works out as it lays out the pages; `shown` until it does."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run, placeholder = OxmlElement("w:r"), OxmlElement("w:t")
    placeholder.text = shown
    run.append(placeholder)
    simple.append(run)
    paragraph._p.append(simple)


def _toc_field(document) -> None:
    """A table of contents field (headings 1 to 3) that Word fills in when the file is opened."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = document.add_paragraph()
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = 'TOC \\o "1-3" \\h \\z \\u'
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    placeholder = OxmlElement("w:t")
    placeholder.text = "The contents are filled in when the document is opened in Word (or press F9)."
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instruction, separate, placeholder, end):
        run._r.append(element)
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with every entry dated 1980-01-01: python-docx stamps each with the time it was saved."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(entry))
    return out.getvalue()


# HTML and PDF.
def html(composition: Composition, *, for_print: bool = False, numbered: bool = True) -> str:
    """The composition as a whole HTML page; `for_print` adds the print stylesheet WeasyPrint uses (pages
    `numbered` unless a pack numbers them across its papers)."""
    return render_to_string("documents/composition.html",
                            {**page(composition, for_print=for_print), "numbered": numbered})


def page(composition: Composition, *, for_print: bool = False) -> dict:
    """The template's context: every string cleaned, every heading's tag and id, every table cell's classes worked
    out here, so the template only lays them out."""
    entries, contents, parents, tables = [], [], {}, 0
    for index, (section, level) in enumerate(walk(composition.sections), start=1):
        entry = {"id": f"section-{index}", "title": heading(section.title), "tag": f"h{min(level + 1, 6)}",
                 "new_page": section.new_page, "blocks": []}
        for block in section.blocks:
            if isinstance(block, Table):
                tables += 1
                entry["blocks"].append(_html_table(block, f"table-{tables}"))
            else:
                entry["blocks"].append(_html_block(block))
        entries.append(entry)
        if level == 1:
            parents[1] = {"id": entry["id"], "title": entry["title"], "children": []}
            contents.append(parents[1])
        elif level == 2 and 1 in parents:
            parents[1]["children"].append({"id": entry["id"], "title": entry["title"], "children": []})
    return {
        "title": heading(composition.title), "subtitle": word.text(composition.subtitle),
        "author": word.text(composition.author), "lines": [word.text(line) for line in composition.lines],
        "draft_note": word.text(composition.draft_note), "draft_note_css": css_string(composition.draft_note),
        "landscape": composition.landscape, "table_of_contents": composition.table_of_contents and bool(contents),
        "contents": contents, "entries": entries, "for_print": for_print,
        # The tables' relative column widths, as rules in the page's one stylesheet (no style attributes).
        "widths_css": mark_safe("\n".join(
            f"  #{block['id']} col:nth-child({index}) {{ width: {width}%; }}"
            for entry in entries for block in entry["blocks"] if block["kind"] == "table"
            for index, width in enumerate(block["widths"], start=1))),
    }


def _html_block(block) -> dict:
    if isinstance(block, Paragraph):
        return {"kind": "paragraph", "text": word.text(block.text), "style": re.sub(r"[^a-z-]", "", block.style)}
    if isinstance(block, Bullets):
        return {"kind": "bullets", "items": [word.text(item) for item in block.items]}
    if isinstance(block, Chart):
        return {"kind": "chart", "title": word.text(block.title), "alt": alternative(block),
                "src": _image_source(block)}
    raise TypeError(f"{type(block).__name__} is not a block: give Paragraph, Bullets, Table or Chart")


def _html_table(block: Table, key: str) -> dict:
    rows, numeric = rows_of(block), set(block.numeric)
    columns = [{"text": word.text(label), "class": "numeric" if index in numeric else ""}
               for index, label in enumerate(block.columns)]
    body = []
    for number, row in enumerate(rows):
        rag = block.rags[number] if number < len(block.rags) else ""
        cells = []
        for index, value in enumerate(row):
            classes = ["numeric"] if index in numeric else []
            if index == block.rag_column and rag in word.RAG_SHADING:
                classes.append(f"rag-{rag}")
            cells.append({"text": value, "class": " ".join(classes)})
        body.append({"cells": cells, "total": block.total_row and number == len(rows) - 1})
    caption = word.text(block.caption)
    weights = block.widths if block.widths and len(block.widths) == len(columns) and sum(block.widths) > 0 else ()
    return {"kind": "table", "id": key, "caption": caption, "columns": columns, "rows": body,
            "widths": [round(100 * weight / sum(weights), 2) for weight in weights],
            "empty": word.text(block.empty) if not rows or not columns else "",
            "label": "" if caption else "Table: " + ", ".join(column["text"] for column in columns)}


def _image_source(chart: Chart) -> str:
    """The chart as an image's data: address: its SVG (sharp in print) or else its PNG. As an <img> its alternative
    text reaches the PDF's tags (an inline <svg> keeps only its title there)."""
    svg = word.text(chart.svg).strip()
    if svg.startswith("<?xml"):
        svg = svg[svg.index("?>") + 2:].strip()
    if svg.startswith("<svg"):
        head = svg[:svg.index(">") + 1] if ">" in svg else svg
        if "xmlns=" not in head:
            svg = '<svg xmlns="http://www.w3.org/2000/svg"' + svg[4:]
        return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
    if chart.png:
        return "data:image/png;base64," + base64.b64encode(chart.png).decode("ascii")
    return ""


def css_string(value) -> str:
    """Typed text as a quoted CSS string (for the PDF's page header): anything but letters, digits and spaces
    escaped, so no quote, backslash or "</style>" can end it early."""
    cleaned = " ".join(word.text(value).split())
    escaped = "".join(ch if ch.isascii() and (ch.isalnum() or ch == " ") else f"\\{ord(ch):x} " for ch in cleaned)
    return mark_safe(f'"{escaped}"')


def pdf(composition: Composition, *, numbered: bool = True) -> bytes:
    from weasyprint import HTML  # slow to import: only when a PDF is made

    return HTML(string=html(composition, for_print=True, numbered=numbered),
                base_url=None).write_pdf(pdf_variant="pdf/ua-1")
