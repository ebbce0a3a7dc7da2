"""Reading a finance system's export (pure): headings and their synonyms, dates, money, lines, refusals per row."""
import datetime

import pytest

from assure.budget.importing import FileRefused, columns, read_date, read_spending, read_spreadsheet

D = datetime.date
LINES = {"independent reviewer fees": 1, "reviews": 1, "safeguarding reviews": 1, "training": None,
         "training programme": 2}


def read(rows):
    return read_spending(rows, first=D(2025, 4, 1), last=D(2026, 3, 31), lines=LINES)


def test_finance_system_headings_are_understood_whatever_their_case():
    found = columns(["Transaction date", "REF", "Cost Centre", "Narrative", "Supplier name", "Net amount (£)"])
    assert found == {"date": 0, "reference": 1, "line": 2, "description": 3, "supplier": 4, "amount": 5}
    assert columns(["posting_date", "description", "amount", "budget line"])["date"] == 0


def test_a_file_without_the_columns_says_which_are_missing():
    with pytest.raises(FileRefused, match="no column for an amount .* the budget line"):
        columns(["Date", "Description"])


@pytest.mark.parametrize("cell, expected", [
    ("01/04/2025", D(2025, 4, 1)), ("1/4/25", D(2025, 4, 1)), ("2025-04-01", D(2025, 4, 1)),
    ("01-Apr-2025", D(2025, 4, 1)), ("1 April 2025", D(2025, 4, 1)), (datetime.datetime(2025, 4, 1, 0, 0), D(2025, 4, 1)),
    ("31/02/2025", None), ("next week", None), ("", None),
])
def test_dates(cell, expected):
    assert read_date(cell) == expected


def test_each_refused_row_says_why_with_its_spreadsheet_row_number():
    reading = read([
        ["Date", "Description", "Amount", "Cost centre", "Ref"],
        ["01/06/2025", "Reviewer fee", "£4,200.00", "Independent reviewer fees", "TX-1"],
        ["soon", "Venue", "100", "reviews", "TX-2"],
        ["01/06/2025", "Venue", "a lot", "reviews", "TX-3"],
        ["01/06/2024", "Venue", "100", "reviews", "TX-4"],
        ["01/06/2025", "Venue", "100", "Catering", "TX-5"],
        ["01/06/2025", "Venue", "100", "reviews", "TX-1"],
        ["01/06/2025", "Refund", "(50.00)", "reviews", "TX-6"],
        ["01/06/2025", "Course", "100", "Training", "TX-7"],
        ["", "", "", "", ""],
        ["02/06/2025", "Course", "100", "training programme", ""],
    ])
    assert [(row["row"], row["amount_pence"], row["line_id"]) for row in reading.rows] == [(2, 420000, 1),
                                                                                            (11, 10000, 2)]
    reasons = {r["row"]: r["reason"] for r in reading.refused}
    assert reasons[3] == "'soon' is not a date: give it as 31/03/2026 or 2026-03-31."
    assert "'a lot' is not an amount" in reasons[4]
    assert reasons[5].startswith("1 June 2024 is outside the year (1 April 2025 to 31 March 2026)")
    assert reasons[6].startswith("No budget line of the year is called 'Catering'")
    assert reasons[7].startswith("The reference TX-1 is on row 2 too")
    assert reasons[8].startswith("The amount is −£50.00: only spending of more than £0.00 is imported")
    assert reasons[9] == "'Training' is the category of several lines of the year: use the name of the line."


def test_not_a_spreadsheet_is_refused():
    with pytest.raises(FileRefused, match="is not a spreadsheet"):
        read_spreadsheet(b"%PDF-1.4", "export.pdf")
    with pytest.raises(FileRefused, match="empty"):
        read_spending([[""]], first=D(2025, 4, 1), last=D(2026, 3, 31), lines={})


def test_excel_numbers_and_dates_are_read_as_the_cells_show_them():
    reading = read([["Posting date", "Description", "Net amount", "Cost centre", "Ref"],
                    [datetime.datetime(2025, 9, 1), "Chair's fee", 4200.000000001, "Safeguarding reviews", 1001.0]])
    assert reading.refused == []
    assert (reading.rows[0]["amount_pence"], reading.rows[0]["reference"], reading.rows[0]["spent_on"]) == (
        420000, "1001", "2025-09-01")
