"""An amount typed in pounds, cleaned to whole pence (`assure.core.money`)."""
from django import forms
from django.core.exceptions import ValidationError

from assure.core import money


class PoundsField(forms.CharField):
    """An amount typed in pounds ("£1,250.50", "1250.5"), cleaned to whole pence; a refusal names the field."""

    def __init__(self, *, what: str, required=True, allow_negative=False, **kwargs):
        self.what, self.allow_negative = what, allow_negative
        super().__init__(required=required, max_length=30, error_messages={"required": f"Enter {what}"},
                         widget=forms.TextInput(attrs={"class": "govuk-input--width-10", "inputmode": "decimal",
                                                       "spellcheck": "false"}), **kwargs)

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        try:
            pence = money.pence(text)
        except money.AmountRefused as refused:
            raise ValidationError(f"{self.what[0].upper()}{self.what[1:]}: {refused}") from refused
        if pence < 0 and not self.allow_negative:
            raise ValidationError(f"{self.what[0].upper()}{self.what[1:]} cannot be negative")
        return pence
