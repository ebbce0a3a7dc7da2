"""The catalogue's pages: the list (live and retired, what each role is offered), the indicator form (every field,
errors named, nothing written on a refusal), retiring, reinstating and moving."""
import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from assure.conftest import date_boxes
from assure.partnerships.models import Person, Priority

from .. import services
from ..models import Indicator
from . import factories


def url(name, partnership, **kwargs):
    return reverse(f"performance:{name}", kwargs={"slug": partnership.slug, **kwargs})


def form_data(**changes) -> dict:
    data = {"code": "cp-2yr", "name": "Child protection plans lasting 2 years or more", "definition": "",
            "unit": "percentage", "polarity": "lower", "frequency": "quarterly", "source_organisation": "",
            "owner": "", "priority": "", "target_value": "3.5", "target_description": "Below England's 3.8%",
            "green_threshold": "4", "red_threshold": "5.5", "comparators": "published",
            "published_measure": "cpp_2yr_percent", "neighbours_average": "median",
            **date_boxes("target_date", "2027-03-31")}
    return {**data, **changes}


@pytest.fixture
def catalogue(partnership, business_user):
    live = factories.indicator(partnership, business_user, code="MISS", target_value=Decimal("40"),
                               target_description="Reduce missing episodes by 40%")
    old = factories.indicator(partnership, business_user, code="OLD-REF", name="Referrals (old definition)")
    services.retire_indicator(old, by=business_user, expected_version=old.version)
    return {"live": live, "old": old}


def test_the_catalogue_shows_live_and_retired_indicators(partnership, business_user, client_for, catalogue):
    page = client_for(business_user).get(url("indicator-list", partnership)).content.decode()
    live_part, retired_part = page.split('id="retired"')
    assert "Children missing from home (episodes)" in live_part and "Referrals (old definition)" in retired_part
    assert "40 (Reduce missing episodes by 40%)" in live_part
    assert "Add an indicator" in page and "Reinstate<span" in retired_part and "Retire<span" in live_part


def test_readers_see_the_catalogue_without_its_buttons(partnership, readonly_user, member_user, client_for, catalogue):
    for user in (readonly_user, member_user):
        page = client_for(user).get(url("indicator-list", partnership)).content.decode()
        assert "Children missing from home (episodes)" in page
        assert "Add an indicator" not in page and "Retire<span" not in page and "Move " not in page
        assert client_for(user).get(url("indicator-add", partnership)).status_code == 403


def test_adding_an_indicator_with_every_field(partnership, business_user, client_for, organisations):
    owner = Person.objects.get(user=business_user)
    priority = Priority.objects.create(partnership=partnership, title="Neglect")
    response = client_for(business_user).post(url("indicator-add", partnership), form_data(
        owner=owner.pk, priority=priority.pk, source_organisation=organisations["local_authority"].pk))
    indicator = Indicator.objects.get(partnership=partnership)
    assert response.status_code == 302 and response["Location"].endswith(f"#indicator-{indicator.pk}")
    assert (indicator.code, indicator.unit, indicator.target_value, indicator.target_date, indicator.green_threshold,
            indicator.owner, indicator.priority, indicator.published_measure) == (
        "CP-2YR", "percentage", Decimal("3.5"), datetime.date(2027, 3, 31), Decimal("4"), owner, priority,
        "cpp_2yr_percent")


