import datetime

import pytest

from assure.core.forms.date_parts import DateProblem, missing_phrase, read_date


@pytest.mark.parametrize("day, month, year, expected", [
    ("9", "3", "2026", datetime.date(2026, 3, 9)),
    ("09", "03", "2026", datetime.date(2026, 3, 9)),
    (" 9 ", " 3", "2026 ", datetime.date(2026, 3, 9)),
    ("29", "2", "2028", datetime.date(2028, 2, 29)),
    ("1", "March", "2026", datetime.date(2026, 3, 1)),
    ("1", "sept", "2026", datetime.date(2026, 9, 1)),
    ("1", "Dec.", "2026", datetime.date(2026, 12, 1)),
    ("", "", "", None),
    (None, None, None, None),
    (9, 3, 2026, datetime.date(2026, 3, 9)),
    ("  ", "", " ", None),
])
def test_reads_the_date_the_boxes_hold(day, month, year, expected):
    assert read_date(day, month, year) == expected


@pytest.mark.parametrize("day, month, year, kind, parts", [
    ("9", "", "2026", "missing", ("month",)),
    ("", "", "2026", "missing", ("day", "month")),
    ("9", "3", "", "missing", ("year",)),
    ("", "3", "", "missing", ("day", "year")),
    ("31", "4", "2026", "not_real", ("day",)),
    ("29", "2", "2026", "not_real", ("day",)),
    ("0", "3", "2026", "not_real", ("day",)),
    ("9", "13", "2026", "not_real", ("month",)),
    ("9", "0", "2026", "not_real", ("month",)),
    ("nine", "3", "2026", "not_real", ("day",)),
    ("9", "Marchember", "2026", "not_real", ("month",)),
    ("9", "3", "26", "year_digits", ("year",)),
    ("9", "3", "20266", "not_real", ("year",)),
    ("-1", "3", "2026", "not_real", ("day",)),
])
def test_says_which_boxes_are_wrong(day, month, year, kind, parts):
    with pytest.raises(DateProblem) as problem:
        read_date(day, month, year)
    assert (problem.value.kind, problem.value.parts) == (kind, parts)


@pytest.mark.parametrize("parts, phrase", [
    (("month",), "a month"), (("day", "month"), "a day and month"), (("day", "year"), "a day and year"),
])
def test_names_what_is_missing_as_the_design_system_does(parts, phrase):
    assert missing_phrase(parts) == phrase
