import datetime

import pytest
from django.urls import reverse

from assure.actions.models import Action
from assure.actions.services import Owner, create_action
from assure.meetings.models import Meeting


def url(name, partnership, *args):
    return reverse(f"reports:{name}", args=[partnership.slug, *args])


@pytest.fixture
def business(client_for, business_user):
    return client_for(business_user)


def test_dashboard_counts_overdue_actions_and_lists_next_meetings(partnership, executive_board, business,
                                                                  business_user):
    today = datetime.date(2026, 3, 9)
    owner = [Owner(group_name="Business team")]
    create_action(partnership=partnership, text="Late one", owners=owner, due_date=today - datetime.timedelta(days=3),
                  by=business_user)
    create_action(partnership=partnership, text="Soon", owners=owner, due_date=today + datetime.timedelta(days=5),
                  by=business_user)
    create_action(partnership=partnership, text="Done late", owners=owner, due_date=today - datetime.timedelta(days=9),
                  status=Action.Status.COMPLETED, by=business_user)
    Meeting.objects.create(partnership=partnership, body=executive_board, date=today + datetime.timedelta(days=10),
                           location="Fenbridge Town Hall")
    Meeting.objects.create(partnership=partnership, body=executive_board, date=today - datetime.timedelta(days=10),
                           status=Meeting.Status.HELD)
    response = business.get(url("dashboard", partnership))
    summary = response.context["summary"]
    assert (summary.overdue_actions, summary.due_soon_actions, summary.live_actions) == (1, 1, 2)
    assert [m.location for m in summary.next_meetings] == ["Fenbridge Town Hall"]
    assert summary.minutes_awaiting_approval == 1
    assert "Fenbridge Town Hall" in response.content.decode()


def test_dashboard_hides_the_accounts_link_from_members(partnership, client_for, member_user):
    response = client_for(member_user).get(url("dashboard", partnership))
    assert reverse("partnerships:account-list", args=[partnership.slug]) not in response.content.decode()
