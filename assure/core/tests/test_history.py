"""The shared change-history rows (assure/core/history.py), exercised on actions."""
import datetime

import pytest

from assure.actions import services
from assure.actions.models import ActionOwner
from assure.actions.tests import factories as f
from assure.core.history import history_rows
from assure.meetings.models import Meeting


@pytest.fixture
def action(partnership, business_user, member_user):
    return f.action(partnership, by=business_user, owners=[f.person_of(member_user, partnership)],
                    due_date=datetime.date(2026, 4, 1))


def test_created_row_lists_initial_values_and_who(action, partnership):
    (row,) = history_rows(action, partnership=partnership)
    assert (row.kind, row.who, row.record) == ("Created", "Bea Business", "Action")
    shown = {c.field: c.new for c in row.changes}
    assert shown["Text"] == "Circulate the audit findings"
    assert shown["Due date"] == "1 April 2026"
    assert shown["Status"] == "Open"  # choice label, not the stored value
    assert "Version" not in shown and "Partnership" not in shown


def test_changes_show_old_and_new_values_newest_first(action, partnership, business_user, member_user, organisations):
    services.post_update(action, text="Working on it", status="in_progress", by=member_user, expected_version=1)
    services.edit_action(action, by=business_user, expected_version=2, owner_organisation=organisations["police"],
                         due_date=datetime.date(2026, 5, 1))
    rows = history_rows(action, partnership=partnership)
    assert [r.kind for r in rows] == ["Changed", "Changed", "Created"]
    newest, middle = rows[0], rows[1]
    assert newest.who == "Bea Business"
    assert {(c.field, c.old, c.new) for c in newest.changes} == {
        ("Due date", "1 April 2026", "1 May 2026"),
        ("Owner organisation", "(blank)", "Fenshire Police"),
    }
    assert (middle.who, middle.reason) == ("Mo Member", "Working on it")
    assert [(c.field, c.old, c.new) for c in middle.changes] == [("Status", "Open", "In progress")]


def test_related_records_fold_in(action, partnership, business_user, readonly_user):
    services.edit_action(action, by=business_user, expected_version=1,
                         owners=[services.Owner(person=f.person_of(readonly_user, partnership))])
    rows = history_rows(action, related=[ActionOwner.history.filter(action_id=action.pk)], partnership=partnership)
    kinds = {(r.kind, r.record) for r in rows}
    assert ("Created", "Action owner: Rita Reader") in kinds
    assert ("Deleted", "Action owner: Mo Member") in kinds


def test_without_a_partnership_falls_back_to_username(action):
    assert history_rows(action)[0].who == "bea"


def test_works_for_another_model(partnership, executive_board):
    meeting = f.meeting(executive_board, datetime.date(2026, 3, 1), status=Meeting.Status.SCHEDULED)
    meeting.status = Meeting.Status.HELD
    meeting.save()
    rows = history_rows(meeting)
    assert rows[0].who == "Not recorded"   # saved outside any service: nobody to name
    assert [(c.field, c.old, c.new) for c in rows[0].changes] == [("Status", "Scheduled", "Held")]


def test_save_without_visible_change_is_not_listed(action):
    action.save()
    assert len(history_rows(action)) == 1


def _meeting_with_attendance(partnership, executive_board, business_user, people: int):
    from assure.meetings import services as meeting_services
    from assure.meetings.models import Attendance
    from assure.meetings.queries import meeting_history
    from assure.partnerships import services as partnership_services

    meeting = meeting_services.schedule_meeting(partnership=partnership, body=executive_board,
                                                date=datetime.date(2026, 3, 2), by=business_user)
    attendees = [partnership_services.create_person(partnership=partnership, full_name=f"Attendee {chr(65 + n)}son",
                                                    confirmed_different=True, by=business_user)
                 for n in range(people)]
    meeting_services.record_attendance(meeting, entries=[
        meeting_services.AttendanceEntry(person, Attendance.Status.PRESENT) for person in attendees], by=business_user)
    return meeting, meeting_history


@pytest.mark.parametrize("people", [2, 9])
def test_a_meeting_s_history_costs_the_same_queries_however_many_attended(
        people, partnership, executive_board, business_user, django_assert_num_queries):
    """Each attendance row's title names its person: they are fetched together, not one query per row."""
    meeting, meeting_history = _meeting_with_attendance(partnership, executive_board, business_user, people)
    with django_assert_num_queries(9):
        rows = meeting_history(meeting)
    titles = {row.record for row in rows}
    assert {f"Attendance: Attendee {chr(65 + n)}son: Present" for n in range(people)} <= titles
