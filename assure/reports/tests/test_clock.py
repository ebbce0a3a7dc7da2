"""The seven-day clock for sending a published children's report to the Panel and the What Works Centre."""
import datetime

from assure.reports.yearly import clock

PUBLISHED = datetime.date(2026, 9, 25)  # a Friday


def test_the_report_must_be_sent_within_seven_calendar_days_of_publication():
    assert clock.send_by(PUBLISHED) == datetime.date(2026, 10, 2)


def test_sent_on_the_seventh_day_is_in_time_and_on_the_eighth_is_late():
    assert clock.state(PUBLISHED, datetime.date(2026, 10, 2), today=datetime.date(2026, 11, 1)) == "sent_in_time"
    assert clock.state(PUBLISHED, datetime.date(2026, 10, 3), today=datetime.date(2026, 11, 1)) == "sent_late"


def test_not_yet_sent_is_due_until_the_deadline_then_overdue():
    assert clock.state(PUBLISHED, None, today=datetime.date(2026, 10, 2)) == "due"
    assert clock.state(PUBLISHED, None, today=datetime.date(2026, 10, 3)) == "overdue"


def test_no_clock_runs_before_publication():
    assert clock.state(None, None, today=PUBLISHED) == "not_published"
