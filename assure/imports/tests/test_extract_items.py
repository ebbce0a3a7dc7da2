"""Item headings, table headers and title cells."""
import pytest

from assure.documents.document import Document, Paragraph, Table
from assure.imports.extract.items import cut_title, header_map, number_cell, parse_heading, unwrap, walk


@pytest.mark.parametrize("text, expected", [
    ("3. Finance update", ("3", "Finance update")),
    ("3 Finance update", ("3", "Finance update")),
    ("3) Finance update", ("3", "Finance update")),
    ("2.1 Rapid reviews", ("2.1", "Rapid reviews")),
    ("2.1. Rapid reviews", ("2.1", "Rapid reviews")),
    ("Item 4: Neglect strategy", ("4", "Neglect strategy")),
    ("Agenda item 4 – Neglect strategy", ("4", "Neglect strategy")),
    ("4 – Neglect strategy", ("4", "Neglect strategy")),
    ("Part 1 – Open business", ("Part 1", "Open business")),
    ("Part 2: Closed business", ("Part 2", "Closed business")),
    ("Part B", ("Part B", "")),
    ("22 September 2022", None),
    ("4 Sept 2026", None),
    ("12. Declarations of interest", ("12", "Declarations of interest")),  # "Dec..." is not December
    ("7. Marketing the training offer", ("7", "Marketing the training offer")),
    ("10.00 am start", None),
    ("5 years of data were reviewed", None),
    ("2.3 The Board noted that the report had been circulated and that partners had commented on it.", None),
    ("The board met", None),
    ("2. Minutes of the last meeting and matters arising", ("2", "Minutes of the last meeting and matters arising")),
])
def test_parse_heading(text, expected):
    assert parse_heading(text) == expected


@pytest.mark.parametrize("row, expected", [
    (("Item", "Discussion", "Action Required (if any)", "Owner"), {"number": 0, "text": 1, "action": 2, "owner": 3}),
    (("No.", "Agenda item", "Discussion", "Action", "Lead", "Due"),
     {"number": 0, "title": 1, "text": 2, "action": 3, "owner": 4, "due": 5}),
    (("Action", "By whom", "By when"), {"action": 0, "owner": 1, "due": 2}),
    (("Ref", "Action", "Responsible", "Target date", "Status"),
     {"number": 0, "action": 1, "owner": 2, "due": 3, "status": 4}),
    (("Minute", "Notes", "Action by"), {"number": 0, "text": 1, "owner": 2}),
    (("Name", "Role", "Organisation", "Attendance"), {"name": 0, "role": 1, "organisation": 2, "attendance": 3}),
    (("Meeting", "Fenbridge Board"), {}),
    (("1.", "Welcome", "", ""), {}),
])
def test_header_map(row, expected):
    assert header_map(row) == expected


@pytest.mark.parametrize("cell, expected", [
    ("3.", ("3", "")), ("3", ("3", "")), ("2.1", ("2.1", "")), ("Item 5", ("5", "")), ("Part 1", ("Part 1", "")),
    ("4. Finance", ("4", "Finance")), ("5 years. The child was not in school", None), ("Welcome", None), ("", None),
    ("12 children were seen", None),
])
def test_number_cell(cell, expected):
    assert number_cell(cell) == expected


@pytest.mark.parametrize("text, title", [
    ("Welcome\nAB welcomed everyone.", "Welcome"),
    ("Update on the new subgroup Jo Bloggs advised the group that it has met.", "Update on the new subgroup"),
    ("Agenda for next meeting • Thematic review • Budget", "Agenda for next meeting"),
    ("• Jo Bloggs advised that the hotel has closed.", ""),
    ("Jo Bloggs advised that the hotel has closed.", ""),
    ("Finance", "Finance"),
    # Converted text runs the title into its first paragraph whoever reports.
    ("Multi-agency training Kerry reported that only 38% had completed the evaluation.", "Multi-agency training"),
    ("Neglect strategy refresh Sandra Bellamy and Kerry presented the draft.", "Neglect strategy refresh"),
    ("Welcome, introductions and apologies The Independent Chair, Ruth Calloway, welcomed members.",
     "Welcome, introductions and apologies"),
    ("Welcome and apologies The Chair welcomed members.", "Welcome and apologies"),
    ("Partners noted the report.", ""),
    ("Police update on Operation Lantern", "Police update on Operation Lantern"),
    ("Report of The Children's Society", "Report of The Children's Society"),
    ("Work programme Minutes: The Executive considered its work programme.", "Work programme"),
    ("Minutes of last meeting and matters arising The minutes of 18 September were agreed.",
     "Minutes of last meeting and matters arising"),
    ("The Board's risk register", "The Board's risk register"),
    ("Partners update", "Partners update"),
])
def test_cut_title(text, title):
    assert cut_title(text)[0] == title


def test_hard_wrapped_lines_are_one_paragraph_and_decisions_are_whole():
    assert unwrap("TR asked that the\nhealth section is updated. Agreed that it goes to the\nExecutive in April.\n"
                  "2. Training") == [
        "TR asked that the health section is updated. Agreed that it goes to the Executive in April.", "2. Training"]
    assert unwrap("• First point\n• second point") == ["• First point", "• second point"]




def test_lines_a_text_reader_gives_as_paragraphs_are_rejoined_when_wrapped():
    doc = Document(blocks=[Paragraph("1. Strategy"), Paragraph("DP presented the strategy. Members discussed the"),
                           Paragraph("role of early help."), Paragraph("2. Training"), Paragraph("agreed later.")],
                   kind="text")
    assert [(i.number, i.lines) for i in walk(doc).items] == [
        ("1", ["DP presented the strategy. Members discussed the role of early help."]), ("2", ["agreed later."])]


def test_a_headerless_item_table_with_a_row_per_paragraph_keeps_every_item():
    # Converted from PDF: each paragraph of a cell is a row of its own, the item number only on the first.
    rows = []
    for number, title in [("4.", "Apologies for absence"), ("5.", "Declarations of interest"), ("6.", "Risk register"),
                          ("7.", "Date of next meeting")]:
        rows += [(number, title), ("", "Minutes:"), ("", "The Board considered the paper in detail."),
                 ("", "Members asked for the figures by locality."), ("", "RESOLVED: That the paper be noted.")]
    attendance = [Paragraph("Present: Ann Lee (Chair), Jo Bloggs"), Paragraph("Apologies: Sam Reed (Probation)")]
    record = walk(Document(blocks=[*attendance, Paragraph("Items"), Table(rows=tuple(rows))]))
    assert [(i.number, i.title) for i in record.items] == [
        ("4", "Apologies for absence"), ("5", "Declarations of interest"), ("6", "Risk register"),
        ("7", "Date of next meeting")]
    assert "Members asked for the figures by locality." in "\n".join(record.items[2].lines)
