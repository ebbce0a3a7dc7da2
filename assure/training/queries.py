"""Reads for training pages."""
import datetime
from collections import Counter
from zoneinfo import ZoneInfo

from django.db.models import Q

from assure.core import clock
from assure.core.dates import financial_year_of

from . import charges
from .models import Booking, Event, TrainingPolicy

LONDON = ZoneInfo("Europe/London")
from django.utils import timezone

from assure.core import clock

from . import evaluation_window as windows
from .models import EvaluationLink, Question, Stage, TrainingPolicy


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
