"""The area's services (own area, authorities, statistical neighbours) and comparators entered by hand: what they
keep, and tables of what they refuse, each refusal naming the field to fix and writing nothing."""
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from assure.performance import periods, services
from assure.performance.models import Authority, ComparatorFigure, Neighbour

from . import factories

P = periods.parse_period


def field_of(refusal: ValidationError) -> str:
    return next(iter(refusal.message_dict))


def tarnside(partnership, by, **changes):
    return services.set_own_area(partnership=partnership, by=by, **{
        "code": "E10000901", "old_code": "901", "name": "Marshcombe", "region_code": "E12000901",
        "region_name": "Northern Fells", **changes})


def known(partnership, by, count):
    return [services.save_authority(partnership=partnership, by=by, code=f"E100009{20 + n}", old_code=f"9{20 + n}",
                                    name=f"Fellbrook {n}", region_code="E12000901", region_name="Northern Fells")
            for n in range(count)]


def test_own_area_is_set_then_moved_to_another_authority(partnership, business_user):
    own = tarnside(partnership, business_user, code=" e10000901 ", name="  Marshcombe ")
    assert (own.code, own.name, own.is_own_area) == ("E10000901", "Marshcombe", True)
    other = known(partnership, business_user, 1)[0]
    moved = services.set_own_area(partnership=partnership, by=business_user, code=other.code, name=other.name,
                                  region_code="E12000902", region_name="Southern Downs")
    assert moved.pk == other.pk and services.own_area(partnership).pk == other.pk
    own.refresh_from_db()
    assert not own.is_own_area        # still known, no longer the own area
    assert Authority.objects.filter(partnership=partnership).count() == 2


@pytest.mark.parametrize("changes, field", [
    ({"code": ""}, "code"),
    ({"code": "Marshcombe"}, "code"),
    ({"code": "E1000090"}, "code"),
    ({"old_code": "9011"}, "old_code"),
    ({"name": "  "}, "name"),
    ({"region_code": ""}, "region_code"),          # the own area needs its region, for the regional comparator
    ({"region_code": "E92000001"}, "region_code"),  # England's code is not a region's
    ({"region_code": "X12"}, "region_code"),
    ({"region_name": ""}, "region_name"),
])
def test_own_area_refusals_name_the_field(partnership, business_user, changes, field):
    with pytest.raises(ValidationError) as refused:
        tarnside(partnership, business_user, **changes)
    assert field_of(refused.value) == field
    assert not Authority.objects.exists()


def test_a_neighbour_cannot_become_the_own_area(partnership, business_user):
    tarnside(partnership, business_user)
    fellbrook = known(partnership, business_user, 1)[0]
    services.set_neighbours(partnership=partnership, by=business_user, authorities=[fellbrook])
    with pytest.raises(ValidationError) as refused:
        services.set_own_area(partnership=partnership, by=business_user, code=fellbrook.code, name=fellbrook.name,
                              region_code="E12000901", region_name="Northern Fells")
    assert "take it out of the neighbours first" in refused.value.message_dict["code"][0]


def test_save_authority_corrects_the_one_with_the_same_code(partnership, business_user):
    first = services.save_authority(partnership=partnership, by=business_user, code="E10000920", name="Felbrok")
    again = services.save_authority(partnership=partnership, by=business_user, code="E10000920", name="Fellbrook")
    assert again.pk == first.pk and again.name == "Fellbrook"
    assert first.history.count() == 2


def test_neighbours_are_kept_in_order_and_replaced_whole(partnership, business_user):
    tarnside(partnership, business_user)
    ten = known(partnership, business_user, 10)
    services.set_neighbours(partnership=partnership, by=business_user, authorities=ten)
    assert [n.authority for n in Neighbour.objects.filter(partnership=partnership)] == ten
    services.set_neighbours(partnership=partnership, by=business_user, authorities=[ten[3], ten[0]])
    assert [(n.rank, n.authority) for n in Neighbour.objects.filter(partnership=partnership)] == [
        (1, ten[3]), (2, ten[0])]


def test_neighbour_refusals_name_the_rank_at_fault(partnership, other_partnership, business_user, outsider_user):
    own = tarnside(partnership, business_user)
    ours = known(partnership, business_user, 11)
    theirs = services.save_authority(partnership=other_partnership, by=outsider_user, code="E10000950",
                                     name="Elsewhere")
    cases = [
        (ours, "neighbours", "at most 10"),
        ([ours[0], ours[1], ours[0]], "neighbour_3", "already neighbour 1"),
        ([ours[0], own], "neighbour_2", "own area"),
        ([theirs], "neighbour_1", "knows"),
    ]
    for authorities, field, words in cases:
        with pytest.raises(ValidationError) as refused:
            services.set_neighbours(partnership=partnership, by=business_user, authorities=authorities)
        assert field_of(refused.value) == field and words in refused.value.message_dict[field][0]
    assert not Neighbour.objects.exists()


