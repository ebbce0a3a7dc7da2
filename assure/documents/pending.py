"""A waiting import (ADR 0137): a file read and checked, its rows kept as JSON, waiting for a person to confirm or
discard it, with a summary the check page shows. Budget's spending, performance's datasets and training's bookings
are all this shape; each app's model subclasses `PendingImport` and adds what it belongs to.

    class BookingImport(PendingImport):
        event = models.ForeignKey(...)
        history = History(excluded_fields=["rows"])      # on the concrete model (the rows are not history)

    pending = waiting(pending)            # in a service: locked, or ValidationError "This file was imported already."
    finish(pending, summary)              # imported: the summary kept, the rows dropped
    discard(pending)                      # nothing imported: the rows dropped

The check page: `{% include "documents/pending_status.html" with pending=pending summary=summary %}` says what
became of an import that is no longer waiting, and `documents/refused_rows.html` lists the refused rows.
"""
from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

__all__ = ["PendingImport", "discard", "finish", "waiting"]


class PendingImport(models.Model):
    class Status(models.TextChoices):
        WAITING = "waiting", "Waiting to be confirmed"
        IMPORTED = "imported", "Imported"
        DISCARDED = "discarded", "Discarded"

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING)
    file_name = models.CharField(max_length=255)
    # The rows as read, kept until the import is confirmed or discarded, so confirming reads no file again.
    rows = models.JSONField(default=list, blank=True)
    summary = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    def __str__(self):
        return self.file_name

    @property
    def is_waiting(self) -> bool:
        return self.status == self.Status.WAITING


def waiting(pending: PendingImport) -> PendingImport:
    """The import locked for this transaction, refused when it was confirmed or discarded already (a second tab,
    a double click): call it first in every confirm and discard service."""
    locked = type(pending).objects.select_for_update().get(pk=pending.pk)
    if not locked.is_waiting:
        raise ValidationError(f"This file was {locked.get_status_display().lower()} already.")
    return locked


def finish(pending: PendingImport, summary: dict) -> PendingImport:
    """Imported: keep the summary of what was written; the rows are not kept."""
    pending.status, pending.summary, pending.rows = PendingImport.Status.IMPORTED, summary, []
    pending.save()
    return pending


def discard(pending: PendingImport) -> PendingImport:
    """Nothing imported: the import is kept (it says who discarded what, when), its rows are not."""
    pending = waiting(pending)
    pending.status, pending.rows = PendingImport.Status.DISCARDED, []
    pending.save()
    return pending
