"""Forms bind and check the shape of input; pounds typed as text become pence here (`money.pence`), the rules
(closed years, clashes, amounts that must be more than nothing) live in the services."""
from decimal import Decimal, InvalidOperation

from django import forms

from assure.core import money
from assure.core.forms import DateField, PartnershipChoicesMixin, PoundsField, VersionedForm
from assure.partnerships.models import Organisation, Person
from assure.reviews.models import Review

from . import proposals
from .models import BudgetLine, Contribution, FinancialYear


def _radios(choices, *, label, required_message, **kwargs):
    return forms.ChoiceField(label=label, choices=choices, widget=forms.RadioSelect,
                             error_messages={"required": required_message, "invalid_choice": required_message},
                             **kwargs)


class YearForm(forms.Form):
    start_year = forms.IntegerField(label="The year it starts in", min_value=2000, max_value=2100,
                                    help_text="2026 for 2026/27 (1 April 2026 to 31 March 2027)",
                                    widget=forms.NumberInput(attrs={"class": "govuk-input--width-4"}),
                                    error_messages={"required": "Enter the year the financial year starts in",
                                                    "invalid": "Enter the year as 4 numbers, for example 2026",
                                                    "min_value": "Enter a year from 2000",
                                                    "max_value": "Enter a year before 2100"})
    brought_forward_pence = PoundsField(what="the amount brought forward", allow_negative=True,
                                        label="Brought forward from the previous year (optional)", required=False,
                                        help_text="What the previous year left, as the Executive agreed it, for "
                                                  "example 47,043.00; an overspend with a minus sign, -2,500.00")
    notes = forms.CharField(label="Notes (optional)", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    copy_lines_from = forms.ModelChoiceField(FinancialYear.objects.none(), required=False,
                                             label="Copy the budget lines of (optional)",
                                             empty_label="Start with no lines",
                                             help_text="The lines' names, categories and planned amounts")

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["copy_lines_from"].queryset = FinancialYear.objects.filter(partnership=partnership)

    def clean_brought_forward_pence(self):
        return self.cleaned_data.get("brought_forward_pence") or 0


class EditYearForm(VersionedForm):
    brought_forward_pence = PoundsField(what="the amount brought forward", allow_negative=True,
                                        label="Brought forward from the previous year",
                                        help_text="An overspend with a minus sign, for example -2,500.00")
    notes = forms.CharField(label="Notes (optional)", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class LineForm(forms.Form):
    category = _radios(BudgetLine.Category.choices, label="Category", required_message="Choose the line's category")
    name = forms.CharField(max_length=200, help_text="For example \"Independent reviewer fees\"",
                           error_messages={"required": "Enter the line's name"})
    planned_pence = PoundsField(what="the planned amount", label="Planned", help_text="For example 35,000.00")
    forecast_pence = PoundsField(what="the forecast", label="Forecast outturn (optional)", required=False,
                                 help_text="What the line will have spent by 31 March; leave empty for \"as planned\"")
    ring_fenced = forms.BooleanField(required=False, label="Ring-fenced (its underspend is not spent elsewhere)")


class EditLineForm(LineForm, VersionedForm):
    pass


class ContributionForm(PartnershipChoicesMixin, forms.Form):
    organisation = forms.ModelChoiceField(Organisation.objects.order_by("name"), label="Partner",
                                          error_messages={"required": "Choose the partner",
                                                          "invalid_choice": "Choose the partner"})
    agreed_pence = PoundsField(what="the agreed amount", label="Agreed amount", help_text="For example 107,000.00")
    basis = _radios(Contribution.Basis.choices, label="How was it agreed?",
                    required_message="Choose how the amount was agreed", initial=Contribution.Basis.AGREED)
    basis_detail = forms.CharField(required=False, max_length=200, label="Detail (optional)",
                                   help_text="For example \"40%\" or \"population 312,000\"")
    underwrites = forms.BooleanField(required=False, label="Underwrites a shortfall (shares a surplus)")
    underwriting_weight = forms.DecimalField(label="Underwriting weight", initial=1, min_value=Decimal("0.0001"),
                                             max_digits=9, decimal_places=4,
                                             help_text="1 for an equal share with the other underwriters",
                                             widget=forms.TextInput(attrs={"class": "govuk-input--width-5",
                                                                           "inputmode": "decimal"}),
                                             error_messages={"required": "Enter the underwriting weight, for "
                                                                         "example 1",
                                                             "min_value": "The underwriting weight must be more "
                                                                          "than 0, for example 1",
                                                             "invalid": "Enter the underwriting weight as a number, "
                                                                        "for example 1"})
    finance_contact = forms.ModelChoiceField(Person.objects.order_by("full_name"), required=False,
                                             label="Finance contact (optional)",
                                             help_text="Reads and records this partner's payments")


class EditContributionForm(ContributionForm, VersionedForm):
    pass


class InvoiceForm(forms.Form):
    number = forms.CharField(max_length=50, label="Invoice number",
                             error_messages={"required": "Enter the invoice number"})
    raised_on = DateField(label="Date raised", what="the date the invoice was raised")
    amount_pence = PoundsField(what="the invoice amount", label="Amount")


class PaymentForm(forms.Form):
    received_on = DateField(label="Date received", what="the date the payment was received")
    amount_pence = PoundsField(what="the payment amount", label="Amount")
    reference = forms.CharField(max_length=100, required=False, label="Reference (optional)",
                                help_text="The remittance or finance system's reference")


class ProposeForm(forms.Form):
    """A total to raise, the partners chosen and a method; a share per partner for percentages or a measure.
    The fields per partner are `share_<id>`; the chosen partners come back as `cleaned_data["shares"]`."""
    total_pence = PoundsField(what="the total to raise", label="Total to raise from the partners",
                              help_text="For example 321,000.00")
    method = _radios(proposals.METHODS, label="How is it shared?", required_message="Choose how it is shared")
    organisations = forms.ModelMultipleChoiceField(Organisation.objects.none(), widget=forms.CheckboxSelectMultiple,
                                                   label="Partners who contribute",
                                                   error_messages={"required": "Choose the partners who contribute",
                                                                   "invalid_choice": "Choose partners of this "
                                                                                     "partnership"})

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.partners = list(Organisation.objects.filter(partnership=partnership).order_by("name"))
        self.fields["organisations"].queryset = Organisation.objects.filter(partnership=partnership).order_by("name")
        for partner in self.partners:
            self.fields[f"share_{partner.pk}"] = forms.CharField(
                required=False, max_length=20, label=f"{partner.name}: percentage or measure",
                widget=forms.TextInput(attrs={"class": "govuk-input--width-5", "inputmode": "decimal"}))

    def share_fields(self):
        return [(partner, self[f"share_{partner.pk}"]) for partner in self.partners]

    def clean(self):
        data = super().clean()
        chosen, method = data.get("organisations"), data.get("method")
        if not chosen or not method or data.get("total_pence") is None:
            return data
        shares = []
        for partner in chosen:
            text = (self.data.get(f"share_{partner.pk}") or "").replace(",", "").replace("%", "").strip()
            share = None
            if method != proposals.EQUAL:
                try:
                    share = Decimal(text) if text else None
                except InvalidOperation:
                    share = None
                if share is None or not share.is_finite():
                    self.add_error(f"share_{partner.pk}", f"Enter {partner.name}'s "
                                   f"{'percentage' if method == proposals.PERCENTAGE else 'measure'} as a number, "
                                   "for example 40")
                    continue
            shares.append((partner, share))
        if self.errors:
            return data
        try:
            data["proposed"] = proposals.propose(data.get("total_pence") or 0, method, shares)
        except proposals.ProposalRefused as refused:
            field = "total_pence" if "total" in str(refused) else ("organisations" if method == proposals.EQUAL
                                                                   else f"share_{shares[0][0].pk}")
            self.add_error(field, str(refused))
        return data


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
