"""Inspections of the partnership's agencies (Ofsted ILACS, JTAI, HMICFRS, CQC, SEND area inspections and
monitoring visits). Each is an `Activity` of kind inspection with an `Inspection` detail: its type, dates,
judgements per area and the published report. Its recommendations are the activity's `Recommendation`s, answered
by actions in the shared log (the action plan); preparation tasks for an expected inspection are actions too.
"""
import uuid
from pathlib import PurePath

from django.conf import settings
from django.db import models

from assure.core.audit import History

from .programme import Activity


def report_path(inspection, filename: str) -> str:
    """Stored under a random name: the original name is kept on the record, never in the path."""
    return f"inspections/{inspection.activity.partnership_id}/{uuid.uuid4().hex}{PurePath(filename).suffix.lower()}"


class Inspection(models.Model):
    class Type(models.TextChoices):
        ILACS = "ofsted_ilacs", "Ofsted ILACS (local authority children's services)"
        JTAI = "jtai", "Joint targeted area inspection (JTAI)"
        PEEL = "hmicfrs_peel", "HMICFRS PEEL (police effectiveness, efficiency and legitimacy)"
        POLICE_CHILD_PROTECTION = "hmicfrs_child_protection", "HMICFRS child protection inspection"
        CQC = "cqc", "CQC inspection"
        SEND = "send_area", "SEND area inspection (Ofsted and CQC)"
        MONITORING = "monitoring_visit", "Monitoring visit"

    activity = models.OneToOneField(Activity, on_delete=models.CASCADE, related_name="inspection")
    inspection_type = models.CharField("type of inspection", max_length=30, choices=Type.choices)
    start_date = models.DateField("first day", null=True, blank=True)
    end_date = models.DateField("last day", null=True, blank=True)
    report_file = models.FileField(upload_to=report_path, max_length=255, blank=True)
    report_filename = models.CharField(max_length=255, blank=True)
    report_sha256 = models.CharField(max_length=64, blank=True)
    report_uploaded_at = models.DateTimeField(null=True, blank=True)
    report_uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                           on_delete=models.SET_NULL, related_name="+")
    history = History()

    def __str__(self):
        return str(self.activity)

    @property
    def is_expected(self) -> bool:
        """Announced or expected, not yet held: the time for preparation tasks."""
        return self.activity.status == Activity.Status.PLANNED


class InspectionJudgement(models.Model):
    """A judgement the inspectors gave for one area ("Overall effectiveness: Good"), or their words for it."""

    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="judgements")
    area = models.CharField(max_length=200)
    judgement = models.CharField(max_length=100)
    summary = models.TextField(blank=True)
    history = History()

    class Meta:
        ordering = ["inspection", "id"]

    def __str__(self):
        return f"{self.area}: {self.judgement}"


class InspectionPreparation(models.Model):
    """Links an inspection to a preparation task in the shared action log."""

    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="preparation_links")
    action = models.OneToOneField("actions.Action", on_delete=models.CASCADE, related_name="inspection_preparation")

    def __str__(self):
        return f"{self.inspection} -> {self.action}"
