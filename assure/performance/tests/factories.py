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
    """The partnership's own area (fictional Marshcombe, in a fictional region) and `neighbours` neighbours."""
    own = Authority.objects.create(partnership=partnership, code="E10000901", old_code="901", name="Marshcombe",
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


def quarter_dataset(partnership, by, owner=None):
    """Q4 2025/26 with one red, one amber and one green indicator under two priorities, and England's figures.
    Returns {"red": ..., "amber": ..., "green": ..., "quarter": Period}."""
    from assure.partnerships.models import Priority

    area(partnership, neighbours=2)
    neglect = Priority.objects.create(partnership=partnership, title="Neglect", position=1)
    exploitation = Priority.objects.create(partnership=partnership, title="Exploitation", position=2)
    red = indicator(partnership, by, code="MISS", target_value=Decimal("40"), priority=exploitation, owner=owner)
    amber = indicator(partnership, by, code="CP-2YR", name="Child protection plans lasting two years or more",
                      unit="percentage", definition="Plans open two years or more, as a share of all plans.",
                      green_threshold=Decimal("4"), red_threshold=Decimal("5"), priority=neglect)
    green = indicator(partnership, by, code="REREF", name="Re-referrals within 12 months", unit="percentage",
                      green_threshold=Decimal("22"), red_threshold=Decimal("26"), priority=neglect)
    figures(red, by, {"2025-Q3": "52", "2025-Q4": "47"})
    figures(amber, by, {"2024-Q4": "4.4", "2025-Q3": "4.6", "2025-Q4": "4.8"})
    figures(green, by, {"2025-Q3": "21.5", "2025-Q4": "19.9"})
    comparator(amber, "national", "E92000001", "England", "2024/25", "3.8")
    return {"red": red, "amber": amber, "green": green, "quarter": periods.parse_period("2025-Q4")}
