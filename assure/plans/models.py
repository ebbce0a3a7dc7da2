"""The business plan: under each of the partnership's strategic priorities (partnerships.Priority), the objectives
that say what will be different, the evidence that shows it (actions in the shared action log, dataset indicators,
assurance activities and reviews) and, each quarter, a RAG progress rating with a short narrative."""
from django.conf import settings
from django.db import models

from assure.actions.models import Action
from assure.assurance.models import Activity
from assure.core.audit import History
from assure.partnerships.models import Priority
from assure.performance.models import Indicator
from assure.reviews.models import Review


class Objective(models.Model):
    """What the partnership means to achieve under a priority, with what delivers and evidences it."""

    priority = models.ForeignKey(Priority, on_delete=models.CASCADE, related_name="objectives")
    text = models.TextField("objective")
    position = models.PositiveSmallIntegerField(default=0)
    actions = models.ManyToManyField(Action, blank=True, related_name="plan_objectives")
    indicators = models.ManyToManyField(Indicator, blank=True, related_name="plan_objectives")
    activities = models.ManyToManyField(Activity, blank=True, related_name="plan_objectives",
                                        verbose_name="assurance activities")
    reviews = models.ManyToManyField(Review, blank=True, related_name="plan_objectives")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["priority__position", "position", "pk"]

    def __str__(self):
        return self.text[:80]


class Progress(models.Model):
    """A priority's RAG rating and narrative for one quarter ("2026-Q2": July to September 2026)."""

    class Rating(models.TextChoices):
        GREEN = "green", "On track"
        AMBER = "amber", "Some concerns"
        RED = "red", "Off track"

    priority = models.ForeignKey(Priority, on_delete=models.CASCADE, related_name="progress")
    quarter = models.CharField(max_length=7, help_text='A financial quarter, "2026-Q2"')
    rating = models.CharField(max_length=5, choices=Rating.choices)
    narrative = models.TextField()
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    recorded_at = models.DateTimeField()
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["priority__position", "-quarter"]
        verbose_name_plural = "progress"
        constraints = [models.UniqueConstraint(fields=["priority", "quarter"], name="plans_progress_one_per_quarter")]

    def __str__(self):
        return f"{self.priority} {self.quarter}: {self.get_rating_display()}"
