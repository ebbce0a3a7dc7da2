"""Reads for training pages."""
from assure.core import clock

from .models import Booking, Event, TrainingPolicy


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
