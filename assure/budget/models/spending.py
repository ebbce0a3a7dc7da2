"""Money spent from a budget line: entered, or imported from a finance system's CSV export."""
from django.conf import settings
from django.db import models

from assure.core.audit import History
from assure.reviews.models import Review

from .years import BudgetLine, FinancialYear


class Spending(models.Model):
    class Source(models.TextChoices):
        ENTERED = "entered", "Entered"
        IMPORTED = "imported", "Imported from the finance system"

    year = models.ForeignKey(FinancialYear, on_delete=models.CASCADE, related_name="spending")
    line = models.ForeignKey(BudgetLine, on_delete=models.PROTECT, related_name="spending")
    spent_on = models.DateField()
    description = models.CharField(max_length=300)
    supplier = models.CharField(max_length=200, blank=True)
    amount_pence = models.PositiveBigIntegerField()
    # The review it paid for (an independent reviewer's fee, a learning event), so a review's cost can be shown.
    review = models.ForeignKey(Review, null=True, blank=True, on_delete=models.SET_NULL, related_name="costs")
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.ENTERED)
    # The finance system's own reference for an imported line, so importing the same export twice adds nothing.
    finance_reference = models.CharField(max_length=100, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["-spent_on", "-id"]
        verbose_name_plural = "spending"
        constraints = [models.UniqueConstraint(fields=["year", "finance_reference"],
                                               condition=~models.Q(finance_reference=""),
                                               name="spending_finance_reference_once")]
        indexes = [models.Index(fields=["year", "line"])]

    def __str__(self):
        return f"{self.description} {self.spent_on}"
