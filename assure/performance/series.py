"""An indicator's series: its own figures, England's, the region's, the statistical neighbours' average and the
target, with the latest figure, its direction of travel and its rating. The one way any page, pack or report
(the assurance overview, the yearly report) reads the dataset: `indicator_series` for one, `dataset_series` for many
in a fixed number of queries. `charts.trend_chart(series)` draws one.
"""
import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import F, Q, Window
from django.db.models.functions import Rank

from . import periods, rating
from .models import SUPPRESSION_CODES, Authority, ComparatorFigure, Figure, Indicator, Neighbour


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

    @property
    def meaning(self) -> str:
        """Why there is no number, in words: "Not published (c: suppressed to protect confidential information)";
        "" for a published figure."""
        if self.value is not None:
            return ""
        words = SUPPRESSION_CODES.get(self.suppression, "")
        if not words:
            return "Not published"
        if words.startswith("Not published: "):
            return f"Not published ({self.suppression}: {words.removeprefix('Not published: ')})"
        return f"{words} ({self.suppression})"


@dataclass
class Line:
    key: str      # local, england, region, neighbours
    name: str     # "Marshcombe", "England", "North West", "Statistical neighbours (median)"
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

    def comparator_for(self, key: str, period: periods.Period | None = None, *,
                       or_earlier: bool = False) -> Point | None:
        """A comparator's figure for the financial year holding `period` (or its latest), for "against England".
        `or_earlier`: when that year has none yet (published statistics come a year late), the latest before it;
        the point's period says which year it is, so a page can show it."""
        line = self.line(key)
        if line is None or not line.points:
            return None
        if period is None:
            return line.points[-1]
        year = periods.year_of(period.start)
        same = [p for p in line.points if p.period == period or p.period == year]
        if same:
            return same[-1]
        earlier = [p for p in line.points if p.period.end <= period.end]
        return earlier[-1] if or_earlier and earlier else None

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


def ended_by(up_to: periods.Period | None) -> Q:
    """Figures of periods that had ended by the end of `up_to`: as at Q3, a month of Q3 but not the year holding it."""
    if up_to is None:
        return Q()
    after = up_to.end + datetime.timedelta(days=1)
    condition = Q(pk__in=[])
    for kind, months in ((periods.MONTH, 1), (periods.QUARTER, 3), (periods.YEAR, 12)):
        index = after.year * 12 + after.month - 1 - months
        condition |= Q(period_kind=kind, period_start__lte=datetime.date(index // 12, index % 12 + 1, 1))
    return condition


def dataset_series(partnership, indicators, *, up_to: periods.Period | None = None,
                   count: int = 8) -> dict[int, Series]:
    """Series for many indicators, keyed by indicator id, in four queries whatever their number. `up_to` leaves out
    periods that had not ended by its end (a pack for Q2 shows nothing after Q2, nor the year holding Q2); `count`
    keeps the latest `count` local periods and the comparators of the years they span."""
    indicators = list(indicators)
    ids = [i.pk for i in indicators]
    own, neighbour_codes = _area(partnership)
    local = defaultdict(list)
    figures = Figure.objects.filter(ended_by(up_to), indicator_id__in=ids)
    if count:
        # Only each indicator's latest `count` periods (and any starting with the last of them) leave the database:
        # ten years of figures are read to show the latest few.
        figures = figures.annotate(later=Window(Rank(), partition_by=F("indicator_id"),
                                                order_by=F("period_start").desc())).filter(later__lte=count)
    for row in figures.order_by("period_start", "pk"):
        local[row.indicator_id].append(_point(row))
    comparators = defaultdict(lambda: defaultdict(list))
    wanted_codes = set(neighbour_codes)
    rows = ComparatorFigure.objects.filter(ended_by(up_to), indicator_id__in=ids).order_by("period_start")
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

    def kept(rows) -> list:
        """The rows of the years the local figures span; when there are none, the latest before them (published
        statistics come a year late, so the previous year's is what the latest figure is compared with)."""
        within = [row for row in rows if in_range(row)]
        if within or not rows:
            return within
        last = max(row.period_start for row in rows)
        return [row for row in rows if row.period_start == last]

    lines = [Line("local", local_name, local_points)]
    region_rows = comparator_rows.get("region", [])
    for key, name in [("england", "England"), ("region", region_rows[0].area_name if region_rows else "Region")]:
        points = [_point(row) for row in kept(comparator_rows.get(key, []))]
        if points:
            lines.append(Line(key, name, points))
    by_period = defaultdict(list)
    for row in kept(comparator_rows.get("neighbours", [])):
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
