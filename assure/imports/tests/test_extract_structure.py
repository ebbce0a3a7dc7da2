"""Document structures beyond numbered items: lettered items, label/value tables, emailed notes."""
import pytest

from assure.documents.document import Document, Paragraph, Table
from assure.imports.extract.headings import (
    ACTION_SECTION,
    english_half,
    is_part,
    lettered_heading,
    parse_heading,
    roman_heading,
)
from assure.imports.extract.items import walk


@pytest.mark.parametrize("text, expected", [
    ("A. Welcome and introductions", ("A", "Welcome and introductions")),
    ("Item B – Rapid reviews", ("B", "Rapid reviews")),
    ("C) Any other business", ("C", "Any other business")),
    ("D: Neglect strategy", ("D", "Neglect strategy")),
    ("J. Okafor reported that the audit was late", None),  # an initial, not an item
    ("a) the number of referrals", None),                  # a list inside an item
    ("A lot was discussed", None),
])
def test_lettered_heading(text, expected):
    assert lettered_heading(text) == expected


def test_a_letter_is_an_item_not_a_part():
    assert not is_part("C") and is_part("Part C")


def test_items_lettered_a_b_c_in_paragraphs_and_their_lists_stay_inside():
    doc = Document(blocks=[Paragraph(t) for t in (
        "Present: Tom Reed (Chair), Ana Lutz", "A. Welcome", "Tom Reed welcomed members.",
        "B. Training update", "Ana Lutz presented the plan:", "1. Courses booked", "2. Places filled",
        "C. Any other business", "None.")])
    w = walk(doc)
    assert [(i.number, i.title) for i in w.items] == [("A", "Welcome"), ("B", "Training update"),
                                                      ("C", "Any other business")]
    assert "1. Courses booked" in w.items[1].lines


def test_lettered_items_in_a_table_title_column():
    doc = Document(blocks=[Table(rows=[
        ("Agenda item", "Notes", "Actions"),
        ("A. Apologies", "None received.", ""),
        ("B. Audit findings", "The group discussed the audit.", "Circulate the audit – TR – by 3 March 2027"),
    ])])
    w = walk(doc)
    assert [(i.number, i.title) for i in w.items] == [("A", "Apologies"), ("B", "Audit findings")]
    assert w.actions[0]["item"] == "B"


def test_a_lone_initial_is_not_an_item():
    doc = Document(blocks=[Paragraph(t) for t in ("1. Welcome", "A. Smith joined the meeting late", "2. Finance")])
    assert [i.number for i in walk(doc).items] == ["1", "2"]


def _people(w):
    return sorted((cat, p["name"]) for cat, p in w.people)


def test_meeting_details_table_with_a_notes_row_puts_the_note_taker_in_attendance():
    doc = Document(blocks=[Table(rows=[
        ("Date", "Wednesday 4 March 2026"), ("Time", "10:00 – 11:30"), ("Venue", "Room 2, Civic Offices"),
        ("Chair", "Tom Reed, Head of Service"), ("Notes", "Ana Lutz, Business Support"),
    ])])
    w = walk(doc)
    assert w.meta["date"] == "Wednesday 4 March 2026" and w.meta["venue"] == "Room 2, Civic Offices"
    assert ("in_attendance", "Ana Lutz") in _people(w) and ("present", "Tom Reed") in _people(w)


def test_a_notes_row_of_text_is_not_a_person():
    doc = Document(blocks=[Table(rows=[("Date", "4 March 2026"), ("Notes", "Papers were circulated late.")])])
    assert not walk(doc).people


def test_apologies_in_a_row_of_their_own_inside_the_attendance_table():
    doc = Document(blocks=[Table(rows=[
        ("Name", "Initials", "Organisation"), ("Tom Reed", "TR", "Council (Chair)"), ("Ana Lutz", "AL", "Police"),
        ("Apologies: Ben Cole (Headteacher, Oak School), Dee Rao (Probation)", "", ""),
    ])])
    assert _people(walk(doc)) == [("apologies", "Ben Cole"), ("apologies", "Dee Rao"),
                                  ("present", "Ana Lutz"), ("present", "Tom Reed")]


