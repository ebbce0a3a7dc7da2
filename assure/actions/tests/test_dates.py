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


@pytest.mark.parametrize("due, meeting_date, refused", [
    (None, D(2026, 3, 2), False),               # no due date
    (D(2026, 4, 1), None, False),               # not from a meeting
    (D(2026, 3, 2), D(2026, 3, 2), False),      # due on the day of the meeting
    (D(2026, 3, 3), D(2026, 3, 2), False),
    (D(2026, 3, 1), D(2026, 3, 2), True),       # the day before
    (D(2025, 3, 2), D(2026, 3, 2), True),       # a year out: a typed year
])
def test_due_before_meeting_problem(due, meeting_date, refused):
    problem = dates.due_before_meeting_problem(due, meeting_date)
    assert bool(problem) is refused
    if refused:
        assert f"{due:%-d %B %Y}" in problem and "on or after the meeting" in problem
