"""The API's list filters (django-filter). Ids of another partnership's records simply match nothing; a value
that is not understood answers 400 naming the filter."""
from django import forms
from django_filters import rest_framework as filters

from assure.actions.models import Action
from assure.assurance.models import Activity, Risk
from assure.meetings.models import Meeting


class IdFilter(filters.NumberFilter):
    """A whole number a database integer can hold (anything else is a 400, never a database error)."""
    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=0, max_value=2**31 - 1, **kwargs)


class MeetingFilter(filters.FilterSet):
    body = IdFilter(field_name="body_id", help_text="The body's id")
    status = filters.ChoiceFilter(choices=Meeting.Status.choices)
    date_after = filters.DateFilter(field_name="date", lookup_expr="gte", help_text="On or after this date")
    date_before = filters.DateFilter(field_name="date", lookup_expr="lte", help_text="On or before this date")


class AgendaItemFilter(filters.FilterSet):
    meeting = IdFilter(field_name="meeting_id", help_text="The meeting's id")


class ActionFilter(filters.FilterSet):
    status = filters.MultipleChoiceFilter(choices=Action.Status.choices, help_text="One or more statuses")
    owner = IdFilter(field_name="owners__person_id", distinct=True, help_text="The owner's person id")
    body = IdFilter(field_name="body_id", help_text="The body's id")
    due_before = filters.DateFilter(field_name="due_date", lookup_expr="lte", help_text="Due on or before")
    due_after = filters.DateFilter(field_name="due_date", lookup_expr="gte", help_text="Due on or after")


class ActivityFilter(filters.FilterSet):
    kind = filters.ChoiceFilter(choices=Activity.Kind.choices)
    status = filters.ChoiceFilter(choices=Activity.Status.choices)
    year = IdFilter(help_text="The first year of the financial year: 2026 for 2026/27")


class RiskFilter(filters.FilterSet):
    status = filters.ChoiceFilter(choices=Risk.Status.choices)


class FigureFilter(filters.FilterSet):
    indicator = IdFilter(field_name="indicator_id", help_text="The indicator's id")
    period_after = filters.DateFilter(field_name="period_start", lookup_expr="gte",
                                      help_text="Periods starting on or after")
    period_before = filters.DateFilter(field_name="period_start", lookup_expr="lte",
                                       help_text="Periods starting on or before")
