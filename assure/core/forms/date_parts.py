"""Reading a date typed into GOV.UK day / month / year boxes: a pure function, no database, no clock.

The problems it reports are those the Design System's date input names, with the boxes to highlight:
https://design-system.service.gov.uk/components/date-input/
"""
import datetime
import re
from dataclasses import dataclass

PARTS = ("day", "month", "year")
MONTH_NAMES = {
    name: number
    for number in range(1, 13)
    for name in (datetime.date(2000, number, 1).strftime("%B").lower(), datetime.date(2000, number, 1).strftime("%b").lower())
}
MONTH_NAMES["sept"] = 9


@dataclass
class DateProblem(Exception):
    """Why the boxes do not make a date. kind: 'empty', 'missing', 'year_digits' or 'not_real'."""

    kind: str
    parts: tuple[str, ...] = PARTS


def _number(text: str) -> int | None:
    return int(text) if re.fullmatch(r"\d{1,4}", text) else None


def read_date(day: str | int | None, month: str | int | None, year: str | int | None) -> datetime.date | None:
    """The date the three boxes hold, None when all are empty, else DateProblem naming the boxes at fault."""
    typed = {part: " ".join(str(value if value is not None else "").split()) for part, value in zip(PARTS, (day, month, year))}
    missing = tuple(part for part in PARTS if not typed[part])
    if len(missing) == 3:
        return None
    if missing:
        raise DateProblem("missing", missing)
    day_number = _number(typed["day"])
    month_number = _number(typed["month"]) or MONTH_NAMES.get(typed["month"].lower().rstrip("."))
    year_number = _number(typed["year"])
    wrong = tuple(part for part, number in zip(PARTS, (day_number, month_number, year_number)) if number is None)
    if wrong:
        raise DateProblem("not_real", wrong)
    if len(typed["year"]) != 4:
        raise DateProblem("year_digits", ("year",))
    if not 1 <= month_number <= 12:
        raise DateProblem("not_real", ("month",))
    try:
        return datetime.date(year_number, month_number, day_number)
    except ValueError:
        # Day 31 of a 30-day month, 29 February of a common year, day 0 or 32: the day is at fault.
        raise DateProblem("not_real", ("day",)) from None


def missing_phrase(parts: tuple[str, ...]) -> str:
    """'a month', 'a day and month', 'a day and year' (the Design System's wording)."""
    return "a " + " and ".join(parts)
