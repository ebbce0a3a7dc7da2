"""Helpers shared by the meetings services."""
from django.core.exceptions import ValidationError

from assure.partnerships.models import Person


def check_person(partnership, person, what: str = "The person") -> None:
    if person is not None and (not isinstance(person, Person) or person.partnership_id != partnership.pk):
        raise ValidationError(f"{what} must be someone in this partnership.")


def check_same_partnership(partnership, obj, what: str) -> None:
    if obj is not None and obj.partnership_id != partnership.pk:
        raise ValidationError(f"{what} belongs to another partnership.")
