"""Reads for training pages."""
import datetime
from collections import Counter
from zoneinfo import ZoneInfo

from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from assure.core import clock
from assure.core.dates import financial_year_of
from assure.partnerships.models import Organisation

from . import charges, impact
from . import evaluation_window as windows
from .models import (
    Answer,
    Booking,
    Course,
    EvaluationLink,
    Event,
    LearningOutcome,
    Question,
    Stage,
    TrainingPolicy,
    TrainingReturn,
)

LONDON = ZoneInfo("Europe/London")


def policy_for(partnership) -> TrainingPolicy:
    """The partnership's training policy, or the defaults (unsaved) when it has not set one."""
    return TrainingPolicy.objects.filter(partnership=partnership).first() or TrainingPolicy(partnership=partnership)


def waiting_list(event):
    """The event's waiting list, first come first served."""
    return event.bookings.filter(status=Booking.Status.WAITING).select_related("delegate").order_by("booked_at", "pk")


def places_free(event) -> int:
    return max(event.capacity - event.bookings.filter(status=Booking.Status.BOOKED).count(), 0)


def moves_up_if_cancelled(booking):
    """Who takes the place when this booking is cancelled now: the first on the waiting list, when the booking
    holds a place of a scheduled event that has not started (the freed place is theirs). None otherwise."""
    event = booking.event
    if (booking.status != Booking.Status.BOOKED or event.status != Event.Status.SCHEDULED
            or clock.now() >= event.starts_at):
        return None
    return waiting_list(event).first()


ATTENDED, DID_NOT_ATTEND, CANCELLED_LATE = "attended", "did_not_attend", "cancelled_late"
MARKS = [(ATTENDED, "Attended"), (DID_NOT_ATTEND, "Did not attend"), (CANCELLED_LATE, "Cancelled late")]
ON_THE_REGISTER = (Booking.Status.BOOKED, Booking.Status.CANCELLED_LATE)


def register_bookings(event: Event):
    """Everyone the register lists: people with a place, and late cancellations (a late cancellation may turn out
    to have come after all)."""
    return (event.bookings.filter(status__in=ON_THE_REGISTER)
            .select_related("delegate__organisation").order_by("delegate__name", "pk"))


def opens_at_words(event: Event) -> str:
    return f"{event.starts_at.astimezone(LONDON):%H:%M on %-d %B %Y}"


def register_counts(event: Event) -> Counter:
    counts = Counter()
    for booking in register_bookings(event):
        if booking.status == Booking.Status.CANCELLED_LATE:
            counts[CANCELLED_LATE] += 1
        else:
            counts[booking.attendance or "not_recorded"] += 1
    return counts


def _bookings_counted(status):
    counted = (Booking.objects.filter(event=OuterRef("pk"), status=status).order_by().values("event")
               .annotate(n=Count("pk")).values("n"))
    return Coalesce(Subquery(counted), 0)


def with_places(events):
    """Events with `booked` and `waiting` counted in the same query (the events list, a course's page), each by a
    subquery rather than a GROUP BY over every booking, so a page of events reads its keys first (ADR 0154) and
    counts the bookings of its own rows only."""
    return events.annotate(booked=_bookings_counted(Booking.Status.BOOKED),
                           waiting=_bookings_counted(Booking.Status.WAITING))


def event_state(event, booked: int, today: datetime.date) -> str:
    """The event's state in words, the same on the list of events and the event's page."""
    if event.status == Event.Status.CANCELLED:
        return "Cancelled"
    if event.ends_at < clock.now():
        return "Taken place"
    if booked >= event.capacity:
        return "Full"
    if event.booking_deadline and event.booking_deadline < today:
        return "Bookings closed"
    return "Open for booking"


# --- Charges -------------------------------------------------------------------------------------

def year_bounds(start_year: int) -> tuple[datetime.datetime, datetime.datetime]:
    """The financial year (April to March) as London times: [1 April start_year, 1 April the next year)."""
    return (datetime.datetime(start_year, 4, 1, tzinfo=LONDON), datetime.datetime(start_year + 1, 4, 1, tzinfo=LONDON))


def charge_years(partnership) -> list[int]:
    """The financial years with events, and this one, latest first."""
    firsts = Event.objects.filter(course__partnership=partnership).datetimes("starts_at", "month", tzinfo=LONDON)
    years = {financial_year_of(moment.date()) for moment in firsts} | {financial_year_of(clock.today())}
    return sorted(years, reverse=True)


