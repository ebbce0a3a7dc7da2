"""Reminders' services for core/tests/test_service_actors.py: each case builds what the service needs (as the
world's set-up user) and returns a call taking the acting user."""
import datetime

from django.core.files.base import ContentFile

from assure.meetings.models import Paper
from assure.reminders import queries
from assure.reminders import services as reminders


def an_owned_action(w):
    from assure.actions import services as actions

    w.person.email = "lena.ashworth@example.org"
    w.person.save()
    return actions.create_action(partnership=w.partnership, text="Circulate the neglect strategy", by=w.setup,
                                 owners=[actions.Owner(person=w.person)], due_date=datetime.date(2026, 3, 12))


def a_meeting_with_a_paper(w):
    w.person.email = "lena.ashworth@example.org"
    w.person.save()
    Paper.objects.create(item=w.item, title="Neglect strategy", file=ContentFile(b"%PDF", name="n.pdf"))
    return w.meeting


CASES = {
    "assure.reminders.services.update_settings": lambda w: lambda by: reminders.update_settings(
        w.partnership, by=by, expected_version=queries.settings_for(w.partnership).version, days_before_due=5,
        digest_weekday=2, team_digest=False),
    "assure.reminders.services.update_preferences": lambda w: lambda by: reminders.update_preferences(
        w.person, by=by, expected_version=queries.preference_for(w.person).version, digest=False),
    "assure.reminders.services.send_reminders": lambda w: (
        lambda a: lambda by: reminders.send_reminders(w.partnership, by=by))(an_owned_action(w)),
    "assure.reminders.services.tell_members": lambda w: (
        lambda m: lambda by: reminders.tell_members(m, by=by, what="papers"))(a_meeting_with_a_paper(w)),
}
NO_ACTOR = {}
WRITES_NO_HISTORY = {
    "assure.reminders.services.send_reminders": "writes emails to the outbox, which keeps no history: each email "
                                                "row is the record of what was sent to whom",
    "assure.reminders.services.tell_members": "writes emails to the outbox, which keeps no history: each email row "
                                              "is the record of what was sent to whom",
}
