"""Filters of the meetings list, the forward plan and the attendance report (django-filter).

`body` keeps its query-string name: the dashboard, body pages and "Schedule a meeting" links use it.
"""
import django_filters
from django import forms

from assure.core.filters import DateFilter, ListFilter, partnership_choices
from assure.partnerships.models import Body

from .attendance_report import check_range
from .models import ForwardPlanEntry, Meeting


def body_filter(**kwargs):
    return django_filters.ModelChoiceFilter(
        queryset=partnership_choices(Body, "name"), label="Board or group", empty_label="All boards and groups",
        error_messages={"invalid_choice": "Choose a board or group from the list."}, **kwargs)


class MeetingFilter(ListFilter):
    body = body_filter()

    class Meta:
        model = Meeting
        fields = ["body"]


class ForwardPlanFilter(ListFilter):
    body = body_filter()

    class Meta:
        model = ForwardPlanEntry
        fields = ["body"]


class DateRangeForm(forms.Form):
    """A usable range or a message saying what to change (check_range's rules)."""

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end"):
            try:
                check_range(data["start"], data["end"])
            except ValueError as error:
                self.add_error("end", str(error))
        return data


class AttendanceReportFilter(ListFilter):
    """Which meetings the attendance report counts: held between two dates, of one body or all."""

    start = DateFilter(field_name="date", lookup_expr="gte", label="From", what="the start date", required=True)
    end = DateFilter(field_name="date", lookup_expr="lte", label="To", what="the end date", required=True)
    body = body_filter()

    class Meta:
        model = Meeting
        fields = ["start", "end", "body"]
        form = DateRangeForm
