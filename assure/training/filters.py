"""The training lists' filters (django-filter): events (course, upcoming or past, delivery) and delegates (a
search by name, email address or organisation)."""
import django_filters
from django.db.models import Q

from assure.core.filters import ListFilter, partnership_choices
from assure.partnerships.models import Organisation

from .models import Course, Delegate, Event

UPCOMING, PAST = "upcoming", "past"


class EventFilter(ListFilter):
    course = django_filters.ModelChoiceFilter(
        queryset=partnership_choices(Course, "title"), label="Course", empty_label="All courses",
        error_messages={"invalid_choice": "Choose a course from the list."})
    when = django_filters.ChoiceFilter(
        choices=[(UPCOMING, "Upcoming"), (PAST, "Past")], method="by_when", label="When", empty_label="Upcoming and past",
        error_messages={"invalid_choice": "Choose upcoming or past."})
    delivery = django_filters.ChoiceFilter(
        choices=Event.Delivery.choices, label="Delivery", empty_label="Online and at a venue",
        error_messages={"invalid_choice": "Choose online or at a venue."})

    class Meta:
        model = Event
        fields = ["course", "when", "delivery"]

    def by_when(self, queryset, name, value):
        # The sections are split in the view; the filter only says which to show.
        return queryset


class DelegateFilter(ListFilter):
    search = django_filters.CharFilter(method="search_for", label="Name, email address or organisation",
                                       max_length=200)
    organisation = django_filters.ModelChoiceFilter(
        queryset=partnership_choices(Organisation, "name"), label="Organisation", empty_label="Any organisation",
        error_messages={"invalid_choice": "Choose an organisation from the list."})

    class Meta:
        model = Delegate
        fields = ["search", "organisation"]

    def search_for(self, queryset, name, value):
        words = value.split()
        for word in words:
            queryset = queryset.filter(Q(name__icontains=word) | Q(email__icontains=word)
                                       | Q(organisation__name__icontains=word))
        return queryset
