"""Clock arithmetic, table by table. Expected dates worked out by hand from the printed calendar."""
import datetime

import pytest

from assure.reviews import clocks
from assure.reviews.clocks import ClockRules

D = datetime.date


@pytest.mark.parametrize("aware, expected", [
    (D(2026, 3, 2), D(2026, 3, 9)),      # plain week: Monday -> next Monday
    (D(2026, 3, 7), D(2026, 3, 13)),     # aware on a Saturday: counting starts Monday
    (D(2026, 12, 23), D(2027, 1, 4)),    # Christmas Day, Boxing Day (observed Monday 28th), New Year's Day
    (D(2021, 12, 24), D(2022, 1, 5)),    # substitute days: 27 and 28 Dec 2021, 3 Jan 2022
    (D(2026, 4, 2), D(2026, 4, 13)),     # Good Friday 3 April and Easter Monday 6 April 2026
    (D(2026, 4, 3), D(2026, 4, 13)),     # aware on Good Friday itself
    (D(2026, 4, 30), D(2026, 5, 8)),     # early May bank holiday, Monday 4 May 2026
    (D(2020, 5, 4), D(2020, 5, 12)),     # early May bank holiday moved to Friday 8 May 2020 (VE Day)
    (D(2022, 9, 14), D(2022, 9, 22)),    # one-off bank holiday: state funeral, Monday 19 September 2022
])
def test_notification_due_is_five_working_days_after_awareness(aware, expected):
    assert clocks.notification_due(aware) == expected


@pytest.mark.parametrize("notified, expected", [
    (D(2026, 3, 9), D(2026, 3, 30)),     # three clear weeks
    (D(2026, 3, 16), D(2026, 4, 8)),     # across Good Friday and Easter Monday
    (D(2026, 12, 18), D(2027, 1, 13)),   # across Christmas and New Year
    (D(2026, 4, 20), D(2026, 5, 12)),    # across the early May bank holiday
])
def test_rapid_review_due_is_fifteen_working_days_after_notification(notified, expected):
    assert clocks.rapid_review_due(notified) == expected


@pytest.mark.parametrize("decision, expected", [
    (D(2026, 1, 15), D(2026, 7, 15)),
    (D(2026, 8, 31), D(2027, 2, 28)),    # month end: no 31 February
    (D(2027, 8, 31), D(2028, 2, 29)),    # leap year
    (D(2026, 3, 31), D(2026, 9, 30)),
    (D(2026, 12, 31), D(2027, 6, 30)),   # across the year end
    (D(2026, 9, 30), D(2027, 3, 30)),
])
def test_publication_due_is_six_calendar_months_after_decision(decision, expected):
    assert clocks.publication_due(decision) == expected
    assert clocks.sar_due(decision) == expected  # default SAR target is also 6 months


@pytest.mark.parametrize("publication, expected", [
    (D(2026, 3, 16), D(2026, 3, 5)),
    (D(2026, 4, 8), D(2026, 3, 26)),     # counting back over Easter Monday and Good Friday
    (D(2027, 1, 4), D(2026, 12, 21)),    # counting back over New Year and Christmas
])
def test_publication_notice_due_is_seven_working_days_before(publication, expected):
    assert clocks.publication_notice_due(publication) == expected


def test_rules_come_from_the_partnership_settings():
    rules = ClockRules(notification_working_days=3, rapid_review_working_days=10, publication_months=9,
                       publication_notice_working_days=10, sar_target_months=12)
    assert clocks.notification_due(D(2026, 3, 2), rules) == D(2026, 3, 5)
    assert clocks.rapid_review_due(D(2026, 3, 2), rules) == D(2026, 3, 16)
    assert clocks.publication_due(D(2026, 3, 2), rules) == D(2026, 12, 2)
    assert clocks.sar_due(D(2026, 3, 2), rules) == D(2027, 3, 2)
    assert clocks.publication_notice_due(D(2026, 3, 16), rules) == D(2026, 3, 2)


@pytest.mark.parametrize("aware, notified, decision, expected", [
    (D(2026, 3, 2), None, None, {"notification_due": D(2026, 3, 9), "rapid_review_due": D(2026, 3, 30),
                                 "publication_due": None}),
    (D(2026, 3, 2), D(2026, 3, 4), D(2026, 3, 20), {"notification_due": D(2026, 3, 9),
                                                    "rapid_review_due": D(2026, 3, 25),
                                                    "publication_due": D(2026, 9, 20)}),
])
def test_due_dates_run_rapid_review_from_notification_or_its_due_date(aware, notified, decision, expected):
    assert clocks.due_dates(aware, notified, decision) == expected


@pytest.mark.parametrize("aware, notified, decision, fragment", [
    (D(2026, 3, 9), D(2026, 3, 6), None, "notification date (06/03/2026) is before"),
    (D(2026, 3, 9), None, D(2026, 3, 1), "decision date (01/03/2026) is before"),
])
def test_dates_out_of_order_are_refused(aware, notified, decision, fragment):
    with pytest.raises(clocks.DateOrderError, match=fragment.replace("(", r"\(").replace(")", r"\)")):
        clocks.due_dates(aware, notified, decision)


@pytest.mark.parametrize("due, today, completed, state, left", [
    (D(2026, 3, 13), D(2026, 3, 9), None, "due", 4),
    (D(2026, 3, 13), D(2026, 3, 13), None, "due", 0),
    (D(2026, 3, 13), D(2026, 3, 16), None, "overdue", -1),
    (D(2026, 4, 7), D(2026, 4, 2), None, "due", 1),          # Easter weekend counts for nothing
    (D(2026, 4, 2), D(2026, 4, 7), None, "overdue", -1),
    (D(2026, 3, 13), D(2026, 3, 20), D(2026, 3, 13), "met", None),
    (D(2026, 3, 13), D(2026, 3, 20), D(2026, 3, 16), "breached", None),
])
def test_clock_status(due, today, completed, state, left):
    status = clocks.clock_status("notification", due, today=today, completed_on=completed)
    assert status.state == state
    assert status.working_days_left == left
    assert status.is_breached == (state in ("breached", "overdue"))


def test_working_days_late():
    status = clocks.clock_status("rapid_review", D(2026, 4, 2), today=D(2026, 4, 20), completed_on=D(2026, 4, 8))
    assert status.working_days_late == 2  # 7 and 8 April; Good Friday and Easter Monday do not count
