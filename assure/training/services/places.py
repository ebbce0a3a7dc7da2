"""Freeing and filling places: cancelling a booking (in time or late), moving people up from the waiting list,
cancelling a whole event. Each a named, atomic @service taking the acting user as `by`.

A booked place that is freed goes straight to the first person on the waiting list (in the order people booked).
Whether a cancellation is late is the pure rule in `training/notice.py`, with the partnership's notice period.
"""
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core import clock
from assure.core.audit import service
from assure.core.concurrency import claim_version

from .. import queries
from ..models import Booking, Event
from ..notice import is_late

OPEN = (Booking.Status.BOOKED, Booking.Status.WAITING)


class Cancelled(NamedTuple):
    booking: Booking
    moved_up: Booking | None   # who took the freed place, if anyone


def _locked(event: Event) -> Event:
    return Event.objects.select_for_update().select_related("course__partnership").get(pk=event.pk)


def _refuse_unless_open(event: Event, what: str) -> None:
    if event.status == Event.Status.CANCELLED:
        raise ValidationError(f"This event is cancelled, so {what}.")
    if clock.now() >= event.starts_at:
        raise ValidationError(f"The event has started, so {what}: record who came on the register instead.")


def _move_up(booking: Booking) -> Booking:
    booking.status, booking.version = Booking.Status.BOOKED, booking.version + 1
    booking.save()
    return booking


@service
@transaction.atomic
def cancel_booking(booking: Booking, *, by, expected_version: int) -> Cancelled:
    """Cancel a place or a place on the waiting list. A booked place cancelled with less notice than the partnership
    asks is cancelled late; the first person waiting then takes the place. Leaving the waiting list is never late."""
    event = _locked(booking.event)
    claim_version(Booking, booking.pk, expected_version)
    booking.refresh_from_db()
    if booking.status not in OPEN:
        raise ValidationError(f"{booking.delegate.name}'s booking is already cancelled.")
    _refuse_unless_open(event, "bookings can no longer be cancelled")
    now = clock.now()
    held_a_place = booking.status == Booking.Status.BOOKED
    late = held_a_place and is_late(event.starts_at, now, queries.policy_for(event.course.partnership)
                                    .notice_working_days)
    booking.status = Booking.Status.CANCELLED_LATE if late else Booking.Status.CANCELLED
    booking.cancelled_at, booking.attendance = now, ""
    booking.save()
    moved_up = None
    if held_a_place:
        first = queries.waiting_list(event).first()
        if first is not None and queries.places_free(event) > 0:
            moved_up = _move_up(first)
    return Cancelled(booking, moved_up)


@service
@transaction.atomic
def offer_places(event: Event, *, by, booking: Booking | None = None) -> list[Booking]:
    """Fill the free places from the waiting list, first come first served; with `booking`, give that person on
    the waiting list a free place out of turn. Returns the bookings that moved up."""
    event = _locked(event)
    _refuse_unless_open(event, "no one can be moved up")
    free = queries.places_free(event)
    waiting = list(queries.waiting_list(event))
    if booking is not None:
        waiting = [b for b in waiting if b.pk == booking.pk]
        if not waiting:
            raise ValidationError({"booking": "That person is not on this event's waiting list."})
    elif not waiting:
        raise ValidationError("No one is on the waiting list.")
    if free == 0:
        raise ValidationError("The event has no free places: raise the number of places first.")
    return [_move_up(b) for b in waiting[:free]]


@service
@transaction.atomic
def cancel_event(event: Event, *, by, expected_version: int, reason: str) -> Event:
    """Cancel an event that has not started, with the reason: every booking and place on the waiting list is
    cancelled (never late, so never charged). A cancelled event takes no bookings."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError({"reason": "Enter why the event is cancelled."})
    if len(reason) > 500:
        raise ValidationError({"reason": "The reason must be 500 characters or fewer."})
    event = _locked(event)
    claim_version(Event, event.pk, expected_version)
    event.refresh_from_db()
    _refuse_unless_open(event, "it can no longer be cancelled")
    now = clock.now()
    for booking in event.bookings.filter(status__in=OPEN):
        booking.status, booking.cancelled_at, booking.attendance = Booking.Status.CANCELLED, now, ""
        booking.version += 1
        booking.save()
    event.status, event.cancelled_reason = Event.Status.CANCELLED, reason
    event.save()
    return event
