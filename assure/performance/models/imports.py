"""A dataset file imported (or waiting to be confirmed): what it was, who brought it, what it did."""
from django.conf import settings
from django.db import models

from assure.core.audit import History
from assure.partnerships.models import Partnership


class DatasetImport(models.Model):
    class Kind(models.TextChoices):
        TEMPLATE = "template", "The partnership's template"
        PUBLISHED = "published", "Published statistics (Department for Education)"
        NEIGHBOURS = "neighbours", "Statistical neighbours"

    class Status(models.TextChoices):
        WAITING = "waiting", "Waiting to be confirmed"
        IMPORTED = "imported", "Imported"
        DISCARDED = "discarded", "Discarded"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="dataset_imports")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING)
    file_name = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64)
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
