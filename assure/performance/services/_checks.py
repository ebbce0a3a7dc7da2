"""Checks the dataset's services share."""
from django.core.exceptions import ValidationError

from .. import periods
from ..models import QuarterApproval


def same_partnership(partnership, record, field: str, message: str) -> None:
    if record is not None and record.partnership_id != partnership.pk:
        raise ValidationError({field: message})


def approved_quarters(partnership) -> set:
    return set(QuarterApproval.objects.filter(partnership=partnership).values_list("quarter_start", flat=True))


def refuse_if_approved(partnership, period: periods.Period, field: str = "period", approved=None) -> None:
    """An approved quarter's own figures and commentary do not change until the business team reopens it."""
    quarter = period.quarter
    if quarter.start in (approved if approved is not None else approved_quarters(partnership)):
        raise ValidationError({field: f"{quarter.label} is approved, so its figures and commentary cannot change: "
                                      f"the business team can reopen the quarter first."})
