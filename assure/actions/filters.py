"""The action log's filters (django-filter). Query-string names `owner`, `organisation`, `body`, `status`, `due`
are kept: links from the dashboard, meeting pages and people's pages use them."""
import django_filters
from django.db.models import Q

from assure.core import clock
from assure.core.filters import ListFilter, partnership_choices
from assure.partnerships.models import Body, Organisation, Person

from . import queries
from .models import Action, ActionOwner

STATUS_CHOICES = [(queries.LIVE, "Still to do (open, in progress, carried forward)"), *Action.Status.choices]
DUE_CHOICES = [(queries.OVERDUE, "Overdue"), (queries.DUE_SOON, "Due in the next 14 days")]


class ActionLogFilter(ListFilter):
    """Filters on a queryset from queries.annotated() (the due filters use its `effective_due`)."""

    owner = django_filters.ModelChoiceFilter(
        queryset=partnership_choices(Person, "full_name"), method="by_owner", label="Owner", empty_label="Anyone",
        error_messages={"invalid_choice": "Choose an owner from the list."})
    organisation = django_filters.ModelChoiceFilter(
        queryset=partnership_choices(Organisation, "name"), method="by_organisation", label="Owner organisation",
        empty_label="Any organisation", error_messages={"invalid_choice": "Choose an organisation from the list."})
    body = django_filters.ModelChoiceFilter(
        queryset=partnership_choices(Body, "name"), method="by_body", label="Board or group",
        empty_label="Any board or group", error_messages={"invalid_choice": "Choose a board or group from the list."})
    status = django_filters.ChoiceFilter(
        choices=STATUS_CHOICES, method="by_status", label="Status", empty_label="Any status",
        error_messages={"invalid_choice": "Choose a status from the list."})
    due = django_filters.ChoiceFilter(
        choices=DUE_CHOICES, method="by_due", label="Due", empty_label="Any time",
        error_messages={"invalid_choice": "Choose overdue or due in the next 14 days."})

    class Meta:
        model = Action
        fields = ["owner", "organisation", "body", "status", "due"]

    def by_owner(self, queryset, name, person):
        return queryset.filter(queries.owned_by_q(person))

    def by_organisation(self, queryset, name, organisation):
        # The named owner organisation, or any owner who works there.
        return queryset.filter(
            Q(owner_organisation=organisation)
            | Q(pk__in=ActionOwner.objects.filter(person__organisation=organisation).values("action_id")))

    def by_body(self, queryset, name, body):
        return queryset.filter(Q(body=body) | Q(body__isnull=True, meeting__body=body))

    def by_status(self, queryset, name, status):
        return queryset.filter(queries.live_q()) if status == queries.LIVE else queryset.filter(status=status)

    def by_due(self, queryset, name, due):
        today = clock.today()
        return queryset.filter(queries.overdue_q(today) if due == queries.OVERDUE else queries.due_soon_q(today))
