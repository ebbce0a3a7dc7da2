"""Calendar files (RFC 5545 / 5546) built with the icalendar library (ADR 0145).

- `person_feed`: the meetings of the bodies a person sits on or deputises for, the meetings they are recorded as
  attending, and their live actions' due dates (all-day events).
- `body_feed`: one board or group's meetings.
- `invitation`: one meeting as an email invitation (METHOD:REQUEST, or METHOD:CANCEL once it is cancelled).

Confidential by default: an event says only what a person needs in an outside calendar (Outlook, Google), which
the partnership does not control: the meeting's body, date, time and place and a link back to Assure (sign-in
needed); an action only its number and a link, never its text. Times are Europe/London with a VTIMEZONE, so a
meeting at 10:00 stays at 10:00 across the clock change; a meeting with no start time is an all-day event.
"""
import datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from icalendar import Calendar, Event, vCalAddress, vText

from assure.core import clock

LONDON = ZoneInfo("Europe/London")
# Meetings record a start time but no end: a calendar shows them as two hours long (most boards sit for two).
ASSUMED_LENGTH = datetime.timedelta(hours=2)
PRODID = "-//Assure//Safeguarding partnership calendar//EN"


def _host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "assure"


def _link(url_name: str, *args) -> str:
    return settings.SITE_URL + reverse(url_name, args=args)


def meeting_uid(meeting) -> str:
    """The same for every build and every version of the meeting, so a calendar updates the event it has."""
    return f"meeting-{meeting.pk}@{_host()}"


def action_uid(action) -> str:
    return f"action-{action.pk}-due@{_host()}"


def meeting_title(meeting) -> str:
    return f"{meeting.body.name} meeting"


def is_cancelled(meeting) -> bool:
    return meeting.status == "cancelled"


def _calendar(name: str, method: str | None = None) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if method:
        cal.add("method", method)
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/London")
    return cal


def _finish(cal: Calendar) -> bytes:
    cal.add_missing_timezones()
    return cal.to_ical()


def meeting_event(meeting) -> Event:
    event = Event()
    event.add("uid", meeting_uid(meeting))
    event.add("dtstamp", clock.now())
    # The meeting's version rises with every change to it (date, time, place, status), so a calendar always
    # takes the newer copy (RFC 5546 3.2.2: an update carries a higher SEQUENCE).
    event.add("sequence", meeting.version)
    cancelled = is_cancelled(meeting)
    event.add("summary", ("Cancelled: " if cancelled else "") + meeting_title(meeting))
    if meeting.start_time is None:
        event.add("dtstart", meeting.date)                       # all day: VALUE=DATE
        event.add("dtend", meeting.date + datetime.timedelta(days=1))
    else:
        start = datetime.datetime.combine(meeting.date, meeting.start_time, tzinfo=LONDON)
        event.add("dtstart", start)
        event.add("dtend", start + ASSUMED_LENGTH)
    if meeting.location:
        event.add("location", meeting.location)
    url = _link("meetings:detail", meeting.partnership.slug, meeting.pk)
    event.add("url", url)
    event.add("description", f"{meeting.partnership.name}. The agenda and papers are in Assure (sign-in needed): {url}")
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("transp", "TRANSPARENT" if cancelled else "OPAQUE")
    return event


def action_event(action, due: datetime.date) -> Event:
    """An all-day event on the action's due date: its number and a link, never its text (which may name a case)."""
    event = Event()
    event.add("uid", action_uid(action))
    event.add("dtstamp", clock.now())
    event.add("summary", f"Action {action.pk} due")
    event.add("dtstart", due)
    event.add("dtend", due + datetime.timedelta(days=1))
    url = _link("actions:detail", action.partnership.slug, action.pk)
    event.add("url", url)
    event.add("description", f"An action you own is due. Read and update it in Assure (sign-in needed): {url}")
    event.add("transp", "TRANSPARENT")
    return event


def person_feed(name: str, meetings, actions) -> bytes:
    """`meetings`: Meeting records; `actions`: (action, due date) pairs. Both chosen by `queries`."""
    cal = _calendar(name)
    for meeting in meetings:
        cal.add_component(meeting_event(meeting))
    for action, due in actions:
        cal.add_component(action_event(action, due))
    return _finish(cal)


def body_feed(body, meetings) -> bytes:
    cal = _calendar(f"{body.name} ({body.partnership.name})")
    for meeting in meetings:
        cal.add_component(meeting_event(meeting))
    return _finish(cal)


def organiser_address() -> str:
    return settings.DEFAULT_FROM_EMAIL


def invitation(meeting, *, email: str, name: str) -> bytes:
    """One meeting as an invitation to one person: REQUEST (new or changed) or CANCEL (cancelled).

    Replies are not collected (RSVP=FALSE): attendance is recorded by the business team."""
    method = "CANCEL" if is_cancelled(meeting) else "REQUEST"
    cal = _calendar(meeting_title(meeting), method=method)
    event = meeting_event(meeting)
    organiser = vCalAddress(f"mailto:{organiser_address()}")
    organiser.params["cn"] = vText(meeting.partnership.name)
    event.add("organizer", organiser)
    attendee = vCalAddress(f"mailto:{email}")
    attendee.params["cn"] = vText(name)
    attendee.params["role"] = vText("REQ-PARTICIPANT")
    attendee.params["partstat"] = vText("NEEDS-ACTION")
    attendee.params["rsvp"] = vText("FALSE")
    event.add("attendee", attendee)
    cal.add_component(event)
    return _finish(cal)
