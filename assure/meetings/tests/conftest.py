"""Fixtures for the meetings tests: people and a meeting with an agenda (papers go to the temporary media folder the shared conftest sets)."""
import datetime

import pytest

from assure.actions.services import Owner, create_action
from assure.partnerships.models import Body, Membership, Person

from .. import services


@pytest.fixture
def people(partnership, organisations):
    def person(name, kind):
        return Person.objects.create(partnership=partnership, full_name=name,
                                     initials="".join(w[0] for w in name.split()), organisation=organisations[kind])
    return {
        "la": person("Lena Ashworth", "local_authority"),
        "la_deputy": person("Liam Adeyemi", "local_authority"),
        "police": person("Paul Okafor", "police"),
        "health": person("Hana Ibrahim", "health"),
        "school": person("Sam Whitlock", "education"),
    }


@pytest.fixture
def board(executive_board, people):
    for key in ("la", "police", "health"):
        Membership.objects.create(body=executive_board, person=people[key])
    return executive_board


@pytest.fixture
def subgroup(partnership):
    return Body.objects.create(partnership=partnership, name="Exploitation Subgroup", kind=Body.Kind.SUBGROUP)


@pytest.fixture
def meeting(board, business_user, partnership):
    """An Executive Board meeting a week ago (the tests' today is 2026-03-09)."""
    return services.schedule_meeting(partnership=partnership, body=board, date=datetime.date(2026, 3, 2), by=business_user)


@pytest.fixture
def earlier_meeting(board, business_user, partnership):
    return services.schedule_meeting(partnership=partnership, body=board, date=datetime.date(2026, 1, 12), by=business_user)


@pytest.fixture
def future_meeting(board, business_user, partnership):
    return services.schedule_meeting(partnership=partnership, body=board, date=datetime.date(2026, 5, 11), by=business_user)


@pytest.fixture
def item(meeting, business_user):
    return services.add_agenda_item(meeting, number="3", title="Performance dataset Q3", by=business_user)


@pytest.fixture
def other_person(other_partnership):
    return Person.objects.create(partnership=other_partnership, full_name="Oona Elsewhere")


@pytest.fixture
def earlier_action(earlier_meeting, people, business_user, partnership):
    item = services.add_agenda_item(earlier_meeting, number="4", title="Neglect strategy", by=business_user)
    return create_action(partnership=partnership, text="Circulate the neglect strategy", owners=[Owner(person=people["la"])],
                         by=business_user, meeting=earlier_meeting, item=item, due_at_next_meeting=True)


@pytest.fixture
def business(client_for, business_user):
    """A signed-in business team client."""
    return client_for(business_user)


@pytest.fixture
def reader(client_for, readonly_user):
    return client_for(readonly_user)
