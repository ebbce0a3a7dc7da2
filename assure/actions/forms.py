from django import forms

from assure.core.forms import DateField, VersionedForm
from assure.partnerships.models import Organisation, Person

from . import services
from .models import Action


class UpdateForm(VersionedForm):
    """An owner's progress note, optionally moving the action to a new status."""

    text = forms.CharField(label="Update", required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 3}),
                           help_text="What has been done, or what is stopping it")
    status = forms.ChoiceField(label="Status", error_messages={"required": "Choose the action's status",
                                                               "invalid_choice": "Choose a status from the list."})
    next = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, status_choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = status_choices

    def clean_next(self):
        return "mine" if self.cleaned_data.get("next") == "mine" else ""


class CompleteForm(VersionedForm):
    """Marking an action complete, with an optional note on what was done (its evidence of impact)."""

    note = forms.CharField(
        label="What was done (optional)", required=False, max_length=services.NOTE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="The difference it made, for the action's evidence of impact. Kept in its history.",
        error_messages={"max_length": f"Say what was done in {services.NOTE_LIMIT:,} characters or fewer."})
    next = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean_next(self):
        return "mine" if self.cleaned_data.get("next") == "mine" else ""


class EditForm(VersionedForm):
    """Everything the business team may change about an action."""

    text = forms.CharField(label="Action", max_length=5000, widget=forms.Textarea(attrs={"rows": 3}),
                           error_messages={"required": "Enter what needs to be done."})
    people = forms.ModelMultipleChoiceField(
        queryset=Person.objects.none(), required=False, widget=forms.CheckboxSelectMultiple, label="Owners",
        error_messages={"invalid_choice": "Choose owners from the list.", "invalid_pk_value": "Choose owners from the list."},
    )
    groups = forms.CharField(label="Group owners", required=False, max_length=500,
                             help_text="Named groups, separated by commas, for example: Business team, All members")
    owner_organisation = forms.ModelChoiceField(queryset=Organisation.objects.none(), required=False,
                                                label="Owner organisation", empty_label="None",
                                                error_messages={"invalid_choice": "Choose an organisation from the list."})
    due_date = DateField(label="Due date", required=False,
                         help_text="For example, 27 3 2026. Leave empty if it is due at the next meeting, or has no date")
    due_at_next_meeting = forms.BooleanField(label="Due at the next meeting", required=False)
    status = forms.ChoiceField(choices=Action.Status.choices,
                               error_messages={"required": "Choose the action's status",
                                               "invalid_choice": "Choose a status from the list."})
    rag = forms.ChoiceField(label="RAG status", required=False, choices=[("", "Not rated"), *Action.Rag.choices],
                            error_messages={"invalid_choice": "Choose a RAG status from the list."})
    evidence_of_impact = forms.CharField(label="Evidence of impact", required=False, max_length=10000,
                                         widget=forms.Textarea(attrs={"rows": 3}))
    note = forms.CharField(label="Reason for the change", required=False, max_length=100,
                           help_text="Optional: kept in the change history")

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["people"].queryset = Person.objects.filter(partnership=partnership).order_by("full_name")
        self.fields["owner_organisation"].queryset = Organisation.objects.filter(partnership=partnership)

    @staticmethod
    def initial_for(action: Action) -> dict:
        owners = list(action.owners.all())
        return {
            "text": action.text, "people": [o.person_id for o in owners if o.person_id],
            "groups": ", ".join(o.group_name for o in owners if not o.person_id),
            "owner_organisation": action.owner_organisation_id, "due_date": action.due_date,
            "due_at_next_meeting": action.due_at_next_meeting, "status": action.status, "rag": action.rag,
            "evidence_of_impact": action.evidence_of_impact, "version": action.version,
        }

    def clean(self):
        data = super().clean()
        if data.get("due_date") and data.get("due_at_next_meeting"):
            raise forms.ValidationError("Give a due date or tick 'Due at the next meeting', not both.")
        return data

    def group_names(self) -> list[str]:
        return [g.strip() for g in self.cleaned_data.get("groups", "").split(",") if g.strip()]
