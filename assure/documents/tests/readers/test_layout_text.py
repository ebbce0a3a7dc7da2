"""Plain text laid out with spaces, as `pdftotext -layout` gives a PDF (issue 8): tables read from their
header row's word positions, wrapped cells joined, side-by-side attendance lists read one after the other,
form feeds and "Page N of M" footers as page furniture."""
from assure.documents.document import Paragraph, Table
from assure.documents.readers.layout_text import header_starts, unlayout
from assure.documents.readers.text import parse_text

ACTION_LOG = """\
                    Fenbridge Neglect Subgroup - Notes

Date:     Tuesday 3 March 2026
Venue:    Room 2, Civic Centre

Ref  Topic / notes                          Action                  Owner  When

1    Welcome. The chair welcomed members
     and thanked the hosts.

2    Audit of neglect cases. The audit      Share the audit report  NW     31/03/2026
     found that chronologies were kept in   with all schools
     most cases but were seldom used in
     supervision. Members agreed to
     repeat it in the autumn.

                                            Book the autumn audit   AL     end of
                                            panel                          June

Fenbridge Neglect Subgroup 03.03.2026                          Page 1 of 2
\fRef  Topic / notes                          Action                  Owner  When

3    Training. The neglect toolkit          Add toolkit session to  BE     Apr 2026
     course is full until May.              the training offer

4    Any other business. None.

A paragraph after the table runs across the whole width of the page, as notes after a table do.

Fenbridge Neglect Subgroup 03.03.2026                          Page 2 of 2
"""


def _blocks(text):
    document = parse_text(text)
    return document, [b for b in document.blocks if isinstance(b, Table)], \
        [b.text for b in document.blocks if isinstance(b, Paragraph)]


def test_a_laid_out_table_is_read_by_its_header_columns_with_wrapped_cells_joined():
    document, [table], paragraphs = _blocks(ACTION_LOG)
    assert table.rows[0] == ("Ref", "Topic / notes", "Action", "Owner", "When")
    assert table.rows[2] == ("2", "Audit of neglect cases. The audit found that chronologies were kept in most cases "
                             "but were seldom used in supervision. Members agreed to repeat it in the autumn.",
                             "Share the audit report with all schools", "NW", "31/03/2026")
    # A row under the same item without a number of its own is a row of its own, its cells joined.
    assert table.rows[3] == ("", "", "Book the autumn audit panel", "AL", "end of June")
    # Over the form feed, with the header repeated: one table, the next page's rows after the others.
    assert [row[0] for row in table.rows[1:]] == ["1", "2", "", "3", "4"]
    assert table.rows[4][2:] == ("Add toolkit session to the training offer", "BE", "Apr 2026")
    assert document.furniture == ["Fenbridge Neglect Subgroup 03.03.2026 Page 1 of 2"]
    # Label lines and a paragraph across the page boundaries stay text.
    assert paragraphs[:3] == ["Fenbridge Neglect Subgroup - Notes", "Date: Tuesday 3 March 2026",
                              "Venue: Room 2, Civic Centre"]
    assert paragraphs[-1].startswith("A paragraph after the table runs across")


def test_side_by_side_attendance_lists_are_read_one_after_the_other():
    pairs = [("Present", "Apologies"), ("Ann Lee (AL) - Head of Safeguarding (Chair)", "Tom Reid (TR) - Fenbridge Police"),
             ("Nia Wood (NW) - Named Nurse", "Raj Patel (RP) - Housing"), ("Bea Evans (BE) - Early Help", ""),
             ("Sam Cole - minutes", "")]
    text = "".join(f"{left:<44}{right}".rstrip() + "\n" for left, right in pairs) + "\n1. Welcome\n"
    _, tables, paragraphs = _blocks(text)
    assert tables == []
    assert paragraphs == ["Present", "Ann Lee (AL) - Head of Safeguarding (Chair)", "Nia Wood (NW) - Named Nurse",
                          "Bea Evans (BE) - Early Help", "Sam Cole - minutes", "Apologies",
                          "Tom Reid (TR) - Fenbridge Police", "Raj Patel (RP) - Housing", "1. Welcome"]


def test_labels_titles_and_sentences_are_not_column_headings():
    assert header_starts("Date:     Tuesday 3 March 2026") is None
    assert header_starts("          Fenbridge Neglect Subgroup") is None
    assert header_starts("The Board agreed.   Members then noted the report.") is None
    assert header_starts("No.   Item / discussion     Action    Lead   By") == [0, 6, 28, 38, 45]


def test_a_heading_over_text_without_columns_stays_text():
    text = "Summary        Draft\nThe group met to agree the plan and the dates.\nIt will meet again in May.\n"
    _, tables, paragraphs = _blocks(text)
    assert tables == [] and paragraphs[1:] == ["The group met to agree the plan and the dates.", "It will meet again in May."]


def test_text_with_tabs_keeps_its_tab_separated_tables():
    lines = ["Item\tAction\tOwner", "1\tShare the plan\tAL", "Ref  Topic      Owner", "2    Budget     AL"]
    assert unlayout(lines) == (lines, [])


def test_a_heading_centred_over_its_column_still_cuts_where_the_cells_start():
    text = """\
Ref   Discussion                           Action                 Owner

1     The panel reviewed the safety    Write to the school        AL
      plan and agreed the next steps.  about the safety plan
"""
    _, [table], _ = _blocks(text)
    assert table.rows == (("Ref", "Discussion", "Action", "Owner"),
                          ("1", "The panel reviewed the safety plan and agreed the next steps.",
                           "Write to the school about the safety plan", "AL"))


def test_an_item_line_over_prose_is_not_a_table():
    text = ("Item 1   Welcome\nThe chair welcomed everyone to the meeting and noted the apologies.\n"
            "Members agreed the minutes of the last meeting as a true record.\n")
    _, tables, paragraphs = _blocks(text)
    assert tables == [] and paragraphs[0] == "Item 1 Welcome"


def test_headings_wrapped_in_their_cells_are_joined_into_one_header_row():
    text = """\
Item  Notes                          Action               Lead     Target
                                     agreed               officer  date
1     The forum reviewed the plan.   Share the plan       AL       12/12/2026
2     Budget noted.                  None                 -        -
"""
    _, [table], _ = _blocks(text)
    assert table.rows[0] == ("Item", "Notes", "Action agreed", "Lead officer", "Target date")
    assert table.rows[1] == ("1", "The forum reviewed the plan.", "Share the plan", "AL", "12/12/2026")
