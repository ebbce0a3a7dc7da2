"""Events of a course and their bookings.
Thin views: check access, read through access.py, bind the form, call one service, render."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import VersionedForm, call_service
from assure.core.history import history_rows
from assure.core.pages import form_page

from .. import access, queries, services
from ..forms import BookingForm, EditEventForm, EventForm
from ..models import Booking, Event


def bookings_closed(event) -> bool:
    return bool(event.booking_deadline and event.booking_deadline < clock.today())


def event_url(request, event) -> str:
    return reverse("training:event-detail", args=[request.partnership.slug, event.pk])


@partnership_view(READ)
def event_detail(request, event_id):
    event = access.get_event_or_404(request, event_id)
    bookings = list(event.bookings.select_related("delegate__organisation", "delegate__possible_duplicate_of"))
    booked = [b for b in bookings if b.status == Booking.Status.BOOKED]
    waiting = sorted((b for b in bookings if b.status == Booking.Status.WAITING), key=lambda b: (b.booked_at, b.pk))
    places_left = max(event.capacity - len(booked), 0)
    now = clock.now()
    return render(request, "training/event_detail.html", {
        "event": event, "course": event.course,
        "booked": booked, "waiting": waiting,
        "cancelled": [b for b in bookings if b.status in (Booking.Status.CANCELLED, Booking.Status.CANCELLED_LATE)],
        "late": sum(b.status == Booking.Status.CANCELLED_LATE for b in bookings),
        "places_left": places_left,
        "scheduled": event.status == Event.Status.SCHEDULED, "started": now >= event.starts_at,
        "offer": places_left > 0 and waiting and event.status == Event.Status.SCHEDULED and now < event.starts_at,
        "offer_count": min(places_left, len(waiting)),
        "bookings_closed": bookings_closed(event),
        "state": queries.event_state(event, len(booked), clock.today()),
        "show_delegates": access.may_see_delegates(request),
        "history": history_rows(event, partnership=request.partnership),
    })


@partnership_view(MANAGE)
def event_add(request, course_id):
    course = access.get_course_or_404(request, course_id)
    form = EventForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.add_event, course, by=request.user, **form.service_fields())
        if outcome:
            messages.success(request, f"Event added to {course.title}.")
            return redirect(event_url(request, outcome.result))
    return form_page(request, form, title="Add an event", submit="Add event", caption=course.title,
                     back_url=reverse("training:course-detail", args=[request.partnership.slug, course.pk]))


@partnership_view(MANAGE)
def event_edit(request, event_id):
    event = access.get_event_or_404(request, event_id)
    form = EditEventForm(request.POST or None,
                         initial=EventForm.initial_for(event) | VersionedForm.version_of(event))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.update_event, event, by=request.user, expected_version=form.expected_version,
                        **form.service_fields()):
            free, waiting = queries.places_free(event), queries.waiting_list(event).count()
            messages.success(request, "Event saved." + (
                f" {free} places are free and {waiting} people are waiting: offer them the places below."
                if free and waiting else ""))
            return redirect(event_url(request, event))
    return form_page(request, form, title="Change the event", caption=event.course.title,
                     back_url=event_url(request, event))


@partnership_view(MANAGE)
def booking_add(request, event_id):
    event = access.get_event_or_404(request, event_id)
    form = BookingForm(request.POST or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.book_delegate, event, by=request.user, **form.cleaned_data)
        if outcome:
            booking = outcome.result
            if booking.status == Booking.Status.WAITING:
                messages.success(request, f"The event is full, so {booking.delegate.name} is on the waiting list.")
            else:
                messages.success(request, f"{booking.delegate.name} booked.")
            return redirect(event_url(request, event))
    intro = (f"Bookings closed on {event.booking_deadline:%-d %B %Y}. You can still book someone, as the business "
             f"team: check the trainer and venue can take them." if bookings_closed(event) else "")
    return form_page(request, form, title="Book a delegate", submit="Book", caption=str(event), intro=intro,
                     back_url=event_url(request, event))
