"""A meeting's minutes as a `documents.compose.Composition`, in the layout boards know: a title block (body, date,
time, venue), the attendance (present with organisation and role, in attendance, apologies), then one table of
Item | Discussion | Action | Owner. Marked "Draft: not yet approved" until a later meeting approves them.

`minutes_composition(meeting)` reads the meeting through `queries`; everything after that is pure
(`build_minutes(facts)`), so the layout is tested without a database. `documents.render` draws it as Word or PDF."""
from __future__ import annotations

from dataclasses import dataclass

from assure.core.dates import due_label
from assure.core.names import initials as default_initials
from assure.documents.compose import Composition, Paragraph, Section, Table

DRAFT_NOTE = "Draft: not yet approved"
COLUMNS = ("Item", "Discussion", "Action", "Owner")


@dataclass(frozen=True)
class Attendee:
    name: str
    initials: str
    organisation: str
    role: str
    status: str  # Attendance.Status value


@dataclass(frozen=True)
class MinutedAction:
    text: str
    owners: tuple[tuple[str, str], ...]  # (name, initials) per owner; initials "" for a group
    due: str


@dataclass(frozen=True)
class MinutedItem:
    number: str
    title: str
    presenter: str
    discussion: str
    decisions: tuple[str, ...]
    actions: tuple[MinutedAction, ...]


@dataclass(frozen=True)
class MinutesFacts:
    body: str
    partnership: str
    date: str
    time: str
    venue: str
    status: str  # "held", "scheduled", "cancelled"
    approved_on: str  # "" until approved
    attendees: tuple[Attendee, ...]
    items: tuple[MinutedItem, ...]


GROUPS = (("present", "Present"), ("in_attendance", "In attendance"), ("apologies", "Apologies"),
          ("absent", "Absent without apology"))


def build_minutes(facts: MinutesFacts) -> Composition:
    """Pure: the minutes' content from plain facts."""
    title_block = Table(columns=("Meeting", facts.body), rows=(
        ("Date", facts.date), ("Time", facts.time or "Not recorded"), ("Venue", facts.venue or "Not recorded")),
        widths=(1, 4))
    lines = [f"Minutes approved as an accurate record on {facts.approved_on}"] if facts.approved_on else []
    if facts.status == "cancelled":
        lines.append("This meeting was cancelled.")
    sections = [Section(title="Meeting", key="meeting", blocks=(title_block,)),
                Section(title="Attendance", key="attendance", blocks=_attendance_blocks(facts.attendees)),
                Section(title="Minutes", key="minutes", blocks=_minutes_blocks(facts))]
    return Composition(
        title=f"Minutes of the {facts.body}" if not facts.body.lower().startswith("the ") else f"Minutes of {facts.body}",
        subtitle=facts.date, author=facts.partnership, lines=tuple(lines),
        draft_note="" if facts.approved_on else DRAFT_NOTE, sections=tuple(sections))


def _attendance_blocks(attendees) -> tuple:
    blocks = []
    for status, label in GROUPS:
        group = [a for a in attendees if a.status == status]
        if not group and status in ("in_attendance", "absent"):
            continue
        if not group:
            blocks.append(Paragraph(f"{label}: none recorded.", "empty"))
            continue
        blocks.append(Table(columns=("Name", "Organisation", "Role"), caption=f"{label} ({len(group)})",
                            widths=(2, 2, 2), rows=tuple(
                                (_name_with_initials(a.name, a.initials), a.organisation, a.role) for a in group)))
    return tuple(blocks)


def _minutes_blocks(facts: MinutesFacts) -> tuple:
    if not facts.items:
        return (Paragraph("The agenda is empty: no minutes have been written.", "empty"),)
    known = {name: initials for name, initials in ((a.name, a.initials) for a in facts.attendees)}
    rows = []
    for item in facts.items:
        rows.extend(item_rows(item, known))
    return (Table(columns=COLUMNS, rows=tuple(rows), widths=(0.8, 5, 3, 1.4)),)


def item_rows(item: MinutedItem, attendees: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """The item's rows: the first carries the title, discussion and decisions with the first action; each further
    action has a row of its own, so every action sits beside its owner."""
    parts = [item.title + (f" (presented by {item.presenter})" if item.presenter else "")]
    if item.discussion.strip():
        parts.append(item.discussion.strip())
    parts.extend(f"Decision: {text}" for text in item.decisions)
    if len(parts) == 1 and not item.actions:
        parts.append("No minutes recorded.")
    number = f"{item.number}." if item.number and not item.number.endswith(".") else item.number
    actions = [(f"{action.text}\nDue: {action.due}", owner_cell(action.owners, attendees)) for action in item.actions]
    first_action, first_owner = actions[0] if actions else ("", "")
    rows = [(number, "\n\n".join(parts), first_action, first_owner)]
    rows.extend(("", "", text, owner) for text, owner in actions[1:])
    return rows


def owner_cell(owners, attendees: dict[str, str]) -> str:
    """Initials for people in the attendance list (the block above says who they are), full names otherwise."""
    if not owners:
        return "No owner"
    return "/".join(initials if initials and name in attendees else name for name, initials in owners)


def _name_with_initials(name: str, initials: str) -> str:
    return f"{name} ({initials})" if initials else name


# Reading the meeting.
def minutes_composition(meeting) -> Composition:
    return build_minutes(minutes_facts(meeting))


def minutes_facts(meeting) -> MinutesFacts:
    from assure.partnerships.models import Membership

    from . import queries

    roles = dict(Membership.objects.filter(body=meeting.body).values_list("person_id", "role"))
    role_labels = dict(Membership.Role.choices)
    attendees = []
    for row in queries.attendance(meeting):
        person = row.person
        role = [role_labels[roles[person.pk]]] if roles.get(person.pk, "member") != "member" else []
        if person.job_title:
            role.append(person.job_title)
        if row.deputising_for_id:
            role.append(f"deputising for {row.deputising_for.full_name}")
        organisation = person.organisation.name if person.organisation_id else ""
        attendees.append(Attendee(person.full_name, person_initials(person), organisation, ", ".join(role),
                                  row.status))
    items = []
    following = meeting.next_meeting()
    for item in queries.agenda(meeting):
        actions = tuple(MinutedAction(
            text=action.text, due=due_label(action.due_date or (following.date if following and
                                                                  action.due_at_next_meeting else None),
                                             action.due_at_next_meeting),
            owners=tuple((str(owner), person_initials(owner.person) if owner.person_id else "")
                         for owner in action.owners.all()))
            for action in item.actions.all())
        items.append(MinutedItem(number=item.number, title=item.title,
                                 presenter=item.presenter.full_name if item.presenter_id else "",
                                 discussion=item.discussion, decisions=tuple(d.text for d in item.decisions.all()),
                                 actions=actions))
    return MinutesFacts(
        body=meeting.body.name, partnership=meeting.partnership.name, date=f"{meeting.date:%A %-d %B %Y}",
        time=f"{meeting.start_time:%H:%M}" if meeting.start_time else "", venue=meeting.location,
        status=meeting.status,
        approved_on=f"{meeting.minutes_approved_on:%-d %B %Y}" if meeting.minutes_approved_on else "",
        attendees=tuple(attendees), items=tuple(items))


def person_initials(person) -> str:
    return person.initials or default_initials(person.full_name)


def file_name(meeting, extension: str, what: str = "minutes") -> str:
    body = "".join(c if c.isalnum() else "-" for c in (meeting.body.short_name or meeting.body.name)).strip("-")
    return f"{what}-{body.lower()}-{meeting.date:%Y-%m-%d}.{extension}"
