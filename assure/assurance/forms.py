"""Forms bind and check the shape of input; the rules (scores, dates, whose records) live in the services."""
from django import forms

from assure.core import clock
from assure.core.dates import financial_year_label, financial_year_of
from assure.core.forms import DateField, VersionedForm
from assure.core.text import shorten
from assure.partnerships.models import Body, Organisation, Person, Priority

from .models import IMPACT_CHOICES, LIKELIHOOD_CHOICES, Activity, Finding, Recommendation, Risk


def _has_partnership(model) -> bool:
    return any(f.name == "partnership" for f in model._meta.get_fields())


class PartnershipChoicesMixin:
    """Person, organisation and body choices limited to the partnership, so another's cannot be chosen."""

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField) and _has_partnership(field.queryset.model):
                field.queryset = field.queryset.filter(partnership=partnership)


def _scale(label: str, choices: list, what: str) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label, coerce=int, choices=[("", "Choose")] + choices,
        error_messages={"required": f"Choose the {what}", "invalid_choice": f"Choose the {what} from 1 to 5"})


class RiskForm(PartnershipChoicesMixin, forms.Form):
    title = forms.CharField(max_length=200, error_messages={"required": "Enter the risk's title"})
    cause = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), help_text="What could make it happen",
                            error_messages={"required": "Enter the cause of the risk"})
    consequence = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), help_text="What would follow if it did",
                                  error_messages={"required": "Enter the consequence if the risk happens"})
    category = forms.ChoiceField(choices=Risk.Category.choices, widget=forms.RadioSelect,
                                 error_messages={"required": "Choose the category of the risk"})
    owner = forms.ModelChoiceField(Person.objects.order_by("full_name"), label="Risk owner",
                                   error_messages={"required": "Choose the person who owns the risk"})
    owner_organisation = forms.ModelChoiceField(Organisation.objects.all(), required=False,
                                                label="Owner organisation",
                                                help_text="Leave blank for the owner's own organisation")
    body = forms.ModelChoiceField(Body.objects.all(), label="Held by",
                                  error_messages={"required": "Choose the board or group that holds the risk"})
    inherent_likelihood = _scale("Inherent likelihood (with no controls)", LIKELIHOOD_CHOICES, "inherent likelihood")
    inherent_impact = _scale("Inherent impact (with no controls)", IMPACT_CHOICES, "inherent impact")
    controls = forms.CharField(label="Controls in place", required=False,
                               widget=forms.Textarea(attrs={"rows": 4}))
    current_likelihood = _scale("Current likelihood (with the controls in place)", LIKELIHOOD_CHOICES,
                                "current likelihood")
    current_impact = _scale("Current impact (with the controls in place)", IMPACT_CHOICES, "current impact")
    target_likelihood = _scale("Target likelihood (once the further actions are done)", LIKELIHOOD_CHOICES,
                               "target likelihood")
    target_impact = _scale("Target impact (once the further actions are done)", IMPACT_CHOICES, "target impact")
    raised_on = DateField(label="Date raised", latest=clock.today,
                          too_late="The date the risk was raised must be today or in the past")
    review_date = DateField(label="Next review date", what="the date the risk is next reviewed")


class EditRiskForm(RiskForm, VersionedForm):
    note = forms.CharField(label="What changed and why (optional)", required=False, max_length=100,
                           help_text="Kept in the risk's history, for example \"Re-scored after the March audit\"")


class RiskActionForm(PartnershipChoicesMixin, forms.Form):
    text = forms.CharField(label="Action", widget=forms.Textarea(attrs={"rows": 3}),
                           error_messages={"required": "Enter what needs to be done"})
    owner_organisation = forms.ModelChoiceField(Organisation.objects.all(), label="Owner organisation",
                                                error_messages={"required": "Choose the organisation that owns the action"})
    owner = forms.ModelChoiceField(Person.objects.order_by("full_name"), required=False,
                                   label="Owner (person, optional)")
    due_date = DateField(label="Due date")


class CloseRiskForm(VersionedForm):
    closed_on = DateField(label="Date closed")
    reason = forms.CharField(label="Why is the risk being closed?", widget=forms.Textarea(attrs={"rows": 3}),
                             error_messages={"required": "Enter why the risk is being closed"})


