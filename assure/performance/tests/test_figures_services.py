"""The partnership's own figures: the same checks however a figure arrives, all or nothing, and unchanged when
given again."""
import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from assure.performance import periods, services
from assure.performance.models import Figure, QuarterApproval

from . import factories

P = periods.parse_period


def test_record_and_correct_a_figure_keeps_the_old_one_in_history(partnership, business_user):
    indicator = factories.indicator(partnership, business_user)
    services.record_figure(indicator, by=business_user, period=P("2025-Q3"), value=Decimal("52"))
    figure = services.record_figure(indicator, by=business_user, period=P("2025-Q3"), value=Decimal("50"),
                                    note="Corrected after the police recount")
    assert (figure.value, figure.note) == (Decimal("50"), "Corrected after the police recount")
    assert [h.value for h in figure.history.order_by("history_id")] == [Decimal("52"), Decimal("50")]


@pytest.mark.parametrize("changes, period, value, field, says", [
    ({}, "2025-11", "3", "period", "reported quarterly, so give a quarter"),
    ({"frequency": "yearly"}, "2025-Q3", "3", "period", "give a financial year"),
    ({}, "2026-Q1", "3", "period", "has not started yet"),          # today is 9 March 2026 (Q4 2025/26)
    ({"unit": "percentage"}, "2025-Q3", "100.5", "value", "over 100"),
    ({}, "2025-Q3", "-1", "value", "cannot be negative"),
    ({}, "2025-Q3", "2.5", "value", "not a whole number"),
])
def test_refusals_name_the_field(partnership, business_user, changes, period, value, field, says):
    indicator = factories.indicator(partnership, business_user, **changes)
    with pytest.raises(ValidationError) as refused:
        services.record_figure(indicator, by=business_user, period=P(period), value=Decimal(value))
    assert says in " ".join(refused.value.message_dict[field])
    assert not Figure.objects.exists()


def test_a_figure_not_published_keeps_its_code_and_no_value(partnership, business_user):
    indicator = factories.indicator(partnership, business_user)
    figure = services.record_figure(indicator, by=business_user, period=P("2025-Q3"), value=None, suppression="c")
    assert figure.value is None and figure.suppression == "c"
    assert figure.suppression_meaning.startswith("Not published")


def test_neither_figure_nor_code_is_refused(partnership, business_user):
    indicator = factories.indicator(partnership, business_user)
    with pytest.raises(ValidationError, match="Enter the figure"):
        services.record_figure(indicator, by=business_user, period=P("2025-Q3"), value=None)


def test_write_figures_is_all_or_nothing_and_unchanged_the_second_time(partnership, business_user):
    indicator = factories.indicator(partnership, business_user)
    good = services.NewFigure(indicator, P("2025-Q2"), Decimal("40"))
    bad = services.NewFigure(indicator, P("2025-11"), Decimal("41"))
    with pytest.raises(ValidationError):
        services.write_figures(partnership=partnership, by=business_user, figures=[good, bad])
    assert not Figure.objects.exists()
    first = services.write_figures(partnership=partnership, by=business_user, figures=[good])
    again = services.write_figures(partnership=partnership, by=business_user, figures=[good])
    assert (first.created, again.created, again.changed, again.unchanged) == (1, 0, 0, 1)
    assert Figure.history.count() == 1


def test_an_approved_quarter_s_figures_do_not_change(partnership, business_user):
    indicator = factories.indicator(partnership, business_user)
    services.record_figure(indicator, by=business_user, period=P("2025-Q3"), value=Decimal("52"))
    QuarterApproval.objects.create(partnership=partnership, quarter_start=datetime.date(2025, 10, 1),
                                   approved_at=timezone.now(), approved_by=business_user)
    with pytest.raises(ValidationError, match="Q3 2025/26 is approved"):
        services.record_figure(indicator, by=business_user, period=P("2025-Q3"), value=Decimal("50"))
    # the same figure again is not a change, so an import of an unchanged file still passes
    services.write_figures(partnership=partnership, by=business_user,
                           figures=[services.NewFigure(indicator, P("2025-Q3"), Decimal("52"))])
    assert Figure.objects.get().value == Decimal("52")


def test_another_partnership_s_indicator_is_refused(partnership, other_partnership, business_user):
    indicator = factories.indicator(other_partnership, business_user)
    with pytest.raises(ValidationError, match="not an indicator of this partnership"):
        services.write_figures(partnership=partnership, by=business_user,
                               figures=[services.NewFigure(indicator, P("2025-Q3"), Decimal("5"))])
