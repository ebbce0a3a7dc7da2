"""The events list, the event page (who sees delegates' names), cancelling, offering places, the register."""
import datetime

import pytest
from django.urls import reverse

from assure.conftest import signed_in_client
from assure.training.models import Booking, Event

from . import factories

MARCH_24, MARCH_12, MARCH_2 = datetime.date(2026, 3, 24), datetime.date(2026, 3, 12), datetime.date(2026, 3, 2)


@pytest.fixture
def course(partnership, business_user):
    return factories.course(partnership, business_user)


def url(partnership, name, **kwargs):
    return reverse(f"training:{name}", kwargs={"slug": partnership.slug, **kwargs})


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


def test_the_events_list_shows_upcoming_and_past_with_places_and_filters(partnership, course, business_user,
                                                                         member_user):
    upcoming = factories.event(course, business_user, day=MARCH_24, capacity=1)
    factories.booking(upcoming, business_user)
    factories.booking(upcoming, business_user, name="Wai Ting", email="wai@fenbridge.example")
    factories.event(course, business_user, day=MARCH_2, delivery="online", venue="Teams")
    client = signed_in_client(member_user)
    page = client.get(url(partnership, "event-list"))
    assert page.status_code == 200
    assert [e.pk for e in page.context["upcoming"].object_list] == [upcoming.pk]
    row = page.context["upcoming_rows"][0]
    assert (row["booked"], row["waiting"], row["state"]) == (1, 1, "Full")
    assert row["starts"] == "24 Mar 2026, 09:30" and f'href="{row["href"]}">24 Mar 2026, 09:30</a>' in page.content.decode()
    assert page.context["past_rows"][0]["state"] == "Taken place"
    online_past = client.get(url(partnership, "event-list") + "?when=past&delivery=online")
    assert online_past.context["upcoming"] is None
    assert len(online_past.context["past"].object_list) == 1
    nonsense = client.get(url(partnership, "event-list") + "?when=soon")
    assert nonsense.status_code == 200 and "Choose upcoming or past." in nonsense.content.decode()


def test_members_see_counts_but_no_names(partnership, course, business_user, member_user):
    event = factories.event(course, business_user)
    factories.booking(event, business_user)
    page = signed_in_client(member_user).get(url(partnership, "event-detail", event_id=event.pk)).content.decode()
    assert "1 booked of 20" in page and "Sam Delegate" not in page
    page = signed_in_client(business_user).get(url(partnership, "event-detail", event_id=event.pk)).content.decode()
    assert "Sam Delegate" in page


def test_the_event_page_gives_the_same_state_as_the_list(partnership, course, business_user, member_user):
    past = factories.event(course, business_user, day=MARCH_2)
    full = factories.event(course, business_user, day=MARCH_24, capacity=1)
    factories.booking(full, business_user)
    client = signed_in_client(member_user)
    assert client.get(url(partnership, "event-detail", event_id=past.pk)).context["state"] == "Taken place"
    assert client.get(url(partnership, "event-detail", event_id=full.pk)).context["state"] == "Full"
    page = signed_in_client(business_user).get(url(partnership, "event-detail", event_id=past.pk)).content.decode()
    assert "Starts at: 2 March 2026, 09:30" in page and "+00:00" not in page   # the history, in words


def test_the_course_page_lists_its_events_latest_first_with_places_and_state(partnership, course, business_user,
                                                                             member_user):
    past = factories.event(course, business_user, day=MARCH_2)
    full = factories.event(course, business_user, day=MARCH_24, capacity=1)
    factories.booking(full, business_user)
    factories.booking(full, business_user, name="Wai Ting", email="wai@fenbridge.example")
    events = signed_in_client(member_user).get(url(partnership, "course-detail", course_id=course.pk)).context["events"]
    assert [(e.pk, e.booked, e.waiting, e.state) for e in events] == [(full.pk, 1, 1, "Full"),
                                                                       (past.pk, 0, 0, "Taken place")]


def test_the_course_page_links_to_its_impact_and_for_the_business_team_its_answers(partnership, course,
                                                                                 business_user, member_user):
    impact, answers = (url(partnership, name, course_id=course.pk) for name in ("course-impact", "course-answers"))
    page = signed_in_client(business_user).get(url(partnership, "course-detail", course_id=course.pk)).content.decode()
    assert impact in page and answers in page and "None" not in page
    page = signed_in_client(member_user).get(url(partnership, "course-detail", course_id=course.pk)).content.decode()
    assert impact in page and answers not in page


def test_the_event_page_flags_possible_duplicates_and_a_closed_deadline(partnership, course, business_user):
    event = factories.event(course, business_user, booking_deadline=datetime.date(2026, 3, 6))
    factories.booking(event, business_user)
    factories.booking(event, business_user, email="sam.d@fenbridge.example")
    client = signed_in_client(business_user)
    page = client.get(url(partnership, "event-detail", event_id=event.pk)).content.decode()
    assert "Possible duplicate of Sam Delegate" in page
    assert "Bookings closed on 6 March 2026" in page
    form = client.get(url(partnership, "booking-add", event_id=event.pk)).content.decode()
    assert "Bookings closed on 6 March 2026" in form


