"""The rest of a partnership's years: its risk register, the performance dataset's quarterly figures, training
courses with events and bookings, and the pooled budget year by year."""
import datetime
from decimal import Decimal

from assure.assurance.models import Risk
from assure.budget.models import BudgetLine, Contribution, FinancialYear
from assure.performance.models import Figure, Indicator
from assure.training.models import Booking, Course, Delegate, Event

from . import words
from .writer import moment

DAY = datetime.timedelta(days=1)


def financial_year(day: datetime.date) -> int:
    return day.year if day.month >= 4 else day.year - 1


def build_risks(writer, area) -> None:
    rng, today, risks = area.rng, area.today, []
    span = (today - area.start).days
    for number in range(1, area.scale.risks + 1):
        raised = area.start + datetime.timedelta(days=int((number - 1 + rng.random()) * span / area.scale.risks))
        inherent = (rng.randint(3, 5), rng.randint(3, 5))
        current = (rng.randint(2, inherent[0]), rng.randint(2, inherent[1]))
        target = (rng.randint(1, current[0]), rng.randint(1, current[1]))
        owner = rng.choice(area.people)
        risk = Risk(partnership=area.partnership, number=number, title=area.fill(rng.choice(words.RISK_TITLES)),
                    cause="Demand has risen faster than the resources agreed.", category=rng.choice(Risk.Category.values),
                    consequence="Children and adults may wait longer for help.", owner=owner,
                    owner_organisation=owner.organisation, body=rng.choice(area.bodies),
                    inherent_likelihood=inherent[0], inherent_impact=inherent[1],
                    current_likelihood=current[0], current_impact=current[1],
                    target_likelihood=target[0], target_impact=target[1],
                    controls="Monthly monitoring by the subgroup.", raised_on=raised,
                    review_date=max(raised, today) + datetime.timedelta(days=rng.randint(14, 120)),
                    created_at=moment(raised, 10), created_by=area.actor)
        if raised < today - datetime.timedelta(days=540) and rng.random() < 0.6:
            risk.status = Risk.Status.CLOSED
            risk.closed_on = raised + datetime.timedelta(days=rng.randint(90, 480))
            risk.review_date = risk.closed_on
            risk.closing_reason = "The controls brought the risk within the target."
        risk._history_date = risk.created_at
        risks.append(risk)
    writer.create(Risk, risks)


