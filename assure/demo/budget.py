"""The demo partnership's pooled budget (issue 11): two financial years for Marshcombe. Every amount is invented.

Last year closed with a small surplus carried forward into this one. This year has about £321k of lines (staffing,
the independent chair and scrutiny, reviews ring-fenced at £35k, training, website and communications, commissioned
projects, other costs), contributions from the three statutory partners and four others (two of them not yet paid),
spending through the year up to today, the independent reviewer's fees linked to the CSPR of "Child T", and
forecasts that leave a small shortfall the three statutory partners underwrite in equal shares.

The business manager set the budget up about eleven months ago, bringing last year's figures across from the old
spreadsheet that day; from then each item is written a few days after it happened.
Everything is written through the budget services (years, lines, contributions, payments, spending).
"""
import datetime

from assure.budget import services
from assure.budget.models import Contribution, Payment, Spending
from assure.core import money
from assure.core.dates import financial_year_of
from assure.reviews.models import Review

# (category, name, planned £, forecast £ or None, how many payments in a year, supplier); reviews are ring-fenced.
THIS_YEAR = [
    ("staffing", "Business unit staff", "196,500", "201,250", 12, "Marshcombe County Council (payroll recharge)"),
    ("chair_scrutiny", "Independent chair and scrutineer", "38,000", None, 4, "Achebe Scrutiny Ltd"),
    ("reviews", "Safeguarding reviews", "35,000", "41,800", 0, ""),
    ("training", "Multi-agency training programme", "14,500", "13,900", 6, "Fellside Learning"),
    ("website_comms", "Website and communications", "6,200", None, 3, "Tarn Digital"),
    ("projects", "Commissioned projects", "22,000", None, 3, "Marshcombe Voluntary Action"),
    ("other", "Meetings, venues and the annual report", "8,600", None, 4, "Various"),
]
LAST_YEAR = [   # planned, then the final outturn, all spent by 31 March
    ("staffing", "Business unit staff", "188,000", "186,420.50", 12, "Marshcombe County Council (payroll recharge)"),
    ("chair_scrutiny", "Independent chair and scrutineer", "37,000", "37,000", 4, "Achebe Scrutiny Ltd"),
    ("reviews", "Safeguarding reviews", "35,000", "33,260", 5, "Marchetti Reviews"),
    ("training", "Multi-agency training programme", "14,000", "12,900", 6, "Fellside Learning"),
    ("website_comms", "Website and communications", "6,000", "6,400", 2, "Tarn Digital"),
    ("projects", "Commissioned projects", "20,000", "22,500", 3, "Marshcombe Voluntary Action"),
    ("other", "Meetings, venues and the annual report", "8,000", "10,000", 4, "Various"),
]
# organisation key -> (agreed this year £, agreed last year £, underwrites); paid in full unless listed in UNPAID.
CONTRIBUTIONS = {
    "council": ("118,000", "116,000", True), "police": ("62,000", "61,000", True), "icb": ("88,000", "87,000", True),
    "trust": ("12,000", "12,000", False), "probation": ("6,000", "6,000", False), "fire": ("4,500", "4,500", False),
    "district": ("8,000", "9,500", False),
}
UNPAID = {"probation", "district"}        # this year's invoices still outstanding
HALF_PAID = {"icb"}                       # paid the first half only so far
LAST_BROUGHT_FORWARD = money.pence("31,240")
CARRIED_FORWARD = money.pence("18,759.50")   # last year's surplus, as the Executive agreed it
# The CSPR's reviewer invoices, days before today, and the SAR's practitioner event.
REVIEWER_FEES = [(150, "4,200"), (95, "4,200"), (40, "3,850")]


