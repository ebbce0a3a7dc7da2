"""A finance system's export of spending, checked and waiting to be confirmed (or imported, or discarded)."""
from django.db import models

from assure.core.audit import History
from assure.documents.pending import PendingImport

from .years import FinancialYear


class SpendingImport(PendingImport):
    year = models.ForeignKey(FinancialYear, on_delete=models.CASCADE, related_name="spending_imports")
    history = History(excluded_fields=["rows"])
