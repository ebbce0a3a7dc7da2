"""The board pack's content: page one's RAG summary, each indicator's section and commentary, "Draft" until the
quarter is approved, refused while a red indicator has no commentary, and read in a fixed number of queries."""
import io
import re

import pdfplumber
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from docx import Document

from .. import charts, services
from ..pack import data, pdf, word
from . import factories

RED_NOTE = "Episodes fell after return-home interviews moved in-house; still above target."


@pytest.fixture
def dataset(partnership, business_user):
    made = factories.quarter_dataset(partnership, business_user)
    services.write_commentary(made["red"], by=business_user, quarter=made["quarter"], text=RED_NOTE)
    services.write_commentary(made["amber"], by=business_user, quarter=made["quarter"],
                              text="Six plans will close at the March conferences.")
    return made


def pdf_text(content: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(content)) as document:
        return [page.extract_text() or "" for page in document.pages]


def test_pack_groups_by_priority_worst_first_and_counts_ratings(partnership, dataset):
    pack = data.assemble(partnership, dataset["quarter"])
    assert [(r.code, n) for r, n in pack.counts()] == [("red", 1), ("amber", 1), ("green", 1), ("not_rated", 0)]
    assert [(p, [e.indicator.code for e in entries]) for p, entries in pack.by_priority()] == [
        ("Neglect", ["CP-2YR", "REREF"]), ("Exploitation", ["MISS"])]
    assert pack.title == "Marshcombe performance dataset Q4 2025/26"
    assert data.file_name(pack, "docx") == "Marshcombe dataset Q4 2025-26.docx"


def test_the_pack_is_read_in_a_fixed_number_of_queries(partnership, business_user, dataset):
    with CaptureQueriesContext(connection) as three:
        data.assemble(partnership, dataset["quarter"])
    for n in range(5):
        factories.figures(factories.indicator(partnership, business_user, code=f"EXTRA{n}"), business_user,
                          {"2025-Q4": "3"})
    with CaptureQueriesContext(connection) as eight:
        pack = data.assemble(partnership, dataset["quarter"])
    assert len(pack.entries) == 8 and len(eight) == len(three)


def test_word_pack_has_the_summary_on_page_one_and_each_indicators_commentary(partnership, dataset):
    document = Document(io.BytesIO(word.pack_docx(data.assemble(partnership, dataset["quarter"]))))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "Marshcombe performance dataset Q4 2025/26"
    assert any(p.startswith("Draft.") for p in paragraphs[:5])
    summary = document.tables[0]
    assert [[c.text for c in row.cells] for row in summary.rows] == [
        ["Rating", "Indicators"], ["Red", "1"], ["Amber", "1"], ["Green", "1"], ["Not rated", "0"], ["Total", "3"]]
    neglect = [[c.text for c in row.cells] for row in document.tables[1].rows]
    assert neglect[1] == ["CP-2YR Child protection plans lasting two years or more", "4.8% (Q4 2025/26)", "Amber"]
    assert RED_NOTE in paragraphs
    assert "Six plans will close at the March conferences." in paragraphs
    assert paragraphs.count("No commentary for this quarter.") == 1      # the green one
    # England is a comparator of CP-2YR, beside its latest figure; every chart has its description as alt text.
    facts = {row.cells[0].text: row.cells[1].text for table in document.tables for row in table.rows}
    assert facts["England"] == "3.8% (2024/25)"
    pictures = document.inline_shapes
    assert len(pictures) == 3
    pack = data.assemble(partnership, dataset["quarter"])
    assert pictures[0]._inline.docPr.get("descr") == charts.describe(pack.entries[0].series)


def test_pdf_pack_says_draft_until_approved_and_shows_the_summary(partnership, business_user, dataset):
    pages = pdf_text(pdf.pack_pdf(data.assemble(partnership, dataset["quarter"])))
    first = pages[0]
    assert "Marshcombe performance dataset Q4 2025/26" in first and "Draft." in first
    assert "Summary" in first and "Neglect" in first and "Exploitation" in first
    assert "MISS Children missing from home (episodes)" in first
    assert any(RED_NOTE in page for page in pages)
    services.approve_quarter(partnership, by=business_user, quarter=dataset["quarter"])
    approved = "\n".join(pdf_text(pdf.pack_pdf(data.assemble(partnership, dataset["quarter"]))))
    assert "Draft" not in approved and "Approved on 9 March 2026" in approved


def test_the_pack_is_refused_naming_red_indicators_without_commentary(partnership, business_user):
    made = factories.quarter_dataset(partnership, business_user)
    refusal = data.refusal(data.assemble(partnership, made["quarter"]))
    assert "Missing: MISS Children missing from home (episodes)." in refusal


def test_every_id_in_the_pdfs_html_is_unique_so_each_chart_keeps_its_own_clip_path(partnership, dataset):
    page = pdf.pack_html(data.assemble(partnership, dataset["quarter"]))
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) > 10 and len(ids) == len(set(ids))
    for reference in re.findall(r'url\(#([^)]+)\)|href="#([^"]+)"', page):
        assert (reference[0] or reference[1]) in ids
