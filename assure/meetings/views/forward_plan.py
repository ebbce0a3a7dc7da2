from django.contrib import messages
from django.forms import Form
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import call_service, call_service_for_button
from assure.core.pages import confirm_page
from assure.core.pagination import paginate
from assure.jobs import exports
from assure.partnerships.models import Body

from .. import queries, services
from ..filters import ForwardPlanFilter
from ..forms import EditForwardPlanForm, ForwardPlanForm
from ..models import ForwardPlanEntry
from ._common import get_meeting, refuse_unless_post
from .meetings import meeting_url


def _plan_url(request, body=None):
    url = reverse("meetings:forward-plan", args=[request.partnership.slug])
    return f"{url}?body={body.pk}" if body else url


# The forward plan's columns in a download (jobs.exports, ADR 0148).
COLUMNS = [
    ("Board or group", "body.name"), ("Item", "title"), ("When", "when"), ("Meeting", "meeting.date"),
    ("Presenter", "presenter.full_name"), ("Notes", "notes"),
]


@partnership_view(READ)
def forward_plan(request):
    entries = ForwardPlanFilter.from_request(request, queries.forward_plan(request.partnership))
    if exports.wanted(request):
        return exports.download(request, entries.qs, COLUMNS, "forward-plan", sheet="Forward plan")
    return render(request, "meetings/forward_plan.html", {
        "form": entries.form, "body": entries.chosen("body"),
        "entries": paginate(request, entries.qs, per_page=50)})


@partnership_view(MANAGE)
def entry_add(request):
    body = None
    if request.GET.get("body", "").isdigit():
        body = get_object_or_404(Body, pk=request.GET["body"], partnership=request.partnership)
    form = ForwardPlanForm(request.POST or None, partnership=request.partnership, body=body,
                           initial={"body": body.pk if body else None})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = call_service(
            form, services.book_forward_plan_entry, partnership=request.partnership, body=data["body"],
            title=data["title"], notes=data["notes"], presenter=data["presenter"], meeting=data["booked_meeting"],
            month=data["booked_month"], every_year_in=data["booked_every_year_in"], by=request.user)
        if outcome:
            entry = outcome.result
            messages.success(request, f"“{entry.title}” booked on the forward plan")
            return redirect(_plan_url(request, entry.body))
    return render(request, "meetings/forward_plan_form.html", {"form": form, "title": "Book an item on the forward plan"})


def _booking_initial(entry):
    if entry.meeting_id:
        return {"booking": "meeting", "meeting": entry.meeting_id}
    if entry.month:
        return {"booking": "month", "month_month": entry.month.month, "month_year": entry.month.year}
    if entry.every_year_in:
        return {"booking": "yearly", "every_year_in": entry.every_year_in}
    return {}


@partnership_view(MANAGE)
def entry_edit(request, entry_id):
    entry = get_object_or_404(ForwardPlanEntry.objects.select_related("body"), pk=entry_id, partnership=request.partnership)
    initial = {"title": entry.title, "notes": entry.notes, "presenter": entry.presenter_id, "version": entry.version,
               **_booking_initial(entry)}
    form = EditForwardPlanForm(request.POST or None, partnership=request.partnership, body=entry.body,
                               with_body=False, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if call_service(form, services.edit_forward_plan_entry, entry, by=request.user,
                        expected_version=form.expected_version, title=data["title"], notes=data["notes"],
                        presenter=data["presenter"], meeting=data["booked_meeting"], month=data["booked_month"],
                        every_year_in=data["booked_every_year_in"]):
            messages.success(request, "Forward plan entry saved")
            return redirect(_plan_url(request, entry.body))
    return render(request, "meetings/forward_plan_form.html", {
        "form": form, "entry": entry, "title": f"Change “{entry.title}”",
        "history": queries.forward_plan_entry_history(entry)})


@partnership_view(MANAGE)
def entry_remove(request, entry_id):
    entry = get_object_or_404(ForwardPlanEntry.objects.select_related("body"), pk=entry_id, partnership=request.partnership)
    form = Form(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.remove_forward_plan_entry, entry, by=request.user):
            messages.success(request, f"“{entry.title}” removed from the forward plan")
            return redirect(_plan_url(request, entry.body))
    return confirm_page(request, form=form, title=f"Remove “{entry.title}” from the forward plan?",
                        caption=str(entry.body), button="Remove entry", cancel_url=_plan_url(request, entry.body),
                        warning="Agenda items already made from it stay on their agendas.")


@partnership_view(MANAGE)
def entry_to_agenda(request, meeting_id, entry_id):
    meeting = get_meeting(request, meeting_id)
    entry = get_object_or_404(ForwardPlanEntry, pk=entry_id, partnership=request.partnership)
    if (refused := refuse_unless_post(request)):
        return refused
    outcome = call_service_for_button(request, services.add_entry_to_agenda, meeting, entry, by=request.user)
    if outcome:
        messages.success(request, f"“{entry.title}” added to the agenda as item {outcome.result.number}")
    return redirect(meeting_url(meeting, "agenda"))
