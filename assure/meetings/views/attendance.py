from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render

from assure.actions.models import Action
from assure.core import clock
from assure.core.access import MANAGE, partnership_view
from assure.core.forms import call_service

from .. import plausible, queries, services
from ..forms import AttendanceForm, MattersArisingForm
from ._common import get_meeting
from .meetings import meeting_url


def _unbound_copy(form):
    """The same form, unbound, showing what was typed: for "add another person", which must not show errors yet."""
    data = form.data.copy()
    data["others"] = str(len(form.other_prefixes) + 1)
    return AttendanceForm(initial={key: data.get(key) for key in data}, meeting=form.meeting)


@partnership_view(MANAGE)
def attendance(request, meeting_id):
    """The whole meeting's attendance on one form, saved by one service call."""
    meeting = get_meeting(request, meeting_id)
    form = AttendanceForm(request.POST or None, meeting=meeting)
    if request.method == "POST" and "add_another" in request.POST:
        form = _unbound_copy(form)
    elif request.method == "POST" and form.is_valid():
        if call_service(form, services.record_attendance_list, meeting, entries=form.cleaned_data["entries"],
                        by=request.user):
            messages.success(request, "Attendance saved")
            return redirect(meeting_url(meeting, "attendance"))
    return render(request, "meetings/attendance_form.html", {
        "meeting": meeting, "form": form, "not_yet_held": plausible.attendance_problem(meeting.date, clock.today())})


@partnership_view(MANAGE)
def matters_arising_update(request, meeting_id, action_id):
    meeting = get_meeting(request, meeting_id)
    action = get_object_or_404(queries.matters_arising(meeting).filter(partnership=request.partnership), pk=action_id)
    form = MattersArisingForm(request.POST or None, initial={
        "version": action.version,
        "status": action.status if action.status != Action.Status.OPEN else ""})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if call_service(form, services.record_matters_arising_update, meeting, action, text=data["text"],
                        status=data["status"], by=request.user, expected_version=form.expected_version):
            messages.success(request, "Update recorded")
            return redirect(meeting_url(meeting, "matters-arising"))
    return render(request, "meetings/matters_arising_form.html", {
        "form": form, "meeting": meeting, "action": action,
        "updates": action.updates.select_related("author", "meeting").order_by("-created_at", "-id")[:10]})
