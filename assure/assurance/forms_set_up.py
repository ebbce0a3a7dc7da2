"""Forms of the set-up pages (an activity already on the programme given its kind's details): the kind's own fields
only; the activity's title, year, boards and dates stay as planned. Rules live in services/set_up.py."""
from django import forms

from assure.core.forms import DateField, PartnershipChoicesMixin
from assure.partnerships.models import Organisation

from .forms import lines
from .models import Inspection


def _agencies(label: str) -> forms.ModelMultipleChoiceField:
    return forms.ModelMultipleChoiceField(Organisation.objects.order_by("name"), required=False, label=label,
                                          widget=forms.CheckboxSelectMultiple)


class SetUpCaseAuditForm(PartnershipChoicesMixin, forms.Form):
    period_start = DateField(label="Start of the audit period")
    period_end = DateField(label="End of the audit period")
    domains = forms.CharField(label="Domains to be judged", widget=forms.Textarea(attrs={"rows": 8}),
                              help_text="One a line, in the order the returns grade them",
                              error_messages={"required": "Enter the domains to be judged, one a line"})
    agencies = _agencies("Agencies asked to take part")
    moderation_on = DateField(label="Moderation meeting (optional)", required=False,
                              what="the date of the moderation meeting")
    reaudit_on = DateField(label="Re-audit date (optional)", required=False, what="the re-audit date")

    def clean_domains(self):
        return lines(self.cleaned_data["domains"])


class SetUpThematicReviewForm(PartnershipChoicesMixin, forms.Form):
    key_areas = forms.CharField(label="Key areas", widget=forms.Textarea(attrs={"rows": 8}),
                                help_text="One a line, in order",
                                error_messages={"required": "Enter the key areas, one a line"})
    agencies = _agencies("Agencies asked to self-evaluate")

    def clean_key_areas(self):
        return lines(self.cleaned_data["key_areas"])


class SetUpInspectionForm(forms.Form):
    inspection_type = forms.ChoiceField(label="Type of inspection", choices=Inspection.Type.choices,
                                        widget=forms.RadioSelect,
                                        error_messages={"required": "Choose the type of inspection"})
    theme = forms.CharField(label="Theme (for a joint targeted area inspection)", required=False, max_length=200,
                            help_text="For example children affected by domestic abuse")
    start_date = DateField(label="First day (optional if not yet known)", what="the first day of the inspection",
                           required=False)
    end_date = DateField(label="Last day (optional)", what="the last day of the inspection", required=False)
