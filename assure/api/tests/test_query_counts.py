"""Every list answers in the same number of queries for 5 records as for 50 (no query per row)."""
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from assure.actions.models import Action, ActionOwner
from assure.assurance.models import Activity, Escalation, Inspection, Risk
from assure.assurance.tests import factories as assurance_factories
from assure.meetings.models import AgendaItem, Meeting
from assure.partnerships.models import Body, Organisation, Person
from assure.performance.models import Figure
from assure.performance.tests import factories as performance_factories
from assure.reviews.tests import factories as review_factories

D = datetime.date


def add(partnership, by, n, start):
    body = Body.objects.create(partnership=partnership, name=f"Subgroup {start}", kind="subgroup")
    person = Person.objects.create(partnership=partnership, full_name=f"Owner {start}")
    council = Organisation.objects.create(partnership=partnership, name=f"Council {start}", kind="local_authority")
    indicator = performance_factories.indicator(partnership, by, code=f"I{start}", frequency="monthly")
    risk_fields = assurance_factories.risk_fields(partnership)
    for i in range(start, start + n):
        meeting = Meeting.objects.create(partnership=partnership, body=body, date=D(2025, 1, 1) + datetime.timedelta(i))
        AgendaItem.objects.create(meeting=meeting, number="1", title="Minutes", presenter=person)
        action = Action.objects.create(partnership=partnership, text=f"Action {i}", body=body)
        ActionOwner.objects.create(action=action, person=person)
        ActionOwner.objects.create(action=action, group_name="Business team")
        activity = Activity.objects.create(partnership=partnership, year=2025, kind="inspection", title=f"Visit {i}")
        Inspection.objects.create(activity=activity, inspection_type="jtai")
        Escalation.objects.create(partnership=partnership, number=i, raised_on=D(2026, 1, 1), raised_by_role="SW",
                                  raised_by_organisation=council, about_organisation=council, summary="Late")
        Risk.objects.create(partnership=partnership, number=i, **risk_fields)
        Figure.objects.create(indicator=indicator, period_kind="month", period_start=D(2018, 1, 1).replace(
            year=2018 + (i - start) // 12, month=(i - start) % 12 + 1), value=i)
    for i in range(n):
        review_factories.review(partnership, by, pseudonym=f"Child {chr(65 + (start + i) % 26)}{start + i}")


LISTS = ["meeting", "agenda-item", "action", "review", "activity", "inspection", "escalation", "risk",
         "dataset-value"]


@pytest.mark.parametrize("name", LISTS)
def test_a_list_costs_the_same_queries_for_5_and_50_records(name, partnership, business_user, api_for):
    api = api_for(business_user)
    url = reverse(f"api-v1:{name}-list")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = api.get(url, {"page_size": 100})
        assert response.status_code == 200
        return len(captured), response.json()["count"]

    add(partnership, business_user, 5, 1)
    few, count = queries()
    assert count >= 5
    add(partnership, business_user, 45, 100)
    many, count = queries()
    assert count >= 50
    assert few == many
