import datetime

import pytest

from assure.actions.models import Action
from assure.actions.services import Owner, create_action
from assure.meetings import queries, services

D = datetime.date


def test_matters_arising_are_live_actions_from_earlier_meetings_of_the_body(
        partnership, earlier_meeting, meeting, future_meeting, subgroup, people, business_user):
    def action(at, text, status=Action.Status.OPEN):
        return create_action(partnership=partnership, text=text, owners=[Owner(person=people["la"])], by=business_user,
                             meeting=at, status=status)

    live = action(earlier_meeting, "Live")
    carried = action(earlier_meeting, "Carried", Action.Status.CARRIED_FORWARD)
    action(earlier_meeting, "Done", Action.Status.COMPLETED)
    action(earlier_meeting, "Superseded", Action.Status.SUPERSEDED)
    action(meeting, "Agreed at this meeting")
    sub_meeting = services.schedule_meeting(partnership=partnership, body=subgroup, date=D(2026, 2, 2), by=business_user)
    action(sub_meeting, "Another body")
    assert list(queries.matters_arising(meeting)) == [live, carried]
    assert [a.text for a in queries.matters_arising(future_meeting)] == ["Live", "Carried", "Agreed at this meeting"]


def test_action_completed_at_a_meeting_stays_on_its_matters_arising_only(meeting, future_meeting, earlier_action, business_user):
    services.record_matters_arising_update(meeting, earlier_action, text="Done", status="completed", by=business_user,
                                           expected_version=earlier_action.version)
    rows = queries.matters_arising_with_updates(meeting)
    assert [(a, u.text) for a, u in rows] == [(earlier_action, "Done")]
    assert list(queries.matters_arising(future_meeting)) == []


@pytest.mark.parametrize("booking, due", [
    ({"month": D(2026, 5, 1)}, True),
    ({"month": D(2026, 6, 1)}, False),
    ({"every_year_in": 5}, True),
    ({"every_year_in": 9}, False),
])
def test_due_entries_by_month_and_year(partnership, future_meeting, business_user, booking, due):
    entry = services.book_forward_plan_entry(partnership=partnership, body=future_meeting.body, title="X",
                                             by=business_user, **booking)
    assert (entry in queries.due_forward_plan_entries(future_meeting)) is due


def test_due_entries_booked_for_a_meeting_and_other_bodies(partnership, future_meeting, subgroup, business_user):
    other = services.schedule_meeting(partnership=partnership, body=future_meeting.body, date=D(2026, 7, 6), by=business_user)
    for_meeting = services.book_forward_plan_entry(partnership=partnership, body=future_meeting.body, title="A",
                                                   meeting=future_meeting, by=business_user)
    services.book_forward_plan_entry(partnership=partnership, body=future_meeting.body, title="B", meeting=other, by=business_user)
    services.book_forward_plan_entry(partnership=partnership, body=subgroup, title="C", every_year_in=5, by=business_user)
    assert queries.due_forward_plan_entries(future_meeting) == [for_meeting]


def test_entry_on_an_agenda_is_no_longer_due_that_month_but_is_next_year(partnership, future_meeting, business_user):
    entry = services.book_forward_plan_entry(partnership=partnership, body=future_meeting.body, title="Annual",
                                             every_year_in=5, by=business_user)
    second_in_may = services.schedule_meeting(partnership=partnership, body=future_meeting.body, date=D(2026, 5, 25), by=business_user)
    next_year = services.schedule_meeting(partnership=partnership, body=future_meeting.body, date=D(2027, 5, 10), by=business_user)
    services.add_entry_to_agenda(future_meeting, entry, by=business_user)
    assert queries.due_forward_plan_entries(future_meeting) == []
    assert queries.due_forward_plan_entries(second_in_may) == []
    assert queries.due_forward_plan_entries(next_year) == [entry]


