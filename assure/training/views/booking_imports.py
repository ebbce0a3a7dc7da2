"""Importing an event's bookings from a booking system's export: upload, check (every row with its outcome), then
confirm or discard. Thin views: check access, call one service, render."""
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render

from assure.core.access import MANAGE, partnership_view
from assure.core.forms import call_service
from assure.core.pages import bytes_download

from .. import access, services
from ..booking_rows import HEADINGS
from ..forms import BookingFileForm
from .events import event_url

EXAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "booking_export_example.csv"


@partnership_view(MANAGE)
def booking_import(request, event_id):
    event = access.get_event_or_404(request, event_id)
    form = BookingFileForm(request.POST if request.method == "POST" else None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > settings.IMPORT_MAX_BYTES:
            form.add_error("file", "The file is too large for a booking export: check it is the right file.")
        else:
            outcome = call_service(form, services.start_booking_import, event, by=request.user,
                                   file_name=upload.name, data=upload.read(), max_bytes=settings.IMPORT_MAX_BYTES)
            if outcome:
                return redirect("training:booking-import-check", slug=request.partnership.slug, event_id=event.pk,
                                import_id=outcome.result.pk)
    return render(request, "training/booking_import.html", {"form": form, "event": event, "course": event.course,
                                                            "headings": HEADINGS})


@partnership_view(MANAGE)
def booking_import_check(request, event_id, import_id):
    event = access.get_event_or_404(request, event_id)
    pending = access.get_booking_import_or_404(request, event, import_id)
    form = forms.Form(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if request.POST.get("action") == "discard":
            if call_service(form, services.discard_booking_import, pending, by=request.user):
                messages.success(request, f"Nobody was booked from {pending.file_name}.")
                return redirect(event_url(request, event))
        else:
            outcome = call_service(form, services.confirm_booking_import, pending, by=request.user)
            if outcome:
                messages.success(request, outcome.result["message"])
                return redirect(event_url(request, event))
        pending.refresh_from_db()
    return render(request, "training/booking_import_check.html", {
        "event": event, "course": event.course, "pending": pending, "summary": pending.summary, "form": form,
    })


@partnership_view(MANAGE)
def booking_import_example(request):
    if not EXAMPLE.is_file():
        raise Http404("No example")
    return bytes_download(EXAMPLE.read_bytes(), "booking-export-example.csv", "text/csv; charset=utf-8")
