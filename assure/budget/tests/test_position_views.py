"""The year's position, its chart and the finance appendix as the business team and members read them."""
import io
import re

from django.urls import reverse
from docx import Document

from assure.budget import appendix, charts, queries
from assure.conftest import signed_in_client

from . import factories


def page(user, name, year):
    return signed_in_client(user).get(reverse(f"budget:{name}", args=[year.partnership.slug, year.start_year]))


def test_the_year_page_shows_the_position_in_pounds_and_words(partnership, business_user, member_user):
    year = factories.shortfall_year(partnership, business_user)
    response = page(member_user, "year-detail", year)
    assert response.status_code == 200
    text = response.content.decode()
    # In the contributions' order (by name): the last takes the odd penny (ADR 0131).
    assert ("A shortfall of £21,649.00 against the forecast outturn, shared by Fenbridge Council £7,216.33, "
            "Fenbridge ICB £7,216.33 and Fenbridge Police £7,216.34.") in text
    for figure in ["£221,000.00", "£165,750.00", "£321,000.00", "£299,351.00", "£199,351.00"]:
        assert figure in text     # planned, spent, total, agreed, outstanding
    assert "(ring-fenced)" in text and "Ring-fenced (the Executive meets an overrun)" in text
    assert "(as planned)" in text and ">none<" in text      # no forecast: outturn as planned, no variance


def test_the_chart_is_accessible_and_its_numbers_are_in_a_table(partnership, business_user, member_user):
    year = factories.shortfall_year(partnership, business_user)
    text = page(member_user, "year-detail", year).content.decode()
    svg = text[text.index("<svg"):text.index("</svg>")]
    title_id, desc_id = re.search(r'aria-labelledby="([^ "]+) ([^"]+)"', svg).groups()
    assert 'role="img"' in svg and f'<title id="{title_id}">Spending by category, 2025/26</title>' in svg
    assert "style=" not in svg and "<style" not in svg
    description = re.search(r"<desc[^>]*>(.*?)</desc>", svg).group(1)
    assert "Safeguarding reviews: £21,000.00 spent of £35,000.00 planned." in description
    assert "Staffing (business unit)</th>" in text       # the same figures in the table beside it


def test_the_chart_describes_an_empty_year(partnership, business_user):
    year = factories.year(partnership, business_user)
    assert charts.describe(year, []) == "No budget lines in 2025/26 yet."
    assert "<svg" in charts.spending_chart(year, [])


def test_a_surplus_is_carried_forward_and_said_so(partnership, business_user, member_user):
    year = factories.year(partnership, business_user)
    factories.line(year, business_user, name="Training programme", category="training", planned_pence=500000)
    factories.contribution_row(year, factories.partner(partnership), 600000)
    text = page(member_user, "year-detail", year).content.decode()
    assert "A surplus of £1,000.00 against the forecast outturn, to carry forward into the next year." in text
    text = page(member_user, "finance-appendix", year).content.decode()
    assert "Forecast to carry forward into 2026/27: £1,000.00." in text


def test_the_finance_appendix_is_read_in_a_fixed_number_of_queries(partnership, business_user,
                                                                  django_assert_num_queries):
    year = factories.shortfall_year(partnership, business_user)
    factories.year(partnership, business_user, start_year=2026, brought_forward_pence=4704300)
    with django_assert_num_queries(5):
        data = appendix.finance_appendix(year)
    assert data.carried_forward == 4704300 and data.carried_forward_agreed
    assert data.categories[0] == ("Staffing (business unit)", 22100000, 16575000)
    assert data.position.shortfall == queries.year_position(year).shortfall == 2164900


def test_the_finance_appendix_page_and_word_file(partnership, business_user, member_user):
    year = factories.shortfall_year(partnership, business_user)
    text = page(member_user, "finance-appendix", year).content.decode()
    assert ("Nothing is forecast to carry forward into 2026/27: the partners who underwrite the shortfall meet it."
            in text)
    assert "Fenbridge ICB" in text and "£321,000.00" in text
    response = page(member_user, "finance-appendix-docx", year)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="finance-appendix-2025-26.docx"'
    document = Document(io.BytesIO(response.content))
    words = "\n".join(p.text for p in document.paragraphs)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "Finance appendix 2025/26" in words and "A shortfall of £21,649.00" in words
    assert "£7,216.34" in cells and "Safeguarding reviews" in cells and "£299,351.00" in cells
    alternative = document.inline_shapes[0]._inline.docPr
    assert alternative.get("title") == "Spending by category, 2025/26"
    assert "Staffing (business unit): £165,750.00 spent of £221,000.00 planned." in alternative.get("descr")
