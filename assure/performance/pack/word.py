"""The pack as an editable Word file (python-docx), in the style of the learning report (reviews/exports.py):
page one is the RAG summary (counts, then the indicators by rating under each priority); then one section per
indicator: definition, latest figure, direction, rating, target, comparators, the chart (a PNG whose alternative
text is `charts.describe`), the numbers behind it and the commentary. Reads only the assembled `Pack`."""
import io

from docx import Document
from docx.shared import Cm

from assure.documents.word import DOCX_CONTENT_TYPE, RAG_SHADING  # noqa: F401 (the pack's downloads use it)
from assure.documents.word import alt_text as _alt_text
from assure.documents.word import row as _row
from assure.documents.word import table as _table
from assure.documents.word import text as _text

from .. import charts
from .text import DRAFT_NOTE, comparator_lines, figure_cell, latest_text, target_text


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









