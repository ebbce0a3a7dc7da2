"""Figures and comparators entered by hand, and the partnership's area: each page, who may use it, bad input refused
on its field with nothing written, and another partnership's records not found."""
import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from .. import periods, services
from ..models import Authority, ComparatorFigure, Figure, Neighbour, QuarterApproval
from . import factories


def url(name, partnership, **kwargs):
    return reverse(f"performance:{name}", kwargs={"slug": partnership.slug, **kwargs})


@pytest.fixture
def indicator(partnership, business_user):
    return factories.indicator(partnership, business_user)


def test_adding_a_figure_typed_as_a_code_or_not_published(partnership, business_user, client_for, indicator):
    client = client_for(business_user)
    add = url("figure-add", partnership, indicator_id=indicator.pk)
    assert "A quarter of the financial year, for example 2026-Q2" in client.get(add).content.decode()
    assert client.post(add, {"period": "2025-Q3", "value": "1,204", "note": "Provisional"}).status_code == 302
    assert client.post(add, {"period": "Q2 2025/26", "value": "[c]"}).status_code == 302
    kept = {(f.period.code, f.value, f.suppression, f.note, f.source) for f in Figure.objects.all()}
    assert kept == {("2025-Q3", Decimal("1204"), "", "Provisional", "entered"), ("2025-Q2", None, "c", "", "entered")}


def test_adding_a_figure_for_a_period_that_has_one_says_what_it_replaced(partnership, business_user, client_for,
                                                                         indicator):
    client = client_for(business_user)
    add = url("figure-add", partnership, indicator_id=indicator.pk)
    first = client.post(add, {"period": "2025-Q3", "value": "1204"}, follow=True).content.decode()
    assert "figure for Q3 2025/26 saved." in first and "It replaces" not in first
    again = client.post(add, {"period": "2025-Q3", "value": "1240"}, follow=True).content.decode()
    assert "figure for Q3 2025/26 saved. It replaces 1,204." in again
    assert Figure.objects.get().value == Decimal("1240")


@pytest.mark.parametrize("data, field, message", [
    ({"period": "", "value": "3"}, "period", "Enter the period the figure is for"),
    ({"period": "2025-13", "value": "3"}, "period", "the month must be from 01 to 12"),
    ({"period": "2025-Q5", "value": "3"}, "period", "is not a period the dataset understands"),
    ({"period": "2025-10", "value": "3"}, "period", "is reported quarterly, so give a quarter"),
    ({"period": "2026-Q1", "value": "3"}, "period", "has not started yet"),
    ({"period": "2025-Q3", "value": ""}, "value", "Enter the figure, or the code"),
    ({"period": "2025-Q3", "value": "lots"}, "value", "is not a number"),
    ({"period": "2025-Q3", "value": "4.5"}, "value", "is not a whole number, and this indicator is a count"),
])
def test_a_bad_figure_is_refused_on_its_field(partnership, business_user, client_for, indicator, data, field,
                                              message):
    response = client_for(business_user).post(url("figure-add", partnership, indicator_id=indicator.pk), data)
    page = response.content.decode()
    assert response.status_code == 200 and "<title>Error: " in page and message in page
    assert f'href="#id_{field}"' in page
    assert not Figure.objects.exists()


def test_a_figure_in_an_approved_quarter_is_refused(partnership, business_user, client_for, indicator):
    QuarterApproval.objects.create(partnership=partnership, quarter_start=datetime.date(2025, 10, 1),
                                   approved_at=datetime.datetime(2026, 2, 1, tzinfo=datetime.UTC))
    response = client_for(business_user).post(url("figure-add", partnership, indicator_id=indicator.pk),
                                              {"period": "2025-Q3", "value": "12"})
    assert "Q3 2025/26 is approved, so its figures and commentary cannot change" in response.content.decode()
    assert not Figure.objects.exists()


def test_the_figures_page_lists_newest_first_in_pages(partnership, business_user, readonly_user, client_for):
    monthly = factories.indicator(partnership, business_user, code="CONTACTS", frequency="monthly",
                                  polarity="neither")
    factories.figures(monthly, business_user, {periods.Period(datetime.date(2023, 10, 1), "month").code: "500"})
    months, current = {}, periods.Period(datetime.date(2023, 11, 1), "month")
    while current.start <= datetime.date(2026, 2, 1):
        months[current.code] = "510"
        current = current.next()
    factories.figures(monthly, business_user, {**months, "2026-02": "c"})
    client = client_for(business_user)
    first = client.get(url("figure-list", partnership, indicator_id=monthly.pk)).content.decode()
    assert first.index("February 2026") < first.index("January 2026")
    assert "Not published (c): suppressed to protect confidential information" in first
    assert "October 2023" not in first and "Change<span" in first
    second = client.get(url("figure-list", partnership, indicator_id=monthly.pk) + "?page=2").content.decode()
    assert "October 2023" in second
    reader = client_for(readonly_user).get(url("figure-list", partnership, indicator_id=monthly.pk)).content.decode()
    assert "February 2026" in reader and "Change<span" not in reader and "Add a figure" not in reader


