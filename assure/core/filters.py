"""The base of every filtered list: django-filter, read from the query string.

A value that is not understood (a stale link, a record of another partnership, a typed date that is not a
date) is shown in the error summary naming its filter and otherwise ignored: the list still shows.
"""
import django_filters

from assure.core.forms import DateField, DateInput
from assure.core.forms.date_parts import PARTS


class ListFilter(django_filters.FilterSet):
    """Pass `request=` so choice querysets can be scoped to `request.partnership`."""

    @classmethod
    def from_request(cls, request, queryset, **kwargs):
        return cls(request.GET or None, queryset=queryset, request=request, **kwargs)

    @property
    def is_filtering(self) -> bool:
        """True when at least one understood filter narrows the list."""
        if not self.is_bound:
            return False
        self.errors  # noqa: B018 (validates the form so cleaned_data exists)
        return any(value not in (None, "", [], ()) for value in self.form.cleaned_data.values())

    def chosen(self, name: str):
        """The understood value of one filter, or None (for headings such as "Meetings: Executive Board")."""
        if not self.is_bound or not self.is_valid() and name in self.errors:
            return None
        return self.form.cleaned_data.get(name)


def partnership_choices(model, order_by: str = "pk"):
    """A callable django-filter accepts as a queryset: the partnership's records only."""
    def choices(request):
        if request is None:
            return model.objects.none()
        return model.objects.filter(partnership=request.partnership).order_by(order_by)
    return choices


class FilterDateInput(DateInput):
    """The GOV.UK day / month / year boxes, which also read one ISO date (`?start=2026-01-01`) from a link."""

    def value_from_datadict(self, data, files, name):
        if name in data and not any(f"{name}_{part}" in data for part in PARTS):
            return data.get(name)
        return super().value_from_datadict(data, files, name)

    def value_omitted_from_data(self, data, files, name):
        return name not in data and super().value_omitted_from_data(data, files, name)


class DateFilter(django_filters.Filter):
    """A date filter typed in the shared GOV.UK date input (core.forms.DateField): its messages, its boxes."""

    field_class = DateField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", FilterDateInput)
        super().__init__(*args, **kwargs)


def sent(data, *names) -> bool:
    """Whether the query string has any of these date filters, as one value or as day / month / year boxes."""
    return any(name in data or any(f"{name}_{part}" in data for part in PARTS) for name in names)
