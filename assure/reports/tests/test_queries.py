import datetime

import pytest

from assure.actions.models import Action
from assure.actions.services import Owner, create_action
from assure.meetings.models import Meeting
from assure.partnerships.models import Person
from assure.reports import queries

TODAY = datetime.date(2026, 3, 9)  # the fixed test clock


@pytest.mark.parametrize("due, due_at_next_meeting, status, overdue, due_soon", [
    (TODAY - datetime.timedelta(days=1), False, "open", 1, 0),
    (TODAY, False, "in_progress", 0, 1),
    (TODAY + datetime.timedelta(days=14), False, "carried_forward", 0, 1),
    (TODAY + datetime.timedelta(days=15), False, "open", 0, 0),
    (TODAY - datetime.timedelta(days=30), False, "completed", 0, 0),
    (TODAY - datetime.timedelta(days=30), False, "superseded", 0, 0),
    (None, True, "open", 1, 0),  # due at the next meeting, which was last week
])
def test_dashboard_counts_follow_the_action_log_rules(partnership, executive_board, business_user, due,
                                                     due_at_next_meeting, status, overdue, due_soon):
    agreed = Meeting.objects.create(partnership=partnership, body=executive_board, date=TODAY - datetime.timedelta(days=60))
    Meeting.objects.create(partnership=partnership, body=executive_board, date=TODAY - datetime.timedelta(days=7))
    create_action(partnership=partnership, text="Do it", owners=[Owner(person=Person.objects.get(user=business_user))],
                  due_date=due, due_at_next_meeting=due_at_next_meeting, meeting=agreed, status=status, by=business_user)
    summary = queries.dashboard(partnership, business_user)
    assert (summary.overdue_actions, summary.due_soon_actions) == (overdue, due_soon)
    assert summary.my_live_actions == (1 if status in Action.LIVE else 0)
