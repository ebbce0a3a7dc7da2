"""Reads of the action log: the annotated queryset and its filters."""
import datetime

from django.db.models import (
    BooleanField,
    Case,
    Count,
    F,
    IntegerField,
    Prefetch,
    Q,
    Value,
    When,
)

from assure.core.dates import DUE_SOON_DAYS, due_soon_window

from .models import Action, ActionOwner

OVERDUE = "overdue"
DUE_SOON = "soon"
LIVE = "live"
# Soonest due first; actions with no due date last (SQLite and PostgreSQL disagree on NULLs otherwise).
DUE_FIRST = F("effective_due").asc(nulls_last=True)


def annotated(queryset=None):
    """Actions ready to filter and show: `effective_due` and `carried_over` are the action's own columns (kept by
    the services, dues.py); `live_rank` puts live actions first."""
    queryset = Action.objects.all() if queryset is None else queryset
    return (
        queryset.annotate(
            live_rank=Case(When(status__in=Action.LIVE, then=Value(1)), default=Value(0), output_field=IntegerField()),
        )
        .select_related("body", "meeting", "meeting__body", "item", "owner_organisation")
        .prefetch_related(Prefetch("owners", queryset=ActionOwner.objects.select_related("person").order_by("id")))
    )


def owned_by_q(person) -> Q:
    """Actions the person is an owner of. An `IN` over the owners' index on person, not a correlated EXISTS:
    SQLite evaluates EXISTS once per action of the partnership (seconds on a large one)."""
    return Q(pk__in=ActionOwner.objects.filter(person=person).values("action_id"))


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


def owner_names(actions) -> dict[int, str]:
    """{action key: its owners as the log writes them (`Action.owner_text`: each person's name or the group's, in
    the order they were added, joined by ", ")} for `actions` (keys, or a queryset of actions), in one query of
    names alone: no owner or person records."""
    found = {}
    for action_id, person_id, group_name, full_name in (
            ActionOwner.objects.filter(action__in=actions).order_by("id")
            .values_list("action_id", "person_id", "group_name", "person__full_name")):
        found.setdefault(action_id, []).append(full_name if person_id else group_name)
    return {action_id: ", ".join(names) for action_id, names in found.items()}


class OwnersOfList:
    """A download's "Owners" column (jobs.exports): the owners of every action of the list, read in one query the
    first time a row asks (after the heading has gone), then found by the row's key (ADR 0157)."""

    def __init__(self, actions):
        self.actions = actions
        self.names = None

    def __call__(self, row) -> str:
        if self.names is None:
            self.names = owner_names(self.actions.values("pk"))
        return self.names.get(row["pk"], "")


def row_values(partnership, keys) -> list[dict]:
    """The partnership's actions with these keys (a page of a list), in the keys' order, as one query's values: what
    a row of the log or of My actions shows (actions.rows), with no record per row."""
    found = {values["pk"]: values for values in (
        Action.objects.filter(partnership=partnership, pk__in=keys).order_by()
        .values("pk", "text", "status", "effective_due", "due_at_next_meeting", "carried_over", "completed_on",
                "body_id", "meeting_id", "item_id", "owner_organisation_id", body_name=F("body__name"),
                meeting_body_name=F("meeting__body__name"), meeting_date=F("meeting__date"),
                item_number=F("item__number"), organisation_name=F("owner_organisation__name")))} if keys else {}
    return [found[key] for key in keys if key in found]


def for_download(actions, today: datetime.date):
    """The log's filtered actions as its download reads them (jobs.exports): one row of values (a dict) per action,
    only what its columns show, the related names and dates read by the same query (no record per row), so the
    rows stream as the database returns them; `overdue_today` by the same rule as dates.is_overdue. The owners
    come from `OwnersOfList`."""
    return (actions.select_related(None).prefetch_related(None)
            .values("pk", "text", "status", "rag", "effective_due", "due_at_next_meeting", "carried_over",
                    "completed_on", "item_id", body_name=F("body__name"), meeting_date=F("meeting__date"),
                    item_number=F("item__number"), item_title=F("item__title"),
                    organisation_name=F("owner_organisation__name"),
                    overdue_today=Case(When(overdue_q(today), then=Value(True)), default=Value(False),
                                       output_field=BooleanField())))


def my_live_counts(live_actions, today: datetime.date) -> dict:
    """How many of these live actions are overdue and due soon, in one query."""
    return live_actions.aggregate(overdue=Count("pk", filter=overdue_q(today)), due_soon=Count("pk", filter=due_soon_q(today)),
                                  total=Count("pk"))


def my_live_actions(partnership, person):
    """The person's actions still needing something done, soonest due first (undated last)."""
    if person is None:
        return Action.objects.none()
    return (annotated(Action.objects.filter(partnership=partnership).filter(owned_by_q(person)).filter(live_q()))
            .order_by(DUE_FIRST, "-created_at", "-id"))


def my_recently_completed(partnership, person, today: datetime.date, days: int = 60, limit: int = 20):
    """The person's actions completed in the last `days` days, most recent first."""
    if person is None:
        return Action.objects.none()
    since = today - datetime.timedelta(days=days)
    return (annotated(Action.objects.filter(partnership=partnership, status=Action.Status.COMPLETED,
                                            completed_on__gte=since).filter(owned_by_q(person)))
            .order_by("-completed_on", "-id")[:limit])


def action_for_page(partnership, pk: int):
    """One action of this partnership, annotated, or None."""
    return annotated(Action.objects.filter(partnership=partnership, pk=pk)).first()
