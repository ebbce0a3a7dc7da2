"""The performance dataset: each live indicator's latest figure in the period (read "as at" the last quarter that
ended by the period's end, ADR 0130), its rating, direction and comparators, in a table; and a chart per indicator
with a figure in the period (SVG for HTML and PDF, PNG for Word, `charts.describe` as the alternative text), at most
`MAX_CHARTS` of them, the red ones first."""
import datetime

from assure.documents.compose import Chart, Paragraph, Table
from assure.performance import charts, periods, rating, reading
from assure.performance import queries as performance_queries
from assure.performance.series import dataset_series

from .common import Live, Period, nothing, steady_svg

MAX_CHARTS = 6
ORDER = {rating.RED: 0, rating.AMBER: 1, rating.GREEN: 2, rating.NOT_RATED: 3}


def as_at(period: Period) -> periods.Period:
    """The last quarter that had ended by the end of the period."""
    quarter = periods.quarter_of(period.ends_on)
    return quarter if quarter.end <= period.ends_on else periods.quarter_of(quarter.start - datetime.timedelta(days=1))


def rows_in(period: Period) -> list[reading.Row]:
    """A reading row per live indicator whose latest figure (as at the period's end) is of a period ending in it."""
    indicators = list(performance_queries.live_indicators(period.partnership))
    if not indicators:
        return []
    series = dataset_series(period.partnership, indicators, up_to=as_at(period))
    approved = performance_queries.approved_quarters(period.partnership)
    return [row for row in reading.rows(indicators, series, approved)
            if row.latest is not None and row.latest.period.end >= period.starts_on]


def _comparator(row: reading.Row, name_starts: str) -> str:
    found = next((c for c in row.comparators if c.name.startswith(name_starts)), None)
    return f"{found.text} ({found.detail})" if found else "–"


def _region(row: reading.Row) -> str:
    found = next((c for c in row.comparators if c.name not in ("England", "Statistical neighbours")), None)
    return f"{found.text} ({found.detail})" if found else "–"


def performance(period: Period) -> Live:
    rows = rows_in(period)
    if not rows:
        return nothing(f"The performance dataset holds no figure for a period ending {period.between}.")
    table = Table(
        ("Indicator", "Latest figure", "Rating", "Direction", "England", "Region", "Statistical neighbours",
         "Target"),
        tuple((row.indicator.name, f"{row.latest_text} ({row.latest.period.label})" + (" draft" if row.draft else ""),
               row.rating.label, row.direction.label, _comparator(row, "England"),
               _region(row),
               _comparator(row, "Statistical neighbours"), row.target_text or "–") for row in rows),
        caption=f"The performance dataset as at {as_at(period).label}", widths=(3, 1.5, 0.8, 1, 1.2, 1.2, 1.5, 1.2),
        rag_column=2, rags=tuple(row.rating.code if row.rating.code in ORDER and row.rating.code != rating.NOT_RATED
                                 else "" for row in rows))
    blocks = [Paragraph(f"{len(rows)} indicators of the dataset have a figure for the period. Figures marked draft "
                        "are of a quarter the business team has not yet approved."), table]
    chosen = sorted(rows, key=lambda row: ORDER.get(row.rating.code, 3))[:MAX_CHARTS]
    chosen = [row for row in rows if row in chosen]
    for row in chosen:
        series = row.series
        blocks.append(Chart(title=f"{row.indicator.name}: trend", description=charts.describe(series),
                            svg=steady_svg(charts.trend_chart(series), f"report-indicator-{row.indicator.pk}"),
                            png=charts.trend_chart_png(series)))
    if len(rows) > len(chosen):
        blocks.append(Paragraph(f"Charts are shown for {len(chosen)} of the {len(rows)} indicators (the red and amber "
                                "ones first); the others are in the dataset.", "note"))
    return Live(tuple(blocks), True)


def figures(period: Period) -> int:
    return len(rows_in(period))
