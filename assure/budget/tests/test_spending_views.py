"""The spending pages: the list with filters and totals, record / change / remove, the import, review costs."""
import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assure.budget import services
from assure.budget.models import Spending, SpendingImport
from assure.conftest import date_boxes
from assure.reviews.tests import factories as review_factories

from . import factories


def url(name, partnership, **kwargs):
    return reverse(f"budget:{name}", kwargs={"slug": partnership.slug, **kwargs})


@pytest.fixture
def year(partnership, business_user):
    return factories.year(partnership, business_user, start_year=2025)


@pytest.fixture
def line(year, business_user):
    return factories.line(year, business_user)


def posted(budget_line, **changes):
    return {"line": budget_line.pk, **date_boxes("spent_on", "2025-06-01"), "description": "Reviewer fee",
            "supplier": "Harrowgate Review Associates", "amount": "£4,200.50", **changes}


def test_record_spending_in_pounds(partnership, business_user, client_for, year, line):
    response = client_for(business_user).post(url("spending-add", partnership, start_year=2025), posted(line))
    assert response.status_code == 302 and response.url == url("spending-list", partnership, start_year=2025)
    assert Spending.objects.get().amount_pence == 420050


@pytest.mark.parametrize("changes, message", [
    ({"amount": "12.345"}, "is not an amount in pounds and pence"),
    ({"amount": "0"}, "The amount must be more than £0.00."),
    ({"amount": ""}, "Enter the amount"),
    (date_boxes("spent_on", "2026-04-01"), "The date must be within 2025/26"),
    ({"line": ""}, "Choose the budget line the money was spent from"),
])
def test_bad_input_is_refused_with_a_named_error_and_nothing_written(partnership, business_user, client_for, year,
                                                                    line, changes, message):
    response = client_for(business_user).post(url("spending-add", partnership, start_year=2025),
                                              posted(line, **changes))
    page = response.content.decode()
    assert response.status_code == 200 and "<title>Error:" in page and message in page
    assert not Spending.objects.exists()


def test_a_review_the_person_may_not_see_is_not_offered(partnership, business_user, member_user, client_for, year,
                                                        line):
    hidden = review_factories.review(partnership, business_user, pseudonym="Child H")
    page = client_for(business_user).get(url("spending-add", partnership, start_year=2025)).content.decode()
    assert "Child H" in page
    spent = factories.spending(year, business_user, line=line, review=hidden)
    listing = client_for(member_user).get(url("spending-list", partnership, start_year=2025)).content.decode()
    assert "Child H" not in listing and "for a review" in listing
    costs = client_for(member_user).get(url("review-costs", partnership)).content.decode()
    assert "Child H" not in costs and "No spending is linked to a review you may see." in costs
    costs = client_for(business_user).get(url("review-costs", partnership)).content.decode()
    assert "Child H" in costs and "£4,200.00" in costs and "2025/26 Independent reviewer fees" in costs
    assert spent.review == hidden


def test_review_costs_add_up_across_years(partnership, business_user, client_for, year, line):
    review = review_factories.review(partnership, business_user, pseudonym="Child R")
    factories.spending(year, business_user, line=line, review=review, amount_pence=100000)
    later = factories.year(partnership, business_user, start_year=2024)
    factories.spending(later, business_user, line=factories.line(later, business_user), review=review,
                       amount_pence=25050)
    page = client_for(business_user).get(url("review-costs", partnership)).content.decode()
    assert "£1,250.50" in page and "2 items" in page


def test_the_list_filters_and_totals(partnership, business_user, client_for, year, line):
    training = factories.line(year, business_user, name="Training programme", category="training")
    factories.spending(year, business_user, line=line, amount_pence=420000)
    factories.spending(year, business_user, line=training, description="Venue hire", amount_pence=35000,
                       spent_on=datetime.date(2025, 9, 1))
    client = client_for(business_user)
    page = client.get(url("spending-list", partnership, start_year=2025)).content.decode()
    assert "2 items of spending, £4,550.00 in all." in page
    page = client.get(url("spending-list", partnership, start_year=2025), {"category": "training"}).content.decode()
    assert "1 item of spending match these filters, £350.00 in all." in page and "Venue hire" in page
    page = client.get(url("spending-list", partnership, start_year=2025), {"start": "2025-08-01"}).content.decode()
    assert "£350.00 in all" in page
    page = client.get(url("spending-list", partnership, start_year=2025), {"line": "nonsense"}).content.decode()
    assert "Choose a line from the list." in page and "£4,550.00 in all" in page


