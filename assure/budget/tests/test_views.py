"""The budget's pages for years, lines, contributions, invoices and payments: what each role may do, bad input
refused with a named error and nothing written, another partnership's records a 404."""
import pytest
from django.urls import reverse

from assure.conftest import date_boxes
from assure.partnerships.models import Person

from ..models import BudgetLine, Contribution, FinancialYear, Invoice, Payment
from . import factories


def url(name, partnership, **kwargs):
    return reverse(f"budget:{name}", kwargs={"slug": partnership.slug, **kwargs})


@pytest.fixture
def year(partnership, business_user):
    return factories.year(partnership, business_user, start_year=2025)


@pytest.fixture
def contribution(year, business_user, member_user):
    contact = Person.objects.get(user=member_user)
    return factories.contribution(year, business_user, finance_contact=contact)


def errors_of(response) -> str:
    assert response.status_code == 200
    page = response.content.decode()
    assert "govuk-error-summary" in page
    return page


# Years and lines

def test_adding_a_year_copying_the_lines(partnership, business_user, client_for, year):
    factories.line(year, business_user)
    response = client_for(business_user).post(url("year-add", partnership), {
        "start_year": "2026", "brought_forward_pence": "£47,043", "notes": "Agreed in March",
        "copy_lines_from": year.pk})
    assert response.status_code == 302
    new = FinancialYear.objects.get(start_year=2026)
    assert new.brought_forward_pence == 4704300 and new.lines.count() == 1


def test_the_year_page_lists_each_line_once_changeable_by_the_business_team_only(
        partnership, business_user, member_user, client_for, year):
    line = factories.line(year, business_user, name="Independent reviewer fees")
    edit = url("line-edit", partnership, start_year=2025, line_id=line.pk)
    business = client_for(business_user).get(url("year-detail", partnership, start_year=2025)).content.decode()
    assert business.count("Independent reviewer fees") == 1 and edit in business
    member = client_for(member_user).get(url("year-detail", partnership, start_year=2025)).content.decode()
    assert member.count("Independent reviewer fees") == 1 and edit not in member


@pytest.mark.parametrize("data, words", [
    ({"start_year": "2025"}, "already has 2025/26"),
    ({"start_year": ""}, "Enter the year the financial year starts in"),
    ({"start_year": "2026", "brought_forward_pence": "lots"}, "The amount brought forward: &#x27;lots&#x27; is not an amount"),
])
def test_a_year_refused(partnership, business_user, client_for, year, data, words):
    page = errors_of(client_for(business_user).post(url("year-add", partnership), data))
    assert words in page
    assert FinancialYear.objects.count() == 1


def test_changing_a_year(partnership, business_user, client_for, year):
    response = client_for(business_user).post(url("year-edit", partnership, start_year=2025), {
        "brought_forward_pence": "-2,500.00", "notes": "Overspend", "version": year.version})
    assert response.status_code == 302
    year.refresh_from_db()
    assert year.brought_forward_pence == -250000


def test_closing_and_reopening_a_year(partnership, business_user, client_for, year):
    client = client_for(business_user)
    assert client.post(url("year-close", partnership, start_year=2025), {"version": year.version}).status_code == 302
    year.refresh_from_db()
    assert not year.is_open
    page = client.get(url("year-detail", partnership, start_year=2025)).content.decode()
    assert "Reopen the year" in page and "Add a budget line" not in page
    assert client.post(url("year-reopen", partnership, start_year=2025), {"version": year.version}).status_code == 302
    year.refresh_from_db()
    assert year.is_open


def test_adding_and_changing_a_line(partnership, business_user, client_for, year):
    client = client_for(business_user)
    response = client.post(url("line-add", partnership, start_year=2025), {
        "category": "reviews", "name": "Independent reviewer fees", "planned_pence": "35,000",
        "forecast_pence": "", "ring_fenced": "on"})
    assert response.status_code == 302
    line = BudgetLine.objects.get()
    assert (line.planned_pence, line.forecast_pence, line.ring_fenced) == (3500000, None, True)
    response = client.post(url("line-edit", partnership, start_year=2025, line_id=line.pk), {
        "category": "reviews", "name": "Independent reviewer fees", "planned_pence": "35,000",
        "forecast_pence": "38,250.50", "version": line.version})
    assert response.status_code == 302
    line.refresh_from_db()
    assert (line.forecast_pence, line.ring_fenced) == (3825050, False)


@pytest.mark.parametrize("data, words", [
    ({"planned_pence": "-5"}, "The planned amount cannot be negative"),
    ({"planned_pence": "12.345"}, "The planned amount: &#x27;12.345&#x27; is not an amount in pounds and pence"),
    ({"planned_pence": ""}, "Enter the planned amount"),
    ({"name": ""}, "Enter the line&#x27;s name"),
])
def test_a_line_refused(partnership, business_user, client_for, year, data, words):
    page = errors_of(client_for(business_user).post(url("line-add", partnership, start_year=2025), {
        "category": "training", "name": "Training", "planned_pence": "5,000", **data}))
    assert words in page
    assert not BudgetLine.objects.exists()


