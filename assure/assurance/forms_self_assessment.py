"""Forms of the self-assessment pages: shapes only; the rules (every standard rated, contacts of the organisation,
dates in order) live in services/self_assessment.py."""
from django import forms

from assure.core import clock
from assure.core.forms import DateField, PartnershipChoicesMixin, VersionedForm
from assure.partnerships.models import Body, Organisation, Person

from .models import FollowUp, Framework, Rating

EXTRA_STANDARD_ROWS = 3


class RoundForm(PartnershipChoicesMixin, forms.Form):
    title = forms.CharField(max_length=200, help_text="For example \"Section 175/157 schools audit 2025/26\"",
                            error_messages={"required": "Enter the title of the round"})
    framework = forms.ChoiceField(choices=Framework.choices, widget=forms.RadioSelect,
                                  error_messages={"required": "Choose section 11 or section 175/157"})
    year = forms.IntegerField(label="Financial year it belongs to", min_value=2000, max_value=2100,
                              help_text="The first year: 2025 for 2025/26",
                              error_messages={"required": "Enter the financial year, for example 2025 for 2025/26",
                                              "invalid": "Enter the financial year as a number, for example 2025",
                                              "min_value": "Enter a year from 2000 to 2100",
                                              "max_value": "Enter a year from 2000 to 2100"})
    deadline = DateField(label="Deadline for returns")
    organisations = forms.ModelMultipleChoiceField(
        Organisation.objects.order_by("kind", "name"), label="Organisations or schools asked for a return",
        widget=forms.CheckboxSelectMultiple, help_text="Each gets a return, filled in by its nominated contact",
        error_messages={"required": "Choose the organisations or schools asked for a return"})
    owner_body = forms.ModelChoiceField(Body.objects.all(), required=False, label="Subgroup that runs it (optional)")
    reporting_body = forms.ModelChoiceField(Body.objects.all(), required=False,
                                            label="Board that receives the report (optional)")
    lead = forms.ModelChoiceField(Person.objects.order_by("full_name"), required=False, label="Lead (optional)")
    planned_start = DateField(label="Start (optional)", required=False, what="the start")
    planned_report = DateField(label="Report due (optional)", required=False, what="the date the report is due")


class StartRoundForm(PartnershipChoicesMixin, forms.Form):
    """The round of a self-assessment already on the programme."""
    framework = forms.ChoiceField(choices=Framework.choices, widget=forms.RadioSelect,
                                  error_messages={"required": "Choose section 11 or section 175/157"})
    deadline = DateField(label="Deadline for returns")
    organisations = forms.ModelMultipleChoiceField(
        Organisation.objects.order_by("kind", "name"), label="Organisations or schools asked for a return",
        widget=forms.CheckboxSelectMultiple, help_text="Each gets a return, filled in by its nominated contact",
        error_messages={"required": "Choose the organisations or schools asked for a return"})


class DeadlineForm(VersionedForm):
    deadline = DateField(label="Deadline for returns")


