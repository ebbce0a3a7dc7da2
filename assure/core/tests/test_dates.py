"""Dates as people write them, due phrases read against the meeting that set them, and when an action is due
(assure/core/dates.py), as tables of cases."""
import datetime

import pytest

from assure.core import dates
from assure.core.dates import Due, When, find_dates, month_year_mention, parse_date, parse_due, parse_when

D = datetime.date
TODAY = D(2026, 3, 9)   # the fixed test clock
MEETING = D(2026, 3, 9)


@pytest.mark.parametrize("text, expected", [
    ("2023-04-05", D(2023, 4, 5)),
    ("2023-04-05T10:00", D(2023, 4, 5)),
    ("05/04/2023", D(2023, 4, 5)),          # British order: day first
    ("01/02/2023", D(2023, 2, 1)),
    ("5.4.23", D(2023, 4, 5)),
    ("21-03-2023", D(2023, 3, 21)),
    ("5 April 2023", D(2023, 4, 5)),
    ("Thursday 22nd September 2022", D(2022, 9, 22)),
    ("Thursday 22 nd September 2022", D(2022, 9, 22)),
    ("21 st March 2023", D(2023, 3, 21)),
    ("14 March 201810.00am", D(2018, 3, 14)),  # year glued to the time
    ("March 21, 2023", D(2023, 3, 21)),
    ("21st of Jan 24", D(2024, 1, 21)),
    ("5 Sept 2021", D(2021, 9, 5)),
    ("Tuesday 8th November 2022, 09:30-12:00pm", D(2022, 11, 8)),
    ("31/02/2023", None),                   # no such day
    ("31 February 2023", None),
    ("April 2023", None),                   # a month is not a date
    ("3 marks 2020", None),
    ("no date here", None),
    ("", None),
    (None, None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_a_date_without_a_year_takes_the_next_one_after_the_meeting():
    assert parse_date("Next meeting: 10 January", after=D(2022, 12, 5)) == D(2023, 1, 10)
    assert parse_date("Next meeting: 10 March", after=D(2022, 12, 5)) == D(2023, 3, 10)
    assert parse_date("4 June 10:00", default_year=2021) == D(2021, 6, 4)  # 10:00 is a time, not '10
    assert parse_date("4 June") is None                                      # no year and nothing to read it by
    assert parse_date("Wed 13 Jan, 10am, Teams", after=D(2026, 12, 2)) == D(2027, 1, 13)  # 10am is no year


def test_find_dates_in_the_order_written():
    assert find_dates("held 21/03/2023; next 4 July 2023") == [D(2023, 3, 21), D(2023, 7, 4)]


def test_month_year_mention_is_kept_as_written():
    assert month_year_mention("Add the LADO report to the agenda for April 2026") == "April 2026"
    assert month_year_mention("Add it to the next agenda") is None


@pytest.mark.parametrize("text, expected", [
    ("by 4 December 2026", Due(date=D(2026, 12, 4))),
    ("– deadline 11/12/2026", Due(date=D(2026, 12, 11))),
    ("by 18/12/26", Due(date=D(2026, 12, 18))),
    ("12/12/2022", Due(date=D(2022, 12, 12))),
    ("30 June", Due(date=D(2026, 6, 30))),             # the next 30 June after the meeting
    ("10 January", Due(date=D(2027, 1, 10))),
    ("end of January", Due(date=D(2027, 1, 31))),      # January has passed this year: next year's
    ("by the end of March", Due(date=D(2026, 3, 31))),  # this month, not yet over
    ("April", Due(date=D(2026, 4, 30))),
    ("March 2023", Due(date=D(2023, 3, 31))),          # a month: due by its last day
    ("end of Feb 2024", Due(date=D(2024, 2, 29))),
    ("Next meeting", Due(next_meeting=True)),
    ("By next meeting.", Due(next_meeting=True)),
    ("next Board meeting", Due(next_meeting=True)),
    ("", Due()),
    (None, Due()),
    ("TBC", Due()),
    ("by TBC", Due()),
    ("Ongoing", Due(understood=False)),
    ("Q3", Due(understood=False)),
    ("31/02/2026", Due(understood=False)),
])
def test_parse_due_against_the_meeting(text, expected):
    assert parse_due(text, MEETING) == expected


def test_a_due_month_without_a_year_needs_the_meeting():
    assert parse_due("end of January") == Due(understood=False)
    assert parse_due("30 June") == Due(understood=False)


@pytest.mark.parametrize("text, due", [
    ("Develop a standard by 31/07/2025.", "31/07/2025"),
    ("Circulate the report before the next meeting", "the next meeting"),
    ("Share the audit by end of May", "end of May"),
    ("Write to the chair by 4 December 2026", "4 December 2026"),
    ("Circulate by email", None),
])
def test_due_phrase_at_the_end_of_an_action(text, due):
    m = dates.due_phrase_at_end(text)
    assert (m.group("due") if m else None) == due


WHEN_MEETING, NEXT = D(2022, 9, 22), D(2022, 11, 8)


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
    assert parse_when(text, WHEN_MEETING, NEXT) == expected



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
    (None, datetime.date(2026, 3, 2), False),                     # no due date
    (datetime.date(2026, 4, 1), None, False),                     # not from a meeting
    (datetime.date(2026, 3, 2), datetime.date(2026, 3, 2), False),   # due on the day of the meeting
    (datetime.date(2026, 3, 3), datetime.date(2026, 3, 2), False),
    (datetime.date(2026, 3, 1), datetime.date(2026, 3, 2), True),    # the day before
    (datetime.date(2025, 3, 2), datetime.date(2026, 3, 2), True),    # a year out: a typed year
])
def test_due_before_meeting_problem(due, meeting_date, refused):
    problem = dates.due_before_meeting_problem(due, meeting_date)
    assert bool(problem) is refused
    if refused:
        assert f"{due:%-d %B %Y}" in problem and "on or after the meeting" in problem


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


# --- Due phrases as the schema reads them: the next meeting's date when known, "w/c", "the May Board" --------
NEXT_MEETING = D(2026, 5, 12)


@pytest.mark.parametrize("text, expected", [
    ("(31.01.27)", Due(date=D(2027, 1, 31))),
    ("end of February 2027", Due(date=D(2027, 2, 28))),
    ("w/c 13 April", Due(date=D(2026, 4, 13))),                # that Monday, in the meeting's year
    ("w/c 11 January", Due(date=D(2027, 1, 11))),              # already past this year: the next
    ("week commencing 13/04", Due(date=D(2026, 4, 13))),
    ("next meeting", Due(date=NEXT_MEETING, next_meeting=True)),
    ("the May Board", Due(date=NEXT_MEETING, next_meeting=True)),
    ("May meeting", Due(date=NEXT_MEETING, next_meeting=True)),
    ("the June Board", Due(understood=False)),                 # not the next meeting's month: no date
    ("by the end of the month", Due(date=D(2026, 3, 31))),     # the meeting's month
    ("end of the financial year", Due(date=D(2026, 3, 31))),   # the financial year the meeting is in
    ("by end of year", Due(date=D(2026, 12, 31))),
    ("the next subgroup", Due(date=NEXT_MEETING, next_meeting=True)),
    ("Next Exec", Due(date=NEXT_MEETING, next_meeting=True)),
    ("Dec-26", Due(date=D(2026, 12, 31))),
    ("end Feb", Due(date=D(2027, 2, 28))),
    ("within 2 weeks", Due(date=D(2026, 3, 23))),            # of the meeting
    ("within one month", Due(date=D(2026, 4, 9))),
    ("Q1 2027", Due(understood=False)),                        # calendar or financial quarter: not guessed
    ("ASAP", Due(understood=False)),
    ("ongoing", Due(understood=False)),
])
def test_parse_due_with_the_next_meeting_known(text, expected):
    assert parse_due(text, MEETING, NEXT_MEETING) == expected


def test_next_meeting_without_its_date_is_still_the_next_meeting():
    assert parse_due("the next meeting", MEETING) == Due(next_meeting=True)
    assert parse_due("the May Board", MEETING) == Due(understood=False)


@pytest.mark.parametrize("text, phrase, when, detachable", [
    ("Circulate the draft to partners by 4 December 2026.", "by 4 December 2026", "4 December 2026", True),
    ("Update the register – deadline 11/12/2026", "deadline 11/12/2026", "11/12/2026", True),
    ("Send the audit to the chair by 18/12/26", "by 18/12/26", "18/12/26", True),
    ("Book the training venue (31.01.25)", "31.01.25", "31.01.25", True),
    ("Finish the audit by end of February 2025", "by end of February 2025", "end of February 2025", True),
    ("Arrange the workshop w/c 13 January", "w/c 13 January", "w/c 13 January", True),
    ("Bring the findings to the May Board", "to the May Board", "the May Board", False),
    ("Report back at the next meeting", "at the next meeting", "the next meeting", False),
    ("Circulate the revised policy – ASAP", "ASAP", "ASAP", True),
    ("Circulate the notes within 2 weeks.", "within 2 weeks", "within 2 weeks", True),
    ("Circulate by email", None, None, None),
    ("Review the protocol (CD)", None, None, None),
    ("Agree the plan for 2026", None, None, None),
])
def test_find_due_at_the_end_of_an_action(text, phrase, when, detachable):
    found = dates.find_due(text)
    got = (found.phrase, found.when, found.detachable) if found else (None, None, None)
    assert got == (phrase, when, detachable)
    if found:
        assert text[found.start:].find(found.phrase) >= 0  # the phrase is in the text as written


T = datetime.time


@pytest.mark.parametrize("text, expected", [
    # A field that is only a time, as people type it (the check page's start time, a record's start_time).
    ("2pm", T(14, 0)), ("2 PM", T(14, 0)), ("2.30 p.m.", T(14, 30)), ("2.30 pm", T(14, 30)), ("9:30am", T(9, 30)),
    ("10am", T(10, 0)), ("12pm", T(12, 0)), ("12am", T(0, 0)), ("noon", T(12, 0)), ("12 noon", T(12, 0)),
    ("midday", T(12, 0)), ("14:00", T(14, 0)), ("14.00", T(14, 0)), ("14.15", T(14, 15)), ("9:05", T(9, 5)),
    ("1400", T(14, 0)), ("1400hrs", T(14, 0)), ("0930", T(9, 30)), (" 10.30 ", T(10, 30)),
    ("2", None), ("14", None),                   # a bare hour: morning or afternoon?
    ("25:00", None), ("13pm", None), ("0pm", None), ("10:75", None), ("2460", None),
    ("half past two", None), ("half two", None), ("after lunch", None),
    # The first time of day in a line of the minutes.
    ("2.00pm – 4.00pm", T(14, 0)),
    ("14:00-16:00", T(14, 0)),
    ("Time: 1.30 pm", T(13, 30)),
    ("2 – 4pm", T(14, 0)),
    ("held on 11 March 2025, 09:30 to 11:30", T(9, 30)),
    ("at 10.00am, Town Hall", T(10, 0)),
    ("Tuesday 8 March 201810.00am", T(10, 0)),   # year glued to the time
    ("Time: 1400hrs", T(14, 0)),
    ("0930 hours – 1130 hours", T(9, 30)),
    ("at 12 noon in the Guildhall", T(12, 0)),
    ("Room 1400", None),
    ("11.03.25", None),                          # a date, not a time
    ("Item 10.30", None),                        # a paragraph number
    ("Room 4", None),
    ("", None),
    (None, None),
])
def test_parse_time(text, expected):
    assert dates.parse_time(text) == expected


def test_date_and_time_spans_end_where_the_place_starts():
    line = "Minutes of the meeting held on Tuesday 11 March 2025, 10:00 – 12:00, Room 4, Civic Centre"
    spans = dates.date_and_time_spans(line)
    assert line[spans[-1][1]:] == ", Room 4, Civic Centre"


# --- Due phrases counted from the meeting, quarters, dated occasions, short forms (issue 8) -------------------
# A Tuesday meeting in November whose next meeting is in January.
TUESDAY, JANUARY_MEETING = D(2026, 11, 17), D(2027, 1, 19)


@pytest.mark.parametrize("text, expected", [
    # durations from the meeting
    ("2 weeks", D(2026, 12, 1)),
    ("within 4 weeks", D(2026, 12, 15)),
    ("within 2 weeks of the meeting", D(2026, 12, 1)),
    ("in a fortnight", D(2026, 12, 1)),
    ("within 10 working days", D(2026, 12, 1)),            # Monday to Friday: two weekends skipped
    ("within two months", D(2027, 1, 17)),
    ("in 3 months' time", D(2027, 2, 17)),
    ("within 6 weeks", D(2026, 12, 29)),
    # the end of a period, from the meeting's own
    ("by the end of next month", D(2026, 12, 31)),
    ("end of this month", D(2026, 11, 30)),
    ("end of next week", D(2026, 11, 27)),                  # the Friday of the following week
    ("by the end of the week", D(2026, 11, 20)),
    ("end of the quarter", D(2026, 12, 31)),                # calendar and financial quarters end on the same days
    ("by the end of next quarter", D(2027, 3, 31)),
    ("by the end of next year", D(2027, 12, 31)),
    ("end of the financial year", D(2027, 3, 31)),
    ("end of next financial year", D(2028, 3, 31)),
    # a quarter of a named financial year (April to March)
    ("end of Q3 2026/27", D(2026, 12, 31)),
    ("Q4 2026-27", D(2027, 3, 31)),
    ("Q1 of 2027/28", D(2027, 6, 30)),
    ("by the end of 2026/27", D(2027, 3, 31)),
    # a date in brackets after the words
    ("by half term (12 February 2027)", D(2027, 2, 12)),
    ("March Executive (10.03.27)", D(2027, 3, 10)),
    ("for the February Board (11.02.27)", D(2027, 2, 11)),
    ("the next Executive (10 March)", D(2027, 3, 10)),      # the date written wins over the next meeting's
    # short dates, w/c forms, two-digit years
    ("Tue 8 Dec 2026", D(2026, 12, 8)),
    ("by Fri 11 Dec", D(2026, 12, 11)),
    ("End of Jan", D(2027, 1, 31)),
    ("w/c 7/12", D(2026, 12, 7)),
    ("w/c Monday 7 December", D(2026, 12, 7)),
    ("wc 7th Dec", D(2026, 12, 7)),
    ("week beginning 7.12.26", D(2026, 12, 7)),
    ("w/c 11 Jan 27", D(2027, 1, 11)),
    ("end of Jan 27", D(2027, 1, 31)),
    ("Jan '27", D(2027, 1, 31)),
    ("by 5.2.27", D(2027, 2, 5)),
    ("31/1/27", D(2027, 1, 31)),
])
def test_parse_due_reads_the_forms_a_reader_can_fix(text, expected):
    assert parse_due(text, TUESDAY, JANUARY_MEETING) == Due(date=expected)


@pytest.mark.parametrize("text", [
    "Q1 2027", "by Q4", "Q3",                                   # calendar or financial quarter: not guessed
    "within 4 weeks of decision",                               # counted from something the minutes do not date
    "before Christmas", "by Christmas", "end of term", "before the end of term", "by half term",  # no day given
    "ASAP", "asap", "ongoing", "as required", "next week", "by next month",
])
def test_parse_due_leaves_what_no_reader_can_fix_without_a_date(text):
    assert parse_due(text, TUESDAY, JANUARY_MEETING) == Due(understood=False)


def test_parse_due_tbc_is_no_due_at_all():
    assert parse_due("tbc", TUESDAY, JANUARY_MEETING) == Due()


def test_working_days_skip_bank_holidays():
    # Monday 14 December 2026: Christmas Day is a Friday, Boxing Day's holiday the Monday after
    assert parse_due("within 10 working days", D(2026, 12, 14)) == Due(date=D(2026, 12, 30))
    assert parse_due("within 3 working days", D(2027, 3, 24)) == Due(date=D(2027, 3, 31))  # Easter 2027


SUBGROUP = "Ashby Moor Safeguarding Children Partnership Education Reference Group"


@pytest.mark.parametrize("text, body, expected", [
    ("the January meeting", SUBGROUP, Due(date=JANUARY_MEETING, next_meeting=True)),
    ("the January group", SUBGROUP, Due(date=JANUARY_MEETING, next_meeting=True)),
    ("January Executive", SUBGROUP, Due(understood=False)),           # another body's meeting, date not given
    ("the January Board", "Kestrel Safeguarding Adults Board Performance and Quality Subgroup", Due(understood=False)),
    ("the January Board", "Millbrook Safeguarding Children Partnership Board", Due(date=JANUARY_MEETING, next_meeting=True)),
    ("January Executive", "Westhaven Safeguarding Adults Board Executive Group", Due(date=JANUARY_MEETING, next_meeting=True)),
    ("the January Board", "North Fenshire Safeguarding Children Partnership – Executive Group",
     Due(date=JANUARY_MEETING, next_meeting=True)),                 # the partnership's own top meeting
    ("the January subgroup", "Brackenvale Safeguarding Adults Board Executive", Due(understood=False)),
    ("the January Panel", "Thistlebrook Safeguarding Children Partnership Rapid Review Panel",
     Due(date=JANUARY_MEETING, next_meeting=True)),
    ("the January Board", None, Due(date=JANUARY_MEETING, next_meeting=True)),   # body unknown: the month decides
    ("the March Board", "Millbrook Safeguarding Children Partnership Board", Due(understood=False)),  # not next
])
def test_a_named_meeting_is_the_next_meeting_only_in_its_month_and_of_this_body(text, body, expected):
    assert parse_due(text, TUESDAY, JANUARY_MEETING, body=body) == expected


@pytest.mark.parametrize("text, phrase, when, detachable", [
    ("Contact the licence holder about a schools version – 2 weeks.", "2 weeks", "2 weeks", True),
    ("Run two refresher sessions on scoring – Q1 2027.", "Q1 2027", "Q1 2027", True),
    ("Send the updated action plan to all members – before Christmas.", "before Christmas", "Christmas", True),
    ("Check the address history – by the end of next month.", "by the end of next month", "the end of next month", True),
    ("Write to secondary headteachers – before the end of term.", "before the end of term", "the end of term", True),
    ("Produce a referral flowchart for schools – by half term (12 February 2027)",
     "by half term (12 February 2027)", "half term (12 February 2027)", True),
    ("Prepare a report on children missing education – RB – for the February Board (11.02.27)",
     "for the February Board (11.02.27)", "the February Board (11.02.27)", True),
    ("Propose a borough-wide model – March Executive (10.03.27).", "March Executive (10.03.27)",
     "March Executive (10.03.27)", True),
    ("Take the pilot findings to the next Executive (10 March)", "to the next Executive (10 March)",
     "the next Executive (10 March)", False),
    ("Circulate the notes within 10 working days.", "within 10 working days", "within 10 working days", True),
    ("Send the leaflet to GP practices in a fortnight", "in a fortnight", "in a fortnight", True),
    ("Finish the audit by end of Q3 2026/27", "by end of Q3 2026/27", "end of Q3 2026/27", True),
    ("Send the briefing by Tue 8 Dec 2026", "by Tue 8 Dec 2026", "Tue 8 Dec 2026", True),
    ("Publish the briefing before Christmas (by 18/12)", "by 18/12", "18/12", True),
    ("Provide a breakdown by age group (29.01.27)", "29.01.27", "29.01.27", True),
    ("Review the escalation policy – as required", "as required", "as required", True),
    ("Confirm the venue for the conference – TBC", "TBC", "TBC", True),
    ("Update the risk register (ongoing)", "ongoing", "ongoing", True),
    ("Review cases opened in the last 6 months", None, None, None),
    ("Audit cases open for over 6 months", None, None, None),
])
def test_find_due_finds_the_newer_forms(text, phrase, when, detachable):
    found = dates.find_due(text)
    assert ((found.phrase, found.when, found.detachable) if found else (None, None, None)) == (phrase, when, detachable)
@pytest.mark.parametrize("day, year, label", [
    (datetime.date(2026, 4, 1), 2026, "2026/27"),
    (datetime.date(2027, 3, 31), 2026, "2026/27"),
    (datetime.date(2026, 3, 31), 2025, "2025/26"),
    (datetime.date(1999, 12, 1), 1999, "1999/00"),
])
def test_financial_years_run_from_april_and_are_named_by_their_first_year(day, year, label):
    assert dates.financial_year_of(day) == year
    assert dates.financial_year_label(year) == label
