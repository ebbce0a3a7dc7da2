"""Safeguarding reviews: a case from notification to rapid review, the review, its learning and publication.

These are the most sensitive records in the system. They hold pseudonyms only ("Child T", "Mr K"),
never names, and who may see them is decided in `access.py`, not by the role alone.
"""
from django.conf import settings
from django.db import models

from assure.actions.models import Action
from assure.core.audit import History
from assure.partnerships.models import Organisation, Partnership, Person

from . import clocks


class ClockSettings(models.Model):
    """The partnership's clock rules, shown to every user; the defaults are the statutory ones."""

    partnership = models.OneToOneField(Partnership, on_delete=models.CASCADE, related_name="review_clock_settings")
    notification_working_days = models.PositiveSmallIntegerField(
        "Serious incident notification (working days after becoming aware)", default=5)
    rapid_review_working_days = models.PositiveSmallIntegerField(
        "Rapid review (working days after the notification)", default=15)
    publication_months = models.PositiveSmallIntegerField(
        "CSPR report published (months after the decision)", default=6)
    publication_notice_working_days = models.PositiveSmallIntegerField(
        "Notice to the National Panel and Secretary of State (working days before publication)", default=7)
    sar_target_months = models.PositiveSmallIntegerField(
        "Safeguarding Adults Review target (months after the decision)", default=6)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        verbose_name_plural = "clock settings"

    def __str__(self):
        return f"Clock settings of {self.partnership}"

    def rules(self) -> clocks.ClockRules:
        return clocks.ClockRules(
            notification_working_days=self.notification_working_days,
            rapid_review_working_days=self.rapid_review_working_days,
            publication_months=self.publication_months,
            publication_notice_working_days=self.publication_notice_working_days,
            sar_target_months=self.sar_target_months,
        )


class Subject(models.TextChoices):
    CHILD = "child", "Child"
    ADULT = "adult", "Adult"
    JOINT = "joint", "Joint (child and adult)"


