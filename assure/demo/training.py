"""The demo partnership's training (issue 11): a year of multi-agency training for Marshcombe. Everything is invented.

Six courses (one a bitesize session on the learning from the CSPR of the demo's review), a dozen events over the
past year and two to come: some full with a waiting list, some with cancellations (in time, and late), registers
with people who did not attend, one event's bookings imported from the booking system's export, and the three-stage
evaluation (before, straight after, six to eight weeks later with the manager) answered by most delegates, with
confidence rising after the course and most managers reporting changed practice. The business manager has chosen a
few quotes, and five agencies have sent last year's single-agency training return.

Every write goes through the training services, on the day it would have happened (`world.on_day`).
"""
import datetime
from zoneinfo import ZoneInfo

from assure.reviews.models import Review
from assure.training import queries, services
from assure.training.models import Booking, Question, Stage

LONDON = ZoneInfo("Europe/London")

# key: (title, level, priority key or None, audience, summary, outcomes)
COURSES = {
    "neglect": ("Neglect: seeing the child", "2", "neglect", "Practitioners in every agency working with families",
                "Half a day on recognising neglect early, using the screening tool together and escalating when a "
                "plan is not changing things for the child.",
                ["Recognise the signs of neglect in a baby or young child",
                 "Use the neglect screening tool with a family and their network",
                 "Escalate when a child's plan is not improving things"]),
    "bitesize": ("Learning from a case review: bitesize", "2", None, "Anyone working with children and families",
                 "A 90-minute online session on what the partnership's recent review found and what changes.",
                 ["Ask who lives in, and visits, the child's home",
                  "Share information when a child is not brought to appointments"]),
    "exploitation": ("Exploitation: the first conversation", "1", "exploitation",
                     "Front-line staff, schools and the voluntary sector",
                     "Spotting the early signs of criminal and sexual exploitation, and what to do next.",
                     ["Spot the early signs of criminal exploitation",
                      "Make a referral to the exploitation hub",
                      "Talk about exploitation without blaming the child"]),
    "transitions": ("Transitional safeguarding: turning 18", "3", "transitional",
                    "Social workers, leaving-care and adult services staff",
                    "Planning from 17 so support does not stop on a birthday.",
                    ["Plan a young person's move to adult services from 17",
                     "Apply the Care Act's safeguarding duties to young adults"]),
    "domestic_abuse": ("Domestic abuse and the unseen child", "2", "domestic_abuse",
                       "Practitioners in health, police, education and social care",
                       "The child's experience of domestic abuse and how agencies keep them in view.",
                       ["Describe the impact of domestic abuse on a child",
                        "Use the risk checklist and make a referral to MARAC"]),
    "msp": ("Making safeguarding personal", "2", None, "Staff working with adults at risk",
            "Putting the adult's wishes at the centre of a safeguarding enquiry.",
            ["Find out what the adult wants to happen", "Record the adult's outcomes in their own words"]),
}

