"""The base for forms that change an existing record under optimistic locking (ADR 0021, core/concurrency.py)."""
from django import forms

STALE_PAGE = "This page is out of date. Reload it, then make your changes again."


class VersionedForm(forms.Form):
    """Carries, hidden, the version of the record the person opened.

    The service compares it (`claim_version`) and raises EditConflict when someone else saved in between;
    `call_service` shows that as "Someone else changed this record...". A missing or tampered version
    gets STALE_PAGE rather than a field error nobody can see.
    """

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, error_messages={
        "required": STALE_PAGE, "invalid": STALE_PAGE, "min_value": STALE_PAGE})

    @property
    def expected_version(self) -> int:
        return self.cleaned_data["version"]

    @staticmethod
    def version_of(record) -> dict:
        """The initial data a versioned form needs for `record`."""
        return {"version": record.version}
