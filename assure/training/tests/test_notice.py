"""The notice period for cancelling a place (training/notice.py): working days before the event's day."""
import datetime
from zoneinfo import ZoneInfo

import pytest

from assure.training.notice import is_late, last_day_in_time

LONDON = ZoneInfo("Europe/London")


def at(year, month, day, hour, minute=0, tz=LONDON):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=tz)


TUESDAY_24_MARCH = at(2026, 3, 24, 9, 30)
MONDAY_23_MARCH = at(2026, 3, 23, 9, 30)
TUESDAY_AFTER_EASTER = at(2026, 4, 7, 9, 30)      # Good Friday 3 April and Easter Monday 6 April are bank holidays
TUESDAY_21_APRIL = at(2026, 4, 21, 9, 30)         # British Summer Time


@pytest.mark.parametrize(("starts", "cancelled", "notice", "late"), [
    # Five working days before Tuesday 24 March is Tuesday 17 March.
    (TUESDAY_24_MARCH, at(2026, 3, 10, 12), 5, False),
    (TUESDAY_24_MARCH, at(2026, 3, 17, 23, 59), 5, False),
    (TUESDAY_24_MARCH, at(2026, 3, 18, 0, 1), 5, True),
    (TUESDAY_24_MARCH, at(2026, 3, 23, 17), 5, True),
    # Weekends do not count: two working days before Monday 23 March is Thursday 19 March.
    (MONDAY_23_MARCH, at(2026, 3, 19, 16), 2, False),
    (MONDAY_23_MARCH, at(2026, 3, 20, 9), 2, True),
    (MONDAY_23_MARCH, at(2026, 3, 21, 10), 2, True),
    # Nor do bank holidays: two working days before Tuesday 7 April 2026 is Wednesday 1 April.
    (TUESDAY_AFTER_EASTER, at(2026, 4, 1, 15), 2, False),
    (TUESDAY_AFTER_EASTER, at(2026, 4, 2, 9), 2, True),
    # No notice asked: any time before the start is in time, after it is late.
    (TUESDAY_24_MARCH, at(2026, 3, 24, 9, 0), 0, False),
    (TUESDAY_24_MARCH, at(2026, 3, 24, 9, 30), 0, True),
    (TUESDAY_24_MARCH, at(2026, 3, 24, 11), 0, True),
    # Days are UK days: 23:30 UTC on Monday 20 April is 00:30 on Tuesday 21 April in summer time.
    (TUESDAY_21_APRIL, at(2026, 4, 20, 22, 30, tz=datetime.UTC), 1, False),
    (TUESDAY_21_APRIL, at(2026, 4, 20, 23, 30, tz=datetime.UTC), 1, True),
])
def test_is_late(starts, cancelled, notice, late):
    assert is_late(starts, cancelled, notice) is late


@pytest.mark.parametrize(("starts", "notice", "day"), [
    (TUESDAY_24_MARCH, 5, datetime.date(2026, 3, 17)),
    (MONDAY_23_MARCH, 1, datetime.date(2026, 3, 20)),
    (TUESDAY_AFTER_EASTER, 1, datetime.date(2026, 4, 2)),
    (TUESDAY_24_MARCH, 0, datetime.date(2026, 3, 24)),
])
def test_last_day_in_time(starts, notice, day):
    assert last_day_in_time(starts, notice) == day
