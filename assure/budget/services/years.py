"""Writes of financial years and budget lines: each a named, atomic @service taking the acting user as `by`."""
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from assure.core import clock
from assure.core.audit import service
from assure.core.concurrency import claim_version
from assure.core.dates import financial_year_of

from ..models import BudgetLine, FinancialYear
from ._checks import amount, refuse_if_closed


@service
@transaction.atomic
def add_year(*, partnership, by, start_year: int, brought_forward_pence: int = 0, notes: str = "",
             copy_lines_from: FinancialYear | None = None) -> FinancialYear:
    """A new financial year, optionally with the lines of an earlier year (names, categories and planned amounts)."""
    if not isinstance(start_year, int) or not 2000 <= start_year <= financial_year_of(clock.today()) + 2:
        raise ValidationError({"start_year": "Enter the year the financial year starts in, for example 2026 for "
                                             "2026/27 (no more than two years ahead)."})
    if FinancialYear.objects.filter(partnership=partnership, start_year=start_year).exists():
        raise ValidationError({"start_year": f"The budget already has {start_year}/{(start_year + 1) % 100:02d}."})
    if not isinstance(brought_forward_pence, int):
        raise ValidationError({"brought_forward_pence": "Enter the amount brought forward in pounds and pence."})
    if copy_lines_from is not None and copy_lines_from.partnership_id != partnership.pk:
        raise ValidationError({"copy_lines_from": "Choose a year of this partnership's budget."})
    year = FinancialYear.objects.create(partnership=partnership, start_year=start_year, created_by=by,
                                        brought_forward_pence=brought_forward_pence, notes=(notes or "").strip())
    if copy_lines_from is not None:
        for line in copy_lines_from.lines.all():
            BudgetLine.objects.create(year=year, category=line.category, name=line.name,
                                      planned_pence=line.planned_pence, ring_fenced=line.ring_fenced,
                                      position=line.position)
    return year


@service
@transaction.atomic
def update_year(year: FinancialYear, *, by, expected_version: int, brought_forward_pence: int, notes: str = ""
                ) -> FinancialYear:
    """Correct the amount brought forward (as the Executive agreed it) and the notes; a closed year is refused."""
    refuse_if_closed(year, "brought_forward_pence")
    if not isinstance(brought_forward_pence, int) or isinstance(brought_forward_pence, bool):
        raise ValidationError({"brought_forward_pence": "Enter the amount brought forward in pounds and pence."})
    claim_version(FinancialYear, year.pk, expected_version)
    year.refresh_from_db()
    year.brought_forward_pence, year.notes = brought_forward_pence, (notes or "").strip()
    year.save()
    return year


def _checked_line(year, *, category, name, planned_pence, forecast_pence, line=None) -> dict:
    name = " ".join((name or "").split())
    if category not in BudgetLine.Category.values:
        raise ValidationError({"category": "Choose the line's category."})
    if not name:
        raise ValidationError({"name": "Enter the line's name, for example 'Independent reviewer fees'."})
    if len(name) > 200:
        raise ValidationError({"name": "The name must be 200 characters or fewer."})
    clash = BudgetLine.objects.filter(year=year, name__iexact=name)
    if line is not None:
        clash = clash.exclude(pk=line.pk)
    if clash.exists():
        raise ValidationError({"name": f"{year.label} already has a line called {name}."})
    planned = amount(planned_pence, "planned_pence", "planned amount")
    forecast = None if forecast_pence is None else amount(forecast_pence, "forecast_pence", "forecast")
    return {"category": category, "name": name, "planned_pence": planned, "forecast_pence": forecast}


@service
@transaction.atomic
def add_line(year: FinancialYear, *, by, category: str, name: str, planned_pence: int, forecast_pence=None,
             ring_fenced: bool = False) -> BudgetLine:
    refuse_if_closed(year)
    fields = _checked_line(year, category=category, name=name, planned_pence=planned_pence,
                           forecast_pence=forecast_pence)
    last = year.lines.aggregate(last=Max("position"))["last"]
    return BudgetLine.objects.create(year=year, ring_fenced=bool(ring_fenced), position=(last or 0) + 1, **fields)


@service
@transaction.atomic
def update_line(line: BudgetLine, *, by, expected_version: int, category: str, name: str, planned_pence: int,
                forecast_pence=None, ring_fenced: bool = False) -> BudgetLine:
    refuse_if_closed(line.year)
    fields = _checked_line(line.year, category=category, name=name, planned_pence=planned_pence,
                           forecast_pence=forecast_pence, line=line)
    claim_version(BudgetLine, line.pk, expected_version)
    line.refresh_from_db()
    for name_, value in {**fields, "ring_fenced": bool(ring_fenced)}.items():
        setattr(line, name_, value)
    line.save()
    return line


@service
@transaction.atomic
def close_year(year: FinancialYear, *, by, expected_version: int) -> FinancialYear:
    """Close a year once its account is final: nothing in it changes until it is reopened."""
    refuse_if_closed(year)
    claim_version(FinancialYear, year.pk, expected_version)
    year.refresh_from_db()
    year.status, year.closed_on = FinancialYear.Status.CLOSED, clock.today()
    year.save()
    return year


@service
@transaction.atomic
def reopen_year(year: FinancialYear, *, by, expected_version: int) -> FinancialYear:
    if year.is_open:
        raise ValidationError(f"{year.label} is open already.")
    claim_version(FinancialYear, year.pk, expected_version)
    year.refresh_from_db()
    year.status, year.closed_on = FinancialYear.Status.OPEN, None
    year.save()
    return year
