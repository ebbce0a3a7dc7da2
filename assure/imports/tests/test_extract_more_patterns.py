"""More layouts found wanting on minutes unlike the development seeds: fictional cases only."""
import pytest

from assure.documents.document import Document, Paragraph, Table
from assure.imports.extract import extract_record
from assure.imports.extract.headings import header_map


@pytest.mark.parametrize("number_header", ["No.", "No", "Ref", "#"])
def test_number_column_header_beside_an_item_title_column(number_header):
    row = (number_header, "Item", "Discussion", "Action", "Lead", "Deadline")
    assert header_map(row) == {"number": 0, "title": 1, "text": 2, "action": 3, "owner": 4, "due": 5}


@pytest.mark.parametrize("number_header", ["No.", "No", "Ref", "#"])
def test_agenda_table_numbered_by_a_no_column_gives_items_actions_and_next_meeting(number_header):
    doc = Document(blocks=[
        Paragraph("Westholm Safeguarding Partnership – Audit Subgroup", style="Heading"),
        Paragraph("Minutes of the meeting held on 12 May 2025"),
        Paragraph("Present: Pia Lorne (PL), Tobias Wren (TW)"),
        Table(rows=((number_header, "Item", "Discussion", "Action", "Lead", "Deadline"),
                    ("1", "Welcome", "PL welcomed members.", "", "", ""),
                    ("2", "Audit findings", "TW presented the audit. It was agreed to adopt the new tool.",
                     "Share the audit tool with schools", "TW", "30/06/2025"),
                    ("3", "Date of next meeting", "14 July 2025, 10am", "", "", ""))),
    ], kind="docx")
    record = extract_record(doc)
    assert [(i["number"], i["title"]) for i in record["items"]] == [
        ("1", "Welcome"), ("2", "Audit findings"), ("3", "Date of next meeting")]
    assert [(a["item"], a["owners"], a["due"]) for a in record["actions"]] == [("2", ["Tobias Wren"], "2025-06-30")]
    assert record["next_meeting_date"] == "2025-07-14"


def _minutes(*lines):
    return Document(blocks=[Paragraph("Westholm Safeguarding Partnership Board"),
                            Paragraph("Minutes of the meeting held on 12 May 2025"),
                            Paragraph("Present: Jonah Tarrant (JT), Kasia Lum (KL), Pia Lorne (PL)"),
                            Paragraph("1. Review planning"), *[Paragraph(line) for line in lines]], kind="txt")


@pytest.mark.parametrize("line", [
    "PL outlined the scope. Draft the terms of reference for the review. Action – JT/KL – 30.06.25",
    "Draft the terms of reference for the review. Action: JT/KL – 30.06.25",
    "Draft the terms of reference for the review. Action - JT/KL - 30.06.25",
    "Draft the terms of reference for the review. Action: JT/KL – 30/06/2025.",
])
def test_action_marker_followed_by_owners_and_due_date_owns_the_sentence_before_it(line):
    record = extract_record(_minutes(line))
    assert [(a["text"].rstrip("."), a["owners"], a["due"]) for a in record["actions"]] == [
        ("Draft the terms of reference for the review", ["Jonah Tarrant", "Kasia Lum"], "2025-06-30")]


@pytest.mark.parametrize("line, text, owner_text, due", [
    ("Draft the terms of reference. Action – JT/KL – 30.06.25", "Draft the terms of reference", "JT/KL", "30.06.25"),
    ("Book the venue. Action: PL – 3 July 2025", "Book the venue", "PL", "3 July 2025"),
    ("Book the venue. Action: PL", "Book the venue", "PL", None),
])
def test_inline_action_owner_then_due_after_the_marker(line, text, owner_text, due):
    from assure.imports.extract.actions import inline_actions
    assert [(a["text"], a["owner_text"], a["due"]) for a in inline_actions([line])] == [(text, owner_text, due)]
