"""Writes of the partnership's own figures: one entered in a form, or many from an import. Each a named, atomic
@service taking the acting user as `by`.

The checks are the same however a figure arrives (`figure_refusal`): the period must be of the indicator's
frequency, not in the future, and not in an approved quarter; the value must suit the unit. A figure not published
keeps its suppression code and no value.
"""
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core import clock
from assure.core.audit import service
from assure.core.concurrency import EditConflict, claim_version

from .. import periods
from ..models import Figure, Indicator
from ..values import unit_refusal
from ._checks import approved_quarters, refuse_if_approved

KIND_EXAMPLES = {periods.MONTH: "a month, for example 2026-04", periods.QUARTER: "a quarter, for example 2026-Q2",
                 periods.YEAR: "a financial year, for example 2026/27"}


def figure_refusal(indicator: Indicator, period: periods.Period, value: Decimal | None,
                   today=None) -> tuple[str, str] | None:
    """(the field at fault, why) when this figure cannot be kept for this indicator, else None."""
    if period.kind != indicator.period_kind:
        return "period", (f"{indicator.code} is reported {indicator.get_frequency_display().lower()}, so give "
                          f"{KIND_EXAMPLES[indicator.period_kind]}, not {period.label}.")
    if period.start > (today or clock.today()):
        return "period", f"{period.label} has not started yet."
    problem = unit_refusal(value, indicator.unit)
    return ("value", problem) if problem else None


@dataclass(frozen=True)
class NewFigure:
    indicator: Indicator
    period: periods.Period
    value: Decimal | None
    suppression: str = ""
    note: str = ""


@dataclass
class Written:
    created: int = 0
    changed: int = 0
    unchanged: int = 0


def _same(figure: Figure, new: NewFigure) -> bool:
    return (figure.value == new.value and figure.suppression == new.suppression
            and figure.note == (new.note or "").strip())


@service
@transaction.atomic
def write_figures(*, partnership, by, figures: list[NewFigure], source: str = Figure.Source.TEMPLATE) -> Written:
    """Keep many figures at once (an import): each new one created, a changed one updated (history keeps the old),
    an identical one left alone, so importing the same file twice changes nothing. All or nothing: the first
    refusal raises and writes nothing."""
    approved, today, written = approved_quarters(partnership), clock.today(), Written()
    existing = {(f.indicator_id, f.period_kind, f.period_start): f for f in Figure.objects.filter(
        indicator__partnership=partnership, indicator__in={new.indicator.pk for new in figures})}
    for new in figures:
        if new.indicator.partnership_id != partnership.pk:
            raise ValidationError(f"{new.indicator.code} is not an indicator of this partnership.")
        refusal = figure_refusal(new.indicator, new.period, new.value, today)
        if refusal:
            raise ValidationError(refusal[1])
        figure = existing.get((new.indicator.pk, new.period.kind, new.period.start))
        if figure is not None and _same(figure, new):
            written.unchanged += 1
            continue
        refuse_if_approved(partnership, new.period, approved=approved)
        if figure is None:
            Figure.objects.create(indicator=new.indicator, period_kind=new.period.kind,
                                  period_start=new.period.start, value=new.value, suppression=new.suppression,
                                  note=(new.note or "").strip(), source=source, updated_by=by)
            written.created += 1
        else:
            figure.value, figure.suppression, figure.note = new.value, new.suppression, (new.note or "").strip()
            figure.source, figure.updated_by, figure.version = source, by, figure.version + 1
            figure.save()
            written.changed += 1
    return written


@service
@transaction.atomic
def record_figure(indicator: Indicator, *, by, period: periods.Period, value: Decimal | None, suppression: str = "",
                  note: str = "", expected_version: int | None = None) -> Figure:
    """Enter (or correct) the partnership's figure for one period. Correcting a figure from its own page passes
    the version that page showed, so a change saved meanwhile is not overwritten."""
    if value is None and not suppression:
        raise ValidationError({"value": "Enter the figure, or say why it was not published."})
    if value is not None and suppression:
        raise ValidationError({"value": "Give either a figure or why it was not published, not both."})
    refusal = figure_refusal(indicator, period, value)
    if refusal:
        raise ValidationError({refusal[0]: refusal[1]})
    if len((note or "").strip()) > 500:
        raise ValidationError({"note": "The note must be 500 characters or fewer."})
    if expected_version is not None:
        current = Figure.objects.filter(indicator=indicator, period_kind=period.kind, period_start=period.start).first()
        if current is None:
            raise EditConflict("This figure was removed after you opened it: add it again if it is still needed.")
        refuse_if_approved(indicator.partnership, period, field="value")
        claim_version(Figure, current.pk, expected_version)
    write_figures(partnership=indicator.partnership, by=by, source=Figure.Source.ENTERED,
                  figures=[NewFigure(indicator, period, value, suppression, note)])
    return Figure.objects.get(indicator=indicator, period_kind=period.kind, period_start=period.start)


@service
@transaction.atomic
def remove_figure(figure: Figure, *, by, expected_version: int) -> None:
    """Remove a figure entered in error (its history keeps what it was)."""
    refuse_if_approved(figure.indicator.partnership, figure.period)
    claim_version(Figure, figure.pk, expected_version)
    figure.delete()
