"""The performance services' cases for core/tests/test_service_actors.py: each builds what the service needs (as
the world's set-up user) and returns a call taking the acting user. Add a case for every new service."""
import datetime
from decimal import Decimal

from assure.performance import periods
from assure.performance import services as performance

from . import factories, import_factories

D = datetime.date


def an_indicator(w, code="MISS"):
    return factories.indicator(w.partnership, w.setup, code=code)


def a_figure(w):
    indicator = an_indicator(w)
    return performance.record_figure(indicator, by=w.setup, period=periods.parse_period("2025-Q4"),
                                     value=Decimal("47"))


TEMPLATE_ROWS = [["indicator code", "period", "value"], ["MISS", "2025-Q3", "52"]]


def a_waiting_import(w):
    an_indicator(w)
    return performance.start_dataset_import(partnership=w.partnership, by=w.setup, file_name="figures.csv",
                                            data=import_factories.csv_bytes(TEMPLATE_ROWS))


def retired(w):
    indicator = an_indicator(w)
    return performance.retire_indicator(indicator, by=w.setup, expected_version=indicator.version)


def entered(w, code="ASC-S42"):
    return factories.indicator(w.partnership, w.setup, code=code, frequency="yearly", comparators="entered")


def a_comparator(w):
    return performance.record_comparator(entered(w), by=w.setup, level="national",
                                         period=periods.parse_period("2024/25"), value=Decimal("12"))


def area(w):
    return performance.set_own_area(partnership=w.partnership, by=w.setup, code="E10000901", name="Marshcombe",
                                    region_code="E12000901", region_name="Northern Fells")


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
    "assure.performance.services.imports.import_dataset": lambda w: (
        lambda i: lambda by: performance.import_dataset(partnership=w.partnership, by=by, file_name="figures.csv",
                                                        table=TEMPLATE_ROWS))(an_indicator(w)),
    "assure.performance.services.imports.start_dataset_import": lambda w: (
        lambda i: lambda by: performance.start_dataset_import(
            partnership=w.partnership, by=by, file_name="figures.csv",
            data=import_factories.csv_bytes(TEMPLATE_ROWS)))(an_indicator(w)),
    "assure.performance.services.imports.confirm_dataset_import": lambda w: (
        lambda d: lambda by: performance.confirm_dataset_import(d, by=by))(a_waiting_import(w)),
    "assure.performance.services.imports.discard_dataset_import": lambda w: (
        lambda d: lambda by: performance.discard_dataset_import(d, by=by))(a_waiting_import(w)),
    "assure.performance.services.catalogue.move_indicator": lambda w: (
        lambda i: lambda by: performance.move_indicator(i, by=by, direction="up"))(
            [an_indicator(w), an_indicator(w, code="CP-2YR")][1]),
    "assure.performance.services.comparators.record_comparator": lambda w: (
        lambda i: lambda by: performance.record_comparator(i, by=by, level="national",
                                                           period=periods.parse_period("2024/25"),
                                                           value=Decimal("12")))(entered(w)),
    "assure.performance.services.comparators.remove_comparator": lambda w: (
        lambda c: lambda by: performance.remove_comparator(c, by=by))(a_comparator(w)),
    "assure.performance.services.area.save_authority": lambda w: lambda by: performance.save_authority(
        partnership=w.partnership, by=by, code="E10000911", name="Fellbrook"),
    "assure.performance.services.area.set_own_area": lambda w: lambda by: performance.set_own_area(
        partnership=w.partnership, by=by, code="E10000901", name="Marshcombe", region_code="E12000901",
        region_name="Northern Fells"),
    "assure.performance.services.area.set_neighbours": lambda w: (
        lambda a: lambda by: performance.set_neighbours(partnership=w.partnership, by=by, authorities=[a]))(
            (area(w), performance.save_authority(partnership=w.partnership, by=w.setup, code="E10000911",
                                                 name="Fellbrook"))[1]),
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
    "assure.performance.services.area.authority_fields": "pure: an authority's fields tidied and checked",
    "assure.performance.services.area.neighbours_refusal": "pure: why these authorities cannot be the neighbours",
    "assure.performance.services.area.own_area": "reads the partnership's own area; writes nothing",
}

# Services whose records keep no history, and why.
WRITES_NO_HISTORY = {
    "assure.performance.services.comparators.record_comparator":
        "comparators are published statistics (ComparatorFigure keeps no history; imports replace them whole)",
    "assure.performance.services.comparators.remove_comparator": "as record_comparator",
}
