"""Writes of spending: each a named, atomic @service taking the acting user as `by`.

Money spent from a budget line of an open year, dated within that year (1 April to 31 March), more than £0.00,
and linked (if at all) to a review of the same partnership.
"""
import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core.audit import service
from assure.core.concurrency import claim_version

from ..models import Spending
from ._checks import amount, refuse_if_closed, same_partnership, year_bounds

DESCRIPTION_LENGTH, SUPPLIER_LENGTH = 300, 200


def _checked(year, *, line, spent_on, description, supplier, amount_pence, review) -> dict:
    refuse_if_closed(year)
    if line is None:
        raise ValidationError({"line": "Choose the budget line the money was spent from."})
    if line.year_id != year.pk:
        raise ValidationError({"line": f"Choose a line of {year.label}'s budget."})
    if not isinstance(spent_on, datetime.date):
        raise ValidationError({"spent_on": "Enter the date the money was spent."})
    first, last = year_bounds(year)
    if not first <= spent_on <= last:
        raise ValidationError({"spent_on": f"The date must be within {year.label}: between 1 April "
                                           f"{first.year} and 31 March {last.year}."})
    description = " ".join((description or "").split())
    if not description:
        raise ValidationError({"description": "Enter what the money was spent on."})
    if len(description) > DESCRIPTION_LENGTH:
        raise ValidationError({"description": f"The description must be {DESCRIPTION_LENGTH} characters or fewer."})
    supplier = " ".join((supplier or "").split())
    if len(supplier) > SUPPLIER_LENGTH:
        raise ValidationError({"supplier": f"The supplier must be {SUPPLIER_LENGTH} characters or fewer."})
    amount_pence = amount(amount_pence, "amount_pence", "amount", allow_zero=False)
    same_partnership(year.partnership, review, "review", "Choose a review of this partnership.")
    return {"line": line, "spent_on": spent_on, "description": description, "supplier": supplier,
            "amount_pence": amount_pence, "review": review}


@service
@transaction.atomic
def record_spending(year, *, by, line, spent_on, description, supplier="", amount_pence, review=None) -> Spending:
    """Money spent from a line of an open year (entered by hand; the import uses the same checks)."""
    fields = _checked(year, line=line, spent_on=spent_on, description=description, supplier=supplier,
                      amount_pence=amount_pence, review=review)
    return Spending.objects.create(year=year, created_by=by, **fields)


@service
@transaction.atomic
def update_spending(spending: Spending, *, by, expected_version: int, line, spent_on, description, supplier="",
                    amount_pence, review=None) -> Spending:
    fields = _checked(spending.year, line=line, spent_on=spent_on, description=description, supplier=supplier,
                      amount_pence=amount_pence, review=review)
    claim_version(Spending, spending.pk, expected_version)
    spending.refresh_from_db()
    for name, value in fields.items():
        setattr(spending, name, value)
    spending.save()
    return spending


@service
@transaction.atomic
def remove_spending(spending: Spending, *, by) -> None:
    """Take spending out of the year (recorded wrongly); its history keeps what it was."""
    refuse_if_closed(spending.year)
    spending.delete()
