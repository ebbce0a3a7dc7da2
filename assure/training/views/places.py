"""The events list; cancelling a booking or an event; moving people up from the waiting list; the register.
Thin views: check access, read through access.py, bind the form, call one service, render."""
from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from assure.core import clock
from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import VersionedForm, call_service, call_service_for_button
from assure.core.pages import confirm_page
from assure.core.pagination import paginate
from assure.jobs import exports

from .. import access, queries, rows, services
from ..filters import PAST, UPCOMING, EventFilter
from ..forms import CancelBookingForm, CancelEventForm, RegisterForm
from ..models import Booking, Event
from ..notice import is_late, last_day_in_time
from ..queries import MARKS, opens_at_words, register_bookings, register_counts
from .events import event_url


def _refuse_unless_post(request):
    """POST-only views answer 405 to a GET, after the records are looked up (another partnership's ids are 404)."""
    return None if request.method == "POST" else HttpResponseNotAllowed(["POST"])


def _local(event):
    return timezone.localtime(event.starts_at)


# The events list's columns in a download (jobs.exports, ADR 0148).
COLUMNS = [
    ("Course", "course.title"), ("Date", lambda event: _local(event).date()),
    ("Starts", lambda event: f"{_local(event):%H:%M}"), ("Ends", lambda event: f"{timezone.localtime(event.ends_at):%H:%M}"),
    ("Delivery", "get_delivery_display"), ("Venue", "venue"), ("Trainer", "trainer"), ("Places", "capacity"),
    ("Booked", "booked"), ("Waiting", "waiting"), ("Booking deadline", "booking_deadline"),
    ("Status", lambda event: queries.event_state(event, event.booked, clock.today())),
]


@partnership_view(READ)
def event_list(request):
    events = EventFilter.from_request(request, queries.with_places(access.events(request)))
    if exports.wanted(request):
        return exports.download(request, events.qs.select_related("course").order_by("starts_at", "pk"), COLUMNS,
                                "training-events", sheet="Events")
    when, now, today = events.chosen("when"), clock.now(), clock.today()
    upcoming = events.qs.filter(ends_at__gte=now).order_by("starts_at", "pk")
    past = events.qs.filter(ends_at__lt=now).order_by("-starts_at", "-pk")
    upcoming_page = paginate(request, upcoming, param="upcoming") if when != PAST else None
    past_page = paginate(request, past) if when != UPCOMING else None
    slug = request.partnership.slug
    return render(request, "training/event_list.html", {
        "form": events.form, "filtering": events.is_filtering or bool(events.form.errors),
        "upcoming": upcoming_page, "past": past_page,
        "upcoming_rows": rows.event_rows(upcoming_page.object_list, today, slug) if upcoming_page else [],
        "past_rows": rows.event_rows(past_page.object_list, today, slug) if past_page else []})


@partnership_view(MANAGE)
def booking_cancel(request, event_id, booking_id):
    event = access.get_event_or_404(request, event_id)
    booking = access.get_booking_or_404(request, event, booking_id)
    back = event_url(request, event)
    name = booking.delegate.name
    form = CancelBookingForm(request.POST or None, initial=VersionedForm.version_of(booking))
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.cancel_booking, booking, by=request.user,
                               expected_version=form.expected_version)
        if outcome:
            cancelled = outcome.result
            said = ("cancelled late" if cancelled.booking.status == Booking.Status.CANCELLED_LATE
                    else "cancelled")
            moved = f" {cancelled.moved_up.delegate.name} moves up from the waiting list." if cancelled.moved_up \
                else ""
            messages.success(request, f"{name}'s booking {said}.{moved}")
            return redirect(back)
    refusal = ""
    if booking.status not in (Booking.Status.BOOKED, Booking.Status.WAITING):
        refusal = f"{name}'s booking is already cancelled."
    elif event.status == Event.Status.CANCELLED:
        refusal = "This event is cancelled."
    elif clock.now() >= event.starts_at:
        refusal = "The event has started: record who came on the register instead."
    paragraphs, warning = [], ""
    if booking.status == Booking.Status.WAITING:
        paragraphs.append(f"{name} will be taken off the waiting list.")
    elif not refusal:
        notice = queries.policy_for(request.partnership).notice_working_days
        last_day = last_day_in_time(event.starts_at, notice)
        if is_late(event.starts_at, clock.now(), notice):
            warning = (f"This is a late cancellation: the partnership asks for {notice} working days' notice, so "
                       f"places had to be cancelled by {last_day:%-d %B %Y}. A late cancellation may be charged.")
        else:
            paragraphs.append(f"This is in time: the last day to cancel without it counting as late is "
                              f"{last_day:%-d %B %Y}.")
        moves_up = queries.moves_up_if_cancelled(booking)
        paragraphs.append(f"{moves_up.delegate.name} will move up from the waiting list into the place."
                          if moves_up else "No one is waiting, so the place will be free.")
    return confirm_page(request, title=f"Cancel {name}'s booking?", button="Cancel booking", cancel_url=back,
                        caption=str(event), paragraphs=paragraphs, warning=warning, refusal=refusal, form=form)


