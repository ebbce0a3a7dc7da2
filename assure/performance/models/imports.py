"""A dataset file imported (or waiting to be confirmed): what it was, who brought it, what it did."""
from django.db import models

from assure.core.audit import History
from assure.documents.pending import PendingImport
from assure.partnerships.models import Partnership


class DatasetImport(PendingImport):
    """A PendingImport (documents/pending.py) of the partnership's, with the kind of file and its hash."""

    class Kind(models.TextChoices):
        TEMPLATE = "template", "The partnership's template"
        PUBLISHED = "published", "Published statistics (Department for Education)"
        NEIGHBOURS = "neighbours", "Statistical neighbours"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="dataset_imports")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    sha256 = models.CharField(max_length=64)
    history = History(excluded_fields=["rows"])
