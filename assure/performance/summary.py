"""The dataset in brief for another app's page (the assurance overview): the quarter it is read at, the count of
each rating, and the red indicators with their latest figure and direction. Read through series.dataset_series, in
a fixed number of queries whatever the number of indicators.
"""
from dataclasses import dataclass

from . import periods, queries, rating, reading
from .series import dataset_series


@dataclass(frozen=True)
class DatasetSummary:
    as_at: periods.Period | None
    draft: bool                      # the quarter read at is not approved yet
    counts: list[reading.Count]
    red: list[reading.Row]
    total: int
    priority: object = None          # the priority the indicators were narrowed to, if any


def dataset_summary(partnership, *, financial_year: int | None = None, priority=None) -> DatasetSummary:
    """As at the latest ended quarter with any figure (`queries.default_quarter`; within `financial_year`, when given: a past year is read as at
    its last quarter with figures); only the indicators evidencing `priority`, when given."""
    quarters = queries.quarters_with_figures(partnership)
    if financial_year is not None:
        quarters = [q for q in quarters if q.financial_year <= financial_year]
    as_at = queries.default_quarter(quarters)
    indicators = queries.live_indicators(partnership)
    indicators = list(indicators.filter(priority=priority) if priority is not None else indicators)
    approved = queries.approved_quarters(partnership)
    rows = reading.rows(indicators, dataset_series(partnership, indicators, up_to=as_at), approved) if as_at else []
    return DatasetSummary(as_at=as_at, draft=as_at is not None and as_at.start not in approved,
                          counts=reading.counts(rows), red=[row for row in rows if row.rating.code == rating.RED],
                          total=len(rows), priority=priority)
