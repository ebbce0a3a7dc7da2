"""The budget's services: years and lines, contributions, invoices and payments. Each refusal names the field a
person corrects and writes nothing; a closed year changes nothing."""
import datetime

import pytest
from django.core.exceptions import ValidationError

from assure.core.concurrency import EditConflict

from .. import services
from ..models import Contribution, FinancialYear, Invoice, Payment
from . import factories


@pytest.fixture
def year(partnership, business_user):
    return factories.year(partnership, business_user, start_year=2025)


@pytest.fixture
def contribution(year, business_user):
    return factories.contribution(year, business_user)


def refused(field, call, *args, **kwargs) -> str:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    errors = caught.value.message_dict if hasattr(caught.value, "error_dict") else {None: caught.value.messages}
    assert field in errors, errors
    return " ".join(errors[field])


def closed(year, by):
    return services.close_year(year, by=by, expected_version=year.version)


# Years and lines

def test_a_year_copies_an_earlier_years_lines(partnership, business_user, year):
    factories.line(year, business_user, forecast_pence=3800000, ring_fenced=True)
    new = services.add_year(partnership=partnership, by=business_user, start_year=2026, copy_lines_from=year,
                            brought_forward_pence=4704300)
    copied = new.lines.get()
    assert (copied.name, copied.planned_pence, copied.ring_fenced, copied.forecast_pence) == (
        "Independent reviewer fees", 3500000, True, None)
    assert new.brought_forward_pence == 4704300


def test_a_year_is_added_once(partnership, business_user, year):
    assert "already has 2025/26" in refused("start_year", services.add_year, partnership=partnership,
                                            by=business_user, start_year=2025)


def test_updating_a_year(business_user, year):
    services.update_year(year, by=business_user, expected_version=year.version, brought_forward_pence=-250000,
                         notes=" Overspend agreed by the Executive ")
    year.refresh_from_db()
    assert (year.brought_forward_pence, year.notes, year.version) == (-250000, "Overspend agreed by the Executive", 2)
    with pytest.raises(EditConflict):
        services.update_year(year, by=business_user, expected_version=1, brought_forward_pence=0)


def test_updating_a_closed_year_is_refused(business_user, year):
    year = closed(year, business_user)
    assert "reopen the year first" in refused("brought_forward_pence", services.update_year, year, by=business_user,
                                              expected_version=year.version, brought_forward_pence=0)


@pytest.mark.parametrize("changes, field, words", [
    ({"planned_pence": -1}, "planned_pence", "cannot be negative"),
    ({"forecast_pence": -5}, "forecast_pence", "cannot be negative"),
    ({"name": "  "}, "name", "Enter the line's name"),
    ({"category": "parties"}, "category", "Choose the line's category"),
    ({"name": "independent REVIEWER fees"}, "name", "already has a line"),
])
def test_line_refusals(business_user, year, changes, field, words):
    factories.line(year, business_user)
    assert words in refused(field, factories.line, year, business_user, **{"name": "Training", **changes})
    assert year.lines.count() == 1


def test_no_line_is_added_to_a_closed_year(business_user, year):
    year = closed(year, business_user)
    with pytest.raises(ValidationError, match="is closed"):
        factories.line(year, business_user)


# Contributions

@pytest.mark.parametrize("changes, field, words", [
    ({"agreed_pence": -100}, "agreed_pence", "cannot be negative"),
    ({"basis": "whim"}, "basis", "Choose how the amount was agreed"),
    ({"underwriting_weight": 0}, "underwriting_weight", "more than 0"),
    ({"underwriting_weight": "lots"}, "underwriting_weight", "more than 0"),
    ({"basis_detail": "x" * 201}, "basis_detail", "200 characters"),
])
def test_contribution_refusals(business_user, year, changes, field, words):
    assert words in refused(field, factories.contribution, year, business_user, **changes)
    assert not Contribution.objects.exists()


def test_a_partner_contributes_once_a_year(business_user, year, contribution):
    assert "already has a contribution in 2025/26" in refused("organisation", factories.contribution, year,
                                                              business_user)


def test_another_partnerships_organisation_or_person_is_refused(business_user, year, other_partnership, outsider_user):
    theirs = factories.partner(other_partnership, "Harrowdale Council")
    assert "this partnership" in refused("organisation", factories.contribution, year, business_user, theirs)
    stranger = outsider_user.people.get()
    assert "this partnership" in refused("finance_contact", factories.contribution, year, business_user,
                                         finance_contact=stranger)


def test_updating_a_contribution(business_user, contribution):
    services.update_contribution(contribution, by=business_user, expected_version=contribution.version,
                                 organisation=contribution.organisation, agreed_pence=9630000, basis="percentage",
                                 basis_detail="30%", underwrites=True, underwriting_weight="1.5")
    contribution.refresh_from_db()
    assert (contribution.agreed_pence, contribution.basis, contribution.underwrites,
            str(contribution.underwriting_weight)) == (9630000, "percentage", True, "1.5000")


