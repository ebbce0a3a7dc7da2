"""The forward plan: items booked for a future meeting, a month, or every year in a month."""
import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from simple_history.utils import bulk_create_with_history

from assure.core import clock
from assure.core.audit import service
from assure.core.concurrency import claim_version
from assure.core.transactions import atomic

from .. import numbering
from ..models import AgendaItem, ForwardPlanEntry, Meeting
from ._common import check_person, check_same_partnership
from .agenda import add_agenda_item


def _check_booking(partnership, body, meeting, month, every_year_in, *, allow_past: bool):
    chosen = [x for x in (meeting, month, every_year_in) if x]
    if len(chosen) != 1:
        raise ValidationError("Book the item for one of: a meeting, a month, or every year in a month.")
    if meeting is not None:
        check_same_partnership(partnership, meeting, "The meeting")
        if meeting.body_id != body.pk:
            raise ValidationError(f"Choose a meeting of {body}.")
        if meeting.status == Meeting.Status.CANCELLED:
            raise ValidationError("That meeting has been cancelled. Choose another.")
        if not allow_past and meeting.date < clock.today():
            raise ValidationError("Choose a meeting that has not happened yet.")
    if month is not None:
        if month.day != 1:
            month = month.replace(day=1)
        if not allow_past and month < clock.today().replace(day=1):
            raise ValidationError("Choose this month or a later one.")
    if every_year_in is not None and not 1 <= int(every_year_in) <= 12:
        raise ValidationError("Choose the month of the year, January to December.")
    return month


@service
@transaction.atomic
def book_forward_plan_entry(*, partnership, body, title: str, by, meeting: Meeting | None = None,
                            month: datetime.date | None = None, every_year_in: int | None = None,
                            presenter=None, notes: str = "", source_item: AgendaItem | None = None,
                            allow_past: bool = False) -> ForwardPlanEntry:
    """Book an item: give exactly one of `meeting`, `month` (any day in it) or `every_year_in` (1-12).

    `allow_past` lets the importer and the demo record bookings that were made before today.
    """
    if body is None:
        raise ValidationError("Choose the board or group.")
    check_same_partnership(partnership, body, "The board or group")
    check_person(partnership, presenter, "The presenter")
    title = (title or "").strip()
    if not title:
        raise ValidationError("Enter what the item is, for example 'LADO annual report'.")
    month = _check_booking(partnership, body, meeting, month, every_year_in, allow_past=allow_past)
    entry = ForwardPlanEntry(
        partnership=partnership, body=body, title=title[:300], notes=(notes or "").strip(), presenter=presenter,
        meeting=meeting, month=month, every_year_in=every_year_in or None, source_item=source_item, created_by=by,
    )
    entry.save()
    return entry


@dataclass(frozen=True)
class Booking:
    """One forward plan entry of several booked together (imported minutes). No month and no every_year_in:
    kept on the plan as not yet booked ('Q3', 'when ready')."""

    title: str
    month: datetime.date | None = None
    every_year_in: int | None = None
    notes: str = ""
    source_item: AgendaItem | None = None


@service
@atomic   # no savepoint of its own inside all_or_nothing() (ADR 0112)
def book_forward_plan_entries(*, partnership, body, entries, by) -> list[ForwardPlanEntry]:
    """Several entries at once, past months allowed (minutes record bookings already made): one insert and
    one history insert."""
    if body is None:
        raise ValidationError("Choose the board or group.")
    check_same_partnership(partnership, body, "The board or group")
    rows = []
    for entry in entries:
        title = (entry.title or "").strip()
        if not title:
            raise ValidationError("Enter what the item is, for example 'LADO annual report'.")
        month = entry.month.replace(day=1) if entry.month else None
        if month and entry.every_year_in:
            raise ValidationError("Book the item for one of: a meeting, a month, or every year in a month.")
        if entry.every_year_in is not None and not 1 <= int(entry.every_year_in) <= 12:
            raise ValidationError("Choose the month of the year, January to December.")
        rows.append(ForwardPlanEntry(partnership=partnership, body=body, title=title[:300],
                                     notes=(entry.notes or "").strip(), month=month,
                                     every_year_in=entry.every_year_in or None, source_item=entry.source_item,
                                     created_by=by))
    return bulk_create_with_history(rows, ForwardPlanEntry) if rows else []


@service
@transaction.atomic
def edit_forward_plan_entry(entry: ForwardPlanEntry, *, by, expected_version: int, title: str, notes: str = "",
                            presenter=None, meeting: Meeting | None = None, month: datetime.date | None = None,
                            every_year_in: int | None = None) -> ForwardPlanEntry:
    claim_version(ForwardPlanEntry, entry.pk, expected_version)
    entry.refresh_from_db()
    check_person(entry.partnership, presenter, "The presenter")
    title = (title or "").strip()
    if not title:
        raise ValidationError("Enter what the item is.")
    unchanged = (getattr(meeting, "pk", None), month, every_year_in or None) == (entry.meeting_id, entry.month, entry.every_year_in)
    # Renaming an entry booked for a meeting now past is fine; moving an entry into the past is not.
    month = _check_booking(entry.partnership, entry.body, meeting, month, every_year_in, allow_past=unchanged)
    entry.title, entry.notes, entry.presenter = title[:300], (notes or "").strip(), presenter
    entry.meeting, entry.month, entry.every_year_in = meeting, month, every_year_in or None
    entry.save()
    return entry


@service
@transaction.atomic
def remove_forward_plan_entry(entry: ForwardPlanEntry, *, by) -> None:
    entry.delete()


@service
@transaction.atomic
def add_entry_to_agenda(meeting: Meeting, entry: ForwardPlanEntry, *, by) -> AgendaItem:
    """Put a forward plan entry on a meeting's agenda as the next numbered item, linked to the entry."""
    check_same_partnership(meeting.partnership, entry, "The forward plan entry")
    if entry.body_id != meeting.body_id:
        raise ValidationError(f"That entry is on the forward plan of {entry.body}, not {meeting.body}.")
    if AgendaItem.objects.filter(meeting=meeting, forward_plan_entry=entry).exists():
        raise ValidationError(f"“{entry.title}” is already on this agenda.")
    numbers = list(AgendaItem.objects.filter(meeting=meeting).values_list("number", flat=True))
    return add_agenda_item(meeting, title=entry.title, presenter=entry.presenter, forward_plan_entry=entry,
                           number=numbering.next_number(numbers), by=by)
