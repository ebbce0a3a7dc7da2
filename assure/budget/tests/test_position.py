"""The position, computed from plain records (no database), and read from the database in a fixed number of queries."""
from dataclasses import dataclass
from decimal import Decimal

import pytest

from assure.budget import position, queries
from assure.budget.models import Contribution, Payment, Spending

from . import factories


@dataclass
class Line:
    pk: int
    name: str
    planned_pence: int
    forecast_pence: int | None = None
    ring_fenced: bool = False
    category: str = "staffing"

    def get_category_display(self):
        return self.category.title()


@dataclass
class Contributor:
    pk: int
    organisation: str
    agreed_pence: int
    underwrites: bool = False
    underwriting_weight: Decimal = Decimal(1)


def contributors(*agreed, underwriters=3):
    names = ["Fenbridge Council", "Fenbridge Police", "Fenbridge ICB", "Fenbridge Fire", "Fenbridge Schools"]
    return [Contributor(i + 1, names[i], amount, underwrites=i < underwriters) for i, amount in enumerate(agreed)]


def test_the_issue_s_shortfall_splits_into_pennies_that_add_up():
    """£321k of lines, £299,351 agreed: a shortfall of £21,649.00 across three equal partners."""
    lines = [Line(1, "Business unit", 22100000), Line(2, "Reviews", 3500000, ring_fenced=True, category="reviews"),
             Line(3, "Chair", 6500000)]
    result = position.year_position(lines=lines, spent={}, contributions=contributors(10000000, 10000000, 9935100),
                                    paid={}, brought_forward=0)
    assert result.totals.outturn == 32100000 and result.shortfall == 2164900 and result.surplus == 0
    assert [s.amount for s in result.shares] == [721633, 721633, 721634]
    assert sum(s.amount for s in result.shares) == result.shortfall
    assert result.in_words() == ("A shortfall of £21,649.00 against the forecast outturn, shared by Fenbridge Council "
                                 "£7,216.33, Fenbridge Police £7,216.33 and Fenbridge ICB £7,216.34.")


@pytest.mark.parametrize("planned, forecast, spent, outturn, variance", [
    (1000000, None, 250000, 1000000, 0),          # no forecast: as planned
    (1000000, 1200000, 900000, 1200000, 200000),  # forecast above plan: an overspend
    (1000000, 800000, 800000, 800000, -200000),   # forecast below plan: an underspend
    (0, 50000, 50000, 50000, 50000),               # unplanned spending
])
def test_each_line_s_outturn_and_variance(planned, forecast, spent, outturn, variance):
    result = position.year_position(lines=[Line(1, "Training", planned, forecast)], spent={1: spent},
                                    contributions=[], paid={}, brought_forward=0)
    line = result.lines[0]
    assert (line.planned, line.actual, line.outturn, line.variance) == (planned, spent, outturn, variance)
    assert result.totals == position.Totals(planned, spent, outturn)


@pytest.mark.parametrize("agreed, paid, brought_forward, balance, shares", [
    ((100000, 100000, 100000, 50000), {}, 0, 50000, [-16666, -16667, -16667]),     # surplus handed back by weight
    ((100000, 100000, 100000), {1: 100000}, -30000, -30000, [10000, 10000, 10000]),  # an overspend brought forward
    ((100000, 100000, 100000), {}, 0, 0, []),                                        # exact: nothing to split
    ((100000, 100000, 90000), {}, 10000, 0, []),                                     # made up by brought forward
])
def test_balance_against_income_and_brought_forward(agreed, paid, brought_forward, balance, shares):
    result = position.year_position(lines=[Line(1, "Business unit", 300000)], spent={},
                                    contributions=contributors(*agreed), paid=paid, brought_forward=brought_forward)
    assert result.balance == balance
    assert result.carried_forward == (0 if balance < 0 else balance)   # the underwriters meet a shortfall
    assert [s.amount for s in result.shares] == shares
    assert sum(s.amount for s in result.shares) == -balance


def test_income_agreed_paid_and_outstanding():
    result = position.year_position(lines=[], spent={}, contributions=contributors(100000, 50000),
                                    paid={1: 100000, 2: 20000}, brought_forward=4704300)
    assert [(i.agreed, i.paid, i.outstanding) for i in result.income] == [(100000, 100000, 0), (50000, 20000, 30000)]
    assert (result.agreed, result.paid, result.outstanding, result.available) == (150000, 120000, 30000, 4854300)