# (course key, days before today, capacity, delivery, venue, trainer, bookings wanted); negative days are to come.
EVENTS = [
    ("neglect", 340, 20, "venue", "Marsh Hall Conference Centre, Marshcombe", "Fellside Learning", 18),
    ("exploitation", 312, 25, "online", "Microsoft Teams", "Tarnside Police exploitation team", 25),
    ("domestic_abuse", 285, 20, "venue", "Tarnside Fire Station training room", "Harbour Domestic Abuse Service", 22),
    ("msp", 250, 16, "venue", "Marsh Hall Conference Centre, Marshcombe", "Fellside Learning", 12),
    ("neglect", 222, 20, "venue", "Fenwick Children's Centre, Tarnside", "Fellside Learning", 24),
    ("bitesize", 190, 40, "online", "Microsoft Teams", "Tomasz Wrobel, Reviews Officer", 31),
    ("transitions", 160, 18, "venue", "Marsh Hall Conference Centre, Marshcombe", "Northfold Consulting", 15),
    ("exploitation", 130, 25, "online", "Microsoft Teams", "Tarnside Police exploitation team", 27),
    ("bitesize", 98, 40, "online", "Microsoft Teams", "Tomasz Wrobel, Reviews Officer", 26),
    ("domestic_abuse", 70, 20, "venue", "Tarnside Fire Station training room", "Harbour Domestic Abuse Service", 20),
    ("neglect", 45, 20, "venue", "Fenwick Children's Centre, Tarnside", "Fellside Learning", 19),
    ("msp", 21, 16, "online", "Microsoft Teams", "Fellside Learning", 14),
    ("transitions", -16, 18, "venue", "Marsh Hall Conference Centre, Marshcombe", "Northfold Consulting", 20),
    ("exploitation", -37, 25, "online", "Microsoft Teams", "Tarnside Police exploitation team", 9),
]
IMPORTED_EVENT = 7          # this event's bookings came from the booking system's export

FIRST = ["Aisha", "Ben", "Chloe", "Daniel", "Eve", "Farid", "Gemma", "Harry", "Imogen", "Jamal", "Kate", "Liam",
         "Megan", "Nathan", "Olivia", "Priya", "Quentin", "Rosa", "Sean", "Tara", "Umar", "Vicky", "Will", "Yasmin",
         "Zoe", "Adam", "Bethany", "Callum", "Dina", "Ethan"]
LAST = ["Ashworth", "Bramley", "Carver", "Dunmore", "Ellison", "Fairley", "Garside", "Holt", "Ingleby", "Jessop",
        "Kendal", "Lowther", "Marsden", "Newby", "Oakes", "Pennington", "Quarmby", "Redfern", "Sowerby", "Thwaite"]
# organisation key -> (email domain, roles of its delegates)
AGENCIES = {
    "council": ("marshcombe.example", ["Social worker", "Family support worker", "Early help practitioner",
                                       "Team manager"]),
    "police": ("tarnside-police.example", ["Police constable", "Detective constable", "PCSO"]),
    "trust": ("mcht.example", ["Health visitor", "School nurse", "Midwife"]),
    "icb": ("mt-icb.example", ["Designated nurse", "GP practice safeguarding lead"]),
    "schools": ("msp-schools.example", ["Designated safeguarding lead", "Teacher", "Pastoral lead"]),
    "voluntary": ("mva.example", ["Youth worker", "Volunteer coordinator"]),
    "district": ("tarnside-dc.example", ["Housing officer", "Community safety officer"]),
    "probation": ("probation-marshcombe.example", ["Probation officer"]),
}

# Written answers, by course: what delegates want to learn, will do differently, and (with their manager) what
# changed. "" is a question left blank.
WHAT_TO_LEARN = ["Where to go when I am worried but not sure", "What other agencies do with a referral",
                 "How to raise it with the family without losing them", ""]
