"""The indicator catalogue's services: what a person must give and what is refused."""
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from assure.core.concurrency import EditConflict
from assure.partnerships.models import Person
from assure.performance import services
from assure.performance.models import Indicator

from . import factories


def test_code_is_tidied_and_unique_in_the_partnership(partnership, other_partnership, business_user):
    first = factories.indicator(partnership, business_user, code=" cp-2yr ")
    assert first.code == "CP-2YR"
    with pytest.raises(ValidationError, match="already has the code CP-2YR"):
        factories.indicator(partnership, business_user, code="CP-2YR")
    assert factories.indicator(other_partnership, business_user, code="CP-2YR").code == "CP-2YR"


@pytest.mark.parametrize("changes, field, says", [
    ({"code": ""}, "code", "Enter the indicator's code"),
    ({"code": "CP 2YR!"}, "code", "no spaces"),
    ({"name": " "}, "name", "Enter the indicator's name"),
    ({"unit": "furlongs"}, "unit", "Choose the unit"),
    ({"polarity": ""}, "polarity", "Choose whether higher or lower"),
    ({"frequency": "weekly"}, "frequency", "Choose how often"),
    ({"comparators": "published"}, "published_measure", "Enter the column"),
    ({"green_threshold": Decimal("15"), "red_threshold": Decimal("10")}, "green_threshold", "at or below"),
    ({"green_threshold": Decimal("15")}, "green_threshold", "Give both"),
    ({"polarity": "neither", "target_value": Decimal("4")}, "target_value", "has no target"),
    ({"unit": "percentage", "target_value": Decimal("140")}, "target_value", "over 100"),
])
def test_refusals_name_the_field(partnership, business_user, changes, field, says):
    with pytest.raises(ValidationError) as refused:
        factories.indicator(partnership, business_user, **changes)
    assert says in " ".join(refused.value.message_dict[field])
    assert not Indicator.objects.exists()


def test_owner_from_another_partnership_is_refused(partnership, other_partnership, business_user):
    stranger = Person.objects.create(partnership=other_partnership, full_name="Noor Haddad")
    with pytest.raises(ValidationError, match="this partnership's people"):
        factories.indicator(partnership, business_user, owner=stranger)


def test_update_keeps_figures_but_not_a_change_of_unit(partnership, business_user):
    indicator = factories.indicator(partnership, business_user)
    factories.figures(indicator, business_user, {"2025-Q3": "52"})
    indicator = services.update_indicator(indicator, by=business_user, expected_version=indicator.version,
                                          target_value=Decimal("40"), target_description="Reduce by 20%")
    assert (indicator.target_value, indicator.version) == (Decimal("40"), 2)
    with pytest.raises(ValidationError, match="unit cannot change"):
        services.update_indicator(indicator, by=business_user, expected_version=indicator.version,
                                  unit="percentage")
    with pytest.raises(EditConflict):
        services.update_indicator(indicator, by=business_user, expected_version=1, name="Old page")


def test_retire_and_reinstate(partnership, business_user):
    indicator = factories.indicator(partnership, business_user)
    indicator = services.retire_indicator(indicator, by=business_user, expected_version=indicator.version)
    assert indicator.retired_on is not None
    with pytest.raises(ValidationError, match="already retired"):
        services.retire_indicator(indicator, by=business_user, expected_version=indicator.version)
    indicator = services.reinstate_indicator(indicator, by=business_user, expected_version=indicator.version)
    assert indicator.retired_on is None
