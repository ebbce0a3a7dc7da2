"""Evaluation links (one per booking and stage; only the token's hash is kept) and the answers given."""
from django.conf import settings
from django.db import models

from assure.core.audit import History

from .courses import LearningOutcome, Question, Stage
from .events import Booking


class EvaluationLink(models.Model):
    """Opens one delegate's (or, for the follow-up, their manager's) form for one stage: once, until it expires."""

    class SentTo(models.TextChoices):
        DELEGATE = "delegate", "The delegate"
        MANAGER = "manager", "The delegate's manager"

    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="evaluation_links")
    stage = models.CharField(max_length=10, choices=Stage.choices)
    sent_to = models.CharField(max_length=10, choices=SentTo.choices, default=SentTo.DELEGATE)
    token_hash = models.CharField(max_length=64, unique=True)
    issued_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    completed_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    history = History(excluded_fields=["token_hash"])

    class Meta:
        ordering = ["booking", "stage", "-issued_at"]

    def __str__(self):
        return f"{self.get_stage_display()} evaluation for {self.booking.delegate}"


class Answer(models.Model):
    link = models.ForeignKey(EvaluationLink, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="answers")
    # For a CONFIDENCE question: which learning outcome this score is about.
    outcome = models.ForeignKey(LearningOutcome, null=True, blank=True, on_delete=models.PROTECT,
                                related_name="answers")
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    yes = models.BooleanField(null=True, blank=True)
    text = models.TextField(blank=True)
    # Chosen by the business team as a quote for the impact page and the yearly report.
    quoted = models.BooleanField(default=False)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["link", "question__position", "outcome__position", "pk"]

    def __str__(self):
        return f"Answer to {self.question}"
