"""A finance system's export of spending, checked and waiting to be confirmed (or imported, or discarded)."""
from django.conf import settings
from django.db import models

from assure.core.audit import History

from .years import FinancialYear


class SpendingImport(models.Model):
    class Status(models.TextChoices):
        WAITING = "waiting", "Waiting to be confirmed"
        IMPORTED = "imported", "Imported"
        DISCARDED = "discarded", "Discarded"

    year = models.ForeignKey(FinancialYear, on_delete=models.CASCADE, related_name="spending_imports")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING)
    file_name = models.CharField(max_length=255)
    # The rows as read, kept until the import is confirmed or discarded, so confirming reads no file again.
    rows = models.JSONField(default=list, blank=True)
    summary = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    history = History(excluded_fields=["rows"])

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.file_name

    @property
    def is_waiting(self) -> bool:
        return self.status == self.Status.WAITING
