"""Forms bind and check the shape of input; the rules (scores, dates, whose records) live in the services."""
from django import forms

from assure.core import clock
from assure.core.dates import financial_year_label, financial_year_of
from assure.core.forms import DateField, PartnershipChoicesMixin, VersionedForm
from assure.core.text import shorten
from assure.partnerships.models import Body, Organisation, Person, Priority

from .models import (
    IMPACT_CHOICES,
    LIKELIHOOD_CHOICES,
    Activity,
    AuditCase,
    Complaint,
    Escalation,
    EscalationStage,
    Finding,
    Inspection,
    Recommendation,
    Risk,
)


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

    def __init__(self, *args, partnership, areas=(), **kwargs):
        super().__init__(*args, partnership=partnership, **kwargs)
        if areas:   # an audit's domains or a review's key areas: chosen from them, so findings line up by area
            self.fields["area"] = forms.ChoiceField(
                required=False, label="Domain or key area (optional)",
                choices=[("", "Not about one area")] + [(area, area) for area in areas])


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


class EditFindingForm(FindingForm, VersionedForm):
    pass


class EditRecommendationForm(RecommendationForm, VersionedForm):
    pass


# The shared action log's fields, for a risk's further action, a recommendation's action or a preparation task.
FollowUpActionForm = RiskActionForm


def _optional_date(label: str, what: str | None = None) -> DateField:
    return DateField(label=f"{label} (optional)", what=what, required=False, latest=clock.today,
                     too_late=f"The {(what or label).lower().removeprefix('the ')} must be today or in the past")


# --- inspections