@partnership_view(MANAGE)
def places_offer(request, event_id):
    event = access.get_event_or_404(request, event_id)
    if (refused := _refuse_unless_post(request)):
        return refused
    chosen = None
    if request.POST.get("booking"):
        chosen = event.bookings.filter(pk=request.POST["booking"]).first() if request.POST["booking"].isdigit() \
            else None
        if chosen is None:
            messages.error(request, "That person is not on this event's waiting list.")
            return redirect(event_url(request, event))
    outcome = call_service_for_button(request, services.offer_places, event, by=request.user, booking=chosen)
    if outcome:
        names = [b.delegate.name for b in outcome.result]
        messages.success(request, f"Moved up from the waiting list: {', '.join(names)}.")
    return redirect(event_url(request, event))


@partnership_view(MANAGE)
def event_cancel(request, event_id):
    event = access.get_event_or_404(request, event_id)
    back = event_url(request, event)
    form = CancelEventForm(request.POST or None, initial=VersionedForm.version_of(event))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.cancel_event, event, by=request.user, expected_version=form.expected_version,
                        reason=form.cleaned_data["reason"]):
            messages.success(request, f"Event cancelled: {event}.")
            return redirect(back)
    refusal = ""
    if event.status == Event.Status.CANCELLED:
        refusal = "This event is already cancelled."
    elif clock.now() >= event.starts_at:
        refusal = "The event has started, so it can no longer be cancelled."
    open_bookings = event.bookings.filter(status__in=(Booking.Status.BOOKED, Booking.Status.WAITING)).count()
    return confirm_page(request, title="Cancel this event?", button="Cancel event", cancel_url=back,
                        caption=str(event), refusal=refusal, form=form, paragraphs=[
                            f"Its {open_bookings} bookings and places on the waiting list will be cancelled. "
                            "Cancelling them is not late, so no one is charged.",
                            "The event will take no more bookings."])


@partnership_view(MANAGE)
def register(request, event_id):
    event = access.get_event_or_404(request, event_id)
    bookings = list(register_bookings(event))
    initial = {f"mark_{b.pk}": ("cancelled_late" if b.status == Booking.Status.CANCELLED_LATE else b.attendance)
               for b in bookings}
    form = RegisterForm(request.POST or None, bookings=bookings, marks=MARKS, initial=initial)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.record_register, event, by=request.user, marks=form.marks())
        if outcome:
            counts = outcome.result
            messages.success(request, f"Register saved: {counts['attended']} attended, {counts['did_not_attend']} "
                                      f"did not attend, {counts['cancelled_late']} cancelled late"
                                      + (f", {counts['not_recorded']} not recorded yet." if counts["not_recorded"]
                                         else "."))
            return redirect(reverse("training:register", args=[request.partnership.slug, event.pk]))
    refusal = ""
    if event.status == Event.Status.CANCELLED:
        refusal = "This event is cancelled, so it has no register."
    elif clock.now() < event.starts_at:
        refusal = f"The register opens when the event starts at {opens_at_words(event)}."
    return render(request, "training/register.html", {
        "event": event, "course": event.course, "form": form, "refusal": refusal,
        "counts": register_counts(event), "back_url": event_url(request, event)})
