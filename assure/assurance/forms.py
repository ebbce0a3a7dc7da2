"""Forms bind and check the shape of input; the rules (scores, dates, whose records) live in the services."""
from django import forms

from assure.core import clock
from assure.core.forms import DateField, VersionedForm
from assure.partnerships.models import Body, Organisation, Person

from .models import IMPACT_CHOICES, LIKELIHOOD_CHOICES, Risk


class PartnershipChoicesMixin:
    """Person, organisation and body choices limited to the partnership, so another's cannot be chosen."""

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
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
