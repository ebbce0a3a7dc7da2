"""The performance services' cases for core/tests/test_service_actors.py: each builds what the service needs (as
the world's set-up user) and returns a call taking the acting user. Add a case for every new service."""
import datetime
from decimal import Decimal

from assure.performance import periods
from assure.performance import services as performance

from . import factories

D = datetime.date


def an_indicator(w, code="MISS"):
    return factories.indicator(w.partnership, w.setup, code=code)


def a_figure(w):
    indicator = an_indicator(w)
    return performance.record_figure(indicator, by=w.setup, period=periods.parse_period("2025-Q4"),
                                     value=Decimal("47"))


def retired(w):
    indicator = an_indicator(w)
    return performance.retire_indicator(indicator, by=w.setup, expected_version=indicator.version)


def approved(w):
    a_figure(w)
    return performance.approve_quarter(w.partnership, by=w.setup, quarter=periods.parse_period("2025-Q4"))


def a_meeting(w):
    from assure.meetings.models import Meeting
    from assure.partnerships.models import Body

    a_figure(w)
    body = Body.objects.create(partnership=w.partnership, name="Quality Assurance Group")
    return Meeting.objects.create(partnership=w.partnership, body=body, date=D(2026, 4, 14))


CASES = {
    "assure.performance.services.catalogue.add_indicator": lambda w: lambda by: performance.add_indicator(
        partnership=w.partnership, by=by, code="CP-2YR", name="Child protection plans lasting two years or more",
        unit="percentage", polarity="lower", frequency="quarterly"),
    "assure.performance.services.catalogue.update_indicator": lambda w: (
        lambda i: lambda by: performance.update_indicator(i, by=by, expected_version=i.version,
                                                          target_value=Decimal("30")))(an_indicator(w)),
    "assure.performance.services.catalogue.retire_indicator": lambda w: (
        lambda i: lambda by: performance.retire_indicator(i, by=by, expected_version=i.version))(an_indicator(w)),
    "assure.performance.services.catalogue.reinstate_indicator": lambda w: (
        lambda i: lambda by: performance.reinstate_indicator(i, by=by, expected_version=i.version))(retired(w)),
    "assure.performance.services.figures.write_figures": lambda w: (
        lambda i: lambda by: performance.write_figures(partnership=w.partnership, by=by, figures=[
            performance.NewFigure(i, periods.parse_period("2025-Q3"), Decimal("52"))]))(an_indicator(w)),
    "assure.performance.services.figures.record_figure": lambda w: (
        lambda i: lambda by: performance.record_figure(i, by=by, period=periods.parse_period("2025-Q4"),
                                                       value=Decimal("47")))(an_indicator(w)),
    "assure.performance.services.figures.remove_figure": lambda w: (
        lambda f: lambda by: performance.remove_figure(f, by=by, expected_version=f.version))(a_figure(w)),
    "assure.performance.services.commentary.write_commentary": lambda w: (
        lambda i: lambda by: performance.write_commentary(i, by=by, quarter=periods.parse_period("2025-Q4"),
                                                          text="Episodes fell after the new protocol."))(
        an_indicator(w)),
    "assure.performance.services.commentary.approve_quarter": lambda w: (
        lambda by: performance.approve_quarter(w.partnership, by=by, quarter=periods.parse_period("2025-Q4"))),
    "assure.performance.services.commentary.reopen_quarter": lambda w: (
        lambda _: lambda by: performance.reopen_quarter(w.partnership, by=by, quarter=periods.parse_period("2025-Q4"),
                                                        reason="Figures restated"))(approved(w)),
    "assure.performance.services.pack.send_pack_to_meeting": lambda w: (
        lambda meeting: lambda by: performance.send_pack_to_meeting(
            w.partnership, by=by, quarter=periods.parse_period("2025-Q4"), meeting=meeting))(a_meeting(w)),
}

NO_ACTOR = {
    "assure.performance.services.figures.figure_refusal": "pure: why a figure cannot be kept",
}
