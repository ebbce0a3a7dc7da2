"""The one function other apps read the dataset through, and its accessible chart."""
import re
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

from assure.performance import charts, periods
from assure.performance.series import dataset_series, indicator_series

from . import factories


def test_series_has_local_line_latest_direction_and_rating(partnership, business_user):
    indicator = factories.indicator(partnership, business_user, target_value=Decimal("40"))
    factories.figures(indicator, business_user, {"2025-Q3": "52", "2025-Q4": "47"})
    series = indicator_series(indicator)
    assert [p.value for p in series.local.points] == [Decimal("52"), Decimal("47")]
    assert series.latest.period == periods.parse_period("2025-Q4")
    assert series.direction.code == "improving"          # lower is better, and it fell
    assert series.rating.code == "red"                   # 47 misses a target of 40 (no thresholds: no amber)


def test_comparators_region_and_neighbours_average(partnership, business_user):
    own, others = factories.area(partnership, neighbours=3)
    indicator = factories.indicator(partnership, business_user, code="CPP-RATE", unit="rate_children",
                                    frequency="yearly", polarity="neither")
    factories.figures(indicator, business_user, {"2024/25": "44.1"})
    factories.comparator(indicator, "national", "E92000001", "England", "2024/25", "41.6")
    factories.comparator(indicator, "regional", "E12000901", "Northern Fells", "2024/25", "48.0")
    factories.comparator(indicator, "regional", "E12000999", "Another Region", "2024/25", "30.0")
    for authority, value in zip(others, ["40", "50", None], strict=True):
        factories.comparator(indicator, "local_authority", authority.code, authority.name, "2024/25", value)
    series = indicator_series(indicator)
    assert series.local.name == "Marshcombe"
    assert series.line("england").points[0].value == Decimal("41.6")
    assert series.line("region").name == "Northern Fells"
    assert [p.value for p in series.line("region").points] == [Decimal("48.0")]
    neighbours = series.line("neighbours").points[0]
    # The one neighbour that did not publish is left out, not counted as zero.
    assert (neighbours.value, neighbours.published, neighbours.of) == (Decimal("45.00"), 2, 3)


def test_dataset_series_queries_do_not_grow_with_indicators(partnership, business_user):
    few = [factories.indicator(partnership, business_user, code=f"A{n}") for n in range(2)]
    with CaptureQueriesContext(connection) as small:
        dataset_series(partnership, few)
    many = few + [factories.indicator(partnership, business_user, code=f"B{n}") for n in range(6)]
    for item in many:
        factories.figures(item, business_user, {"2025-Q4": "3"})
    with CaptureQueriesContext(connection) as large:
        dataset_series(partnership, many)
    assert len(large.captured_queries) == len(small.captured_queries)


def test_chart_is_labelled_has_no_inline_styles_and_describes_the_figures(partnership, business_user):
    indicator = factories.indicator(partnership, business_user, target_value=Decimal("40"))
    factories.figures(indicator, business_user, {"2025-Q3": "52", "2025-Q4": "47"})
    svg = charts.trend_chart(indicator_series(indicator))
    title_id, desc_id = re.search(r'aria-labelledby="([^ "]+) ([^"]+)"', svg).groups()
    assert f'<title id="{title_id}">' in svg and f'<desc id="{desc_id}">' in svg
    assert 'role="img"' in svg
    assert "style=" not in svg and "<style" not in svg        # allowed by style-src 'self'
    description = re.search(r"<desc[^>]*>(.*?)</desc>", svg).group(1)
    assert "52 in Q3 2025/26" in description and "47 in Q4 2025/26" in description and "Target: 40" in description


def test_chart_png_for_word(partnership, business_user):
    indicator = factories.indicator(partnership, business_user)
    factories.figures(indicator, business_user, {"2025-Q4": "47"})
    assert charts.trend_chart_png(indicator_series(indicator)).startswith(b"\x89PNG")


def test_as_at_a_quarter_leaves_out_periods_not_ended_by_then(partnership, business_user):
    monthly = factories.indicator(partnership, business_user, code="M", frequency="monthly")
    factories.figures(monthly, business_user, {"2025-11": "4", "2025-12": "5", "2026-01": "6"})
    yearly = factories.indicator(partnership, business_user, code="Y", frequency="yearly")
    factories.figures(yearly, business_user, {"2024/25": "10", "2025/26": "12"})
    factories.comparator(yearly, "national", "E92000001", "England", "2025/26", "9")
    series = dataset_series(partnership, [monthly, yearly], up_to=periods.parse_period("2025-Q3"))
    assert series[monthly.pk].latest.period.code == "2025-12"
    # The year 2025/26 holds Q3 but had not ended: as at Q3 the latest year is 2024/25.
    assert series[yearly.pk].latest.period.code == "2024/25"
    assert series[yearly.pk].line("england") is None


