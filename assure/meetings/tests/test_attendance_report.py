"""The attendance calculation, from plain rows (no database)."""
import datetime

import pytest

from assure.meetings.attendance_report import (
    AttendanceRow,
    MeetingRow,
    MembershipRow,
    OrganisationRow,
    build_report,
    check_range,
)

LA = OrganisationRow(1, "Fenbridge Council", "local_authority", 0)
POLICE = OrganisationRow(2, "Fenshire Police", "police", 1)
HEALTH = OrganisationRow(3, "Fenshire ICB", "health", 2)
SCHOOLS = OrganisationRow(4, "Aldgate Schools", "education", 3)
PROBATION = OrganisationRow(5, "Probation Service", "probation", 3)
ORGS = [SCHOOLS, HEALTH, PROBATION, POLICE, LA]  # deliberately not in display order

PEOPLE = {  # person id -> (name, organisation id)
    10: ("Lena Ashworth", 1), 11: ("Liam Adeyemi", 1), 20: ("Paul Okafor", 2), 21: ("Priya Nair", 2),
    30: ("Hana Ibrahim", 3), 40: ("Sam Whitlock", 4), 50: ("Zoe Amos", None),
}
M1 = MeetingRow(1, datetime.date(2026, 1, 12), "Executive Board")
M2 = MeetingRow(2, datetime.date(2026, 2, 9), "Executive Board")


def row(meeting, person, status, deputising_for=None):
    name, org = PEOPLE[person]
    dep_name, dep_org = PEOPLE[deputising_for] if deputising_for else ("", None)
    return AttendanceRow(meeting.id, person, name, org, status, deputising_for, dep_name, dep_org)


ALL_THREE = [(10, "present"), (20, "present"), (30, "present")]


@pytest.mark.parametrize("lines, missing", [
    (ALL_THREE, []),
    ([(10, "present"), (20, "present")], ["Fenshire ICB"]),
    ([(10, "present"), (20, "apologies"), (30, "present")], ["Fenshire Police"]),
    ([(10, "present"), (20, "absent"), (30, "present")], ["Fenshire Police"]),
    # A deputy from the same organisation represents it.
    ([(10, "apologies"), (11, "present", 10), (20, "present"), (30, "present")], []),
    # A deputy counts even when "in attendance" rather than a member.
    ([(10, "apologies"), (11, "in_attendance", 10), (20, "present"), (30, "present")], []),
    # An officer merely "in attendance" (presenting) does not represent the partner at the board.
    ([(10, "present"), (21, "in_attendance"), (30, "present")], ["Fenshire Police"]),
    # Someone who sent apologies cannot deputise.
    ([(10, "present"), (21, "apologies", 20), (30, "present")], ["Fenshire Police"]),
    # Other agencies never cause a flag.
    ([(10, "present"), (20, "present"), (30, "present"), (40, "absent")], []),
    ([(40, "present")], ["Fenbridge Council", "Fenshire Police", "Fenshire ICB"]),
    # Order of the flag follows the statutory order, not the order of rows.
    ([(30, "present")], ["Fenbridge Council", "Fenshire Police"]),
])
def test_statutory_partner_flags(lines, missing):
    rows = [row(M1, *line) for line in lines]
    report = build_report([M1], ORGS, rows)
    assert [flag.missing for flag in report.flagged] == ([missing] if missing else [])


def test_meeting_without_attendance_is_not_flagged_but_listed_as_not_recorded():
    report = build_report([M1, M2], ORGS, [row(M1, *line) for line in ALL_THREE])
    assert report.meetings == [M1]
    assert report.not_recorded == [M2]
    assert report.flagged == []


def test_two_organisations_of_one_kind_either_represents_the_partner():
    trust = OrganisationRow(6, "Fen Hospitals Trust", "health", 2)
    tom = AttendanceRow(M1.id, 60, "Tom Reid", 6, "present")
    rows = [row(M1, 10, "present"), row(M1, 20, "present"), tom]
    report = build_report([M1], ORGS + [trust], rows)
    assert report.flagged == []
    rows = [row(M1, 10, "present"), row(M1, 20, "present")]
    assert build_report([M1], ORGS + [trust], rows).flagged[0].missing == ["Fen Hospitals Trust or Fenshire ICB"]


