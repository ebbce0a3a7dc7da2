"""Periods of the dataset: a month, a quarter of the financial year, or a financial year (ADR 0124). Pure.

A period is written as a code people can type in a spreadsheet and read back:

| kind | code | label | covers |
|---|---|---|---|
| month | `2026-04` | April 2026 | 1 to 30 April 2026 |
| quarter | `2026-Q2` | Q2 2026/27 | 1 July to 30 September 2026 (quarters of the financial year, as partnerships count them) |
| financial year | `2026/27` | 2026/27 | 1 April 2026 to 31 March 2027 |

`parse_period` also reads "Q2 2026/27", "2026/27 Q2", "2026-27", "FY2026/27", "April 2026", "Apr 2026" and a date
(the month containing it). A quarter code names its financial year by its first year, so "2026-Q4" is January to
March 2027; pages always show the months beside a quarter so nobody has to remember that.
"""
import datetime
import re
from dataclasses import dataclass

MONTH, QUARTER, YEAR = "month", "quarter", "year"
KINDS = (MONTH, QUARTER, YEAR)
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
EARLIEST_YEAR, LATEST_YEAR = 2000, 2100


@dataclass(frozen=True, order=True)
class Period:
    """One period: its first day and its kind. Ordered by first day (a year sorts before its first quarter)."""

    start: datetime.date
    kind: str

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown period kind {self.kind!r}")
        first_months = {MONTH: range(1, 13), QUARTER: (4, 7, 10, 1), YEAR: (4,)}[self.kind]
        if self.start.day != 1 or self.start.month not in first_months:
            raise ValueError(f"{self.start} does not start a {self.kind}")

    @property
    def months(self) -> int:
        return {MONTH: 1, QUARTER: 3, YEAR: 12}[self.kind]

    @property
    def end(self) -> datetime.date:
        return _add_months(self.start, self.months) - datetime.timedelta(days=1)

    @property
    def financial_year(self) -> int:
        """The financial year the period falls in, named by its first year (2026 for 2026/27)."""
        return self.start.year if self.start.month >= 4 else self.start.year - 1

    @property
    def quarter_number(self) -> int:
        """1 (April to June) to 4 (January to March) of the financial year."""
        return (self.start.month - 4) % 12 // 3 + 1

    @property
    def code(self) -> str:
        if self.kind == MONTH:
            return f"{self.start.year}-{self.start.month:02d}"
        if self.kind == QUARTER:
            return f"{self.financial_year}-Q{self.quarter_number}"
        return year_label(self.financial_year)

    @property
    def label(self) -> str:
        if self.kind == MONTH:
            return f"{MONTH_NAMES[self.start.month - 1]} {self.start.year}"
        if self.kind == QUARTER:
            return f"Q{self.quarter_number} {year_label(self.financial_year)}"
        return year_label(self.financial_year)

    @property
    def long_label(self) -> str:
        """The label with the months it covers: "Q2 2026/27 (July to September 2026)"."""
        if self.kind == MONTH:
            return self.label
        last = self.end
        first_month = MONTH_NAMES[self.start.month - 1]
        span = (f"{first_month} to {MONTH_NAMES[last.month - 1]} {last.year}" if self.start.year == last.year
                else f"{first_month} {self.start.year} to {MONTH_NAMES[last.month - 1]} {last.year}")
        return f"{self.label} ({span})"

    @property
    def quarter(self) -> "Period":
        """The quarter a period's last day falls in: a month's quarter, a quarter itself, a year's fourth quarter."""
        return quarter_of(self.end)

    def previous(self) -> "Period":
        return Period(_add_months(self.start, -self.months), self.kind)

    def next(self) -> "Period":
        return Period(_add_months(self.start, self.months), self.kind)

    def __str__(self):
        return self.code


def _add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def year_label(year: int) -> str:
    """2026 -> "2026/27"."""
    return f"{year}/{(year + 1) % 100:02d}"


def month_of(day: datetime.date) -> Period:
    return Period(day.replace(day=1), MONTH)


def quarter_of(day: datetime.date) -> Period:
    first_month = (day.month - 1) // 3 * 3 + 1
    return Period(datetime.date(day.year, first_month, 1), QUARTER)


def year_of(day: datetime.date) -> Period:
    year = day.year if day.month >= 4 else day.year - 1
    return Period(datetime.date(year, 4, 1), YEAR)


