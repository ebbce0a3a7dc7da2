"""The risk register as a spreadsheet (jobs.exports, ADR 0148)."""
import datetime

import pytest
from django.urls import reverse

from assure.assurance.models import Risk
from assure.jobs.tests.downloads import column, csv_rows, xlsx_rows

from . import factories as f


def url(partnership):
    return reverse("assurance:risk-list", kwargs={"slug": partnership.slug})


@pytest.fixture
def risks(partnership, business_user, other_partnership, outsider_user):
    for n in range(30):
        f.risk(partnership, business_user, title=f"Exported risk {n:02d}",
               category="financial" if n % 2 else "operational", raised_on=datetime.date(2025, 12, 1),
               review_date=datetime.date(2026, 1, 1) + datetime.timedelta(days=5 * n))
    f.risk(partnership, business_user, title="+SUM(1,2) risk", category="financial", raised_on=datetime.date(2025, 12, 1))
    f.risk(other_partnership, outsider_user, title="Harrowdale risk")


def test_download_has_every_risk_the_filtered_page_lists(client_for, readonly_user, partnership, risks):
    response = client_for(readonly_user).get(url(partnership), {"category": "financial", "review": "overdue",
                                                                "download": "xlsx"})
    rows = xlsx_rows(response)
    expected = Risk.objects.filter(partnership=partnership, category="financial", status="open",
                                   review_date__lt=datetime.date(2026, 3, 9)).order_by("number")
    assert column(rows, "Reference") == [risk.reference for risk in expected] and expected.exists()
    assert all(isinstance(d, datetime.datetime) for d in column(rows, "Review date"))
    assert column(rows, "Current score") == [risk.current_score for risk in expected]  # numbers, not text
    assert set(column(rows, "Category")) == {"Financial"}


def test_csv_has_every_row_and_a_safe_formula(client_for, readonly_user, partnership, risks):
    rows = csv_rows(client_for(readonly_user).get(url(partnership), {"download": "csv"}))
    titles = column(rows, "Risk")
    assert len(titles) == 31 and "Harrowdale risk" not in titles
    assert "'+SUM(1,2) risk" in titles


def test_another_partnerships_user_gets_404(client_for, outsider_user, partnership, risks):
    assert client_for(outsider_user).get(url(partnership), {"download": "csv"}).status_code == 404
