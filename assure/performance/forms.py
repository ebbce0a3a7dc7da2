"""Forms bind and check the shape of input; the rules (codes, thresholds, periods, units) live in the services."""
from django import forms
from django.core.exceptions import ValidationError

from assure.core.forms import DateField, PartnershipChoicesMixin, VersionedForm
from assure.partnerships.models import Organisation, Person, Priority

from . import periods
from .models import Authority, ComparatorFigure, Indicator
from .services.area import MOST_NEIGHBOURS
from .values import ValueRefused, read_value

PERIOD_HINTS = {periods.MONTH: "A month, for example 2026-04 for April 2026",
                periods.QUARTER: "A quarter of the financial year, for example 2026-Q2 for July to September 2026",
                periods.YEAR: "A financial year, for example 2026/27"}
SUPPRESSION_HINT = ("A number, for example 1,234 or 4.8. For a figure that was not published, its code: c "
                    "(confidential), k (rounds to zero), u (low reliability), x (not available), z (not applicable).")


class NumberField(forms.CharField):
    """A number as people write it ("1,234", "4.8%"), read as the dataset reads figures; no suppression codes."""

    def __init__(self, *, what: str, **kwargs):
        self.what = what
        super().__init__(required=False, max_length=30, **kwargs)

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        try:
            number, suppression = read_value(text)
        except ValueRefused as refused:
            raise ValidationError(f"Enter {self.what} as a number, for example 30 or 4.8") from refused
        if suppression:
            raise ValidationError(f"Enter {self.what} as a number, for example 30 or 4.8")
        return number


def _radios(choices, *, label, required_message, **kwargs):
    return forms.ChoiceField(label=label, choices=choices, widget=forms.RadioSelect,
                             error_messages={"required": required_message, "invalid_choice": required_message},
                             **kwargs)


class IndicatorForm(PartnershipChoicesMixin, forms.Form):
    code = forms.CharField(max_length=30, help_text="Short and unique, as the spreadsheets write it, for example "
                                                    "CP-2YR. Letters, numbers, dots, dashes or slashes.",
                           error_messages={"required": "Enter the indicator's code"})
    name = forms.CharField(max_length=200, help_text="For example \"Child protection plans lasting 2 years or more\"",
                           error_messages={"required": "Enter the indicator's name"})
    definition = forms.CharField(required=False, label="Definition (optional)", widget=forms.Textarea(attrs={"rows": 3}),
                                 help_text="What is counted, and over which population")
    unit = _radios(Indicator.Unit.choices, label="Unit", required_message="Choose the unit of the indicator")
    polarity = _radios(Indicator.Polarity.choices, label="Which is better?",
                       required_message="Choose whether higher or lower is better")
    frequency = _radios(Indicator.Frequency.choices, label="How often is it reported?",
                        required_message="Choose how often the figure is reported")
    source_organisation = forms.ModelChoiceField(Organisation.objects.order_by("name"), required=False,
                                                 label="Source organisation (optional)",
                                                 help_text="The organisation that provides the figure")
    owner = forms.ModelChoiceField(Person.objects.order_by("full_name"), required=False, label="Owner (optional)",
                                   help_text="Writes the commentary each quarter")
    priority = forms.ModelChoiceField(Priority.objects.all(), required=False,
                                      label="Priority it evidences (optional)")
    target_value = NumberField(what="the target", label="Target (optional)",
                               help_text="The figure to reach, in the indicator's unit, for example 30")
    target_date = DateField(label="Target date (optional)", what="the target date", required=False,
                            help_text="When the target should be reached, for example 31 3 2027")
    target_description = forms.CharField(required=False, max_length=200, label="Target in words (optional)",
                                         help_text="For example \"reduce missing episodes by 40%\"")
    green_threshold = NumberField(what="the green threshold", label="Green threshold (optional)",
                                  help_text="Green at this figure or better: at or above it when higher is better, "
                                            "at or below it when lower is better")
    red_threshold = NumberField(what="the red threshold", label="Red threshold (optional)",
                                help_text="Red when worse than this figure: below it when higher is better, above it "
                                          "when lower is better. Amber between the two thresholds. Without "
                                          "thresholds, a figure is green when it meets the target and red when not.")
    comparators = _radios(Indicator.Comparators.choices, label="How are its comparators found?",
                          required_message="Choose how the comparators are found",
                          help_text="England's, the region's and the statistical neighbours' figures")
    published_measure = forms.CharField(required=False, max_length=100,
                                        label="Measure column in the published statistics",
                                        help_text="Only for published statistics: the column of the Department for "
                                                  "Education's file, for example rate_per_10000")
    neighbours_average = _radios(Indicator.Average.choices, label="Statistical neighbours' average",
                                 required_message="Choose the median or the mean of the neighbours",
                                 initial=Indicator.Average.MEDIAN)


class EditIndicatorForm(IndicatorForm, VersionedForm):
    pass


class PeriodField(forms.CharField):
    """A period typed as a code (2026-Q2, 2026-04, 2026/27), read by periods.parse_period."""

    def __init__(self, **kwargs):
        super().__init__(max_length=30, error_messages={"required": "Enter the period the figure is for"}, **kwargs)

    def clean(self, value):
        text = super().clean(value)
        try:
            return periods.parse_period(text)
        except periods.PeriodError as problem:
            raise ValidationError(str(problem)) from problem


