"""Working days, the one count every working-day clock uses. Expected dates worked out from the printed calendar."""
import datetime

import pytest

from assure.core.working_days import add_working_days, bank_holidays, is_working_day, working_days_between

D = datetime.date


@pytest.mark.parametrize("start, days, expected", [
    (D(2026, 3, 2), 5, D(2026, 3, 9)),       # Monday -> next Monday: the start never counts
    (D(2026, 3, 7), 1, D(2026, 3, 9)),       # from a Saturday: Monday is the first
    (D(2026, 4, 2), 2, D(2026, 4, 8)),       # Good Friday 3 April and Easter Monday 6 April 2026
    (D(2026, 12, 23), 2, D(2026, 12, 29)),   # Christmas Day, Boxing Day observed on Monday 28th
    (D(2026, 3, 9), -5, D(2026, 3, 2)),      # counting back
    (D(2026, 3, 9), 0, D(2026, 3, 9)),
])
def test_adding_working_days(start, days, expected):
    assert add_working_days(start, days) == expected


@pytest.mark.parametrize("start", [D(2026, 12, 20) + datetime.timedelta(days=i) for i in range(0, 130, 3)])
def test_counting_working_days_undoes_adding_them(start):
    for n in range(-20, 21):
        assert working_days_between(start, add_working_days(start, n)) == n


def test_bank_holidays_come_from_the_library_for_any_year():
    assert D(2030, 12, 25) in bank_holidays(2030)
    assert not is_working_day(D(2030, 12, 25))


def _day_by_day(start, end):
    """The definition, one day at a time: working days after the earlier date up to and including the later one,
    negative when end is earlier (then the days from end, exclusive, up to start, inclusive)."""
    one = datetime.timedelta(days=1)
    low, high, sign = (start, end, 1) if end >= start else (end, start, -1)
    days = [low + one * n for n in range(1, (high - low).days + 1)]
    if sign < 0:
        days = [low + one * n for n in range(0, (high - low).days)]
    return sign * sum(1 for day in days if is_working_day(day))


@pytest.mark.parametrize("start", [D(2025, 12, 20) + datetime.timedelta(days=i) for i in range(0, 21)])
def test_counting_by_whole_weeks_gives_the_day_by_day_count(start):
    # every weekday start and end, across Christmas, New Year, Easter and year ends, forwards and backwards
    for days in [*range(-40, 41), -800, -371, 365, 366, 1000, 3653]:
        end = start + datetime.timedelta(days=days)
        assert working_days_between(start, end) == _day_by_day(start, end), (start, end)


@pytest.mark.parametrize("start, end, expected", [
    (D(2026, 3, 2), D(2026, 3, 9), 5),        # Monday to Monday: the start never counts
    (D(2026, 4, 2), D(2026, 4, 8), 2),        # over Good Friday and Easter Monday
    (D(2026, 3, 9), D(2026, 3, 2), -5),       # backwards
    (D(2016, 3, 9), D(2026, 3, 9), 2525),     # ten years: 2608 weekdays less 83 bank holidays on weekdays
])
def test_counting_working_days_by_whole_weeks(start, end, expected):
    assert working_days_between(start, end) == expected
