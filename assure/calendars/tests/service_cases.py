"""This app's services' cases for core/tests/test_service_actors.py: each builds what the service needs (as the
world's set-up user) and returns a call taking the acting user. Add a case for every new service."""
import datetime

from assure.calendars import services as calendars
from assure.meetings import services as meetings
from assure.partnerships.models import Person


def an_invited_meeting(w):
    Person.objects.filter(pk=w.person.pk).update(email="lena@example.org")
    return meetings.schedule_meeting(partnership=w.partnership, body=w.board, date=datetime.date(2026, 4, 20),
                                     by=w.setup)


CASES = {
    "assure.calendars.services.reset_feed": lambda w: lambda by: calendars.reset_feed(w.partnership, by=by),
    "assure.calendars.services.send_invitations": lambda w: (
        lambda m: lambda by: calendars.send_invitations(m, by=by))(an_invited_meeting(w)),
}
NO_ACTOR = {
    "assure.calendars.services.when": "pure: a meeting's day, time and place in words",
}
WRITES_NO_HISTORY = {
    "assure.calendars.services.send_invitations": "writes to the mail outbox, which keeps no history: the email "
                                                  "row (kind invitation, keyed by meeting, person and version) is the record",
}