class FigureValueField(forms.CharField):
    """A figure or a code for one not published: cleans to (value, suppression)."""

    def __init__(self, **kwargs):
        super().__init__(max_length=30, error_messages={"required": "Enter the figure, or the code for a figure "
                                                                    "that was not published"}, **kwargs)

    def clean(self, value):
        text = super().clean(value)
        try:
            return read_value(text)
        except ValueRefused as problem:
            raise ValidationError(str(problem)) from problem


def _split_value(cleaned: dict) -> dict:
    """The form's (value, suppression) pair as the services' two arguments."""
    data = dict(cleaned)
    data.pop("version", None)
    data["value"], data["suppression"] = data.pop("value")
    return data


class FigureForm(forms.Form):
    period = PeriodField(label="Period")
    value = FigureValueField(label="Figure", help_text=SUPPRESSION_HINT)
    note = forms.CharField(required=False, max_length=500, label="Note (optional)",
                           widget=forms.Textarea(attrs={"rows": 2}),
                           help_text="For example \"Provisional: the case system was down for a week\"")

    def __init__(self, *args, period_kind: str = periods.QUARTER, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period"].help_text = PERIOD_HINTS[period_kind]

    def service_arguments(self) -> dict:
        return _split_value(self.cleaned_data)


class EditFigureForm(VersionedForm):
    value = FigureValueField(label="Figure", help_text=SUPPRESSION_HINT)
    note = forms.CharField(required=False, max_length=500, label="Note (optional)",
                           widget=forms.Textarea(attrs={"rows": 2}))

    def service_arguments(self) -> dict:
        return _split_value(self.cleaned_data)


class ComparatorForm(forms.Form):
    level = forms.ChoiceField(label="Whose figure is it?", widget=forms.RadioSelect,
                              error_messages={"required": "Choose whose figure it is",
                                              "invalid_choice": "Choose whose figure it is"})
    authority = forms.ModelChoiceField(Authority.objects.none(), required=False, label="Statistical neighbour",
                                       help_text="Only for a neighbour's figure")
    period = PeriodField(label="Period", help_text="A financial year, for example 2025/26, or a period of the "
                                                   "indicator's own kind")
    value = FigureValueField(label="Figure", help_text=SUPPRESSION_HINT)

    def __init__(self, *args, partnership, region_name: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        levels = ComparatorFigure.Level
        self.fields["level"].choices = [
            (levels.NATIONAL, "England"), (levels.REGIONAL, f"The region{f' ({region_name})' if region_name else ''}"),
            (levels.AUTHORITY, "A statistical neighbour")]
        self.fields["authority"].queryset = Authority.objects.filter(partnership=partnership, is_own_area=False)

    def service_arguments(self) -> dict:
        data = _split_value(self.cleaned_data)
        if data["level"] != ComparatorFigure.Level.AUTHORITY:
            data["authority"] = None
        return data


class AuthorityForm(forms.Form):
    code = forms.CharField(max_length=12, label="Code", help_text="The nine-character code, for example E10000901",
                           error_messages={"required": "Enter the authority's code"})
    old_code = forms.CharField(max_length=4, required=False, label="Old code (optional)",
                               help_text="The three-digit code the Department for Education's files use, for "
                                         "example 901")
    name = forms.CharField(max_length=200, label="Name", error_messages={"required": "Enter the authority's name"})
    region_code = forms.CharField(max_length=12, required=False, label="Region code",
                                  help_text="For example E12000901")
    region_name = forms.CharField(max_length=100, required=False, label="Region name")


class OwnAreaForm(AuthorityForm):
    region_code = forms.CharField(max_length=12, label="Region code", help_text="For example E12000901",
                                  error_messages={"required": "Enter the region's code"})
    region_name = forms.CharField(max_length=100, label="Region name",
                                  error_messages={"required": "Enter the region's name"})


def _ordinal(n: int) -> str:
    return f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}"


class NeighboursForm(forms.Form):
    """Ten choices, most alike first; the last ones may be left blank (fewer than ten), but not one in between."""

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        known = Authority.objects.filter(partnership=partnership, is_own_area=False).order_by("name")
        for rank in range(1, MOST_NEIGHBOURS + 1):
            self.fields[f"neighbour_{rank}"] = forms.ModelChoiceField(
                known, required=False, label=f"{_ordinal(rank)} neighbour" + (" (most alike)" if rank == 1 else ""),
                error_messages={"invalid_choice": "Choose an authority from the list"})

    def clean(self):
        cleaned = super().clean()
        blank = None
        for rank in range(1, MOST_NEIGHBOURS + 1):
            if cleaned.get(f"neighbour_{rank}") is None:
                blank = blank or rank
            elif blank is not None:
                self.add_error(f"neighbour_{rank}", f"Choose the {_ordinal(blank)} neighbour first: the neighbours "
                                                   f"are in order, most alike first, with no gaps.")
                break
        return cleaned

    def authorities(self) -> list[Authority]:
        chosen = (self.cleaned_data.get(f"neighbour_{rank}") for rank in range(1, MOST_NEIGHBOURS + 1))
        return [authority for authority in chosen if authority is not None]
