"""Dates as minutes write them."""
import pytest

from assure.imports.extract.dates import find_dates, parse_date, parse_due


@pytest.mark.parametrize("text, expected", [
    ("Thursday 22 nd September 2022", "2022-09-22"),
    ("Thursday 22nd September 2022", "2022-09-22"),
    ("21 st March 2023", "2023-03-21"),
    ("21/03/2023", "2023-03-21"),
    ("01/02/2023", "2023-02-01"),  # British order: 1 February
    ("21.03.23", "2023-03-21"),
    ("21-03-2023", "2023-03-21"),
    ("2023-03-21", "2023-03-21"),
    ("14 March 201810.00am", "2018-03-14"),  # year glued to the time
    ("March 21, 2023", "2023-03-21"),
    ("21st of Jan 24", "2024-01-21"),
    ("5 Sept 2021", "2021-09-05"),
    ("Tuesday 8th November 2022, 09:30-12:00pm", "2022-11-08"),
    ("31 February 2023", None),
    ("3 marks 2020", None),
    ("no date here", None),
    ("", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_a_date_without_a_year_takes_the_next_one_after_the_meeting():
    assert parse_date("Next meeting: 10 January", after="2022-12-05") == "2023-01-10"
    assert parse_date("Next meeting: 10 March", after="2022-12-05") == "2023-03-10"
    assert parse_date("4 June 10:00", default_year=2021) == "2021-06-04"  # 10:00 is a time, not '10


def test_find_dates_in_order():
    assert find_dates("held 21/03/2023; next 4 July 2023") == ["2023-03-21", "2023-07-04"]


@pytest.mark.parametrize("text, expected", [
    ("31/10/2023", "2023-10-31"),
    ("next meeting", "next meeting"),
    ("May Board", "May Board"),
    ("ongoing", "ongoing"),
    ("  ", None),
    ("30 June", "2023-06-30"),
])
def test_parse_due(text, expected):
    assert parse_due(text, meeting_date="2023-03-01") == expected
