"""The action log: one log across every body, and the reviews' action plans."""
from django.conf import settings
from django.db import models

from assure.core import clock
from assure.core.audit import History
from assure.core.dates import is_overdue
from assure.partnerships.models import Body, Organisation, Partnership, Person


class Action(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        IN_PROGRESS = "in_progress", "In progress"
        COMPLETED = "completed", "Completed"
        CARRIED_FORWARD = "carried_forward", "Carried forward"
        SUPERSEDED = "superseded", "Superseded"

    # Statuses that still need someone to do something.
    LIVE = (Status.OPEN, Status.IN_PROGRESS, Status.CARRIED_FORWARD)

    class Rag(models.TextChoices):
        RED = "red", "Red"
        AMBER = "amber", "Amber"
        GREEN = "green", "Green"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="actions")
    body = models.ForeignKey(Body, null=True, blank=True, on_delete=models.PROTECT, related_name="actions")
    meeting = models.ForeignKey("meetings.Meeting", null=True, blank=True, on_delete=models.PROTECT, related_name="actions")
    item = models.ForeignKey("meetings.AgendaItem", null=True, blank=True, on_delete=models.SET_NULL, related_name="actions")
    text = models.TextField()
    due_date = models.DateField(null=True, blank=True)
    due_at_next_meeting = models.BooleanField(default=False)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    rag = models.CharField("RAG status", max_length=5, choices=Rag.choices, blank=True)
    owner_organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions")
    evidence_of_impact = models.TextField(blank=True)
    completed_on = models.DateField(null=True, blank=True)
    # Kept by the services (dues.py, ADR 0152) so the log filters and sorts on plain columns: the date the action
    # must be done by (its own, or its body's next meeting after the one that agreed it) and how many times it
    # has been carried forward (its updates with that status).
    effective_due = models.DateField(null=True, blank=True, editable=False)
    carried_over = models.PositiveIntegerField(default=0, editable=False)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    history = History()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["partnership", "status"]),
                   models.Index(fields=["partnership", "effective_due"], name="action_partnership_due")]

    def __str__(self):
        return self.text[:80]

    @property
    def is_live(self) -> bool:
        return self.status in self.LIVE

    @property
    def is_overdue(self) -> bool:
        """Live and past the date it must be done by, today by the shared clock."""
        return is_overdue(self.effective_due, self.is_live, clock.today())

    @property
    def owner_text(self) -> str:
        return ", ".join(str(owner) for owner in self.owners.all())


class ActionOwner(models.Model):
    """One owner of an action: a person, or a named group such as 'Business team' or 'All members'."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="owners")
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.PROTECT, related_name="owned_actions")
    group_name = models.CharField(max_length=100, blank=True)
    history = History()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(person__isnull=False, group_name="") | models.Q(person__isnull=True) & ~models.Q(group_name="")),
                name="action_owner_person_or_group",
            )
        ]

    def __str__(self):
        return self.person.full_name if self.person_id else self.group_name


class ActionUpdate(models.Model):
    """A note on an action's progress: who, when, what, and the status it left the action in."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="updates")
    created_at = models.DateTimeField()
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    text = models.TextField()
    status = models.CharField(max_length=20, choices=Action.Status.choices)
    meeting = models.ForeignKey(
        "meetings.Meeting", null=True, blank=True, on_delete=models.SET_NULL, related_name="action_updates",
        help_text="The meeting at which this update was reported, if any",
    )

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.created_at:%d/%m/%Y}: {self.text[:60]}"
