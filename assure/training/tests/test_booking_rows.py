"""Reading a booking system's export: headings by their synonyms, each row's outcome (pure, no database)."""
import pytest

from assure.training.booking_rows import FileRefused, heading, org_key, read_bookings, read_spreadsheet

ORGS = {org_key("Fenbridge Council"): 1, org_key("FC"): 1, org_key("Fenbridge Police"): 2}


@pytest.mark.parametrize(("cell", "expected"), [
    ("First Name", "first name"),
    ("Manager's email", "managers email"),
    ("Manager’s Email", "managers email"),
    ("  E-mail  address ", "e mail address"),
    ("Email address (required)*", "email address"),
    ("Line_manager_email", "line manager email"),
    (None, ""),
])
def test_headings_are_compared_whatever_their_case_and_punctuation(cell, expected):
    assert heading(cell) == expected


@pytest.mark.parametrize(("header", "row", "expected"), [
    # Eventbrite-like: first and last names, Company, Job Title, Manager's email
    (["First Name", "Last Name", "Email", "Job Title", "Company", "Manager's email"],
     ["Robin", "Ashdown", "robin@example.org", "Social worker", "Fenbridge Council", "casey@example.org"],
     {"name": "Robin Ashdown", "email": "robin@example.org", "organisation_id": 1, "job_role": "Social worker",
      "manager_email": "casey@example.org"}),
    # Ticket Tailor / Microsoft Forms-like: Full name, Email address, Organisation, Role, Line manager email
    (["Full name", "Email address", "Organisation", "Role", "Line manager email"],
     ["Priya Marchmont", "priya@example.org", "fenbridge   POLICE", "PC", ""],
     {"name": "Priya Marchmont", "email": "priya@example.org", "organisation_id": 2, "job_role": "PC",
      "manager_email": ""}),
    # a short name, any case
    (["Name", "Email", "Organisation"], ["Tom Elderfield", "tom@example.org", "fc"],
     {"name": "Tom Elderfield", "organisation_id": 1}),
])
def test_rows_are_read_under_the_headings_booking_systems_use(header, row, expected):
    [read] = read_bookings([header, row], organisations=ORGS).rows
    assert read["outcome"] == "ok"
    assert {key: read[key] for key in expected} == expected
    assert read["row"] == 2


@pytest.mark.parametrize(("row", "reason"), [
    (["", "a@example.org", "FC", ""], "Enter the person's name."),
    (["Al Tern", "", "FC", ""], "Enter the person's email address."),
    (["Al Tern", "not-an-email", "FC", ""], "'not-an-email' is not an email address: give it like name@example.org."),
    (["Al Tern", "a@example.org", "", ""], "Enter the person's organisation."),
    (["Al Tern", "a@example.org", "Fenbridge Zoo", ""],
     "No organisation called 'Fenbridge Zoo': add it under Organisations or correct the row."),
    (["Al Tern", "a@example.org", "FC", "boss"],
     "The manager's email 'boss' is not an email address: correct it or leave it out."),
    (["Al Tern", "a@example.org", "FC", "A@example.org"],
     "The manager's email is the person's own: give the manager's, or leave it out."),
])
def test_a_refused_row_says_why(row, reason):
    [read] = read_bookings([["Name", "Email", "Organisation", "Manager email"], row], organisations=ORGS).rows
    assert (read["outcome"], read["reason"]) == ("refused", reason)


def test_the_same_email_twice_keeps_the_first_and_flags_the_second_whatever_its_case():
    reading = read_bookings([["Name", "Email", "Organisation"],
                             ["Robin Ashdown", "robin@example.org", "FC"],
                             ["", "", ""],
                             ["Robin A", "ROBIN@example.org", "FC"],
                             ["Bad Row", "bad", "FC"]], organisations=ORGS)
    assert [(r["row"], r["outcome"]) for r in reading.rows] == [(2, "ok"), (4, "duplicate"), (5, "refused")]
    assert reading.rows[1]["reason"] == "The same email address as row 2: only the first booking of a person is kept."


@pytest.mark.parametrize(("table", "message"), [
    ([], "The file is empty: it has no header row and no rows."),
    ([["", None]], "The file is empty: it has no header row and no rows."),
    ([["Name", "Organisation"], ["Robin", "FC"]],
     "The first row must name the columns. This file has no column for the email address (Email or Email address)."),
    ([["Email", "Organisation"]], "The first row must name the columns. This file has no column for the person's "
                                  "name (Name, Full name, or First name and Last name)."),
])
def test_a_file_without_the_columns_needed_is_refused_whole(table, message):
    with pytest.raises(FileRefused) as refused:
        read_bookings(table, organisations=ORGS)
    assert str(refused.value) == message


def test_a_file_that_is_not_a_spreadsheet_is_refused():
    with pytest.raises(FileRefused, match="not a spreadsheet"):
        read_spreadsheet(b"%PDF-1.4", "bookings.pdf")
    with pytest.raises(FileRefused):
        read_spreadsheet(b"PK\x03\x04garbage", "bookings.xlsx")


def test_the_example_export_reads_cleanly():
    from pathlib import Path
    data = (Path(__file__).resolve().parent.parent / "fixtures" / "booking_export_example.csv").read_bytes()
    orgs = {org_key(n): i for i, n in enumerate(["Fenbridge Council", "Fenbridge Health", "Fenbridge Police"])}
    reading = read_bookings(read_spreadsheet(data, "example.csv"), organisations=orgs)
    assert [r["outcome"] for r in reading.rows] == ["ok", "ok", "ok"]
