"""The overview dashboard's figures, read from the apps below this one."""
from dataclasses import dataclass

from assure.actions import queries as action_queries
from assure.actions.models import Action
from assure.core import clock
from assure.meetings.models import Meeting
from assure.partnerships.models import Body, Organisation, Person


@dataclass
class Dashboard:
    overdue_actions: int
    due_soon_actions: int
    live_actions: int
    my_live_actions: int
    next_meetings: list
    minutes_awaiting_approval: int
    counts: dict


def dashboard(partnership, user, days_ahead: int = 14) -> Dashboard:
    today = clock.today()
    # The action log's own rules, so the counts match the log they link to ("next meeting" counts as a date).
    live = action_queries.annotated(Action.objects.filter(partnership=partnership)).filter(action_queries.live_q())
    held = Meeting.objects.filter(partnership=partnership, status=Meeting.Status.HELD)
    return Dashboard(
        overdue_actions=live.filter(action_queries.overdue_q(today)).count(),
        due_soon_actions=live.filter(action_queries.due_soon_q(today, days_ahead)).count(),
        live_actions=live.count(),
        my_live_actions=live.filter(owners__person__user=user).distinct().count(),
        next_meetings=list(Meeting.objects.filter(partnership=partnership, date__gte=today,
                                                  status=Meeting.Status.SCHEDULED)
                           .select_related("body").order_by("date", "start_time")[:5]),
        minutes_awaiting_approval=held.filter(minutes_approved_on__isnull=True).count(),
        counts={
            "organisations": Organisation.objects.filter(partnership=partnership).count(),
            "people": Person.objects.filter(partnership=partnership).count(),
            "bodies": Body.objects.filter(partnership=partnership).count(),
        },
    )
