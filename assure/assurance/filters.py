"""The risk register's filters (django-filter) over queries.register(), which gives each risk its current `score`.

The heat map links here with `likelihood` and `impact` (a cell of the grid) and `status=open`.
"""
import django_filters
from django.db.models import Q

from assure.core import clock
from assure.core.filters import ListFilter, partnership_choices
from assure.partnerships.models import Body, Organisation, Person, Priority

from . import scoring
from .models import SCALE_CHOICES, Activity, Complaint, Escalation, EscalationStage, Risk

OVERDUE = "overdue"
PAST_CLOCK = "past"
SORTS = [("score", "Highest current score first"), ("review", "Review date, soonest first"),
         ("reference", "Reference")]
ORDER = {"score": ("-score", "-current_impact", "number"), "review": ("review_date", "number"),
         "reference": ("number",)}


class RiskFilter(ListFilter):
    body = django_filters.ModelChoiceFilter(
        queryset=partnership_choices(Body, "name"), label="Held by", empty_label="Any board or group",
        error_messages={"invalid_choice": "Choose a board or group from the list."})
    category = django_filters.ChoiceFilter(
        choices=Risk.Category.choices, label="Category", empty_label="Any category",
        error_messages={"invalid_choice": "Choose a category from the list."})
    band = django_filters.ChoiceFilter(
        choices=scoring.BAND_CHOICES, method="by_band", label="Current rating", empty_label="Any rating",
        error_messages={"invalid_choice": "Choose a rating from the list."})
    owner = django_filters.ModelChoiceFilter(
        queryset=partnership_choices(Person, "full_name"), label="Owner", empty_label="Anyone",
        error_messages={"invalid_choice": "Choose an owner from the list."})
    review = django_filters.ChoiceFilter(
        choices=[(OVERDUE, "Review overdue")], method="by_review", label="Review", empty_label="Any review date",
        error_messages={"invalid_choice": "Choose review overdue, or any review date."})
    status = django_filters.ChoiceFilter(
        choices=Risk.Status.choices, label="Status", empty_label="Open and closed",
        error_messages={"invalid_choice": "Choose open or closed."})
    likelihood = django_filters.ChoiceFilter(
        field_name="current_likelihood", choices=SCALE_CHOICES, label="Current likelihood",
        empty_label="Any likelihood", error_messages={"invalid_choice": "Choose a likelihood from 1 to 5."})
    impact = django_filters.ChoiceFilter(
        field_name="current_impact", choices=SCALE_CHOICES, label="Current impact",
        empty_label="Any impact", error_messages={"invalid_choice": "Choose an impact from 1 to 5."})
    sort = django_filters.ChoiceFilter(
        choices=SORTS, method="by_sort", label="Sort by", empty_label="Reference",
        error_messages={"invalid_choice": "Choose an order from the list."})

    class Meta:
        model = Risk
        fields = ["body", "category", "band", "owner", "review", "status", "likelihood", "impact", "sort"]

    def by_band(self, queryset, name, key):
        chosen = scoring.BY_KEY[key]
        return queryset.filter(score__gte=chosen.lowest, score__lte=chosen.highest)

    def by_review(self, queryset, name, value):
        return queryset.filter(status=Risk.Status.OPEN, review_date__lt=clock.today())

    def by_sort(self, queryset, name, value):
        return queryset.order_by(*ORDER[value])

    @property
    def narrows(self) -> bool:
        """Whether any filter other than the order narrows the list."""
        return self.is_filtering and any(value not in (None, "", [], ()) for key, value in
                                         self.form.cleaned_data.items() if key != "sort")



