"""The register of an event: who attended, who did not, who cancelled late. One atomic @service taking the
acting user as `by`; every mark is saved, or none."""
from collections import Counter

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core import clock
from assure.core.audit import service

from ..models import Booking, Event
from ..queries import CANCELLED_LATE, MARKS, opens_at_words, register_bookings, register_counts


@service
@transaction.atomic
def record_register(event: Event, *, by, marks: dict) -> Counter:
    """Save the marks ({booking id: "attended" | "did_not_attend" | "cancelled_late"}). Attended and did not attend
    set the attendance (a late cancellation marked by mistake is booked again); cancelled late cancels the place
    and clears the attendance. Returns how many of each mark the register now holds."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    if event.status == Event.Status.CANCELLED:
        raise ValidationError("This event is cancelled, so it has no register.")
    if clock.now() < event.starts_at:
        raise ValidationError(f"The register opens when the event starts at {opens_at_words(event)}.")
    if not marks:
        raise ValidationError("Choose attended, did not attend or cancelled late for at least one person.")
    bookings = {b.pk: b for b in register_bookings(event).select_for_update()}
    for booking_id, mark in marks.items():
        if booking_id not in bookings:
            raise ValidationError(f"Booking {booking_id} is not on this event's register: reload the page.")
        if mark not in dict(MARKS):
            name = bookings[booking_id].delegate.name
            raise ValidationError(f"Choose attended, did not attend or cancelled late for {name}.")
    now = clock.now()
    for booking_id, mark in marks.items():
        booking = bookings[booking_id]
        before = (booking.status, booking.attendance)
        if mark == CANCELLED_LATE:
            booking.status, booking.attendance = Booking.Status.CANCELLED_LATE, ""
            booking.cancelled_at = booking.cancelled_at or now
        else:
            booking.status, booking.attendance, booking.cancelled_at = Booking.Status.BOOKED, mark, None
        if (booking.status, booking.attendance) != before:
            booking.version += 1
            booking.save()
    return register_counts(event)

