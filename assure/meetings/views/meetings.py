from django.contrib import messages
from django.forms import Form
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core.access import MANAGE, READ, may_open, partnership_view
from assure.core.forms import call_service
from assure.core.pages import confirm_page, form_page
from assure.core.pagination import paginate
from assure.jobs import exports

from .. import queries, services
from ..filters import MeetingFilter
from ..forms import CancelMeetingForm, EditMeetingForm, ScheduleMeetingForm
from ..models import Meeting
from ._common import get_meeting


def meeting_url(meeting, anchor=""):
    return reverse("meetings:detail", args=[meeting.partnership.slug, meeting.pk]) + (f"#{anchor}" if anchor else "")


# The meetings list's columns in a download (jobs.exports, ADR 0148).
COLUMNS = [
    ("Date", "date"), ("Start time", lambda meeting: meeting.start_time.strftime("%H:%M") if meeting.start_time else ""),
    ("Board or group", "body.name"), ("Location", "location"), ("Status", "get_status_display"),
    ("Cancellation reason", "cancellation_reason"), ("Minutes approved on", "minutes_approved_on"),
]


@partnership_view(READ)
def meeting_list(request):
    meetings = MeetingFilter.from_request(request, queries.meetings_list(request.partnership))
    if exports.wanted(request):
        return exports.download(request, meetings.qs.order_by("-date", "body__name", "-id"), COLUMNS, "meetings")
    upcoming, past = queries.upcoming_and_past(meetings.qs)
    return render(request, "meetings/meeting_list.html", {
        "form": meetings.form, "body": meetings.chosen("body"),
        "upcoming": paginate(request, upcoming, param="upcoming"), "past": paginate(request, past)})


@partnership_view(MANAGE)
def schedule(request):
    initial = {"body": request.GET.get("body")} if request.GET.get("body", "").isdigit() else {}
    form = ScheduleMeetingForm(request.POST or None, partnership=request.partnership, initial=initial)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.schedule_meeting, partnership=request.partnership, by=request.user,
                               **form.cleaned_data)
        if outcome:
            messages.success(request, f"Meeting scheduled: {outcome.result}")
            return redirect(meeting_url(outcome.result))
    return form_page(request, form, title="Schedule a meeting",
                     back_url=reverse("meetings:list", args=[request.partnership.slug]))


@partnership_view(READ)
def detail(request, meeting_id):
    meeting = get_meeting(request, meeting_id)
    manage = may_open(request.role, "meetings:edit")  # the controls are shown to whoever may change the meeting
    items, matters_arising = queries.agenda_and_matters_arising(meeting)
    return render(request, "meetings/meeting_detail.html", {
        "meeting": meeting,
        "items": items,
        "attendance": queries.attendance(meeting),
        "matters_arising": matters_arising,
        "due_entries": queries.due_forward_plan_entries(meeting) if manage else [],
        "previous": meeting.previous_meeting(),
        "next": meeting.next_meeting(),
        "editable": manage and meeting.status != Meeting.Status.CANCELLED,
        "form": Form(),
    })


@partnership_view(READ)
def history(request, meeting_id):
    """Who changed what on the meeting, its agenda, minutes and attendance: its own page, so the meeting page stays short."""
    meeting = get_meeting(request, meeting_id)
    page = paginate(request, queries.meeting_history(meeting), per_page=50)
    return render(request, "meetings/meeting_history.html", {"meeting": meeting, "page": page, "history": page.object_list})


@partnership_view(MANAGE)
def edit(request, meeting_id):
    meeting = get_meeting(request, meeting_id)
    initial = {"date": meeting.date, "start_time": meeting.start_time, "location": meeting.location,
               "status": meeting.status, "version": meeting.version}
    form = EditMeetingForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if call_service(form, services.edit_meeting, meeting, by=request.user, expected_version=form.expected_version,
                        date=data["date"], start_time=data["start_time"], location=data["location"],
                        status=data["status"]):
            messages.success(request, "Meeting details saved")
            return redirect(meeting_url(meeting))
    return form_page(request, form, title="Change meeting details", caption=str(meeting.body),
                     back_url=meeting_url(meeting))


@partnership_view(MANAGE)
def cancel(request, meeting_id):
    meeting = get_meeting(request, meeting_id)
    form = CancelMeetingForm(request.POST or None, initial={"version": meeting.version})
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.cancel_meeting, meeting, by=request.user,
                        expected_version=form.expected_version, reason=form.cleaned_data["reason"]):
            messages.success(request, "Meeting cancelled")
            return redirect(meeting_url(meeting))
    return confirm_page(
        request, form=form, title=f"Cancel the meeting on {meeting.date:%-d %B %Y}?", caption=str(meeting.body),
        paragraphs=[f"Items booked on the forward plan for this meeting will be rebooked for {meeting.date:%B %Y}."],
        button="Cancel meeting", cancel_url=meeting_url(meeting))


@partnership_view(MANAGE)
def approve_minutes(request, meeting_id):
    meeting = get_meeting(request, meeting_id)
    form = Form(request.POST if request.method == "POST" else None)
    previous = meeting.previous_meeting()
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.approve_minutes, meeting, by=request.user)
        if outcome:
            messages.success(request, f"Minutes of {outcome.result.date:%-d %B %Y} approved as an accurate record")
            return redirect(meeting_url(meeting))
    if previous is None:
        return confirm_page(request, form=form, title="Approve the previous minutes",
                            caption=f"{meeting.body}, {meeting.date:%-d %B %Y}", cancel_url=meeting_url(meeting),
                            button="Approve minutes", refusal=f"There is no earlier meeting of {meeting.body}.")
    paragraphs = [f"Record that this meeting agreed the minutes of the meeting on {previous.date:%-d %B %Y} "
                  "as an accurate record."]
    if previous.minutes_approved:
        paragraphs.append(f"They were already approved on {previous.minutes_approved_on:%-d %B %Y}.")
    return confirm_page(request, form=form, title="Approve the previous minutes", destructive=False,
                        caption=f"{meeting.body}, {meeting.date:%-d %B %Y}", paragraphs=paragraphs,
                        button="Approve minutes", cancel_url=meeting_url(meeting))
