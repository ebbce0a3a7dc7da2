"""Recording, changing and removing spending: what is refused, and that a refusal writes nothing."""
import datetime

import pytest
from django.core.exceptions import ValidationError

from assure.budget import services
from assure.budget.models import Spending
from assure.core.concurrency import EditConflict
from assure.reviews.tests import factories as review_factories

from . import factories

D = datetime.date


@pytest.fixture
def year(partnership, business_user):
    return factories.year(partnership, business_user, start_year=2025)


@pytest.fixture
def line(year, business_user):
    return factories.line(year, business_user)


def record(year, by, budget_line, **changes):
    fields = {"line": budget_line, "spent_on": D(2025, 6, 1), "description": "Independent reviewer fee",
              "supplier": "Harrowgate Review Associates", "amount_pence": 420000, **changes}
    return services.record_spending(year, by=by, **fields)


def test_records_spending_in_pence_against_a_line(year, line, business_user, partnership):
    review = review_factories.review(partnership, business_user)
    spent = record(year, business_user, line, review=review, description="  Reviewer   fee ")
    assert (spent.amount_pence, spent.description, spent.review, spent.source) == (420000, "Reviewer fee", review,
                                                                                 "entered")
    assert spent.created_by == business_user


@pytest.mark.parametrize("changes, field, message", [
    ({"spent_on": D(2025, 3, 31)}, "spent_on", "The date must be within 2025/26: between 1 April 2025 and 31 March"),
    ({"spent_on": D(2026, 4, 1)}, "spent_on", "The date must be within 2025/26"),
    ({"spent_on": None}, "spent_on", "Enter the date the money was spent."),
    ({"amount_pence": 0}, "amount_pence", "The amount must be more than £0.00."),
    ({"amount_pence": -100}, "amount_pence", "The amount cannot be negative."),
    ({"amount_pence": None}, "amount_pence", "Enter the amount."),
    ({"description": "  "}, "description", "Enter what the money was spent on."),
    ({"line": None}, "line", "Choose the budget line the money was spent from."),
])
def test_refusals(year, line, business_user, changes, field, message):
    with pytest.raises(ValidationError) as refused:
        record(year, business_user, line, **changes)
    assert message in refused.value.message_dict[field][0]
    assert not Spending.objects.exists()


def test_the_edges_of_the_year_are_within_it(year, line, business_user):
    record(year, business_user, line, spent_on=D(2025, 4, 1))
    record(year, business_user, line, spent_on=D(2026, 3, 31))
    assert Spending.objects.count() == 2


def test_a_line_of_another_year_is_refused(year, line, business_user, partnership):
    other_line = factories.line(factories.year(partnership, business_user, start_year=2024), business_user)
    with pytest.raises(ValidationError) as refused:
        record(year, business_user, other_line)
    assert refused.value.message_dict["line"] == ["Choose a line of 2025/26's budget."]


def test_a_review_of_another_partnership_is_refused(year, line, business_user, other_partnership, outsider_user):
    theirs = review_factories.review(other_partnership, outsider_user)
    with pytest.raises(ValidationError) as refused:
        record(year, business_user, line, review=theirs)
    assert refused.value.message_dict["review"] == ["Choose a review of this partnership."]
    assert not Spending.objects.exists()


def test_a_closed_year_is_refused_for_every_write(year, line, business_user):
    spent = record(year, business_user, line)
    services.close_year(year, by=business_user, expected_version=year.version)
    spent.refresh_from_db()
    closed = "2025/26 is closed, so nothing in it can change: reopen the year first."
    with pytest.raises(ValidationError, match="is closed"):
        record(spent.year, business_user, line)
    with pytest.raises(ValidationError) as refused:
        services.update_spending(spent, by=business_user, expected_version=spent.version, line=line,
                                 spent_on=spent.spent_on, description="Changed", amount_pence=1)
    assert closed in str(refused.value)
    with pytest.raises(ValidationError, match="is closed"):
        services.remove_spending(spent, by=business_user)
    assert Spending.objects.get().description == "Independent reviewer fee"


def test_update_and_remove(year, line, business_user):
    spent = record(year, business_user, line)
    training = factories.line(year, business_user, name="Training programme", category="training")
    services.update_spending(spent, by=business_user, expected_version=spent.version, line=training,
                             spent_on=D(2025, 7, 1), description="Venue hire", supplier="", amount_pence=35000)
    spent.refresh_from_db()
    assert (spent.line, spent.amount_pence, spent.version) == (training, 35000, 2)
    with pytest.raises(EditConflict):
        services.update_spending(spent, by=business_user, expected_version=1, line=training,
                                 spent_on=D(2025, 7, 1), description="Stale", amount_pence=1)
    services.remove_spending(spent, by=business_user)
    assert not Spending.objects.exists()
