"""Reads of the action log: the annotated queryset and its filters."""
import datetime

from django.db.models import (
    Case,
    Count,
    DateField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce

from assure.core.dates import DUE_SOON_DAYS, due_soon_window

from .models import Action, ActionOwner, ActionUpdate

OVERDUE = "overdue"
DUE_SOON = "soon"
LIVE = "live"
# Soonest due first; actions with no due date last (SQLite and PostgreSQL disagree on NULLs otherwise).
DUE_FIRST = F("effective_due").asc(nulls_last=True)


def _next_meeting_date():
    """Date of the agreeing body's next (not cancelled) meeting after the one where the action was agreed."""
    # Through the action's own relation: meetings sit above actions and import them, not the reverse.
    Meeting = Action._meta.get_field("meeting").related_model
    return Subquery(
        Meeting.objects.filter(body=OuterRef("meeting__body"), date__gt=OuterRef("meeting__date"))
        .exclude(status=Meeting.Status.CANCELLED).order_by("date").values("date")[:1]
    )


def _times_carried_over():
    """How many times the action was carried forward (each carry is recorded as an update)."""
    return Coalesce(Subquery(
        ActionUpdate.objects.filter(action=OuterRef("pk"), status=Action.Status.CARRIED_FORWARD)
        .order_by().values("action").annotate(n=Count("pk")).values("n")[:1],
        output_field=IntegerField(),
    ), Value(0))


def annotated(queryset=None):
    """Actions with `effective_due` (date or None) and `carried_over` (int), ready to filter and show."""
    queryset = Action.objects.all() if queryset is None else queryset
    return (
        queryset.annotate(
            next_meeting_date=_next_meeting_date(),
            # Same rule as dates.effective_due_date.
            effective_due=Coalesce(
                "due_date",
                Case(When(due_at_next_meeting=True, then=_next_meeting_date()), default=None,
                     output_field=DateField()),
                output_field=DateField(),
            ),
            carried_over=_times_carried_over(),
            live_rank=Case(When(status__in=Action.LIVE, then=Value(1)), default=Value(0), output_field=IntegerField()),
        )
        .select_related("body", "meeting", "meeting__body", "item", "owner_organisation")
        .prefetch_related(Prefetch("owners", queryset=ActionOwner.objects.select_related("person").order_by("id")))
    )


def live_q() -> Q:
    return Q(status__in=Action.LIVE)


def overdue_q(today: datetime.date) -> Q:
    """Same rule as dates.is_overdue, on the `effective_due` annotation."""
    return live_q() & Q(effective_due__lt=today)


def due_soon_q(today: datetime.date, days: int = DUE_SOON_DAYS) -> Q:
    """Same rule as dates.is_due_soon, on the `effective_due` annotation."""
    first, last = due_soon_window(today, days)
    return live_q() & Q(effective_due__gte=first, effective_due__lte=last)


def action_log(partnership):
    """The partnership's actions, live first, then by effective due date (filters.ActionLogFilter narrows it)."""
    return annotated(Action.objects.filter(partnership=partnership)).order_by("-live_rank", DUE_FIRST, "-created_at", "-id")


def my_live_counts(live_actions, today: datetime.date) -> dict:
    """How many of these live actions are overdue and due soon, in one query."""
    return live_actions.aggregate(overdue=Count("pk", filter=overdue_q(today)), due_soon=Count("pk", filter=due_soon_q(today)),
                                  total=Count("pk"))


def my_live_actions(partnership, person):
    """The person's actions still needing something done, soonest due first (undated last)."""
    if person is None:
        return Action.objects.none()
    owned = Exists(ActionOwner.objects.filter(action=OuterRef("pk"), person=person))
    return (annotated(Action.objects.filter(partnership=partnership).filter(owned).filter(live_q()))
            .order_by(DUE_FIRST, "-created_at", "-id"))


def my_recently_completed(partnership, person, today: datetime.date, days: int = 60, limit: int = 20):
    """The person's actions completed in the last `days` days, most recent first."""
    if person is None:
        return Action.objects.none()
    owned = Exists(ActionOwner.objects.filter(action=OuterRef("pk"), person=person))
    since = today - datetime.timedelta(days=days)
    return (annotated(Action.objects.filter(partnership=partnership, status=Action.Status.COMPLETED,
                                            completed_on__gte=since).filter(owned))
            .order_by("-completed_on", "-id")[:limit])


def action_for_page(partnership, pk: int):
    """One action of this partnership, annotated, or None."""
    return annotated(Action.objects.filter(partnership=partnership, pk=pk)).first()
