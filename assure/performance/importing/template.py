"""The partnership's own template: one figure a row, with the columns indicator code, period, value and an
optional note (headings matched whatever their case, with a few other names people use). Pure."""
from __future__ import annotations

from .. import periods
from ..values import ValueRefused, read_value
from .formats import TEMPLATE, Reading, cell_text, heading, is_blank

TEMPLATE_COLUMNS = ["indicator code", "period", "value", "note"]
SYNONYMS = {
    "indicator": ("indicator code", "indicator", "code", "indicator id", "measure code"),
    "period": ("period", "period code", "month", "quarter", "year", "financial year", "time period"),
    "value": ("value", "figure", "number", "result", "actual"),
    "note": ("note", "notes", "comment", "comments"),
}
NOTE_LENGTH = 500


def columns(header: list) -> dict | None:
    """{"indicator": index, "period": index, "value": index, "note": index or None}, or None if one is missing."""
    names = [heading(cell) for cell in header]
    found = {}
    for column, synonyms in SYNONYMS.items():
        found[column] = next((names.index(name) for name in synonyms if name in names), None)
    if None in (found["indicator"], found["period"], found["value"]):
        return None
    return found


def read_template(header: list, body: list[tuple[int, list]]) -> Reading:
    found = columns(header)
    reading = Reading(TEMPLATE, notes={"blank_rows": 0})
    first_seen: dict[tuple[str, str], int] = {}
    for number, cells in body:
        if is_blank(cells):
            continue
        code = "".join(cell_text(cells, found["indicator"]).split()).upper()
        period_cell = cells[found["period"]] if found["period"] < len(cells) else ""
        value_cell = cells[found["value"]] if found["value"] < len(cells) else ""
        note = cell_text(cells, found["note"])
        if code and period_cell == "" and value_cell == "" and not note:
            reading.notes["blank_rows"] += 1   # a row of the downloaded template left unfilled
            continue
        reason, row = _row(number, code, period_cell, value_cell, note)
        if reason is None:
            key = (row["indicator"], row["period"])
            if key in first_seen:
                reason = (f"Repeats row {first_seen[key]}: {row['indicator']} for {row['period']} is given twice. "
                          f"Keep one of the two rows.")
            else:
                first_seen[key] = number
        if reason:
            reading.refused.append({"row": number, "reason": reason})
        else:
            reading.rows.append(row)
    return reading


def _row(number, code, period_cell, value_cell, note) -> tuple[str | None, dict | None]:
    if not code:
        return "Enter the indicator code.", None
    try:
        period = periods.parse_period(period_cell)
    except periods.PeriodError as exc:
        return str(exc), None
    try:
        value, suppression = read_value(value_cell)
    except ValueRefused as exc:
        return str(exc), None
    if len(note) > NOTE_LENGTH:
        return f"The note must be {NOTE_LENGTH} characters or fewer.", None
    return None, {"row": number, "indicator": code, "period": period.code,
                  "value": None if value is None else str(value), "suppression": suppression, "note": note}


def template_rows(indicator_codes: list[str]) -> list[list[str]]:
    """The template to download: the header, then one row per indicator for the person to fill in."""
    return [TEMPLATE_COLUMNS] + [[code, "", "", ""] for code in indicator_codes]