DIFFERENTLY = {
    "neglect": ["I will ask who else lives at the house at every visit.",
                "Use the screening tool with my team's families, not just the ones I am worried about.",
                "Talk to my manager about escalating the two cases I have been unsure about.", ""],
    "bitesize": ["Check the child's health appointments before closing a case.",
                 "Ask who visits the home, not only who lives there.",
                 "Tell the health visitor when a child is not brought to an appointment.", ""],
    "exploitation": ["Call the hub for advice sooner rather than waiting for certainty.",
                     "Record missing episodes and who the young person was with.",
                     "Stop writing that a young person is 'putting themselves at risk'.", ""],
    "transitions": ["Start the transition plan at 17, not in the last month.",
                    "Invite adult services to the review before the young person turns 18.",
                    "Write the young person's words in the record, not my summary of them.", ""],
    "domestic_abuse": ["Ask where the children were during the incident, every time.",
                       "Complete the risk checklist with the victim rather than from the notes.",
                       "Make sure the school hears about an incident the next morning.", ""],
    "msp": ["Ask the adult what they want to happen before deciding the enquiry.",
            "Record the adult's outcomes in their own words.",
            "Check with the adult at the end whether their outcomes were met.", ""],
}
CHANGED = {
    "neglect": ["She now completes the screening tool with the family and shares it at the core group; two plans "
                "have changed as a result.",
                "He raised an escalation for the first time, and the child's plan was reviewed within a fortnight.",
                "She asks about everyone in the household and recorded a new partner we had not known about."],
    "bitesize": ["They now check for missed appointments before closing and have re-opened one case.",
                 "She asked about a visiting adult and shared it with the social worker the same day.",
                 "The practice now tells the health visitor about every missed immunisation appointment."],
    "exploitation": ["Referrals to the hub from the team have the information the hub needs first time.",
                     "He spotted a boy carrying two phones and made a referral that led to a disruption plan.",
                     "Her notes now describe the young person as exploited, not as choosing to go missing."],
    "transitions": ["Two young people on his caseload have adult services at their 17-and-a-half review.",
                    "She used the Care Act duties to keep a safeguarding enquiry open after a young woman turned 18.",
                    "Leaving-care and adult teams now meet monthly about the young people turning 18."],
    "domestic_abuse": ["She referred a family to MARAC with the checklist completed with the mother.",
                       "He now records where the children were at every domestic abuse call-out.",
                       "The school heard about an incident by 9 a.m. and the child had a quiet space that day."],
    "msp": ["Her enquiry reports now open with what the adult wanted and whether it happened.",
            "He changed a protection plan after the adult said she wanted to stay at home.",
            "The team's audit found the adult's own words recorded in most enquiries."],
}
NOTHING_YET = "Not much yet: the caseload has not included a case where it applied."
COURSE_KEYS = {title: key for key, (title, *_rest) in COURSES.items()}
QUOTES_TO_CHOOSE = 3


def extend(world) -> None:
    by, today, rng = world.business_user, world.today, world.rng
    people = _people(world)
    courses = {}
    with world.on_day(today - datetime.timedelta(days=400)):
        services.save_policy(partnership=world.partnership, by=by, expected_version=None, notice_working_days=5,
                             did_not_attend_charge_pence=7500, late_cancellation_charge_pence=5000,
                             charging_note="Charged to the delegate's organisation, invoiced each quarter.",
                             after_link_days=14, follow_up_from_weeks=6, follow_up_until_weeks=8)
        review = (Review.objects.filter(case__partnership=world.partnership, kind=Review.Kind.CSPR)
                  .select_related("case").order_by("pk").first())
        for key, (title, level, priority, audience, summary, outcomes) in COURSES.items():
            courses[key] = services.add_course(
                partnership=world.partnership, by=by, title=title, level=level, outcomes=outcomes, summary=summary,
                audience=audience, priority=world.priorities.get(priority) if priority else None,
                review=review if key == "bitesize" else None)
    for number, (key, days, capacity, delivery, venue, trainer, wanted) in enumerate(EVENTS):
        _run_event(world, number, courses[key], today - datetime.timedelta(days=days), capacity, delivery, venue,
                   trainer, rng.sample(people, wanted))
    with world.on_day(today - datetime.timedelta(days=3)):
        _choose_quotes(courses.values(), by)
    _returns(world)


def _people(world) -> list[dict]:
    """About 90 delegates across the agencies, each with a manager at the same agency."""
    rng, people, seen = world.rng, [], set()
    for first in FIRST:
        for last in rng.sample(LAST, 3):
            key = rng.choice(list(AGENCIES))
            domain, roles = AGENCIES[key]
            email = f"{first}.{last}@{domain}".lower()
            if email in seen:
                continue
            seen.add(email)
            manager = f"{rng.choice(FIRST)}.{rng.choice(LAST)}.manager@{domain}".lower()
            people.append({"name": f"{first} {last}", "email": email, "organisation": world.organisations[key],
                           "job_role": rng.choice(roles), "manager_email": manager})
    return people


