"""The finance appendix as an editable Word file (python-docx), in the style of the performance pack
(performance/pack/word.py, whose table, row and alternative-text helpers it uses): income by partner, spending by
category (the chart as a PNG whose alternative text is `charts.describe`, and its numbers), planned against actual,
carried forward, and the shortfall or surplus with its split. Reads only the assembled `FinanceAppendix`."""
import io

from docx import Document
from docx.shared import Cm

from assure.core.money import pounds
from assure.documents.word import alt_text as _alt_text
from assure.documents.word import row as _row
from assure.documents.word import table as _table
from assure.documents.word import text as _text

from . import charts


def appendix_docx(appendix) -> bytes:
    year, position = appendix.year, appendix.position
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    properties = document.core_properties
    properties.title, properties.author = _text(appendix.title), _text(year.partnership.name)

    document.add_heading(_text(appendix.title), level=0)
    document.add_paragraph(_text(year.partnership.name)).runs[0].bold = True
    document.add_paragraph(f"The pooled budget for {year.label} (1 April {year.start_year} to 31 March "
                           f"{year.start_year + 1}). {year.get_status_display()}.")

    document.add_heading("Income by partner", level=1)
    table = _table(document, [("Partner", 9.0), ("Agreed", 4.0), ("Paid", 4.0)])
    for income in position.income:
        _row(table, [income.name, pounds(income.agreed), pounds(income.paid)])
    _row(table, ["Brought forward from the previous year", pounds(position.brought_forward), ""])
    _row(table, ["Total income", pounds(position.available), pounds(position.paid)])

    document.add_heading("Spending by category", level=1)
    categories = appendix.categories
    if categories:
        document.add_picture(io.BytesIO(charts.spending_chart_png(year, categories)), width=Cm(16))
        _alt_text(document, charts.describe(year, categories), f"Spending by category, {year.label}")
    table = _table(document, [("Category", 9.0), ("Planned", 4.0), ("Spent", 4.0)])
    for label, planned, actual in categories:
        _row(table, [label, pounds(planned), pounds(actual)])

    document.add_heading("Planned against actual", level=1)
    table = _table(document, [("Line", 7.0), ("Planned", 3.4), ("Actual", 3.3), ("Forecast outturn", 3.3)])
    for line in position.all_lines:
        _row(table, [line.name + (" (ring-fenced)" if line.line.ring_fenced else ""), pounds(line.planned),
                     pounds(line.actual), pounds(line.outturn)])
    totals = position.totals
    _row(table, ["Total", pounds(totals.planned), pounds(totals.actual), pounds(totals.outturn)])

    document.add_heading("Carried forward", level=1)
    if not appendix.carried_forward_agreed and position.shortfall and position.shares:
        document.add_paragraph(f"Nothing is forecast to carry forward into {appendix.next_label}: the partners who "
                               "underwrite the shortfall meet it.")
    else:
        said = "Carried forward" if appendix.carried_forward_agreed else "Forecast to carry forward"
        document.add_paragraph(f"{said} into {appendix.next_label}: {pounds(appendix.carried_forward)}.")

    document.add_heading("Shortfall or surplus", level=1)
    document.add_paragraph(_text(position.in_words()))
    if position.shares:
        table = _table(document, [("Partner", 9.0), ("Weight", 4.0), ("Share", 4.0)])
        for share in position.shares:
            _row(table, [share.name, f"{share.contribution.underwriting_weight.normalize()}",
                         pounds(abs(share.amount))])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
