"""The two figures each action keeps for the log (ADR 0152): `effective_due` and `carried_over`.

Derived data, written only here and by the services that change what they derive from: an action's own due date
or "next meeting" (actions.services), a meeting of its body scheduled, moved or cancelled (meetings.services calls
`refresh_for_body`), and each carried-forward update (actions.services). Being columns, the log filters, sorts and
pages on them with an index instead of working them out for every row. `refresh_all` recomputes them from the
records (the migration, `assure generate`, and a check in the tests that the services kept them right).
"""
import bisect

from django.db.models import Count

from assure.core.dates import effective_due_date

from .models import Action, ActionUpdate


def _meeting_model():
    # Through the action's own relation: meetings sit above actions and import them, not the reverse.
    return Action._meta.get_field("meeting").related_model


def _held_or_planned_dates(body_ids) -> dict:
    """{body id: sorted dates of its meetings that are not cancelled}."""
    Meeting = _meeting_model()
    found = {}
    for body_id, date in (Meeting.objects.filter(body_id__in=body_ids).exclude(status=Meeting.Status.CANCELLED)
                          .order_by("body_id", "date").values_list("body_id", "date")):
        found.setdefault(body_id, []).append(date)
    return found


def next_meeting_after(dates: list, day):
    """The first of the sorted `dates` after `day`, or None (pure)."""
    index = bisect.bisect_right(dates, day)
    return dates[index] if index < len(dates) else None


def set_effective_due(actions) -> list[Action]:
    """Work out `effective_due` on the given actions (not saved) in one query; returns those that changed."""
    actions = list(actions)
    waiting = [a for a in actions if a.due_date is None and a.due_at_next_meeting and a.meeting_id]
    meeting_field = Action._meta.get_field("meeting")
    meetings = {a.meeting_id: a.meeting for a in waiting if meeting_field.is_cached(a)}   # e.g. just imported
    missing = {a.meeting_id for a in waiting} - set(meetings)
    if missing:
        meetings.update({m.pk: m for m in _meeting_model().objects.filter(pk__in=missing)})
    dates = _held_or_planned_dates({m.body_id for m in meetings.values()}) if meetings else {}
    changed = []
    for action in actions:
        agreed = meetings.get(action.meeting_id)
        following = next_meeting_after(dates.get(agreed.body_id, []), agreed.date) if agreed is not None else None
        due = effective_due_date(action.due_date, action.due_at_next_meeting, following)
        if due != action.effective_due:
            action.effective_due = due
            changed.append(action)
    return changed


def refresh_for_body(body_id) -> int:
    """After a meeting of the body is scheduled, moved or cancelled: its actions due "at the next meeting"."""
    actions = (Action.objects.filter(meeting__body_id=body_id, due_date__isnull=True, due_at_next_meeting=True)
               .select_related("meeting"))
    changed = set_effective_due(actions)
    Action.objects.bulk_update(changed, ["effective_due"], batch_size=500)
    return len(changed)


CHUNK = 2_000


def refresh_all(actions=None) -> int:
    """Recompute both figures for `actions` (default: every action) from the records; returns how many changed."""
    queryset = Action.objects.order_by("pk") if actions is None else actions
    total, chunk = 0, []
    for action in queryset.iterator(chunk_size=CHUNK) if hasattr(queryset, "iterator") else queryset:
        chunk.append(action)
        if len(chunk) == CHUNK:
            total, chunk = total + _refresh(chunk), []
    return total + _refresh(chunk) if chunk else total


def _refresh(actions: list) -> int:
    changed = {a.pk: a for a in set_effective_due(actions)}
    counts = dict(ActionUpdate.objects.filter(action__in=[a.pk for a in actions],
                                              status=Action.Status.CARRIED_FORWARD)
                  .order_by().values_list("action").annotate(n=Count("pk")).values_list("action", "n"))
    for action in actions:
        if action.carried_over != counts.get(action.pk, 0):
            action.carried_over = counts.get(action.pk, 0)
            changed[action.pk] = action
    Action.objects.bulk_update(list(changed.values()), ["effective_due", "carried_over"], batch_size=500)
    return len(changed)
