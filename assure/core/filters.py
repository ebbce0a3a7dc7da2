"""The base of every filtered list: django-filter, read from the query string.

A value that is not understood (a stale link, a record of another partnership, a typed date that is not a
date) is shown in the error summary naming its filter and otherwise ignored: the list still shows.
"""
import django_filters


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
