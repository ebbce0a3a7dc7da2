"""The overview dashboard's figures, read from the apps below this one."""
from dataclasses import dataclass

from django.db.models import Count, Q

from assure.actions import queries as action_queries
from assure.actions.models import Action, ActionOwner
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
    # The action log's own rules, so the counts match the log they link to ("next meeting" counts as a date);
    # all four in one pass over the live actions.
    mine = Q(pk__in=ActionOwner.objects.filter(person__user=user).values("action_id"))
    actions = (Action.objects.filter(partnership=partnership).filter(action_queries.live_q())
               .aggregate(overdue=Count("pk", filter=action_queries.overdue_q(today)),
                          due_soon=Count("pk", filter=action_queries.due_soon_q(today, days_ahead)),
                          live=Count("pk"), mine=Count("pk", filter=mine)))
    held = Meeting.objects.filter(partnership=partnership, status=Meeting.Status.HELD)
    return Dashboard(
        overdue_actions=actions["overdue"],
        due_soon_actions=actions["due_soon"],
        live_actions=actions["live"],
        my_live_actions=actions["mine"],
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
