"""A `compose.Composition` drawn three ways from the same content (ADR 0138): an editable Word file (python-docx:
real heading styles, a table of contents field, charts as PNG pictures with alternative text, tables as tables), an
HTML page (a Django template; charts as accessible SVG) and a PDF made from that HTML by WeasyPrint (page numbers,
bookmarks from the headings, tagged as PDF/UA). Same input, same bytes: no dates or random ids are added here."""
import io

from django.template.loader import render_to_string

from . import word
from .compose import Bullets, Chart, Composition, Paragraph, Table, walk

PDF_CONTENT_TYPE = "application/pdf"
HTML_CONTENT_TYPE = "text/html; charset=utf-8"
FORMATS = {"docx": word.DOCX_CONTENT_TYPE, "pdf": PDF_CONTENT_TYPE, "html": HTML_CONTENT_TYPE}
# Word's page: A4 with 2 cm margins leaves 17 cm (portrait) or 25.7 cm (landscape) for a table.
_TEXT_WIDTH_CM = {False: 17.0, True: 25.7}


def render(composition: Composition, file_format: str) -> bytes:
    if file_format == "docx":
        return docx(composition)
    if file_format == "pdf":
        return pdf(composition)
    if file_format == "html":
        return html(composition).encode("utf-8")
    raise ValueError(f"{file_format!r} is not a format: give docx, pdf or html")


# Word.
def docx(composition: Composition) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    document = Document()
    section = document.sections[0]
    if composition.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    properties = document.core_properties
    properties.title, properties.author = word.text(composition.title), word.text(composition.author)
    properties.subject = word.text(composition.subtitle)
    # Fixed so the same content gives the same file.
    import datetime
    fixed = datetime.datetime(2000, 1, 1)
    properties.created = properties.modified = fixed
    properties.last_modified_by = word.text(composition.author)
    properties.revision = 1

    document.add_heading(word.text(composition.title), level=0)
    if composition.subtitle:
        document.add_paragraph(word.text(composition.subtitle)).runs[0].bold = True
    for line in composition.lines:
        document.add_paragraph(word.text(line))
    if composition.draft_note:
        document.add_paragraph().add_run(word.text(composition.draft_note)).bold = True
        header = section.header.paragraphs[0]
        header.text = word.text(composition.draft_note)
    if composition.table_of_contents:
        document.add_heading("Contents", level=1)
        _toc_field(document)
        document.add_page_break()
    text_width = _TEXT_WIDTH_CM[composition.landscape]
    for item, level in walk(composition.sections):
        if item.new_page and level == 1:
            document.add_page_break()
        document.add_heading(word.text(item.title), level=min(level, 9))
        for block in item.blocks:
            _docx_block(document, block, text_width)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _docx_block(document, block, text_width: float) -> None:
    from docx.shared import Cm

    if isinstance(block, Paragraph):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(word.text(block.text))
        run.italic = block.style == "empty"
        run.bold = block.style == "lead"
    elif isinstance(block, Bullets):
        for item in block.items:
            document.add_paragraph(word.text(item), style="List Bullet")
    elif isinstance(block, Table):
        if block.caption:
            document.add_paragraph(word.text(block.caption), style="Caption")
        weights = block.widths or (1,) * len(block.columns)
        total = sum(weights) or 1
        grid = word.table(document, [(label, text_width * weight / total)
                                     for label, weight in zip(block.columns, weights)])
        for index, values in enumerate(block.rows):
            rag = block.rags[index] if index < len(block.rags) else ""
            word.row(grid, values, rag_column=block.rag_column, rag=rag)
            if block.total_row and index == len(block.rows) - 1:
                for cell in grid.rows[-1].cells:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
        document.add_paragraph()
    elif isinstance(block, Chart):
        document.add_picture(io.BytesIO(block.png), width=Cm(min(text_width, 16.0)))
        word.alt_text(document, block.description, block.title)
        document.add_paragraph(word.text(block.title), style="Caption")


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


# HTML and PDF.
def html(composition: Composition, *, for_print: bool = False) -> str:
    """The composition as a whole HTML page; `for_print` adds the print stylesheet WeasyPrint uses."""
    entries = [{"section": section, "level": min(level + 1, 6), "id": f"section-{index}",
                "blocks": [(type(block).__name__.lower(), block) for block in section.blocks]}
               for index, (section, level) in enumerate(walk(composition.sections), start=1)]
    return render_to_string("documents/composition.html", {
        "composition": composition, "entries": entries, "for_print": for_print,
        "contents": [entry for entry in entries if entry["level"] <= 3],
    })


def pdf(composition: Composition) -> bytes:
    from weasyprint import HTML  # slow to import: only when a PDF is made

    return HTML(string=html(composition, for_print=True), base_url=None).write_pdf(pdf_variant="pdf/ua-1")