def quarter(financial_year: int, number: int) -> Period:
    month = 3 * number + 1 if number < 4 else 1
    return Period(datetime.date(financial_year + (number == 4), month, 1), QUARTER)


def financial_year(year: int) -> Period:
    return Period(datetime.date(year, 4, 1), YEAR)


class PeriodError(ValueError):
    """A period that cannot be read; the message says what to write instead."""


_QUARTER_FORMS = [
    re.compile(r"^(?P<year>\d{4})\s*-\s*Q(?P<q>[1-4])$", re.I),                                   # 2026-Q2
    re.compile(r"^Q(?P<q>[1-4])\s+(?:FY\s*)?(?P<year>\d{4})\s*[/-]\s*(?P<next>\d{2}|\d{4})$", re.I),   # Q2 2026/27
    re.compile(r"^(?:FY\s*)?(?P<year>\d{4})\s*[/-]\s*(?P<next>\d{2}|\d{4})\s+Q(?P<q>[1-4])$", re.I),   # 2026/27 Q2
]
_YEAR = re.compile(r"^(?:FY\s*)?(?P<year>\d{4})\s*[/-]\s*(?P<next>\d{2}|\d{4})$", re.I)          # 2026/27, 2026-27
_MONTH_NUMBER = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})$")                                   # 2026-04
_MONTH_WORDS = re.compile(r"^(?P<month>[A-Za-z]+)\.?\s+(?P<year>\d{4})$")                             # April 2026

EXAMPLES = "a month (2026-04), a quarter (2026-Q2, meaning July to September 2026) or a financial year (2026/27)"


def _check_year(year: int, text: str) -> None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise PeriodError(f"The year in '{text}' is not one the dataset can hold: give {EXAMPLES}.")


def _check_next(year: int, following: str, text: str) -> None:
    expected = (year + 1) % 100 if len(following) == 2 else year + 1
    if int(following) != expected:
        raise PeriodError(f"'{text}' is not a financial year: the second year must follow the first "
                          f"(for example {year_label(year)}).")


def _month_number(word: str) -> int | None:
    word = word.lower()
    for number, name in enumerate(MONTH_NAMES, start=1):
        if word == name.lower() or (len(word) >= 3 and name.lower().startswith(word)):
            return number
    return None


def parse_period(value) -> Period:
    """A period from what a person or a spreadsheet wrote, or a PeriodError saying what to write."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        _check_year(value.year, value.isoformat())
        return month_of(value)
    text = " ".join(str(value or "").split())
    if not text:
        raise PeriodError(f"Enter the period: {EXAMPLES}.")
    for form in _QUARTER_FORMS:
        found = form.match(text)
        if found:
            year = int(found["year"])
            _check_year(year, text)
            if found.groupdict().get("next"):
                _check_next(year, found["next"], text)
            return quarter(year, int(found["q"]))
    found = _YEAR.match(text)
    # "2026-27" is a year, "2026-04" a month: a two-digit second part is a year only when it follows the first.
    if found and ("/" in text or "FY" in text.upper() or len(found["next"]) == 4
                  or int(found["next"]) == (int(found["year"]) + 1) % 100):
        year = int(found["year"])
        _check_year(year, text)
        _check_next(year, found["next"], text)
        return financial_year(year)
    found = _MONTH_NUMBER.match(text)
    if found:
        year, month = int(found["year"]), int(found["month"])
        _check_year(year, text)
        if not 1 <= month <= 12:
            raise PeriodError(f"'{text}' is not a month: the month must be from 01 to 12.")
        return Period(datetime.date(year, month, 1), MONTH)
    found = _MONTH_WORDS.match(text)
    if found and _month_number(found["month"]):
        year = int(found["year"])
        _check_year(year, text)
        return Period(datetime.date(year, _month_number(found["month"]), 1), MONTH)
    raise PeriodError(f"'{text}' is not a period the dataset understands: give {EXAMPLES}.")


def from_parts(start: datetime.date, kind: str) -> Period:
    """A stored period (its first day and kind, as the models keep it)."""
    return Period(start, kind)


def quarters_between(first: Period, last: Period) -> list[Period]:
    """Every quarter from the one holding `first` to the one holding `last`, in order."""
    current, end, found = quarter_of(first.start), quarter_of(last.end), []
    while current <= end:
        found.append(current)
        current = current.next()
    return found