def test_correcting_and_removing_a_figure(partnership, business_user, client_for, indicator):
    factories.figures(indicator, business_user, {"2025-Q3": "12"})
    figure, client = Figure.objects.get(), client_for(business_user)
    edit = url("figure-edit", partnership, figure_id=figure.pk)
    assert 'value="12"' in client.get(edit).content.decode()
    assert client.post(edit, {"value": "14", "note": "Late returns", "version": figure.version}).status_code == 302
    stale = client.post(edit, {"value": "15", "note": "", "version": figure.version})
    assert "Someone else changed this record" in stale.content.decode()
    figure.refresh_from_db()
    assert (figure.value, figure.note) == (Decimal("14"), "Late returns")
    remove = url("figure-remove", partnership, figure_id=figure.pk)
    assert "Remove the figure for Q3 2025/26?" in client.get(remove).content.decode()
    assert client.post(remove, {"version": figure.version}).status_code == 302
    assert not Figure.objects.exists()


def test_members_cannot_enter_figures(partnership, member_user, business_user, client_for, indicator):
    factories.figures(indicator, business_user, {"2025-Q3": "12"})
    figure, client = Figure.objects.get(), client_for(member_user)
    assert client.post(url("figure-add", partnership, indicator_id=indicator.pk),
                       {"period": "2025-Q2", "value": "3"}).status_code == 403
    assert client.post(url("figure-remove", partnership, figure_id=figure.pk),
                       {"version": figure.version}).status_code == 403
    assert Figure.objects.count() == 1


def test_another_partnerships_figures_and_comparators_are_not_found(partnership, other_partnership, business_user,
                                                                    outsider_user, client_for):
    theirs = factories.indicator(other_partnership, outsider_user, comparators="entered", frequency="yearly")
    factories.figures(theirs, outsider_user, {"2024/25": "3"})
    comparator = services.record_comparator(theirs, by=outsider_user, level="national",
                                            period=periods.parse_period("2024/25"), value=Decimal("4"))
    client = client_for(business_user)
    for name, kwargs in [("figure-edit", {"figure_id": theirs.figures.get().pk}),
                         ("figure-remove", {"figure_id": theirs.figures.get().pk}),
                         ("comparator-remove", {"comparator_id": comparator.pk})]:
        assert client.post(url(name, partnership, **kwargs), {"version": 1}).status_code == 404, name
    assert Figure.objects.count() == 1 and ComparatorFigure.objects.count() == 1


# --- comparators

@pytest.fixture
def entered(partnership, business_user):
    factories.area(partnership, neighbours=2)
    return factories.indicator(partnership, business_user, code="ASC-S42", unit="percentage", polarity="higher",
                               frequency="yearly", comparators="entered")


def test_comparators_are_entered_for_england_the_region_and_a_neighbour(partnership, business_user, client_for,
                                                                         entered):
    client = client_for(business_user)
    add = url("comparator-add", partnership, indicator_id=entered.pk)
    assert "The region (Northern Fells)" in client.get(add).content.decode()
    neighbour = Authority.objects.get(code="E10000910")
    for data in ({"level": "national", "period": "2024/25", "value": "31.5"},
                 {"level": "regional", "period": "2024/25", "value": "z"},
                 {"level": "local_authority", "authority": neighbour.pk, "period": "2024/25", "value": "28"}):
        assert client.post(add, data).status_code == 302
    assert {(c.area_name, c.value, c.suppression) for c in ComparatorFigure.objects.all()} == {
        ("England", Decimal("31.5"), ""), ("Northern Fells", None, "z"), ("Neighbourshire 0", Decimal("28"), "")}
    page = client.get(url("figure-list", partnership, indicator_id=entered.pk)).content.decode()
    assert "Neighbourshire 0" in page and "31.5%" in page and "Add a comparator figure" in page


