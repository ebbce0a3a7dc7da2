"""Reading a finance system's export of spending (CSV or the first sheet of an .xlsx): pure, no database.

    table = read_spreadsheet(data, name)                     # rows of cells; FileRefused when not a spreadsheet
    reading = read_spending(table, first=..., last=..., lines={...})

Headings are matched whatever their case, with the names finance systems use ("Transaction date", "Net amount",
"Cost centre", "Narrative", "Ref"). Each row is refused with a reason a person can act on, numbered as a
spreadsheet shows it (the header is row 1). The cost centre names a budget line by its name or its category.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from assure.core.money import AmountRefused, pence, pounds
from assure.documents.checks import DEFAULT_MAX_BYTES, UnreadableDocument
from assure.documents.tables import find_columns, heading_key, read_export

MAX_ROWS = 5_000
SYNONYMS = {
    "date": ("date", "transaction date", "posting date", "posted date", "payment date", "invoice date", "gl date",
             "date paid"),
    "description": ("description", "narrative", "details", "line description", "memo", "item"),
    "supplier": ("supplier", "supplier name", "vendor", "vendor name", "payee", "creditor"),
    "amount": ("amount", "net amount", "net", "net value", "value", "amount gbp", "total", "gross amount"),
    "line": ("budget line", "cost centre", "cost center", "cost centre name", "line", "budget", "category",
             "cost code", "subjective"),
    "reference": ("reference", "ref", "transaction reference", "transaction ref", "transaction id", "document number",
                  "doc no", "invoice number", "journal reference"),
}
REQUIRED = ("date", "amount", "line", "description")
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d-%m-%y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y",
                 "%d-%b-%Y", "%d-%b-%y", "%d %b %y", "%d-%B-%Y", "%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M")


class FileRefused(ValueError):
    """The whole file cannot be imported; the message says why and what to do."""


@dataclass
class Reading:
    """Rows accepted (JSON-able dicts with their row number) and rows refused ({"row": R, "reason": "..."})."""

    rows: list[dict] = field(default_factory=list)
    refused: list[dict] = field(default_factory=list)


def read_spreadsheet(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[list]:
    """The first sheet of a CSV or Excel file, through the documents intake's checks."""
    try:
        return read_export(data, name, ask="export the spending", max_bytes=max_bytes, max_rows=MAX_ROWS)
    except UnreadableDocument as exc:
        raise FileRefused(str(exc)) from None


heading = heading_key   # the shared rule (documents.tables), named as this module's callers know it


def columns(header: list) -> dict:
    found = find_columns(header, SYNONYMS)
    missing = [column for column in REQUIRED if found[column] is None]
    if missing:
        wanted = {"date": "a date (Date, Transaction date or Posting date)",
                  "amount": "an amount (Amount or Net amount)",
                  "line": "the budget line (Budget line or Cost centre)",
                  "description": "a description (Description or Narrative)"}
        raise FileRefused("The first row must name the columns. This file has no column for "
                          + ", ".join(wanted[m] for m in missing) + ".")
    return found


def read_date(cell) -> datetime.date | None:
    if isinstance(cell, datetime.datetime):
        return cell.date()
    if isinstance(cell, datetime.date):
        return cell
    text = " ".join(str(cell or "").split())
    for pattern in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def line_key(text) -> str:
    return " ".join(str(text or "").lower().split())


def _text(cells, index) -> str:
    if index is None or index >= len(cells):
        return ""
    value = cells[index]
    if isinstance(value, float) and value.is_integer():
        value = int(value)   # a reference Excel stored as a number
    return " ".join(str(value if value is not None else "").split())


def _cell(cells, index):
    return cells[index] if index is not None and index < len(cells) else ""


def read_spending(table: list[list], *, first: datetime.date, last: datetime.date, lines: dict[str, int | None]
                  ) -> Reading:
    """Read the rows against a year (`first` to `last`) and its lines (`lines`: a name or category, as
    `line_key` gives it, to the line's id; None when the category names several lines)."""
    start = next((index for index, row in enumerate(table) if any(str(c).strip() for c in row if c is not None)), None)
    if start is None:
        raise FileRefused("The file is empty: it has no header row and no rows.")
    found = columns(table[start])
    reading, seen = Reading(), {}
    for number, cells in enumerate(table[start + 1:], start=start + 2):
        if not any(str(c).strip() for c in cells if c is not None):
            continue
        reason, row = _row(number, cells, found, first, last, lines)
        if reason is None and row["reference"]:
            if row["reference"] in seen:
                reason = (f"The reference {row['reference']} is on row {seen[row['reference']]} too: a transaction "
                          f"is imported once. Remove one of the two rows.")
            else:
                seen[row["reference"]] = number
        if reason:
            reading.refused.append({"row": number, "reason": reason})
        else:
            reading.rows.append(row)
    return reading


def _row(number, cells, found, first, last, lines) -> tuple[str | None, dict | None]:
    date_cell = _cell(cells, found["date"])
    spent_on = read_date(date_cell)
    if spent_on is None:
        shown = _text(cells, found["date"])
        return (f"'{shown}' is not a date: give it as 31/03/2026 or 2026-03-31." if shown else "Enter the date."), None
    if not first <= spent_on <= last:
        return (f"{spent_on:%-d %B %Y} is outside the year (1 April {first.year} to 31 March {last.year}): import "
                f"it into its own year."), None
    amount_cell = _cell(cells, found["amount"])
    if isinstance(amount_cell, float) and abs(amount_cell - round(amount_cell, 2)) < 1e-6:
        amount_cell = round(amount_cell, 2)   # Excel's binary fractions (4200.000000001) are whole pence
    try:
        amount = pence(amount_cell)
    except AmountRefused as exc:
        return str(exc), None
    if amount <= 0:
        return (f"The amount is {pounds(amount)}: only spending of more than £0.00 is imported (enter a refund or "
                f"credit by reducing the spending it refunds)."), None
    description = _text(cells, found["description"])
    if not description:
        return "Enter what the money was spent on (the description).", None
    if len(description) > 300:
        return "The description must be 300 characters or fewer.", None
    supplier = _text(cells, found["supplier"])[:200]
    line_text = _text(cells, found["line"])
    if not line_text:
        return "Enter the budget line (cost centre) the money was spent from.", None
    key = line_key(line_text)
    if key not in lines:
        return (f"No budget line of the year is called '{line_text}', and it is not a category: use the line's "
                f"name, or add the line first."), None
    if lines[key] is None:
        return (f"'{line_text}' is the category of several lines of the year: use the name of the line."), None
    reference = _text(cells, found["reference"])[:100]
    return None, {"row": number, "spent_on": spent_on.isoformat(), "amount_pence": amount, "description": description,
                  "supplier": supplier, "line": line_text, "line_id": lines[key], "reference": reference}
