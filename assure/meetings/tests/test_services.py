"""Services: each change, its refusals, and that a refused change writes nothing."""
import datetime
import os

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from assure.actions.models import Action, ActionUpdate
from assure.actions.services import Owner
from assure.core.concurrency import EditConflict
from assure.meetings import services
from assure.meetings.models import AgendaItem, Attendance, Decision, ForwardPlanEntry, Meeting, Paper
from assure.meetings.papers import make_docx_bytes
from assure.partnerships.models import Body

D = datetime.date
Entry = services.AttendanceEntry


# --- meetings ---------------------------------------------------------------------------------

def test_schedule_meeting(partnership, board, business_user):
    meeting = services.schedule_meeting(partnership=partnership, body=board, date=D(2026, 4, 20), by=business_user,
                                        start_time=datetime.time(10), location=" Room 2 ")
    assert (meeting.status, meeting.location, meeting.version) == (Meeting.Status.SCHEDULED, "Room 2", 1)
    assert meeting.history.first().history_user == business_user


def test_schedule_refuses_another_partnerships_body(partnership, other_partnership, business_user):
    theirs = Body.objects.create(partnership=other_partnership, name="Their Board")
    with pytest.raises(ValidationError, match="another partnership"):
        services.schedule_meeting(partnership=partnership, body=theirs, date=D(2026, 4, 20), by=business_user)
    assert not Meeting.objects.exists()


def test_schedule_refuses_a_second_meeting_of_a_body_on_one_day(partnership, meeting, business_user):
    with pytest.raises(ValidationError, match="already has a meeting on 2 March 2026"):
        services.schedule_meeting(partnership=partnership, body=meeting.body, date=meeting.date, by=business_user)
    assert Meeting.objects.count() == 1


def test_edit_meeting_then_stale_edit_is_refused_and_writes_nothing(meeting, business_user):
    opened = meeting.version
    services.edit_meeting(meeting, by=business_user, expected_version=opened, date=D(2026, 3, 3), location="Hall")
    with pytest.raises(EditConflict):
        services.edit_meeting(meeting, by=business_user, expected_version=opened, date=D(2026, 3, 4), location="Other")
    meeting.refresh_from_db()
    assert (meeting.date, meeting.location, meeting.version) == (D(2026, 3, 3), "Hall", opened + 1)


def test_cancel_meeting_rebooks_its_forward_plan_entries_to_the_month(future_meeting, business_user, partnership):
    entry = services.book_forward_plan_entry(partnership=partnership, body=future_meeting.body, title="CDOP report",
                                             meeting=future_meeting, by=business_user)
    services.cancel_meeting(future_meeting, by=business_user, expected_version=future_meeting.version, reason="Purdah")
    future_meeting.refresh_from_db()
    entry.refresh_from_db()
    assert (future_meeting.status, future_meeting.cancellation_reason) == (Meeting.Status.CANCELLED, "Purdah")
    assert (entry.meeting, entry.month) == (None, D(2026, 5, 1))


def test_cannot_cancel_a_meeting_with_attendance(meeting, people, business_user):
    services.record_attendance(meeting, entries=[Entry(people["la"], "present")], by=business_user)
    meeting.refresh_from_db()
    with pytest.raises(ValidationError, match="took place"):
        services.cancel_meeting(meeting, by=business_user, expected_version=meeting.version)
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.HELD


def test_cancel_with_stale_version_is_refused(meeting, business_user):
    services.edit_meeting(meeting, by=business_user, expected_version=1, date=meeting.date, location="Moved")
    with pytest.raises(EditConflict):
        services.cancel_meeting(meeting, by=business_user, expected_version=1)
    meeting.refresh_from_db()
    assert meeting.status != Meeting.Status.CANCELLED


# --- approving minutes -------------------------------------------------------------------------

def test_approve_minutes_marks_the_previous_meeting(earlier_meeting, meeting, business_user):
    previous = services.approve_minutes(meeting, by=business_user)
    earlier_meeting.refresh_from_db()
    assert previous == earlier_meeting
    assert (earlier_meeting.minutes_approved_on, earlier_meeting.minutes_approved_at) == (meeting.date, meeting)
    with pytest.raises(ValidationError, match="already approved"):
        services.approve_minutes(meeting, by=business_user)


def test_approve_minutes_skips_cancelled_meetings_of_the_body(earlier_meeting, meeting, partnership, business_user):
    cancelled = services.schedule_meeting(partnership=partnership, body=meeting.body, date=D(2026, 2, 2), by=business_user)
    services.cancel_meeting(cancelled, by=business_user, expected_version=1)
    assert services.approve_minutes(meeting, by=business_user) == earlier_meeting


