"""Fixtures of the API tests: a token per role, and a small partnership's records beside another's."""
import datetime
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from assure.actions.models import Action
from assure.actions.tests import factories as action_factories
from assure.api import services
from assure.assurance.models import Activity, Escalation, Inspection
from assure.assurance.tests import factories as assurance_factories
from assure.meetings.models import AgendaItem, Meeting
from assure.partnerships.models import Body, Organisation, Person
from assure.performance.models import Figure
from assure.performance.tests import factories as performance_factories
from assure.reviews.tests import factories as review_factories

D = datetime.date


@pytest.fixture(autouse=True)
def fresh_throttles():
    """Throttles count in the cache: each test starts with none counted."""
    cache.clear()
    yield
    cache.clear()


def token_for(user, partnership, name="Dashboard") -> str:
    return services.create_token(partnership=partnership, user=user, name=name, by=user).secret


def client_with(secret=None) -> APIClient:
    client = APIClient()
    if secret:
        client.credentials(HTTP_AUTHORIZATION=f"Token {secret}")
    return client


@pytest.fixture
def api_for(partnership):
    def make(user, of=None):
        return client_with(token_for(user, of or partnership))
    return make


@dataclass
class Records:
    body: Body
    meeting: Meeting
    item: AgendaItem
    members_action: Action
    others_action: Action
    review: object
    activity: Activity
    inspection: Inspection
    risk: object
    escalation: Escalation
    indicator: object
    figure: Figure


def records_of(partnership, by, member=None) -> Records:
    body = Body.objects.create(partnership=partnership, name="Quality Assurance Subgroup", kind="subgroup")
    meeting = action_factories.meeting(body, D(2026, 2, 10))
    item = action_factories.item(meeting)
    mine = action_factories.action(partnership, by=by, body=body, due_date=D(2026, 4, 30),
                                   owners=[Person.objects.get(user=member, partnership=partnership)] if member else None)
    others = action_factories.action(partnership, by=by, text="Share the neglect toolkit", due_date=D(2026, 6, 30))
    review = review_factories.review(partnership, by)
    assurance_factories.case_audit(partnership, by)
    activity = Activity.objects.create(partnership=partnership, year=2025, kind=Activity.Kind.INSPECTION,
                                       title="JTAI: neglect", status=Activity.Status.PLANNED)
    inspection = Inspection.objects.create(activity=activity, inspection_type=Inspection.Type.JTAI)
    risk = assurance_factories.risk(partnership, by)
    council = Organisation.objects.create(partnership=partnership, name="Southmoor Council", kind="local_authority")
    police = Organisation.objects.create(partnership=partnership, name="Southmoor Police", kind="police")
    escalation = Escalation.objects.create(partnership=partnership, number=1, raised_on=D(2026, 1, 20),
                                           raised_by_organisation=council, raised_by_role="Social worker",
                                           about_organisation=police, summary="A strategy discussion was late.")
    indicator = performance_factories.indicator(partnership, by)
    performance_factories.figures(indicator, by, {"2025-Q1": "12", "2025-Q2": "c"})
    figure = Figure.objects.get(indicator=indicator, value=Decimal("12"))
    return Records(body, meeting, item, mine, others, review, activity, inspection, risk, escalation, indicator,
                   figure)


@pytest.fixture
def records(partnership, business_user, member_user) -> Records:
    return records_of(partnership, business_user, member_user)


@pytest.fixture
def others(other_partnership, outsider_user) -> Records:
    return records_of(other_partnership, outsider_user)
