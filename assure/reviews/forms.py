"""Forms bind and check the shape of input; the rules live in the services."""
from django import forms

from assure.core import clock
from assure.core.forms import DateField, PartnershipChoicesMixin, VersionedForm
from assure.partnerships.models import Organisation, Person

from .models import (
    BreachReason,
    ClockSettings,
    ProgressUpdate,
    Publication,
    RapidReview,
    Recommendation,
    Review,
    Subject,
)


class ClockSettingsForm(VersionedForm):
    notification_working_days = forms.IntegerField(min_value=1, max_value=60)
    rapid_review_working_days = forms.IntegerField(min_value=1, max_value=120)
    publication_months = forms.IntegerField(min_value=1, max_value=36)
    publication_notice_working_days = forms.IntegerField(min_value=1, max_value=60)
    sar_target_months = forms.IntegerField(min_value=1, max_value=36)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name != "version":
                field.label = ClockSettings._meta.get_field(name).verbose_name
                what = f"{field.label[:1].lower()}{field.label[1:]}"
                field.error_messages.update({
                    "required": f"Enter the number for {what}",
                    "invalid": f"The number for {what} must be a whole number",
                    "min_value": f"The number for {what} must be {field.min_value} or more",
                    "max_value": f"The number for {what} must be {field.max_value} or fewer",
                })


class CaseForm(PartnershipChoicesMixin, forms.Form):
    pseudonym = forms.CharField(max_length=200, required=False,
                                help_text='For example "Child T" or "Mr K". Never a real name: this record holds '
                                          "no identifying details.")
    subject = forms.ChoiceField(label="The case concerns", choices=Subject.choices, widget=forms.RadioSelect,
                                error_messages={"required": "Choose whether the case concerns a child, an adult, or both"})
    date_aware = DateField(label="Date the partnership became aware")
    referring_agency = forms.ModelChoiceField(Organisation.objects.all(), required=False)
    criteria_considered = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False)


class NewCaseForm(CaseForm):
    date_notified = DateField(label="Date notified to the National Panel (children only)", required=False,
                              what="the date notified to the National Panel")
    late_reason = forms.CharField(label="If notified late, why", required=False,
                                  widget=forms.Textarea(attrs={"rows": 2}))


class EditCaseForm(CaseForm, VersionedForm):
    pass


class NotificationForm(VersionedForm):
    date_notified = DateField(label="Date notified to the National Panel")
    late_reason = forms.CharField(label="If notified late, why", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class BreachReasonForm(forms.Form):
    clock = forms.ChoiceField(choices=BreachReason.Clock.choices,
                              error_messages={"required": "Choose the clock that was missed"})
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)


class RapidReviewForm(VersionedForm):
    held_on = DateField(label="Date held")
    decision = forms.ChoiceField(choices=[("", "Not yet agreed")] + RapidReview.Decision.choices, required=False)
    other_process = forms.CharField(max_length=200, required=False, label="Process referred to (if another process)")
    reasons = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False)
    decision_agreed_on = DateField(label="Date the decision was agreed by the partners", required=False)
    late_reason = forms.CharField(label="If held late, why", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class InformationRequestForm(PartnershipChoicesMixin, forms.Form):
    organisation = forms.ModelChoiceField(Organisation.objects.all(), label="Agency",
                                          error_messages={"required": "Choose the agency asked for information"})
    requested_on = DateField(label="Date requested")
    due_on = DateField(label="Return due by", what="the date the return is due", required=False)
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)


class InformationReturnForm(forms.Form):
    returned_on = DateField(label="Date returned")
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)


class StartReviewForm(PartnershipChoicesMixin, forms.Form):
    kind = forms.ChoiceField(label="Type of review", choices=Review.Kind.choices,
                             error_messages={"required": "Choose the type of review"})
    independent_reviewer = forms.ModelChoiceField(Person.objects.all(), required=False,
                                                  help_text="Add an external reviewer as a person first")
    terms_of_reference = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False)
    key_lines_of_enquiry = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False)


class EditReviewForm(PartnershipChoicesMixin, VersionedForm):
    independent_reviewer = forms.ModelChoiceField(Person.objects.all(), required=False)
    terms_of_reference = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False)
    key_lines_of_enquiry = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False)
    findings = forms.CharField(widget=forms.Textarea(attrs={"rows": 6}), required=False)
    publication_planned_on = DateField(label="Planned publication date", required=False)


class StageForm(VersionedForm):
    stage = forms.ChoiceField(choices=Review.Stage.choices, error_messages={"required": "Choose the review's stage"})


