"""Who came: present, in attendance, apologies, absent without apology, and who deputised for whom."""
from dataclasses import dataclass, replace

from django.core.exceptions import ValidationError
from django.db import transaction
from simple_history.utils import bulk_create_with_history

from assure.core import clock
from assure.core.audit import service
from assure.core.transactions import atomic
from assure.partnerships import services as partnership_services

from .. import plausible
from ..models import Attendance, Meeting
from ._common import check_person
from .meetings import mark_held


@dataclass(frozen=True)
class AttendanceEntry:
    """One line of the attendance list. status is an Attendance.Status value."""

    person: object
    status: str
    deputising_for: object = None


@dataclass(frozen=True)
class NewPerson:
    """Someone not yet in the partnership, typed by name on the attendance form; added as their attendance is saved."""

    full_name: str
    confirmed_different: bool = False   # their name closely matches someone already here, and that is known


@service
@transaction.atomic
def record_attendance_list(meeting: Meeting, *, entries, by) -> list[Attendance]:
    """Make `entries` the meeting's whole attendance list (the one-form attendance page).

    Anyone recorded before and not in `entries` is taken off. An entry's person may be a NewPerson:
    they are added to the partnership in the same transaction, so a refusal leaves neither them nor the list.
    """
    if meeting.status == Meeting.Status.CANCELLED:
        raise ValidationError("This meeting was cancelled, so there is no attendance to record.")
    if entries and (problem := plausible.attendance_problem(meeting.date, clock.today())):
        raise ValidationError(problem)
    resolved = []
    for entry in entries:
        if isinstance(entry.person, NewPerson):
            person = partnership_services.create_person(
                partnership=meeting.partnership, full_name=entry.person.full_name, by=by,
                confirmed_different=entry.person.confirmed_different)
            entry = replace(entry, person=person)
        resolved.append(entry)
    keep = {entry.person.pk for entry in resolved if entry.person is not None}
    remove = [row.person for row in meeting.attendance.select_related("person") if row.person_id not in keep]
    return record_attendance(meeting, entries=resolved, by=by, remove=remove)


@service
@atomic   # no savepoint of its own inside all_or_nothing() (ADR 0112)
def record_attendance(meeting: Meeting, *, entries, by, remove=()) -> list[Attendance]:
    """Record (or correct) attendance for the people in `entries`; `remove` takes people off the list.

    All or nothing: one bad line and nothing is saved.
    """
    if meeting.status == Meeting.Status.CANCELLED:
        raise ValidationError("This meeting was cancelled, so there is no attendance to record.")
    if entries and (problem := plausible.attendance_problem(meeting.date, clock.today())):
        raise ValidationError(problem)
    partnership = meeting.partnership
    seen = set()
    for entry in entries:
        check_person(partnership, entry.person, "Each person on the attendance list")
        check_person(partnership, entry.deputising_for, "The person being deputised for")
        if entry.person is None:
            raise ValidationError("Choose who attended.")
        if entry.status not in Attendance.Status.values:
            raise ValidationError(f"Choose present, in attendance, apologies or absent for {entry.person}.")
        if entry.deputising_for is not None:
            if entry.deputising_for.pk == entry.person.pk:
                raise ValidationError(f"{entry.person} cannot deputise for themselves.")
            if entry.status not in (Attendance.Status.PRESENT, Attendance.Status.IN_ATTENDANCE):
                raise ValidationError(f"{entry.person} can deputise for someone only if they attended.")
        if entry.person.pk in seen:
            raise ValidationError(f"{entry.person} is on the list twice.")
        seen.add(entry.person.pk)

    for person in remove:
        check_person(partnership, person)
        for row in Attendance.objects.filter(meeting=meeting, person=person):
            row.delete()

    saved, new_rows = [], []
    # The whole list read once: who is already on it, and (below) the deputies checked against it in memory.
    existing = {row.person_id: row for row in Attendance.objects.filter(meeting=meeting).select_related("person")}
    for entry in entries:
        row = existing.get(entry.person.pk) or Attendance(meeting=meeting, person=entry.person)
        if row.pk and row.status == entry.status and row.deputising_for_id == getattr(entry.deputising_for, "pk", None):
            saved.append(row)
            continue
        row.status, row.deputising_for = entry.status, entry.deputising_for
        if row.pk:
            row.save()
        else:
            new_rows.append(row)
        saved.append(row)
    if new_rows:   # one insert and one history insert for everyone new on the list
        bulk_create_with_history(new_rows, Attendance)

    _check_deputies(list({**existing, **{row.person_id: row for row in saved}}.values()))
    if saved:
        mark_held(meeting, by)
    return saved


def _check_deputies(rows: list[Attendance]) -> None:
    """The whole list after the change: nobody deputises for someone who attended, or for a member twice."""
    attended = {r.person_id for r in rows if r.attended}
    counted = {}
    for row in rows:
        if row.deputising_for_id is None:
            continue
        if row.deputising_for_id in attended:
            raise ValidationError(f"{row.deputising_for} is recorded as attending, so {row.person} cannot be deputising for them.")
        if row.deputising_for_id in counted:
            raise ValidationError(f"Both {counted[row.deputising_for_id]} and {row.person} are recorded as deputising "
                                  f"for {row.deputising_for}. Only one person can deputise for a member.")
        counted[row.deputising_for_id] = row.person


@service
@transaction.atomic
def remove_attendance(attendance: Attendance, *, by) -> None:
    if attendance.meeting.status == Meeting.Status.CANCELLED:
        raise ValidationError("This meeting was cancelled.")
    attendance.delete()
