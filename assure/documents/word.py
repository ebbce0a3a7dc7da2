"""Building Word files (python-docx): the pieces every report shares, so each looks and behaves the same (the
review learning report, the dataset pack, the finance appendix). Typed text is made safe for XML here."""
import re

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
RAG_SHADING = {"red": "F6D5D5", "amber": "FCE8C3", "green": "D5EBD9"}
# Characters XML 1.0 cannot carry; python-docx refuses them, so typed text is cleaned first.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def text(value) -> str:
    """Typed text made safe for Word: line endings unified, characters XML cannot hold dropped; None is ""."""
    if value is None:
        return ""
    return _NOT_XML.sub("", str(value).replace("\r\n", "\n").replace("\r", "\n"))


def table(document, columns, header: bool = True):
    """A grid table of the given (label, width in cm) columns, whose header row repeats on each new page."""
    grid = document.add_table(rows=1 if header else 0, cols=len(columns))
    grid.style = "Table Grid"
    grid.autofit = False
    for column, (_, width) in zip(grid.columns, columns):
        column.width = Cm(width)
    if header:
        first = grid.rows[0]
        row_properties(first, "w:tblHeader")
        for cell, (label, width) in zip(first.cells, columns):
            cell.width = Cm(width)
            cell.paragraphs[0].add_run(text(label)).bold = True
            shade(cell, "E7E7E7")
    grid._widths = [Cm(width) for _, width in columns]
    return grid


def row(grid, values, *, rag_column=None, rag="") -> None:
    """A row that is not split across pages; the cell at `rag_column` shaded by its RAG rating."""
    added = grid.add_row()
    row_properties(added, "w:cantSplit")
    for index, (cell, value) in enumerate(zip(added.cells, values)):
        cell.width = grid._widths[index]
        cell.paragraphs[0].add_run(text(value))  # "\n" becomes a line break within the cell
        if index == rag_column and rag in RAG_SHADING:
            shade(cell, RAG_SHADING[rag])


def alt_text(document, description: str, title: str) -> None:
    """The last picture's alternative text (Word's "Alt Text"): docPr descr and title."""
    properties = document.inline_shapes[-1]._inline.docPr
    properties.set("descr", text(description))
    properties.set("title", text(title))


def row_properties(table_row, tag: str) -> None:
    element = OxmlElement(tag)
    element.set(qn("w:val"), "true")
    table_row._tr.get_or_add_trPr().append(element)


def shade(cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def table_caption(grid, caption: str) -> None:
    """A table's title for screen readers (Word's Table Properties, Alt Text), after the other table properties."""
    element = OxmlElement("w:tblCaption")
    element.set(qn("w:val"), " ".join(text(caption).split()))
    grid._tbl.tblPr.append(element)