class AskOrganisationsForm(forms.Form):
    organisations = forms.ModelMultipleChoiceField(
        Organisation.objects.none(), label="Organisations or schools to add", widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose the organisations or schools to add"})

    def __init__(self, *args, self_assessment=None, **kwargs):
        super().__init__(*args, **kwargs)
        if self_assessment is not None:
            self.fields["organisations"].queryset = (
                Organisation.objects.filter(partnership=self_assessment.activity.partnership)
                .exclude(self_assessment_returns__round=self_assessment).order_by("kind", "name"))


class TemplateForm(forms.Form):
    """The template's standards, one group of boxes each, in order; three empty groups to add more. A standard
    whose boxes are all emptied is removed."""

    def __init__(self, *args, standards=(), **kwargs):
        super().__init__(*args, **kwargs)
        for index in range(1, len(standards) + EXTRA_STANDARD_ROWS + 1):
            standard = standards[index - 1] if index <= len(standards) else {}
            self.fields[f"number_{index}"] = forms.CharField(
                label=f"Standard {index}: number", required=False, max_length=10, initial=standard.get("number"))
            self.fields[f"title_{index}"] = forms.CharField(
                label=f"Standard {index}: title", required=False, max_length=200, initial=standard.get("title"))
            self.fields[f"guidance_{index}"] = forms.CharField(
                label=f"Standard {index}: guidance (optional)", required=False, initial=standard.get("guidance"),
                widget=forms.Textarea(attrs={"rows": 2}))
        self.rows = len(standards) + EXTRA_STANDARD_ROWS

    def standards(self) -> list[dict]:
        data = self.cleaned_data
        return [{"number": data.get(f"number_{i}", ""), "title": data.get(f"title_{i}", ""),
                 "guidance": data.get(f"guidance_{i}", "")} for i in range(1, self.rows + 1)]


class ReturnForm(VersionedForm):
    """One page: each standard a red / amber / green choice and its evidence."""

    def __init__(self, *args, standards=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.standards = list(standards)
        for standard in self.standards:
            self.fields[f"rating_{standard.pk}"] = forms.ChoiceField(
                label=f"{standard.number}. {standard.title}", choices=Rating.choices, widget=forms.RadioSelect,
                help_text=standard.guidance,
                error_messages={"required": f"Choose red, amber or green for standard {standard.number}",
                                "invalid_choice": f"The rating for standard {standard.number} must be red, amber "
                                                  "or green"})
            self.fields[f"evidence_{standard.pk}"] = forms.CharField(
                label=f"Evidence for standard {standard.number} (optional)", required=False,
                widget=forms.Textarea(attrs={"rows": 3}))

    def ratings(self) -> dict:
        data = self.cleaned_data
        return {s.pk: (data.get(f"rating_{s.pk}", ""), data.get(f"evidence_{s.pk}", "")) for s in self.standards}

    @staticmethod
    def initial_for(organisation_return) -> dict:
        initial = VersionedForm.version_of(organisation_return)
        for rating in organisation_return.ratings.all():
            initial[f"rating_{rating.standard_id}"] = rating.rating
            initial[f"evidence_{rating.standard_id}"] = rating.evidence
        return initial


class ContactForm(VersionedForm):
    contact = forms.ModelChoiceField(Person.objects.none(), label="Nominated contact",
                                     help_text="They fill in the return, and are on the chase list while it is "
                                               "outstanding",
                                     error_messages={"required": "Choose the nominated contact"})

    def __init__(self, *args, organisation=None, **kwargs):
        super().__init__(*args, **kwargs)
        if organisation is not None:
            self.fields["contact"].queryset = organisation.people.order_by("full_name")


class FollowUpForm(forms.Form):
    kind = forms.ChoiceField(label="What was it?", choices=FollowUp.Kind.choices, widget=forms.RadioSelect,
                             error_messages={"required": "Choose a follow-up visit or a challenge session"})
    held_on = DateField(label="Date it took place", latest=clock.today,
                        too_late="The date it took place must be today or in the past")
    attendees = forms.CharField(label="Who took part", max_length=300,
                                error_messages={"required": "Enter who took part"})
    notes = forms.CharField(label="Notes (optional)", required=False, widget=forms.Textarea(attrs={"rows": 5}))


class PlanRecommendationForm(forms.Form):
    text = forms.CharField(label="Recommendation", widget=forms.Textarea(attrs={"rows": 3}),
                           error_messages={"required": "Enter the recommendation"})


class PlanActionForm(PartnershipChoicesMixin, forms.Form):
    text = forms.CharField(label="Action", widget=forms.Textarea(attrs={"rows": 3}),
                           error_messages={"required": "Enter what needs to be done"})
    owner = forms.ModelChoiceField(Person.objects.order_by("full_name"), required=False,
                                   label="Owner (person, optional)")
    due_date = DateField(label="Due date")


class ImportForm(forms.Form):
    # Empty files pass here so the reader's own reason ("The file is empty") is the one shown.
    file = forms.FileField(label="Survey export", allow_empty_file=True,
                           help_text="A CSV (.csv) or Excel (.xlsx) file: one row per school or organisation, a column "
                                     "naming it, and a column per standard headed with its number or title",
                           error_messages={"required": "Choose the survey export to upload"})
