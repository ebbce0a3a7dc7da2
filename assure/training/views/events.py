"""Events of a course and their bookings.
Thin views: check access, read through access.py, bind the form, call one service, render."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import VersionedForm, call_service
from assure.core.history import history_rows
from assure.core.pages import form_page

from .. import access, services
from ..forms import BookingForm, EditEventForm, EventForm
from ..models import Booking


def event_url(request, event) -> str:
    return reverse("training:event-detail", args=[request.partnership.slug, event.pk])


@partnership_view(READ)
def event_detail(request, event_id):
    event = access.get_event_or_404(request, event_id)
    bookings = list(event.bookings.select_related("delegate__organisation"))
    booked = [b for b in bookings if b.status == Booking.Status.BOOKED]
    return render(request, "training/event_detail.html", {
        "event": event, "course": event.course,
        "booked": booked, "waiting": [b for b in bookings if b.status == Booking.Status.WAITING],
        "cancelled": [b for b in bookings if b.status in (Booking.Status.CANCELLED, Booking.Status.CANCELLED_LATE)],
        "places_left": max(event.capacity - len(booked), 0),
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
            messages.success(request, "Event saved.")
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
    return form_page(request, form, title="Book a delegate", submit="Book", caption=str(event),
                     back_url=event_url(request, event))