class ReopenRiskForm(VersionedForm):
    reason = forms.CharField(label="Why is the risk being reopened? (optional)", required=False, max_length=100)


# --- The assurance programme ---------------------------------------------------------------------------------------

class ActivityForm(PartnershipChoicesMixin, forms.Form):
    title = forms.CharField(max_length=200, help_text="For example \"Neglect multi-agency case audit\"",
                            error_messages={"required": "Enter the title of the activity"})
    kind = forms.ChoiceField(label="Kind of assurance", choices=[("", "Choose")] + Activity.Kind.choices,
                             error_messages={"required": "Choose what kind of assurance this is"})
    year = forms.TypedChoiceField(label="Financial year", coerce=int,
                                  error_messages={"required": "Choose the financial year",
                                                  "invalid_choice": "Choose a financial year from the list"})
    theme = forms.CharField(required=False, max_length=200, help_text="For example neglect, exploitation, the front door")
    scope = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}),
                            help_text="What is looked at, and over which period")
    priorities = forms.ModelMultipleChoiceField(Priority.objects.all(), required=False, widget=forms.CheckboxSelectMultiple,
                                                label="Priorities it gives evidence on")
    owner_body = forms.ModelChoiceField(Body.objects.all(), required=False, label="Subgroup that owns it")
    reporting_body = forms.ModelChoiceField(Body.objects.all(), required=False, label="Board that receives the report",
                                            help_text="The report is booked on this board's forward plan")
    lead = forms.ModelChoiceField(Person.objects.order_by("full_name"), required=False, label="Lead")
    agencies = forms.ModelMultipleChoiceField(Organisation.objects.all(), required=False,
                                              widget=forms.CheckboxSelectMultiple, label="Agencies involved")
    planned_start = DateField(label="Planned start", required=False)
    planned_report = DateField(label="Report due", what="the date the report is due", required=False)
    status = forms.ChoiceField(choices=Activity.Status.choices, widget=forms.RadioSelect, initial=Activity.Status.PLANNED,
                               error_messages={"required": "Choose the status"})
    reported_on = DateField(label="Date reported", what="the date the report was received", required=False,
                            help_text="When the report went to the receiving board", latest=clock.today,
                            too_late="The date reported must be today or in the past")

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, partnership=partnership, **kwargs)
        this_year = financial_year_of(clock.today())
        self.fields["year"].choices = [("", "Choose")] + [(y, financial_year_label(y))
                                                          for y in range(this_year + 1, this_year - 6, -1)]


class EditActivityForm(ActivityForm, VersionedForm):
    pass


class FindingForm(PartnershipChoicesMixin, forms.Form):
    kind = forms.ChoiceField(choices=Finding.Kind.choices, widget=forms.RadioSelect, label="What kind of finding",
                             error_messages={"required": "Choose whether this is a strength or an area for development"})
    text = forms.CharField(label="Finding", widget=forms.Textarea(attrs={"rows": 4}),
                           error_messages={"required": "Enter the finding"})
    area = forms.CharField(required=False, max_length=200, label="Area (optional)",
                           help_text="The key area or domain it is about, for example \"Voice of the child\"")
    organisation = forms.ModelChoiceField(Organisation.objects.all(), required=False, label="Agency (optional)")


class RecommendationForm(PartnershipChoicesMixin, forms.Form):
    text = forms.CharField(label="Recommendation", widget=forms.Textarea(attrs={"rows": 4}),
                           error_messages={"required": "Enter the recommendation"})
    scope = forms.ChoiceField(choices=Recommendation.Scope.choices, widget=forms.RadioSelect,
                              initial=Recommendation.Scope.MULTI_AGENCY, label="Who it is for",
                              error_messages={"required": "Choose whether it is multi-agency or for one agency"})
    organisation = forms.ModelChoiceField(Organisation.objects.all(), required=False, label="Agency",
                                          help_text="For a single-agency recommendation")
    finding = forms.ModelChoiceField(Finding.objects.none(), required=False, label="Finding it answers (optional)")

    def __init__(self, *args, activity, **kwargs):
        super().__init__(*args, partnership=activity.partnership, **kwargs)
        self.fields["finding"].queryset = activity.findings.all()
        self.fields["finding"].label_from_instance = lambda f: shorten(f.text, 80)
