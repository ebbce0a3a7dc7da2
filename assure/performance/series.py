"""An indicator's series: its own figures, England's, the region's, the statistical neighbours' average and the
target, with the latest figure, its direction of travel and its rating. The one way any page, pack or report
(the assurance overview, the yearly report) reads the dataset: `indicator_series` for one, `dataset_series` for many
in a fixed number of queries. `charts.trend_chart(series)` draws one.
"""
import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from . import periods, rating
from .models import Authority, ComparatorFigure, Figure, Indicator, Neighbour


@dataclass(frozen=True)
class Point:
    period: periods.Period
    value: Decimal | None
    suppression: str = ""
    note: str = ""
    # For the neighbours' average: how many of the neighbours published a figure.
    published: int | None = None
    of: int | None = None

    @property
    def when(self) -> datetime.date:
        """Where the point sits on a time axis: the period's last day."""
        return self.period.end


@dataclass
class Line:
    key: str      # local, england, region, neighbours
    name: str     # "Tarnside", "England", "North West", "Statistical neighbours (median)"
    points: list[Point] = field(default_factory=list)

    def at(self, period: periods.Period) -> Point | None:
        return next((p for p in self.points if p.period == period), None)


@dataclass
class Series:
    indicator: Indicator
    lines: list[Line]                     # the local line first; comparator lines only when they have points
    target: Decimal | None
    latest: Point | None                  # the latest local figure (published or not)
    previous: Point | None                # the one before it, of the same kind of period
    direction: rating.Direction
    rating: rating.Rating

    @property
    def local(self) -> Line:
        return self.lines[0]

    def line(self, key: str) -> Line | None:
        return next((line for line in self.lines if line.key == key), None)

    def comparator_for(self, key: str, period: periods.Period | None = None) -> Point | None:
        """A comparator's figure for the financial year holding `period` (or its latest), for "against England"."""
        line = self.line(key)
        if line is None or not line.points:
            return None
        if period is None:
            return line.points[-1]
        year = periods.year_of(period.start)
        same = [p for p in line.points if p.period == period or p.period == year]
        return same[-1] if same else None

    def table(self) -> tuple[list[str], list[tuple[periods.Period, list[Point | None]]]]:
        """The numbers behind the chart: a heading per line, and one row per period any line has a figure for."""
        every = sorted({p.period for line in self.lines for p in line.points}, key=lambda p: (p.end, -p.months))
        return [line.name for line in self.lines], [(period, [line.at(period) for line in self.lines])
                                                    for period in every]


def _point(row, **extra) -> Point:
    return Point(periods.from_parts(row.period_start, row.period_kind), row.value, row.suppression,
                 getattr(row, "note", ""), **extra)


def _area(partnership):
    own = Authority.objects.filter(partnership=partnership, is_own_area=True).first()
    neighbours = list(Neighbour.objects.filter(partnership=partnership).select_related("authority"))
    return own, [n.authority.code for n in neighbours]


def dataset_series(partnership, indicators, *, up_to: periods.Period | None = None,
                   count: int = 8) -> dict[int, Series]:
    """Series for many indicators, keyed by indicator id, in four queries whatever their number. `up_to` leaves out
    later periods (a pack for Q2 shows nothing after Q2); `count` keeps the latest `count` local periods and the
    comparators of the years they span."""
    indicators = list(indicators)
    ids = [i.pk for i in indicators]
    own, neighbour_codes = _area(partnership)
    last_day = up_to.end if up_to else datetime.date.max
    local = defaultdict(list)
    for row in Figure.objects.filter(indicator_id__in=ids, period_start__lte=last_day).order_by("period_start"):
        local[row.indicator_id].append(_point(row))
    comparators = defaultdict(lambda: defaultdict(list))
    wanted_codes = set(neighbour_codes)
    rows = ComparatorFigure.objects.filter(indicator_id__in=ids, period_start__lte=last_day).order_by("period_start")
    for row in rows:
        if row.level == ComparatorFigure.Level.NATIONAL:
            comparators[row.indicator_id]["england"].append(row)
        elif row.level == ComparatorFigure.Level.REGIONAL and (own is None or not own.region_code
                                                                  or row.area_code == own.region_code):
            comparators[row.indicator_id]["region"].append(row)
        elif row.level == ComparatorFigure.Level.AUTHORITY and row.area_code in wanted_codes:
            comparators[row.indicator_id]["neighbours"].append(row)
    local_name = own.name if own else partnership.name
    return {indicator.pk: _series(indicator, local[indicator.pk], comparators[indicator.pk], local_name,
                                  len(neighbour_codes), count) for indicator in indicators}


def indicator_series(indicator: Indicator, *, up_to: periods.Period | None = None, count: int = 8) -> Series:
    """One indicator's series (see `dataset_series`)."""
    return dataset_series(indicator.partnership, [indicator], up_to=up_to, count=count)[indicator.pk]


def _series(indicator, local_points, comparator_rows, local_name, neighbour_count, count) -> Series:
    local_points = local_points[-count:] if count else local_points
    earliest = local_points[0].period.financial_year if local_points else None

    def in_range(row) -> bool:
        return earliest is None or periods.from_parts(row.period_start, row.period_kind).financial_year >= earliest

    lines = [Line("local", local_name, local_points)]
    region_rows = comparator_rows.get("region", [])
    for key, name in [("england", "England"), ("region", region_rows[0].area_name if region_rows else "Region")]:
        points = [_point(row) for row in comparator_rows.get(key, []) if in_range(row)]
        if points:
            lines.append(Line(key, name, points))
    by_period = defaultdict(list)
    for row in comparator_rows.get("neighbours", []):
        if in_range(row):
            by_period[periods.from_parts(row.period_start, row.period_kind)].append(row.value)
    if by_period:
        how = indicator.neighbours_average
        lines.append(Line("neighbours", f"Statistical neighbours ({how})", [
            Point(period, rating.neighbours_average(values, how), "" if any(v is not None for v in values) else "x",
                  published=sum(v is not None for v in values), of=neighbour_count)
            for period, values in sorted(by_period.items())]))
    latest = local_points[-1] if local_points else None
    previous = local_points[-2] if len(local_points) > 1 else None
    return Series(
        indicator=indicator, lines=lines, target=indicator.target_value, latest=latest, previous=previous,
        direction=rating.direction(latest.value if latest else None, previous.value if previous else None,
                                   polarity=indicator.polarity),
        rating=indicator.rate(latest.value if latest else None))
