import datetime

import pytest

from assure.actions import dates

D = datetime.date
TODAY = D(2026, 3, 9)


@pytest.mark.parametrize("case, due_date, at_next, next_date, expected", [
    ("own date wins", D(2026, 4, 1), False, None, D(2026, 4, 1)),
    ("own date wins even if also next meeting known", D(2026, 4, 1), False, D(2026, 5, 1), D(2026, 4, 1)),
    ("next meeting resolves to its date", None, True, D(2026, 5, 1), D(2026, 5, 1)),
    ("next meeting not yet scheduled", None, True, None, None),
    ("no due at all", None, False, D(2026, 5, 1), None),
])
def test_effective_due_date(case, due_date, at_next, next_date, expected):
    assert dates.effective_due_date(due_date, at_next, next_date) == expected, case


@pytest.mark.parametrize("due, live, expected", [
    (D(2026, 3, 8), True, True),     # yesterday
    (D(2026, 3, 9), True, False),    # due today is not overdue
    (D(2026, 3, 10), True, False),
    (D(2025, 3, 9), True, True),     # a year late
    (D(2026, 3, 8), False, False),   # completed or superseded: never overdue
    (None, True, False),             # no due date: cannot be late
    (D(2026, 3, 7), True, True),     # a Saturday: weekends don't matter
])
def test_is_overdue(due, live, expected):
    assert dates.is_overdue(due, live, TODAY) is expected


@pytest.mark.parametrize("due, live, expected", [
    (D(2026, 3, 9), True, True),     # today
    (D(2026, 3, 23), True, True),    # exactly 14 days ahead
    (D(2026, 3, 24), True, False),   # 15 days ahead
    (D(2026, 3, 8), True, False),    # overdue is not 'due soon'
    (D(2026, 3, 10), False, False),  # completed
    (None, True, False),
])
def test_is_due_soon(due, live, expected):
    assert dates.is_due_soon(due, live, TODAY) is expected


def test_due_soon_window_is_inclusive_fourteen_days():
    assert dates.due_soon_window(TODAY) == (TODAY, D(2026, 3, 23))
    assert dates.due_soon_window(TODAY, days=0) == (TODAY, TODAY)


@pytest.mark.parametrize("due, at_next, expected", [
    (D(2026, 4, 1), False, "1 April 2026"),
    (D(2026, 4, 1), True, "1 April 2026 (next meeting)"),
    (None, True, "Next meeting (not yet scheduled)"),
    (None, False, "No due date"),
])
def test_due_label(due, at_next, expected):
    assert dates.due_label(due, at_next) == expected


@pytest.mark.parametrize("due, live, expected", [
    (TODAY - datetime.timedelta(days=1), True, dates.OVERDUE_GROUP),
    (TODAY, True, dates.DUE_SOON_GROUP),
    (TODAY + datetime.timedelta(days=14), True, dates.DUE_SOON_GROUP),
    (TODAY + datetime.timedelta(days=15), True, dates.LATER_GROUP),
    (None, True, dates.LATER_GROUP),
    (TODAY - datetime.timedelta(days=1), False, dates.LATER_GROUP),
])
def test_due_group_on_my_actions(due, live, expected):
    assert dates.due_group(due, live, TODAY) == expected
