"""The risk register's filters (django-filter) over queries.register(), which gives each risk its current `score`.

The heat map links here with `likelihood` and `impact` (a cell of the grid) and `status=open`.
"""
import django_filters
from django.db.models import Q

from assure.core import clock
from assure.core.filters import ListFilter, partnership_choices
from assure.partnerships.models import Body, Organisation, Person, Priority

from . import scoring
from .models import SCALE_CHOICES, Activity, Risk

OVERDUE = "overdue"
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
