"""The notice period for cancelling a place: pure, no database (table tests in tests/test_notice.py).

A partnership asks for `notice_working_days` working days' notice (weekends and England & Wales bank holidays do
not count). Cancelling on or before the day that many working days before the event's day is in time; any later,
or once the event has started, is a late cancellation. With no notice asked, only cancelling after the start is
late. Days are read in UK time.
"""
import datetime
from zoneinfo import ZoneInfo

from assure.core.working_days import add_working_days

LONDON = ZoneInfo("Europe/London")


def last_day_in_time(event_starts_at: datetime.datetime, notice_working_days: int) -> datetime.date:
    """The last day a place can be cancelled without it counting as late."""
    return add_working_days(event_starts_at.astimezone(LONDON).date(), -notice_working_days)


def is_late(event_starts_at: datetime.datetime, cancelled_at: datetime.datetime, notice_working_days: int) -> bool:
    if cancelled_at >= event_starts_at:
        return True
    return cancelled_at.astimezone(LONDON).date() > last_day_in_time(event_starts_at, notice_working_days)
