from django.contrib import messages
from django.forms import Form
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core.access import MANAGE, READ, partnership_view
from assure.core.pagination import paginate

from .. import queries, services
from ..filters import MeetingFilter
from ..forms import CancelMeetingForm, EditMeetingForm, ScheduleMeetingForm
from ..models import Meeting
from ._common import attempt, get_meeting


def meeting_url(meeting, anchor=""):
    return reverse("meetings:detail", args=[meeting.partnership.slug, meeting.pk]) + (f"#{anchor}" if anchor else "")


@partnership_view(READ)
def meeting_list(request):
    meetings = MeetingFilter.from_request(request, queries.meetings_list(request.partnership))
    upcoming, past = queries.upcoming_and_past(meetings.qs)
    return render(request, "meetings/meeting_list.html", {
        "form": meetings.form, "body": meetings.chosen("body"),
        "upcoming": paginate(request, upcoming, param="upcoming"), "past": paginate(request, past)})


@partnership_view(MANAGE)
def schedule(request):
    initial = {"body": request.GET.get("body")} if request.GET.get("body", "").isdigit() else {}
    form = ScheduleMeetingForm(request.POST or None, partnership=request.partnership, initial=initial)
    if request.method == "POST" and form.is_valid():
        meeting = attempt(form, lambda: services.schedule_meeting(partnership=request.partnership, by=request.user, **form.cleaned_data))
        if meeting:
            messages.success(request, f"Meeting scheduled: {meeting}")
            return redirect(meeting_url(meeting))
    return render(request, "meetings/meeting_form.html", {"form": form, "title": "Schedule a meeting"})


@partnership_view(READ)
def detail(request, meeting_id):
    meeting = get_meeting(request, meeting_id)
    manage = request.role.can_manage
    return render(request, "meetings/meeting_detail.html", {
        "meeting": meeting,
        "items": queries.agenda(meeting),
        "attendance": queries.attendance(meeting),
        "matters_arising": queries.matters_arising_with_updates(meeting),
        "due_entries": queries.due_forward_plan_entries(meeting) if manage else [],
        "previous": meeting.previous_meeting(),
        "next": meeting.next_meeting(),
        "history": queries.meeting_history(meeting),
        "can_manage": manage,
        "editable": manage and meeting.status != Meeting.Status.CANCELLED,
        "form": Form(),
    })


@partnership_view(MANAGE)
def edit(request, meeting_id):
    meeting = get_meeting(request, meeting_id)
    initial = {"date": meeting.date, "start_time": meeting.start_time, "location": meeting.location,
               "status": meeting.status, "version": meeting.version}
    form = EditMeetingForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if attempt(form, lambda: services.edit_meeting(
                meeting, by=request.user, expected_version=data["version"], date=data["date"],
                start_time=data["start_time"], location=data["location"], status=data["status"])):
            messages.success(request, "Meeting details saved")
            return redirect(meeting_url(meeting))
    return render(request, "meetings/meeting_form.html", {"form": form, "meeting": meeting, "title": "Change meeting details"})


@partnership_view(MANAGE)
def cancel(request, meeting_id):
    meeting = get_meeting(request, meeting_id)
    form = CancelMeetingForm(request.POST or None, initial={"version": meeting.version})
    if request.method == "POST" and form.is_valid():
        if attempt(form, lambda: services.cancel_meeting(meeting, by=request.user,
                                                         expected_version=form.cleaned_data["version"],
                                                         reason=form.cleaned_data["reason"])):
            messages.success(request, "Meeting cancelled")
            return redirect(meeting_url(meeting))
    return render(request, "meetings/meeting_cancel.html", {"form": form, "meeting": meeting})


@partnership_view(MANAGE)
def approve_minutes(request, meeting_id):
    meeting = get_meeting(request, meeting_id)
    form = Form(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        previous = attempt(form, lambda: services.approve_minutes(meeting, by=request.user))
        if previous:
            messages.success(request, f"Minutes of {previous.date:%-d %B %Y} approved as an accurate record")
            return redirect(meeting_url(meeting))
    return render(request, "meetings/approve_minutes.html", {
        "form": form, "meeting": meeting, "previous": meeting.previous_meeting()})
