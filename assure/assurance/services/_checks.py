"""Checks the assurance services share: one partnership's records only, dates in order and not in the future,
free text naming no one."""
from django.core.exceptions import ValidationError

from assure.core import clock
from assure.partnerships.models import Body, Organisation

from .. import privacy


def same_partnership(partnership, record, field: str, message: str) -> None:
    if record is not None and record.partnership_id != partnership.pk:
        raise ValidationError({field: message})


def not_future(day, field: str, what: str) -> None:
    if day is not None and day > clock.today():
        raise ValidationError({field: f"The {what} must be today or in the past."})


def not_before(day, earlier, field: str, message: str) -> None:
    if day is not None and earlier is not None and day < earlier:
        raise ValidationError({field: message})


def tidy(text) -> str:
    return (text or "").strip()


def one_line(text) -> str:
    return " ".join((text or "").split())


def known_names(partnership) -> list[str]:
    """The partnership's organisation and board names: words free text may use that are not a person's name."""
    names = list(Organisation.objects.filter(partnership=partnership).values_list("name", "short_name"))
    names += list(Body.objects.filter(partnership=partnership).values_list("name", "short_name"))
    return [part for pair in names for part in pair if part]


def names_no_one(partnership, **fields) -> None:
    """Each of `fields` (name -> (text, what)) refused when it reads like it names a person."""
    known = None
    for field, (text, what) in fields.items():
        if text:
            known = known if known is not None else known_names(partnership)
            privacy.refuse_full_names(text, field=field, what=what, known=known)
