"""What each partner agreed to put into the pooled budget, the invoices raised and the payments received."""
from django.conf import settings
from django.db import models

from assure.core.audit import History
from assure.partnerships.models import Organisation, Person

from .years import FinancialYear


class Contribution(models.Model):
    class Basis(models.TextChoices):
        AGREED = "agreed", "An agreed amount"
        EQUAL = "equal", "An equal share"
        PERCENTAGE = "percentage", "An agreed percentage"
        MEASURE = "measure", "In proportion to a measure (for example population)"

    year = models.ForeignKey(FinancialYear, on_delete=models.CASCADE, related_name="contributions")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    agreed_pence = models.PositiveBigIntegerField(default=0)
    basis = models.CharField(max_length=12, choices=Basis.choices, default=Basis.AGREED)
    basis_detail = models.CharField(max_length=200, blank=True, help_text="For example '40%' or 'population 312,000'")
    # A statutory partner that underwrites a shortfall (or shares a surplus), and its weight in the split.
    underwrites = models.BooleanField(default=False)
    underwriting_weight = models.DecimalField(max_digits=9, decimal_places=4, default=1)
    finance_contact = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
                                        help_text="Reads and records this organisation's payments")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["organisation__name"]
        constraints = [models.UniqueConstraint(fields=["year", "organisation"], name="contribution_once")]

    def __str__(self):
        return f"{self.organisation} {self.year}"


class Invoice(models.Model):
    contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name="invoices")
    number = models.CharField(max_length=50)
    raised_on = models.DateField()
    amount_pence = models.PositiveBigIntegerField()
    history = History()

    class Meta:
        ordering = ["raised_on", "number"]

    def __str__(self):
        return self.number


class Payment(models.Model):
    contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name="payments")
    received_on = models.DateField()
    amount_pence = models.PositiveBigIntegerField()
    reference = models.CharField(max_length=100, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    history = History()

    class Meta:
        ordering = ["received_on"]

    def __str__(self):
        return f"{self.contribution.organisation} {self.received_on}"
