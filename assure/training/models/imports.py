"""A booking system's export of the people booked on one event, checked and waiting to be confirmed (a
PendingImport, documents/pending.py)."""
from django.db import models

from assure.core.audit import History
from assure.documents.pending import PendingImport

from .events import Event


class BookingImport(PendingImport):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="booking_imports")
    history = History(excluded_fields=["rows"])
