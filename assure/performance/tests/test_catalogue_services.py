"""The catalogue's services: adding and changing an indicator (a table of refusals, each naming the field), retiring,
reinstating and moving it, and correcting a figure under its version."""
import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from assure.core.concurrency import EditConflict
from assure.performance import periods, services
from assure.performance.models import Figure, Indicator

from . import factories

BASE = {"code": "CP-2YR", "name": "Child protection plans lasting 2 years or more", "unit": "percentage",
        "polarity": "lower", "frequency": "quarterly"}


def add(partnership, by, **changes):
    return services.add_indicator(partnership=partnership, by=by, **{**BASE, **changes})


def test_an_indicator_is_added_tidied_and_last(partnership, business_user):
    first = factories.indicator(partnership, business_user)
    added = add(partnership, business_user, code=" cp-2yr ", name="  Child  protection plans ",
                green_threshold=Decimal("4"), red_threshold=Decimal("6"), comparators="published",
                published_measure="cpp_2yr_pct", target_value=Decimal("3.5"), target_date=datetime.date(2027, 3, 31))
    assert (added.code, added.name, added.position) == ("CP-2YR", "Child protection plans", first.position + 1)


@pytest.mark.parametrize("changes, field", [
    ({"code": ""}, "code"),
    ({"code": "CP 2YR!"}, "code"),
    ({"code": "MISS"}, "code"),                                           # already used
    ({"name": ""}, "name"),
    ({"unit": "stone"}, "unit"),
    ({"polarity": ""}, "polarity"),
    ({"frequency": "weekly"}, "frequency"),
    ({"comparators": "published"}, "published_measure"),
    ({"green_threshold": Decimal("4")}, "red_threshold"),                 # the missing one is named
    ({"red_threshold": Decimal("6")}, "green_threshold"),
    ({"green_threshold": Decimal("6"), "red_threshold": Decimal("4")}, "green_threshold"),   # lower is better
    ({"target_date": datetime.date(2027, 3, 31)}, "target_value"),
    ({"polarity": "neither", "target_value": Decimal("3")}, "target_value"),
    ({"target_value": Decimal("120")}, "target_value"),                   # a percentage over 100
    ({"target_description": "x" * 201}, "target_description"),
])
def test_add_refusals_name_the_field_and_write_nothing(partnership, business_user, changes, field):
    factories.indicator(partnership, business_user, code="MISS")
    with pytest.raises(ValidationError) as refused:
        add(partnership, business_user, **changes)
    assert next(iter(refused.value.message_dict)) == field
    assert Indicator.objects.count() == 1


def test_another_partnerships_owner_is_refused(partnership, other_partnership, business_user, outsider_user):
    from assure.partnerships.models import Person
    theirs = Person.objects.get(user=outsider_user)
    with pytest.raises(ValidationError) as refused:
        add(partnership, business_user, owner=theirs)
    assert "owner" in refused.value.message_dict


def test_unit_and_frequency_stay_while_there_are_figures(partnership, business_user):
    indicator = factories.indicator(partnership, business_user)
    factories.figures(indicator, business_user, {"2025-Q3": "12"})
    for changes in ({"unit": "percentage"}, {"frequency": "monthly"}):
        with pytest.raises(ValidationError) as refused:
            services.update_indicator(indicator, by=business_user, expected_version=indicator.version, **changes)
        assert next(iter(refused.value.message_dict)) == next(iter(changes))


def test_moving_swaps_with_the_neighbour_and_refuses_past_the_ends(partnership, business_user):
    a, b, c = (factories.indicator(partnership, business_user, code=code) for code in "ABC")
    services.move_indicator(c, by=business_user, direction="up")
    assert list(Indicator.objects.filter(partnership=partnership).values_list("code", flat=True)) == ["A", "C", "B"]
    c.refresh_from_db()
    assert c.version == 1          # a move is not an edit: an edit page left open still saves
    with pytest.raises(ValidationError, match="already first"):
        services.move_indicator(a, by=business_user, direction="up")
    with pytest.raises(ValidationError, match="up or down"):
        services.move_indicator(a, by=business_user, direction="sideways")
    services.retire_indicator(b, by=business_user, expected_version=b.version)
    with pytest.raises(ValidationError, match="retired"):
        services.move_indicator(b, by=business_user, direction="up")


def test_retire_and_reinstate(partnership, business_user):
    indicator = factories.indicator(partnership, business_user)
    retired = services.retire_indicator(indicator, by=business_user, expected_version=indicator.version)
    assert retired.retired_on == datetime.date(2026, 3, 9)
    with pytest.raises(EditConflict):
        services.retire_indicator(indicator, by=business_user, expected_version=1)
    back = services.reinstate_indicator(retired, by=business_user, expected_version=retired.version)
    assert back.retired_on is None


def test_a_figure_is_corrected_under_its_version(partnership, business_user):
    indicator = factories.indicator(partnership, business_user)
    quarter = periods.parse_period("2025-Q3")
    figure = services.record_figure(indicator, by=business_user, period=quarter, value=Decimal("12"))
    services.record_figure(indicator, by=business_user, period=quarter, value=Decimal("14"), note="Late returns",
                           expected_version=figure.version)
    with pytest.raises(EditConflict):      # the page showing version 1 is out of date now
        services.record_figure(indicator, by=business_user, period=quarter, value=Decimal("15"),
                               expected_version=figure.version)
    kept = Figure.objects.get(pk=figure.pk)
    assert (kept.value, kept.note) == (Decimal("14"), "Late returns")
