import datetime

import pytest

from assure.imports.dates import Due, When, parse_date, parse_due, parse_when

D = datetime.date


@pytest.mark.parametrize("text, expected", [
    ("2023-04-05", D(2023, 4, 5)),
    ("05/04/2023", D(2023, 4, 5)),        # UK order
    ("5.4.23", D(2023, 4, 5)),
    ("5 April 2023", D(2023, 4, 5)),
    ("Thursday 22nd September 2022", D(2022, 9, 22)),
    ("31/02/2023", None),
    ("April 2023", None),
    ("", None),
    (None, None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("12/12/2022", Due(date=D(2022, 12, 12))),
    ("Next meeting", Due(next_meeting=True)),
    ("By next meeting.", Due(next_meeting=True)),
    ("March 2023", Due(date=D(2023, 3, 31))),
    ("end of Feb 2024", Due(date=D(2024, 2, 29))),
    ("", Due()),
    ("TBC", Due()),
    ("Ongoing", Due(understood=False)),
])
def test_parse_due(text, expected):
    assert parse_due(text) == expected


MEETING, NEXT = D(2022, 9, 22), D(2022, 11, 8)


@pytest.mark.parametrize("text, expected", [
    ("April 2023", When(month=D(2023, 4, 1))),
    ("Apr 23", When(month=D(2023, 4, 1))),
    ("each September", When(every_year_in=9)),
    ("Every March", When(every_year_in=3)),
    ("Annually in June", When(every_year_in=6)),
    ("January each year", When(every_year_in=1)),
    ("December", When(month=D(2022, 12, 1))),       # the next December after the meeting
    ("September", When(month=D(2023, 9, 1))),       # this month has started: next year's
    ("Next meeting", When(month=D(2022, 11, 1))),
    ("at the next WSEB meeting", When(month=D(2022, 11, 1))),
    ("14/02/2023", When(month=D(2023, 2, 1))),
    ("Q3", When()),
    ("", When()),
])
def test_parse_when(text, expected):
    assert parse_when(text, MEETING, NEXT) == expected
