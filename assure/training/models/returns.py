"""Each agency's yearly single-agency training return: how many of its staff were trained at each level."""
from django.conf import settings
from django.db import models

from assure.core.audit import History
from assure.core.dates import financial_year_label
from assure.partnerships.models import Organisation, Partnership

from .courses import Level


class TrainingReturn(models.Model):
    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="training_returns")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="training_returns")
    start_year = models.PositiveSmallIntegerField(help_text="2026 for 2026/27")
    received_on = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["-start_year", "organisation__name"]
        constraints = [models.UniqueConstraint(fields=["partnership", "organisation", "start_year"],
                                               name="training_return_once_a_year")]

    def __str__(self):
        return f"{self.organisation} training return {self.year_label}"

    @property
    def year_label(self) -> str:
        return financial_year_label(self.start_year)


class ReturnLine(models.Model):
    training_return = models.ForeignKey(TrainingReturn, on_delete=models.CASCADE, related_name="lines")
    level = models.CharField(max_length=2, choices=Level.choices)
    staff_trained = models.PositiveIntegerField()
    # How many staff should hold this level (so a rate can be shown); empty when the agency did not say.
    staff_in_scope = models.PositiveIntegerField(null=True, blank=True)
    history = History()

    class Meta:
        ordering = ["level"]
        constraints = [models.UniqueConstraint(fields=["training_return", "level"], name="return_line_once")]

    def __str__(self):
        return f"{self.get_level_display()}: {self.staff_trained}"