def _weekday(day: datetime.date) -> datetime.date:
    """A working day on or before `day`, and not between Christmas and New Year (nobody runs training then)."""
    if (day.month, day.day) >= (12, 20) or (day.month, day.day) <= (1, 3):
        day = datetime.date(day.year - (day.month == 1), 12, 18)
    while day.weekday() >= 5:
        day -= datetime.timedelta(days=1)
    return day


def _run_event(world, number, course, day, capacity, delivery, venue, trainer, delegates) -> None:
    by, today, rng = world.business_user, world.today, world.rng
    day = _weekday(day)
    online = delivery == "online"
    start = datetime.time(10, 0) if online else datetime.time(9, 30)
    end = datetime.time(11, 30) if online else datetime.time(12, 30)
    with world.on_day(day - datetime.timedelta(days=42)):
        event = services.add_event(course, by=by, delivery=delivery, venue=venue, trainer=trainer, capacity=capacity,
                                   starts_at=datetime.datetime.combine(day, start, tzinfo=LONDON),
                                   ends_at=datetime.datetime.combine(day, end, tzinfo=LONDON),
                                   booking_deadline=day - datetime.timedelta(days=7))
    booking_day = min(today, day - datetime.timedelta(days=28))
    with world.on_day(booking_day):
        if number == IMPORTED_EVENT:
            _import(event, delegates, by)
        else:
            for person in delegates:
                services.book_delegate(event, by=by, **person)
    if day - datetime.timedelta(days=12) <= today:
        with world.on_day(day - datetime.timedelta(days=12)):
            # Two cancel in time (whoever waits moves up); on a full event one more cancels late.
            booked = list(event.bookings.filter(status=Booking.Status.BOOKED).order_by("pk"))
            for booking in rng.sample(booked, min(2, len(booked))):
                booking.refresh_from_db()
                services.cancel_booking(booking, by=by, expected_version=booking.version)
    if day - datetime.timedelta(days=10) <= today:
        _evaluate(world, event, Stage.BEFORE, day - datetime.timedelta(days=10), share=0.8)
    if day - datetime.timedelta(days=2) <= today and number % 3 == 1:
        with world.on_day(day - datetime.timedelta(days=2)):
            late = event.bookings.filter(status=Booking.Status.BOOKED).order_by("pk").last()
            services.cancel_booking(late, by=by, expected_version=late.version)
    if day >= today:
        return
    with world.on_day(day + datetime.timedelta(days=1)):
        marks = {}
        for booking in event.bookings.filter(status=Booking.Status.BOOKED).order_by("pk"):
            marks[booking.pk] = "did_not_attend" if rng.random() < 0.1 else "attended"
        services.record_register(event, by=by, marks=marks)
    _evaluate(world, event, Stage.AFTER, day + datetime.timedelta(days=1), share=0.7)
    if day + datetime.timedelta(days=43) <= today:
        _evaluate(world, event, Stage.FOLLOW_UP, day + datetime.timedelta(days=43), share=0.55)


def _import(event, delegates, by) -> None:
    """The booking system's export: one row per ticket, the headings it uses."""
    rows = ["First Name,Last Name,Email,Job Title,Organisation,Manager's email"]
    for person in delegates:
        first, last = person["name"].split(" ", 1)
        rows.append(f"{first},{last},{person['email']},{person['job_role']},{person['organisation'].name},"
                    f"{person['manager_email']}")
    pending = services.start_booking_import(event, by=by, file_name="booking-system-export.csv",
                                            data=("\n".join(rows) + "\n").encode())
    services.confirm_booking_import(pending, by=by)


