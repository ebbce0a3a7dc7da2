"""The text/HTML reader: tab rows to tables, HTML cells to plain text, page-break artefacts undone."""
import pytest

from assure.documents.document import Paragraph, Table
from assure.documents.readers.text import fragment_text, parse_html, parse_text, read_text


@pytest.mark.parametrize("fragment, expected", [
    ("<p>Welcome</p> <p>AB opened the meeting.</p>", "Welcome\nAB opened the meeting."),
    ("<p><u>To present:</u> Jo Bloggs</p>", "To present: Jo Bloggs"),
    ("<i>No apologies.</i>", "No apologies."),
    ("<ul><li>First</li><li>Second</li></ul>", "• First\n• Second"),
    ('<p data-bbox="10 20 30 40">Boxed text</p>', "Boxed text"),
    ("Line one<br>Line two", "Line one\nLine two"),
    ("Fish &amp; chips", "Fish & chips"),
    ("Meeting on 22 nd May", "Meeting on 22nd May"),
    ("plain text, no tags", "plain text, no tags"),
    ("a < b and c > d", "a < b and c > d"),
])
def test_fragment_text(fragment, expected):
    assert fragment_text(fragment) == expected


def test_tab_rows_become_one_table_and_other_lines_paragraphs():
    doc = parse_text("Northfield Board\n\nItem\tDiscussion\tOwner\n1.\tWelcome\t\n2.\tBudget\tAB\nClosing words\n")
    assert doc.blocks[0] == Paragraph("Northfield Board")
    assert isinstance(doc.blocks[1], Table)
    assert doc.blocks[1].rows == (("Item", "Discussion", "Owner"), ("1.", "Welcome", ""), ("2.", "Budget", "AB"))
    assert doc.blocks[2] == Paragraph("Closing words")


def test_cell_split_across_a_repeated_header_is_rejoined():
    text = ("Item\tDiscussion\tAction\tOwner\n"
            "6.\tAudit of the front door\t\t\n"
            "\tTemplates were designed to seek\t\t\n\n\n"
            "Item\tDiscussion\tAction\tOwner\n"
            "\tassurance that the service works.\tSet up a working group\tAB\n"
            "\tA new paragraph starts here.\t\t\n")
    (table,) = parse_text(text).blocks
    assert table.rows[0] == ("Item", "Discussion", "Action", "Owner")
    assert ("", "Templates were designed to seek assurance that the service works.", "Set up a working group",
            "AB") in table.rows
    assert ("", "A new paragraph starts here.", "", "") in table.rows
    assert sum(1 for r in table.rows if r[0] == "Item") == 1


@pytest.mark.parametrize("first, rest, joined", [
    # Cut inside brackets or after a connective, the rest is the same sentence even when it opens with a name.
    ("Apologies from Ken Amos (Chief Nurse, Westbury", "Downs Health Board) and Hal Lusty.",
     "Apologies from Ken Amos (Chief Nurse, Westbury Downs Health Board) and Hal Lusty."),
    ("The audit was presented to the", "Harbourside Practice Group in May.",
     "The audit was presented to the Harbourside Practice Group in May."),
    ("Figures were shared by health, police,", "Education and housing.",
     "Figures were shared by health, police, Education and housing."),
    ("Commission the learning review concerning Ms", "D and agree its terms of reference.",
     "Commission the learning review concerning Ms D and agree its terms of reference."),
])
def test_a_cell_cut_mid_phrase_by_a_page_break_is_rejoined(first, rest, joined):
    text = f"Item\tDiscussion\tOwner\n4.\t{first}\t\n\n\nItem\tDiscussion\tOwner\n\t{rest}\tAB\n"
    (table,) = parse_text(text).blocks
    assert table.rows[1:] == (("4.", joined, "AB"),)


def test_an_action_on_the_next_page_of_a_cut_row_stays_an_action_of_its_own():
    text = ("Item\tNotes\tAgreed actions\n"
            "C.\tPK presented the audit findings. Governors were rated red on\tProduce a model policy – PK – by 18 December 2026\n"
            "\n\n\nItem\tNotes\tAgreed actions\n"
            "\ttraining attendance.\tOffer a governor briefing – SH – by 15/01/2027\n")
    (table,) = parse_text(text).blocks
    assert table.rows[1] == ("C.", "PK presented the audit findings. Governors were rated red on training attendance.",
                             "Produce a model policy – PK – by 18 December 2026\nOffer a governor briefing – SH – by 15/01/2027")