# --- comparators entered by hand

@pytest.fixture
def entered(partnership, business_user):
    return factories.indicator(partnership, business_user, code="ASC-S42", name="Section 42 enquiries",
                               unit="percentage", polarity="higher", frequency="yearly", comparators="entered")


def test_england_region_and_neighbour_figures_are_kept_under_their_codes(partnership, business_user, entered):
    tarnside(partnership, business_user)
    fellbrook = known(partnership, business_user, 1)[0]
    year = P("2024/25")
    services.record_comparator(entered, by=business_user, level="national", period=year, value=Decimal("31.5"))
    services.record_comparator(entered, by=business_user, level="regional", period=year, value=None,
                               suppression="c")
    services.record_comparator(entered, by=business_user, level="local_authority", period=year,
                               value=Decimal("28"), authority=fellbrook)
    kept = {(c.level, c.area_code, c.area_name, c.value, c.suppression)
            for c in ComparatorFigure.objects.filter(indicator=entered)}
    assert kept == {("national", "E92000001", "England", Decimal("31.5"), ""),
                    ("regional", "E12000901", "Northern Fells", None, "c"),
                    ("local_authority", fellbrook.code, fellbrook.name, Decimal("28"), "")}
    # The same area and year again corrects the figure rather than adding another.
    services.record_comparator(entered, by=business_user, level="national", period=year, value=Decimal("32"))
    assert ComparatorFigure.objects.get(indicator=entered, level="national").value == Decimal("32")
    assert ComparatorFigure.objects.filter(indicator=entered).count() == 3


def test_a_quarterly_indicator_takes_quarters_or_years(partnership, business_user):
    quarterly = factories.indicator(partnership, business_user, code="RHI", unit="percentage", polarity="higher",
                                    comparators="entered")
    for code in ("2025-Q2", "2024/25"):
        services.record_comparator(quarterly, by=business_user, level="national", period=P(code), value=Decimal("80"))
    with pytest.raises(ValidationError) as refused:
        services.record_comparator(quarterly, by=business_user, level="national", period=P("2025-05"),
                                   value=Decimal("80"))
    assert field_of(refused.value) == "period"


@pytest.mark.parametrize("changes, field", [
    ({"level": "regional"}, "level"),                         # no own area yet, so no region
    ({"level": "local_authority"}, "authority"),              # which neighbour?
    ({"level": "parish"}, "level"),
    ({"period": "2025-Q3"}, "period"),                        # a yearly indicator
    ({"period": "2026/27"}, "period"),                        # not started yet
    ({"value": None}, "value"),
    ({"value": Decimal("4"), "suppression": "c"}, "value"),
    ({"value": Decimal("104")}, "value"),                     # a percentage over 100
    ({"value": Decimal("-1")}, "value"),
])
def test_comparator_refusals_name_the_field(entered, business_user, changes, field):
    arguments = {"level": "national", "period": "2024/25", "value": Decimal("30"), "suppression": "", **changes}
    arguments["period"] = P(arguments["period"])
    with pytest.raises(ValidationError) as refused:
        services.record_comparator(entered, by=business_user, **arguments)
    assert field_of(refused.value) == field
    assert not ComparatorFigure.objects.exists()


def test_own_area_and_another_partnerships_authority_are_not_comparators(partnership, other_partnership,
                                                                         business_user, outsider_user, entered):
    own = tarnside(partnership, business_user)
    theirs = services.save_authority(partnership=other_partnership, by=outsider_user, code="E10000950",
                                     name="Elsewhere")
    for authority in (own, theirs):
        with pytest.raises(ValidationError) as refused:
            services.record_comparator(entered, by=business_user, level="local_authority", period=P("2024/25"),
                                       value=Decimal("3"), authority=authority)
        assert field_of(refused.value) == "authority"


def test_an_indicator_without_comparators_takes_none(partnership, business_user):
    plain = factories.indicator(partnership, business_user)
    with pytest.raises(ValidationError) as refused:
        services.record_comparator(plain, by=business_user, level="national", period=P("2024/25"), value=Decimal("3"))
    assert "has no comparators" in refused.value.message_dict["level"][0]


def test_remove_comparator(partnership, business_user, entered):
    figure = services.record_comparator(entered, by=business_user, level="national", period=P("2024/25"),
                                        value=Decimal("30"))
    services.remove_comparator(figure, by=business_user)
    assert not ComparatorFigure.objects.exists()
