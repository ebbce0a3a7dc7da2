"""The demo partnership's performance dataset (issue 10): the fictional local authority area "Marshcombe" in the
fictional region "Northern Fells", its ten fictional statistical neighbours, a catalogue of 27 indicators across
children's and adults' safeguarding, three financial years of figures and the comparators (England, the region, the
neighbours) for the years already published. Every name, code and figure is invented, though plausible.

The business manager sets the catalogue up about eleven months ago, bringing the earlier figures across from the
old spreadsheet that day; from then each month's or quarter's figures are entered three weeks after it ends, and each
year's published statistics arrive in the November after the year. Figures run up to the last complete quarter
(the dataset for a quarter is put together after it ends). Some indicators end green, some amber, some red; a
children's count from the Home Office has figures not published ("c", under five), and one neighbour did not publish
its latest figure for the percentages where lower is better.
Each red indicator has its owner's commentary (or the business team's, for owners without an account) for every
quarter; the last complete quarter is still a draft for the board's next meeting, the ones before it approved.
Built through the performance services.
"""
import datetime
import random
from dataclasses import dataclass
from decimal import Decimal

from assure.performance import periods, services
from assure.performance.models import Figure
from assure.performance.pack import data

REGION = ("E12000901", "Northern Fells")
OWN_AREA = ("E10000901", "901", "Marshcombe")
# (code, old code, name, region): in rank order, as in fixtures/dfe_statistical_neighbours_fictional.csv, so the
# fictional files the import pages offer to try agree with the demo's area.
FELLS, VALE, DOWNS = REGION, ("E12000902", "Middle Vale"), ("E12000903", "Southern Downs")
NEIGHBOURS = [("E10000904", "Ashcombe", FELLS), ("E10000908", "Oxley Moor", FELLS), ("E10000902", "Fellmouth", FELLS),
              ("E06001913", "Upwater", VALE), ("E10000906", "Kestrel Bay", FELLS), ("E10000910", "Ravensholm", VALE),
              ("E06001916", "Greystane", DOWNS), ("E10000903", "Brackenridge", FELLS),
              ("E06001919", "Northam Cross", DOWNS), ("E06001911", "Saltcote", VALE)]


@dataclass(frozen=True)
class Spec:
    code: str
    name: str
    definition: str
    unit: str                 # count, percentage, rate_children, rate_adults
    polarity: str             # higher, lower, neither
    frequency: str            # monthly, quarterly, yearly
    owner: str                # a person key of cast.PEOPLE
    source: str               # an organisation key of cast.ORGANISATIONS
    series: tuple             # (first figure, latest figure): the figures run between them, with some noise
    priority: str | None = None
    thresholds: tuple | None = None          # (green, red)
    target: tuple | None = None              # (value, "in words"): due at the end of the next financial year
    comparators: str = "none"                # none, published, entered
    measure: str = ""                        # the published statistics' column (as in fixtures/dfe_*.csv)
    # (England, the region, the neighbours' centre) for the latest published year; earlier years drift from them.
    compared: tuple | None = None
    suppressed: tuple = ()                   # figures counted from the latest (1) not published: "c"


