"""The search page's filters: type of record, board or group, and a date range (the record's date)."""
import django_filters

from assure.core.filters import DateFilter, ListFilter, partnership_choices
from assure.partnerships.models import Body

from .models import SearchEntry
from .records import KINDS


class SearchFilter(ListFilter):
    kind = django_filters.ChoiceFilter(
        choices=list(KINDS.items()), label="Type", empty_label="Everything",
        error_messages={"invalid_choice": "Choose a type from the list."})
    body = django_filters.ModelChoiceFilter(
        queryset=partnership_choices(Body, "name"), label="Board or group", empty_label="Any board or group",
        error_messages={"invalid_choice": "Choose a board or group from the list."})
    start = DateFilter(field_name="date", lookup_expr="gte", label="From", what="the date to search from")
    end = DateFilter(field_name="date", lookup_expr="lte", label="To", what="the date to search to")

    class Meta:
        model = SearchEntry
        fields = ["kind", "body", "start", "end"]

    def without_kind(self):
        """The other filters only: the counts per type are counted across every type."""
        queryset = self.queryset
        if not self.is_bound:
            return queryset
        self.errors  # noqa: B018 (validates the form so cleaned_data exists)
        for name, value in self.form.cleaned_data.items():
            if name != "kind" and name not in self.errors and value not in (None, ""):
                queryset = self.filters[name].filter(queryset, value)
        return queryset
