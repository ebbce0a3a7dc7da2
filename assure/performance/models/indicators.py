"""The indicator catalogue: what the partnership measures, how it is judged and where its comparators come from."""
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db import models

from assure.core.audit import History
from assure.partnerships.models import Organisation, Partnership, Person, Priority

from .. import rating

FIGURE = {"max_digits": 14, "decimal_places": 4}


class Indicator(models.Model):
    class Unit(models.TextChoices):
        COUNT = "count", "Count"
        PERCENTAGE = "percentage", "Percentage"
        RATE_CHILDREN = "rate_children", "Rate per 10,000 children"
        RATE_ADULTS = "rate_adults", "Rate per 10,000 adults"

    class Polarity(models.TextChoices):
        HIGHER = rating.HIGHER, "Higher is better"
        LOWER = rating.LOWER, "Lower is better"
        NEITHER = rating.NEITHER, "Neither (context only, not rated)"

    class Frequency(models.TextChoices):
        MONTHLY = "monthly", "Monthly"
        QUARTERLY = "quarterly", "Quarterly"
        YEARLY = "yearly", "Yearly (financial year)"

    class Comparators(models.TextChoices):
        NONE = "none", "None"
        PUBLISHED = "published", "Published statistics (a measure column of a Department for Education file)"
        ENTERED = "entered", "Entered by the business team"

    class Average(models.TextChoices):
        MEDIAN = rating.MEDIAN, "Median"
        MEAN = rating.MEAN, "Mean"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="indicators")
    code = models.CharField(max_length=30, help_text="Short and unique, as the spreadsheets write it, for example CP-2YR")
    name = models.CharField(max_length=200)
    definition = models.TextField(blank=True, help_text="What is counted, and over which population")
    unit = models.CharField(max_length=20, choices=Unit.choices)
    polarity = models.CharField(max_length=10, choices=Polarity.choices)
    frequency = models.CharField(max_length=10, choices=Frequency.choices)
    source_organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.SET_NULL,
                                            related_name="+", verbose_name="source")
    owner = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    priority = models.ForeignKey(Priority, null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="indicators", verbose_name="priority it evidences")
    target_value = models.DecimalField("target", null=True, blank=True, **FIGURE)
    target_date = models.DateField("target date", null=True, blank=True)
    target_description = models.CharField(max_length=200, blank=True,
                                          help_text="The target in words, for example 'reduce missing episodes by 40%'")
    green_threshold = models.DecimalField(null=True, blank=True, **FIGURE)
    red_threshold = models.DecimalField(null=True, blank=True, **FIGURE)
    comparators = models.CharField(max_length=10, choices=Comparators.choices, default=Comparators.NONE)
    published_measure = models.CharField(max_length=100, blank=True,
                                         help_text="The measure's column in the published statistics file")
    neighbours_average = models.CharField(max_length=10, choices=Average.choices, default=Average.MEDIAN)
    position = models.PositiveSmallIntegerField(default=0)
    retired_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["position", "code"]
        constraints = [models.UniqueConstraint(fields=["partnership", "code"], name="indicator_code_once")]

    def __str__(self):
        return f"{self.code} {self.name}"

    @property
    def is_rated(self) -> bool:
        return self.polarity != self.Polarity.NEITHER and (
            self.target_value is not None or self.green_threshold is not None)

    @property
    def period_kind(self) -> str:
        """The kind of period the partnership's own figures are given for."""
        return {"monthly": "month", "quarterly": "quarter", "yearly": "year"}[self.frequency]

    def rate(self, value) -> rating.Rating:
        return rating.rag(value, polarity=self.polarity, target=self.target_value,
                          green_threshold=self.green_threshold, red_threshold=self.red_threshold)

    def display(self, value) -> str:
        """A figure as people read it: 1,234; 4.8%; 412.3 per 10,000."""
        return display(value, self.unit)


def display(value, unit: str) -> str:
    if value is None:
        return "Not published"
    value = Decimal(value)
    if value == value.to_integral_value():
        number = f"{int(value):,}"
    else:
        # Stored with four places (4.9000): shown as written, to at most two (4.9%, 12.35 per 10,000).
        value = value.normalize()
        if abs(value.as_tuple().exponent) > 2:
            value = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)  # 12.345 is 12.35, as people round
        number = f"{value:,f}"
    if unit == Indicator.Unit.PERCENTAGE:
        return f"{number}%"
    if unit in (Indicator.Unit.RATE_CHILDREN, Indicator.Unit.RATE_ADULTS):
        return f"{number} per 10,000"
    return number
