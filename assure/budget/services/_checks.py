"""Checks the budget's services share."""
import datetime

from django.core.exceptions import ValidationError


def same_partnership(partnership, record, field: str, message: str) -> None:
    if record is not None and record.partnership_id != partnership.pk:
        raise ValidationError({field: message})


def refuse_if_closed(year, field: str | None = None) -> None:
    """A closed year's figures are the audited account: nothing in it changes until the business team reopens it."""
    if not year.is_open:
        message = f"{year.label} is closed, so nothing in it can change: reopen the year first."
        raise ValidationError({field: message} if field else message)


def amount(value, field: str, what: str, *, allow_zero: bool = True) -> int:
    """Whole pence, not negative (zero only when `allow_zero`), or a ValidationError naming the field."""
    if value is None:
        raise ValidationError({field: f"Enter the {what}."})
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError({field: f"The {what} must be an amount in pounds and pence."})
    if value < 0:
        raise ValidationError({field: f"The {what} cannot be negative."})
    if value == 0 and not allow_zero:
        raise ValidationError({field: f"The {what} must be more than £0.00."})
    return value


def year_bounds(year) -> tuple[datetime.date, datetime.date]:
    """1 April to 31 March of a financial year."""
    return datetime.date(year.start_year, 4, 1), datetime.date(year.start_year + 1, 3, 31)