def _evaluate(world, event, stage, issue_day, *, share) -> None:
    """Issue the stage's links, then most people answer over the following days."""
    rng, by, today = world.rng, world.business_user, world.today
    with world.on_day(issue_day):
        issued = services.issue_links(event, by=by, stage=stage)
    questions = queries.stage_questions(event.course, stage)
    outcomes = list(event.course.outcomes.all())
    for link, _token in issued:
        if rng.random() > share:
            continue
        answered_on = issue_day + datetime.timedelta(days=rng.randint(0, 6))
        if answered_on > today or (stage == Stage.BEFORE and answered_on >= event.starts_at.date()):
            continue
        with world.on_day(answered_on):
            link.refresh_from_db()
            services.submit_evaluation(link, answers=_answers(rng, link, stage, questions, outcomes))


def _answers(rng, link, stage, questions, outcomes) -> dict:
    # A delegate's starting confidence, the same for each outcome give or take one; the course adds to it.
    base = rng.choice([1, 2, 2, 2, 3, 3, 3, 4])
    gain = {Stage.BEFORE: 0, Stage.AFTER: rng.choice([0, 1, 1, 2, 2]), Stage.FOLLOW_UP: rng.choice([0, 1, 1, 2])}
    answers = {}
    for question in questions:
        if question.kind == Question.Kind.CONFIDENCE:
            for outcome in outcomes:
                answers[(question.pk, outcome.pk)] = max(1, min(5, base + gain[stage] + rng.choice([-1, 0, 0, 1])))
        elif question.kind in (Question.Kind.USEFULNESS, Question.Kind.RATING):
            answers[(question.pk, None)] = rng.choice([3, 4, 4, 5, 5])
        elif question.kind == Question.Kind.CHANGED_PRACTICE:
            answers[(question.pk, None)] = rng.random() < 0.72
        else:
            key = COURSE_KEYS.get(question.course.title, "neglect")
            pool = {Stage.BEFORE: WHAT_TO_LEARN, Stage.AFTER: DIFFERENTLY[key],
                    Stage.FOLLOW_UP: CHANGED[key] + [NOTHING_YET]}[stage]
            text = rng.choice(pool)
            if text:
                answers[(question.pk, None)] = text
    return answers


def _choose_quotes(courses, by) -> None:
    from assure.training.models import Answer
    for course in courses:
        written = (Answer.objects.filter(question__course=course, question__kind=Question.Kind.TEXT)
                   .exclude(text="").exclude(text__startswith="Not much").exclude(link__stage=Stage.BEFORE)
                   .order_by("-link__stage", "pk"))
        chosen = set()
        for answer in written:
            if answer.text not in chosen:
                services.choose_quote(answer, by=by, expected_version=answer.version)
                chosen.add(answer.text)
            if len(chosen) >= QUOTES_TO_CHOOSE:
                break


# organisation key -> staff trained at levels 1-4, and staff in scope at each (last financial year)
RETURNS = {
    "council": ((612, 340, 96, 22), (650, 380, 110, 25)),
    "police": ((480, 210, 64, 12), (520, 260, 70, 14)),
    "trust": ((890, 420, 130, 18), (900, 470, 140, 20)),
    "schools": ((1450, 160, 88, 0), (1500, 190, 95, None)),
    "voluntary": ((140, 38, 6, 0), (None, None, None, None)),
}


def _returns(world) -> None:
    from assure.core.dates import financial_year_of
    by, last_year = world.business_user, financial_year_of(world.today) - 1
    with world.on_day(datetime.date(last_year + 1, 5, 20)):
        for key, (trained, in_scope) in RETURNS.items():
            lines = {str(level): (count, scope) for level, count, scope in zip((1, 2, 3, 4), trained, in_scope)}
            services.save_return(partnership=world.partnership, by=by, organisation=world.organisations[key],
                                 start_year=last_year, lines=lines,
                                 received_on=datetime.date(last_year + 1, 5, 12 + len(key) % 7))
