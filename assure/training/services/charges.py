"""Waiving the charge a booking implies under the partnership's policy, and restoring it."""
from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core.audit import service
from assure.core.concurrency import claim_version

from .. import charges
from ..models import Booking
from ._checks import words


@service
@transaction.atomic
def waive_charge(booking: Booking, *, by, expected_version: int, reason: str) -> Booking:
    """Waive a booking's charge, giving the reason (kept, and in the history)."""
    reason = words(reason, "reason", "why the charge is waived", max_length=300)
    booking.refresh_from_db()
    if charges.reason_for(booking.status, booking.attendance) is None:
        raise ValidationError(f"{booking.delegate.name}'s booking implies no charge, so there is nothing to waive.")
    if booking.charge_waived:
        raise ValidationError(f"The charge for {booking.delegate.name} is already waived.")
    claim_version(Booking, booking.pk, expected_version)
    booking.refresh_from_db()
    booking.charge_waived, booking.waiver_reason = True, reason
    booking.save()
    return booking


@service
@transaction.atomic
def restore_charge(booking: Booking, *, by, expected_version: int) -> Booking:
    """Charge again a booking whose charge was waived."""
    booking.refresh_from_db()
    if not booking.charge_waived:
        raise ValidationError(f"The charge for {booking.delegate.name} is not waived.")
    claim_version(Booking, booking.pk, expected_version)
    booking.refresh_from_db()
    booking.charge_waived, booking.waiver_reason = False, ""
    booking.save()
    return booking
