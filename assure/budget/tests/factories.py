"""Building a budget for tests through the services (fictional organisations and amounts only)."""
import datetime
from pathlib import Path

from assure.partnerships.models import Organisation

from .. import services

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def year(partnership, by, start_year=2025, **changes):
    return services.add_year(partnership=partnership, by=by, start_year=start_year, **changes)


def line(year, by, name="Independent reviewer fees", category="reviews", planned_pence=3500000, **changes):
    return services.add_line(year, by=by, category=category, name=name, planned_pence=planned_pence, **changes)


def partner(partnership, name="Fenbridge Council", kind="local_authority"):
    organisation, _ = Organisation.objects.get_or_create(partnership=partnership, name=name, defaults={"kind": kind})
    return organisation


def contribution(year, by, organisation=None, agreed_pence=10700000, **changes):
    organisation = organisation or partner(year.partnership)
    return services.add_contribution(year, by=by, organisation=organisation, agreed_pence=agreed_pence, **changes)


def invoice(contribution, by, number="INV-0001", amount_pence=5350000, raised_on=datetime.date(2025, 4, 14)):
    return services.raise_invoice(contribution, by=by, number=number, raised_on=raised_on, amount_pence=amount_pence)


def payment(contribution, by, amount_pence=5350000, received_on=datetime.date(2025, 5, 2), reference="BACS 4471"):
    return services.record_payment(contribution, by=by, received_on=received_on, amount_pence=amount_pence,
                                   reference=reference)
def spending(year, by, line=None, spent_on=None, description="Independent reviewer fee", amount_pence=420000,
             **changes):
    import datetime
    line = line or year.lines.first() or globals()["line"](year, by)
    return services.record_spending(year, by=by, line=line, spent_on=spent_on or datetime.date(year.start_year, 6, 1),
                                    description=description, amount_pence=amount_pence, **changes)


def csv_bytes(rows: list[list]) -> bytes:
    import csv
    import io
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode()


def contribution_row(year, organisation, agreed_pence, **fields):
    """A contribution written directly (no checks): for building a position quickly."""
    from ..models import Contribution
    return Contribution.objects.create(year=year, organisation=organisation, agreed_pence=agreed_pence, **fields)


def payment_row(contribution, amount_pence, received_on="2025-06-30"):
    """A payment written directly (no checks)."""
    from ..models import Payment
    return Payment.objects.create(contribution=contribution, amount_pence=amount_pence, received_on=received_on)


def spending_row(year, line, amount_pence, spent_on="2025-09-30", description="Invoice", **fields):
    """Spending written directly (no checks)."""
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
    spending_row(year_, staffing, 16575000)
    spending_row(year_, reviews, 2100000, description="CSPR Child T: reviewer's fees")
    council, police, icb = (partner(partnership, name, kind) for name, kind in [
        ("Fenbridge Council", "local_authority"), ("Fenbridge Police", "police"), ("Fenbridge ICB", "health")])
    paid = contribution_row(year_, council, 10000000, underwrites=True)
    contribution_row(year_, police, 10000000, underwrites=True)
    contribution_row(year_, icb, 9935100, underwrites=True)
    payment_row(paid, 10000000)
    return year_