@pytest.mark.parametrize("when, message", [("first", "no earlier meeting"), ("future", "at or after the meeting")])
def test_approve_minutes_refusals(earlier_meeting, future_meeting, business_user, when, message):
    meeting = earlier_meeting if when == "first" else future_meeting
    with pytest.raises(ValidationError, match=message):
        services.approve_minutes(meeting, by=business_user)
    assert not Meeting.objects.filter(minutes_approved_on__isnull=False).exists()


def test_approve_minutes_only_looks_at_the_same_body(meeting, subgroup, partnership, business_user):
    services.schedule_meeting(partnership=partnership, body=subgroup, date=D(2026, 2, 1), by=business_user)
    with pytest.raises(ValidationError, match="no earlier meeting of Executive Board"):
        services.approve_minutes(meeting, by=business_user)


# --- agenda --------------------------------------------------------------------------------------

def numbers(meeting):
    return list(AgendaItem.objects.filter(meeting=meeting).order_by("position").values_list("number", flat=True))


def test_items_go_where_their_numbers_put_them(meeting, business_user):
    for number in ("1", "2", "3"):
        services.add_agenda_item(meeting, number=number, title=f"Item {number}", by=business_user)
    services.add_agenda_item(meeting, number="2.1", title="Sub-item", by=business_user)
    services.add_agenda_item(meeting, title="No number given", by=business_user)
    assert numbers(meeting) == ["1", "2", "2.1", "3", "4"]
    assert list(AgendaItem.objects.filter(meeting=meeting).order_by("position").values_list("position", flat=True)) == [1, 2, 3, 4, 5]


def test_duplicate_number_is_refused_and_nothing_written(item, business_user):
    with pytest.raises(ValidationError, match="already an item 3"):
        services.add_agenda_item(item.meeting, number="3.", title="Again", by=business_user)
    assert AgendaItem.objects.count() == 1


def test_presenter_from_another_partnership_is_refused(meeting, other_person, business_user):
    with pytest.raises(ValidationError, match="someone in this partnership"):
        services.add_agenda_item(meeting, number="1", title="Item", presenter=other_person, by=business_user)
    assert not AgendaItem.objects.exists()


def test_move_items_up_and_down(meeting, business_user):
    one, two, three = (services.add_agenda_item(meeting, number=n, title=n, by=business_user) for n in "123")
    services.move_agenda_item(three, by=business_user, direction="up")
    assert numbers(meeting) == ["1", "3", "2"]
    services.move_agenda_item(one, by=business_user, direction="down")
    assert numbers(meeting) == ["3", "1", "2"]
    with pytest.raises(ValidationError, match="already at the top"):
        services.move_agenda_item(three, by=business_user, direction="up")


def test_edit_item_renumbers_and_reorders(meeting, business_user):
    one, two, three = (services.add_agenda_item(meeting, number=n, title=n, by=business_user) for n in "123")
    services.edit_agenda_item(three, by=business_user, expected_version=three.version, number="1.1", title="Moved")
    assert numbers(meeting) == ["1", "1.1", "2"]


def test_stale_item_edit_is_refused(item, business_user):
    services.record_minutes(item, by=business_user, expected_version=1, discussion="First version")
    with pytest.raises(EditConflict):
        services.edit_agenda_item(item, by=business_user, expected_version=1, number="9", title="Stale")
    item.refresh_from_db()
    assert (item.number, item.title) == ("3", "Performance dataset Q3")


def test_second_minute_taker_saving_a_stale_copy_is_refused(item, business_user):
    services.record_minutes(item, by=business_user, expected_version=1, discussion="Alice's minutes")
    with pytest.raises(EditConflict):
        services.record_minutes(item, by=business_user, expected_version=1, discussion="Bob's minutes")
    item.refresh_from_db()
    assert item.discussion == "Alice's minutes"


def test_recording_minutes_marks_a_past_meeting_held_but_not_a_future_one(item, future_meeting, business_user):
    services.record_minutes(item, by=business_user, expected_version=1, discussion="Noted")
    item.meeting.refresh_from_db()
    assert item.meeting.status == Meeting.Status.HELD
    future_item = services.add_agenda_item(future_meeting, title="Planned", by=business_user)
    services.record_minutes(future_item, by=business_user, expected_version=1, discussion="Prepared notes")
    future_meeting.refresh_from_db()
    assert future_meeting.status == Meeting.Status.SCHEDULED