def test_a_contribution_with_payments_stays(business_user, contribution):
    factories.payment(contribution, business_user)
    with pytest.raises(ValidationError, match="has invoices or payments"):
        services.remove_contribution(contribution, by=business_user, expected_version=contribution.version)
    assert Contribution.objects.filter(pk=contribution.pk).exists()


def test_removing_a_contribution(business_user, contribution):
    services.remove_contribution(contribution, by=business_user, expected_version=contribution.version)
    assert not Contribution.objects.exists()


def test_setting_contributions_adds_and_changes_all_at_once(partnership, business_user, year, contribution):
    police = factories.partner(partnership, "Tarnside Police", "police")
    services.set_contributions(year, by=business_user, basis="equal",
                               amounts=[(contribution.organisation, 721633), (police, 721634)],
                               details={police.pk: "1 of 2 equal shares"})
    assert {(c.organisation.name, c.agreed_pence, c.basis) for c in year.contributions.all()} == {
        ("Fenbridge Council", 721633, "equal"), ("Tarnside Police", 721634, "equal")}


def test_setting_contributions_is_all_or_nothing(partnership, business_user, year):
    police = factories.partner(partnership, "Tarnside Police", "police")
    with pytest.raises(ValidationError):
        services.set_contributions(year, by=business_user, basis="equal",
                                   amounts=[(police, 100), (factories.partner(partnership), -1)])
    assert not Contribution.objects.exists()


def test_no_contribution_changes_in_a_closed_year(business_user, year, contribution):
    closed(year, business_user)
    contribution.refresh_from_db()
    for call in (lambda: factories.contribution(contribution.year, business_user,
                                                factories.partner(contribution.year.partnership, "Tarnside Police")),
                 lambda: services.set_contributions(contribution.year, by=business_user, basis="equal",
                                                    amounts=[(contribution.organisation, 100)]),
                 lambda: factories.invoice(contribution, business_user),
                 lambda: factories.payment(contribution, business_user)):
        with pytest.raises(ValidationError, match="is closed"):
            call()
    assert not Invoice.objects.exists() and not Payment.objects.exists()


# Invoices and payments

@pytest.mark.parametrize("changes, field, words", [
    ({"amount_pence": 0}, "amount_pence", "more than £0.00"),
    ({"amount_pence": -500}, "amount_pence", "cannot be negative"),
    ({"number": " "}, "number", "Enter the invoice number"),
    ({"raised_on": None}, "raised_on", "Enter the date"),
])
def test_invoice_refusals(business_user, contribution, changes, field, words):
    assert words in refused(field, factories.invoice, contribution, business_user, **changes)
    assert not Invoice.objects.exists()


def test_no_more_is_invoiced_than_the_partner_agreed(business_user, contribution):
    # The partner agreed £107,000.00; two invoices of £53,500.00 use it all.
    factories.invoice(contribution, business_user, number="INV-0001", amount_pence=5350000)
    assert "at most £53,500.00 more" in refused("amount_pence", factories.invoice, contribution, business_user,
                                                 number="INV-0002", amount_pence=5350001)
    factories.invoice(contribution, business_user, number="INV-0002", amount_pence=5350000)
    assert "at most £0.00 more" in refused("amount_pence", factories.invoice, contribution, business_user,
                                           number="INV-0003", amount_pence=1)
    assert contribution.invoices.count() == 2


def test_an_invoice_number_is_unique_in_the_year(partnership, business_user, year, contribution):
    factories.invoice(contribution, business_user, number="INV-0001")
    other = factories.contribution(year, business_user, factories.partner(partnership, "Tarnside Police", "police"))
    assert "already in 2025/26" in refused("number", factories.invoice, other, business_user, number="inv-0001")
    next_year = factories.year(partnership, business_user, start_year=2026)
    factories.invoice(factories.contribution(next_year, business_user), business_user, number="INV-0001")


@pytest.mark.parametrize("changes, field, words", [
    ({"amount_pence": 0}, "amount_pence", "more than £0.00"),
    ({"amount_pence": -1}, "amount_pence", "cannot be negative"),
    ({"received_on": None}, "received_on", "Enter the date"),
    ({"reference": "r" * 101}, "reference", "100 characters"),
])
def test_payment_refusals(business_user, contribution, changes, field, words):
    assert words in refused(field, factories.payment, contribution, business_user, **changes)
    assert not Payment.objects.exists()


def test_a_payment_records_who_recorded_it(member_user, contribution):
    payment = factories.payment(contribution, member_user, received_on=datetime.date(2025, 6, 1))
    assert payment.recorded_by == member_user and payment.amount_pence == 5350000


def test_closing_and_reopening(business_user, year):
    year = closed(year, business_user)
    assert (year.status, year.closed_on) == (FinancialYear.Status.CLOSED, datetime.date(2026, 3, 9))
    year = services.reopen_year(year, by=business_user, expected_version=year.version)
    assert year.is_open and year.closed_on is None
