"""Bookings, the waiting list, cancelling (in time or late), moving up, cancelling an event, the register.
The clock is fixed at 10:00 on Monday 9 March 2026 (assure/conftest.py)."""
import datetime

import pytest
from django.core.exceptions import ValidationError

from assure.core.concurrency import EditConflict
from assure.training import services
from assure.training.models import Booking, Event, TrainingPolicy

from . import factories

MARCH_24 = datetime.date(2026, 3, 24)     # five working days' notice ends on Tuesday 17 March
MARCH_12 = datetime.date(2026, 3, 12)     # Thursday: fewer than five working days away
MARCH_2 = datetime.date(2026, 3, 2)       # already held


@pytest.fixture
def course(partnership, business_user):
    return factories.course(partnership, business_user)


def people(event, by, count, start=0):
    return [factories.booking(event, by, name=f"Person {n}", email=f"person{n}@fenbridge.example")
            for n in range(start, start + count)]


def reloaded(*bookings):
    return [Booking.objects.get(pk=b.pk) for b in bookings]


def test_bookings_beyond_capacity_join_the_waiting_list_in_order(course, business_user):
    event = factories.event(course, business_user, capacity=2)
    first, second, third, fourth = people(event, business_user, 4)
    assert [b.status for b in (first, second, third, fourth)] == ["booked", "booked", "waiting", "waiting"]


def test_the_same_person_twice_is_refused_and_a_namesake_is_flagged(course, business_user):
    event = factories.event(course, business_user)
    first = factories.booking(event, business_user)
    with pytest.raises(ValidationError, match="already booked"):
        factories.booking(event, business_user, email=first.delegate.email.upper())
    twin = factories.booking(event, business_user, email="sam.d@fenbridge.example")
    assert twin.delegate.possible_duplicate_of == first.delegate


def test_cancelling_in_time_frees_the_place_for_the_first_person_waiting(course, business_user):
    event = factories.event(course, business_user, day=MARCH_24, capacity=1)
    booked, first_waiting, second_waiting = people(event, business_user, 3)
    result = services.cancel_booking(booked, by=business_user, expected_version=booked.version)
    assert result.booking.status == Booking.Status.CANCELLED
    assert result.moved_up == first_waiting
    assert [b.status for b in reloaded(first_waiting, second_waiting)] == ["booked", "waiting"]


def test_cancelling_with_too_little_notice_is_late(course, business_user):
    event = factories.event(course, business_user, day=MARCH_12)
    booking = factories.booking(event, business_user)
    result = services.cancel_booking(booking, by=business_user, expected_version=booking.version)
    assert result.booking.status == Booking.Status.CANCELLED_LATE
    assert result.moved_up is None


def test_the_partnerships_notice_period_decides(partnership, course, business_user):
    TrainingPolicy.objects.create(partnership=partnership, notice_working_days=2)
    event = factories.event(course, business_user, day=MARCH_12)   # two working days before is Tuesday 10 March
    booking = factories.booking(event, business_user)
    assert services.cancel_booking(booking, by=business_user, expected_version=booking.version).booking.status \
        == Booking.Status.CANCELLED


def test_leaving_the_waiting_list_is_never_late_and_moves_no_one(course, business_user):
    event = factories.event(course, business_user, day=MARCH_12, capacity=1)
    booked, waiting, later = people(event, business_user, 3)
    result = services.cancel_booking(waiting, by=business_user, expected_version=waiting.version)
    assert result.booking.status == Booking.Status.CANCELLED
    assert result.moved_up is None
    assert [b.status for b in reloaded(booked, later)] == ["booked", "waiting"]


def test_a_cancelled_booking_cannot_be_cancelled_again_but_can_be_rebooked(course, business_user):
    event = factories.event(course, business_user, day=MARCH_24)
    booking = factories.booking(event, business_user)
    services.cancel_booking(booking, by=business_user, expected_version=booking.version)
    booking.refresh_from_db()
    with pytest.raises(ValidationError, match="already cancelled"):
        services.cancel_booking(booking, by=business_user, expected_version=booking.version)
    again = services.book(event, by=business_user, delegate=booking.delegate)
    assert again.pk == booking.pk and again.status == Booking.Status.BOOKED


def test_cancelling_from_an_out_of_date_page_is_refused(course, business_user):
    event = factories.event(course, business_user, day=MARCH_24)
    booking = factories.booking(event, business_user)
    with pytest.raises(EditConflict):
        services.cancel_booking(booking, by=business_user, expected_version=booking.version + 1)


def test_a_booking_cannot_be_cancelled_once_the_event_has_started(course, business_user):
    event = factories.event(course, business_user, day=MARCH_2)
    booking = factories.booking(event, business_user)
    with pytest.raises(ValidationError, match="register"):
        services.cancel_booking(booking, by=business_user, expected_version=booking.version)


def raise_capacity(event, by, capacity):
    event.refresh_from_db()
    return services.update_event(event, by=by, expected_version=event.version, starts_at=event.starts_at,
                                 ends_at=event.ends_at, delivery=event.delivery, venue=event.venue,
                                 capacity=capacity)