def test_comparator_for_the_year_or_the_latest_published_before_it(partnership, business_user):
    indicator = factories.indicator(partnership, business_user)
    factories.figures(indicator, business_user, {"2025-Q3": "52", "2025-Q4": "47"})
    factories.comparator(indicator, "national", "E92000001", "England", "2024/25", "41")
    series = indicator_series(indicator)
    # Published statistics come a year late: the previous year is kept for the comparison, and says which it is.
    assert series.comparator_for("england", series.latest.period) is None
    earlier = series.comparator_for("england", series.latest.period, or_earlier=True)
    assert (earlier.value, earlier.period.code) == (Decimal("41"), "2024/25")


def test_a_figure_not_published_says_what_it_means(partnership, business_user):
    indicator = factories.indicator(partnership, business_user)
    factories.figures(indicator, business_user, {"2025-Q2": "c", "2025-Q3": "x", "2025-Q4": "47"})
    points = indicator_series(indicator).local.points
    assert [p.meaning for p in points] == ["Not published (c: suppressed to protect confidential information)",
                                           "Not available (x)", ""]
    # The chart breaks its line at them rather than drawing a zero, and the description names the published ones.
    description = charts.describe(indicator_series(indicator))
    assert "47 in Q4 2025/26" in description
    assert "Not published (a gap in the line): Q2 2025/26, Q3 2025/26." in description


def test_display_shows_a_stored_figure_as_written(partnership, business_user):
    indicator = factories.indicator(partnership, business_user, unit="percentage")
    assert [indicator.display(Decimal(v)) for v in ("4.9000", "12.3450", "61200.0000", "0.5")] == [
        "4.9%", "12.35%", "61,200%", "0.5%"]


def test_two_charts_on_one_page_share_no_id(partnership, business_user):
    """Clip paths and glyphs are named per chart, or one chart would be drawn with another's clip path."""
    indicator = factories.indicator(partnership, business_user)
    factories.figures(indicator, business_user, {"2025-Q3": "52", "2025-Q4": "47"})
    first, second = (charts.trend_chart(indicator_series(indicator)) for _ in range(2))
    ids_of = (lambda svg: set(re.findall(r'\sid="([^"]+)"', svg)))  # noqa: E731
    assert ids_of(first) and not ids_of(first) & ids_of(second)
    for svg in (first, second):   # every reference points at an id of its own chart
        assert set(re.findall(r'url\(#([^)]+)\)', svg)) <= ids_of(svg)


def test_a_kept_chart_is_drawn_once_for_the_same_figures_and_again_for_new_ones():
    """A page drawn again from the same figures takes the drawing from the cache (matplotlib is most of such a
    page's time); new figures are drawn afresh; each copy gets its own title, description and ids."""
    from django.core.cache import cache
    from matplotlib.figure import Figure

    cache.clear()
    drawn = []

    def bars(heights):
        drawn.append(heights)
        figure = Figure(figsize=(3, 2))
        figure.add_subplot().bar(range(len(heights)), heights)
        return figure

    first = charts.kept_svg(bars, ((3, 5),), key="kept", title="Spending, 2025", description="Three then five.")
    again = charts.kept_svg(bars, ((3, 5),), key="kept", title="Spending, 2026", description="The same figures.")
    charts.kept_svg(bars, ((3, 6),), key="kept", title="Spending", description="Three then six.")
    assert drawn == [(3, 5), (3, 6)]
    assert "<title" in first and "Spending, 2026" in again and "Spending, 2025" not in again
    first_ids = set(re.findall(r'\sid="([^"]+)"', first))
    assert first_ids and not first_ids & set(re.findall(r'\sid="([^"]+)"', again))
    # the kept drawing is the one drawn, under other ids
    assert re.sub(r"kept-[0-9a-f]{8}-", "", first.split("</desc>", 1)[1]) == re.sub(
        r"kept-[0-9a-f]{8}-", "", again.split("</desc>", 1)[1])
