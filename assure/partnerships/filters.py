"""Filters of the people list (django-filter). `q` keeps its name: bookmarked searches use it."""
import django_filters
from django.db.models import Q

from assure.core.filters import ListFilter, partnership_choices

from .models import Organisation, Person


class PeopleFilter(ListFilter):
    q = django_filters.CharFilter(
        method="search", label="Search by name, initials or organisation", max_length=100,
        error_messages={"max_length": "Search with 100 characters or fewer."})
    organisation = django_filters.ModelChoiceFilter(
        queryset=partnership_choices(Organisation, "name"), label="Organisation", empty_label="Any organisation",
        error_messages={"invalid_choice": "Choose an organisation from the list."})

    class Meta:
        model = Person
        fields = ["q", "organisation"]

    def search(self, queryset, name, q):
        """A name, initials or organisation; the whole list when q is only spaces."""
        q = q.strip()
        if not q:
            return queryset
        return queryset.filter(Q(full_name__icontains=q) | Q(initials__iexact=q) | Q(initials__istartswith=q)
                               | Q(organisation__name__icontains=q) | Q(organisation__short_name__iexact=q))