def test_decisions(item, business_user):
    decision = services.add_decision(item, text=" The board agreed the dataset. ", by=business_user)
    assert decision.text == "The board agreed the dataset."
    with pytest.raises(ValidationError, match="Enter the decision"):
        services.add_decision(item, text="  ", by=business_user)
    services.remove_decision(decision, by=business_user)
    assert not Decision.objects.exists()


def test_cancelled_meeting_agenda_is_frozen(future_meeting, business_user):
    services.cancel_meeting(future_meeting, by=business_user, expected_version=1)
    future_meeting.refresh_from_db()
    with pytest.raises(ValidationError, match="cancelled"):
        services.add_agenda_item(future_meeting, title="Late item", by=business_user)


def test_item_with_actions_cannot_be_removed(item, people, business_user):
    services.record_item_action(item, text="Do it", owners=[Owner(person=people["la"])], by=business_user,
                                due_at_next_meeting=True)
    with pytest.raises(ValidationError, match="Actions have been recorded"):
        services.remove_agenda_item(item, by=business_user)
    assert AgendaItem.objects.filter(pk=item.pk).exists()


def test_remove_item_closes_the_gap(meeting, business_user):
    one, two, three = (services.add_agenda_item(meeting, number=n, title=n, by=business_user) for n in "123")
    services.remove_agenda_item(two, by=business_user)
    assert list(AgendaItem.objects.filter(meeting=meeting).order_by("position").values_list("number", "position")) == [
        ("1", 1), ("3", 2)]


# --- actions under an item -----------------------------------------------------------------------

def test_record_item_action_with_people_and_group_owners(item, people, business_user):
    action = services.record_item_action(
        item, text="Share the dataset with schools", by=business_user, due_date=D(2026, 4, 30),
        owners=[Owner(person=people["la"]), Owner(group_name="Business team")])
    assert (action.meeting, action.item, action.body, action.due_date) == (item.meeting, item, item.meeting.body, D(2026, 4, 30))
    assert sorted(str(o) for o in action.owners.all()) == ["Business team", "Lena Ashworth"]


def test_action_owner_from_another_partnership_refused_and_nothing_written(item, other_person, people, business_user):
    with pytest.raises(ValidationError, match="in this partnership"):
        services.record_item_action(item, text="Leak", by=business_user,
                                    owners=[Owner(person=people["la"]), Owner(person=other_person)])
    assert not Action.objects.exists()


def test_action_due_both_ways_refused(item, people, business_user):
    with pytest.raises(ValidationError, match="not both"):
        services.record_item_action(item, text="X", owners=[Owner(group_name="All members")], by=business_user,
                                    due_date=D(2026, 4, 1), due_at_next_meeting=True)
    assert not Action.objects.exists()


# --- papers --------------------------------------------------------------------------------------

def test_paper_is_stored_under_media_root_with_a_random_name(item, business_user, settings):
    upload = SimpleUploadedFile("Q3 dataset.docx", make_docx_bytes())
    paper = services.add_paper(item, upload=upload, by=business_user)
    assert (paper.title, paper.original_name, paper.uploaded_by) == ("Q3 dataset", "Q3 dataset.docx", business_user)
    assert paper.file.name.startswith(f"papers/{item.meeting.partnership_id}/") and "Q3" not in paper.file.name
    assert os.path.exists(os.path.join(settings.MEDIA_ROOT, paper.file.name))


def test_refused_paper_writes_nothing(item, business_user, settings):
    with pytest.raises(ValidationError, match="must be a PDF"):
        services.add_paper(item, upload=SimpleUploadedFile("run.exe", b"MZ"), by=business_user)
    with pytest.raises(ValidationError, match="smaller than"):
        settings.PAPER_MAX_BYTES = 10
        services.add_paper(item, upload=SimpleUploadedFile("big.txt", b"x" * 11), by=business_user)
    assert not Paper.objects.exists()
    assert not os.path.exists(os.path.join(settings.MEDIA_ROOT, "papers"))


# --- attendance ----------------------------------------------------------------------------------

def test_record_attendance_and_correct_it(meeting, people, business_user):
    services.record_attendance(meeting, by=business_user, entries=[
        Entry(people["la"], "apologies"), Entry(people["la_deputy"], "present", people["la"]),
        Entry(people["police"], "present"), Entry(people["school"], "in_attendance")])
    services.record_attendance(meeting, by=business_user, entries=[Entry(people["police"], "apologies")],
                               remove=[people["school"]])
    rows = {a.person.full_name: (a.status, a.deputising_for) for a in Attendance.objects.filter(meeting=meeting)}
    assert rows == {"Lena Ashworth": ("apologies", None), "Liam Adeyemi": ("present", people["la"]),
                    "Paul Okafor": ("apologies", None)}
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.HELD


