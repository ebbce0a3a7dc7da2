"""Importing the bookings of one event from a booking system's export: check on upload (every row with its
outcome), then confirm (the valid rows booked in file order, all in one transaction) or discard. Each a named,
atomic @service taking the acting user as `by`.

Idempotent: a person already booked on (or waiting for) the event is reported "already booked" and skipped, so the
same file imported twice books nobody twice. A refused row does not stop the others.
"""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core.audit import service
from assure.documents.pending import discard, finish, waiting
from assure.partnerships.models import Organisation

from ..booking_rows import FileRefused, org_key, read_bookings, read_spreadsheet
from ..models import Booking, BookingImport, Event
from .bookings import book_delegate

ACTIVE = (Booking.Status.BOOKED, Booking.Status.WAITING)
OUTCOMES = {"place": "Booked", "waiting": "Waiting list", "already": "Already booked",
            "duplicate": "Duplicate in the file", "refused": "Refused"}


def _organisations(partnership) -> dict[str, int]:
    found: dict[str, int] = {}
    for organisation in Organisation.objects.filter(partnership=partnership):
        if organisation.short_name:
            found.setdefault(org_key(organisation.short_name), organisation.pk)
    for organisation in Organisation.objects.filter(partnership=partnership):
        found[org_key(organisation.name)] = organisation.pk   # a full name wins over another's short name
    return found


def _plan(event: Event, rows: list[dict]) -> list[dict]:
    """Each row with what confirming would do now: a place, the waiting list, or already booked (skipped)."""
    booked = {email.casefold() for email in event.bookings.filter(status__in=ACTIVE)
              .values_list("delegate__email", flat=True)}
    places = max(event.capacity - event.bookings.filter(status=Booking.Status.BOOKED).count(), 0)
    planned = []
    for row in rows:
        if row["outcome"] != "ok":
            planned.append(dict(row))
            continue
        if row["email"].casefold() in booked:
            outcome = "already"
        elif places > 0:
            outcome, places = "place", places - 1
        else:
            outcome = "waiting"
        booked.add(row["email"].casefold())
        planned.append({**row, "outcome": outcome})
    return planned


def _summary(planned: list[dict]) -> dict:
    counts = {outcome: sum(1 for row in planned if row["outcome"] == outcome) for outcome in OUTCOMES}
    for row in planned:
        row["outcome_label"] = OUTCOMES[row["outcome"]]
    return {"rows": planned, **counts, "to_book": counts["place"] + counts["waiting"]}


def _refuse_if_cancelled(event: Event) -> None:
    if event.status == Event.Status.CANCELLED:
        raise ValidationError({"file": "This event is cancelled, so it takes no bookings."})


@service
@transaction.atomic
def start_booking_import(event: Event, *, by, file_name: str, data: bytes, max_bytes: int | None = None
                         ) -> BookingImport:
    """Read and check an export uploaded on the web; nobody is booked until it is confirmed."""
    _refuse_if_cancelled(event)
    try:
        table = read_spreadsheet(data, file_name, **({"max_bytes": max_bytes} if max_bytes else {}))
        reading = read_bookings(table, organisations=_organisations(event.course.partnership))
    except FileRefused as exc:
        raise ValidationError({"file": str(exc)}) from None
    if not reading.rows:
        raise ValidationError({"file": "The file has a header row but no bookings: export the bookings again."})
    return BookingImport.objects.create(event=event, file_name=file_name[:255], rows=reading.rows, created_by=by,
                                        summary=_summary(_plan(event, reading.rows)))


def _message(summary: dict) -> str:
    place, waiting_, already = summary["place"], summary["waiting"], summary["already"]
    text = f"{place} {'person' if place == 1 else 'people'} booked"
    if waiting_:
        text += f", {waiting_} on the waiting list"
    if already:
        text += f"; {already} already booked, so not again"
    left_out = summary["refused"] + summary["duplicate"]
    if left_out:
        text += f"; {left_out} row{'s' if left_out != 1 else ''} left out (refused or duplicate)"
    return text + "."


@service
@transaction.atomic
def confirm_booking_import(pending: BookingImport, *, by) -> dict:
    """Book the valid rows in file order (a place while there is one, then the waiting list), all or nothing.
    Who is booked is worked out again now, so someone booked since the check is not booked twice."""
    pending = waiting(pending)
    event = Event.objects.select_for_update().select_related("course__partnership").get(pk=pending.event_id)
    _refuse_if_cancelled(event)
    organisations = {o.pk: o for o in Organisation.objects.filter(partnership=event.course.partnership)}
    gone = [row for row in pending.rows if row["outcome"] == "ok" and row["organisation_id"] not in organisations]
    if gone:
        raise ValidationError(f"Since the file was checked, the organisation '{gone[0]['organisation']}' (row "
                              f"{gone[0]['row']}) was removed. Nobody was booked: upload the file again to check it.")
    planned = _plan(event, pending.rows)
    for row in planned:
        if row["outcome"] in ("place", "waiting"):
            booking = book_delegate(event, by=by, name=row["name"], email=row["email"],
                                    organisation=organisations[row["organisation_id"]], job_role=row["job_role"],
                                    manager_email=row["manager_email"], source=Booking.Source.IMPORTED)
            row["outcome"] = "place" if booking.status == Booking.Status.BOOKED else "waiting"
    summary = _summary(planned)
    summary["message"] = _message(summary)
    finish(pending, summary)
    return summary


@service
@transaction.atomic
def discard_booking_import(pending: BookingImport, *, by) -> BookingImport:
    """Book nobody from a checked file."""
    return discard(pending)
