"""The figures: the partnership's own, per period, and the comparators' (England, the region, other authorities).

A figure that was not published keeps its suppression code and no value; it is never a zero.
"""
from django.conf import settings
from django.db import models

from assure.core.audit import History

from .. import periods
from .indicators import FIGURE, Indicator

PERIOD_KINDS = [(periods.MONTH, "Month"), (periods.QUARTER, "Quarter"), (periods.YEAR, "Financial year")]

# The Department for Education's symbols for a figure it did not publish (explore-education-statistics).
SUPPRESSION_CODES = {
    "c": "Not published: suppressed to protect confidential information",
    "k": "Not published: rounds to zero but is not zero",
    "u": "Not published: low reliability",
    "x": "Not available",
    "z": "Not applicable",
    ":": "Not available",
}


class PeriodMixin(models.Model):
    period_kind = models.CharField(max_length=10, choices=PERIOD_KINDS)
    period_start = models.DateField()
    value = models.DecimalField(null=True, blank=True, **FIGURE)
    suppression = models.CharField(max_length=2, blank=True,
                                   choices=[(code, meaning) for code, meaning in SUPPRESSION_CODES.items()])

    class Meta:
        abstract = True

    @property
    def period(self) -> periods.Period:
        return periods.from_parts(self.period_start, self.period_kind)

    @property
    def is_published(self) -> bool:
        return self.value is not None

    @property
    def suppression_meaning(self) -> str:
        return SUPPRESSION_CODES.get(self.suppression, "")


class Figure(PeriodMixin):
    """The partnership's own figure for an indicator and a period."""

    class Source(models.TextChoices):
        ENTERED = "entered", "Entered"
        TEMPLATE = "template", "Imported from the partnership's template"
        PUBLISHED = "published", "Published statistics"

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="figures")
    note = models.CharField(max_length=500, blank=True)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.ENTERED)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["indicator", "period_start"]
        constraints = [models.UniqueConstraint(fields=["indicator", "period_kind", "period_start"],
                                               name="figure_once_per_period")]

    def __str__(self):
        return f"{self.indicator.code} {self.period.code}"


class ComparatorFigure(PeriodMixin):
    """England's, a region's or another authority's published figure for an indicator and a period. Published
    statistics, replaced whole by the next import; the import that brought them is in DatasetImport's history."""

    class Level(models.TextChoices):
        NATIONAL = "national", "England"
        REGIONAL = "regional", "Region"
        AUTHORITY = "local_authority", "Local authority"

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="comparator_figures")
    level = models.CharField(max_length=20, choices=Level.choices)
    area_code = models.CharField(max_length=12)
    area_name = models.CharField(max_length=200)

    class Meta:
        ordering = ["indicator", "level", "area_name", "period_start"]
        constraints = [models.UniqueConstraint(fields=["indicator", "level", "area_code", "period_kind",
                                                       "period_start"], name="comparator_figure_once")]
        indexes = [models.Index(fields=["indicator", "level", "period_start"])]

    def __str__(self):
        return f"{self.indicator.code} {self.area_name} {self.period.code}"