@pytest.mark.parametrize("case, message", [
    ("outsider", "someone in this partnership"),
    ("deputy_outsider", "someone in this partnership"),
    ("self", "cannot deputise for themselves"),
    ("absent_deputy", "only if they attended"),
    ("deputy_for_present", "recorded as attending"),
    ("two_deputies", "Only one person can deputise"),
    ("bad_status", "Choose present"),
    ("twice", "on the list twice"),
])
def test_attendance_refusals_write_nothing(meeting, people, other_person, business_user, case, message):
    good = Entry(people["health"], "present")
    bad = {
        "outsider": [Entry(other_person, "present")],
        "deputy_outsider": [Entry(people["la_deputy"], "present", other_person)],
        "self": [Entry(people["la"], "present", people["la"])],
        "absent_deputy": [Entry(people["la_deputy"], "apologies", people["la"])],
        "deputy_for_present": [Entry(people["la"], "present"), Entry(people["la_deputy"], "present", people["la"])],
        "two_deputies": [Entry(people["la_deputy"], "present", people["police"]),
                         Entry(people["school"], "present", people["police"])],
        "bad_status": [Entry(people["la"], "maybe")],
        "twice": [Entry(people["la"], "present"), Entry(people["la"], "apologies")],
    }[case]
    with pytest.raises(ValidationError, match=message):
        services.record_attendance(meeting, entries=[good, *bad], by=business_user)
    assert not Attendance.objects.exists()
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.SCHEDULED


# --- matters arising ------------------------------------------------------------------------------

def test_matters_arising_update_recorded_at_this_meeting(meeting, earlier_action, business_user):
    update = services.record_matters_arising_update(meeting, earlier_action, text="Circulated on 20 Feb",
                                                    status=Action.Status.COMPLETED, by=business_user,
                                                    expected_version=earlier_action.version)
    earlier_action.refresh_from_db()
    assert (update.meeting, update.author, earlier_action.status) == (meeting, business_user, Action.Status.COMPLETED)


def test_matters_arising_stale_update_refused(meeting, earlier_action, business_user):
    stale = earlier_action.version
    services.record_matters_arising_update(meeting, earlier_action, text="Carried", status="carried_forward",
                                           by=business_user, expected_version=stale)
    with pytest.raises(EditConflict):
        services.record_matters_arising_update(meeting, earlier_action, text="Done", status="completed",
                                               by=business_user, expected_version=stale)
    earlier_action.refresh_from_db()
    assert earlier_action.status == Action.Status.CARRIED_FORWARD
    assert ActionUpdate.objects.count() == 1


def test_action_of_this_meeting_is_not_a_matter_arising_here(meeting, item, people, business_user):
    action = services.record_item_action(item, text="New", owners=[Owner(person=people["la"])], by=business_user)
    with pytest.raises(ValidationError, match="not a matter arising"):
        services.record_matters_arising_update(meeting, action, text="x", status="completed", by=business_user,
                                               expected_version=action.version)
    assert not ActionUpdate.objects.exists()


# --- forward plan --------------------------------------------------------------------------------

@pytest.mark.parametrize("booking, message", [
    ({}, "one of"),
    ({"month": D(2026, 4, 1), "every_year_in": 9}, "one of"),
    ({"month": D(2026, 2, 1)}, "this month or a later one"),
    ({"every_year_in": 13}, "January to December"),
])
def test_forward_plan_booking_refusals(partnership, board, business_user, booking, message):
    with pytest.raises(ValidationError, match=message):
        services.book_forward_plan_entry(partnership=partnership, body=board, title="LADO annual report",
                                         by=business_user, **booking)
    assert not ForwardPlanEntry.objects.exists()


def test_forward_plan_meeting_must_be_of_the_body_and_not_past(partnership, board, subgroup, meeting, business_user):
    sub_meeting = services.schedule_meeting(partnership=partnership, body=subgroup, date=D(2026, 6, 1), by=business_user)
    with pytest.raises(ValidationError, match="Choose a meeting of Executive Board"):
        services.book_forward_plan_entry(partnership=partnership, body=board, title="X", meeting=sub_meeting, by=business_user)
    with pytest.raises(ValidationError, match="not happened yet"):
        services.book_forward_plan_entry(partnership=partnership, body=board, title="X", meeting=meeting, by=business_user)
    assert not ForwardPlanEntry.objects.exists()


def test_month_booking_is_stored_as_the_first_of_the_month(partnership, board, business_user):
    entry = services.book_forward_plan_entry(partnership=partnership, body=board, title="X", month=D(2026, 9, 17),
                                             by=business_user)
    assert entry.month == D(2026, 9, 1)


