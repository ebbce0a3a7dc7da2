"""What the partnership sends and when (ReminderSettings), and what each person chooses to receive (Preference).

Neither row need exist: a partnership without settings uses the defaults below, a person without a preference
receives everything (queries.settings_for, queries.preference_for), so reading never writes (ADR 0147)."""
from django.db import models

from assure.core.audit import History
from assure.partnerships.models import Partnership, Person

WEEKDAYS = [(0, "Monday"), (1, "Tuesday"), (2, "Wednesday"), (3, "Thursday"), (4, "Friday")]


class ReminderSettings(models.Model):
    partnership = models.OneToOneField(Partnership, on_delete=models.CASCADE, related_name="reminder_settings")
    days_before_due = models.PositiveSmallIntegerField(
        "Days before an action is due to remind its owners", default=7)
    digest_weekday = models.PositiveSmallIntegerField("Day the weekly digests are sent", choices=WEEKDAYS, default=0)
    team_digest = models.BooleanField("Send the business team a weekly digest", default=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        verbose_name_plural = "reminder settings"

    def __str__(self):
        return f"Reminders of {self.partnership}"


class Preference(models.Model):
    """One person's choice of emails. Everything is on until they turn it off on "Your emails"."""

    person = models.OneToOneField(Person, on_delete=models.CASCADE, related_name="email_preference")
    due_soon = models.BooleanField("Reminders before my actions are due", default=True)
    overdue = models.BooleanField("Notices when my actions become overdue", default=True)
    digest = models.BooleanField("A weekly digest of my actions", default=True)
    circulation = models.BooleanField("News that papers or minutes of my meetings are published", default=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    # The choices, in the order "Your emails" shows them, and the email kinds each covers.
    KINDS = {"due_soon": ("reminder",), "overdue": ("overdue",), "digest": ("digest", "team-digest"),
             "circulation": ("papers", "minutes")}

    def __str__(self):
        return f"Email choices of {self.person}"

    def wants(self, kind: str) -> bool:
        return any(getattr(self, field) for field, kinds in self.KINDS.items() if kind in kinds)
