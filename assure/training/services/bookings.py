"""Delegates and bookings: each a named, atomic @service taking the acting user as `by`.

A booking takes a place while the event has one; after that it joins the waiting list (in the order people booked).
The same person twice on one event is refused; a new delegate with the same name in the same organisation as
another, under a different email address, is flagged as a possible duplicate (`Delegate.possible_duplicate_of`).
"""
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from assure.core import clock
from assure.core.audit import service

from ..models import Booking, Delegate, Event
from ._checks import same_partnership, words


def _email(value, field: str, what: str, *, required: bool = True) -> str:
    email = (value or "").strip()
    if not email:
        if required:
            raise ValidationError({field: f"Enter {what}."})
        return ""
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError({field: f"Enter {what} in the right format, like name@example.org."}) from None
    return email


def _same_name(name: str) -> str:
    return " ".join(name.casefold().split())


@service
@transaction.atomic
def find_or_add_delegate(*, partnership, by, name: str, email: str, organisation, job_role: str = "",
                         manager_email: str = "") -> tuple[Delegate, bool]:
    """The delegate with this email address (any case), or a new one. An existing delegate keeps their record, but
    gains a manager's email or role they did not have. Returns (delegate, created)."""
    name = words(name, "name", "the delegate's full name", max_length=200)
    email = _email(email, "email", "the delegate's email address")
    manager_email = _email(manager_email, "manager_email", "the manager's email address", required=False)
    if organisation is None:
        raise ValidationError({"organisation": "Choose the delegate's organisation."})
    same_partnership(partnership, organisation, "organisation", "Choose one of this partnership's organisations.")
    job_role = words(job_role, "job_role", "the delegate's role", max_length=200, required=False)
    if manager_email and manager_email.casefold() == email.casefold():
        raise ValidationError({"manager_email": "Enter the manager's own email address, not the delegate's."})
    existing = Delegate.objects.filter(partnership=partnership, email__iexact=email).first()
    if existing is not None:
        changed = False
        if manager_email and not existing.manager_email:
            existing.manager_email, changed = manager_email, True
        if job_role and not existing.job_role:
            existing.job_role, changed = job_role, True
        if changed:
            existing.save()
        return existing, False
    twin = next((other for other in Delegate.objects.filter(partnership=partnership, organisation=organisation)
                 if _same_name(other.name) == _same_name(name)), None)
    delegate = Delegate.objects.create(partnership=partnership, name=name, email=email, organisation=organisation,
                                       job_role=job_role, manager_email=manager_email, possible_duplicate_of=twin)
    return delegate, True


@service
@transaction.atomic
def book(event: Event, *, by, delegate: Delegate, source: str = Booking.Source.BY_HAND) -> Booking:
    """Book a delegate: a place while there is one, else the waiting list. Someone who cancelled may book again."""
    event = Event.objects.select_for_update().select_related("course").get(pk=event.pk)
    if delegate.partnership_id != event.course.partnership_id:
        raise ValidationError({"delegate": "Choose a delegate of this partnership."})
    if event.status == Event.Status.CANCELLED:
        raise ValidationError("This event is cancelled, so it takes no bookings.")
    full = event.bookings.filter(status=Booking.Status.BOOKED).count() >= event.capacity
    status = Booking.Status.WAITING if full else Booking.Status.BOOKED
    existing = Booking.objects.filter(event=event, delegate=delegate).first()
    if existing is not None:
        if existing.status in (Booking.Status.BOOKED, Booking.Status.WAITING):
            where = "booked on" if existing.status == Booking.Status.BOOKED else "on the waiting list for"
            raise ValidationError({"delegate": f"{delegate.name} ({delegate.email}) is already {where} this event."})
        existing.status, existing.cancelled_at, existing.attendance = status, None, ""
        existing.booked_at, existing.source = clock.now(), source
        existing.save()
        return existing
    return Booking.objects.create(event=event, delegate=delegate, status=status, source=source,
                                  booked_at=clock.now(), created_by=by)


@service
@transaction.atomic
def book_delegate(event: Event, *, by, name: str, email: str, organisation, job_role: str = "",
                  manager_email: str = "", source: str = Booking.Source.BY_HAND) -> Booking:
    """Find or add the delegate, then book them (a place, or the waiting list), all or nothing."""
    delegate, _ = find_or_add_delegate(partnership=event.course.partnership, by=by, name=name, email=email,
                                       organisation=organisation, job_role=job_role, manager_email=manager_email)
    return book(event, by=by, delegate=delegate, source=source)
