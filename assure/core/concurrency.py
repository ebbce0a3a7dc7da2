"""Optimistic locking: a save based on an out-of-date copy is refused, never silently applied."""
from django.db.models import F


class EditConflict(Exception):
    """Someone else saved this record after you opened it."""

    def __init__(self, message: str | None = None):
        super().__init__(message or (
            "Someone else changed this record after you opened it. Your changes have not been saved: "
            "reload the page to see their changes, then make yours again."
        ))


def claim_version(model, pk: int, expected_version: int) -> None:
    """Bump the row's version if it still has the expected one, or raise EditConflict.

    Call inside the transaction that writes the change, before writing it.
    """
    updated = model.objects.filter(pk=pk, version=expected_version).update(version=F("version") + 1)
    if updated != 1:
        raise EditConflict()
