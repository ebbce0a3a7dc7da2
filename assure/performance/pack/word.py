"""The pack as an editable Word file (python-docx), in the style of the learning report (reviews/exports.py):
page one is the RAG summary (counts, then the indicators by rating under each priority); then one section per
indicator: definition, latest figure, direction, rating, target, comparators, the chart (a PNG whose alternative
text is `charts.describe`), the numbers behind it and the commentary. Reads only the assembled `Pack`."""
import io
import re

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from .. import charts
from .text import DRAFT_NOTE, comparator_lines, figure_cell, latest_text, target_text

DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
RAG_SHADING = {"red": "F6D5D5", "amber": "FCE8C3", "green": "D5EBD9"}
# Characters XML 1.0 cannot carry; python-docx refuses them, so typed text is cleaned first.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(value) -> str:
    return _NOT_XML.sub("", "" if value is None else str(value))


def pack_docx(pack, *, charts_png: dict | None = None) -> bytes:
    """The pack as .docx bytes. `charts_png` (indicator id -> PNG bytes) lets a caller reuse drawn charts."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    properties = document.core_properties
    properties.title, properties.author = _text(pack.title), _text(pack.partnership.name)
    properties.subject = pack.quarter.long_label

    document.add_heading(_text(pack.title), level=0)
    document.add_paragraph(_text(pack.partnership.name)).runs[0].bold = True
    document.add_paragraph(f"{pack.quarter.long_label}. Prepared on {pack.prepared_on:%-d %B %Y}.")
    if pack.is_draft:
        document.add_paragraph().add_run(f"Draft. {DRAFT_NOTE}").bold = True
    else:
        document.add_paragraph(f"Approved on {pack.approval.approved_at:%-d %B %Y}.")
    _summary(document, pack)
    for entry in pack.entries:
        _indicator(document, pack, entry, (charts_png or {}).get(entry.indicator.pk))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _summary(document, pack) -> None:
    document.add_heading("Summary", level=1)
    table = _table(document, [("Rating", 5.0), ("Indicators", 3.0)])
    for rated, count in pack.counts():
        _row(table, [rated.label, str(count)], rag_column=0, rag=rated.code)
    _row(table, ["Total", str(len(pack.entries))])
    for priority, entries in pack.by_priority():
        document.add_heading(_text(priority), level=2)
        table = _table(document, [("Indicator", 9.0), ("Latest", 4.5), ("Rating", 3.5)])
        for entry in entries:
            _row(table, [f"{entry.indicator.code} {entry.indicator.name}", latest_text(entry),
                         entry.rating.label], rag_column=2, rag=entry.rating.code)
    document.add_page_break()


def _indicator(document, pack, entry, png) -> None:
    indicator, series = entry.indicator, entry.series
    document.add_heading(_text(f"{indicator.code} {indicator.name}"), level=1)
    if indicator.definition:
        document.add_paragraph(_text(indicator.definition))
    facts = [("Latest figure", latest_text(entry)), ("Direction of travel", series.direction.label),
             ("Rating", entry.rating.label), ("Target", target_text(indicator))]
    facts += comparator_lines(entry)
    table = _table(document, [("", 5.0), ("", 12.0)], header=False)
    for label, value in facts:
        _row(table, [label, value], rag_column=1 if label == "Rating" else None, rag=entry.rating.code)
    document.add_paragraph()
    png = png if png is not None else charts.trend_chart_png(series)
    document.add_picture(io.BytesIO(png), width=Cm(16))
    _alt_text(document, charts.describe(series), f"{indicator.name}: trend")
    headings, rows = series.table()
    table = _table(document, [("Period", 3.5)] + [(heading, 13.5 / max(len(headings), 1)) for heading in headings])
    for period, points in rows:
        _row(table, [period.label] + [figure_cell(indicator, point) for point in points])
    document.add_heading(f"Commentary for {pack.quarter.label}", level=2)
    if entry.commentary is None:
        document.add_paragraph("No commentary for this quarter.")
    else:
        for paragraph in _text(entry.commentary.text).split("\n\n"):
            document.add_paragraph(paragraph.strip())


def _alt_text(document, description: str, title: str) -> None:
    """The last picture's alternative text (Word's "Alt Text"): docPr descr and title."""
    properties = document.inline_shapes[-1]._inline.docPr
    properties.set("descr", _text(description))
    properties.set("title", _text(title))


def _table(document, columns, header: bool = True):
    table = document.add_table(rows=1 if header else 0, cols=len(columns))
    table.style = "Table Grid"
    table.autofit = False
    for column, (_, width) in zip(table.columns, columns):
        column.width = Cm(width)
    if header:
        row = table.rows[0]
        _row_properties(row, "w:tblHeader")
        for cell, (label, width) in zip(row.cells, columns):
            cell.width = Cm(width)
            cell.paragraphs[0].add_run(_text(label)).bold = True
            _shade(cell, "E7E7E7")
    table._widths = [Cm(width) for _, width in columns]
    return table


def _row(table, values, *, rag_column=None, rag="") -> None:
    row = table.add_row()
    _row_properties(row, "w:cantSplit")
    for index, (cell, value) in enumerate(zip(row.cells, values)):
        cell.width = table._widths[index]
        cell.paragraphs[0].add_run(_text(value))
        if index == rag_column and rag in RAG_SHADING:
            _shade(cell, RAG_SHADING[rag])


def _row_properties(row, tag: str) -> None:
    element = OxmlElement(tag)
    element.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(element)


def _shade(cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)
