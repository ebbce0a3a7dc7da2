"""The escalation and complaint clocks in working days (weekends and England & Wales bank holidays skipped)."""
import datetime

import pytest

from ..timescales import deadline, financial_year, stage_clock

D = datetime.date


@pytest.mark.parametrize(("started", "days", "ended", "today", "due", "open_days", "past"), [
    # Raised Monday 2 March, 5 working days: due Monday 9 March; on the 9th it is on its last day, not past.
    (D(2026, 3, 2), 5, None, D(2026, 3, 9), D(2026, 3, 9), 5, False),
    (D(2026, 3, 2), 5, None, D(2026, 3, 10), D(2026, 3, 9), 6, True),
    # A weekend does not count: Friday to Monday is one working day.
    (D(2026, 3, 6), 1, None, D(2026, 3, 9), D(2026, 3, 9), 1, False),
    # Easter 2026: Good Friday 3 April and Easter Monday 6 April are not working days.
    (D(2026, 4, 1), 2, None, D(2026, 4, 7), D(2026, 4, 7), 2, False),
    # Ended: counted to its end, not today; ended after its due day is past its clock.
    (D(2026, 2, 2), 10, D(2026, 2, 13), D(2026, 3, 9), D(2026, 2, 16), 9, False),
    (D(2026, 2, 2), 5, D(2026, 2, 13), D(2026, 3, 9), D(2026, 2, 9), 9, True),
    # Started today: no working day has passed.
    (D(2026, 3, 9), 5, None, D(2026, 3, 9), D(2026, 3, 16), 0, False),
])
def test_a_stage_is_past_its_clock_only_once_it_has_taken_more_working_days_than_allowed(
        started, days, ended, today, due, open_days, past):
    clock = stage_clock(started, days, ended_on=ended, today=today)
    assert (clock.due_on, clock.days_open, clock.past_clock) == (due, open_days, past)
    assert clock.days_over == max(0, open_days - days)
    assert clock.running is (ended is None)


@pytest.mark.parametrize(("received", "days", "done", "today", "state", "due"), [
    (D(2026, 3, 2), 3, D(2026, 3, 5), D(2026, 3, 9), "met", D(2026, 3, 5)),
    (D(2026, 3, 2), 3, D(2026, 3, 6), D(2026, 3, 9), "late", D(2026, 3, 5)),
    (D(2026, 3, 2), 3, None, D(2026, 3, 5), "due", D(2026, 3, 5)),
    (D(2026, 3, 2), 3, None, D(2026, 3, 6), "overdue", D(2026, 3, 5)),
    # Received on a Saturday: the clock counts from the Monday.
    (D(2026, 3, 7), 3, None, D(2026, 3, 11), "due", D(2026, 3, 11)),
    (D(2026, 2, 9), 20, None, D(2026, 3, 9), "due", D(2026, 3, 9)),
    (D(2026, 2, 9), 20, None, D(2026, 3, 10), "overdue", D(2026, 3, 9)),
])
def test_a_complaint_deadline_is_met_late_overdue_or_due(received, days, done, today, state, due):
    result = deadline(received, days, done_on=done, today=today)
    assert (result.state, result.due_on) == (state, due)
    assert result.is_overdue is (state == "overdue")


def test_working_days_late_counts_past_the_due_day():
    assert deadline(D(2026, 3, 2), 3, done_on=None, today=D(2026, 3, 10)).working_days_late == 3
    assert deadline(D(2026, 3, 2), 3, done_on=D(2026, 3, 4), today=D(2026, 3, 10)).working_days_late == 0


@pytest.mark.parametrize(("day", "year"), [(D(2026, 3, 31), 2025), (D(2026, 4, 1), 2026), (D(2027, 1, 15), 2026)])
def test_financial_year(day, year):
    assert financial_year(day) == year
