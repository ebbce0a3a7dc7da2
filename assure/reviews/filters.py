"""The year figures' date range (django-filter), over one partnership's cases (counts only: ADR 0051)."""
from django import forms
from django.db.models import Q

from assure.core.filters import DateFilter, ListFilter

from .models import Case


class DateRangeForm(forms.Form):
    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            raise forms.ValidationError("The end date is before the start date.")
        return data


def _date_filter(label, what):
    return DateFilter(method="in_range", label=label, what=what, required=True)


class YearFiguresFilter(ListFilter):
    """Cases with anything counted in the range: became aware, rapid review held, or full review agreed."""

    start = _date_filter("From", "the start date")
    end = _date_filter("To", "the end date")

    class Meta:
        model = Case
        fields = ["start", "end"]
        form = DateRangeForm

    def in_range(self, queryset, name, value):
        return queryset  # start and end only mean something together: filter_queryset applies both

    def filter_queryset(self, queryset):
        data = self.form.cleaned_data
        if not (data.get("start") and data.get("end")) or self.form.non_field_errors():
            return queryset.none()
        span = (data["start"], data["end"])
        return queryset.filter(Q(date_aware__range=span) | Q(rapid_review__held_on__range=span)
                               | Q(rapid_review__decision_agreed_on__range=span))

    @property
    def span(self):
        return self.form.cleaned_data["start"], self.form.cleaned_data["end"]
