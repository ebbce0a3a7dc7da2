"""The delegate list's filters (django-filter): a search by name, email address or organisation."""
import django_filters
from django.db.models import Q

from assure.core.filters import ListFilter, partnership_choices
from assure.partnerships.models import Organisation

from .models import Delegate


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
