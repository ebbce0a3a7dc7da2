import datetime

import pytest

from assure.performance import periods
from assure.performance.periods import PeriodError, parse_period

D = datetime.date


@pytest.mark.parametrize("text, code, kind, start, end", [
    ("2026-Q1", "2026-Q1", "quarter", D(2026, 4, 1), D(2026, 6, 30)),
    ("2026-Q2", "2026-Q2", "quarter", D(2026, 7, 1), D(2026, 9, 30)),
    ("2026-Q4", "2026-Q4", "quarter", D(2027, 1, 1), D(2027, 3, 31)),    # Q4 of 2026/27 is in 2027
    ("Q3 2025/26", "2025-Q3", "quarter", D(2025, 10, 1), D(2025, 12, 31)),
    ("2025/26 Q3", "2025-Q3", "quarter", D(2025, 10, 1), D(2025, 12, 31)),
    ("q2 2026-27", "2026-Q2", "quarter", D(2026, 7, 1), D(2026, 9, 30)),
    ("2026/27", "2026/27", "year", D(2026, 4, 1), D(2027, 3, 31)),
    ("2026-27", "2026/27", "year", D(2026, 4, 1), D(2027, 3, 31)),
    ("FY2026/27", "2026/27", "year", D(2026, 4, 1), D(2027, 3, 31)),
    ("2026/2027", "2026/27", "year", D(2026, 4, 1), D(2027, 3, 31)),
    ("2026-04", "2026-04", "month", D(2026, 4, 1), D(2026, 4, 30)),
    ("2026-4", "2026-04", "month", D(2026, 4, 1), D(2026, 4, 30)),
    ("2024-02", "2024-02", "month", D(2024, 2, 1), D(2024, 2, 29)),      # a leap year's February
    ("April 2026", "2026-04", "month", D(2026, 4, 1), D(2026, 4, 30)),
    ("sept 2026", "2026-09", "month", D(2026, 9, 1), D(2026, 9, 30)),
    (D(2026, 5, 17), "2026-05", "month", D(2026, 5, 1), D(2026, 5, 31)),  # a spreadsheet date: its month
    (datetime.datetime(2026, 5, 17, 0, 0), "2026-05", "month", D(2026, 5, 1), D(2026, 5, 31)),
])
def test_reads_the_ways_people_write_periods(text, code, kind, start, end):
    period = parse_period(text)
    assert (period.code, period.kind, period.start, period.end) == (code, kind, start, end)
    assert parse_period(period.code) == period          # a code reads back as the same period


@pytest.mark.parametrize("text, says", [
    ("", "Enter the period"),
    ("2026-13", "must be from 01 to 12"),
    ("2026/28", "the second year must follow the first"),
    ("Q5 2026/27", "not a period the dataset understands"),
    ("2026 Q2", "not a period the dataset understands"),          # calendar or financial? not guessed
    ("1890/91", "not one the dataset can hold"),
    ("next quarter", "not a period the dataset understands"),
])
def test_refuses_with_what_to_write(text, says):
    with pytest.raises(PeriodError, match=says):
        parse_period(text)


@pytest.mark.parametrize("code, label, long_label", [
    ("2026-Q2", "Q2 2026/27", "Q2 2026/27 (July to September 2026)"),
    ("2026-Q4", "Q4 2026/27", "Q4 2026/27 (January to March 2027)"),
    ("2026/27", "2026/27", "2026/27 (April 2026 to March 2027)"),
    ("2026-11", "November 2026", "November 2026"),
])
def test_labels_say_which_months(code, label, long_label):
    period = parse_period(code)
    assert (period.label, period.long_label) == (label, long_label)


@pytest.mark.parametrize("code, quarter", [
    ("2026-04", "2026-Q1"), ("2026-06", "2026-Q1"), ("2027-01", "2026-Q4"), ("2026/27", "2026-Q4"),
    ("2026-Q3", "2026-Q3"),
])
def test_a_figure_belongs_to_the_quarter_its_last_day_falls_in(code, quarter):
    assert parse_period(code).quarter.code == quarter


def test_previous_and_next_cross_years():
    assert parse_period("2026-Q1").previous().code == "2025-Q4"
    assert parse_period("2025-Q4").next().code == "2026-Q1"
    assert parse_period("2026-01").previous().code == "2025-12"
    assert parse_period("2026/27").previous().code == "2025/26"


def test_quarters_between():
    assert [q.code for q in periods.quarters_between(parse_period("2025-Q3"), parse_period("2026-Q1"))] == [
        "2025-Q3", "2025-Q4", "2026-Q1"]


def test_a_period_must_start_where_its_kind_starts():
    with pytest.raises(ValueError):
        periods.Period(D(2026, 5, 1), periods.QUARTER)
    with pytest.raises(ValueError):
        periods.Period(D(2026, 1, 1), periods.YEAR)
