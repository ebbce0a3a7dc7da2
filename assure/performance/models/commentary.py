"""What the indicator's owner says about a quarter, and the business team's approval of the quarter."""
from django.conf import settings
from django.db import models

from assure.core.audit import History
from assure.partnerships.models import Partnership

from .. import periods
from .indicators import Indicator


class Commentary(models.Model):
    """The owner's explanation of an indicator in a quarter: why it moved, what is being done."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="commentaries")
    quarter_start = models.DateField()
    text = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["indicator", "-quarter_start"]
        verbose_name_plural = "commentaries"
        constraints = [models.UniqueConstraint(fields=["indicator", "quarter_start"], name="commentary_once")]

    def __str__(self):
        return f"{self.indicator.code} {self.quarter.label}"

    @property
    def quarter(self) -> periods.Period:
        return periods.from_parts(self.quarter_start, periods.QUARTER)


class QuarterApproval(models.Model):
    """The business team's approval of a quarter's figures and commentary: until then they are drafts, and an
    approved quarter's own figures and commentary cannot change until it is reopened."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="approved_quarters")
    quarter_start = models.DateField()
    approved_at = models.DateTimeField()
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    history = History()

    class Meta:
        ordering = ["-quarter_start"]
        constraints = [models.UniqueConstraint(fields=["partnership", "quarter_start"], name="quarter_approved_once")]

    def __str__(self):
        return f"{self.quarter.label} approved"

    @property
    def quarter(self) -> periods.Period:
        return periods.from_parts(self.quarter_start, periods.QUARTER)


class PackPaper(models.Model):
    """A quarter's board pack sent to a meeting as a paper on one of its agenda items, so the quarter page can say
    which meetings received it. The paper itself belongs to the meeting (removing it there removes this too)."""

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="+")
    quarter_start = models.DateField()
    paper = models.OneToOneField("meetings.Paper", on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField()
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.quarter.label} pack: {self.paper.title}"

    @property
    def quarter(self) -> periods.Period:
        return periods.from_parts(self.quarter_start, periods.QUARTER)
