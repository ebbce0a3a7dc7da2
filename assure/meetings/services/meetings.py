"""Scheduling, editing, cancelling meetings, and approving the previous meeting's minutes."""
import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.actions import dues
from assure.core import clock
from assure.core.audit import service
from assure.core.concurrency import claim_version
from assure.core.transactions import atomic

from .. import plausible
from ..models import ForwardPlanEntry, Meeting
from ._common import check_same_partnership


def _check_date(date) -> None:
    if date is None:
        raise ValidationError("Enter the date of the meeting.")
    if (problem := plausible.meeting_date_problem(date, clock.today())):
        raise ValidationError(problem)


def _check_no_clash(body, date, exclude_pk=None):
    clash = Meeting.objects.filter(body=body, date=date).exclude(status=Meeting.Status.CANCELLED)
    if exclude_pk:
        clash = clash.exclude(pk=exclude_pk)
    if clash.exists():
        raise ValidationError(f"{body} already has a meeting on {date:%-d %B %Y}.")


@service
@atomic   # no savepoint of its own inside all_or_nothing() (ADR 0112)
def schedule_meeting(*, partnership, body, date: datetime.date, by, start_time: datetime.time | None = None,
                     location: str = "", status: str = Meeting.Status.SCHEDULED) -> Meeting:
    """Put a meeting of `body` in the diary. Past dates (from 2000) are allowed, to record meetings already held."""
    if body is None:
        raise ValidationError("Choose the board or group that is meeting.")
    check_same_partnership(partnership, body, "The board or group")
    _check_date(date)
    if status not in (Meeting.Status.SCHEDULED, Meeting.Status.HELD):
        raise ValidationError("A new meeting is either scheduled or already held.")
    _check_no_clash(body, date)
    meeting = Meeting(partnership=partnership, body=body, date=date, start_time=start_time,
                      location=(location or "").strip(), status=status)
    meeting.save()
    dues.refresh_for_body(body.pk)   # actions due "at the next meeting" may now be due on this one
    return meeting


@service
@atomic   # no savepoint of its own inside all_or_nothing() (ADR 0112)
def edit_meeting(meeting: Meeting, *, by, expected_version: int, date: datetime.date,
                 start_time: datetime.time | None = None, location: str = "", status: str | None = None) -> Meeting:
    """Change when and where; refused with EditConflict if someone saved the meeting since `expected_version`."""
    claim_version(Meeting, meeting.pk, expected_version)
    meeting.refresh_from_db()
    if meeting.status == Meeting.Status.CANCELLED:
        raise ValidationError("This meeting has been cancelled and cannot be changed.")
    if date != meeting.date:   # a meeting already on the record keeps its date through other edits
        _check_date(date)
    status = status or meeting.status
    if status not in (Meeting.Status.SCHEDULED, Meeting.Status.HELD):
        raise ValidationError("Choose scheduled or held. To cancel the meeting use 'Cancel meeting'.")
    _check_no_clash(meeting.body, date, exclude_pk=meeting.pk)
    moved = date != meeting.date
    meeting.date, meeting.start_time, meeting.location, meeting.status = date, start_time, (location or "").strip(), status
    meeting.save()
    if moved:
        dues.refresh_for_body(meeting.body_id)
    return meeting


@service
@transaction.atomic
def cancel_meeting(meeting: Meeting, *, by, expected_version: int, reason: str = "") -> Meeting:
    """Cancel a meeting. Forward plan entries booked for it move to its month, so they are not lost."""
    claim_version(Meeting, meeting.pk, expected_version)
    meeting.refresh_from_db()
    if meeting.status == Meeting.Status.CANCELLED:
        raise ValidationError("This meeting is already cancelled.")
    if meeting.attendance.exists():
        raise ValidationError("Attendance has been recorded for this meeting, so it took place and cannot be cancelled.")
    for entry in ForwardPlanEntry.objects.filter(meeting=meeting):
        entry.meeting, entry.month = None, meeting.date.replace(day=1)
        entry.version += 1
        entry.save()
    meeting.status = Meeting.Status.CANCELLED
    meeting.cancellation_reason = (reason or "").strip()[:300]
    meeting.save()
    dues.refresh_for_body(meeting.body_id)
    return meeting


@service
def mark_held(meeting: Meeting, by) -> None:
    """Recording attendance or minutes of a meeting on or before today means it took place."""
    if meeting.status == Meeting.Status.SCHEDULED and meeting.date <= clock.today():
        fresh = Meeting.objects.select_for_update().get(pk=meeting.pk)
        fresh.status = Meeting.Status.HELD
        fresh.version += 1
        fresh.save()
        meeting.status, meeting.version = fresh.status, fresh.version


@service
@transaction.atomic
def approve_minutes(meeting: Meeting, *, by) -> Meeting:
    """Record that `meeting` agreed the minutes of the previous meeting of the same body. Returns that meeting."""
    if meeting.status == Meeting.Status.CANCELLED:
        raise ValidationError("A cancelled meeting cannot approve minutes.")
    if meeting.date > clock.today():
        raise ValidationError("Minutes can be approved only at or after the meeting that approves them.")
    previous = meeting.previous_meeting()
    if previous is None:
        raise ValidationError(f"There is no earlier meeting of {meeting.body} whose minutes could be approved.")
    previous = Meeting.objects.select_for_update().get(pk=previous.pk)
    if previous.minutes_approved:
        raise ValidationError(f"The minutes of {previous.date:%-d %B %Y} were already approved on "
                              f"{previous.minutes_approved_on:%-d %B %Y}.")
    previous.minutes_approved_on = meeting.date
    previous.minutes_approved_at = meeting
    previous.version += 1  # a form opened before the approval must not overwrite it
    previous.save()
    return previous