CHILDREN = [
    Spec("CSC-CONTACTS", "Contacts to children's social care", "Contacts received by the front door in the month, "
         "from any source.", "count", "neither", "monthly", "lw", "council", (1450, 1620)),
    Spec("CSC-REF-RATE", "Referrals to children's social care", "Referrals accepted in the year per 10,000 children "
         "aged under 18.", "rate_children", "neither", "yearly", "ch", "council", (590, 612),
         comparators="published", measure="referral_rate_per_10000", compared=(536.4, 561.2, 575.0)),
    Spec("CSC-REREF", "Re-referrals within 12 months", "Referrals in the quarter within 12 months of a previous "
         "referral, as a share of all referrals.", "percentage", "lower", "quarterly", "bl", "council", (25.8, 23.1),
         priority="neglect", thresholds=(21, 24), target=(20, "Re-referrals at or below one in five"),
         comparators="published", measure="rereferral_percent", compared=(22.4, 21.9, 22.8)),
    Spec("CIN-RATE", "Children in need", "Children in need at 31 March per 10,000 children.", "rate_children",
         "neither", "yearly", "ch", "council", (358, 371), comparators="published", measure="cin_rate_per_10000",
         compared=(332.8, 351.0, 346.5)),
    Spec("S47-RATE", "Section 47 enquiries", "Section 47 enquiries started in the year per 10,000 children.",
         "rate_children", "neither", "yearly", "bl", "council", (188, 206), comparators="published",
         measure="s47_rate_per_10000", compared=(175.2, 182.9, 190.4)),
    Spec("ICPC-15", "Initial child protection conferences within 15 working days", "Conferences held within 15 "
         "working days of the strategy discussion that started the section 47 enquiry.", "percentage", "higher",
         "quarterly", "bl", "council", (71, 79), priority="neglect", thresholds=(85, 75),
         target=(90, "Nine in ten conferences on time"), comparators="published", measure="icpc_15_days_pct",
         compared=(78.1, 80.4, 79.0)),
    Spec("CPP-RATE", "Children on child protection plans", "Children on a plan at the end of the period per 10,000 "
         "children.", "rate_children", "neither", "quarterly", "ch", "council", (46.2, 43.5), priority="neglect",
         comparators="published", measure="cpp_rate_per_10000", compared=(41.6, 44.8, 43.0)),
    Spec("CPP-REPEAT", "Repeat child protection plans", "Plans started in the period that are a second or later "
         "plan for the child.", "percentage", "lower", "quarterly", "bl", "council", (26.5, 24.2),
         priority="neglect", thresholds=(22, 25), comparators="published", measure="repeat_cpp_percent",
         compared=(23.8, 24.5, 23.1)),
    Spec("CPP-2YR", "Child protection plans lasting 2 years or more", "Plans ended in the period that had lasted two "
         "years or more.", "percentage", "lower", "quarterly", "bl", "council", (3.9, 4.9), priority="neglect",
         thresholds=(3.8, 4.5), target=(3.8, "No higher than England's rate"), comparators="published",
         measure="cpp_2yrs_percent", compared=(3.7, 3.9, 3.6)),
    Spec("MISS-EPISODES", "Missing episodes (children)", "Episodes of children missing from home or care reported "
         "to the police in the month.", "count", "lower", "monthly", "mt", "police", (150, 118),
         priority="exploitation", thresholds=(100, 130), target=(90, "Reduce missing episodes by 40%")),
    Spec("MISS-RHI", "Return home interviews offered within 72 hours", "Missing episodes after which the child was "
         "offered a return home interview within 72 hours.", "percentage", "higher", "quarterly", "so", "voluntary",
         (78, 91), priority="exploitation", thresholds=(90, 80), target=(95, "Every child offered an interview")),
    Spec("CE-FLAGS", "Children with a child exploitation flag", "Children open to services with a child criminal "
         "or sexual exploitation flag at the end of the quarter.", "count", "neither", "quarterly", "op", "police",
         (62, 88), priority="exploitation"),
    Spec("CE-NRM", "National Referral Mechanism referrals for children", "Children referred as possible victims of "
         "modern slavery in the quarter (Home Office figures: fewer than five are not published).", "count",
         "neither", "quarterly", "md", "police", (6, 9), priority="exploitation", suppressed=(4, 7)),
    Spec("CLA-RATE", "Children looked after", "Children looked after at 31 March per 10,000 children.",
         "rate_children", "neither", "yearly", "ch", "council", (78, 82), comparators="published",
         measure="cla_rate_per_10000", compared=(70.2, 81.5, 76.8)),
    Spec("CLA-3PLACE", "Children looked after with three or more placements in the year", "Children looked after "
         "at 31 March who had three or more placements in the year.", "percentage", "lower", "yearly", "ch",
         "council", (11.4, 9.6), thresholds=(10, 12), comparators="published", measure="cla_3plus_placements_pct",
         compared=(10.0, 10.6, 10.3)),
    Spec("EH-STEPUP", "Early help stepped up to children's social care", "Early help assessments closed in the "
         "quarter because the child was referred to children's social care.", "percentage", "lower", "quarterly",
         "co", "council", (13.0, 16.5), priority="neglect", thresholds=(10, 15)),
    Spec("EHCP-20WK", "Education, health and care plans issued within 20 weeks", "New plans issued within 20 weeks, "
         "excluding exceptions.", "percentage", "higher", "yearly", "at", "council", (41, 47), thresholds=(60, 50),
         target=(60, "Three in five plans on time"), comparators="published", measure="ehcp_20wk_pct",
         compared=(46.4, 52.0, 49.5)),
    Spec("LADO-REFS", "Allegations against people who work with children", "Referrals to the designated officer "
         "(LADO) in the quarter.", "count", "neither", "quarterly", "dp", "council", (41, 53)),
    Spec("DA-ENCOMPASS", "Domestic abuse notifications to schools within 24 hours", "Police notifications to a "
         "school of domestic abuse in a child's home made before the next school day.", "percentage", "higher",
         "quarterly", "op", "police", (92, 97), priority="domestic_abuse", thresholds=(95, 90)),
]