def test_cancelling_says_who_moves_up_then_names_them(partnership, course, business_user):
    event = factories.event(course, business_user, day=MARCH_24, capacity=1)
    booked = factories.booking(event, business_user)
    factories.booking(event, business_user, name="Wai Ting", email="wai@fenbridge.example")
    client = signed_in_client(business_user)
    cancel_url = url(partnership, "booking-cancel", event_id=event.pk, booking_id=booked.pk)
    confirm = client.get(cancel_url).content.decode()
    assert "Wai Ting will move up from the waiting list" in confirm
    done = client.post(cancel_url, {"version": booked.version}, follow=True)
    assert "Sam Delegate's booking cancelled. Wai Ting moves up from the waiting list." in messages_of(done)


def test_a_late_cancellation_is_warned_about_and_named(partnership, course, business_user):
    event = factories.event(course, business_user, day=MARCH_12)
    booked = factories.booking(event, business_user)
    client = signed_in_client(business_user)
    cancel_url = url(partnership, "booking-cancel", event_id=event.pk, booking_id=booked.pk)
    assert "This is a late cancellation" in client.get(cancel_url).content.decode()
    done = client.post(cancel_url, {"version": booked.version}, follow=True)
    assert "Sam Delegate's booking cancelled late." in messages_of(done)


def test_a_stale_cancel_page_is_refused(partnership, course, business_user):
    event = factories.event(course, business_user)
    booked = factories.booking(event, business_user)
    response = signed_in_client(business_user).post(
        url(partnership, "booking-cancel", event_id=event.pk, booking_id=booked.pk), {"version": booked.version + 3})
    assert response.status_code == 200 and "Someone else changed" in response.content.decode()
    assert Booking.objects.get(pk=booked.pk).status == Booking.Status.BOOKED


def test_offering_free_places_from_the_event_page(partnership, course, business_user):
    event = factories.event(course, business_user, capacity=1)
    factories.booking(event, business_user)
    factories.booking(event, business_user, name="Wai Ting", email="wai@fenbridge.example")
    event.refresh_from_db()
    client = signed_in_client(business_user)
    edit = {"date_day": "24", "date_month": "3", "date_year": "2026", "start_time": "09:30", "end_time": "12:30",
            "delivery": "venue", "venue": event.venue, "capacity": "2", "version": event.version}
    saved = client.post(url(partnership, "event-edit", event_id=event.pk), edit, follow=True)
    assert "1 places are free and 1 people are waiting" in messages_of(saved)[0]
    assert "Offer the 1 free place to the waiting list" in saved.content.decode()
    offer = url(partnership, "offer-places", event_id=event.pk)
    assert client.get(offer).status_code == 405
    done = client.post(offer, follow=True)
    assert "Moved up from the waiting list: Wai Ting." in messages_of(done)
    refused = client.post(offer, follow=True)
    assert "No one is on the waiting list." in messages_of(refused)


def test_cancelling_an_event_with_its_reason(partnership, course, business_user):
    event = factories.event(course, business_user)
    factories.booking(event, business_user)
    client = signed_in_client(business_user)
    cancel_url = url(partnership, "event-cancel", event_id=event.pk)
    empty = client.post(cancel_url, {"version": event.version})
    assert "Enter why the event is cancelled" in empty.content.decode()
    done = client.post(cancel_url, {"version": event.version, "reason": "The venue flooded"}, follow=True)
    assert "The venue flooded" in done.content.decode()
    assert Event.objects.get(pk=event.pk).status == Event.Status.CANCELLED


def test_the_register_saves_every_mark_and_shows_counts(partnership, course, business_user):
    event = factories.event(course, business_user, day=MARCH_2)
    came = factories.booking(event, business_user)
    late = factories.booking(event, business_user, name="Lee Late", email="lee@fenbridge.example")
    client = signed_in_client(business_user)
    register = url(partnership, "register", event_id=event.pk)
    assert "Lee Late" in client.get(register).content.decode()
    done = client.post(register, {f"mark_{came.pk}": "attended", f"mark_{late.pk}": "cancelled_late"}, follow=True)
    assert "Register saved: 1 attended, 0 did not attend, 1 cancelled late." in messages_of(done)
    wrong = client.post(register, {f"mark_{came.pk}": "came along"})
    assert "Choose attended, did not attend or cancelled late for Sam Delegate" in wrong.content.decode()


def test_the_register_is_closed_before_the_event(partnership, course, business_user, member_user):
    event = factories.event(course, business_user, day=MARCH_24)
    register = url(partnership, "register", event_id=event.pk)
    page = signed_in_client(business_user).get(register).content.decode()
    assert "The register opens when the event starts at 09:30 on 24 March 2026." in page
    assert signed_in_client(member_user).get(register).status_code == 403