def test_an_attendance_column_and_a_note_taker_row():
    doc = Document(blocks=[Table(rows=[
        ("Name", "Role", "Attendance"), ("Tom Reed (TR)", "Service Manager", "Present"),
        ("Ben Cole", "Designated Doctor", "Apologies"), ("Ana Lutz", "Reviews Officer – notes", "Present"),
    ])])
    assert _people(walk(doc)) == [("apologies", "Ben Cole"), ("in_attendance", "Ana Lutz"), ("present", "Tom Reed")]


def _emailed(covering: str, *, sent="Sent: Thursday, March 5, 2026 4:10 PM", in_body=False):
    headers = ["From: Tom Reed <tom@example.org>", sent, "To: Review Group", "Subject: Notes"]
    body = [Paragraph("Hi all"), Paragraph(covering),
            Paragraph("Who was there:\nTom Reed - Reviews Manager (chair)\nAna Lutz - Designated Nurse\n"
                      "Kit Marr - Business Support (notes)"),
            Paragraph("Apologies from Ben Cole (Designated Doctor) and Dee Rao (Probation)."),
            Paragraph("1) Rapid review"), Paragraph("The group agreed to hold a review on 20 March 2026.")]
    if in_body:
        return Document(blocks=[*(Paragraph(h) for h in headers), *body], kind="text")
    return Document(blocks=body, kind="text", furniture=headers)


@pytest.mark.parametrize("covering, expected", [
    ("Notes from yesterday's review group below.", "2026-03-04"),
    ("We met this morning on Teams; notes below.", "2026-03-05"),
    ("Notes of last Tuesday's meeting below.", "2026-03-03"),
    ("Notes of last Thursday's meeting below.", "2026-02-26"),  # sent on a Thursday: a week before
])
def test_a_meeting_date_given_relative_to_the_email(covering, expected):
    from assure.imports.extract.record import extract_record
    assert extract_record(_emailed(covering))["date"] == expected
    assert extract_record(_emailed(covering, sent="Date: Thu, 5 Mar 2026 16:10:00 +0000", in_body=True))["date"] == expected


def test_relative_words_not_about_the_meeting_are_not_its_date():
    from assure.imports.extract.record import extract_record
    assert extract_record(_emailed("I was off yesterday, sorry for the delay."))["date"] != "2026-03-04"


def test_who_was_there_one_person_a_line_and_apologies_joined_by_and():
    w = walk(_emailed("Notes below."))
    assert _people(w) == [("apologies", "Ben Cole"), ("apologies", "Dee Rao"), ("in_attendance", "Kit Marr"),
                          ("present", "Ana Lutz"), ("present", "Tom Reed")]
    assert dict((p["name"], p["role"]) for _, p in w.people)["Ben Cole"] == "Designated Doctor"


def test_present_and_apologies_side_by_side_as_a_pdf_to_text_conversion_gives_them():
    doc = Document(blocks=[Paragraph(t) for t in (
        "Date: 4 March 2026", "Present Apologies",
        "Tom Reed (TR) - Reviews Manager (Chair) Ben Cole (BC) - Oak Police",
        "Ana Lutz (AL) - Named Nurse, Oak ICB Dee Rao (DR) - Probation",
        "Sam Hill (SH) - Housing Officer", "Kit Marr - minutes", "1. Welcome", "Tom Reed welcomed members.")], kind="text")
    assert _people(walk(doc)) == [("apologies", "Ben Cole"), ("apologies", "Dee Rao"), ("in_attendance", "Kit Marr"),
                                  ("present", "Ana Lutz"), ("present", "Sam Hill"), ("present", "Tom Reed")]


@pytest.mark.parametrize("line", ["Present and correct", "Apologies Apologies", "Present Minutes of the last meeting"])
def test_two_labels_need_two_different_bare_labels(line):
    from assure.imports.extract.items import _two_labels
    assert _two_labels(line) is None


