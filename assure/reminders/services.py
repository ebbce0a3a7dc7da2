"""Every write of reminders: the partnership's settings, a person's choices, sending the day's reminders and
digests, telling a body's members that papers or minutes are published (ADR 0147). Each a named @service
taking the acting user as `by`; the emails go through the outbox (mail.services.queue_email), whose keys make a
second run the same day send nothing twice."""
import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core import clock
from assure.core.audit import service
from assure.core.concurrency import claim_version
from assure.mail.services import queue_email
from assure.meetings.models import Meeting

from . import compose
from .models import Preference, ReminderSettings

MAX_DAYS_BEFORE = 60


@service
@transaction.atomic
def update_settings(partnership, *, by, expected_version: int, days_before_due: int, digest_weekday: int,
                    team_digest: bool) -> ReminderSettings:
    if days_before_due is None or not 1 <= days_before_due <= MAX_DAYS_BEFORE:
        raise ValidationError({"days_before_due": f"Enter a number of days from 1 to {MAX_DAYS_BEFORE}."})
    if digest_weekday not in range(5):
        raise ValidationError({"digest_weekday": "Choose a working day for the weekly digests."})
    settings, _ = ReminderSettings.objects.get_or_create(partnership=partnership)
    claim_version(ReminderSettings, settings.pk, expected_version)
    settings.refresh_from_db()
    settings.days_before_due, settings.digest_weekday, settings.team_digest = days_before_due, digest_weekday, team_digest
    settings.save()
    return settings


@service
@transaction.atomic
def update_preferences(person, *, by, expected_version: int, **choices) -> Preference:
    """A person's own choice of emails (each a True/False named as on Preference.KINDS)."""
    unknown = set(choices) - set(Preference.KINDS)
    if unknown:
        raise ValueError(f"no such email choice: {sorted(unknown)}")
    preference, _ = Preference.objects.get_or_create(person=person)
    claim_version(Preference, preference.pk, expected_version)
    preference.refresh_from_db()
    for name, value in choices.items():
        setattr(preference, name, bool(value))
    preference.save()
    return preference


def _send(partnership, plan: compose.Plan) -> compose.Plan:
    """Write the emails not already in the outbox; the plan keeps those written."""
    plan = compose.unsent(plan)
    for email in plan.emails:
        queue_email(partnership=partnership, to=email.to, subject=email.subject, body=email.body,
                    kind=email.kind, key=email.key, person=email.person)
    return plan


@service
def send_reminders(partnership, *, by, today: datetime.date | None = None, digests: bool | None = None
                   ) -> compose.Plan:
    """The day's reminders and overdue notices, and on the partnership's digest day the weekly digests
    (`digests` forces them on or off). compose.day with compose.unsent is the dry run of this."""
    return _send(partnership, compose.day(partnership, today or clock.today(), with_digests=digests))


@service
def tell_members(meeting: Meeting, *, by, what: str) -> compose.Plan:
    """Email each member of the meeting's body who wants it that the papers (or minutes) are on the meeting's page.
    A link, never the file. Telling them again the same day sends nothing twice."""
    if what not in compose.CIRCULATION:
        raise ValidationError("Choose papers or minutes.")
    refusal = compose.circulation_refusal(meeting, what)
    if refusal:
        raise ValidationError(refusal)
    plan = compose.circulation(meeting, what, clock.today())
    return _send(meeting.partnership, plan)