ADULTS = [
    Spec("ASC-CONCERNS", "Adult safeguarding concerns received", "Concerns received by adult social care in the "
         "quarter.", "count", "neither", "quarterly", "gs", "council", (610, 720)),
    Spec("ASC-CONC-RATE", "Adult safeguarding concerns per 10,000 adults", "Concerns received in the year per "
         "10,000 adults (Safeguarding Adults Collection).", "rate_adults", "neither", "yearly", "gs", "council",
         (131, 149), comparators="entered", compared=(119.5, 127.0, 133.0)),
    Spec("ASC-S42", "Section 42 enquiries started", "Section 42 enquiries started in the quarter.", "count",
         "neither", "quarterly", "gs", "council", (168, 181)),
    Spec("ASC-CONVERSION", "Concerns that led to a section 42 enquiry", "Section 42 enquiries started as a share of "
         "concerns received (the conversion rate).", "percentage", "neither", "yearly", "gs", "council", (27.5, 25.1),
         comparators="entered", compared=(31.2, 29.8, 28.6)),
    Spec("ASC-MSP-ASKED", "Adults asked what outcomes they wanted", "Concluded enquiries where the adult (or their "
         "representative) was asked about the outcomes they wanted (Making Safeguarding Personal).", "percentage",
         "higher", "quarterly", "jb", "council", (78, 83), priority="transitional", thresholds=(85, 75),
         comparators="entered", compared=(79.1, 80.5, 81.0)),
    Spec("ASC-MSP-MET", "Desired outcomes achieved", "Concluded enquiries where the outcomes the adult wanted were "
         "fully or partly achieved.", "percentage", "higher", "quarterly", "jb", "council", (93, 95),
         thresholds=(90, 85), comparators="entered", compared=(94.2, 93.8, 94.6)),
    Spec("ASC-RISK", "Risk removed or reduced", "Concluded enquiries where a risk was identified and was removed or "
         "reduced.", "percentage", "higher", "yearly", "gs", "council", (88, 91), thresholds=(90, 85),
         comparators="entered", compared=(90.1, 89.5, 91.2)),
    Spec("ASC-28DAYS", "Section 42 enquiries concluded within 28 days", "Enquiries concluded in the quarter within "
         "28 days of starting.", "percentage", "higher", "quarterly", "gs", "council", (74, 66), thresholds=(80, 70),
         target=(80, "Four in five enquiries within 28 days")),
    Spec("ASC-DOLS-21", "Deprivation of Liberty Safeguards applications completed within 21 days", "Standard "
         "authorisations completed within the 21-day statutory timescale.", "percentage", "higher", "quarterly",
         "rm", "council", (22, 19), thresholds=(50, 30)),
]


def extend(world) -> None:
    by, today, partnership = world.business_user, world.today, world.partnership
    rng = random.Random(10)   # its own, so the other parts of the demo keep their figures
    set_up_on = today - datetime.timedelta(days=330)
    this_year = periods.year_of(today).financial_year
    with world.on_day(set_up_on):
        services.set_own_area(partnership=partnership, by=by, code=OWN_AREA[0], old_code=OWN_AREA[1],
                              name=OWN_AREA[2], region_code=REGION[0], region_name=REGION[1])
        neighbours = [services.save_authority(partnership=partnership, by=by, code=code, old_code=code[-3:], name=name,
                                              region_code=region[0], region_name=region[1])
                      for code, name, region in NEIGHBOURS]
        services.set_neighbours(partnership=partnership, by=by, authorities=neighbours)
        indicators = [(spec, _add(world, spec, this_year)) for spec in CHILDREN + ADULTS]
    figures = {}   # the day they were written -> [NewFigure]
    for spec, indicator in indicators:
        for period, value, suppression in _figures(spec, today, this_year, rng):
            due = period.end + datetime.timedelta(days=21 if spec.frequency != "yearly" else 60)
            figures.setdefault(max(due, set_up_on), []).append(
                services.NewFigure(indicator, period, value, suppression))
    for day in sorted(figures):
        with world.on_day(day):
            services.write_figures(partnership=partnership, by=by, figures=figures[day], source=(
                Figure.Source.TEMPLATE if day == set_up_on else Figure.Source.ENTERED))
    for spec, indicator in indicators:
        if spec.compared:
            _comparators(world, spec, indicator, neighbours, this_year, set_up_on, rng)
    _commentary_and_approvals(world, {spec.code: spec for spec in CHILDREN + ADULTS}, today, set_up_on)