def test_an_emailed_note_s_body_takes_the_sender_s_partnership_and_its_next_meeting():
    from assure.imports.extract.record import extract_record
    doc = _emailed("Notes from yesterday's review group below.")
    doc.furniture[-1] = "Subject: Notes - Review Group - 4 Mar"
    doc.blocks.extend([Paragraph("Next one is Thu 9 Apr, 10am, Teams again."), Paragraph("Thanks\nTom"),
                       Paragraph("Tom Reed | Reviews Manager\nOakmoor Safeguarding Children Partnership"),
                       Paragraph("-----Original Appointment-----"), Paragraph("When: 4 March 2026 10:00")])
    record = extract_record(doc)
    assert record["body"] == "Oakmoor Safeguarding Children Partnership Review Group"
    assert record["next_meeting_date"] == "2026-04-09"


@pytest.mark.parametrize("text, expected", [
    ("1. Introductions and apologies. Members introduced themselves.", ("1", "Introductions and apologies")),
    ("3. Referral - Mr E. The group considered the referral", ("3", "Referral - Mr E")),
    ("6. AOB. None.", ("6", "AOB")),
    ("4. Report from Dr. Patel on audits", ("4", "Report from Dr. Patel on audits")),  # an abbreviation
    ("2. Minutes of the last meeting", ("2", "Minutes of the last meeting")),
])
def test_a_heading_run_on_into_its_discussion_keeps_its_first_sentence_as_title(text, expected):
    from assure.imports.extract.headings import parse_heading
    assert parse_heading(text) == expected


def test_the_rest_of_a_run_on_heading_is_the_item_s_first_line():
    w = walk(Document(blocks=[Paragraph("1. Introductions and apologies. Members introduced themselves.")], kind="text"))
    assert w.items[0].lines == ["Members introduced themselves."]


def test_apologies_written_as_a_sentence_with_and():
    w = walk(Document(blocks=[Paragraph("Apologies: Councillor Ann Bell and Raj Patel (Oak ICB)."),
                              Paragraph("1. Welcome")], kind="text"))
    assert _people(w) == [("apologies", "Ann Bell"), ("apologies", "Raj Patel")]


def test_a_grid_row_there_for_one_item_or_to_take_notes_is_in_attendance():
    doc = Document(blocks=[Table(rows=[
        ("Name", "Role", "Attendance"), ("Tom Reed", "Service Manager", "✓"),
        ("Ana Lutz", "Independent Reviewer (item 4 only)", "✓"), ("Kit Marr", "Business Unit (notes)", "✓"),
    ])])
    assert _people(walk(doc)) == [("in_attendance", "Ana Lutz"), ("in_attendance", "Kit Marr"), ("present", "Tom Reed")]


@pytest.mark.parametrize("line, body", [
    ("Agenda and minutes - Oakmoor Safeguarding Children Partnership Executive - Tuesday, 3rd March, 2026 2.00 pm",
     "Oakmoor Safeguarding Children Partnership Executive"),
    ("Agenda, reports and minutes - Oakmoor Adults Board - 3 May 2026", "Oakmoor Adults Board"),
])
def test_a_council_website_s_agenda_and_minutes_heading_names_the_body(line, body):
    from assure.imports.extract.record import _clean_body
    assert _clean_body(line) == body


@pytest.mark.parametrize("text, expected", [
    ("Section 42 enquiries completed within 28 days fell to 64%.", None),
    ("Part 2 – Closed business", ("Part 2", "Closed business")),
])
def test_a_sentence_starting_with_section_n_is_not_a_part_heading(text, expected):
    from assure.imports.extract.headings import parse_heading
    assert parse_heading(text) == expected


# --- items numbered I, II, III; app and bilingual item markers ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("I. Minutes and action tracker", ("I", "Minutes and action tracker")),
    ("IV. Police data", ("IV", "Police data")),
    ("Item IX – Any other business", ("IX", "Any other business")),
    ("I. Smith reported on the audit", None),   # an initial
    ("II. The report was noted.", None),        # a sentence
    ("IIII. Nonsense", None),
])
def test_roman_heading(text, expected):
    assert roman_heading(text) == expected


def test_items_numbered_in_roman_numerals_and_their_own_lists_stay_inside():
    doc = Document(blocks=[Paragraph(t, style=s) for t, s in (
        ("Present: Tom Reed (Chair), Ana Lutz", ""), ("I.  Minutes and action tracker", "Heading"),
        ("The minutes were agreed.", ""), ("II.  Risk register", "Heading"), ("Ana Lutz presented the register:", ""),
        ("1. Capacity", ""), ("2. Data sharing", ""), ("III.  Any other business", "Heading"), ("None.", ""))])
    w = walk(doc)
    assert [(i.number, i.title) for i in w.items] == [("I", "Minutes and action tracker"), ("II", "Risk register"),
                                                      ("III", "Any other business")]
    assert "1. Capacity" in w.items[1].lines
    assert not is_part("II") and is_part("Part II")


