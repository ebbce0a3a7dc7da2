"""Building a dataset for tests through the services (fictional areas and figures only)."""
import datetime
from decimal import Decimal

from .. import periods, services
from ..models import Authority, ComparatorFigure, Neighbour

D = datetime.date


def indicator(partnership, by, code="MISS", **changes):
    fields = {"name": "Children missing from home (episodes)", "unit": "count", "polarity": "lower",
              "frequency": "quarterly", "definition": "Missing episodes reported to the police in the quarter.",
              **changes}
    return services.add_indicator(partnership=partnership, by=by, code=code, **fields)


def figures(indicator, by, values: dict):
    """values: {"2025-Q1": "12", ...}; a suppression code ("c") for a figure not published."""
    new = []
    for code, value in values.items():
        number = None if value in ("c", "k", "u", "x", "z", ":") else Decimal(value)
        new.append(services.NewFigure(indicator, periods.parse_period(code), number, "" if number is not None
                                      else value))
    return services.write_figures(partnership=indicator.partnership, by=by, figures=new)


def area(partnership, neighbours=3):
    """The partnership's own area (fictional Tarnside, in a fictional region) and `neighbours` neighbours."""
    own = Authority.objects.create(partnership=partnership, code="E10000901", old_code="901", name="Tarnside",
                                   region_code="E12000901", region_name="Northern Fells", is_own_area=True)
    others = [Authority.objects.create(partnership=partnership, code=f"E1000091{n}", old_code=f"91{n}",
                                       name=f"Neighbourshire {n}", region_code="E12000901",
                                       region_name="Northern Fells") for n in range(neighbours)]
    for rank, authority in enumerate(others, start=1):
        Neighbour.objects.create(partnership=partnership, rank=rank, authority=authority)
    return own, others


def comparator(indicator, level, code, name, period_code, value):
    period = periods.parse_period(period_code)
    return ComparatorFigure.objects.create(
        indicator=indicator, level=level, area_code=code, area_name=name, period_kind=period.kind,
        period_start=period.start, value=None if value is None else Decimal(value),
        suppression="" if value is not None else "c")