class DeferralForm(VersionedForm):
    deferred = forms.BooleanField(label="Publication is deferred", required=False)
    reason = forms.ChoiceField(choices=[("", "–")] + Review.DeferralReason.choices, required=False)
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)
    review_on = DateField(label="Date to review the deferral", required=False)


class PanelMemberForm(PartnershipChoicesMixin, forms.Form):
    person = forms.ModelChoiceField(Person.objects.all(), error_messages={"required": "Choose a person"})


class NoticeForm(VersionedForm):
    sent_on = DateField(label="Date the notice was sent")
    late_reason = forms.CharField(label="If sent late, why", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class RecommendationForm(PartnershipChoicesMixin, forms.Form):
    text = forms.CharField(label="Recommendation", widget=forms.Textarea(attrs={"rows": 4}), required=False)
    scope = forms.ChoiceField(choices=Recommendation.Scope.choices, widget=forms.RadioSelect,
                              error_messages={"required": "Choose whether the recommendation is multi-agency or "
                                                          "single-agency"})
    lead_organisation = forms.ModelChoiceField(Organisation.objects.all(), required=False)


class EditRecommendationForm(RecommendationForm, VersionedForm):
    pass


class DeleteRecommendationForm(VersionedForm):
    # The open actions the person saw on the confirmation page; a different set on saving is a conflict.
    actions = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean_actions(self):
        try:
            return {int(pk) for pk in self.cleaned_data["actions"].split(",") if pk.strip()}
        except ValueError:
            raise forms.ValidationError("Reload the page and confirm again.") from None


class RecommendationDecisionForm(VersionedForm):
    decision = forms.ChoiceField(
        label="The partnership's decision", widget=forms.RadioSelect,
        choices=[(Recommendation.Decision.ACCEPTED, "Accepted: it will be implemented"),
                 (Recommendation.Decision.NOT_ACCEPTED, "Not accepted: it will not be implemented")],
        error_messages={"required": "Choose whether the partnership accepted the recommendation"})
    reason = forms.CharField(label="Reason for the decision", required=False, widget=forms.Textarea(attrs={"rows": 4}),
                             help_text="Required when not accepted: the yearly report gives it")
    decided_on = DateField(label="Date decided", what="the date the partnership decided", latest=clock.today)


class ConfirmForm(forms.Form):
    """A confirmation page's form: nothing to fill in, but somewhere for a refusal to be shown."""


class RecommendationActionForm(PartnershipChoicesMixin, forms.Form):
    text = forms.CharField(label="Action", widget=forms.Textarea(attrs={"rows": 3}), required=False)
    owner_organisation = forms.ModelChoiceField(Organisation.objects.all(), label="Owner organisation",
                                                error_messages={"required": "Choose the organisation that owns the action"})
    owner = forms.ModelChoiceField(Person.objects.all(), required=False, label="Owner (person, optional)")
    due_date = DateField(label="Due date")
    rag = forms.ChoiceField(label="RAG status", choices=[("", "–")] + ProgressUpdate.Rag.choices, required=False)


class ProgressUpdateForm(forms.Form):
    quarter_ending = DateField(label="Quarter", what="a date in the quarter",
                               help_text="Any date in the quarter reported on, for example, 27 3 2026")
    rag = forms.ChoiceField(label="RAG status", choices=ProgressUpdate.Rag.choices, widget=forms.RadioSelect,
                            error_messages={"required": "Choose a RAG status"})
    text = forms.CharField(label="Progress", widget=forms.Textarea(attrs={"rows": 4}), required=False)


class PublicationForm(forms.Form):
    kind = forms.ChoiceField(label="Type of document", choices=Publication.Kind.choices,
                             error_messages={"required": "Choose the type of document"})
    title = forms.CharField(max_length=200, error_messages={"required": "Enter the document's title"})
    file = forms.FileField(help_text="A .docx, .pdf or .txt file", error_messages={"required": "Choose the file to upload"})
    planned_publication_on = DateField(
        label="Planned publication date", required=False,
        help_text="The review's one date, shared by the report and its briefings; the notice clock counts back from it")


class HitDecisionForm(forms.Form):
    outcome = forms.ChoiceField(choices=[("cleared", "Cleared: does not identify anyone"),
                                         ("justified", "Justified: keep it, for the reason given")],
                                widget=forms.RadioSelect,
                                error_messages={"required": "Choose whether the hit is cleared or justified"})
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}),
                           help_text="Required when justified")


class PublishForm(VersionedForm):
    published_on = DateField(label="Date published")
    late_reason = forms.CharField(label="If published late, why", required=False,
                                  widget=forms.Textarea(attrs={"rows": 2}))