def test_add_entry_to_agenda_links_the_item(partnership, future_meeting, business_user, people):
    services.add_agenda_item(future_meeting, number="1", title="Welcome", by=business_user)
    entry = services.book_forward_plan_entry(partnership=partnership, body=future_meeting.body, title="CDOP annual report",
                                             every_year_in=5, presenter=people["health"], by=business_user)
    item = services.add_entry_to_agenda(future_meeting, entry, by=business_user)
    assert (item.number, item.title, item.presenter, item.forward_plan_entry) == ("2", "CDOP annual report", people["health"], entry)
    with pytest.raises(ValidationError, match="already on this agenda"):
        services.add_entry_to_agenda(future_meeting, entry, by=business_user)


def test_add_entry_of_another_body_refused(partnership, future_meeting, subgroup, business_user):
    entry = services.book_forward_plan_entry(partnership=partnership, body=subgroup, title="X", every_year_in=5, by=business_user)
    with pytest.raises(ValidationError, match="forward plan of Exploitation Subgroup"):
        services.add_entry_to_agenda(future_meeting, entry, by=business_user)
    assert not AgendaItem.objects.exists()


def test_edit_forward_plan_entry_and_conflict(partnership, board, business_user):
    entry = services.book_forward_plan_entry(partnership=partnership, body=board, title="X", every_year_in=9, by=business_user)
    services.edit_forward_plan_entry(entry, by=business_user, expected_version=1, title="LADO annual report", month=D(2026, 10, 1))
    with pytest.raises(EditConflict):
        services.edit_forward_plan_entry(entry, by=business_user, expected_version=1, title="Stale", every_year_in=9)
    entry.refresh_from_db()
    assert (entry.title, entry.month, entry.every_year_in) == ("LADO annual report", D(2026, 10, 1), None)


def test_entry_booked_for_a_past_meeting_can_still_be_renamed(partnership, board, meeting, business_user):
    entry = services.book_forward_plan_entry(partnership=partnership, body=board, title="X", meeting=meeting,
                                             by=business_user, allow_past=True)
    services.edit_forward_plan_entry(entry, by=business_user, expected_version=1, title="Renamed", meeting=meeting)
    entry.refresh_from_db()
    assert entry.title == "Renamed"


def test_add_agenda_items_places_each_like_add_agenda_item_and_keeps_history(meeting, item, business_user):
    added = services.add_agenda_items(meeting, by=business_user,
                                      items=[("1", "Welcome"), ("", "Any other business"), ("2.1", "Rapid review")])

    assert [i.number for i in added] == ["1", "4", "2.1"]
    ordered = AgendaItem.objects.filter(meeting=meeting).order_by("position")
    assert [(i.number, i.position) for i in ordered] == [("1", 1), ("2.1", 2), ("3", 3), ("4", 4)]
    assert [(i.number, i.position) for i in sorted(added, key=lambda i: i.position)] == [("1", 1), ("2.1", 2), ("4", 4)]
    history = AgendaItem.history.filter(meeting=meeting, history_type="+", number__in=["1", "2.1", "4"])
    assert history.count() == 3 and {h.history_user for h in history} == {business_user}


@pytest.mark.parametrize("items, message", [
    ([("1", "Welcome"), ("3", "Again")], "already an item 3"),
    ([("1", "Welcome"), ("1", "Twice")], "already an item 1"),
    ([("1", "Welcome"), ("2", "  ")], "Enter the title"),
])
def test_add_agenda_items_refused_adds_none(meeting, item, business_user, items, message):
    with pytest.raises(ValidationError, match=message):
        services.add_agenda_items(meeting, items=items, by=business_user)

    assert list(AgendaItem.objects.filter(meeting=meeting).values_list("number", flat=True)) == ["3"]


def test_record_attendance_writes_one_history_row_per_new_line_and_corrects_existing(meeting, people, business_user):
    services.record_attendance(meeting, by=business_user, entries=[Entry(people["la"], "present"),
                                                                    Entry(people["police"], "apologies")])
    services.record_attendance(meeting, by=business_user, entries=[Entry(people["la"], "apologies"),
                                                                    Entry(people["health"], "present")])

    history = Attendance.history.filter(meeting=meeting)
    assert sorted((h.person.full_name, h.history_type, h.status) for h in history) == [
        ("Hana Ibrahim", "+", "present"), ("Lena Ashworth", "+", "present"), ("Lena Ashworth", "~", "apologies"),
        ("Paul Okafor", "+", "apologies")]
    assert {h.history_user for h in history} == {business_user}
