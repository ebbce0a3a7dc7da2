"""The attendance report, calculated from plain rows: no database here (queries.py feeds it).

Rules, in the users' words:
- Only meetings whose attendance was recorded count; the others are listed as "not recorded"
  rather than counted as everybody absent.
- A statutory partner (local authority, police, health) is *represented* at a meeting when someone
  from an organisation of that kind was present, or someone attended (present or in attendance)
  deputising for a person from such an organisation. Being "in attendance" for one item (an
  officer presenting) does not on its own represent a partner at the board.
- Each recorded meeting at which a statutory partner was not represented is flagged.
- Per organisation, an organisation is *expected* at a recorded meeting when one of its people is a
  member of that meeting's body, or someone from it (or someone deputising for one of its people)
  is on the attendance list.
- Statutory partners are listed first (local authority, police, health), then everyone else by name.
"""
import datetime
from collections import defaultdict
from dataclasses import dataclass, field

PRESENT = "present"
IN_ATTENDANCE = "in_attendance"
APOLOGIES = "apologies"
ABSENT = "absent"
ATTENDED = (PRESENT, IN_ATTENDANCE)
STATUTORY_RANKS = 3  # ranks 0, 1, 2 are the three statutory partners; see Organisation.statutory_rank
PARTNER_LABELS = {"local_authority": "Local authority", "police": "Police", "health": "Health"}


@dataclass(frozen=True)
class MeetingRow:
    id: int
    date: datetime.date
    body: str
    body_id: int | None = None


@dataclass(frozen=True)
class MembershipRow:
    """Someone from `organisation_id` sits on `body_id`."""

    body_id: int
    organisation_id: int


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    kind: str
    statutory_rank: int

    @property
    def is_statutory(self) -> bool:
        return self.statutory_rank < STATUTORY_RANKS


@dataclass(frozen=True)
class AttendanceRow:
    meeting_id: int
    person_id: int
    person_name: str
    organisation_id: int | None
    status: str
    deputising_for_id: int | None = None
    deputising_for_name: str = ""
    deputising_for_organisation_id: int | None = None


@dataclass
class PersonLine:
    person_id: int
    name: str
    organisation: OrganisationRow | None
    present: int = 0
    in_attendance: int = 0
    apologies: int = 0
    absent: int = 0
    deputised_for_others: int = 0   # times this person attended in someone else's place
    deputised_by_others: int = 0    # times someone attended in this person's place

    @property
    def recorded(self) -> int:
        return self.present + self.in_attendance + self.apologies + self.absent

    @property
    def attended(self) -> int:
        return self.present + self.in_attendance

    @property
    def rate(self) -> int | None:
        """Per cent of the meetings they were listed at that they attended."""
        return round(100 * self.attended / self.recorded) if self.recorded else None


@dataclass
class OrganisationLine:
    organisation: OrganisationRow
    expected: int = 0          # recorded meetings the organisation was expected at
    represented: int = 0       # ...at which someone represented it (including deputies)
    by_deputy: int = 0         # ...of which only through a deputy
    apologies: int = 0         # not represented, but apologies sent
    absent: int = 0            # not represented, no apologies

    @property
    def rate(self) -> int | None:
        return round(100 * self.represented / self.expected) if self.expected else None


@dataclass
class MeetingFlag:
    meeting: MeetingRow
    missing: list[str] = field(default_factory=list)  # statutory partners not represented


@dataclass
class Report:
    meetings: list[MeetingRow]
    not_recorded: list[MeetingRow]
    people: list[PersonLine]
    organisations: list[OrganisationLine]
    flagged: list[MeetingFlag]

    @property
    def flagged_ids(self) -> set[int]:
        return {flag.meeting.id for flag in self.flagged}


def _partner_label(kind: str, organisations: list[OrganisationRow]) -> str:
    names = sorted(o.name for o in organisations if o.kind == kind)
    return " or ".join(names) if names else PARTNER_LABELS.get(kind, kind)


