"""The source pane: the read document's layout kept as JSON, and each field found in it (pure, tables of cases)."""
import pytest

from assure.documents.document import Document, Paragraph, Table
from assure.imports.source import Place, has_header_row, layout_from_text, layout_of, locate

DOCUMENT = Document(blocks=[
    Paragraph("Fenbridge Safeguarding Partnership Executive Board", style="Title"),
    Paragraph("Minutes of the meeting held on 15 January 2026 at 2pm, Room 4, Fenbridge House"),
    Paragraph("   "),
    Paragraph("3. Neglect strategy", style="Heading 2"),
    Paragraph("The board discussed the draft neglect strategy and its toolkit."),
    Table(rows=(("Item", "Action", "Owner", "Due"),
                ("3", "Circulate the neglect strategy to all members for comment", "JC/NO", "by 28/02/2026"),
                ("", "", "", ""),
                ("4", "Bring the toolkit evaluation to the\nnext meeting", "BB", "next meeting"))),
], kind="docx")
LAYOUT = layout_of(DOCUMENT)


def test_the_layout_keeps_headings_paragraphs_and_tables_and_drops_empty_ones():
    assert [block["kind"] for block in LAYOUT] == ["heading", "paragraph", "heading", "paragraph", "table"]
    assert LAYOUT[2] == {"kind": "heading", "text": "3. Neglect strategy"}
    assert LAYOUT[4]["rows"][0] == ["Item", "Action", "Owner", "Due"] and len(LAYOUT[4]["rows"]) == 3
    assert LAYOUT[4]["header"] is True


@pytest.mark.parametrize("first_row, expected", [
    (["Item", "Action", "Owner", "Due"], True),
    (["No.", "Discussion / decision", "Action by", "Timescale"], True),
    (["Ref", "Agreed action", "Lead", "RAG"], True),
    (["Jackie Channell (JC)", "Independent Chair", "Fenbridge Council"], False),   # an attendance list
    (["3", "Circulate the strategy to all members", "JC", "by 4 December 2026"], False),
    (["Present:", "", ""], True),                                                 # a label over the list
    (["", "", ""], False),
])
def test_a_tables_first_row_is_its_header_only_when_it_names_columns(first_row, expected):
    assert has_header_row([first_row, ["a", "b", "c", "d"][:len(first_row)]]) is expected


@pytest.mark.parametrize("text, expected", [
    ("Circulate the neglect strategy to all members for comment", Place("src-4-1", "table 1, row 2")),
    ("Bring the toolkit evaluation to the next meeting", Place("src-4-2", "table 1, row 3")),   # a wrapped cell
    ("Circulate the neglect strategy to all members for comments", Place("src-4-1", "table 1, row 2")),  # near
    ("Neglect strategy", Place("src-2", "paragraph 3")),                                     # the first place
    ("the board discussed the draft neglect strategy", Place("src-3", "paragraph 4")),
    ("Ask the police for the missing-children figures", None),                                # not in the document
    ("", None),
    ("JC", None),                                                                             # too short to say
])
def test_a_fields_text_is_found_in_its_block_or_table_row(text, expected):
    assert locate(text, LAYOUT) == expected


def test_drafts_without_a_layout_fall_back_to_the_texts_paragraphs():
    layout = layout_from_text("Minutes of the board\n\nPresent: Jo Bloggs\n  \n\nItem 1")
    assert layout == [{"kind": "paragraph", "text": "Minutes of the board"},
                      {"kind": "paragraph", "text": "Present: Jo Bloggs"}, {"kind": "paragraph", "text": "Item 1"}]
    assert locate("Jo Bloggs", layout) == Place("src-1", "paragraph 2")
