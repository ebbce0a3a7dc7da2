"""The calendar files: times in Europe/London across the clock change, all-day meetings, stable UIDs, updates and
cancellations, and nothing confidential in an event."""
import datetime

from icalendar import Calendar

from assure.actions.services import Owner, create_action
from assure.meetings import services as meetings

from .. import ics, queries
from . import factories


def events(content: bytes):
    return [c for c in Calendar.from_ical(content).walk("VEVENT")]


def test_times_stay_local_across_the_clock_change(partnership, business_user):
    board = factories.body(partnership)
    winter = factories.meeting(board, business_user, date=datetime.date(2026, 3, 23))    # GMT
    summer = factories.meeting(board, business_user, date=datetime.date(2026, 4, 6))     # BST (from 29 March)
    content = ics.body_feed(board, [winter, summer])
    cal = Calendar.from_ical(content)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/London"]
    starts = {e["DTSTART"].dt.date(): e for e in events(content)}
    for day, offset in ((datetime.date(2026, 3, 23), 0), (datetime.date(2026, 4, 6), 1)):
        event = starts[day]
        assert event["DTSTART"].params["TZID"] == "Europe/London"
        assert event["DTSTART"].dt.hour == 10
        assert event["DTSTART"].dt.utcoffset() == datetime.timedelta(hours=offset)
    assert b"DTSTART;TZID=Europe/London:20260406T100000" in content


def test_a_meeting_without_a_time_is_all_day(partnership, business_user):
    board = factories.body(partnership)
    meeting = factories.meeting(board, business_user, start_time=None)
    (event,) = events(ics.body_feed(board, [meeting]))
    assert event["DTSTART"].dt == datetime.date(2026, 4, 20) and event["DTSTART"].params.get("VALUE") == "DATE"
    assert event["DTEND"].dt == datetime.date(2026, 4, 21)


def test_uids_are_stable_between_builds_and_sequence_rises_when_the_meeting_moves(partnership, business_user):
    board = factories.body(partnership)
    meeting = factories.meeting(board, business_user)
    first = ics.invitation(meeting, email="lena@example.org", name="Lena Ashworth")
    again = ics.invitation(meeting, email="lena@example.org", name="Lena Ashworth")
    assert events(first)[0]["UID"] == events(again)[0]["UID"]
    moved = meetings.edit_meeting(meeting, by=business_user, expected_version=meeting.version,
                                  date=datetime.date(2026, 4, 27), start_time=datetime.time(14, 0), location="Online")
    update = ics.invitation(moved, email="lena@example.org", name="Lena Ashworth")
    (before,), (after,) = events(first), events(update)
    assert after["UID"] == before["UID"]
    assert after["SEQUENCE"] > before["SEQUENCE"]
    assert after["DTSTART"].dt == datetime.datetime(2026, 4, 27, 14, 0, tzinfo=ics.LONDON)
    assert Calendar.from_ical(update)["METHOD"] == "REQUEST"
    assert str(after["ATTENDEE"]) == "mailto:lena@example.org" and str(after["ORGANIZER"]).startswith("mailto:")


def test_a_cancelled_meeting_is_a_cancellation(partnership, business_user):
    board = factories.body(partnership)
    meeting = factories.meeting(board, business_user)
    sent = events(ics.invitation(meeting, email="lena@example.org", name="Lena Ashworth"))[0]
    cancelled = meetings.cancel_meeting(meeting, by=business_user, expected_version=meeting.version, reason="Snow")
    content = ics.invitation(cancelled, email="lena@example.org", name="Lena Ashworth")
    cal = Calendar.from_ical(content)
    (event,) = events(content)
    assert cal["METHOD"] == "CANCEL" and event["STATUS"] == "CANCELLED"
    assert event["UID"] == sent["UID"] and event["SEQUENCE"] > sent["SEQUENCE"]
    assert b"Snow" not in content   # the reason is for Assure, not for outside calendars


def test_an_action_is_its_number_and_a_link_never_its_text(partnership, business_user):
    board = factories.body(partnership)
    owner = factories.person(partnership, "Lena Ashworth")
    action = create_action(partnership=partnership, body=board, text="Child Q's plan to be reviewed by the LADO",
                           due_date=datetime.date(2026, 4, 30), owners=[Owner(person=owner)], by=business_user)
    content = ics.person_feed("Mine", [], queries.person_actions(partnership, owner))
    (event,) = events(content)
    assert event["SUMMARY"] == f"Action {action.pk} due"
    assert event["DTSTART"].dt == datetime.date(2026, 4, 30)
    assert f"/p/{partnership.slug}/actions/{action.pk}/" in event["URL"]
    assert b"LADO" not in content and b"Child Q" not in content


def test_a_meeting_says_body_place_and_link_only(partnership, business_user):
    board = factories.body(partnership)
    meeting = factories.meeting(board, business_user)
    (event,) = events(ics.body_feed(board, [meeting]))
    assert event["SUMMARY"] == "Executive Board meeting"
    assert event["LOCATION"] == "Room 2, Fenbridge Hall"
    assert event["URL"].endswith(f"/p/{partnership.slug}/meetings/{meeting.pk}/")