def test_change_and_remove(partnership, business_user, client_for, year, line):
    spent = factories.spending(year, business_user, line=line)
    client = client_for(business_user)
    page = client.get(url("spending-edit", partnership, start_year=2025, spending_id=spent.pk)).content.decode()
    assert 'value="4,200.00"' in page
    response = client.post(url("spending-edit", partnership, start_year=2025, spending_id=spent.pk),
                           posted(line, amount="100", version=spent.version))
    assert response.status_code == 302, response.context["form"].errors
    spent.refresh_from_db()
    assert spent.amount_pence == 10000
    response = client.post(url("spending-remove", partnership, start_year=2025, spending_id=spent.pk))
    assert response.status_code == 302 and not Spending.objects.exists()


def test_a_closed_year_sends_the_pages_back_to_the_list(partnership, business_user, client_for, year, line):
    spent = factories.spending(year, business_user, line=line)
    services.close_year(year, by=business_user, expected_version=year.version)
    client = client_for(business_user)
    response = client.post(url("spending-remove", partnership, start_year=2025, spending_id=spent.pk))
    assert response.status_code == 302 and Spending.objects.exists()
    page = client.get(response.url).content.decode()
    assert "2025/26 is closed, so its spending cannot change" in page and "Record spending</a>" not in page


def test_another_partnerships_spending_is_not_found(partnership, other_partnership, business_user, outsider_user,
                                                    client_for, year, line):
    theirs = factories.year(other_partnership, outsider_user, start_year=2025)
    spent = factories.spending(theirs, outsider_user, line=factories.line(theirs, outsider_user))
    client = client_for(business_user)
    assert client.get(url("spending-edit", partnership, start_year=2025, spending_id=spent.pk)).status_code == 404
    assert client.get(url("spending-list", partnership, start_year=2030)).status_code == 404


def test_members_read_but_do_not_record(partnership, business_user, member_user, client_for, year, line):
    client = client_for(member_user)
    page = client.get(url("spending-list", partnership, start_year=2025)).content.decode()
    assert "Record spending</a>" not in page and "Import from the finance system" not in page
    assert client.post(url("spending-add", partnership, start_year=2025), posted(line)).status_code == 403
    assert not Spending.objects.exists()


def test_upload_check_then_import_the_valid_rows(partnership, business_user, client_for, year, line):
    client = client_for(business_user)
    data = factories.csv_bytes([["Date", "Narrative", "Net amount", "Cost centre", "Ref"],
                                ["01/06/2025", "Reviewer fee", "4200", "reviews", "TX-1"],
                                ["01/06/2025", "Venue", "100", "Catering", "TX-2"]])
    response = client.post(url("spending-import", partnership, start_year=2025),
                           {"file": SimpleUploadedFile("export.csv", data)})
    pending = SpendingImport.objects.get()
    check = url("spending-import-check", partnership, start_year=2025, import_id=pending.pk)
    assert response.status_code == 302 and response.url == check
    page = client.get(check).content.decode()
    assert "1 line can be imported (£4,200.00), 1 refused." in page and "No budget line of the year" in page
    assert "Import 1 line</button>" in page
    page = client.post(check, {"action": "import"}).content.decode()
    assert "<title>Error:" in page and "so nothing was imported" in page and not Spending.objects.exists()
    response = client.post(check, {"action": "import", "keep_valid": "on"})
    assert response.status_code == 302 and Spending.objects.get().finance_reference == "TX-1"
    page = client.get(response.url).content.decode()
    assert "1 line of spending imported; 1 refused row left out." in page


def test_a_file_that_is_not_an_export_is_refused_on_the_form(partnership, business_user, client_for, year):
    response = client_for(business_user).post(url("spending-import", partnership, start_year=2025),
                                              {"file": SimpleUploadedFile("export.pdf", b"%PDF-1.4")})
    page = response.content.decode()
    assert "<title>Error:" in page and "export.pdf is not a spreadsheet" in page
    assert not SpendingImport.objects.exists()


def test_discard(partnership, business_user, client_for, year, line):
    pending = services.start_spending_import(year, by=business_user, file_name="export.csv",
                                             data=factories.FIXTURES.joinpath("finance_export_fictional.csv")
                                             .read_bytes())
    response = client_for(business_user).post(
        url("spending-import-check", partnership, start_year=2025, import_id=pending.pk), {"action": "discard"})
    assert response.status_code == 302 and not Spending.objects.exists()
    assert SpendingImport.objects.get().status == "discarded"
