"""Escalations and professional disagreements between agencies, each moving through the partnership's stages
(`EscalationStage`: name, order, working days each may take), with the days open against each stage's clock.

Never a child's name: the case is named only by a pseudonymous reference, and free text is checked (services).
"""
from django.conf import settings
from django.db import models

from assure.core import clock
from assure.core.audit import History
from assure.partnerships.models import Organisation, Partnership

from .. import timescales

# Stage names and working days most local escalation policies use (ADR 0123): a partnership changes its own.
DEFAULT_STAGES = [
    ("Practitioner to practitioner", 5),
    ("Manager to manager", 5),
    ("Senior manager to senior manager", 10),
    ("Safeguarding partnership (business manager or independent scrutineer)", 10),
]


class EscalationStage(models.Model):
    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="escalation_stages")
    number = models.PositiveSmallIntegerField(editable=False)
    name = models.CharField(max_length=120)
    working_days = models.PositiveSmallIntegerField(help_text="How many working days this stage may take")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["partnership", "number"]
        constraints = [models.UniqueConstraint(fields=["partnership", "number"], name="escalation_stage_number")]

    def __str__(self):
        return f"Stage {self.number}: {self.name}"


class Escalation(models.Model):
    class Kind(models.TextChoices):
        ESCALATION = "escalation", "Escalation of a concern"
        DISAGREEMENT = "disagreement", "Professional disagreement"

    class Outcome(models.TextChoices):
        CHANGED = "changed", "Resolved: the decision or plan changed"
        UPHELD = "upheld", "Resolved: the original decision stood"
        AGREED = "agreed", "Resolved: a different way forward agreed"
        WITHDRAWN = "withdrawn", "Withdrawn"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="escalations")
    number = models.PositiveSmallIntegerField(editable=False)   # shown as the reference, "E07"
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ESCALATION)
    raised_on = models.DateField("date raised")
    raised_by_organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+",
                                               verbose_name="raised by (organisation)")
    raised_by_role = models.CharField("raised by (role)", max_length=120)
    about_organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+",
                                           verbose_name="about (agency)")
    case_reference = models.CharField(max_length=60, blank=True)
    summary = models.TextField("what it is about")
    learning_theme = models.CharField(max_length=100, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, blank=True)
    outcome_summary = models.TextField(blank=True)
    resolved_on = models.DateField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    history = History()

    class Meta:
        ordering = ["-raised_on", "-number"]
        constraints = [models.UniqueConstraint(fields=["partnership", "number"], name="escalation_number_once")]
        indexes = [models.Index(fields=["partnership", "resolved_on"])]

    def __str__(self):
        return f"{self.reference} {self.get_kind_display()}"

    @property
    def reference(self) -> str:
        return f"E{self.number:02d}"

    @property
    def is_open(self) -> bool:
        return self.resolved_on is None

    def current_step(self):
        """The stage reached: the latest step."""
        steps = list(self.steps.all())
        return steps[-1] if steps else None


class EscalationStep(models.Model):
    """One stage of an escalation: when it started and ended, and the working days it could take when it started
    (kept, so changing the partnership's stages later does not move a running clock)."""

    escalation = models.ForeignKey(Escalation, on_delete=models.CASCADE, related_name="steps")
    stage = models.ForeignKey(EscalationStage, on_delete=models.PROTECT, related_name="steps")
    working_days = models.PositiveSmallIntegerField()
    started_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)
    note = models.TextField(blank=True)
    history = History()

    class Meta:
        ordering = ["escalation", "started_on", "id"]

    def __str__(self):
        return f"{self.escalation.reference} {self.stage}"

    def clock(self, today=None) -> timescales.StageClock:
        return timescales.stage_clock(self.started_on, self.working_days, ended_on=self.ended_on,
                                      today=today or clock.today())