def build_report(meetings: list[MeetingRow], organisations: list[OrganisationRow],
                 attendance: list[AttendanceRow], memberships: list[MembershipRow] = ()) -> Report:
    member_organisations = {(m.body_id, m.organisation_id) for m in memberships}
    organisations_by_id = {o.id: o for o in organisations}
    rows_by_meeting: dict[int, list[AttendanceRow]] = defaultdict(list)
    for row in attendance:
        rows_by_meeting[row.meeting_id].append(row)
    meetings = sorted(meetings, key=lambda m: (m.date, m.body, m.id))
    recorded = [m for m in meetings if rows_by_meeting.get(m.id)]
    not_recorded = [m for m in meetings if not rows_by_meeting.get(m.id)]

    def kind_of(org_id):
        org = organisations_by_id.get(org_id)
        return org.kind if org else None

    statutory_kinds = sorted({o.kind for o in organisations if o.is_statutory},
                             key=lambda k: min(o.statutory_rank for o in organisations if o.kind == k))

    people: dict[int, PersonLine] = {}
    org_lines = {o.id: OrganisationLine(o) for o in organisations}
    flagged = []
    for meeting in recorded:
        rows = rows_by_meeting[meeting.id]
        represented_orgs, deputised_orgs, apologising_orgs, listed_orgs = set(), set(), set(), set()
        for row in rows:
            line = people.setdefault(row.person_id, PersonLine(
                row.person_id, row.person_name, organisations_by_id.get(row.organisation_id)))
            setattr(line, row.status, getattr(line, row.status) + 1)
            if row.organisation_id:
                listed_orgs.add(row.organisation_id)
            if row.status == PRESENT and row.organisation_id:
                represented_orgs.add(row.organisation_id)
            if row.status == APOLOGIES and row.organisation_id:
                apologising_orgs.add(row.organisation_id)
            if row.deputising_for_id and row.status in ATTENDED:
                line.deputised_for_others += 1
                if row.deputising_for_id in people:
                    people[row.deputising_for_id].deputised_by_others += 1
                else:
                    people[row.deputising_for_id] = PersonLine(
                        row.deputising_for_id, row.deputising_for_name,
                        organisations_by_id.get(row.deputising_for_organisation_id), deputised_by_others=1)
                if row.deputising_for_organisation_id:
                    deputised_orgs.add(row.deputising_for_organisation_id)
                    listed_orgs.add(row.deputising_for_organisation_id)
        # An officer "in attendance" from an organisation that is not on the list otherwise still
        # counts as that organisation attending for the per-organisation table.
        attended_orgs = represented_orgs | {r.organisation_id for r in rows if r.status == IN_ATTENDANCE and r.organisation_id}

        for org_id, org_line in org_lines.items():
            if not (org_id in listed_orgs or (meeting.body_id, org_id) in member_organisations):
                continue
            org_line.expected += 1
            if org_id in attended_orgs or org_id in deputised_orgs:
                org_line.represented += 1
                if org_id not in attended_orgs:
                    org_line.by_deputy += 1
            elif org_id in apologising_orgs:
                org_line.apologies += 1
            else:
                org_line.absent += 1

        present_kinds = {kind_of(o) for o in represented_orgs} | {kind_of(o) for o in deputised_orgs}
        missing = [_partner_label(kind, organisations) for kind in statutory_kinds if kind not in present_kinds]
        if missing:
            flagged.append(MeetingFlag(meeting, missing))

    def org_key(org: OrganisationRow | None):
        return (org.statutory_rank, org.name.lower()) if org else (99, "")

    return Report(
        meetings=recorded,
        not_recorded=not_recorded,
        people=sorted(people.values(), key=lambda p: (*org_key(p.organisation), p.name.lower())),
        organisations=sorted((line for line in org_lines.values() if line.expected), key=lambda line: org_key(line.organisation)),
        flagged=flagged,
    )


def check_range(start: datetime.date | None, end: datetime.date | None, longest_days: int = 366 * 5) -> None:
    """Raise ValueError with a message a person can act on if the range is unusable."""
    if start is None or end is None:
        raise ValueError("Enter both a start date and an end date.")
    if end < start:
        raise ValueError("The end date must be the same as or after the start date.")
    if (end - start).days > longest_days:
        raise ValueError("Choose a range of 5 years or less.")