def test_statutory_partners_listed_first_then_others_by_name():
    rows = [row(M1, p, "present") for p in (40, 30, 20, 10, 50)]
    report = build_report([M1], ORGS, rows)
    assert [line.organisation.name for line in report.organisations] == [
        "Fenbridge Council", "Fenshire Police", "Fenshire ICB", "Aldgate Schools"]
    assert [line.name for line in report.people] == [
        "Lena Ashworth", "Paul Okafor", "Hana Ibrahim", "Sam Whitlock", "Zoe Amos"]


def test_person_counts_over_several_meetings():
    rows = [row(M1, 20, "present"), row(M2, 20, "apologies"), row(M2, 21, "present", 20),
            row(M1, 40, "absent"), row(M2, 40, "in_attendance")]
    report = build_report([M1, M2], ORGS, rows)
    by_name = {line.name: line for line in report.people}
    paul = by_name["Paul Okafor"]
    assert (paul.present, paul.apologies, paul.deputised_by_others, paul.rate) == (1, 1, 1, 50)
    assert by_name["Priya Nair"].deputised_for_others == 1
    sam = by_name["Sam Whitlock"]
    assert (sam.absent, sam.in_attendance, sam.rate) == (1, 1, 50)


def test_organisation_counts():
    rows = [
        row(M1, 10, "apologies"), row(M1, 11, "present", 10), row(M1, 20, "apologies"), row(M1, 30, "present"),
        row(M2, 10, "present"), row(M2, 20, "absent"), row(M2, 30, "present"), row(M2, 40, "apologies"),
    ]
    report = build_report([M1, M2], ORGS, rows)
    lines = {line.organisation.name: line for line in report.organisations}
    la, police, schools = lines["Fenbridge Council"], lines["Fenshire Police"], lines["Aldgate Schools"]
    # Liam is from the council himself, so the council attended in its own right at M1.
    assert (la.expected, la.represented, la.by_deputy, la.rate) == (2, 2, 0, 100)
    assert (police.expected, police.represented, police.apologies, police.absent, police.rate) == (2, 0, 1, 1, 0)
    # An agency is expected only at meetings where it is on the list.
    assert (schools.expected, schools.apologies) == (1, 1)
    assert "Probation Service" not in lines
    assert [f.meeting for f in report.flagged] == [M1, M2]


def test_deputy_from_another_organisation_counts_for_the_member_s_organisation():
    rows = [row(M1, 10, "present"), row(M1, 20, "apologies"), row(M1, 50, "present", 20), row(M1, 30, "present")]
    report = build_report([M1], ORGS, rows)
    assert report.flagged == []
    police = next(line for line in report.organisations if line.organisation == POLICE)
    assert (police.represented, police.by_deputy) == (1, 1)


def test_organisation_with_a_member_on_the_body_is_expected_even_when_nobody_is_listed():
    board = MeetingRow(7, datetime.date(2026, 1, 12), "Executive Board", body_id=100)
    rows = [row(board, 10, "present"), row(board, 20, "present"), row(board, 30, "present")]
    memberships = [MembershipRow(100, PROBATION.id), MembershipRow(200, SCHOOLS.id)]
    report = build_report([board], ORGS, rows, memberships)
    lines = {line.organisation.name: line for line in report.organisations}
    assert (lines["Probation Service"].expected, lines["Probation Service"].absent) == (1, 1)
    # Schools sit on another body, not this one, and nobody from them was listed.
    assert "Aldgate Schools" not in lines


def test_second_organisation_of_a_statutory_kind_is_expected_only_where_it_sits_or_is_listed():
    trust = OrganisationRow(6, "Fen Hospitals Trust", "health", 2)
    rows = [row(M1, 10, "present"), row(M1, 20, "present"), row(M1, 30, "present")]
    report = build_report([M1], ORGS + [trust], rows)
    assert trust not in [line.organisation for line in report.organisations]
    assert report.flagged == []


def test_empty_inputs_give_an_empty_report():
    report = build_report([], ORGS, [])
    assert (report.meetings, report.people, report.flagged) == ([], [], [])
    assert report.organisations == []


D = datetime.date


@pytest.mark.parametrize("start, end, message", [
    (D(2026, 1, 1), D(2026, 3, 31), None),
    (D(2026, 3, 1), D(2026, 3, 1), None),
    (D(2026, 3, 2), D(2026, 3, 1), "must be the same as or after"),
    (None, D(2026, 3, 1), "Enter both"),
    (D(2026, 3, 1), None, "Enter both"),
    (D(2010, 1, 1), D(2026, 3, 1), "10 years or less"),
])
def test_check_range(start, end, message):
    if message is None:
        check_range(start, end)
    else:
        with pytest.raises(ValueError, match=message):
            check_range(start, end)