def test_people_for_lists_members_first(partnership, board, people):
    members, others = queries.people_for(partnership, board)
    assert [p.full_name for p in members] == ["Hana Ibrahim", "Lena Ashworth", "Paul Okafor"]
    assert {"Liam Adeyemi", "Sam Whitlock"} <= {p.full_name for p in others}


def test_attendance_rows_leave_out_cancelled_future_and_other_partnerships(
        partnership, other_partnership, meeting, future_meeting, people, business_user):
    services.record_attendance(meeting, entries=[services.AttendanceEntry(people["la"], "present")], by=business_user)
    cancelled = services.schedule_meeting(partnership=partnership, body=meeting.body, date=D(2026, 2, 2), by=business_user)
    services.cancel_meeting(cancelled, by=business_user, expected_version=1)
    meetings, organisations, rows, memberships = queries.attendance_rows(partnership, queries.held_meetings(partnership))
    assert {(m.body_id, m.organisation_id) for m in memberships} == {
        (meeting.body_id, people[key].organisation_id) for key in ("la", "police", "health")}
    assert [m.id for m in meetings] == [meeting.pk]
    assert [(r.person_name, r.status) for r in rows] == [("Lena Ashworth", "present")]
    assert {o.name for o in organisations} == {"Fenbridge Council", "Fenshire Police", "Fenshire Integrated Care Board",
                                               "Fenbridge Schools Trust"}
    assert queries.attendance_rows(other_partnership, queries.held_meetings(partnership))[0] == []


def test_attendance_report_counted_in_the_database_is_the_report_of_every_row(
        partnership, meeting, people, business_user):
    from assure.meetings import attendance_report

    entry = services.AttendanceEntry
    services.record_attendance(meeting, entries=[
        entry(people["la_deputy"], "present", deputising_for=people["la"]), entry(people["police"], "apologies"),
        entry(people["school"], "in_attendance"), entry(people["health"], "absent")], by=business_user)
    second = services.schedule_meeting(partnership=partnership, body=meeting.body, date=D(2026, 2, 2), by=business_user)
    services.record_attendance(second, entries=[
        entry(people["la"], "present"), entry(people["police"], "present"),
        entry(people["school"], "present", deputising_for=people["health"])], by=business_user)
    held = queries.held_meetings(partnership)
    counted = queries.attendance_report_for(partnership, held)
    assert counted == attendance_report.build_report(*queries.attendance_rows(partnership, held))
    lena = next(line for line in counted.people if line.name == "Lena Ashworth")
    assert (lena.present, lena.deputised_by_others) == (1, 1)


def test_meeting_page_query_count_does_not_grow_with_items(client_for, business_user, partnership, meeting,
                                                          earlier_meeting, people, django_assert_max_num_queries):
    """Items with decisions and owned actions, and matters arising with their owners: the same queries for
    thirteen of each as for one (every action's owners come in one query, agenda and matters arising together)."""
    client = client_for(business_user)

    def add(numbers):
        for n in numbers:
            item = services.add_agenda_item(meeting, number=str(n), title=f"Item {n}", by=business_user)
            services.add_decision(item, text=f"Decision {n}", by=business_user)
            owners = [Owner(person=people["la"]), Owner(person=people["police"]), Owner(group_name="Business team")]
            create_action(partnership=partnership, text=f"Action {n}.", owners=owners, by=business_user,
                          meeting=meeting, item=item)
            create_action(partnership=partnership, text=f"Earlier {n}.", owners=owners, by=business_user,
                          meeting=earlier_meeting)

    add([1])
    with django_assert_max_num_queries(60) as captured:
        page = client.get(f"/p/{partnership.slug}/meetings/{meeting.pk}/").content.decode()
    few = len(captured)
    assert "Action 1." in page and "Earlier 1." in page
    add(range(2, 14))
    with django_assert_max_num_queries(few):
        page = client.get(f"/p/{partnership.slug}/meetings/{meeting.pk}/").content.decode()
    assert "Action 13." in page and "Earlier 13." in page and page.count("Paul Okafor") >= 26
