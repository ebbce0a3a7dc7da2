"""Checks training's services share."""
from django.core.exceptions import ValidationError


def same_partnership(partnership, record, field: str, message: str) -> None:
    if record is not None and record.partnership_id != partnership.pk:
        raise ValidationError({field: message})


def words(value, field: str, what: str, *, max_length: int, required: bool = True) -> str:
    """Text with its spaces tidied, refused when required and empty or longer than the field takes."""
    text = " ".join((value or "").split())
    if required and not text:
        raise ValidationError({field: f"Enter {what}."})
    if len(text) > max_length:
        raise ValidationError({field: f"{what[0].upper()}{what[1:]} must be {max_length} characters or fewer."})
    return text
