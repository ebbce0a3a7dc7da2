"""Reading a survey tool's export (pure): columns found by standard number or title, each refused row named."""
import datetime

import pytest

from ..survey import Organisation, Standard, SurveyFileError, find_columns, match_heading, plan_import, read_rating

D = datetime.date
STANDARDS = [Standard(11, "1", "Leadership and the designated safeguarding lead"),
             Standard(12, "2", "Safer recruitment"), Standard(13, "10", "Online safety")]
ASKED = [Organisation(1, "Brookfield Primary School", "Brookfield"), Organisation(2, "Tarnside Academy"),
         Organisation(3, "St Anne's CE Primary School")]
HEAD = ["School", "1", "2", "10"]


@pytest.mark.parametrize(("heading", "number"), [
    ("1", "1"), ("Standard 1", "1"), ("standard 2: safer recruitment", "2"), ("2. Safer recruitment", "2"),
    ("10 Online safety", "10"), ("Std 10", "10"), ("Safer recruitment", "2"), ("Q: online safety", "10"),
    ("3", None), ("Comments", None), ("100", None),
])
def test_a_heading_names_a_standard_by_number_or_title(heading, number):
    found = match_heading(heading.lower(), STANDARDS)
    assert (found.number if found else None) == number


@pytest.mark.parametrize(("value", "rating"), [
    ("Green", "green"), ("RED", "red"), (" amber ", "amber"), ("G", "green"), ("Green - fully met", "green"),
    ("Blue", None), ("", None), ("3", None), ("a lot", None),
])
def test_ratings_on_the_scale(value, rating):
    assert read_rating(value) == rating


def test_a_bare_name_column_names_the_school_when_nothing_else_does():
    assert find_columns(["Name", "1", "2", "10"], STANDARDS).organisation == 0
    assert find_columns(["Name", "Setting", "1", "2", "10"], STANDARDS).organisation == 1


def test_evidence_and_date_columns_are_found():
    columns = find_columns(["Date submitted", "Name of school", "Standard 1", "Evidence 1", "2", "2 comments", "10"],
                           STANDARDS)
    assert (columns.organisation, columns.submitted) == (1, 0)
    assert columns.ratings == {11: 2, 12: 4, 13: 6} and columns.evidence == {11: 3, 12: 5}


@pytest.mark.parametrize(("headings", "message"), [
    (["1", "2", "10"], "no column naming the school"),
    (["Respondent", "1", "2", "10"], "no column naming the school"),
    (["School", "1", "10"], "no column for standard 2 (Safer recruitment)"),
    (["School", "1"], "no column for standards 2 (Safer recruitment), 10 (Online safety)"),
])
def test_a_missing_column_refuses_the_file(headings, message):
    with pytest.raises(SurveyFileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        find_columns(headings, STANDARDS)


def test_each_refused_row_is_named_with_its_row_number_and_reason():
    rows = [HEAD,
            ["Brookfield", "Green", "amber", "red"],                    # row 2: kept (short name)
            ["Tarnside Academy", "green", "Blue", "green"],             # row 3: rating off the scale
            ["Oakleigh Free School", "green", "green", "green"],        # row 4: unknown school
            ["Brookfield Primary School", "red", "red", "red"],         # row 5: duplicate of row 2
            ["", "", "", ""],                                           # blank: skipped, not refused
            ["St Anne's CE Primary School", "green", "", "green"],      # row 7: no rating
            ["Fenbridge Council", "green", "green", "green"]]           # row 8: not asked
    plan = plan_import(rows, STANDARDS, ASKED, known_elsewhere={"fenbridge council"}, today=D(2026, 3, 9))
    assert [(row["row"], row["organisation_id"]) for row in plan.accepted] == [(2, 1)]
    assert plan.accepted[0]["ratings"] == {"11": ["green", ""], "12": ["amber", ""], "13": ["red", ""]}
    assert plan.accepted[0]["submitted_on"] == "2026-03-09"
    assert plan.refused == [
        {"row": 3, "reason": "rating 'Blue' for standard 2 is not red, amber or green"},
        {"row": 4, "reason": "unknown school 'Oakleigh Free School'"},
        {"row": 5, "reason": "duplicate: Brookfield Primary School is already on row 2"},
        {"row": 7, "reason": "no rating for standard 2"},
        {"row": 8, "reason": "'Fenbridge Council' was not asked in this round"},
    ]


def test_a_school_that_has_returned_is_refused_and_dates_are_read():
    rows = [["School", "Submitted", "1", "2", "10", "1 evidence"],
            ["Tarnside Academy", "02/03/2026", "green", "green", "green", "DSL audit"],
            ["Brookfield", "yesterday", "green", "green", "green", ""],
            ["St Anne's CE Primary School", D(2026, 2, 20), "g", "a", "r", ""]]
    plan = plan_import(rows, STANDARDS, ASKED, returned={2: D(2026, 2, 1)}, today=D(2026, 3, 9))
    assert plan.refused == [
        {"row": 2, "reason": "Tarnside Academy has returned already (on 1 February 2026): change it on its "
                             "return page"},
        {"row": 3, "reason": "the date submitted 'yesterday' is not a date"}]
    assert plan.accepted[0]["submitted_on"] == "2026-02-20"
