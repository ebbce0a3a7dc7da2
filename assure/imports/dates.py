"""Pure reading of the date words minutes use: due dates ('next meeting', 'March 2023') and
forward-plan timings ('April 2023', 'each September'). No database."""
from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"


def parse_date(text: str | None) -> datetime.date | None:
    """ISO '2023-04-05', '05/04/2023' (UK order), '5 April 2023', '5th Apr 23'; None if not a whole date."""
    text = (text or "").strip().lower()
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})", text)
    if m:
        day, month, year = int(m[1]), int(m[2]), _year(m[3])
    else:
        m = re.fullmatch(rf"(?:\w+day,?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+(\d{{2}}|\d{{4}})", text)
        if not m:
            return None
        day, month, year = int(m[1]), MONTHS[m[2][:3]], _year(m[3])
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _year(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


def _month_year(text: str) -> tuple[int, int] | None:
    m = re.fullmatch(rf"(?:end of |by |by end of |by the end of )?{_MONTH}\.?,?\s+(\d{{4}}|\d{{2}})", text)
    if not m:
        return None
    return MONTHS[m[1][:3]], _year(m[2])


@dataclass(frozen=True)
class Due:
    date: datetime.date | None = None
    next_meeting: bool = False
    understood: bool = True      # False: the text said something we could not turn into a date


def parse_due(text: str | None) -> Due:
    """A due cell: a date, a month (due by its last day), 'next meeting', or blank."""
    text = re.sub(r"\s+", " ", (text or "").strip().lower()).rstrip(".")
    if not text or text in {"-", "n/a", "tbc", "none"}:
        return Due()
    if "next meeting" in text or "next board" in text or text in {"next", "nm"}:
        return Due(next_meeting=True)
    date = parse_date(text.removeprefix("by ").strip())
    if date:
        return Due(date=date)
    month_year = _month_year(text)
    if month_year:
        month, year = month_year
        return Due(date=datetime.date(year, month, calendar.monthrange(year, month)[1]))
    return Due(understood=False)


@dataclass(frozen=True)
class When:
    month: datetime.date | None = None     # first day of the month booked
    every_year_in: int | None = None       # month number, for an item that comes every year


def parse_when(text: str | None, meeting_date: datetime.date | None = None,
               next_meeting_date: datetime.date | None = None) -> When:
    """Forward-plan timing: 'April 2023', 'each September', 'September' (the next one), 'next meeting'."""
    text = re.sub(r"\s+", " ", (text or "").strip().lower()).rstrip(".")
    if not text:
        return When()
    if re.search(r"\bnext\b.*\bmeeting\b", text):   # "next meeting", "the next WSEB meeting"
        return When(month=next_meeting_date.replace(day=1)) if next_meeting_date else When()
    m = re.search(rf"\b(?:each|every|annually in|annual(?:ly)?,?|yearly in)\s+{_MONTH}\b", text) or \
        re.search(rf"\b{_MONTH}\s+(?:each year|every year|annually|yearly)\b", text)
    if m:
        return When(every_year_in=MONTHS[m[1][:3]])
    date = parse_date(text)
    if date:
        return When(month=date.replace(day=1))
    month_year = _month_year(text)
    if month_year:
        return When(month=datetime.date(month_year[1], month_year[0], 1))
    m = re.fullmatch(_MONTH, text)
    if m and meeting_date:
        month = MONTHS[m[1][:3]]
        year = meeting_date.year + (1 if month <= meeting_date.month else 0)
        return When(month=datetime.date(year, month, 1))
    return When()
