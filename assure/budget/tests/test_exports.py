"""The spending list as a spreadsheet (jobs.exports, ADR 0148): money in pounds, the page's filters."""
import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from assure.budget.models import Spending
from assure.jobs.tests.downloads import column, csv_rows, xlsx_rows

from . import factories


def url(partnership):
    return reverse("budget:spending-list", kwargs={"slug": partnership.slug, "start_year": 2025})


@pytest.fixture
def spending(partnership, business_user):
    year = factories.year(partnership, business_user, start_year=2025)
    fees = factories.line(year, business_user)
    venue = factories.line(year, business_user, name="Venue hire", category="training")
    for n in range(30):
        factories.spending(year, business_user, line=fees if n % 2 else venue, amount_pence=10_050 + n,
                           spent_on=datetime.date(2025, 6, 1) + datetime.timedelta(days=n),
                           description="=2+5" if n == 0 else f"Invoice {n}")
    return fees


def test_download_has_every_item_the_filtered_page_lists_in_pounds(client_for, readonly_user, partnership, spending):
    response = client_for(readonly_user).get(url(partnership), {"line": spending.pk, "download": "xlsx"})
    rows = xlsx_rows(response)
    expected = Spending.objects.filter(line=spending).order_by("-spent_on", "-id")
    assert column(rows, "Description") == [item.description for item in expected] and len(expected) == 15
    assert column(rows, "Amount (£)") == [float(Decimal(item.amount_pence) / 100) for item in expected]
    assert column(rows, "Date")[0] == datetime.datetime.combine(expected[0].spent_on, datetime.time())


def test_csv_every_row_and_a_safe_formula(client_for, readonly_user, partnership, spending):
    rows = csv_rows(client_for(readonly_user).get(url(partnership), {"download": "csv"}))
    assert len(rows) - 1 == 30 and "'=2+5" in column(rows, "Description")
    assert "100.50" in column(rows, "Amount (£)")


def test_another_partnerships_user_gets_404(client_for, outsider_user, partnership, spending):
    assert client_for(outsider_user).get(url(partnership), {"download": "csv"}).status_code == 404