def test_a_single_roman_looking_initial_is_not_an_item():
    doc = Document(blocks=[Paragraph(t) for t in ("1. Welcome", "I. Khan joined the meeting late", "2. Finance")])
    assert [i.number for i in walk(doc).items] == ["1", "2"]


@pytest.mark.parametrize("text, expected", [
    ("[Item 3] Contextual safeguarding – retail park", ("3", "Contextual safeguarding – retail park")),
    ("[Agenda item 4]: Data dashboard", ("4", "Data dashboard")),
    ("Agenda item 2 – Neglect strategy", ("2", "Neglect strategy")),
    ("[A1] BS to draft the terms of reference", None),  # an action's reference, not an item
])
def test_item_markers(text, expected):
    assert parse_heading(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Yn bresennol / Present", "Present"),
    ("Dyddiad / Date: 3 March 2027   Amser / Time: 14:00", "Date: 3 March 2027   Time: 14:00"),
    ("Lleoliad / Venue: Siambr y Cyngor / Council Chamber, County Hall", "Venue: Council Chamber, County Hall"),
    ("Eitem 4 / Item 4: Diogelu / Safeguarding in Welsh", "Item 4: Safeguarding in Welsh"),
    ("Present / Apologies", "Present / Apologies"),       # two English labels, not two languages
    ("The report / date was agreed", "The report / date was agreed"),
])
def test_english_half_of_bilingual_labels(text, expected):
    assert english_half(text) == expected


def test_an_apps_action_list_after_the_items_is_not_the_last_items_text():
    doc = Document(blocks=[Paragraph(t) for t in (
        "[Item 1] Welcome", "Chair opened the meeting.", "[Item 2] AOB", "None.",
        "Action items (2)", "☐ Draft the safety plan", "Assigned to: Tom Reed · Linked to: Item 1 · Due: 18 Dec 2026")])
    w = walk(doc)
    assert w.items[1].lines == ["None."]
    assert w.tail == ["☐ Draft the safety plan", "Assigned to: Tom Reed · Linked to: Item 1 · Due: 18 Dec 2026"]


# --- heading lines: a "Date" heading over its value, who took the notes, agencies ----------------------------

def test_a_date_heading_gives_the_date_on_the_line_below():
    doc = Document(blocks=[Paragraph("Created by Tom Reed, last updated on 01 Dec 2026"),
                           Paragraph("Date", style="Heading 2"),
                           Paragraph("30 Nov 2026, 14:00 – 15:30, Training Room B")])
    assert walk(doc).meta["date"] == "30 Nov 2026, 14:00 – 15:30, Training Room B"


def test_a_notes_line_in_the_heading_puts_the_note_taker_in_attendance():
    doc = Document(blocks=[Paragraph(t) for t in (
        "Members present: Tom Reed (TR), Service Manager, Fenbridge Council – Chair; Insp Kofi Mensah (KM), "
        "Fenbridge Police; Dr Ana Lutz (AL), Designated Doctor, Fenbridge ICB",
        "Notes: Eve Hart, Business Support", "Apologies: Sam Cole (Fenbridge Youth Justice Service)", "1. Welcome")])
    assert _people(walk(doc)) == [("apologies", "Sam Cole"), ("in_attendance", "Eve Hart"), ("present", "Ana Lutz"),
                                  ("present", "Kofi Mensah"), ("present", "Tom Reed")]


def test_agencies_represented_and_sending_apologies():
    doc = Document(blocks=[Paragraph(t) for t in (
        "Agencies represented:", "Marsh Lane Police (DS Kofi Mensah)", "Early Help (Ana Lutz, Team Manager; Sam Cole)",
        "Agencies sending apologies:", "Early Years (Tasha Okoro)", "1. Previous minutes", "Agreed.")])
    w = walk(doc)
    assert _people(w) == [("apologies", "Tasha Okoro"), ("present", "Ana Lutz"), ("present", "Kofi Mensah"),
                          ("present", "Sam Cole")]
    assert {p["name"]: p["organisation"] for _, p in w.people}["Tasha Okoro"] == "Early Years"


