"""The dataset as a reader sees it: a row per indicator (latest figure, direction, rating, comparators, draft or
not), the rows grouped by priority, the count of each rating, and an indicator's figures as a table. Pure: it reads
series already fetched (series.dataset_series), so a page's queries do not grow with its indicators.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from . import periods, rating
from .filters import NO_PRIORITY
from .series import Point, Series

COMPARATORS = ("england", "region", "neighbours")


@dataclass(frozen=True)
class Comparator:
    name: str
    point: Point
    text: str        # "3.8%" or "Not published (c: ...)"
    detail: str      # "2024/25", "median of 8 of 10, 2024/25"


@dataclass(frozen=True)
class Row:
    indicator: object
    series: Series
    draft: bool                          # the latest figure's quarter is not approved
    comparators: list[Comparator]

    @property
    def latest(self) -> Point | None:
        return self.series.latest

    @property
    def latest_text(self) -> str:
        return figure_text(self.indicator, self.latest) if self.latest else "No figure yet"

    @property
    def rating(self) -> rating.Rating:
        return self.series.rating

    @property
    def target_text(self) -> str:
        """"3.5% by March 2027", or "" without a target."""
        return target_text(self.indicator)

    @property
    def direction(self) -> rating.Direction:
        return self.series.direction


def target_text(indicator) -> str:
    if indicator.target_value is None:
        return ""
    when = f" by {indicator.target_date.day} {indicator.target_date:%B %Y}" if indicator.target_date else ""
    return indicator.display(indicator.target_value) + when


def figure_text(indicator, point: Point | None) -> str:
    """A figure as the page shows it: the number in its unit, or why there is none."""
    if point is None:
        return ""
    return indicator.display(point.value) if point.value is not None else point.meaning


def neighbours_detail(indicator, point: Point) -> str:
    """"median of 8 of 10": how many neighbours published the figure the average is taken over."""
    if point.of is None:
        return indicator.get_neighbours_average_display().lower()
    return f"{indicator.get_neighbours_average_display().lower()} of {point.published} of {point.of}"


def _comparators(series: Series) -> list[Comparator]:
    found = []
    at = series.latest.period if series.latest else None
    for key in COMPARATORS:
        point = series.comparator_for(key, at, or_earlier=True) if at else series.comparator_for(key)
        if point is None:
            continue
        name = "Statistical neighbours" if key == "neighbours" else series.line(key).name
        detail = point.period.label
        if key == "neighbours" and point.value is not None:
            detail = f"{neighbours_detail(series.indicator, point)}, {detail}"
        found.append(Comparator(name, point, figure_text(series.indicator, point), detail))
    return found


def is_draft(point: Point | None, approved: set) -> bool:
    """A figure is a draft until the business team approves the quarter its period ends in."""
    return point is not None and point.period.quarter.start not in approved


def rows(indicators, series: dict, approved: set) -> list[Row]:
    return [Row(indicator, series[indicator.pk], is_draft(series[indicator.pk].latest, approved),
                _comparators(series[indicator.pk])) for indicator in indicators]


@dataclass(frozen=True)
class Group:
    key: str          # the priority's id, or "none"
    heading: str
    rows: list[Row]


def groups(rows_: list[Row]) -> list[Group]:
    """By priority in the priorities' order; indicators evidencing no priority last."""
    by_priority, context = {}, []
    for row in rows_:
        priority = row.indicator.priority
        if priority is None:
            context.append(row)
        else:
            by_priority.setdefault(priority, []).append(row)
    ordered = sorted(by_priority.items(), key=lambda item: (item[0].position, item[0].pk))
    found = [Group(str(priority.pk), str(priority), members) for priority, members in ordered]
    if context:
        found.append(Group("none", NO_PRIORITY, context))
    return found


@dataclass(frozen=True)
class Count:
    rating: rating.Rating
    count: int


def counts(rows_: list[Row]) -> list[Count]:
    """How many indicators have each rating, red first (every rating shown, even at nought)."""
    found = Counter(row.rating.code for row in rows_)
    return [Count(rating.RATINGS[code], found[code]) for code in (rating.RED, rating.AMBER, rating.GREEN,
                                                                  rating.NOT_RATED)]


@dataclass(frozen=True)
class Cell:
    text: str
    detail: str = ""
    draft: bool = False
    missing: bool = False          # no figure for the period: a dash, "No figure" for screen readers


def figure_table(series: Series, approved: set) -> tuple[list[str], list[tuple[periods.Period, list[Cell]]]]:
    """Series.table with each figure in words: its unit, why it was not published, the neighbours it averages, and
    whether the partnership's own figure is still a draft."""
    headings, table = series.table()
    indicator, shown = series.indicator, []
    for period, points in table:
        cells = []
        for line, point in zip(series.lines, points, strict=True):
            if point is None:
                cells.append(Cell("", missing=True))
                continue
            detail = neighbours_detail(indicator, point) if line.key == "neighbours" and point.value is not None else ""
            cells.append(Cell(figure_text(indicator, point), detail or point.note,
                              draft=line.key == "local" and is_draft(point, approved)))
        shown.append((period, cells))
    return headings, list(reversed(shown))


def thresholds_in_words(indicator) -> str:
    """How the indicator is rated, in a sentence."""
    show = indicator.display
    if indicator.polarity == rating.NEITHER:
        return "Not rated: neither a higher nor a lower figure is better, so it is shown for context."
    if indicator.green_threshold is not None and indicator.red_threshold is not None:
        green, red = show(indicator.green_threshold), show(indicator.red_threshold)
        if indicator.polarity == rating.LOWER:
            return f"Green at or below {green}, amber above {green} up to {red}, red above {red}."
        return f"Green at or above {green}, amber below {green} down to {red}, red below {red}."
    if indicator.target_value is not None:
        met = "at or below" if indicator.polarity == rating.LOWER else "at or above"
        return (f"No thresholds: green when the figure is {met} the target of {show(indicator.target_value)}, "
                "red when it is not (no amber).")
    return "Not rated: no target or thresholds have been set."


def comparators_in_words(indicator) -> str:
    average = indicator.get_neighbours_average_display().lower()
    others = f"England, the region and the {average} of the statistical neighbours (the ten authorities most alike)"
    if indicator.comparators == "published":
        measure = f" (the '{indicator.published_measure}' measure)" if indicator.published_measure else ""
        return f"{others}, from the Department for Education's published statistics{measure}."
    if indicator.comparators == "entered":
        return f"{others}, entered by the business team."
    return "No comparators: only the partnership's own figures are shown."
