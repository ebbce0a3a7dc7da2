"""Dates as minutes write them: "Thursday 22 nd September 2022", "21/03/2023", "21.03.23",
"14 March 201810.00am" (year glued to the time), "March 21, 2023", ISO.

All functions are pure and return ISO strings ("2022-09-22") or None.
"""
from __future__ import annotations

import datetime
import re

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_MONTH_RE = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
             r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])")
# The year group takes exactly 4 digits, so "201810.00am" still yields 2018.
_DAY_MONTH_YEAR = re.compile(
    r"\b(\d{1,2})\s*(?:st|nd|rd|th)?\s*(?:of\s+)?" + _MONTH_RE + r"\.?,?\s*((?:19|20)\d\d|'?\d\d(?![\d:.]))?", re.I)
_MONTH_DAY_YEAR = re.compile(
    _MONTH_RE + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)", re.I)
_NUMERIC = re.compile(r"\b(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d\d|\d\d)(?!\d)")
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_MONTH_YEAR = re.compile(r"\b" + _MONTH_RE + r"\s+((?:19|20)\d\d)\b", re.I)


def _month(word: str) -> int:
    word = word.lower()
    return next(i for name, i in MONTHS.items() if name.startswith(word[:3]))


def _year(text: str | None) -> int | None:
    if not text:
        return None
    text = text.strip("'")
    year = int(text)
    return year + 2000 if year < 100 else year


def _iso(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str, default_year: int | None = None, after: str | None = None) -> list[str]:
    """Every full date in the text, in order of appearance, as ISO strings.

    A date without a year takes `default_year`; with `after` (ISO) it takes the first year that
    puts it on or after that date (a "next meeting" in January after a December meeting).
    """
    text = re.sub(r"(\d)\s+(st|nd|rd|th)\b", r"\1\2", text or "")
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []

    def add(match, iso):
        if iso and not any(s < match.end() and match.start() < e for s, e in taken):
            found.append((match.start(), iso))
            taken.append((match.start(), match.end()))

    for m in _ISO.finditer(text):
        add(m, _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in _NUMERIC.finditer(text):
        # British order: day first.
        add(m, _iso(_year(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in _DAY_MONTH_YEAR.finditer(text):
        year = _year(m.group(3))
        month, day = _month(m.group(2)), int(m.group(1))
        if year is None:
            year = _infer_year(month, day, default_year, after)
        add(m, _iso(year, month, day))
    for m in _MONTH_DAY_YEAR.finditer(text):
        add(m, _iso(int(m.group(3)), _month(m.group(1)), int(m.group(2))))
    return [iso for _, iso in sorted(found)]


def _infer_year(month: int, day: int, default_year: int | None, after: str | None) -> int | None:
    if after:
        base = datetime.date.fromisoformat(after)
        for year in (base.year, base.year + 1):
            try:
                if datetime.date(year, month, day) >= base:
                    return year
            except ValueError:
                continue
        return None
    return default_year


def parse_date(text: str, **kwargs) -> str | None:
    """The first full date in the text, or None."""
    dates = find_dates(text, **kwargs)
    return dates[0] if dates else None


def parse_due(text: str, meeting_date: str | None = None) -> str | None:
    """A due date as ISO when the cell holds a full date; otherwise the words as written
    ("next meeting", "May Board", "ongoing"), or None when empty."""
    text = (text or "").strip()
    if not text:
        return None
    year = int(meeting_date[:4]) if meeting_date else None
    iso = parse_date(text, after=meeting_date) if meeting_date else parse_date(text, default_year=year)
    return iso or text


def month_year(text: str) -> str | None:
    """"April 2023" style mention, as written, for forward-plan entries."""
    m = _MONTH_YEAR.search(text or "")
    return m.group(0) if m else None
