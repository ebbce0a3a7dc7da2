from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render

from assure.actions.models import Action
from assure.core.access import MANAGE, partnership_view

from .. import queries, services
from ..forms import AttendeeForm, MattersArisingForm, MembersAttendanceForm
from ..models import Attendance
from ._common import attempt, get_meeting, refuse_unless_post
from .meetings import meeting_url


def _attendance_page(request, meeting, members_form=None, attendee_form=None):
    return render(request, "meetings/attendance_form.html", {
        "meeting": meeting,
        "form": members_form or MembersAttendanceForm(meeting=meeting),
        "attendee_form": attendee_form or AttendeeForm(meeting=meeting),
        "attendance": queries.attendance(meeting),
    })


@partnership_view(MANAGE)
def attendance(request, meeting_id):
    """The body's members, one status each. Saving leaves people added separately as they are."""
    meeting = get_meeting(request, meeting_id)
    if request.method != "POST":
        return _attendance_page(request, meeting)
    form = MembersAttendanceForm(request.POST, meeting=meeting)
    if form.is_valid():
        recorded = {a.person_id: a for a in meeting.attendance.all()}
        entries, remove = [], []
        for person, status in form.statuses():
            if status:
                existing = recorded.get(person.pk)
                deputy_for = existing.deputising_for if existing and existing.status == status else None
                entries.append(services.AttendanceEntry(person=person, status=status, deputising_for=deputy_for))
            elif person.pk in recorded:
                remove.append(person)
        if attempt(form, lambda: services.record_attendance(meeting, entries=entries, remove=remove, by=request.user)):
            messages.success(request, "Attendance saved")
            return redirect(meeting_url(meeting, "attendance"))
    return _attendance_page(request, meeting, members_form=form)


@partnership_view(MANAGE)
def attendee_add(request, meeting_id):
    """Anyone of the partnership (a deputy, an officer in attendance), one at a time."""
    meeting = get_meeting(request, meeting_id)
    if (refused := refuse_unless_post(request)):
        return refused
    form = AttendeeForm(request.POST, meeting=meeting)
    if form.is_valid():
        entry = services.AttendanceEntry(person=form.cleaned_data["person"], status=form.cleaned_data["status"],
                                         deputising_for=form.cleaned_data["deputising_for"])
        if attempt(form, lambda: services.record_attendance(meeting, entries=[entry], by=request.user)):
            messages.success(request, f"{entry.person} added to the attendance list")
            return redirect("meetings:attendance", request.partnership.slug, meeting.pk)
    return _attendance_page(request, meeting, attendee_form=form)


@partnership_view(MANAGE)
def attendance_remove(request, meeting_id, attendance_id):
    meeting = get_meeting(request, meeting_id)
    row = get_object_or_404(Attendance.objects.select_related("person"), pk=attendance_id, meeting=meeting)
    if (refused := refuse_unless_post(request)):
        return refused
    try:
        services.remove_attendance(row, by=request.user)
        messages.success(request, f"{row.person} removed from the attendance list")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("meetings:attendance", request.partnership.slug, meeting.pk)


@partnership_view(MANAGE)
def matters_arising_update(request, meeting_id, action_id):
    meeting = get_meeting(request, meeting_id)
    action = get_object_or_404(queries.matters_arising(meeting).filter(partnership=request.partnership), pk=action_id)
    form = MattersArisingForm(request.POST or None, initial={
        "version": action.version,
        "status": action.status if action.status != Action.Status.OPEN else ""})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if attempt(form, lambda: services.record_matters_arising_update(
                meeting, action, text=data["text"], status=data["status"], by=request.user,
                expected_version=data["version"])):
            messages.success(request, "Update recorded")
            return redirect(meeting_url(meeting, "matters-arising"))
    return render(request, "meetings/matters_arising_form.html", {
        "form": form, "meeting": meeting, "action": action,
        "updates": action.updates.select_related("author", "meeting").order_by("-created_at", "-id")[:10]})
