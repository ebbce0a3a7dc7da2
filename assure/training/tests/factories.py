"""Building training records for tests through the services (fictional courses, people and places only)."""
import datetime
from zoneinfo import ZoneInfo

from assure.core import clock
from assure.core.secret_links import new_token
from assure.partnerships.models import Organisation

from .. import services
from ..models import Answer, Booking, EvaluationLink, Question

LONDON = ZoneInfo("Europe/London")


def organisation(partnership, name="Fenbridge Council", kind="local_authority"):
    found, _ = Organisation.objects.get_or_create(partnership=partnership, name=name, defaults={"kind": kind})
    return found


def course(partnership, by, title="Neglect: seeing the child", level="2",
           outcomes=("Recognise the signs of neglect in a baby", "Use the neglect screening tool with a family"),
           **changes):
    return services.add_course(partnership=partnership, by=by, title=title, level=level, outcomes=list(outcomes),
                               **changes)


def at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=LONDON)


def event(course, by, day=datetime.date(2026, 3, 24), capacity=20, **changes):
    fields = {"starts_at": at(day, 9, 30), "ends_at": at(day, 12, 30), "delivery": "venue",
              "venue": "Marsh Lane Centre, Fenbridge", "trainer": "Alex Trainer", "capacity": capacity}
    return services.add_event(course, by=by, **(fields | changes))


def booking(event, by, name="Sam Delegate", email="sam.delegate@fenbridge.example", organisation_=None, **changes):
    org = organisation_ or organisation(event.course.partnership)
    return services.book_delegate(event, by=by, name=name, email=email, organisation=org,
                                  **({"job_role": "Family support worker",
                                      "manager_email": "pat.manager@fenbridge.example"} | changes))


def delegate(partnership, by, name="Robin Delegate", email="robin.delegate@fenbridge.example", organisation_=None,
             **changes):
    from .. import services as training

    return training.find_or_add_delegate(partnership=partnership, by=by, name=name, email=email,
                                         organisation=organisation_ or organisation(partnership), **changes)[0]


def did_not_attend(booking):
    """Mark a booking "did not attend" as the register would (the register's service is built elsewhere)."""
    booking.attendance = "did_not_attend"
    booking.save()
    return booking


def cancelled_late(booking):
    """A booking cancelled with less notice than the policy asks (the cancel service is built elsewhere)."""
    from assure.core import clock

    booking.status, booking.cancelled_at = "cancelled_late", clock.now()
    booking.save()
    return booking


EXPORT = (b"First Name,Last Name,Email,Job Title,Company,Manager's email\n"
          b"Robin,Ashdown,robin.ashdown@example.org,Social worker,Fenbridge Council,casey.lead@example.org\n")


def booking_import(event, by, data: bytes = EXPORT, file_name="bookings.csv"):
    """A booking system's export checked and waiting to be confirmed (its organisation added first)."""
    organisation(event.course.partnership)
    return services.start_booking_import(event, by=by, file_name=file_name, data=data)


def issued(event, by, stage="before"):
    """Issue a stage's links; returns [(link, token)]."""
    return services.issue_links(event, by=by, stage=stage)


def attended(booking_, attendance="attended"):
    """Record attendance directly, whatever the clock (the register, `record_register`, opens only once the event
    has started; tests of what follows need attendance on events of any date)."""
    Booking.objects.filter(pk=booking_.pk).update(attendance=attendance)
    booking_.refresh_from_db()
    return booking_


def link(booking_, stage, *, completed=True, sent_to="delegate"):
    """An evaluation link for a booking and stage, completed (or not) at the fixed clock."""
    now = clock.now()
    return EvaluationLink.objects.create(booking=booking_, stage=stage, sent_to=sent_to,
                                         token_hash=new_token()[1], issued_at=now,
                                         expires_at=now + datetime.timedelta(days=14),
                                         completed_at=now if completed else None)


def answer(link_, kind, *, outcome=None, score=None, yes=None, text="", quoted=False):
    """An answer to the course's first question of this kind at the link's stage."""
    question = link_.booking.event.course.questions.filter(stage=link_.stage, kind=kind).first()
    if question is None:
        question = Question.objects.create(course=link_.booking.event.course, stage=link_.stage, kind=kind,
                                           text=f"A {kind} question", position=99)
    return Answer.objects.create(link=link_, question=question, outcome=outcome, score=score, yes=yes, text=text,
                                 quoted=quoted)


def training_return(partnership, by, organisation_=None, start_year=2025, lines=None, **changes):
    return services.save_return(partnership=partnership, by=by, organisation=organisation_ or organisation(partnership),
                                start_year=start_year, lines=lines or {"1": (40, 50), "2": (12, None)}, **changes)
