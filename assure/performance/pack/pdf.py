"""The pack as a PDF: an HTML template (performance/pack.html, its own print stylesheet) drawn by WeasyPrint
(ADR 0126), with each chart as the accessible SVG of `charts.trend_chart`. Tagged as PDF/UA so the headings, tables and
the charts' descriptions reach a screen reader. Reads only the assembled `Pack`."""

from django.template.loader import render_to_string

from .. import charts
from .text import DRAFT_NOTE, comparator_lines, figure_cell, latest_text, target_text

PDF_CONTENT_TYPE = "application/pdf"


def pack_html(pack, *, charts_svg: dict | None = None) -> str:
    sections = []
    for entry in pack.entries:
        headings, rows = entry.series.table()
        svg = (charts_svg or {}).get(entry.indicator.pk) or charts.trend_chart(entry.series)
        sections.append({
            "entry": entry, "latest": latest_text(entry), "target": target_text(entry.indicator),
            "comparators": comparator_lines(entry), "chart": svg, "headings": headings,
            "rows": [(period, [figure_cell(entry.indicator, p) for p in points]) for period, points in rows],
            "paragraphs": [p.strip() for p in entry.commentary.text.split("\n\n")] if entry.commentary else [],
        })
    return render_to_string("performance/pack.html", {
        "pack": pack, "draft_note": DRAFT_NOTE, "sections": sections,
        "summary": [(priority, [(e, latest_text(e)) for e in entries]) for priority, entries in pack.by_priority()],
    })


def pack_pdf(pack, *, charts_svg: dict | None = None) -> bytes:
    from weasyprint import HTML  # slow to import: only when a PDF is made

    return HTML(string=pack_html(pack, charts_svg=charts_svg), base_url=None).write_pdf(pdf_variant="pdf/ua-1")