def chargeable_bookings(partnership, start_year: int):
    """Bookings of events in the financial year that may imply a charge (charges.py decides)."""
    start, end = year_bounds(start_year)
    return (Booking.objects.filter(event__course__partnership=partnership, event__starts_at__gte=start,
                                   event__starts_at__lt=end)
            .filter(Q(status=Booking.Status.CANCELLED_LATE)
                    | Q(status=Booking.Status.BOOKED, attendance=Booking.Attendance.DID_NOT_ATTEND))
            .exclude(event__status=Event.Status.CANCELLED)
            .select_related("event__course", "delegate__organisation")
            .order_by("event__starts_at", "delegate__name", "pk"))


def charges_in_year(partnership, start_year: int):
    """(the charges grouped by the delegate's organisation, the overall total in pence, the policy)."""
    policy = policy_for(partnership)
    found = charges.charges_for(chargeable_bookings(partnership, start_year), policy,
                                event_cancelled=lambda booking: booking.event.status == Event.Status.CANCELLED)
    groups = charges.by_organisation(found, lambda charge: charge.booking.delegate.organisation,
                                     name_of=lambda organisation: organisation.name)
    return groups, charges.total(found), policy
def when(moment) -> str:
    """'24 March 2026 at 12:30', in local time."""
    local = timezone.localtime(moment)
    return f"{local.day} {local:%B %Y} at {local:%H:%M}"


def day(moment) -> str:
    """'24 March 2026', in local time."""
    local = timezone.localtime(moment)
    return f"{local.day} {local:%B %Y}"


def stage_questions(course, stage) -> list[Question]:
    return list(course.questions.filter(stage=stage).order_by("position", "pk"))


def question_removal_refusal(question: Question) -> str:
    """Why the question cannot be removed, or "" when it can."""
    answered = question.answers.values("link").distinct().count()
    if answered:
        people = "1 person has" if answered == 1 else f"{answered} people have"
        return (f"{people} answered this question, so it cannot be removed: their answers would lose their "
                f"question. Change its wording or make it optional instead.")
    return ""


def link_state(link: EvaluationLink, now=None) -> str:
    """live, completed, withdrawn or expired (evaluation_window.link_state)."""
    return windows.link_state(completed_at=link.completed_at, withdrawn_at=link.withdrawn_at,
                              expires_at=link.expires_at, now=now or clock.now())


def link_refusal(link: EvaluationLink, now=None) -> str:
    """Why the link's form cannot be filled in now, in words for the person holding it; "" when it can."""
    state = link_state(link, now)
    if state == windows.COMPLETED:
        return f"You have already completed this form on {day(link.completed_at)}."
    if state == windows.WITHDRAWN:
        return (f"This link was withdrawn on {day(link.withdrawn_at)}: ask the training team for a new one if you "
                f"still need to fill in the form.")
    if state == windows.EXPIRED:
        return f"This link expired on {day(link.expires_at)}: ask the training team for a new one."
    return ""


def evaluation_counts(event) -> list[dict]:
    """For each stage: links issued (not withdrawn), completed, expired unanswered, and outstanding (live)."""
    now = clock.now()
    links = list(EvaluationLink.objects.filter(booking__event=event).select_related("booking__delegate")
                 .order_by("booking__delegate__name", "-issued_at"))
    rows = []
    for stage in Stage:
        mine = [link for link in links if link.stage == stage.value]
        states = [link_state(link, now) for link in mine]
        for link, state in zip(mine, states, strict=True):
            link.state = state
        rows.append({"stage": stage, "links": mine,
                     "issued": sum(state != windows.WITHDRAWN for state in states),
                     "completed": states.count(windows.COMPLETED), "expired": states.count(windows.EXPIRED),
                     "outstanding": states.count(windows.LIVE), "withdrawn": states.count(windows.WITHDRAWN)})
    return rows


# --- Impact (training/impact.py works it out from these rows; each read is one query) ---------------------------

def _events_in(events, start_year: int | None):
    """The events that have started (impact counts what the training reached, not bookings for events to come),
    in the financial year or all years."""
    events = events.filter(starts_at__lte=clock.now())
    if start_year is None:
        return events
    start, end = year_bounds(start_year)
    return events.filter(starts_at__gte=start, starts_at__lt=end)


