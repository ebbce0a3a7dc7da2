"""Building a budget for tests through the services (fictional organisations and amounts only)."""
from assure.partnerships.models import Organisation

from .. import services


def year(partnership, by, start_year=2025, **changes):
    return services.add_year(partnership=partnership, by=by, start_year=start_year, **changes)


def line(year, by, name="Independent reviewer fees", category="reviews", planned_pence=3500000, **changes):
    return services.add_line(year, by=by, category=category, name=name, planned_pence=planned_pence, **changes)


def partner(partnership, name="Fenbridge Council", kind="local_authority"):
    organisation, _ = Organisation.objects.get_or_create(partnership=partnership, name=name, defaults={"kind": kind})
    return organisation


def contribution(year, organisation, agreed_pence, **fields):
    """Written directly until the contributions services (helper A of issue 11) exist; swap for add_contribution."""
    from ..models import Contribution
    return Contribution.objects.create(year=year, organisation=organisation, agreed_pence=agreed_pence, **fields)


def payment(contribution, amount_pence, received_on="2025-06-30"):
    """Written directly until record_payment exists."""
    from ..models import Payment
    return Payment.objects.create(contribution=contribution, amount_pence=amount_pence, received_on=received_on)


def spending(year, line, amount_pence, spent_on="2025-09-30", description="Invoice", **fields):
    """Written directly until record_spending (helper B of issue 11) exists."""
    from ..models import Spending
    return Spending.objects.create(year=year, line=line, amount_pence=amount_pence, spent_on=spent_on,
                                   description=description, **fields)


def shortfall_year(partnership, by, start_year=2025):
    """The issue's example: £321,000 of lines, £299,351 agreed, a shortfall of £21,649.00 three partners underwrite."""
    year_ = year(partnership, by, start_year=start_year)
    staffing = line(year_, by, name="Business unit staff", category="staffing", planned_pence=22100000)
    reviews = line(year_, by, name="Independent reviewer fees", category="reviews", planned_pence=3500000,
                   ring_fenced=True)
    line(year_, by, name="Independent chair", category="chair_scrutiny", planned_pence=6500000)
    spending(year_, staffing, 16575000)
    spending(year_, reviews, 2100000, description="CSPR Child T: reviewer's fees")
    council, police, icb = (partner(partnership, name, kind) for name, kind in [
        ("Fenbridge Council", "local_authority"), ("Fenbridge Police", "police"), ("Fenbridge ICB", "health")])
    paid = contribution(year_, council, 10000000, underwrites=True)
    contribution(year_, police, 10000000, underwrites=True)
    contribution(year_, icb, 9935100, underwrites=True)
    payment(paid, 10000000)
    return year_