def test_offer_places_fills_new_places_from_the_waiting_list_in_order(course, business_user):
    event = factories.event(course, business_user, capacity=1)
    _, first, second, third = people(event, business_user, 4)
    raise_capacity(event, business_user, 3)
    moved = services.offer_places(event, by=business_user)
    assert moved == [first, second]
    assert [b.status for b in reloaded(first, second, third)] == ["booked", "booked", "waiting"]


def test_offer_places_moves_one_person_out_of_turn(course, business_user):
    event = factories.event(course, business_user, capacity=1)
    _, first, second = people(event, business_user, 3)
    raise_capacity(event, business_user, 2)
    assert services.offer_places(event, by=business_user, booking=second) == [second]
    assert [b.status for b in reloaded(first, second)] == ["waiting", "booked"]


def test_offer_places_refuses_with_no_free_place_or_no_one_waiting(course, business_user):
    event = factories.event(course, business_user, capacity=1)
    booked, waiting = people(event, business_user, 2)
    with pytest.raises(ValidationError, match="no free places"):
        services.offer_places(event, by=business_user)
    with pytest.raises(ValidationError, match="not on this event's waiting list"):
        services.offer_places(event, by=business_user, booking=booked)
    services.cancel_booking(waiting, by=business_user, expected_version=waiting.version)
    raise_capacity(event, business_user, 2)
    with pytest.raises(ValidationError, match="No one is on the waiting list"):
        services.offer_places(event, by=business_user)


def test_cancelling_an_event_cancels_every_booking_in_time_and_takes_no_more(course, business_user):
    event = factories.event(course, business_user, day=MARCH_12, capacity=1)
    booked, waiting = people(event, business_user, 2)
    services.cancel_event(event, by=business_user, expected_version=event.version, reason="  The trainer is ill ")
    event.refresh_from_db()
    assert event.status == Event.Status.CANCELLED
    assert event.cancelled_reason == "The trainer is ill"
    assert [b.status for b in reloaded(booked, waiting)] == ["cancelled", "cancelled"]
    with pytest.raises(ValidationError, match="cancelled"):
        factories.booking(event, business_user, name="Late Comer", email="late@fenbridge.example")


def test_cancelling_an_event_needs_a_reason(course, business_user):
    event = factories.event(course, business_user)
    with pytest.raises(ValidationError) as refused:
        services.cancel_event(event, by=business_user, expected_version=event.version, reason=" ")
    assert refused.value.message_dict == {"reason": ["Enter why the event is cancelled."]}


def test_the_register_records_attendance_and_late_cancellations(course, business_user):
    event = factories.event(course, business_user, day=MARCH_2)
    came, missed, late, unmarked = people(event, business_user, 4)
    counts = services.record_register(event, by=business_user, marks={
        came.pk: "attended", missed.pk: "did_not_attend", late.pk: "cancelled_late"})
    came, missed, late = reloaded(came, missed, late)
    assert (came.status, came.attendance) == ("booked", "attended")
    assert (missed.status, missed.attendance) == ("booked", "did_not_attend")
    assert (late.status, late.attendance) == ("cancelled_late", "")
    assert late.cancelled_at is not None
    assert counts == {"attended": 1, "did_not_attend": 1, "cancelled_late": 1, "not_recorded": 1}


def test_a_late_cancellation_marked_by_mistake_is_put_right(course, business_user):
    event = factories.event(course, business_user, day=MARCH_2)
    booking = factories.booking(event, business_user)
    services.record_register(event, by=business_user, marks={booking.pk: "cancelled_late"})
    services.record_register(event, by=business_user, marks={booking.pk: "attended"})
    booking.refresh_from_db()
    assert (booking.status, booking.attendance, booking.cancelled_at) == ("booked", "attended", None)


def test_the_register_is_all_or_nothing(course, business_user):
    event = factories.event(course, business_user, day=MARCH_2)
    booking = factories.booking(event, business_user)
    elsewhere = factories.booking(factories.event(course, business_user, day=MARCH_2), business_user,
                                  name="Other Person", email="other@fenbridge.example")
    with pytest.raises(ValidationError, match="not on this event's register"):
        services.record_register(event, by=business_user, marks={booking.pk: "attended", elsewhere.pk: "attended"})
    with pytest.raises(ValidationError, match="Choose attended"):
        services.record_register(event, by=business_user, marks={booking.pk: "came along"})
    booking.refresh_from_db()
    assert booking.attendance == ""


def test_the_register_opens_when_the_event_starts(course, business_user):
    event = factories.event(course, business_user, day=MARCH_24)
    booking = factories.booking(event, business_user)
    with pytest.raises(ValidationError, match="The register opens when the event starts at 09:30 on 24 March 2026"):
        services.record_register(event, by=business_user, marks={booking.pk: "attended"})


def test_people_waiting_are_not_on_the_register(course, business_user):
    event = factories.event(course, business_user, day=MARCH_2, capacity=1)
    _, waiting = people(event, business_user, 2)
    with pytest.raises(ValidationError, match="not on this event's register"):
        services.record_register(event, by=business_user, marks={waiting.pk: "attended"})