class ProgrammeFilter(ListFilter):
    kind = django_filters.ChoiceFilter(
        choices=Activity.Kind.choices, label="Kind", empty_label="Any kind",
        error_messages={"invalid_choice": "Choose a kind of assurance from the list."})
    status = django_filters.ChoiceFilter(
        choices=Activity.Status.choices, label="Status", empty_label="Any status",
        error_messages={"invalid_choice": "Choose a status from the list."})
    body = django_filters.ModelChoiceFilter(
        queryset=partnership_choices(Body, "name"), method="by_body", label="Board or group",
        empty_label="Any board or group", error_messages={"invalid_choice": "Choose a board or group from the list."})
    priority = django_filters.ModelChoiceFilter(
        field_name="priorities", queryset=partnership_choices(Priority, "position"), label="Priority",
        empty_label="Any priority", error_messages={"invalid_choice": "Choose a priority from the list."})
    agency = django_filters.ModelChoiceFilter(
        field_name="agencies", queryset=partnership_choices(Organisation, "name"), label="Agency",
        empty_label="Any agency", error_messages={"invalid_choice": "Choose an agency from the list."})
    theme = django_filters.CharFilter(lookup_expr="icontains", label="Theme contains", max_length=100)

    class Meta:
        model = Activity
        fields = ["kind", "status", "body", "priority", "agency", "theme"]

    def by_body(self, queryset, name, body):
        return queryset.filter(Q(owner_body=body) | Q(reporting_body=body))
# --- escalations and complaints

class EscalationFilter(ListFilter):
    about = django_filters.ModelChoiceFilter(
        field_name="about_organisation", queryset=partnership_choices(Organisation, "name"), label="About (agency)",
        empty_label="Any agency", error_messages={"invalid_choice": "Choose an agency from the list."})
    raised_by = django_filters.ModelChoiceFilter(
        field_name="raised_by_organisation", queryset=partnership_choices(Organisation, "name"), label="Raised by",
        empty_label="Any organisation", error_messages={"invalid_choice": "Choose an organisation from the list."})
    theme = django_filters.CharFilter(field_name="learning_theme", lookup_expr="iexact", label="Learning theme")
    stage = django_filters.ModelChoiceFilter(
        queryset=partnership_choices(EscalationStage, "number"), method="by_stage", label="Stage reached",
        empty_label="Any stage", error_messages={"invalid_choice": "Choose a stage from the list."})
    status = django_filters.ChoiceFilter(
        choices=[("open", "Open"), ("resolved", "Resolved")], method="by_status", label="Status",
        empty_label="Open and resolved", error_messages={"invalid_choice": "Choose open or resolved."})
    clock = django_filters.ChoiceFilter(
        choices=[(PAST_CLOCK, "Past its stage's clock")], method="by_clock", label="Clock",
        empty_label="Any", error_messages={"invalid_choice": "Choose past its stage's clock, or any."})

    class Meta:
        model = Escalation
        fields = ["about", "raised_by", "theme", "stage", "status", "clock"]

    def by_stage(self, queryset, name, stage):
        return queryset.filter(stage_reached=stage.pk)

    def by_status(self, queryset, name, value):
        return queryset.filter(resolved_on__isnull=value == "open")

    def by_clock(self, queryset, name, value):
        today = clock.today()
        return queryset.filter(pk__in=[e.pk for e in queryset.filter(resolved_on__isnull=True)
                                       if e.current_step() and e.current_step().clock(today).past_clock])


class ComplaintFilter(ListFilter):
    status = django_filters.ChoiceFilter(
        choices=[("open", "Awaiting a response"), ("responded", "Responded")], method="by_status", label="Status",
        empty_label="Any", error_messages={"invalid_choice": "Choose a status from the list."})
    overdue = django_filters.ChoiceFilter(
        choices=[(OVERDUE, "Acknowledgement or response overdue")], method="by_overdue", label="Timescales",
        empty_label="Any", error_messages={"invalid_choice": "Choose overdue, or any."})
    outcome = django_filters.ChoiceFilter(
        choices=Complaint.Outcome.choices, label="Outcome", empty_label="Any outcome",
        error_messages={"invalid_choice": "Choose an outcome from the list."})

    class Meta:
        model = Complaint
        fields = ["status", "overdue", "outcome"]

    def by_status(self, queryset, name, value):
        return queryset.filter(responded_on__isnull=value == "open")

    def by_overdue(self, queryset, name, value):
        today = clock.today()
        return queryset.filter(pk__in=[c.pk for c in queryset.filter(responded_on__isnull=True)
                                       if c.acknowledgement(today).is_overdue or c.response(today).is_overdue])