def test_readers_see_no_buttons_and_may_not_manage(partnership, year, business_user, member_user, readonly_user,
                                                   client_for):
    line = factories.line(year, business_user)
    for user in (member_user, readonly_user):
        client = client_for(user)
        page = client.get(url("year-detail", partnership, start_year=2025)).content.decode()
        assert "Independent reviewer fees" in page and "Add a budget line" not in page
        for name, kwargs in [("year-add", {}), ("year-edit", {"start_year": 2025}),
                             ("line-edit", {"start_year": 2025, "line_id": line.pk})]:
            assert client.get(url(name, partnership, **kwargs)).status_code == 403


def test_another_partnerships_year_is_not_found(partnership, other_partnership, outsider_user, business_user,
                                                client_for, year):
    line = factories.line(year, business_user)
    client = client_for(outsider_user)
    assert client.get(url("year-detail", other_partnership, start_year=2025)).status_code == 404
    factories.year(other_partnership, outsider_user, start_year=2025)
    assert client.get(url("line-edit", other_partnership, start_year=2025, line_id=line.pk)).status_code == 404


# Contributions

def test_the_contribution_list_shows_agreed_invoiced_paid_and_outstanding(partnership, business_user, member_user,
                                                                          client_for, year, contribution):
    factories.invoice(contribution, business_user, amount_pence=5350000)
    factories.payment(contribution, business_user, amount_pence=2000000)
    page = client_for(member_user).get(url("contribution-list", partnership, start_year=2025)).content.decode()
    assert "£107,000.00" in page and "£53,500.00" in page and "£20,000.00" in page and "£87,000.00" in page
    assert "Propose the contributions" not in page


def test_adding_a_contribution(partnership, business_user, client_for, year, organisations):
    response = client_for(business_user).post(url("contribution-add", partnership, start_year=2025), {
        "organisation": organisations["police"].pk, "agreed_pence": "64,200", "basis": "percentage",
        "basis_detail": "20%", "underwrites": "on", "underwriting_weight": "1", "finance_contact": ""})
    assert response.status_code == 302
    saved = Contribution.objects.get()
    assert (saved.organisation.name, saved.agreed_pence, saved.underwrites) == ("Fenshire Police", 6420000, True)


@pytest.mark.parametrize("data, words", [
    ({"agreed_pence": "-1"}, "The agreed amount cannot be negative"),
    ({"organisation": ""}, "Choose the partner"),
    ({"underwriting_weight": "0"}, "The underwriting weight must be more than 0"),
])
def test_a_contribution_refused(partnership, business_user, client_for, year, organisations, data, words):
    page = errors_of(client_for(business_user).post(url("contribution-add", partnership, start_year=2025), {
        "organisation": organisations["police"].pk, "agreed_pence": "100", "basis": "agreed",
        "underwriting_weight": "1", **data}))
    assert words in page
    assert not Contribution.objects.exists()


def test_changing_and_removing_a_contribution(partnership, business_user, client_for, contribution):
    client = client_for(business_user)
    response = client.post(url("contribution-edit", partnership, contribution_id=contribution.pk), {
        "organisation": contribution.organisation_id, "agreed_pence": "110,000", "basis": "agreed",
        "underwriting_weight": "1", "version": contribution.version})
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.agreed_pence == 11000000 and contribution.finance_contact is None
    response = client.post(url("contribution-remove", partnership, contribution_id=contribution.pk),
                           {"version": contribution.version})
    assert response.status_code == 302 and not Contribution.objects.exists()


def propose_data(organisations, method, shares=None, **changes):
    data = {"total_pence": "21,649", "method": method,
            "organisations": [organisations[k].pk for k in ("local_authority", "police", "health")]}
    for kind, share in (shares or {}).items():
        data[f"share_{organisations[kind].pk}"] = share
    return {**data, **changes}


def test_proposing_equal_shares_then_saving_them(partnership, business_user, client_for, year, organisations):
    client = client_for(business_user)
    page = client.post(url("contributions-propose", partnership, start_year=2025),
                       propose_data(organisations, "equal", preview="1")).content.decode()
    assert page.count("£7,216.33") == 2 and "£7,216.34" in page and "£21,649.00" in page
    assert not Contribution.objects.exists()
    response = client.post(url("contributions-propose", partnership, start_year=2025),
                           propose_data(organisations, "equal", save="1"))
    assert response.status_code == 302
    assert sorted(c.agreed_pence for c in Contribution.objects.all()) == [721633, 721633, 721634]