class InspectionForm(PartnershipChoicesMixin, forms.Form):
    inspection_type = forms.ChoiceField(label="Type of inspection", choices=Inspection.Type.choices,
                                        widget=forms.RadioSelect,
                                        error_messages={"required": "Choose the type of inspection"})
    theme = forms.CharField(label="Theme (for a joint targeted area inspection)", required=False, max_length=200,
                            help_text="For example children affected by domestic abuse")
    title = forms.CharField(label="Title (optional)", required=False, max_length=200,
                            help_text="Leave blank to use the type and month, for example \"Ofsted ILACS March 2026\"")
    status = forms.ChoiceField(choices=Activity.Status.choices, widget=forms.RadioSelect,
                               help_text="An inspection expected but not yet held is planned",
                               error_messages={"required": "Choose the status of the inspection"})
    start_date = DateField(label="First day (optional if not yet known)", what="the first day of the inspection",
                           required=False)
    end_date = DateField(label="Last day (optional)", what="the last day of the inspection", required=False)
    agencies = forms.ModelMultipleChoiceField(Organisation.objects.order_by("name"), required=False,
                                              label="Agencies inspected", widget=forms.CheckboxSelectMultiple)
    reporting_body = forms.ModelChoiceField(Body.objects.order_by("name"), required=False,
                                            label="Board that receives the report (optional)")
    owner_body = forms.ModelChoiceField(Body.objects.order_by("name"), required=False,
                                        label="Subgroup that leads the response (optional)")
    lead = forms.ModelChoiceField(Person.objects.order_by("full_name"), required=False, label="Lead (optional)")
    planned_report = DateField(label="Report expected at the board (optional)", required=False,
                               what="the date the report is expected")
    reported_on = _optional_date("Date the report was published", "the date the report was published")
    scope = forms.CharField(label="Notes (optional)", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class EditInspectionForm(InspectionForm, VersionedForm):
    pass


class JudgementForm(forms.Form):
    area = forms.CharField(max_length=200, help_text="For example overall effectiveness",
                           error_messages={"required": "Enter the area judged"})
    judgement = forms.CharField(max_length=100, help_text="As the inspectors wrote it, for example Good",
                                error_messages={"required": "Enter the judgement"})
    summary = forms.CharField(label="What the inspectors said (optional)", required=False,
                              widget=forms.Textarea(attrs={"rows": 3}))


class ReportForm(forms.Form):
    file = forms.FileField(label="Published report", help_text="A PDF, Word (.docx), OpenDocument or text file",
                           error_messages={"required": "Choose the report to upload",
                                           "empty": "The file is empty: choose the report"})


# --- escalations

class EscalationForm(PartnershipChoicesMixin, forms.Form):
    kind = forms.ChoiceField(label="What is it?", choices=Escalation.Kind.choices, widget=forms.RadioSelect,
                             error_messages={"required": "Choose whether it is an escalation or a disagreement"})
    raised_on = DateField(label="Date raised", latest=clock.today, too_late="The date raised must be today or in the past")
    raised_by_organisation = forms.ModelChoiceField(
        Organisation.objects.order_by("name"), label="Raised by (organisation)",
        error_messages={"required": "Choose the organisation that raised it"})
    raised_by_role = forms.CharField(label="Raised by (role)", max_length=120,
                                     help_text="A role, never a name: for example designated safeguarding lead",
                                     error_messages={"required": "Enter the role of the person who raised it"})
    about_organisation = forms.ModelChoiceField(Organisation.objects.order_by("name"), label="About (agency)",
                                                error_messages={"required": "Choose the agency it is about"})
    case_reference = forms.CharField(label="Case reference (optional)", required=False, max_length=60,
                                     help_text="A pseudonym such as Child T, never a name")
    summary = forms.CharField(label="What it is about", widget=forms.Textarea(attrs={"rows": 4}),
                              help_text="Describe people by their role and a child by the case reference",
                              error_messages={"required": "Enter what the escalation is about"})
    learning_theme = forms.CharField(label="Learning theme (optional)", required=False, max_length=100,
                                     help_text="For example thresholds, information sharing, strategy discussions")


class NewEscalationForm(EscalationForm):
    stage = forms.ModelChoiceField(EscalationStage.objects.order_by("number"), label="Stage it starts at",
                                   empty_label=None, error_messages={"required": "Choose the stage it starts at"})


class EditEscalationForm(EscalationForm, VersionedForm):
    pass


class EscalateForm(PartnershipChoicesMixin, VersionedForm):
    stage = forms.ModelChoiceField(EscalationStage.objects.order_by("number"), label="Stage it moved to",
                                   error_messages={"required": "Choose the stage it moved to"})
    moved_on = DateField(label="Date it moved on", latest=clock.today,
                         too_late="The date it moved on must be today or in the past")
    note = forms.CharField(label="Why (optional)", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class ResolveEscalationForm(VersionedForm):
    resolved_on = DateField(label="Date resolved", latest=clock.today,
                            too_late="The date resolved must be today or in the past")
    outcome = forms.ChoiceField(choices=Escalation.Outcome.choices, widget=forms.RadioSelect,
                                error_messages={"required": "Choose the outcome"})
    outcome_summary = forms.CharField(label="What was decided (optional)", required=False,
                                      widget=forms.Textarea(attrs={"rows": 3}))
    learning_theme = forms.CharField(label="Learning theme (optional)", required=False, max_length=100)


class StageForm(forms.Form):
    name = forms.CharField(max_length=120, help_text="For example manager to manager",
                           error_messages={"required": "Enter the name of the stage"})
    working_days = forms.IntegerField(label="Working days it may take", min_value=1, max_value=60,
                                      error_messages={"required": "Enter the working days the stage may take",
                                                      "invalid": "Enter the working days as a whole number"})


class EditStageForm(StageForm, VersionedForm):
    pass


# --- complaints

class ComplaintForm(PartnershipChoicesMixin, forms.Form):
    received_on = DateField(label="Date received", latest=clock.today,
                            too_late="The date received must be today or in the past")
    complainant = forms.ChoiceField(label="Who is it from?", choices=Complaint.Complainant.choices,
                                    widget=forms.RadioSelect, error_messages={"required": "Choose who it is from"})
    summary = forms.CharField(label="What the complaint is about", widget=forms.Textarea(attrs={"rows": 4}),
                              help_text="Never a child's name: use a pseudonym such as Child T",
                              error_messages={"required": "Enter what the complaint is about"})
    handled_by = forms.ModelChoiceField(Person.objects.order_by("full_name"), required=False,
                                        label="Handled by (optional)")
    acknowledged_on = _optional_date("Date acknowledged", "the date acknowledged")


class EditComplaintForm(ComplaintForm, VersionedForm):
    responded_on = _optional_date("Date of the response", "the date of the response")
    outcome = forms.ChoiceField(choices=[("", "Not yet decided")] + Complaint.Outcome.choices, required=False,
                                label="Outcome (once responded)")
    outcome_summary = forms.CharField(label="What was decided and learnt (optional)", required=False,
                                      widget=forms.Textarea(attrs={"rows": 3}))


class AcknowledgeForm(VersionedForm):
    acknowledged_on = DateField(label="Date acknowledged", latest=clock.today,
                                too_late="The date acknowledged must be today or in the past")


class RespondForm(VersionedForm):
    responded_on = DateField(label="Date of the response", latest=clock.today,
                             too_late="The date of the response must be today or in the past")
    outcome = forms.ChoiceField(choices=Complaint.Outcome.choices, widget=forms.RadioSelect,
                                error_messages={"required": "Choose the outcome"})
    outcome_summary = forms.CharField(label="What was decided and learnt (optional)", required=False,
                                      widget=forms.Textarea(attrs={"rows": 3}))


class TimescalesForm(VersionedForm):
    acknowledge_working_days = forms.IntegerField(
        label="Acknowledge within (working days)", min_value=1, max_value=60,
        error_messages={"required": "Enter the working days to acknowledge within",
                        "invalid": "Enter the working days as a whole number"})
    respond_working_days = forms.IntegerField(
        label="Respond within (working days)", min_value=1, max_value=60,
        error_messages={"required": "Enter the working days to respond within",
                        "invalid": "Enter the working days as a whole number"})


# --- case audits and thematic reviews

def lines(text: str) -> list[str]:
    """A textarea of one name a line (domains, key areas, grades) as a list; the service tidies and checks it."""
    return (text or "").splitlines()


def _optional_body(label: str) -> forms.ModelChoiceField:
    return forms.ModelChoiceField(Body.objects.all(), required=False, label=label, empty_label="None chosen")


class ActivityFieldsForm(PartnershipChoicesMixin, forms.Form):
    """What every audit and review shares with the programme's Activity."""

    title = forms.CharField(max_length=200, error_messages={"required": "Enter the title"})
    theme = forms.CharField(max_length=200, required=False, help_text="For example neglect, exploitation")
    scope = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    year = forms.TypedChoiceField(label="Programme year", coerce=int, choices=[],
                                  error_messages={"required": "Choose the programme year",
                                                  "invalid_choice": "Choose a programme year from the list"})
    agencies = forms.ModelMultipleChoiceField(
        Organisation.objects.order_by("name"), required=False, widget=forms.CheckboxSelectMultiple,
        label="Agencies asked to take part")
    owner_body = _optional_body("Subgroup that owns it (optional)")
    reporting_body = _optional_body("Board that receives the report (optional)")
    lead = forms.ModelChoiceField(Person.objects.order_by("full_name"), required=False, label="Lead (optional)")
    planned_report = DateField(label="Report date (optional)", required=False,
                               what="the date of the report to the board")
    status = forms.ChoiceField(choices=Activity.Status.choices, widget=forms.RadioSelect,
                               error_messages={"required": "Choose the status"})
    reported_on = DateField(label="Date the report was received (optional)", required=False,
                            what="the date the report was received")

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, partnership=partnership, **kwargs)
        this_year = financial_year_of(clock.today())
        self.fields["year"].choices = [("", "Choose")] + [(y, financial_year_label(y))
                                                          for y in range(this_year + 1, this_year - 6, -1)]


class CaseAuditForm(ActivityFieldsForm):
    kind = forms.ChoiceField(label="Kind of audit", widget=forms.RadioSelect,
                             choices=[(Activity.Kind.CASE_AUDIT.value, Activity.Kind.CASE_AUDIT.label),
                                      (Activity.Kind.SINGLE_AGENCY_AUDIT.value,
                                       "Single-agency audit, reported to the partnership")],
                             error_messages={"required": "Choose whether the audit is multi-agency or single-agency"})
    period_start = DateField(label="Start of the audit period")
    period_end = DateField(label="End of the audit period")
    domains = forms.CharField(label="Domains to be judged", widget=forms.Textarea(attrs={"rows": 8}),
                              help_text="One a line, in the order the returns grade them",
                              error_messages={"required": "Enter the domains to be judged, one a line"})
    moderation_on = DateField(label="Moderation meeting (optional)", required=False,
                              what="the date of the moderation meeting")
    reaudit_on = DateField(label="Re-audit date (optional)", required=False, what="the re-audit date")
    field_order = ["kind", "title", "theme", "scope", "year", "period_start", "period_end", "domains", "agencies",
                   "owner_body", "reporting_body", "lead", "moderation_on", "planned_report", "status", "reported_on",
                   "reaudit_on"]

    def clean_domains(self):
        return lines(self.cleaned_data["domains"])


class EditCaseAuditForm(CaseAuditForm, VersionedForm):
    pass


class ThematicReviewForm(ActivityFieldsForm):
    key_areas = forms.CharField(label="Key areas", widget=forms.Textarea(attrs={"rows": 8}),
                                help_text="One a line, in order",
                                error_messages={"required": "Enter the key areas, one a line"})
    planned_start = DateField(label="Start date (optional)", required=False, what="the start date")
    field_order = ["title", "theme", "scope", "year", "key_areas", "agencies", "owner_body", "reporting_body", "lead",
                   "planned_start", "planned_report", "status", "reported_on"]

    def clean_key_areas(self):
        return lines(self.cleaned_data["key_areas"])


class EditThematicReviewForm(ThematicReviewForm, VersionedForm):
    pass


class SampleCaseForm(forms.Form):
    reference = forms.CharField(label="Case reference", max_length=200,
                                help_text='A pseudonym such as "Child A" or "Mr K", never a name',
                                error_messages={"required": 'Enter the case reference, such as "Child A"'})


def _grade_choices(scale: list[str], blank: str) -> list:
    return [("", blank)] + [(grade, grade) for grade in scale]


class AgencyReturnForm(forms.Form):
    """One agency's return on one case; a grade field per domain of the audit (`grade_0`, `grade_1`, ...)."""

    case = forms.ModelChoiceField(AuditCase.objects.none(), label="Case",
                                  error_messages={"required": "Choose the case the return is about"})
    organisation = forms.ModelChoiceField(Organisation.objects.none(), label="Agency",
                                          error_messages={"required": "Choose the agency that made the return"})
    returned_on = DateField(label="Date returned", latest=clock.today,
                            too_late="The date returned must be today or in the past")
    good_practice = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    areas_for_development = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, partnership, audit=None, scale=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.domains = list(audit.domains) if audit else []
        if audit is not None:
            self.fields["case"].queryset = audit.cases.all()
            self.fields["organisation"].queryset = audit.activity.agencies.filter(partnership=partnership)
        for index, domain in enumerate(self.domains):
            self.fields[f"grade_{index}"] = forms.ChoiceField(
                label=domain, required=False, choices=_grade_choices(list(scale), "Not graded"),
                error_messages={"invalid_choice": f"Choose the grade for {domain} from the partnership's scale"})
        self.order_fields(["case", "organisation", "returned_on",
                           *[f"grade_{i}" for i in range(len(self.domains))]])

    def grades(self) -> dict:
        return {domain: self.cleaned_data.get(f"grade_{index}", "") for index, domain in enumerate(self.domains)}


class SelfEvaluationForm(forms.Form):
    organisation = forms.ModelChoiceField(Organisation.objects.none(), label="Agency",
                                          error_messages={"required": "Choose the agency"})
    area = forms.ChoiceField(label="Key area", choices=[], error_messages={
        "required": "Choose the key area", "invalid_choice": "Choose one of this review's key areas"})
    rating = forms.ChoiceField(label="Rating", choices=[], widget=forms.RadioSelect, error_messages={
        "required": "Choose the agency's rating", "invalid_choice": "Choose a rating from the partnership's scale"})
    evidence = forms.CharField(widget=forms.Textarea(attrs={"rows": 5}),
                               error_messages={"required": "Enter the evidence for the rating"})

    def __init__(self, *args, partnership, review=None, scale=(), **kwargs):
        super().__init__(*args, **kwargs)
        if review is not None:
            self.fields["organisation"].queryset = review.activity.agencies.filter(partnership=partnership)
            self.fields["area"].choices = [("", "Choose")] + [(area, area) for area in review.key_areas]
        self.fields["rating"].choices = [(grade, grade) for grade in scale]


class ProgressReportForm(forms.Form):
    reported_on = DateField(label="Date reported", latest=clock.today,
                            too_late="The date reported must be today or in the past")
    note = forms.CharField(label="Progress reported", widget=forms.Textarea(attrs={"rows": 5}),
                           error_messages={"required": "Enter the progress reported"})


class GradingScaleForm(VersionedForm):
    grades = forms.CharField(label="Grades", widget=forms.Textarea(attrs={"rows": 6}),
                             help_text="One a line, best first",
                             error_messages={"required": "Enter the grades, one a line"})

    def clean_grades(self):
        return lines(self.cleaned_data["grades"])