def test_weights_decide_the_split_and_non_underwriters_pay_nothing():
    people = contributors(0, 0, 0, 0, underwriters=3)
    people[0].underwriting_weight, people[1].underwriting_weight, people[2].underwriting_weight = (
        Decimal(50), Decimal(30), Decimal(20))
    result = position.year_position(lines=[Line(1, "Business unit", 100100)], spent={}, contributions=people,
                                    paid={}, brought_forward=0)
    assert [(s.name, s.amount) for s in result.shares] == [
        ("Fenbridge Council", 50050), ("Fenbridge Police", 30030), ("Fenbridge ICB", 20020)]


def test_the_ring_fenced_line_is_shown_separately_with_its_overrun():
    lines = [Line(1, "Business unit", 500000, 450000), Line(2, "Reviews", 3500000, 4100000, ring_fenced=True)]
    result = position.year_position(lines=lines, spent={2: 3900000}, contributions=contributors(4000000),
                                    paid={}, brought_forward=0)
    assert [line.name for line in result.lines] == ["Business unit"]
    assert [line.name for line in result.ring_fenced] == ["Reviews"]
    assert result.ring_fenced_overrun == 600000 and result.ring_fenced_totals.actual == 3900000
    assert result.totals.outturn == 4550000 and result.shortfall == 550000


def test_no_underwriter_is_said_in_words():
    result = position.year_position(lines=[Line(1, "Business unit", 100)], spent={}, contributions=[], paid={},
                                    brought_forward=0)
    assert result.shares == [] and "no partner named to underwrite it" in result.in_words()
    assert result.carried_forward == -100     # nobody meets it: it carries forward as an overspend


def test_a_surplus_is_carried_forward_unless_handed_back():
    result = position.year_position(lines=[Line(1, "Business unit", 100)], spent={},
                                    contributions=contributors(100, 100, 100), paid={}, brought_forward=0)
    assert result.carried_forward == 200
    assert result.in_words() == ("A surplus of £2.00 against the forecast outturn, to carry forward into the next "
                                 "year (if the Executive hands it back instead: Fenbridge Council £0.66, Fenbridge "
                                 "Police £0.67 and Fenbridge ICB £0.67).")


def test_spending_by_category_adds_lines_of_a_category():
    lines = [Line(1, "Manager", 100, category="staffing"), Line(2, "Officer", 50, category="staffing"),
             Line(3, "Reviewer fees", 70, ring_fenced=True, category="reviews")]
    result = position.year_position(lines=lines, spent={1: 10, 2: 5, 3: 7}, contributions=[], paid={},
                                    brought_forward=0)
    assert result.by_category() == [("Staffing", 150, 15), ("Reviews", 70, 7)]


def _spend(year, line, amount, by):
    # Helper B's record_spending service will replace these direct writes.
    return Spending.objects.create(year=year, line=line, spent_on="2025-06-01", description="Invoice",
                                   amount_pence=amount, created_by=by)


def test_year_position_reads_in_four_queries_whatever_the_size(partnership, business_user,
                                                               django_assert_num_queries):
    year = factories.year(partnership, business_user, brought_forward_pence=4704300)
    for n in range(4):
        line = factories.line(year, business_user, name=f"Line {n}", category="staffing", planned_pence=1000000)
        _spend(year, line, 250000, business_user)
        _spend(year, line, 50000, business_user)
        contribution = Contribution.objects.create(year=year, organisation=factories.partner(partnership, f"Partner {n}"),
                                                   agreed_pence=900000, underwrites=n < 3)
        Payment.objects.create(contribution=contribution, received_on="2025-05-01", amount_pence=450000)
    year.refresh_from_db()
    with django_assert_num_queries(4):
        result = queries.year_position(year)
    assert result.totals == position.Totals(4000000, 1200000, 4000000)
    assert (result.agreed, result.paid, result.brought_forward) == (3600000, 1800000, 4704300)
    assert result.balance == 4304300 and len(result.shares) == 3
    assert [str(i.contribution.organisation) for i in result.income][0] == "Partner 0"