# --- one action written down the page ---------------------------------------------------------------------------

def test_an_action_as_label_and_value_rows_is_an_action_of_its_item():
    doc = Document(blocks=[
        Paragraph("Present: Tom Reed (TR), Ana Lutz (AL)"), Paragraph("3. Annual report"),
        Paragraph("The Board approved the report."),
        Table(rows=(("Action", "Publish the annual report"), ("Who", "TR / AL"), ("When", "by 18 December 2026"))),
        Paragraph("4. Any other business"), Paragraph("None.")])
    w = walk(doc)
    assert [(a["item"], a["text"], a["owner_text"], a["due"]) for a in w.actions] == [
        ("3", "Publish the annual report", "TR / AL", "by 18 December 2026")]
    assert w.items[1].lines == ["None."]


def test_a_table_after_one_action_written_down_the_page_does_not_continue_it():
    doc = Document(blocks=[
        Paragraph("1. Annual report"), Paragraph("The Board approved it."),
        Table(rows=(("Action", "Publish the report"), ("Who", "AL"), ("When", "by 18 December 2026"))),
        Paragraph("2. Any other business"), Paragraph("Abbreviations"),
        Table(rows=(("CSPR", "Child Safeguarding Practice Review"), ("SAB", "Safeguarding Adults Board")))])
    w = walk(doc)
    assert len(w.actions) == 1 and "Child Safeguarding Practice Review" in w.items[1].lines


def test_a_meeting_details_table_is_not_taken_for_an_action():
    doc = Document(blocks=[Table(rows=(("Date", "4 March 2026"), ("Time", "10:00"), ("Venue", "Room 2")))])
    w = walk(doc)
    assert not w.actions and w.meta["venue"] == "Room 2"


# --- web pages: an intranet's definition lists, a team wiki's meeting notes ---------------------------------------

def _html_record(html: str) -> dict:
    from assure.documents.readers.text import parse_html
    from assure.imports.extract import extract_record
    return extract_record(parse_html(html, source="page.html"))


INTRANET_DL = """<html><head><title>Board minutes – Staff intranet</title></head><body><main>
<h1>Fenbridge Adults Board – minutes</h1>
<dl class="meeting"><dt>Date</dt><dd>Tuesday 3 March 2026</dd><dt>Place</dt><dd>Room 1, Town Hall</dd>
<dt>Present</dt><dd>Tom Reed (Chair); Ana Lutz (Board Manager)</dd></dl>
<dl class="items">
<dt>1. Welcome</dt><dd><p>The Chair welcomed members.</p></dd>
<dt>2. Annual report</dt><dd><p>Ana Lutz presented the draft.</p><p>The Board approved it.</p>
<dl class="action"><dt>Action</dt><dd>Publish the annual report</dd><dt>Who</dt><dd>AL</dd><dt>When</dt><dd>by 18 December 2026</dd></dl>
</dd></dl>
<dl><dt>Next meeting</dt><dd>Tuesday 2 June 2026, 10.00am</dd></dl>
</main></body></html>"""


def test_an_intranet_page_of_definition_lists_gives_details_people_items_and_actions():
    record = _html_record(INTRANET_DL)
    assert (record["date"], record["location"], record["next_meeting_date"]) == ("2026-03-03", "Room 1, Town Hall", "2026-06-02")
    assert [p["name"] for p in record["people"]["present"]] == ["Tom Reed", "Ana Lutz"]
    assert [(i["number"], i["title"]) for i in record["items"]] == [("1", "Welcome"), ("2", "Annual report")]
    assert [(a["item"], a["text"], a["owners"], a["due"]) for a in record["actions"]] == [
        ("2", "Publish the annual report", ["Ana Lutz"], "2026-12-18")]