class Case(models.Model):
    """A serious incident notification (children) or a SAR referral (adults): where every review starts."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="review_cases")
    pseudonym = models.CharField(max_length=60, help_text='For example "Child T" or "Mr K". Never a real name.')
    subject = models.CharField(max_length=10, choices=Subject.choices)
    date_aware = models.DateField("Date the partnership became aware")
    date_notified = models.DateField("Date notified to the National Panel", null=True, blank=True)
    referring_agency = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.PROTECT,
                                         related_name="+")
    criteria_considered = models.TextField(blank=True)
    closed_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["-date_aware", "-id"]
        indexes = [models.Index(fields=["partnership", "date_aware"])]

    def __str__(self):
        return f"{self.pseudonym} ({self.get_subject_display().lower()})"

    @property
    def needs_national_panel_notification(self) -> bool:
        """Serious incident notifications are for children (joint cases include a child)."""
        return self.subject in (Subject.CHILD, Subject.JOINT)

    @property
    def is_live(self) -> bool:
        return self.closed_on is None


class BreachReason(models.Model):
    """Why a clock was missed. A breached step cannot be completed without one."""

    class Clock(models.TextChoices):
        NOTIFICATION = "notification", "Serious incident notification"
        RAPID_REVIEW = "rapid_review", "Rapid review"
        PUBLICATION = "publication", "Report published"
        PUBLICATION_NOTICE = "publication_notice", "Notice to the Panel and Secretary of State"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="breach_reasons")
    clock = models.CharField(max_length=30, choices=Clock.choices)
    reason = models.TextField()
    recorded_at = models.DateTimeField()
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    history = History()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "clock"], name="breach_reason_one_per_clock")]

    def __str__(self):
        return f"{self.get_clock_display()}: {self.reason[:60]}"


class RapidReview(models.Model):
    class Decision(models.TextChoices):
        CSPR = "cspr", "Child Safeguarding Practice Review (local CSPR)"
        SAR = "sar", "Safeguarding Adults Review"
        LEARNING_REVIEW = "learning_review", "Learning review"
        OTHER_PROCESS = "other_process", "Referral to another process (for example a Domestic Homicide Review)"
        NO_FURTHER_REVIEW = "none", "No further review"

    # Decisions that lead to a review run by this partnership.
    LEADS_TO_REVIEW = (Decision.CSPR, Decision.SAR, Decision.LEARNING_REVIEW)

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="rapid_review")
    held_on = models.DateField("Date held", null=True, blank=True)
    decision = models.CharField(max_length=20, choices=Decision.choices, blank=True)
    other_process = models.CharField(max_length=200, blank=True, help_text="Which process, for example DHR")
    reasons = models.TextField(blank=True)
    decision_agreed_on = models.DateField("Date the decision was agreed by the partners", null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    def __str__(self):
        return f"Rapid review of {self.case}"

    @property
    def leads_to_review(self) -> bool:
        return self.decision in self.LEADS_TO_REVIEW


class InformationRequest(models.Model):
    """An agency asked for its information for the rapid review, and when it came back."""

    rapid_review = models.ForeignKey(RapidReview, on_delete=models.CASCADE, related_name="information_requests")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    requested_on = models.DateField()
    due_on = models.DateField(null=True, blank=True)
    returned_on = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)
    history = History()

    class Meta:
        ordering = ["requested_on", "organisation__name"]

    def __str__(self):
        return f"{self.organisation} ({'returned' if self.returned_on else 'awaited'})"


class Review(models.Model):
    class Kind(models.TextChoices):
        CSPR = "cspr", "Child Safeguarding Practice Review"
        SAR = "sar", "Safeguarding Adults Review"
        LEARNING_REVIEW = "learning_review", "Learning review"
        JOINT = "joint", "Joint CSPR and SAR"

    class Stage(models.TextChoices):
        SCOPING = "scoping", "Scoping"
        COMMISSIONING = "commissioning", "Commissioning"
        AGENCY_REPORTS = "agency_reports", "Agency reports"
        PRACTITIONER_EVENT = "practitioner_event", "Practitioner event"
        FAMILY_INVOLVEMENT = "family_involvement", "Family involvement"
        DRAFT = "draft", "Draft"
        SIGN_OFF = "sign_off", "Sign-off"
        PUBLICATION = "publication", "Publication"
        CLOSED = "closed", "Closed"

    class DeferralReason(models.TextChoices):
        INQUEST = "inquest", "Inquest"
        CRIMINAL_PROCEEDINGS = "criminal_proceedings", "Criminal proceedings"
        OTHER = "other", "Other"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="reviews")
    case = models.OneToOneField(Case, on_delete=models.PROTECT, related_name="review")
    kind = models.CharField("Type of review", max_length=20, choices=Kind.choices)
    independent_reviewer = models.ForeignKey(Person, null=True, blank=True, on_delete=models.PROTECT,
                                             related_name="reviews_led")
    terms_of_reference = models.TextField(blank=True)
    key_lines_of_enquiry = models.TextField(blank=True)
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.SCOPING)
    findings = models.TextField(blank=True)
    publication_deferred = models.BooleanField(default=False)
    deferral_reason = models.CharField(max_length=30, choices=DeferralReason.choices, blank=True)
    deferral_notes = models.TextField(blank=True)
    deferral_review_on = models.DateField("Date to review the deferral", null=True, blank=True)
    publication_planned_on = models.DateField("Planned publication date", null=True, blank=True)
    notice_sent_on = models.DateField("Date notice sent to the Panel and Secretary of State", null=True, blank=True)
    published_on = models.DateField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["-id"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.case.pseudonym}"

    @property
    def is_live(self) -> bool:
        return self.stage != self.Stage.CLOSED


class PanelMember(models.Model):
    """A person named on a review's panel: they, and the independent reviewer, may see it."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="panel_members")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="review_panels")
    history = History()

    class Meta:
        ordering = ["person__full_name"]
        constraints = [models.UniqueConstraint(fields=["review", "person"], name="panel_member_once")]

    def __str__(self):
        return str(self.person)