def test_a_title_row_is_not_continued_by_the_paragraph_after_a_repeated_header():
    text = ("Item\tDiscussion\tOwner\n7.\tDraft seven minute briefings\t\n\n\n"
            "Item\tDiscussion\tOwner\n\tMembers agreed the briefings.\tCD\n")
    (table,) = parse_text(text).blocks
    assert table.rows[1:] == (("7.", "Draft seven minute briefings", ""), ("", "Members agreed the briefings.", "CD"))


def test_complete_rows_after_a_repeated_header_stay_separate_rows():
    text = ("Item\tDiscussion\tOwner\n1.\tThe report was noted.\tCD\n\n"
            "Item\tDiscussion\tOwner\n\tMembers asked for more data.\tEF\n")
    (table,) = parse_text(text).blocks
    assert table.rows[1:] == (("1.", "The report was noted.", "CD"), ("", "Members asked for more data.", "EF"))


@pytest.mark.parametrize("line, expected", [
    ("\tNext meeting: 8th November 20\t022, 09:30\tI", ("", "Next meeting: 8th November 2022, 09:30", "", "")),
    ("\tNext meeting: 8 May 20\t24\t", ("", "Next meeting: 8 May 2024", "", "")),
    ("Count\t3\t4", ("Count", "3", "4")),
    ("\tSome text\t(", ("", "Some text", "")),
    ("Date\tThursday 4 th October 2022", ("Date", "Thursday 4th October 2022")),
    # Ticks and crosses mark attendance in a grid: they are not stray characters.
    ("Dr Ama Osei\tHarbourside NHS Trust\t✓\t<p>✗</p>\t√", ("Dr Ama Osei", "Harbourside NHS Trust", "✓", "✗", "√")),
    ("#\tItem\tWho\t%\t(", ("#", "Item", "Who", "%", "")),  # "#" heads the number column
    ("\tSome text\t-----\t|\t I.", ("", "Some text", "", "", "")),
    ("3\tReport on workforce pressures\tAK |\tSeptember meeting (", ("3", "Report on workforce pressures", "AK",
                                                                    "September meeting")),
    ("Action\tBy whom\tBy when (", ("Action", "By whom", "By when")),
    ("4\tFigures (by locality)\tJo (Chair)", ("4", "Figures (by locality)", "Jo (Chair)")),
])
def test_row_artefacts(line, expected):
    (table,) = parse_text(line + "\n").blocks
    assert table.rows[0] == expected


def test_a_year_broken_by_a_tab_mid_row_leaves_the_owner_in_its_column():
    text = ("Item\tDiscussion\tAction\tOwner\n"
            "3.\tKW presented the audit.\tCirculate the audit by 30 April 20\t026\tKW\n"
            "\tNext meeting: 8th November 20\t022, 09:30\tI\n")
    (table,) = parse_text(text).blocks
    assert table.rows[1] == ("3.", "KW presented the audit.", "Circulate the audit by 30 April 2026", "KW")
    assert table.rows[2] == ("", "Next meeting: 8th November 2022, 09:30", "", "")
    # Without a header, the rows before it give the table's width.
    (table,) = parse_text("19.\tWork programme\n\tAgreed, with the annual report added for January 20\t027.\n").blocks
    assert table.rows[1] == ("", "Agreed, with the annual report added for January 2027.")


def test_html_cells_in_tab_rows_keep_their_paragraphs():
    (table,) = parse_text("2.\t<p>Minutes</p> <p>Agreed.</p>\t<p>Action: Book room</p> <p>Action: Send notes</p>\n").blocks
    assert table.rows[0] == ("2.", "Minutes\nAgreed.", "Action: Book room\nAction: Send notes")


def test_whole_html_document_with_nested_table():
    html = ("<html><head><style>p{}</style></head><body><h1>Eastvale Board</h1><p>Date: 1 May 2024</p>"
            "<table><tr><th>Item</th><th>Notes</th></tr>"
            "<tr><td>1.</td><td><p>Welcome</p><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>"
            "<p>End</p></body></html>")
    doc = parse_html(html)
    assert doc.blocks[0] == Paragraph("Eastvale Board", style="Heading 1")
    assert doc.blocks[1] == Paragraph("Date: 1 May 2024")
    table = doc.blocks[2]
    assert table.rows == (("Item", "Notes"), ("1.", "Welcome\na | b"))
    assert doc.blocks[3] == Paragraph("End")
    assert doc.kind == "html"


