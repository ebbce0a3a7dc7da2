"""Reading a booking system's export of the people booked on one event (CSV or the first sheet of an .xlsx): pure,
no database.

    table = read_spreadsheet(data, name)                 # rows of cells; FileRefused when not a spreadsheet
    reading = read_bookings(table, organisations={org_key("Fenbridge Council"): 7, ...})

Headings are matched whatever their case and punctuation, with the names booking systems use: Eventbrite's
"First Name", "Last Name", "Email", "Job Title", "Company"; Ticket Tailor's and Microsoft Forms' "Name" or "Full
name", "Email address", "Organisation", "Role", "Line manager email". Rows are numbered as a spreadsheet shows them
(the header is row 1). Each row gets an outcome: "ok" (a person to book), "refused" (with a reason a person can act
on) or "duplicate" (the same email address as an earlier row of the file: only the first is kept).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from assure.documents.checks import DEFAULT_MAX_BYTES, UnreadableDocument
from assure.documents.tables import find_columns, heading_key, read_export

MAX_ROWS = 2_000
SYNONYMS = {
    "name": ("name", "full name", "delegate name", "delegate", "attendee name", "attendee", "your name",
             "participant name"),
    "first_name": ("first name", "firstname", "forename", "given name", "first"),
    "last_name": ("last name", "lastname", "surname", "family name", "last"),
    "email": ("email", "email address", "e mail", "e mail address", "attendee email", "your email address",
              "your email", "work email", "work email address", "delegate email"),
    "organisation": ("organisation", "organization", "company", "company name", "organisation name",
                     "organization name", "employer", "agency", "your organisation"),
    "job_role": ("job title", "role", "job role", "position", "your role"),
    "manager_email": ("managers email", "manager email", "line manager email", "line managers email",
                      "managers email address", "manager email address", "line manager email address",
                      "line managers email address"),
}
HEADINGS = ("Name (or First name and Last name), Email, Organisation (or Company); Job title (or Role) and "
            "Manager's email (or Line manager email) if the export has them")


class FileRefused(ValueError):
    """The whole file cannot be imported; the message says why and what to do."""


@dataclass
class Reading:
    """Every row of the file, in order: {"row", "name", "email", "organisation", "organisation_id", "job_role",
    "manager_email", "outcome": "ok" | "refused" | "duplicate", "reason"}."""

    rows: list[dict] = field(default_factory=list)

    def of(self, outcome: str) -> list[dict]:
        return [row for row in self.rows if row["outcome"] == outcome]


def read_spreadsheet(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[list]:
    """The first sheet of a CSV or Excel file, through the documents intake's checks."""
    try:
        return read_export(data, name, ask="export the bookings from the booking system", max_bytes=max_bytes, max_rows=MAX_ROWS)
    except UnreadableDocument as exc:
        raise FileRefused(str(exc)) from None


heading = heading_key   # the shared rule (documents.tables), named as this module's callers know it


def org_key(text) -> str:
    """An organisation's name or short name as compared: any case, any spacing."""
    return " ".join(str(text or "").casefold().split())


def columns(header: list) -> dict[str, int | None]:
    found = find_columns(header, SYNONYMS)
    missing = []
    if found["email"] is None:
        missing.append("the email address (Email or Email address)")
    if found["name"] is None and found["first_name"] is None:
        missing.append("the person's name (Name, Full name, or First name and Last name)")
    if found["organisation"] is None:
        missing.append("the organisation (Organisation or Company)")
    if missing:
        raise FileRefused("The first row must name the columns. This file has no column for "
                          + " or ".join(missing) + ".")
    return found


def _text(cells, index) -> str:
    if index is None or index >= len(cells) or cells[index] is None:
        return ""
    return " ".join(str(cells[index]).split())


def _well_formed(email: str) -> bool:
    try:
        validate_email(email)
    except ValidationError:
        return False
    return True


def read_bookings(table: list[list], *, organisations: dict[str, int]) -> Reading:
    """Read every row; `organisations` maps `org_key` of each organisation's name and short name to its id."""
    start = next((index for index, row in enumerate(table) if any(str(c).strip() for c in row if c is not None)), None)
    if start is None:
        raise FileRefused("The file is empty: it has no header row and no rows.")
    found = columns(table[start])
    reading, seen = Reading(), {}
    for number, cells in enumerate(table[start + 1:], start=start + 2):
        if not any(str(c).strip() for c in cells if c is not None):
            continue
        row = _row(number, cells, found, organisations)
        if row["outcome"] == "ok":
            key = row["email"].casefold()
            if key in seen:
                row["outcome"] = "duplicate"
                row["reason"] = (f"The same email address as row {seen[key]}: only the first booking of a person "
                                 f"is kept.")
            else:
                seen[key] = number
        reading.rows.append(row)
    return reading


def _row(number, cells, found, organisations) -> dict:
    name = _text(cells, found["name"])
    if not name:
        name = " ".join(part for part in (_text(cells, found["first_name"]), _text(cells, found["last_name"])) if part)
    email = _text(cells, found["email"]).replace(" ", "")
    organisation = _text(cells, found["organisation"])
    row = {"row": number, "name": name, "email": email, "organisation": organisation, "organisation_id": None,
           "job_role": _text(cells, found["job_role"]), "manager_email": _text(cells, found["manager_email"]),
           "outcome": "refused", "reason": ""}
    row["reason"] = _refusal(row, organisations)
    if not row["reason"]:
        row["outcome"], row["organisation_id"] = "ok", organisations[org_key(organisation)]
    return row


def _refusal(row, organisations) -> str:
    if not row["name"]:
        return "Enter the person's name."
    if len(row["name"]) > 200:
        return "The name must be 200 characters or fewer."
    if not row["email"]:
        return "Enter the person's email address."
    if not _well_formed(row["email"]):
        return f"'{row['email']}' is not an email address: give it like name@example.org."
    if not row["organisation"]:
        return "Enter the person's organisation."
    if org_key(row["organisation"]) not in organisations:
        return (f"No organisation called '{row['organisation']}': add it under Organisations or correct the row.")
    if len(row["job_role"]) > 200:
        return "The role must be 200 characters or fewer."
    if row["manager_email"]:
        if not _well_formed(row["manager_email"]):
            return f"The manager's email '{row['manager_email']}' is not an email address: correct it or leave it out."
        if row["manager_email"].casefold() == row["email"].casefold():
            return "The manager's email is the person's own: give the manager's, or leave it out."
    return ""