WIKI = """<html><head><title>2026-05-12 Audit Group meeting notes - Team Space</title></head><body>
<div id="breadcrumbs">Team Space / Meeting notes</div>
<div class="page-metadata">Created by Tom Reed, last updated on 14 May 2026</div>
<h1>2026-05-12 Audit Group meeting notes</h1>
<p>Fenbridge Safeguarding Partnership – Audit Group</p>
<h2>Date</h2><p>12 May 2026, 10:00 – 11:00, Room 4</p>
<h2>Attendees</h2>
<ul><li><a class="user-mention">@Tom Reed</a> – Audit Lead (chair)</li><li><a class="user-mention">@Ana Lutz</a> – Named GP</li></ul>
<p>Not attending: Dr Sam Cole (Designated Doctor)</p>
<h2>Discussion items</h2>
<table><tr><th>#</th><th>Item</th><th>Notes</th></tr><tr><td>1</td><td>Welcome</td><td>Notes of 3 March agreed.</td></tr></table>
</body></html>"""


def test_a_team_wiki_page_gives_its_date_body_and_mentioned_attendees():
    record = _html_record(WIKI)
    assert record["date"] == "2026-05-12"  # not the page's "last updated" date
    assert record["body"] == "Fenbridge Safeguarding Partnership – Audit Group"
    people = {cat: [p["name"] for p in record["people"][cat]] for cat in record["people"]}
    assert people == {"present": ["Tom Reed", "Ana Lutz"], "in_attendance": [], "apologies": ["Sam Cole"]}


def test_a_who_column_before_the_notes_is_who_brought_the_item_not_an_actions_owner():
    doc = Document(blocks=[Table(rows=(
        ("#", "Item", "Who", "Notes"),
        ("1", "Audit programme", "Priya", "Priya Lanning proposed three audits. Group agreed the programme."),
    ))])
    w = walk(doc)
    assert [(i.number, i.title) for i in w.items] == [("1", "Audit programme")] and w.actions == []
    # after the notes, the same column names who does the action
    doc = Document(blocks=[Table(rows=(
        ("#", "Item", "Notes", "Who"), ("1", "Audit programme", "Share the audit plan.", "PL")))])
    assert [(a["text"], a["owner_text"]) for a in walk(doc).actions] == [("Share the audit plan.", "PL")]


def test_a_slash_in_the_discussion_is_not_taken_for_a_second_language():
    line = "The report went to members of the Board / Minutes were agreed without change."
    assert english_half(line) == line


@pytest.mark.parametrize("text, closes", [
    ("Action items (3)", True), ("Action tracker (RAG)", True), ("Action register – by lead officer", True),
    ("Actions:", True), ("Action register – by lead officer Head of Inclusion", False),  # two heading lines joined
    ("Action on the audit was slow", False),
])
def test_headings_that_close_the_items_for_an_action_list(text, closes):
    assert bool(ACTION_SECTION.match(text)) == closes


@pytest.mark.parametrize("marker", ["3.", "Agenda item 3", "[Item 3]", "Item 3:"])
def test_an_item_number_on_its_own_line_takes_the_title_below(marker):
    doc = Document(blocks=[Paragraph(t) for t in ("1. Welcome", "Tom Reed welcomed members.", "2. Minutes", "Agreed.",
                                                  marker, "Neglect strategy", "The strategy was approved.")])
    assert [(i.number, i.title) for i in walk(doc).items][-1] == ("3", "Neglect strategy")


def test_a_task_list_heading_closes_the_items_but_the_same_words_in_the_text_do_not():
    blocks = [Paragraph("1. Audit"), Paragraph("Next steps"), Paragraph("Share the findings."),
              Paragraph("Follow-up tasks", style="Heading 2"), Paragraph("Tom Reed: book the workshop")]
    w = walk(Document(blocks=blocks))
    assert w.items[0].lines == ["Next steps", "Share the findings."]
    assert w.tail == ["Tom Reed: book the workshop"]


@pytest.mark.parametrize("text, title", [
    ("9 Date of next meeting Thursday 10 December 2026, 10.00am, Council Chamber", "Date of next meeting"),
    ("8. Next meeting 3 May 2026", "Next meeting"),
    ("7. Date of next meeting: 14.07.25, 10am", "Date of next meeting"),
    ("4. Review of the next meeting schedule", "Review of the next meeting schedule"),
])
def test_the_next_meetings_date_is_not_part_of_the_items_title(text, title):
    assert parse_heading(text)[1] == title