def test_broken_html_does_not_raise():
    doc = parse_html("<table><tr><td>open cell<tr><td>next</table")
    assert doc.blocks  # what could be read was read


def test_read_text_refuses_an_empty_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n")
    with pytest.raises(ValueError, match="empty"):
        read_text(path)


def test_read_text_decodes_windows_1252(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Caf\xe9 meeting \x96 minutes".encode("latin-1"))
    assert read_text(path).blocks[0].text == "Café meeting – minutes"


def test_markdown_left_by_converters():
    doc = parse_text("# Fenbridge Board\n**Present:** Jo Bloggs (Chair)\n\n| Item | Discussion | Owner |\n|---|:--|---|\n"
                     "| 1. | Welcome | |\n| 2. | Budget __noted__ | AB |\n")
    assert doc.blocks[0] == Paragraph("Fenbridge Board", style="Heading 1")
    assert doc.blocks[1] == Paragraph("Present: Jo Bloggs (Chair)")
    assert doc.blocks[2].rows == (("Item", "Discussion", "Owner"), ("1.", "Welcome", ""), ("2.", "Budget noted", "AB"))


@pytest.mark.parametrize("text", ["a ** b", "snake_case__name", "2 * 3 * 4", "**", "x | y"])
def test_text_that_only_looks_like_markdown_is_kept(text):
    assert parse_text(text).blocks[0].text == text


INTRANET_DL = """<html><head><title>Board minutes – Staff intranet</title></head><body>
<nav class="breadcrumbs"><a href="/">Home</a> › Minutes</nav>
<main><h1>Fenbridge Adults Board – minutes</h1>
<dl class="meeting"><dt>Date</dt><dd>Tuesday 3 March 2026</dd><dt>Place</dt><dd>Room 1, Town Hall</dd>
<dt>Present</dt><dd>Tom Reed (Chair); Ana Lutz (Board Manager)</dd></dl>
<dl class="items">
<dt>1. Welcome</dt><dd><p>The Chair welcomed members.</p></dd>
<dt>2. Annual report</dt><dd><p>Ana Lutz presented the draft.</p><p>The Board approved it.</p>
<dl class="action"><dt>Action</dt><dd>Publish the annual report</dd><dt>Who</dt><dd>AL</dd><dt>When</dt><dd>by 18 December 2026</dd></dl>
</dd></dl>
<dl><dt>Next meeting</dt><dd>Tuesday 2 June 2026, 10.00am</dd></dl>
</main><footer><p>Page owner: Business Unit</p></footer></body></html>"""


def test_definition_lists_read_as_label_tables_headings_and_paragraphs():
    doc = parse_html(INTRANET_DL)
    assert doc.blocks == [
        Paragraph("Fenbridge Adults Board – minutes", style="Heading 1"),
        Table(rows=(("Date", "Tuesday 3 March 2026"), ("Place", "Room 1, Town Hall"),
                    ("Present", "Tom Reed (Chair); Ana Lutz (Board Manager)"))),
        Paragraph("1. Welcome"), Paragraph("The Chair welcomed members."),
        Paragraph("2. Annual report"), Paragraph("Ana Lutz presented the draft."), Paragraph("The Board approved it."),
        Table(rows=(("Action", "Publish the annual report"), ("Who", "AL"), ("When", "by 18 December 2026"))),
        Paragraph("Next meeting: Tuesday 2 June 2026, 10.00am"),  # one label and value: a line; the footer is gone
    ]


def test_a_definition_list_in_a_table_cell_stays_the_cells_text():
    (table,) = parse_html("<table><tr><td>1.</td><td><dl><dt>Lead</dt><dd>AL</dd></dl></td></tr></table>").blocks
    assert table.rows == (("1.", "Lead\nAL"),)


def test_a_task_lists_checkboxes_are_kept_as_boxes():
    doc = parse_html('<ul class="task-list"><li><input type="checkbox"> @Tom Reed book the room</li>'
                     '<li><input type="checkbox" checked> @Ana Lutz send the notes</li></ul>')
    assert [b.text for b in doc.blocks] == ["• ☐ @Tom Reed book the room", "• ☑ @Ana Lutz send the notes"]
