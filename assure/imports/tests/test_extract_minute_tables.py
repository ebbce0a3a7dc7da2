"""Minutes kept as a two-column table the way council committee systems and school forums write them (issue 8,
"any common layout"): a "Minute No. | Item" table whose item cell holds the title then the minute, and a
"Minute | Action by" table whose narrow right-hand column stacks the owner over the date. Fictional minutes."""
import pytest

from assure.documents.document import Document, Paragraph, Table
from assure.documents.readers.text import parse_html
from assure.imports.extract import extract_record
from assure.imports.extract.headings import header_map

ATTENDANCE = [Paragraph("Present: Councillor Ann Reeve (in the Chair), Dr Omar Castle (Independent Chair), "
                        "Mia Lund (Head of Safeguarding, Fenbridge Council)"),
              Paragraph("Officers in attendance: Tom Arden (Board Manager)")]


@pytest.mark.parametrize("row, roles", [
    (("Minute No.", "Item"), {"number": 0, "title": 1}),
    (("Agenda item no", "Subject"), {"number": 0, "title": 1}),
    (("Minute", "Action by"), {"text": 0, "owner": 1}),          # the minute itself: no numbers beside it
    (("Ref", "Item", "Action"), {"ref": 0, "number": 1, "action": 2}),   # still: Ref numbers the action
    (("No.", "Item", "Discussion"), {"number": 0, "title": 1, "text": 2}),
])
def test_a_column_headed_minute_numbers_items_only_when_it_says_so(row, roles):
    assert header_map(row) == roles


def test_a_minute_number_and_item_table_gives_items_with_their_minutes_and_tasked_officers():
    table = Table(rows=(("Minute No.", "Item"),
                        ("31.", "Declarations of interest\nNone were declared."),
                        ("32.", "Annual report 2025/26\nTom Arden introduced the report.\nRESOLVED: That (1) the "
                                "report be approved; and (2) the Board Manager circulate it to partners by "
                                "18 December 2026.")))
    record = extract_record(Document(blocks=[Paragraph("Minutes of the Fenbridge Safeguarding Adults Board"),
                                             Paragraph("Monday, 7th December, 2026 2.00 pm"), *ATTENDANCE, table]))
    assert [(i["number"], i["title"]) for i in record["items"]] == [("31", "Declarations of interest"),
                                                                     ("32", "Annual report 2025/26")]
    assert record["items"][1]["discussion"].startswith("Tom Arden introduced the report.")
    (action,) = record["actions"]
    assert (action["item"], action["due"], action["owners"]) == ("32", "2026-12-18", ["Tom Arden"])


def test_a_minute_and_action_by_table_reads_items_and_the_owner_and_date_stacked_in_one_cell():
    table = Table(rows=(("Minute", "Action by"),
                        ("1. Welcome", ""),
                        ("Mia welcomed the forum.", ""),
                        ("2. Filtering and monitoring", ""),
                        ("Write to the three schools without an audit.", "ML\n18/12/26"),
                        ("Arrange a briefing for designated leads.", "ML / OC\nSpring term"),
                        ("Share the guidance with every school.", "All")))
    record = extract_record(Document(blocks=[Paragraph("Fenbridge Education Safeguarding Forum – Minutes"),
                                             Paragraph("Tuesday 8 December 2026, 4.00pm"),
                                             Paragraph("Present: Mia Lund (ML), Omar Castle (OC)"), table]))
    assert [i["number"] for i in record["items"]] == ["1", "2"]
    got = [(a["item"], a["owner_text"], a["due"], a["due_text"]) for a in record["actions"]]
    assert got == [("2", "ML", "2026-12-18", "18/12/26"), ("2", "ML / OC", None, "Spring term"),
                   ("2", "All", None, None)]


def test_two_owners_one_over_the_other_are_not_a_due_date():
    table = Table(rows=(("Item", "Discussion", "Action", "Owner"),
                        ("3.", "Funding\nPartners discussed the shortfall.", "Discuss the police contribution",
                         "Omar Castle/Mia Lund\nTom Arden/Ann Reeve")))
    (action,) = extract_record(Document(blocks=[Paragraph("Fenbridge Executive Board"),
                                                Paragraph("Minutes of 3 December 2026"), *ATTENDANCE,
                                                table]))["actions"]
    assert action["due"] is None and not action["due_text"]


def test_a_council_page_names_its_board_with_the_place_and_drops_an_unmarked_breadcrumb_trail():
    html = ("<html><body><div class='site'>Fenbridge Borough Council</div>"
            "<div class='crumbs'>Home &gt; Committees &gt; Safeguarding Adults Board &gt; Meeting</div>"
            "<p>Home &gt; Councillors &gt; Meetings</p>"
            "<h1>Minutes of the Safeguarding Adults Board</h1><p>Monday, 7th December, 2026 2.00 pm</p>"
            "<p>Present: Councillor Ann Reeve, Dr Omar Castle</p><h2>31. Annual report</h2>"
            "<p>The Board approved the report.</p></body></html>")
    document = parse_html(html)
    assert not any("Home" in b.text for b in document.blocks if isinstance(b, Paragraph))
    assert extract_record(document)["body"] == "Fenbridge Safeguarding Adults Board"
