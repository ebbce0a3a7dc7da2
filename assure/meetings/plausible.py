"""Dates a person could not have meant: pure functions, no database. Each returns a reason, or "" if the date is fine.

The services call them, so the pages, the minutes import and any future API refuse the same dates.
"""
import datetime

EARLIEST_MEETING = datetime.date(2000, 1, 1)
YEARS_AHEAD = 3


def latest_meeting(today: datetime.date) -> datetime.date:
    """Three years from today; 29 February moves to 28 February in a year that has none."""
    try:
        return today.replace(year=today.year + YEARS_AHEAD)
    except ValueError:
        return today.replace(year=today.year + YEARS_AHEAD, day=28)


def meeting_date_problem(date: datetime.date, today: datetime.date) -> str:
    if date < EARLIEST_MEETING:
        return (f"The meeting date {date:%-d %B %Y} is before 1 January 2000. "
                "Check the year: Assure keeps meetings from 2000 onwards.")
    latest = latest_meeting(today)
    if date > latest:
        return (f"The meeting date {date:%-d %B %Y} is more than {YEARS_AHEAD} years ahead. "
                f"Check the year: meetings can be scheduled up to {latest:%-d %B %Y}.")
    return ""


def attendance_problem(meeting_date: datetime.date, today: datetime.date) -> str:
    if meeting_date > today:
        return (f"This meeting is on {meeting_date:%-d %B %Y}, which has not happened yet. "
                "Record attendance on or after the day of the meeting.")
    return ""
