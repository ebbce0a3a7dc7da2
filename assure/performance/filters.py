"""The dataset page's filters (django-filter): priority, owner and rating narrow the indicators, "as at" chooses the
quarter the dataset is read at.

Priority and owner filter the catalogue in the database. The rating and the quarter are not columns: the view reads
the series (series.dataset_series) as at the chosen quarter and keeps the indicators with the chosen rating, so
those two filters only check their value here.
"""
import django_filters

from assure.core.filters import ListFilter
from assure.partnerships.models import Person, Priority

from . import periods, rating
from .models import Indicator

NO_PRIORITY = "Context and other indicators"
RATING_CHOICES = [(code, r.label) for code, r in rating.RATINGS.items()]


def _priorities(request):
    if request is None:
        return Priority.objects.none()
    return Priority.objects.filter(partnership=request.partnership).order_by("position", "pk")


def _owners(request):
    """Only the people who own an indicator: the list a reader chooses from stays short."""
    if request is None:
        return Person.objects.none()
    owners = Indicator.objects.filter(partnership=request.partnership, retired_on__isnull=True).values("owner")
    return Person.objects.filter(partnership=request.partnership, pk__in=owners).order_by("full_name")


class DatasetFilter(ListFilter):
    priority = django_filters.ModelChoiceFilter(
        queryset=_priorities, label="Priority", empty_label="Any priority", null_label=NO_PRIORITY,
        error_messages={"invalid_choice": "Choose a priority from the list."})
    rag = django_filters.ChoiceFilter(
        choices=RATING_CHOICES, method="read_by_view", label="Rating", empty_label="Any rating",
        error_messages={"invalid_choice": "Choose a rating from the list: red, amber, green or not rated."})
    owner = django_filters.ModelChoiceFilter(
        queryset=_owners, label="Owner", empty_label="Anyone",
        error_messages={"invalid_choice": "Choose an owner from the list."})
    as_at = django_filters.ChoiceFilter(
        choices=[], method="read_by_view", label="As at quarter", empty_label=None,
        error_messages={"invalid_choice": "Choose a quarter from the list."})

    class Meta:
        model = Indicator
        fields = ["priority", "rag", "owner", "as_at"]

    def __init__(self, *args, quarters=(), **kwargs):
        super().__init__(*args, **kwargs)
        # The quarters that hold figures, newest first: the first is what the page shows when none is chosen.
        self.filters["as_at"].extra["choices"] = [(q.code, q.long_label) for q in quarters]

    def read_by_view(self, queryset, name, value):
        return queryset

    @property
    def narrows(self) -> bool:
        """Whether a filter other than the quarter narrows the list."""
        return self.is_filtering and any(value not in (None, "", [], ()) for key, value in
                                         self.form.cleaned_data.items() if key != "as_at")

    def quarter(self, default: periods.Period | None) -> periods.Period | None:
        chosen = self.chosen("as_at")
        return periods.parse_period(chosen) if chosen else default
