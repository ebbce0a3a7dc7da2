"""Keeping delegates' records right: changing one, saying two are not the same person, merging two that are.
Each a named, atomic @service taking the acting user as `by`."""
from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core.audit import service
from assure.core.concurrency import claim_version

from ..models import Booking, Delegate
from ._checks import same_partnership, words
from .bookings import _email


@service
@transaction.atomic
def update_delegate(delegate: Delegate, *, by, expected_version: int, name: str, email: str, organisation,
                    job_role: str = "", manager_email: str = "") -> Delegate:
    """Change a delegate's details. Their email address is theirs alone in the partnership (in any case)."""
    name = words(name, "name", "the delegate's full name", max_length=200)
    email = _email(email, "email", "the delegate's email address")
    manager_email = _email(manager_email, "manager_email", "the manager's email address", required=False)
    if organisation is None:
        raise ValidationError({"organisation": "Choose the delegate's organisation."})
    same_partnership(delegate.partnership, organisation, "organisation",
                     "Choose one of this partnership's organisations.")
    job_role = words(job_role, "job_role", "the delegate's role", max_length=200, required=False)
    if manager_email and manager_email.casefold() == email.casefold():
        raise ValidationError({"manager_email": "Enter the manager's own email address, not the delegate's."})
    other = (Delegate.objects.filter(partnership=delegate.partnership, email__iexact=email)
             .exclude(pk=delegate.pk).first())
    if other is not None:
        raise ValidationError({"email": f"{other.name} of {other.organisation} already has the email address "
                                        f"{other.email}: if they are the same person, merge the two records."})
    claim_version(Delegate, delegate.pk, expected_version)
    delegate.refresh_from_db()
    delegate.name, delegate.email, delegate.organisation = name, email, organisation
    delegate.job_role, delegate.manager_email = job_role, manager_email
    delegate.save()
    return delegate


@service
@transaction.atomic
def dismiss_duplicate(delegate: Delegate, *, by, expected_version: int) -> Delegate:
    """"Not the same person": clear the possible-duplicate flag."""
    if delegate.possible_duplicate_of_id is None:
        raise ValidationError(f"{delegate.name} is not marked as a possible duplicate.")
    claim_version(Delegate, delegate.pk, expected_version)
    delegate.refresh_from_db()
    delegate.possible_duplicate_of = None
    delegate.save()
    return delegate


@service
@transaction.atomic
def merge_delegates(duplicate: Delegate, *, into: Delegate, by) -> Delegate:
    """Move the duplicate's bookings onto `into` and delete the duplicate, all or nothing. Refused when both are
    booked on the same event (the register would hold the same person twice): that event is named."""
    if into is None:
        raise ValidationError({"into": "Choose the delegate to keep."})
    if into.pk == duplicate.pk:
        raise ValidationError({"into": "Choose another delegate: a record cannot be merged into itself."})
    if into.partnership_id != duplicate.partnership_id:
        raise ValidationError({"into": "Choose a delegate of this partnership."})
    # Lock both so a booking made meanwhile cannot slip past the check.
    list(Delegate.objects.select_for_update().filter(pk__in=[duplicate.pk, into.pk]))
    moving = list(Booking.objects.select_for_update().filter(delegate=duplicate).select_related("event__course"))
    kept_events = set(Booking.objects.filter(delegate=into).values_list("event_id", flat=True))
    clashes = [booking.event for booking in moving if booking.event_id in kept_events]
    if clashes:
        named = "; ".join(str(event) for event in clashes)
        raise ValidationError({"into": f"{duplicate.name} and {into.name} are both booked on {named}: cancel one "
                                       f"of the two bookings first, then merge."})
    for booking in moving:
        booking.delegate = into
        booking.save()
    changed = False
    if not into.manager_email and duplicate.manager_email:
        into.manager_email, changed = duplicate.manager_email, True
    if not into.job_role and duplicate.job_role:
        into.job_role, changed = duplicate.job_role, True
    if into.possible_duplicate_of_id == duplicate.pk:
        into.possible_duplicate_of, changed = None, True
    if changed:
        into.save()
    # Others flagged as possibly this duplicate now point to the record kept.
    for other in Delegate.objects.filter(possible_duplicate_of=duplicate).exclude(pk=into.pk):
        other.possible_duplicate_of = into
        other.save()
    duplicate.delete()
    return into
