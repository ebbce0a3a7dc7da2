"""Building training records for tests through the services (fictional courses, people and places only)."""
import datetime
from zoneinfo import ZoneInfo

from assure.partnerships.models import Organisation

from .. import services

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


def attended(booking):
    """Mark a booking attended (the register, another part of training, records this for real)."""
    type(booking).objects.filter(pk=booking.pk).update(attendance="attended")
    booking.refresh_from_db()
    return booking


def issued(event, by, stage="before"):
    """Issue a stage's links; returns [(link, token)]."""
    return services.issue_links(event, by=by, stage=stage)