def _rows(events) -> dict:
    """The impact rows of these events (a queryset): four queries, plus one for the outcomes."""
    sectors = dict(Organisation.Kind.choices)
    event_rows = [impact.EventRow(pk, course_id, timezone.localtime(starts_at).date(),
                                  status == Event.Status.CANCELLED)
                  for pk, course_id, starts_at, status in events.values_list("pk", "course_id", "starts_at",
                                                                            "status")]
    cancelled = {row.event_id for row in event_rows if row.cancelled}
    event_ids = [row.event_id for row in event_rows]
    bookings = [impact.BookingRow(event_id, course_id, status, attendance, organisation, sectors.get(kind, kind),
                                  event_id in cancelled)
                for event_id, course_id, status, attendance, organisation, kind in
                Booking.objects.filter(event_id__in=event_ids).values_list(
                    "event_id", "event__course_id", "status", "attendance", "delegate__organisation__name",
                    "delegate__organisation__kind")]
    links = [impact.LinkRow(course_id, stage, completed is not None, withdrawn is not None)
             for course_id, stage, completed, withdrawn in
             EvaluationLink.objects.filter(booking__event_id__in=event_ids).values_list(
                 "booking__event__course_id", "stage", "completed_at", "withdrawn_at")]
    answers = [impact.AnswerRow(pk, course_id, stage, kind, outcome_id, score, yes, text, quoted,
                                sectors.get(org_kind, org_kind), organisation)
               for pk, course_id, stage, kind, outcome_id, score, yes, text, quoted, org_kind, organisation in
               Answer.objects.filter(link__booking__event_id__in=event_ids).order_by("pk").values_list(
                   "pk", "question__course_id", "link__stage", "question__kind", "outcome_id", "score", "yes",
                   "text", "quoted", "link__booking__delegate__organisation__kind",
                   "link__booking__delegate__organisation__name")]
    return {"events": event_rows, "bookings": bookings, "links": links, "answers": answers}


def course_impact(course, start_year: int | None = None) -> impact.CourseImpact:
    """A course's impact, over all its events or those of one financial year. Five queries."""
    rows = _rows(_events_in(Event.objects.filter(course=course), start_year))
    outcomes = [impact.OutcomeRow(pk, course.pk, text)
                for pk, text in LearningOutcome.objects.filter(course=course).values_list("pk", "text")]
    return impact.course_impact(course.pk, course.title, outcomes=outcomes, today=clock.today(), **rows)


def year_impact(partnership, start_year: int) -> impact.YearImpact:
    """The partnership's training impact in a financial year, every course. Six queries."""
    courses = list(Course.objects.filter(partnership=partnership).order_by("title").values_list("pk", "title"))
    rows = _rows(_events_in(Event.objects.filter(course__partnership=partnership), start_year))
    course_ids = {row.course_id for row in rows["events"]}
    outcomes = [impact.OutcomeRow(pk, course_id, text) for pk, course_id, text in
                LearningOutcome.objects.filter(course_id__in=course_ids).values_list("pk", "course_id", "text")]
    return impact.year_impact(start_year, courses, outcomes=outcomes, today=clock.today(), **rows)


def year_summary(partnership, start_year: int) -> dict:
    """The year's impact as a plain dict for the yearly report (issue 12): README.md lists its keys."""
    return impact.year_summary(year_impact(partnership, start_year))


def years_with_training(partnership) -> list[int]:
    """Financial years in which the partnership has events, and the current one, latest first."""
    years = {financial_year_of(clock.today())}
    for starts_at in (Event.objects.filter(course__partnership=partnership)
                      .values_list("starts_at", flat=True).order_by()):
        years.add(financial_year_of(timezone.localtime(starts_at).date()))
    return sorted(years, reverse=True)


def text_answers(course):
    """A course's written answers that say something, newest first, for choosing quotes (the business team)."""
    return (Answer.objects.filter(question__course=course, question__kind=Question.Kind.TEXT)
            .exclude(text="").select_related("question", "link__booking__delegate__organisation",
                                             "link__booking__event")
            .order_by("-link__booking__event__starts_at", "pk"))


# Single-agency training returns.
def returns_of_year(partnership, start_year: int) -> list[TrainingReturn]:
    """The year's returns with their lines (two queries), by organisation."""
    return list(TrainingReturn.objects.filter(partnership=partnership, start_year=start_year)
                .select_related("organisation").prefetch_related("lines").order_by("organisation__name"))


def return_years(partnership) -> list[int]:
    years = set(TrainingReturn.objects.filter(partnership=partnership).values_list("start_year", flat=True))
    years.add(financial_year_of(clock.today()))
    return sorted(years, reverse=True)
