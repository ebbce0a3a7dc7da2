"""Comparators entered by hand: England's, the region's or a neighbour's figure for an indicator whose comparators
are entered by the business team (adults' indicators from NHS statistics, for example) or typed from a publication
when its file is not at hand. A named, atomic @service taking the acting user as `by`.

The file imports write the same records (ComparatorFigure) from published statistics.
"""
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core import clock
from assure.core.audit import service

from .. import periods
from ..models import Authority, ComparatorFigure, Indicator
from ..values import unit_refusal
from .area import ENGLAND_CODE, ENGLAND_NAME, own_area

Level = ComparatorFigure.Level


def _area(indicator: Indicator, level: str, authority: Authority | None) -> tuple[str, str]:
    """The code and name of the area a comparator is for, or a ValidationError saying what is missing."""
    partnership = indicator.partnership
    if level == Level.NATIONAL:
        return ENGLAND_CODE, ENGLAND_NAME
    if level == Level.REGIONAL:
        own = own_area(partnership)
        if own is None or not own.region_code:
            raise ValidationError({"level": "Set the partnership's own area and its region first: the region's "
                                            "figure is kept under the region's code."})
        return own.region_code, own.region_name
    if level == Level.AUTHORITY:
        if authority is None:
            raise ValidationError({"authority": "Choose the statistical neighbour the figure is for."})
        if authority.partnership_id != partnership.pk:
            raise ValidationError({"authority": "Choose an authority this partnership's dataset knows."})
        if authority.is_own_area:
            raise ValidationError({"authority": f"{authority.name} is the partnership's own area: enter its "
                                                f"figure as one of the indicator's figures."})
        return authority.code, authority.name
    raise ValidationError({"level": "Choose whether the figure is England's, the region's or a neighbour's."})


@service
@transaction.atomic
def record_comparator(indicator: Indicator, *, by, level: str, period: periods.Period, value: Decimal | None,
                      suppression: str = "", authority: Authority | None = None) -> ComparatorFigure:
    """Enter (or correct) a comparator's figure for one period: the indicator's own kind of period, or a
    financial year (most statistics are published once a year)."""
    if indicator.comparators == Indicator.Comparators.NONE:
        raise ValidationError({"level": f"{indicator.code} has no comparators: change the indicator to say how "
                                        f"its comparators are found first."})
    code, name = _area(indicator, level, authority)
    if period.kind not in (indicator.period_kind, periods.YEAR):
        raise ValidationError({"period": f"Give a financial year (for example 2025/26) or a period of the "
                                         f"indicator's own kind, not {period.label}."})
    if period.start > clock.today():
        raise ValidationError({"period": f"{period.label} has not started yet."})
    if value is None and not suppression:
        raise ValidationError({"value": "Enter the figure, or say why it was not published."})
    if value is not None and suppression:
        raise ValidationError({"value": "Give either a figure or why it was not published, not both."})
    problem = unit_refusal(value, indicator.unit)
    if problem:
        raise ValidationError({"value": problem})
    figure, _ = ComparatorFigure.objects.update_or_create(
        indicator=indicator, level=level, area_code=code, period_kind=period.kind, period_start=period.start,
        defaults={"area_name": name, "value": value, "suppression": suppression})
    return figure


@service
@transaction.atomic
def remove_comparator(figure: ComparatorFigure, *, by) -> None:
    """Remove a comparator's figure entered in error."""
    figure.delete()