class Recommendation(models.Model):
    class Scope(models.TextChoices):
        MULTI_AGENCY = "multi_agency", "Multi-agency"
        SINGLE_AGENCY = "single_agency", "Single-agency"

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="recommendations")
    number = models.PositiveSmallIntegerField()
    text = models.TextField()
    scope = models.CharField(max_length=20, choices=Scope.choices)
    lead_organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.PROTECT,
                                          related_name="+")

    class Decision(models.TextChoices):
        ACCEPTED = "accepted", "Accepted"
        NOT_ACCEPTED = "not_accepted", "Not accepted"

    # The partnership's decision on the recommendation (Care Act 2014 Sch. 2 para. 4(1)(g); Working Together 2023):
    # accepted unless it decided not to implement it, with the reason and when (ADR pending).
    decision = models.CharField(max_length=20, choices=Decision.choices, default=Decision.ACCEPTED)
    decision_reason = models.TextField("Reason for the decision", blank=True)
    decided_on = models.DateField("Date decided", null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["review", "number"]
        constraints = [models.UniqueConstraint(fields=["review", "number"], name="recommendation_number_once")]

    def __str__(self):
        return f"Recommendation {self.number}: {self.text[:60]}"

    @property
    def not_accepted(self) -> bool:
        return self.decision == self.Decision.NOT_ACCEPTED


class RecommendationAction(models.Model):
    """Links a recommendation to an action in the shared action log: together they are its action plan."""

    recommendation = models.ForeignKey(Recommendation, on_delete=models.CASCADE, related_name="plan_links")
    action = models.OneToOneField("actions.Action", on_delete=models.CASCADE, related_name="recommendation_link")

    def __str__(self):
        return f"{self.recommendation} -> {self.action}"


class ProgressUpdate(models.Model):
    """The quarterly update on a recommendation's action plan."""

    Rag = Action.Rag  # the same red/amber/green as the action plan's actions

    recommendation = models.ForeignKey(Recommendation, on_delete=models.CASCADE, related_name="progress_updates")
    quarter_ending = models.DateField(help_text="Last day of the quarter reported on")
    rag = models.CharField("RAG status", max_length=5, choices=Rag.choices)
    text = models.TextField("Progress")
    created_at = models.DateTimeField()
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    history = History()

    class Meta:
        ordering = ["-quarter_ending", "-id"]
        constraints = [models.UniqueConstraint(fields=["recommendation", "quarter_ending"],
                                               name="progress_update_once_per_quarter")]

    def __str__(self):
        return f"Quarter ending {self.quarter_ending:%d/%m/%Y}: {self.get_rag_display()}"


def publication_upload_to(instance, filename):
    # Random file name: the stored name must not carry whatever the author called the file.
    import uuid
    from pathlib import Path
    return f"reviews/{instance.review.partnership_id}/{uuid.uuid4().hex}{Path(filename).suffix.lower()}"


class Publication(models.Model):
    """A document to publish: the review report or a briefing, with the file to check before publishing."""

    class Kind(models.TextChoices):
        REPORT = "report", "Review report"
        SEVEN_MINUTE_BRIEFING = "seven_minute_briefing", "Seven Minute Briefing"
        LESSONS_LEARNED_BRIEFING = "lessons_learned_briefing", "Lessons Learned Briefing"

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="publications")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    title = models.CharField(max_length=200)
    file = models.FileField(upload_to=publication_upload_to)
    original_filename = models.CharField(max_length=255)
    file_sha256 = models.CharField(max_length=64)
    published_on = models.DateField(null=True, blank=True)
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    uploaded_at = models.DateTimeField()
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["review", "kind", "id"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"

    @property
    def is_briefing(self) -> bool:
        return self.kind != self.Kind.REPORT

    def latest_check(self):
        return self.checks.order_by("-run_at", "-id").first()


class IdentifiabilityCheck(models.Model):
    """One run of the identifiability check over a publication's file, kept with its hits and outcomes."""

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="checks")
    file_sha256 = models.CharField(max_length=64, help_text="The file checked: a new upload needs a new check")
    run_at = models.DateTimeField()
    run_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-run_at", "-id"]

    def __str__(self):
        return f"Check of {self.publication} at {self.run_at:%d/%m/%Y %H:%M}"

    @property
    def undecided_hits(self):
        return self.hits.filter(outcome=IdentifiabilityHit.Outcome.UNDECIDED)

    @property
    def is_complete(self) -> bool:
        return not self.undecided_hits.exists()


class IdentifiabilityHit(models.Model):
    class Outcome(models.TextChoices):
        UNDECIDED = "undecided", "Not yet decided"
        CLEARED = "cleared", "Cleared: does not identify anyone"
        JUSTIFIED = "justified", "Justified: kept, with a reason"

    check_run = models.ForeignKey(IdentifiabilityCheck, on_delete=models.CASCADE, related_name="hits")
    category = models.CharField(max_length=50)
    text = models.CharField(max_length=300)
    context = models.TextField()
    position = models.PositiveIntegerField(default=0)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, default=Outcome.UNDECIDED)
    note = models.TextField(blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    history = History()

    class Meta:
        ordering = ["position", "id"]

    def __str__(self):
        return f"{self.category}: {self.text}"

    @property
    def label(self) -> str:
        from .identifiability import KIND_LABELS
        return KIND_LABELS.get(self.category, self.category.replace("_", " ").capitalize())
