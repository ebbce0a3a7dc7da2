"""Importing spending from a finance system's export: check on upload, then import (all, or the valid rows when
the person chooses to keep them) or discard. Each a named, atomic @service taking the acting user as `by`.

Idempotent: a row whose finance reference the year has already is not imported again, and the summary says so.
"""
from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core.audit import service
from assure.documents.pending import discard, finish, waiting

from ..importing import FileRefused, line_key, read_spending, read_spreadsheet
from ..models import BudgetLine, Spending, SpendingImport
from ._checks import refuse_if_closed, year_bounds


def _line_names(year) -> dict[str, int | None]:
    """A line's name, its category's value and its category's words, to the line (None when a category names
    several lines: the name must be used then)."""
    found: dict[str, int | None] = {}
    by_category: dict[str, list[int]] = {}
    for line in year.lines.all():
        by_category.setdefault(line.category, []).append(line.pk)
    labels = dict(BudgetLine.Category.choices)
    for category, ids in by_category.items():
        for key in (line_key(category), line_key(labels[category]), line_key(category.replace("_", " "))):
            found[key] = ids[0] if len(ids) == 1 else None
    for line in year.lines.all():
        found[line_key(line.name)] = line.pk   # a line's own name wins over a category's words
    return found


def _plan(year, rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """The rows still to import, and those the year has already (the same finance reference)."""
    references = {row["reference"] for row in rows if row["reference"]}
    known = set(Spending.objects.filter(year=year, finance_reference__in=references)
                .values_list("finance_reference", flat=True))
    new = [row for row in rows if row["reference"] not in known or not row["reference"]]
    return new, [row for row in rows if row["reference"] and row["reference"] in known]


def _summary(accepted, already, refused) -> dict:
    return {"accepted": len(accepted), "already": len(already), "refused": refused,
            "total_pence": sum(row["amount_pence"] for row in accepted)}


@service
@transaction.atomic
def start_spending_import(year, *, by, file_name: str, data: bytes, max_bytes: int | None = None
                          ) -> SpendingImport:
    """Read and check an export uploaded on the web; nothing is spent until it is confirmed."""
    refuse_if_closed(year, "file")
    first, last = year_bounds(year)
    try:
        table = read_spreadsheet(data, file_name, **({"max_bytes": max_bytes} if max_bytes else {}))
        reading = read_spending(table, first=first, last=last, lines=_line_names(year))
    except FileRefused as exc:
        raise ValidationError({"file": str(exc)}) from None
    accepted, already = _plan(year, reading.rows)
    return SpendingImport.objects.create(year=year, file_name=file_name[:255], rows=reading.rows, created_by=by,
                                         summary=_summary(accepted, already, reading.refused))


def _message(imported: int, already: int, refused: int) -> str:
    lines = f"{imported} line{'s' if imported != 1 else ''} of spending imported"
    if already:
        lines += (f"; {already} {'was' if already == 1 else 'were'} imported before (the same finance reference), "
                  f"so not again")
    if refused:
        lines += f"; {refused} refused row{'s' if refused != 1 else ''} left out"
    return lines + "."


@service
@transaction.atomic
def confirm_spending_import(pending: SpendingImport, *, by, keep_valid: bool = False) -> dict:
    """Import the rows accepted when the file was checked, all or nothing: with refused rows nothing is imported
    unless `keep_valid`. The year and its lines are checked again; a row imported since is not imported twice."""
    pending = waiting(pending)
    year = pending.year
    refuse_if_closed(year)
    refused = pending.summary.get("refused", [])
    if refused and not keep_valid:
        raise ValidationError({"keep_valid": f"{len(refused)} row{'s' if len(refused) != 1 else ''} of the file "
                                             f"{'were' if len(refused) != 1 else 'was'} refused, so nothing was "
                                             f"imported. Correct the file and upload it again, or choose to import "
                                             f"the valid rows only."})
    lines = {line.pk: line for line in year.lines.all()}
    gone = [row for row in pending.rows if row["line_id"] not in lines]
    if gone:
        raise ValidationError(f"Since the file was checked, the line '{gone[0]['line']}' (row {gone[0]['row']}) was "
                              f"removed. Nothing was imported: upload the file again to check it.")
    accepted, already = _plan(year, pending.rows)
    Spending.objects.bulk_create([
        Spending(year=year, line=lines[row["line_id"]], spent_on=datetime.date.fromisoformat(row["spent_on"]),
                 description=row["description"], supplier=row["supplier"], amount_pence=row["amount_pence"],
                 source=Spending.Source.IMPORTED, finance_reference=row["reference"], created_by=by)
        for row in accepted])
    summary = {**_summary(accepted, already, refused), "imported": len(accepted),
               "message": _message(len(accepted), len(already), len(refused))}
    finish(pending, summary)
    return summary


@service
@transaction.atomic
def discard_spending_import(pending: SpendingImport, *, by) -> SpendingImport:
    """Import nothing from a checked file."""
    return discard(pending)
