"""The events list's filters (django-filter): course, upcoming or past, delivery."""
import django_filters

from assure.core.filters import ListFilter, partnership_choices

from .models import Course, Event

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
