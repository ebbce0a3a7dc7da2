"""Complaints about the partnership itself (its reviews, its training, how it handled something), each with the
dates it was received, acknowledged and responded to against the partnership's timescales."""
from django.conf import settings
from django.db import models

from assure.core import clock
from assure.core.audit import History
from assure.partnerships.models import Partnership, Person

from .. import timescales

DEFAULT_ACKNOWLEDGE_WORKING_DAYS = 3
DEFAULT_RESPOND_WORKING_DAYS = 20


class ComplaintTimescales(models.Model):
    partnership = models.OneToOneField(Partnership, on_delete=models.CASCADE, related_name="complaint_timescales")
    acknowledge_working_days = models.PositiveSmallIntegerField(
        "acknowledge within (working days)", default=DEFAULT_ACKNOWLEDGE_WORKING_DAYS)
    respond_working_days = models.PositiveSmallIntegerField(
        "respond within (working days)", default=DEFAULT_RESPOND_WORKING_DAYS)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        verbose_name_plural = "complaint timescales"

    def __str__(self):
        return f"Acknowledge within {self.acknowledge_working_days}, respond within {self.respond_working_days}"


class Complaint(models.Model):
    class Complainant(models.TextChoices):
        PUBLIC = "public", "A member of the public"
        PARENT = "parent", "A parent or carer"
        YOUNG_PERSON = "young_person", "A child or young person"
        PROFESSIONAL = "professional", "A professional or agency"
        REPRESENTATIVE = "representative", "An elected member or advocate"
        OTHER = "other", "Someone else"

    class Outcome(models.TextChoices):
        UPHELD = "upheld", "Upheld"
        PARTLY_UPHELD = "partly_upheld", "Partly upheld"
        NOT_UPHELD = "not_upheld", "Not upheld"
        WITHDRAWN = "withdrawn", "Withdrawn"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="complaints")
    number = models.PositiveSmallIntegerField(editable=False)   # shown as the reference, "C03"
    received_on = models.DateField("date received")
    complainant = models.CharField("from", max_length=20, choices=Complainant.choices)
    summary = models.TextField("what the complaint is about")
    handled_by = models.ForeignKey(Person, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    # The timescales in force when it was received: changing the settings later moves no promised date.
    acknowledge_working_days = models.PositiveSmallIntegerField()
    respond_working_days = models.PositiveSmallIntegerField()
    acknowledged_on = models.DateField(null=True, blank=True)
    responded_on = models.DateField(null=True, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, blank=True)
    outcome_summary = models.TextField("what was decided and learnt", blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    history = History()

    class Meta:
        ordering = ["-received_on", "-number"]
        constraints = [models.UniqueConstraint(fields=["partnership", "number"], name="complaint_number_once")]

    def __str__(self):
        return f"{self.reference} received {self.received_on:%-d %B %Y}"

    @property
    def reference(self) -> str:
        return f"C{self.number:02d}"

    def acknowledgement(self, today=None) -> timescales.Deadline:
        return timescales.deadline(self.received_on, self.acknowledge_working_days, done_on=self.acknowledged_on,
                                   today=today or clock.today())

    def response(self, today=None) -> timescales.Deadline:
        return timescales.deadline(self.received_on, self.respond_working_days, done_on=self.responded_on,
                                   today=today or clock.today())

    @property
    def is_open(self) -> bool:
        return self.responded_on is None
