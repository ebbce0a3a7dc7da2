"""Working days: weekdays that are not England & Wales bank holidays. Pure; every clock counted in working days
(review clocks, escalation stages, complaint timescales) uses these.

Bank holidays come from the maintained `holidays` library (substitute days, the early May bank holiday and
one-off days such as state funerals included).

Conventions: "N working days after D" is the Nth working day counted from the day after D; D itself never
counts, whatever day it is. "N working days before D" is the Nth working day counted back from the day before D.
"""
from __future__ import annotations

import datetime
from functools import cache

import holidays

Date = datetime.date


@cache
def bank_holidays(year: int) -> frozenset[Date]:
    """England & Wales bank holidays in `year` (England's calendar; Wales shares it)."""
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())


def is_working_day(day: Date) -> bool:
    return day.weekday() < 5 and day not in bank_holidays(day.year)


def add_working_days(start: Date, days: int) -> Date:
    """The `days`-th working day after `start` (negative: before). `start` itself never counts."""
    if days == 0:
        return start
    step = datetime.timedelta(days=1 if days > 0 else -1)
    remaining = abs(days)
    day = start
    while remaining:
        day += step
        if is_working_day(day):
            remaining -= 1
    return day


def working_days_between(start: Date, end: Date) -> int:
    """Working days after `start` up to and including `end`; negative if `end` is earlier.

    working_days_between(d, add_working_days(d, n)) == n for any n >= 0. Counted by whole weeks (five working days
    each) less the bank holidays on weekdays, so the cost does not grow with the span (a clock running for years)."""
    if end == start:
        return 0
    sign = 1 if end > start else -1
    low, high = (start, end) if sign > 0 else (end, start)
    weeks, rest = divmod((high - low).days, 7)
    first = low.weekday()
    weekdays = weeks * 5 + sum(1 for day in range(1, rest + 1) if (first + day) % 7 < 5)
    holidays_on_weekdays = sum(1 for year in range(low.year, high.year + 1) for day in bank_holidays(year)
                               if low < day <= high and day.weekday() < 5)
    count = weekdays - holidays_on_weekdays   # working days after low, up to and including high
    if sign < 0:
        count = count - is_working_day(high) + is_working_day(low)
    return sign * count
