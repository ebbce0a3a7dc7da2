"""The assurance programme: what the partnership plans to look at each year, and what each look found.

An `Activity` is one entry of the programme (a multi-agency case audit, a thematic review, a section 11 or
section 175/157 self-assessment round, an assurance visit, an inspection). Its `Finding`s say what was learnt
(strengths and areas for development); its `Recommendation`s say what must change, each answered by actions in
the shared action log (`RecommendationAction`), whose closing evidence is the evidence of impact.
"""
from django.conf import settings
from django.db import models

from assure.core.audit import History
from assure.core.dates import financial_year_label
from assure.partnerships.models import Body, Organisation, Partnership, Person, Priority


class Activity(models.Model):
    class Kind(models.TextChoices):
        CASE_AUDIT = "case_audit", "Multi-agency case audit"
        SINGLE_AGENCY_AUDIT = "single_agency_audit", "Single-agency audit"
        THEMATIC_REVIEW = "thematic_review", "Thematic review"
        SELF_ASSESSMENT = "self_assessment", "Self-assessment (section 11 or 175/157)"
        VISIT = "visit", "Assurance visit"
        INSPECTION = "inspection", "Inspection"
        OTHER = "other", "Other assurance"

    class Status(models.TextChoices):
        PLANNED = "planned", "Planned"
        IN_PROGRESS = "in_progress", "In progress"
        REPORTED = "reported", "Reported"
        COMPLETE = "complete", "Complete"
        CANCELLED = "cancelled", "Cancelled"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="assurance_activities")
    year = models.PositiveSmallIntegerField(help_text="The first year of the financial year: 2026 for 2026/27")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    title = models.CharField(max_length=200)
    theme = models.CharField(max_length=200, blank=True, help_text="For example neglect, exploitation, the front door")
    scope = models.TextField(blank=True)
    priorities = models.ManyToManyField(Priority, blank=True, related_name="assurance_activities")
    owner_body = models.ForeignKey(Body, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                   verbose_name="subgroup that owns it")
    reporting_body = models.ForeignKey(Body, null=True, blank=True, on_delete=models.PROTECT,
                                       related_name="assurance_reports", verbose_name="board that receives the report")
    lead = models.ForeignKey(Person, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    agencies = models.ManyToManyField(Organisation, blank=True, related_name="assurance_activities")
    planned_start = models.DateField(null=True, blank=True)
    planned_report = models.DateField(null=True, blank=True, help_text="When the report is due at the receiving board")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PLANNED)
    reported_on = models.DateField(null=True, blank=True)
    forward_plan_entry = models.OneToOneField("meetings.ForwardPlanEntry", null=True, blank=True,
                                              on_delete=models.SET_NULL, related_name="assurance_activity")
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    history = History()

    class Meta:
        ordering = ["-year", "planned_start", "title", "id"]
        verbose_name_plural = "activities"
        indexes = [models.Index(fields=["partnership", "year", "kind"])]

    def __str__(self):
        return self.title

    @property
    def year_label(self) -> str:
        return financial_year_label(self.year)


class Finding(models.Model):
    """What an activity learnt: a strength (good practice) or an area for development, optionally about one
    area (a thematic review's key area, an audit's domain) and one agency."""

    class Kind(models.TextChoices):
        STRENGTH = "strength", "Strength or good practice"
        DEVELOPMENT = "development", "Area for development"

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="findings")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    area = models.CharField(max_length=200, blank=True)
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    text = models.TextField()
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    history = History()

    class Meta:
        ordering = ["activity", "kind", "id"]

    def __str__(self):
        return self.text[:80]


class Recommendation(models.Model):
    """What must change: multi-agency, or for one agency (a single-agency action plan). Its actions are in the
    shared action log."""

    class Scope(models.TextChoices):
        MULTI_AGENCY = "multi_agency", "Multi-agency"
        SINGLE_AGENCY = "single_agency", "Single agency"

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="recommendations")
    finding = models.ForeignKey(Finding, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="recommendations")
    number = models.PositiveSmallIntegerField(editable=False)
    text = models.TextField()
    scope = models.CharField(max_length=20, choices=Scope.choices, default=Scope.MULTI_AGENCY)
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                     help_text="The agency a single-agency recommendation is for")
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    history = History()

    class Meta:
        ordering = ["activity", "number"]
        constraints = [models.UniqueConstraint(fields=["activity", "number"], name="assurance_recommendation_number")]

    def __str__(self):
        return f"Recommendation {self.number}: {self.text[:60]}"

    @property
    def actions(self) -> list:
        """The actions answering it (prefetch `action_links__action` when listing many)."""
        return [link.action for link in self.action_links.all()]


class RecommendationAction(models.Model):
    """Links a recommendation to an action in the shared action log: together they are its action plan."""

    recommendation = models.ForeignKey(Recommendation, on_delete=models.CASCADE, related_name="action_links")
    action = models.OneToOneField("actions.Action", on_delete=models.CASCADE, related_name="assurance_link")

    def __str__(self):
        return f"{self.recommendation} -> {self.action}"