def extend(world) -> None:
    by, today = world.business_user, world.today
    this_year = financial_year_of(today)
    set_up_on = today - datetime.timedelta(days=330)
    cspr, sar = _reviews(world)
    with world.on_day(set_up_on):
        last = services.add_year(partnership=world.partnership, by=by, start_year=this_year - 1,
                                 brought_forward_pence=LAST_BROUGHT_FORWARD,
                                 notes="Brought across from the budget spreadsheet.")
        last_lines = _lines(last, LAST_YEAR, by)
    _contributions(world, last, set_up_on, last_year=True)
    for (_, _, _, outturn, count, supplier), line in zip(LAST_YEAR, last_lines):
        _spread(world, last, line, money.pence(outturn), count, supplier, set_up_on, until=_end(last))
    with world.on_day(max(set_up_on, datetime.date(this_year, 3, 25))):
        current = services.add_year(partnership=world.partnership, by=by, start_year=this_year,
                                    brought_forward_pence=CARRIED_FORWARD)
        lines = _lines(current, THIS_YEAR, by)
    with world.on_day(min(today, max(set_up_on, datetime.date(this_year, 5, 31)))):
        last.refresh_from_db()
        services.close_year(last, by=by, expected_version=last.version)
    _contributions(world, current, set_up_on, last_year=False)
    until = today - datetime.timedelta(days=7)
    for (_, _, planned, forecast, count, supplier), line in zip(THIS_YEAR, lines):
        if count:
            # Spread over the year as planned (or forecast), only what has happened by a week ago.
            _spread(world, current, line, money.pence(forecast or planned), count, supplier, set_up_on, until=until)
    reviews = lines[2]
    for days, amount in REVIEWER_FEES:
        _once(world, current, reviews, today - datetime.timedelta(days=days), money.pence(amount),
              f"Independent reviewer's fees: CSPR {cspr.case.pseudonym if cspr else ''}".strip(),
              "Marchetti Reviews", set_up_on, review=cspr)
    if sar is not None:
        _once(world, current, reviews, today - datetime.timedelta(days=20), money.pence("1,640"),
              f"Practitioner learning event: SAR {sar.case.pseudonym}", "Marsh Hall Conference Centre", set_up_on,
              review=sar)


def _reviews(world):
    reviews = Review.objects.filter(case__partnership=world.partnership).select_related("case")
    return (reviews.filter(kind=Review.Kind.CSPR).order_by("pk").first(),
            reviews.filter(kind=Review.Kind.SAR).order_by("pk").first())


def _end(year) -> datetime.date:
    return datetime.date(year.start_year + 1, 3, 31)


def _lines(year, specs, by) -> list:
    return [services.add_line(year, by=by, category=category, name=name, planned_pence=money.pence(planned),
                              forecast_pence=money.pence(forecast) if forecast else None,
                              ring_fenced=category == "reviews")
            for category, name, planned, forecast, _, _ in specs]


def _contributions(world, year, set_up_on, *, last_year: bool) -> None:
    by, start = world.business_user, datetime.date(year.start_year, 4, 1)
    with world.on_day(max(set_up_on, min(world.today, start))):
        made = {key: _contribution(year, world.organisations[key], money.pence(last if last_year else this), by,
                                   underwrites=underwrites)
                for key, (this, last, underwrites) in CONTRIBUTIONS.items()}
    for key, contribution in made.items():
        if not last_year and key in UNPAID:
            continue
        halves = money.split(contribution.agreed_pence, [1, 1])
        for number, (days, amount) in enumerate(zip((45, 200), halves)):
            if not last_year and key in HALF_PAID and number == 1:
                continue
            received_on = start + datetime.timedelta(days=days)
            if received_on > world.today - datetime.timedelta(days=3):
                continue
            with world.on_day(max(set_up_on, received_on)):
                _payment(contribution, amount, received_on, by, reference=f"BACS {year.start_year}-{key}-{number + 1}")


def _spread(world, year, line, total, count, supplier, set_up_on, *, until) -> None:
    """`count` payments adding up exactly to `total`, evenly through the year, those dated by `until` written."""
    start = datetime.date(year.start_year, 4, 1)
    for number, amount in enumerate(money.split(total, [1] * count)):
        spent_on = start + datetime.timedelta(days=(number + 1) * 364 // count)
        if spent_on <= until:
            _once(world, year, line, spent_on, amount, f"{line.name}: payment {number + 1} of {count}", supplier,
                  set_up_on)


def _once(world, year, line, spent_on, amount, description, supplier, set_up_on, review=None) -> None:
    spent_on = max(spent_on, datetime.date(year.start_year, 4, 1))
    with world.on_day(min(world.today, max(set_up_on, spent_on + datetime.timedelta(days=3)))):
        _spend(year, line, spent_on, amount, description, supplier, world.business_user, review=review)


# --- To switch to the contributions and spending services (issue 11, helpers A and B) at merge --------------------

def _contribution(year, organisation, agreed_pence, by, *, underwrites) -> Contribution:
    return services.add_contribution(year, by=by, organisation=organisation, agreed_pence=agreed_pence,
                                     underwrites=underwrites)


def _payment(contribution, amount_pence, received_on, by, *, reference) -> Payment:
    return services.record_payment(contribution, by=by, received_on=received_on, amount_pence=amount_pence,
                                   reference=reference)


def _spend(year, line, spent_on, amount_pence, description, supplier, by, *, review=None) -> Spending:
    return services.record_spending(year, by=by, line=line, spent_on=spent_on, amount_pence=amount_pence,
                                    description=description, supplier=supplier, review=review)