def _add(world, spec: Spec, this_year: int):
    green, red = spec.thresholds or (None, None)
    target, words = spec.target or (None, "")
    return services.add_indicator(
        partnership=world.partnership, by=world.business_user, code=spec.code, name=spec.name,
        definition=spec.definition, unit=spec.unit, polarity=spec.polarity, frequency=spec.frequency,
        owner=world.people[spec.owner], source_organisation=world.organisations[spec.source],
        priority=world.priorities.get(spec.priority) if spec.priority else None,
        target_value=_number(target), target_date=datetime.date(this_year + 2, 3, 31) if target is not None else None,
        target_description=words, green_threshold=_number(green), red_threshold=_number(red),
        comparators=spec.comparators, published_measure=spec.measure)


def _number(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _periods(spec: Spec, today: datetime.date, this_year: int) -> list[periods.Period]:
    """Three financial years of periods: up to the last month or quarter whose figures are in (three weeks after it
    ends), or the last three whole years (whose figures are in two months after the year)."""
    if spec.frequency == "yearly":
        return [periods.financial_year(year) for year in range(this_year - 3, this_year)]
    kind = periods.MONTH if spec.frequency == "monthly" else periods.QUARTER
    current = periods.Period(datetime.date(this_year - 2, 4, 1), kind)
    found = []
    while current.end + datetime.timedelta(days=21) <= today:   # entered three weeks after the period ends
        found.append(current)
        current = current.next()
    return found


def _rounded(value: float, unit: str) -> Decimal:
    if unit == "count":
        return Decimal(max(round(value), 0))
    return Decimal(str(round(min(max(value, 0.0), 100.0) if unit == "percentage" else max(value, 0.0), 1)))


def _figures(spec: Spec, today, this_year, rng):
    """(period, value, suppression) from the first figure to the latest, with noise on all but the latest so each
    indicator ends where its rating is meant to be."""
    every = _periods(spec, today, this_year)
    first, last = spec.series
    for index, period in enumerate(every):
        step = index / max(len(every) - 1, 1)
        value = first + (last - first) * step
        if index < len(every) - 1:
            value *= 1 + rng.uniform(-0.04, 0.04)
        if len(every) - index in spec.suppressed:
            yield period, None, "c"
        else:
            yield period, _rounded(value, spec.unit), ""


def _comparators(world, spec: Spec, indicator, neighbours, this_year, set_up_on, rng):
    """England's, the region's and the neighbours' figures for each year already published (in the November after
    the year); earlier years drift a little from the latest. One neighbour's figure is not published."""
    england, region, centre = spec.compared
    spreads = [rng.uniform(-0.12, 0.12) for _ in neighbours]
    for back, year in enumerate(range(this_year - 1, this_year - 4, -1)):
        published = max(datetime.date(year + 1, 11, 20), set_up_on)
        if published > world.today:
            continue
        drift = 1 - 0.02 * back
        period = periods.financial_year(year)
        with world.on_day(published):
            for level, value in (("national", england), ("regional", region)):
                services.record_comparator(indicator, by=world.business_user, level=level, period=period,
                                           value=_rounded(value * drift, spec.unit))
            for rank, (authority, spread) in enumerate(zip(neighbours, spreads, strict=True), start=1):
                hidden = spec.unit == "percentage" and rank == 7 and back == 0 and spec.polarity == "lower"
                services.record_comparator(
                    indicator, by=world.business_user, level="local_authority", period=period, authority=authority,
                    value=None if hidden else _rounded(centre * drift * (1 + spread), spec.unit),
                    suppression="c" if hidden else "")


# What each owner says when their indicator is red: why it is, then what is being done.
COMMENTARY = {
    "CSC-REREF": "Re-referrals are concentrated in families closed after a single assessment with no plan. "
                 "A step-down review of every closure is in place from this quarter, led by the front door manager.",
    "ICPC-15": "Conferences slipped while two conference chairs were on long-term leave. A locum chair started in "
               "the quarter and the service expects to be back within timescale by the next report.",
    "CPP-REPEAT": "An audit of repeat plans found that step-down to child in need happened too early for neglect. "
                  "Step-down now needs two core group reviews showing sustained change.",
    "CPP-2YR": "The long-running plans are mostly sibling groups in two teams. Each plan over 18 months now has a "
               "review by the Head of Service, and a decision about legal planning where progress has stalled.",
    "MISS-EPISODES": "A small number of children account for most episodes. The exploitation subgroup reviews each "
                     "child with three or more episodes in a month at its fortnightly panel.",
    "MISS-RHI": "Interviews were offered late when notifications arrived at weekends. The provider now covers "
                "Saturdays, and the police send notifications the same day.",
    "CLA-3PLACE": "Placement moves rose with the shortage of foster carers for teenagers. A recruitment campaign "
                  "for carers of older children runs until the spring.",
    "EH-STEPUP": "More early help cases are stepped up when domestic abuse is disclosed during the work. Early "
                 "help workers are being trained to use the risk assessment earlier, and the figure is reviewed "
                 "monthly with the front door.",
    "EHCP-20WK": "Delays are in educational psychology advice, with two vacancies in the team. Commissioned "
                 "assessments are clearing the backlog; the service expects improvement in the next published "
                 "figures.",
    "DA-ENCOMPASS": "Notifications were late during the change to the new police recording system. The hub now "
                    "checks the previous day's incidents each morning.",
    "ASC-MSP-ASKED": "Recording, rather than practice, explains most of the gap: the question is now required in "
                     "the enquiry form, and team managers check it when enquiries close.",
    "ASC-MSP-MET": "A few complex enquiries, where the person's wishes could not be met safely, lowered the "
                   "figure. Each has been reviewed by the Principal Social Worker.",
    "ASC-RISK": "Risk remained in cases of self-neglect where the person declined support. These cases are now "
                "taken to the multi-agency risk management meeting.",
    "ASC-28DAYS": "Enquiries took longer while the team carried three vacancies; two posts are now filled. "
                  "Enquiries open over 28 days are reviewed weekly by team managers.",
    "ASC-DOLS-21": "The backlog of standard authorisations remains above 400 with only four best interests "
                   "assessors. Applications are triaged by priority, and extra assessor time has been commissioned "
                   "until March.",
}
GENERIC = "The owner is reviewing the reasons with the service and will report back to the next meeting."


def _commentary_and_approvals(world, specs: dict, today: datetime.date, set_up_on: datetime.date) -> None:
    """The red indicators' commentary, written a month after each quarter ends, and the business team's approval of
    each quarter two months after it ends (once the year's figures are in too); the quarters from before the dataset
    was set up come across from the old spreadsheet approved, with their commentary, on the day it was set up. The
    last complete quarter is commented on but not approved: it goes to the board's next meeting as a draft."""
    latest = periods.quarter_of(today)
    while latest.end + datetime.timedelta(days=21) > today:   # the last quarter whose figures are in
        latest = latest.previous()
    quarter = Figure.objects.filter(indicator__partnership=world.partnership).order_by("period_start").first().period
    quarter = quarter.quarter
    while quarter <= latest:
        commented = max(min(quarter.end + datetime.timedelta(days=35), today), set_up_on)
        with world.on_day(commented):
            for entry in data.assemble(world.partnership, quarter).red_without_commentary:
                code = entry.indicator.code
                services.write_commentary(entry.indicator, by=world.users.get(specs[code].owner, world.business_user),
                                          quarter=quarter, text=COMMENTARY.get(code, GENERIC))
        if quarter != latest:
            with world.on_day(max(quarter.end + datetime.timedelta(days=63), set_up_on)):
                services.approve_quarter(world.partnership, by=world.business_user, quarter=quarter)
        quarter = quarter.next()
