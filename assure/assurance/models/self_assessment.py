"""Self-assessments: section 11 returns of agencies and section 175/157 audits of schools and colleges.

A round is an `Activity` (kind self_assessment) with a `SelfAssessmentRound`: its framework, deadline and its own
copy of the standards (`RoundStandard`), taken from the partnership's template (`TemplateStandard`) when the round
is set up, so the year's standards stay as they were asked even after the template changes. Each organisation or
school asked has a `SelfAssessmentReturn` (a RAG rating and evidence per standard, `StandardRating`), filled in by its
nominated contact or the business team, or imported from a survey tool's export (`ReturnImport`, kept until a person
confirms it). Follow-up visits and challenge sessions are `FollowUp`s; an organisation's action plan is the activity's
single-agency `Recommendation`s for it and their actions in the shared log.
"""
from django.conf import settings
from django.db import models

from assure.core.audit import History
from assure.partnerships.models import Organisation, Partnership, Person

from .programme import Activity


class Framework(models.TextChoices):
    SECTION_11 = "section_11", "Section 11 (agencies)"
    SECTION_175 = "section_175", "Section 175/157 (schools and colleges)"


class Rating(models.TextChoices):
    RED = "red", "Red"
    AMBER = "amber", "Amber"
    GREEN = "green", "Green"


class TemplateStandard(models.Model):
    """One standard of the partnership's template for a framework: what each new round copies."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="self_assessment_standards")
    framework = models.CharField(max_length=20, choices=Framework.choices)
    number = models.CharField(max_length=10, help_text="As the standard is known, for example 1 or 2a")
    title = models.CharField(max_length=200)
    guidance = models.TextField(blank=True, help_text="What good looks like, the evidence expected")
    position = models.PositiveSmallIntegerField(default=0)
    history = History()

    class Meta:
        ordering = ["framework", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["partnership", "framework", "number"],
                                               name="assurance_template_standard_number")]

    def __str__(self):
        return f"{self.number}. {self.title}"


class SelfAssessmentRound(models.Model):
    activity = models.OneToOneField(Activity, on_delete=models.CASCADE, related_name="self_assessment")
    framework = models.CharField(max_length=20, choices=Framework.choices)
    deadline = models.DateField(help_text="When returns are due")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    def __str__(self):
        return str(self.activity)


class RoundStandard(models.Model):
    """A standard as this round asked it (copied from the template when the round was set up)."""

    round = models.ForeignKey(SelfAssessmentRound, on_delete=models.CASCADE, related_name="standards")
    number = models.CharField(max_length=10)
    title = models.CharField(max_length=200)
    guidance = models.TextField(blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    history = History()

    class Meta:
        ordering = ["round", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["round", "number"], name="assurance_round_standard_number")]

    def __str__(self):
        return f"{self.number}. {self.title}"


class SelfAssessmentReturn(models.Model):
    """One organisation's (or school's) return to a round; not returned while `submitted_on` is empty."""

    class Source(models.TextChoices):
        FORM = "form", "Filled in here"
        IMPORT = "import", "Imported from a survey export"

    round = models.ForeignKey(SelfAssessmentRound, on_delete=models.CASCADE, related_name="returns")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="self_assessment_returns")
    contact = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="self_assessment_returns", verbose_name="nominated contact",
                                help_text="The person who fills in the organisation's return")
    submitted_on = models.DateField(null=True, blank=True)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    source = models.CharField(max_length=10, choices=Source.choices, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["round", "organisation__name"]
        constraints = [models.UniqueConstraint(fields=["round", "organisation"], name="assurance_one_return_each")]

    def __str__(self):
        return f"{self.organisation}: {self.round}"

    @property
    def is_returned(self) -> bool:
        return self.submitted_on is not None

    @property
    def is_late(self) -> bool:
        return self.submitted_on is not None and self.submitted_on > self.round.deadline

    def is_outstanding(self, today) -> bool:
        """Not returned and past the deadline: on the chase list."""
        return self.submitted_on is None and today > self.round.deadline


class StandardRating(models.Model):
    organisation_return = models.ForeignKey(SelfAssessmentReturn, on_delete=models.CASCADE, related_name="ratings")
    standard = models.ForeignKey(RoundStandard, on_delete=models.CASCADE, related_name="ratings")
    rating = models.CharField(max_length=10, choices=Rating.choices)
    evidence = models.TextField(blank=True)
    history = History()

    class Meta:
        ordering = ["organisation_return", "standard__position", "standard_id"]
        constraints = [models.UniqueConstraint(fields=["organisation_return", "standard"],
                                               name="assurance_one_rating_per_standard")]

    def __str__(self):
        return f"{self.standard.number}: {self.get_rating_display()}"


class FollowUp(models.Model):
    """A follow-up visit or challenge session with one organisation about its return."""

    class Kind(models.TextChoices):
        VISIT = "visit", "Follow-up visit"
        CHALLENGE = "challenge", "Challenge session"

    organisation_return = models.ForeignKey(SelfAssessmentReturn, on_delete=models.CASCADE, related_name="follow_ups")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    held_on = models.DateField()
    attendees = models.CharField(max_length=300, help_text="Who took part")
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = History()

    class Meta:
        ordering = ["organisation_return", "held_on", "id"]

    def __str__(self):
        return f"{self.get_kind_display()} on {self.held_on:%d %B %Y}"


class ReturnImport(models.Model):
    """A survey tool's export, read and checked, waiting for a person to confirm it. `rows` holds the rows that will
    be imported ({"row", "organisation_id", "submitted_on", "ratings": {standard_id: [rating, evidence]}}),
    `refused` the rows that will not ({"row", "reason"}). Nothing reaches the returns until it is confirmed."""

    class Status(models.TextChoices):
        WAITING = "waiting", "Waiting to be confirmed"
        IMPORTED = "imported", "Imported"

    round = models.ForeignKey(SelfAssessmentRound, on_delete=models.CASCADE, related_name="imports")
    file_name = models.CharField(max_length=255)
    rows = models.JSONField(default=list)
    refused = models.JSONField(default=list)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    imported_at = models.DateTimeField(null=True, blank=True)
    history = History()

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.file_name
