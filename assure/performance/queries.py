"""Reads of the performance dataset for its pages (the shared series and charts are in series.py and charts.py)."""
from django.db.models import Max, Min

from assure.core import clock

from . import periods
from .models import Figure, Indicator, QuarterApproval


def live_indicators(partnership):
    """The indicators in the dataset (not retired), with what their rows show, in catalogue order."""
    return (Indicator.objects.filter(partnership=partnership, retired_on__isnull=True)
            .select_related("owner", "priority", "source_organisation").order_by("position", "code"))


def quarters_with_figures(partnership) -> list[periods.Period]:
    """Every quarter from the one holding the partnership's earliest figure to the one holding its latest (newest
    first), never past today's quarter (a year's figure typed before the year ends does not make its last quarter
    a choice): the quarters the dataset can be read "as at". One query."""
    spans = (Figure.objects.filter(indicator__partnership=partnership).values("period_kind")
             .annotate(first=Min("period_start"), last=Max("period_start")))
    if not spans:
        return []
    first = min(periods.from_parts(row["first"], row["period_kind"]) for row in spans)
    last = max((periods.from_parts(row["last"], row["period_kind"]) for row in spans), key=lambda p: p.end)
    today = periods.quarter_of(clock.today())
    return list(reversed(periods.quarters_between(first, min(last.quarter, today))))


def default_quarter(quarters: list[periods.Period]) -> periods.Period | None:
    """The quarter the dataset is read as at unless someone chooses another: the newest that has ended (the one the
    board reads next), not one still running because a month of it is in; the newest there is when none has ended."""
    today = clock.today()
    ended = [quarter for quarter in quarters if quarter.end < today]
    return ended[0] if ended else (quarters[0] if quarters else None)


def approved_quarters(partnership) -> set:
    """The first days of the quarters the business team has approved; any other quarter is a draft."""
    return set(QuarterApproval.objects.filter(partnership=partnership).values_list("quarter_start", flat=True))
