"""Writes of events: each a named, atomic @service taking the acting user as `by`."""
import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core.audit import service
from assure.core.concurrency import claim_version

from ..models import Course, Event
from ._checks import words


def _checked(course, *, starts_at, ends_at, delivery, venue, trainer, capacity, booking_deadline, notes) -> dict:
    if course.status != Course.Status.ACTIVE:
        raise ValidationError({"course": f"{course.title} is no longer offered: offer it again first."})
    if not isinstance(starts_at, datetime.datetime):
        raise ValidationError({"starts_at": "Enter the date and time the event starts."})
    if not isinstance(ends_at, datetime.datetime):
        raise ValidationError({"ends_at": "Enter the time the event ends."})
    if ends_at <= starts_at:
        raise ValidationError({"ends_at": "The event must end after it starts."})
    if ends_at - starts_at > datetime.timedelta(days=5):
        raise ValidationError({"ends_at": "An event lasts at most five days: add each course day as its own event."})
    if delivery not in Event.Delivery.values:
        raise ValidationError({"delivery": "Choose whether the event is online or at a venue."})
    venue = words(venue, "venue", "the venue, or the platform for an online event", max_length=300,
                  required=delivery == Event.Delivery.VENUE)
    if not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 1:
        raise ValidationError({"capacity": "Enter how many places the event has, 1 or more."})
    if capacity > 1000:
        raise ValidationError({"capacity": "An event has at most 1,000 places."})
    if booking_deadline is not None and booking_deadline > starts_at.date():
        raise ValidationError({"booking_deadline": "The booking deadline must be on or before the day of the event."})
    return {"starts_at": starts_at, "ends_at": ends_at, "delivery": delivery, "venue": venue,
            "trainer": words(trainer, "trainer", "the trainer", max_length=200, required=False),
            "capacity": capacity, "booking_deadline": booking_deadline, "notes": (notes or "").strip()}


@service
@transaction.atomic
def add_event(course: Course, *, by, starts_at, ends_at, delivery: str, capacity: int, venue: str = "",
              trainer: str = "", booking_deadline=None, notes: str = "") -> Event:
    fields = _checked(course, starts_at=starts_at, ends_at=ends_at, delivery=delivery, venue=venue, trainer=trainer,
                      capacity=capacity, booking_deadline=booking_deadline, notes=notes)
    return Event.objects.create(course=course, created_by=by, **fields)


@service
@transaction.atomic
def update_event(event: Event, *, by, expected_version: int, starts_at, ends_at, delivery: str, capacity: int,
                 venue: str = "", trainer: str = "", booking_deadline=None, notes: str = "") -> Event:
    """Change an event. Fewer places than are booked is refused (cancel bookings first); more places are not filled
    from the waiting list here: `offer_places` does that, so the business team sees who moves up."""
    fields = _checked(event.course, starts_at=starts_at, ends_at=ends_at, delivery=delivery, venue=venue,
                      trainer=trainer, capacity=capacity, booking_deadline=booking_deadline, notes=notes)
    booked = event.bookings.filter(status="booked").count()
    if capacity < booked:
        raise ValidationError({"capacity": f"{booked} people are booked, so the event needs at least {booked} "
                                           f"places: cancel bookings first."})
    claim_version(Event, event.pk, expected_version)
    event.refresh_from_db()
    for name, value in fields.items():
        setattr(event, name, value)
    event.save()
    return event
