"""A financial year of the pooled budget (April to March) and its budget lines."""
from django.conf import settings
from django.db import models

from assure.core.audit import History
from assure.core.dates import financial_year_label
from assure.partnerships.models import Partnership


class FinancialYear(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="budget_years")
    start_year = models.PositiveSmallIntegerField(help_text="2026 for 2026/27 (1 April 2026 to 31 March 2027)")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    # What the previous year left (positive) or overspent (negative), in pence, as the Executive agreed it.
    brought_forward_pence = models.BigIntegerField(default=0)
    notes = models.TextField(blank=True)
    closed_on = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["-start_year"]
        constraints = [models.UniqueConstraint(fields=["partnership", "start_year"], name="budget_year_once")]

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        return financial_year_label(self.start_year)

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN


class BudgetLine(models.Model):
    class Category(models.TextChoices):
        STAFFING = "staffing", "Staffing (business unit)"
        CHAIR = "chair_scrutiny", "Independent chair and scrutiny"
        REVIEWS = "reviews", "Safeguarding reviews"
        TRAINING = "training", "Training"
        WEBSITE = "website_comms", "Website and communications"
        PROJECTS = "projects", "Commissioned projects"
        OTHER = "other", "Other"

    year = models.ForeignKey(FinancialYear, on_delete=models.CASCADE, related_name="lines")
    category = models.CharField(max_length=20, choices=Category.choices)
    name = models.CharField(max_length=200)
    planned_pence = models.PositiveBigIntegerField(default=0)
    # The business team's forecast of what the line will have spent by 31 March; none means "as planned".
    forecast_pence = models.PositiveBigIntegerField(null=True, blank=True)
    # A ring-fenced line (reviews): its underspend is not spent elsewhere, its overrun is the Executive's to meet.
    ring_fenced = models.BooleanField(default=False)
    position = models.PositiveSmallIntegerField(default=0)
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["position", "name"]
        constraints = [models.UniqueConstraint(fields=["year", "name"], name="budget_line_name_once")]

    def __str__(self):
        return self.name