def test_percentages_that_do_not_add_up_are_refused(partnership, business_user, client_for, year, organisations):
    page = errors_of(client_for(business_user).post(
        url("contributions-propose", partnership, start_year=2025),
        propose_data(organisations, "percentage", {"local_authority": "50", "police": "30", "health": "15"},
                     save="1")))
    assert "The percentages add up to 95, 5 short of 100" in page
    assert not Contribution.objects.exists()


def test_proposing_by_a_measure(partnership, business_user, client_for, year, organisations):
    client_for(business_user).post(url("contributions-propose", partnership, start_year=2025), propose_data(
        organisations, "measure", {"local_authority": "312,000", "police": "156,000", "health": "156,000"},
        total_pence="100,000", save="1"))
    assert sorted(c.agreed_pence for c in Contribution.objects.all()) == [2500000, 2500000, 5000000]
    assert Contribution.objects.filter(basis="measure", basis_detail="measure 312,000 of 624,000").exists()


def test_a_share_that_is_not_a_number_is_refused(partnership, business_user, client_for, year, organisations):
    page = errors_of(client_for(business_user).post(
        url("contributions-propose", partnership, start_year=2025),
        propose_data(organisations, "measure", {"local_authority": "many", "police": "1", "health": "1"})))
    assert "Enter Fenbridge Council&#x27;s measure as a number" in page


# Invoices and payments

def test_raising_an_invoice(partnership, business_user, client_for, contribution):
    response = client_for(business_user).post(url("invoice-add", partnership, contribution_id=contribution.pk), {
        "number": "INV-0007", "amount_pence": "53,500", **date_boxes("raised_on", "2025-04-14")})
    assert response.status_code == 302 and Invoice.objects.get().amount_pence == 5350000


@pytest.mark.parametrize("data, words", [
    ({"amount_pence": "0"}, "The invoice amount must be more than £0.00"),
    ({"amount_pence": "-10"}, "The invoice amount cannot be negative"),
    ({"number": ""}, "Enter the invoice number"),
])
def test_an_invoice_refused(partnership, business_user, client_for, contribution, data, words):
    page = errors_of(client_for(business_user).post(url("invoice-add", partnership, contribution_id=contribution.pk),
                                                    {"number": "INV-0007", "amount_pence": "100",
                                                     **date_boxes("raised_on", "2025-04-14"), **data}))
    assert words in page
    assert not Invoice.objects.exists()


def test_the_finance_contact_records_their_own_organisations_payment(partnership, business_user, member_user,
                                                                     client_for, year, contribution):
    client = client_for(member_user)
    detail = client.get(url("contribution-detail", partnership, contribution_id=contribution.pk)).content.decode()
    assert "Record a payment" in detail and "Add an invoice" not in detail
    response = client.post(url("payment-add", partnership, contribution_id=contribution.pk), {
        "amount_pence": "53,500", "reference": "BACS 4471", **date_boxes("received_on", "2025-05-02")})
    assert response.status_code == 302
    assert Payment.objects.get().recorded_by == member_user


def test_a_member_does_not_record_another_organisations_payment(partnership, business_user, member_user,
                                                                readonly_user, client_for, year, contribution):
    police = factories.contribution(year, business_user, factories.partner(partnership, "Tarnside Police", "police"))
    client = client_for(member_user)
    assert "Record a payment" not in client.get(
        url("contribution-detail", partnership, contribution_id=police.pk)).content.decode()
    assert client.post(url("payment-add", partnership, contribution_id=police.pk), {
        "amount_pence": "10", **date_boxes("received_on", "2025-05-02")}).status_code == 403
    assert client_for(readonly_user).get(url("payment-add", partnership, contribution_id=contribution.pk)
                                         ).status_code == 403
    assert not Payment.objects.exists()


def test_a_payment_refused(partnership, member_user, client_for, contribution):
    page = errors_of(client_for(member_user).post(url("payment-add", partnership, contribution_id=contribution.pk), {
        "amount_pence": "-5", **date_boxes("received_on", "2025-05-02")}))
    assert "The payment amount cannot be negative" in page
    assert not Payment.objects.exists()


def test_a_payment_in_a_closed_year_is_refused(partnership, business_user, client_for, year, contribution):
    from .. import services
    services.close_year(year, by=business_user, expected_version=year.version)
    page = errors_of(client_for(business_user).post(url("payment-add", partnership, contribution_id=contribution.pk),
                                                    {"amount_pence": "5", **date_boxes("received_on", "2025-05-02")}))
    assert "is closed" in page and not Payment.objects.exists()


def test_another_partnerships_contribution_is_not_found(partnership, other_partnership, outsider_user, client_for,
                                                        contribution):
    client = client_for(outsider_user)
    for name in ("contribution-detail", "payment-add", "invoice-add", "contribution-edit"):
        assert client.get(url(name, other_partnership, contribution_id=contribution.pk)).status_code == 404
