"""Implausible dates: the pure rules, as tables of cases, and the services that refuse them writing nothing."""
import datetime

import pytest
from django.core.exceptions import ValidationError

from assure.actions.models import Action
from assure.actions.services import Owner
from assure.meetings import plausible, services
from assure.meetings.models import Attendance, Meeting

D = datetime.date
TODAY = D(2026, 3, 9)


@pytest.mark.parametrize("date, refused_because", [
    (D(1926, 3, 2), "before 1 January 2000"),     # the year typed wrong
    (D(1999, 12, 31), "before 1 January 2000"),
    (D(2000, 1, 1), ""),
    (D(2026, 3, 9), ""),
    (D(2029, 3, 9), ""),                          # exactly three years ahead
    (D(2029, 3, 10), "more than 3 years ahead"),
    (D(2206, 3, 2), "more than 3 years ahead"),
])
def test_meeting_date_problem(date, refused_because):
    problem = plausible.meeting_date_problem(date, TODAY)
    assert (refused_because in problem) if refused_because else problem == ""


@pytest.mark.parametrize("today, latest", [
    (D(2026, 3, 9), D(2029, 3, 9)),
    (D(2028, 2, 29), D(2031, 2, 28)),   # a leap day has no match three years on
])
def test_latest_meeting(today, latest):
    assert plausible.latest_meeting(today) == latest


@pytest.mark.parametrize("meeting_date, refused", [
    (D(2026, 3, 2), False),
    (TODAY, False),                  # the day of the meeting
    (D(2026, 3, 10), True),          # tomorrow
    (D(2027, 1, 1), True),
])
def test_attendance_problem(meeting_date, refused):
    problem = plausible.attendance_problem(meeting_date, TODAY)
    assert bool(problem) is refused
    if refused:
        assert "has not happened yet" in problem


@pytest.mark.parametrize("date, message", [
    (D(1926, 3, 2), "before 1 January 2000"),
    (D(2030, 1, 14), "more than 3 years ahead"),
])
def test_schedule_refuses_implausible_dates(partnership, board, business_user, date, message):
    with pytest.raises(ValidationError, match=message):
        services.schedule_meeting(partnership=partnership, body=board, date=date, by=business_user)
    assert not Meeting.objects.exists()


def test_edit_refuses_an_implausible_date_but_keeps_an_old_meeting_editable(meeting, business_user):
    with pytest.raises(ValidationError, match="before 1 January 2000"):
        services.edit_meeting(meeting, by=business_user, expected_version=meeting.version, date=D(1926, 3, 2))
    meeting.refresh_from_db()
    assert meeting.date == D(2026, 3, 2)
    # Another field of a meeting already on the record (dated before the rule) still saves.
    Meeting.objects.filter(pk=meeting.pk).update(date=D(1999, 6, 1))
    meeting.refresh_from_db()
    services.edit_meeting(meeting, by=business_user, expected_version=meeting.version, date=D(1999, 6, 1), location="Hall")
    meeting.refresh_from_db()
    assert meeting.location == "Hall"


def test_attendance_of_a_meeting_not_yet_held_is_refused_and_writes_nothing(future_meeting, people, business_user):
    with pytest.raises(ValidationError, match="11 May 2026, which has not happened yet"):
        services.record_attendance(future_meeting, entries=[services.AttendanceEntry(people["la"], "present")],
                                   by=business_user)
    future_meeting.refresh_from_db()
    assert not Attendance.objects.exists() and future_meeting.status == Meeting.Status.SCHEDULED


def test_attendance_on_the_day_of_the_meeting_is_accepted(board, people, business_user, partnership):
    today = services.schedule_meeting(partnership=partnership, body=board, date=TODAY, by=business_user)
    services.record_attendance(today, entries=[services.AttendanceEntry(people["la"], "present")], by=business_user)
    assert Attendance.objects.filter(meeting=today).count() == 1


def test_an_action_due_before_its_meeting_is_refused_and_writes_nothing(item, people, business_user):
    with pytest.raises(ValidationError, match="before the meeting that agreed the action"):
        services.record_item_action(item, text="Circulate the plan", owners=[Owner(person=people["la"])],
                                    by=business_user, due_date=D(2026, 2, 27))
    assert not Action.objects.exists()
    action = services.record_item_action(item, text="Circulate the plan", owners=[Owner(person=people["la"])],
                                         by=business_user, due_date=item.meeting.date)
    assert action.due_date == D(2026, 3, 2)


def test_changing_an_actions_due_date_to_before_its_meeting_is_refused(item, people, business_user):
    from assure.actions.services import edit_action

    action = services.record_item_action(item, text="Circulate the plan", owners=[Owner(person=people["la"])],
                                         by=business_user, due_date=D(2026, 4, 1))
    with pytest.raises(ValidationError, match="before the meeting"):
        edit_action(action, by=business_user, expected_version=action.version, due_date=D(2026, 1, 1))
    action.refresh_from_db()
    assert action.due_date == D(2026, 4, 1)
