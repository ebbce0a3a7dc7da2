"""The budget's forms: spending entered by hand, and the finance export to import."""
from django import forms

from assure.core.forms import DateField, PartnershipChoicesMixin, VersionedForm
from assure.reviews.models import Review

from . import money
from .models import BudgetLine


class SpendingForm(PartnershipChoicesMixin, forms.Form):
    line = forms.ModelChoiceField(queryset=BudgetLine.objects.none(), label="Budget line",
                                  empty_label="Choose a line",
                                  error_messages={"required": "Choose the budget line the money was spent from",
                                                  "invalid_choice": "Choose a line of this year's budget"})
    spent_on = DateField(label="Date spent", required=True)
    description = forms.CharField(label="What the money was spent on", max_length=300,
                                  error_messages={"required": "Enter what the money was spent on"})
    supplier = forms.CharField(label="Supplier (optional)", max_length=200, required=False)
    amount = forms.CharField(label="Amount in pounds", max_length=20, help_text="For example 1,250.00",
                             widget=forms.TextInput(attrs={"inputmode": "decimal", "class": "govuk-input--width-10"}),
                             error_messages={"required": "Enter the amount"})
    review = forms.ModelChoiceField(queryset=Review.objects.none(), required=False, label="The review it paid for (optional)",
                                    empty_label="Not for a review",
                                    error_messages={"invalid_choice": "Choose a review from the list"})

    def __init__(self, *args, partnership, year=None, reviews=None, **kwargs):
        super().__init__(*args, partnership=partnership, **kwargs)
        if year is not None:
            self.fields["line"].queryset = year.lines.all()
        if reviews is not None:
            # Only the reviews the person may see (reviews.access.visible_reviews), all of this partnership.
            self.fields["review"].queryset = reviews.select_related("case")

    def clean_amount(self):
        try:
            return money.pence(self.cleaned_data["amount"])
        except money.AmountRefused as exc:
            raise forms.ValidationError(str(exc)) from None

    def service_fields(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("version", None)
        data["amount_pence"] = data.pop("amount")
        return data


class EditSpendingForm(SpendingForm, VersionedForm):
    pass


class SpendingFileForm(forms.Form):
    # Empty files pass here so the reader's own reason ("The file is empty") is the one shown.
    file = forms.FileField(label="Finance system export", allow_empty_file=True,
                           help_text="A CSV (.csv) or Excel (.xlsx) file with a row for each transaction",
                           error_messages={"required": "Choose the file to import"})


class SpendingImportDecisionForm(forms.Form):
    keep_valid = forms.BooleanField(required=False, label="Import the valid rows and leave out the refused ones")
