"""The seven-day distribution clock (Working Together 2023: calendar days)."""
import datetime

import pytest

from assure.reports.yearly import clock

D = datetime.date


@pytest.mark.parametrize(("published_on", "sent_on", "today", "state"), [
    (None, None, D(2026, 3, 9), "not_published"),
    (D(2026, 3, 2), None, D(2026, 3, 9), "due"),            # the seventh day is still in time
    (D(2026, 3, 2), None, D(2026, 3, 10), "overdue"),
    (D(2026, 3, 2), D(2026, 3, 9), D(2026, 3, 20), "sent_in_time"),
    (D(2026, 3, 2), D(2026, 3, 10), D(2026, 3, 20), "sent_late"),
])
def test_the_clock_says_whether_the_report_went_in_time(published_on, sent_on, today, state):
    assert clock.state(published_on, sent_on, today) == state


def test_send_by_counts_calendar_days_over_a_bank_holiday_weekend():
    assert clock.send_by(D(2026, 4, 1)) == D(2026, 4, 8)
