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
from typing import NamedTuple

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


@dataclass(frozen=True)
class PersonCountRow:
    """One person's rows at the meetings, counted (queries.py counts them in SQL; `person_counts` in Python)."""

    person_id: int
    name: str
    organisation_id: int | None
    present: int = 0
    in_attendance: int = 0
    apologies: int = 0
    absent: int = 0
    deputised_for_others: int = 0
    deputised_by_others: int = 0


class OrganisationAtMeetingRow(NamedTuple):
    """Someone from `organisation_id` was listed at `meeting_id` with `status`; `deputising`: someone attended
    (`status`) in the place of a person from it. A named tuple: ten years of a board are sixteen thousand."""

    meeting_id: int
    organisation_id: int
    status: str
    deputising: bool = False


def person_counts(attendance: list[AttendanceRow]) -> list[PersonCountRow]:
    """Each person's counts from the plain rows: their own statuses, the times they attended in someone else's
    place, and the times someone attended in theirs."""
    lines: dict[int, dict] = {}
    for row in attendance:
        line = lines.setdefault(row.person_id, {"person_id": row.person_id, "name": row.person_name,
                                                "organisation_id": row.organisation_id})
        line[row.status] = line.get(row.status, 0) + 1
        if row.deputising_for_id and row.status in ATTENDED:
            line["deputised_for_others"] = line.get("deputised_for_others", 0) + 1
            other = lines.setdefault(row.deputising_for_id, {
                "person_id": row.deputising_for_id, "name": row.deputising_for_name,
                "organisation_id": row.deputising_for_organisation_id})
            other["deputised_by_others"] = other.get("deputised_by_others", 0) + 1
    return [PersonCountRow(**line) for line in lines.values()]


def organisations_at_meetings(attendance: list[AttendanceRow]) -> set[OrganisationAtMeetingRow]:
    """Which organisations were listed at each meeting, with which statuses, themselves or through a deputy."""
    rows = set()
    for row in attendance:
        if row.organisation_id:
            rows.add(OrganisationAtMeetingRow(row.meeting_id, row.organisation_id, row.status))
        if row.deputising_for_id and row.status in ATTENDED and row.deputising_for_organisation_id:
            rows.add(OrganisationAtMeetingRow(row.meeting_id, row.deputising_for_organisation_id, row.status, True))
    return rows


def build_report(meetings: list[MeetingRow], organisations: list[OrganisationRow],
                 attendance: list[AttendanceRow], memberships: list[MembershipRow] = ()) -> Report:
    """The report from every attendance row (`build_report_from_counts` from rows counted already)."""
    recorded_ids = {row.meeting_id for row in attendance}
    return build_report_from_counts(meetings, organisations, recorded_ids, person_counts(attendance),
                                    organisations_at_meetings(attendance), memberships)


def build_report_from_counts(meetings: list[MeetingRow], organisations: list[OrganisationRow],
                             recorded_ids: set[int], people_counts: list[PersonCountRow],
                             at_meetings, memberships: list[MembershipRow] = ()) -> Report:
    """The report from each person's counts and each meeting's organisations: `recorded_ids` are the meetings with
    any attendance row, `at_meetings` the OrganisationAtMeetingRows."""
    members_of_body: dict[int | None, set[int]] = defaultdict(set)
    for membership in memberships:
        members_of_body[membership.body_id].add(membership.organisation_id)
    organisations_by_id = {o.id: o for o in organisations}
    meetings = sorted(meetings, key=lambda m: (m.date, m.body, m.id))
    recorded = [m for m in meetings if m.id in recorded_ids]
    not_recorded = [m for m in meetings if m.id not in recorded_ids]
    listed: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for row in at_meetings:
        sets = listed[row.meeting_id]
        sets["listed"].add(row.organisation_id)
        sets["deputised" if row.deputising else row.status].add(row.organisation_id)

    kind_of = {o.id: o.kind for o in organisations}

    statutory_kinds = sorted({o.kind for o in organisations if o.is_statutory},
                             key=lambda k: min(o.statutory_rank for o in organisations if o.kind == k))
    labels = {kind: _partner_label(kind, organisations) for kind in statutory_kinds}

    people = [PersonLine(c.person_id, c.name, organisations_by_id.get(c.organisation_id), c.present,
                         c.in_attendance, c.apologies, c.absent, c.deputised_for_others, c.deputised_by_others)
              for c in people_counts]
    org_lines = {o.id: OrganisationLine(o) for o in organisations}
    flagged = []
    for meeting in recorded:
        sets = listed[meeting.id]
        represented_orgs, deputised_orgs = sets[PRESENT], sets["deputised"]
        # An officer "in attendance" from an organisation that is not on the list otherwise still
        # counts as that organisation attending for the per-organisation table.
        attended_orgs = represented_orgs | sets[IN_ATTENDANCE]
        for org_id in sets["listed"] | members_of_body[meeting.body_id]:
            org_line = org_lines.get(org_id)
            if org_line is None:
                continue
            org_line.expected += 1
            if org_id in attended_orgs or org_id in deputised_orgs:
                org_line.represented += 1
                if org_id not in attended_orgs:
                    org_line.by_deputy += 1
            elif org_id in sets[APOLOGIES]:
                org_line.apologies += 1
            else:
                org_line.absent += 1

        present_kinds = {kind_of.get(o) for o in represented_orgs} | {kind_of.get(o) for o in deputised_orgs}
        missing = [labels[kind] for kind in statutory_kinds if kind not in present_kinds]
        if missing:
            flagged.append(MeetingFlag(meeting, missing))

    def org_key(org: OrganisationRow | None):
        return (org.statutory_rank, org.name.lower()) if org else (99, "")

    return Report(
        meetings=recorded,
        not_recorded=not_recorded,
        people=sorted(people, key=lambda p: (*org_key(p.organisation), p.name.lower())),
        organisations=sorted((line for line in org_lines.values() if line.expected), key=lambda line: org_key(line.organisation)),
        flagged=flagged,
    )


LONGEST_YEARS = 10


def check_range(start: datetime.date | None, end: datetime.date | None,
                longest_days: int = 366 * LONGEST_YEARS) -> None:
    """Raise ValueError with a message a person can act on if the range is unusable."""
    if start is None or end is None:
        raise ValueError("Enter both a start date and an end date.")
    if end < start:
        raise ValueError("The end date must be the same as or after the start date.")
    if (end - start).days > longest_days:
        raise ValueError(f"Choose a range of {LONGEST_YEARS} years or less.")