@pytest.mark.parametrize("changes, field, message", [
    ({"code": ""}, "code", "Enter the indicator&#x27;s code"),
    ({"unit": ""}, "unit", "Choose the unit of the indicator"),
    ({"green_threshold": "six"}, "green_threshold", "Enter the green threshold as a number"),
    ({"green_threshold": "6", "red_threshold": "4"}, "green_threshold", "Lower is better, so the green threshold"),
    ({"red_threshold": ""}, "red_threshold", "Enter the red threshold too"),
    ({"target_value": "101"}, "target_value", "over 100, so it cannot be a percentage"),
    ({"published_measure": ""}, "published_measure", "Enter the column of the published statistics"),
    ({**date_boxes("target_date", "2027-02-30")}, "target_date", "must be a real date"),
])
def test_bad_input_is_refused_on_its_field_and_nothing_is_written(partnership, business_user, client_for, changes,
                                                                  field, message):
    response = client_for(business_user).post(url("indicator-add", partnership), form_data(**changes))
    page = response.content.decode()
    assert response.status_code == 200 and "<title>Error: " in page and message in page
    assert f'href="#id_{field}' in page
    assert not Indicator.objects.exists()


def test_another_partnerships_owner_is_not_accepted(partnership, business_user, outsider_user, client_for):
    theirs = Person.objects.get(user=outsider_user)
    response = client_for(business_user).post(url("indicator-add", partnership), form_data(owner=theirs.pk))
    assert 'href="#id_owner"' in response.content.decode()
    assert not Indicator.objects.exists()


def test_changing_an_indicator_shows_its_figures_as_typed_and_saves(partnership, business_user, client_for,
                                                                    catalogue):
    indicator = catalogue["live"]
    client = client_for(business_user)
    page = client.get(url("indicator-edit", partnership, indicator_id=indicator.pk)).content.decode()
    assert 'value="40"' in page and "40.0000" not in page
    data = form_data(code="MISS", unit="count", comparators="none", published_measure="", target_value="30",
                     green_threshold="", red_threshold="", version=indicator.version)
    assert client.post(url("indicator-edit", partnership, indicator_id=indicator.pk), data).status_code == 302
    indicator.refresh_from_db()
    assert (indicator.target_value, indicator.version) == (Decimal("30"), 2)
    # The same page posted again is out of date: nothing is overwritten.
    again = client.post(url("indicator-edit", partnership, indicator_id=indicator.pk), {**data, "target_value": "20"})
    assert "Someone else changed this record" in again.content.decode()
    indicator.refresh_from_db()
    assert indicator.target_value == Decimal("30")


def test_retire_then_reinstate(partnership, business_user, client_for, catalogue):
    indicator, client = catalogue["live"], client_for(business_user)
    retire = url("indicator-retire", partnership, indicator_id=indicator.pk)
    assert "It leaves the dataset page and the board pack" in client.get(retire).content.decode()
    assert client.post(retire, {"version": indicator.version}).status_code == 302
    indicator.refresh_from_db()
    assert indicator.retired_on == datetime.date(2026, 3, 9)
    assert "already retired" in client.get(retire).content.decode()
    reinstate = url("indicator-reinstate", partnership, indicator_id=indicator.pk)
    assert client.post(reinstate, {"version": indicator.version}).status_code == 302
    indicator.refresh_from_db()
    assert indicator.retired_on is None


def test_moving_an_indicator(partnership, business_user, client_for):
    first, second = (factories.indicator(partnership, business_user, code=code) for code in ("A", "B"))
    client = client_for(business_user)
    move = url("indicator-move", partnership, indicator_id=second.pk)
    assert client.get(move).status_code == 405
    assert client.post(move, {"direction": "up"}).status_code == 302
    assert list(Indicator.objects.values_list("code", flat=True)) == ["B", "A"]
    response = client.post(move, {"direction": "up"}, follow=True)
    assert "B is already first in the catalogue" in response.content.decode()


def test_another_partnerships_indicator_is_not_found(partnership, other_partnership, business_user, outsider_user,
                                                     client_for):
    theirs = factories.indicator(other_partnership, outsider_user)
    client = client_for(business_user)
    for name in ("indicator-edit", "indicator-retire", "indicator-move", "figure-list", "figure-add",
                 "comparator-add"):
        assert client.get(url(name, partnership, indicator_id=theirs.pk)).status_code == 404, name
        assert client.post(url(name, partnership, indicator_id=theirs.pk), {}).status_code == 404, name
