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
