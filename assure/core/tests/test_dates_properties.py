"""Property tests for the due-date reader (core/dates.py): every way of writing a date that the schema lists
reads back as that date, and no text makes the readers raise."""
import calendar
import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from assure.core.dates import find_due, parse_due, parse_time

MEETINGS = st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2090, 12, 31))
DAYS = st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2099, 12, 31))
LEADS = st.sampled_from(["by ", "By ", "– deadline ", "deadline: ", "due ", "no later than ", "before ", ""])


def written(day: datetime.date, form: int) -> str:
    month = calendar.month_name[day.month]
    return [f"{day.day} {month} {day.year}", f"{day:%d/%m/%Y}", f"{day:%d/%m/%y}", f"{day:%d.%m.%y}",
            f"{day.day}{'th' if 4 <= day.day <= 20 or day.day % 10 > 3 or day.day % 10 == 0 else ['st', 'nd', 'rd'][day.day % 10 - 1]} "
            f"{month} {day.year}", f"{day:%-d %b %Y}"][form]


@settings(max_examples=300)
@given(DAYS, st.integers(0, 5), LEADS, MEETINGS)
def test_a_whole_date_reads_back_whatever_the_lead_words(day, form, lead, meeting):
    assert parse_due(lead + written(day, form), meeting).date == day


@settings(max_examples=200)
@given(DAYS, st.integers(0, 5), st.sampled_from(["by ", "– deadline ", "("]))
def test_the_due_phrase_ending_an_action_is_found_and_kept_as_written(day, form, lead):
    phrase = lead + written(day, form) + (")" if lead == "(" else "")
    text = f"Circulate the revised escalation policy to partners {phrase}."
    found = find_due(text)
    assert found is not None and found.phrase in text and found.phrase.strip("()") in phrase
    assert parse_due(found.when).date == day


@given(st.integers(2000, 2090), st.integers(1, 12), st.sampled_from(["end of ", "by the end of ", "by end of ", ""]))
def test_a_month_is_due_by_its_last_day(year, month, lead):
    due = parse_due(f"{lead}{calendar.month_name[month]} {year}")
    assert due.date == datetime.date(year, month, calendar.monthrange(year, month)[1])


@given(MEETINGS, st.integers(1, 12), st.integers(1, 28))
def test_week_commencing_without_a_year_is_on_or_after_the_meeting_within_a_year(meeting, month, day):
    due = parse_due(f"w/c {day} {calendar.month_name[month]}", meeting)
    assert due.date is not None and (due.date.month, due.date.day) == (month, day)
    assert meeting <= due.date < meeting.replace(year=meeting.year + 1) + datetime.timedelta(days=1) or \
        (meeting.month, meeting.day) == (2, 29)


@given(MEETINGS, st.integers(0, 200))
def test_next_meeting_takes_its_date_when_known(meeting, gap):
    following = meeting + datetime.timedelta(days=gap)
    assert parse_due("the next meeting", meeting, following).date == following
    month = calendar.month_name[following.month]
    assert parse_due(f"the {month} Board", meeting, following).date == following


@given(st.sampled_from(["ASAP", "asap", "ongoing", "Ongoing", "as soon as possible"]), MEETINGS)
def test_no_date_words_give_no_date(words, meeting):
    assert parse_due(words, meeting).date is None


@given(st.integers(0, 23), st.integers(0, 59))
def test_a_24_hour_time_reads_back(hour, minute):
    assert parse_time(f"Time: {hour:02d}:{minute:02d} – 16:00") == datetime.time(hour, minute)
    assert parse_time(f"{hour:02d}:{minute:02d}") == parse_time(f"{hour:02d}{minute:02d}hrs") == datetime.time(hour, minute)


@given(st.integers(1, 12), st.sampled_from([0, 15, 30, 45]), st.sampled_from(["am", "pm", " pm", "p.m."]))
def test_a_12_hour_time_reads_back(hour, minute, suffix):
    expected = (hour % 12) + (12 if "p" in suffix else 0)
    assert parse_time(f"{hour}.{minute:02d}{suffix}") == datetime.time(expected, minute)


@settings(max_examples=300)
@given(st.text(max_size=300))
def test_no_text_makes_the_readers_raise(text):
    parse_due(text, datetime.date(2026, 3, 9), datetime.date(2026, 5, 12))
    find_due(text)
    parse_time(text)


@given(st.integers(0, 5000), st.sampled_from([" ", "\t", "x "]))
def test_the_due_phrase_start_points_into_the_text_however_long(padding, filler):
    text = "Circulate the policy" + filler * padding + " by 4 May 2026."
    found = find_due(text)
    assert found is not None and text[found.start:].lstrip(" ,").startswith("by 4 May 2026")