@pytest.mark.parametrize("data, field, message", [
    ({"period": "2024/25", "value": "3"}, "level", "Choose whose figure it is"),
    ({"level": "local_authority", "period": "2024/25", "value": "3"}, "authority", "Choose the statistical neighbour"),
    ({"level": "national", "period": "2024", "value": "3"}, "period", "not a period the dataset understands"),
    ({"level": "national", "period": "2025-Q1", "value": "3"}, "period", "Give a financial year"),
    ({"level": "national", "period": "2024/25", "value": "140"}, "value", "cannot be a percentage"),
])
def test_a_bad_comparator_is_refused_on_its_field(partnership, business_user, client_for, entered, data, field,
                                                  message):
    response = client_for(business_user).post(url("comparator-add", partnership, indicator_id=entered.pk), data)
    page = response.content.decode()
    assert "<title>Error: " in page and message in page and f'href="#id_{field}' in page
    assert not ComparatorFigure.objects.exists()


def test_removing_a_comparator(partnership, business_user, client_for, entered):
    figure = services.record_comparator(entered, by=business_user, level="national",
                                        period=periods.parse_period("2024/25"), value=Decimal("30"))
    remove = url("comparator-remove", partnership, comparator_id=figure.pk)
    assert "Remove England&#x27;s figure for 2024/25?" in client_for(business_user).get(remove).content.decode()
    assert client_for(business_user).post(remove, {}).status_code == 302
    assert not ComparatorFigure.objects.exists()


# --- the area

def test_the_area_page_and_setting_the_own_area(partnership, business_user, readonly_user, client_for):
    client = client_for(business_user)
    assert "own area is not set yet" in client.get(url("area", partnership)).content.decode()
    response = client.post(url("area-edit", partnership), {"code": "e10000901", "old_code": "901", "name": "Marshcombe",
                                                           "region_code": "E12000901",
                                                           "region_name": "Northern Fells"})
    assert response.status_code == 302
    page = client_for(readonly_user).get(url("area", partnership)).content.decode()
    assert "Marshcombe (E10000901, old code 901)" in page and "Northern Fells (E12000901)" in page
    assert "Change the own area" not in page


@pytest.mark.parametrize("changes, field, message", [
    ({"code": ""}, "code", "Enter the authority&#x27;s code"),
    ({"code": "TARN"}, "code", "a letter then eight numbers"),
    ({"region_code": ""}, "region_code", "Enter the region&#x27;s code"),
    ({"old_code": "90"}, "old_code", "three numbers"),
])
def test_a_bad_own_area_is_refused_on_its_field(partnership, business_user, client_for, changes, field, message):
    data = {"code": "E10000901", "old_code": "901", "name": "Marshcombe", "region_code": "E12000901",
            "region_name": "Northern Fells", **changes}
    page = client_for(business_user).post(url("area-edit", partnership), data).content.decode()
    assert "<title>Error: " in page and message in page and f'href="#id_{field}"' in page
    assert not Authority.objects.exists()


def test_choosing_the_neighbours_in_order(partnership, business_user, client_for):
    own, others = factories.area(partnership, neighbours=0)
    known = [services.save_authority(partnership=partnership, by=business_user, code=f"E100009{20 + n}",
                                     name=f"Fellbrook {n}") for n in range(3)]
    client = client_for(business_user)
    edit = url("neighbours-edit", partnership)
    page = client.get(edit).content.decode()
    assert "Fellbrook 2" in page and f'value="{own.pk}"' not in page     # the own area is not offered
    assert client.post(edit, {"neighbour_1": known[2].pk, "neighbour_2": known[0].pk}).status_code == 302
    assert [n.authority for n in Neighbour.objects.all()] == [known[2], known[0]]
    area = client.get(url("area", partnership)).content.decode()
    assert area.index("Fellbrook 2") < area.index("Fellbrook 0")


@pytest.mark.parametrize("ranks, field, message", [
    ({"neighbour_1": 0, "neighbour_2": 0}, "neighbour_2", "is already neighbour 1"),
    ({"neighbour_1": 0, "neighbour_3": 1}, "neighbour_3", "Choose the 2nd neighbour first"),
])
def test_bad_neighbours_are_refused_on_the_rank(partnership, business_user, client_for, ranks, field, message):
    factories.area(partnership, neighbours=0)
    known = [services.save_authority(partnership=partnership, by=business_user, code=f"E100009{20 + n}",
                                     name=f"Fellbrook {n}") for n in range(2)]
    data = {name: known[index].pk for name, index in ranks.items()}
    page = client_for(business_user).post(url("neighbours-edit", partnership), data).content.decode()
    assert "<title>Error: " in page and message in page and f'href="#id_{field}"' in page
    assert not Neighbour.objects.exists()


def test_adding_an_authority(partnership, business_user, member_user, client_for):
    data = {"code": "E10000920", "old_code": "920", "name": "Fellbrook", "region_code": "", "region_name": ""}
    assert client_for(member_user).post(url("authority-add", partnership), data).status_code == 403
    assert client_for(business_user).post(url("authority-add", partnership), data).status_code == 302
    assert Authority.objects.get().name == "Fellbrook"
