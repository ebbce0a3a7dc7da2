"""Case audits (multi-agency, or one agency's audit reported to the partnership) and thematic reviews.

Each is an `Activity` of the programme with a detail record of its own (one-to-one):
- `CaseAudit`: the period, the domains judged (in order), the moderation meeting and the re-audit date; its sample
  of `AuditCase`s (pseudonymous references only) and each asked agency's `AgencyReturn` per case, a grade per
  domain on the partnership's `GradingScale`.
- `ThematicReview`: the key areas the partnership names (in order), each agency's `SelfEvaluation` per area, and
  the `ProgressReport`s made to the board that receives it.
Findings and recommendations (multi-agency and single-agency action plans) are the programme's own.
Domains and key areas are kept by name, as the audit's own words; a name in use cannot be removed (services).
"""
from django.db import models

from assure.core.audit import History
from assure.partnerships.models import Body, Organisation, Partnership

from .programme import Activity

DEFAULT_GRADES = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
DEFAULT_DOMAINS = ["Recognition", "Assessment", "Planning", "Joint working", "Voice of the child", "Impact",
                   "Overall"]


def default_grades() -> list:
    return list(DEFAULT_GRADES)


class GradingScale(models.Model):
    """The grades the partnership uses in audit returns and self-evaluations, best first; its business team edits
    them. Made with the defaults on first use (queries.grading_scale_for)."""

    partnership = models.OneToOneField(Partnership, on_delete=models.CASCADE, related_name="assurance_grading_scale")
    grades = models.JSONField(default=default_grades)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    def __str__(self):
        return f"Grading scale of {self.partnership}"


class CaseAudit(models.Model):
    activity = models.OneToOneField(Activity, on_delete=models.CASCADE, related_name="case_audit")
    period_start = models.DateField("start of the audit period")
    period_end = models.DateField("end of the audit period")
    domains = models.JSONField(default=list, help_text="The questions or domains judged, in order")
    moderation_on = models.DateField("moderation meeting", null=True, blank=True)
    reaudit_on = models.DateField("re-audit date", null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    def __str__(self):
        return str(self.activity)


class AuditCase(models.Model):
    """One case in the audit's sample, by pseudonymous reference only (never a name)."""

    audit = models.ForeignKey(CaseAudit, on_delete=models.CASCADE, related_name="cases")
    reference = models.CharField(max_length=60)
    history = History()

    class Meta:
        ordering = ["audit", "id"]
        constraints = [models.UniqueConstraint(fields=["audit", "reference"], name="assurance_audit_case_reference")]

    def __str__(self):
        return self.reference


class AgencyReturn(models.Model):
    """One agency's return on one sampled case: a grade per domain, good practice and areas for development."""

    case = models.ForeignKey(AuditCase, on_delete=models.CASCADE, related_name="returns")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    grades = models.JSONField(default=dict, help_text="Domain name to grade")
    good_practice = models.TextField(blank=True)
    areas_for_development = models.TextField(blank=True)
    returned_on = models.DateField()
    history = History()

    class Meta:
        ordering = ["case", "organisation__name"]
        constraints = [models.UniqueConstraint(fields=["case", "organisation"], name="assurance_one_return_per_agency")]

    def __str__(self):
        return f"{self.organisation} on {self.case}"


class ThematicReview(models.Model):
    activity = models.OneToOneField(Activity, on_delete=models.CASCADE, related_name="thematic_review")
    key_areas = models.JSONField(default=list, help_text="The key areas the partnership names, in order")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    def __str__(self):
        return str(self.activity)


class SelfEvaluation(models.Model):
    """One agency's self-evaluation of one key area: a rating on the partnership's scale and its evidence."""

    review = models.ForeignKey(ThematicReview, on_delete=models.CASCADE, related_name="self_evaluations")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    area = models.CharField(max_length=200)
    rating = models.CharField(max_length=60)
    evidence = models.TextField()
    history = History()

    class Meta:
        ordering = ["review", "organisation__name", "id"]
        constraints = [models.UniqueConstraint(fields=["review", "organisation", "area"],
                                               name="assurance_one_self_evaluation_per_area")]

    def __str__(self):
        return f"{self.organisation}: {self.area}"


class ProgressReport(models.Model):
    """Progress on a thematic review's action plans, reported to the board that receives it on a date."""

    review = models.ForeignKey(ThematicReview, on_delete=models.CASCADE, related_name="progress_reports")
    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="+", verbose_name="reported to")
    reported_on = models.DateField()
    note = models.TextField()
    history = History()

    class Meta:
        ordering = ["review", "-reported_on", "-id"]

    def __str__(self):
        return f"Progress reported on {self.reported_on}"