def quarters(start: datetime.date, today: datetime.date):
    """First days of the financial quarters from the one holding `start` to the last one ended before today."""
    month = ((start.month - 1) // 3) * 3 + 1
    day = datetime.date(start.year, month, 1)
    while True:
        following = datetime.date(day.year + (day.month + 3 > 12), (day.month + 2) % 12 + 1, 1)
        if following > today:
            return
        yield day
        day = following


def build_dataset(writer, area) -> None:
    rng, indicators = area.rng, []
    for n, (code, name, unit, polarity) in enumerate(words.INDICATORS[:area.scale.indicators]):
        base = Decimal(rng.randint(20, 80))
        green, red = (base * Decimal("1.1"), base * Decimal("0.9")) if polarity == "higher" else (
            base * Decimal("0.9"), base * Decimal("1.1"))
        indicator = Indicator(partnership=area.partnership, code=code, name=name, unit=unit, polarity=polarity,
                              frequency=Indicator.Frequency.QUARTERLY, owner=rng.choice(area.people),
                              source_organisation=rng.choice(area.organisations[1:]),
                              priority=rng.choice(area.priorities), green_threshold=round(green, 1),
                              red_threshold=round(red, 1), position=n + 1, created_at=moment(area.start, 10),
                              created_by=area.actor, definition=f"{name}, counted each quarter.")
        indicator._history_date, indicator._base = indicator.created_at, base
        indicators.append(indicator)
    indicators = writer.create(Indicator, indicators)
    figures = []
    for indicator in indicators:
        value = indicator._base
        for start in quarters(area.start, area.today):
            value = max(Decimal(1), value + Decimal(rng.randint(-50, 50)) / 10)
            entered = moment(start + datetime.timedelta(days=rng.randint(100, 120)), 10)
            entered = min(entered, moment(area.today, 9))
            figure = Figure(indicator=indicator, period_kind="quarter", period_start=start, value=round(value, 1),
                            updated_at=entered, updated_by=area.actor)
            figure._history_date = entered
            figures.append(figure)
    writer.create(Figure, figures)


def build_training(writer, area) -> None:
    rng, p, today = area.rng, area.partnership, area.today
    courses = []
    for n, topic in enumerate(rng.sample(words.TOPICS, area.scale.courses)):
        course = Course(partnership=p, title=area.fill(words.COURSES[n % len(words.COURSES)], topic),
                        summary=f"Multi-agency learning on {topic}.", level=str(n % 4 + 1),
                        priority=rng.choice(area.priorities), created_by=area.actor)
        course._history_date = moment(area.start, 10)
        courses.append(course)
    courses = writer.create(Course, courses)
    delegates = []
    for n in range(area.scale.courses * 12):
        first, last = rng.choice(words.FIRST_NAMES), rng.choice(words.SURNAMES)
        email = f"{first}.{last}.{n}@example.org".lower()
        delegate = Delegate(partnership=p, name=f"{first} {last}", email=email,
                            organisation=rng.choice(area.organisations[1:]), job_role=rng.choice(words.JOB_TITLES))
        delegate._history_date = moment(area.start, 10)
        delegates.append(delegate)
    delegates = writer.create(Delegate, delegates)
    events = []
    years = max(1, round((today - area.start).days / 365.25))
    span = (today + datetime.timedelta(days=90) - area.start).days
    for course in courses:
        total = area.scale.events_per_course_year * years
        for i in range(total):
            day = area.start + datetime.timedelta(days=int((i + rng.random()) * span / total))
            while day.weekday() >= 5:
                day += DAY
            starts = moment(day, 9, 30)
            event = Event(course=course, starts_at=starts, ends_at=starts + datetime.timedelta(hours=3),
                          delivery=rng.choice(Event.Delivery.values), capacity=20, trainer=rng.choice(area.people).full_name,
                          venue=f"{area.place} Training Centre", booking_deadline=day - 7 * DAY, created_by=area.actor)
            event._history_date = moment(max(area.start, day - datetime.timedelta(days=60)), 10)
            events.append(event)
    events = writer.create(Event, events)
    bookings = []
    for event in events:
        day = event.starts_at.date()
        for delegate in rng.sample(delegates, min(len(delegates), rng.randint(6, 16))):
            booked = max(area.start, day - datetime.timedelta(days=rng.randint(8, 50)))
            if booked > today:
                continue
            attendance = ""
            if day < today:
                attendance = Booking.Attendance.ATTENDED if rng.random() < 0.9 else Booking.Attendance.DID_NOT_ATTEND
            booking = Booking(event=event, delegate=delegate, attendance=attendance, booked_at=moment(booked, 12),
                              created_by=area.actor)
            booking._history_date = booking.booked_at
            bookings.append(booking)
    writer.create(Booking, bookings)


LINES = [("staffing", "Business unit staff", 180_000_00), ("chair_scrutiny", "Independent chair", 30_000_00),
         ("reviews", "Safeguarding reviews", 40_000_00), ("training", "Multi-agency training", 25_000_00),
         ("website_comms", "Website and communications", 6_000_00), ("other", "Meetings and venues", 4_000_00)]


def build_budget(writer, area) -> None:
    rng, today = area.rng, area.today
    current = financial_year(today)
    years = []
    for start_year in range(financial_year(area.start), current + 1):
        closed = start_year < current
        year = FinancialYear(partnership=area.partnership, start_year=start_year, created_by=area.actor,
                             status=FinancialYear.Status.CLOSED if closed else FinancialYear.Status.OPEN,
                             closed_on=min(today, datetime.date(start_year + 1, 5, 31)) if closed else None,
                             brought_forward_pence=rng.randint(0, 20_000) * 100 if start_year > area.start.year else 0)
        year._history_date = moment(max(area.start, datetime.date(start_year, 3, 1)), 10)
        years.append(year)
    years = writer.create(FinancialYear, years)
    lines, contributions = [], []
    partners = area.organisations[1:6]
    for year in years:
        growth = 1 + (year.start_year - years[0].start_year) * 0.02
        for n, (category, name, planned) in enumerate(LINES):
            line = BudgetLine(year=year, category=category, name=name, planned_pence=int(planned * growth),
                              ring_fenced=category == "reviews", position=n + 1)
            line._history_date = year._history_date
            lines.append(line)
        total = sum(planned for _, _, planned in LINES) * growth
        for organisation in partners:
            share = int(total / len(partners))
            contribution = Contribution(year=year, organisation=organisation, agreed_pence=share - share % 100,
                                        underwrites=organisation.is_statutory_partner)
            contribution._history_date = year._history_date
            contributions.append(contribution)
    writer.create(BudgetLine, lines)
    writer.create(Contribution, contributions)
