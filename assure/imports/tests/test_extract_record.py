"""Whole documents (as Document objects and small fixture files) -> meeting records."""
from pathlib import Path

import pytest

from assure.documents.document import Document, Paragraph, Table
from assure.documents.readers.text import read_text
from assure.imports.extract import extract_record

FIXTURES = Path(__file__).parent / "fixtures"


def names(record, category):
    return [p["name"] for p in record["people"][category]]


def action_rows(record):
    return [(a["item"], a["text"], a["owners"]) for a in record["actions"]]


def test_word_table_with_paragraphs_in_cells_and_several_actions_per_cell():
    doc = Document(blocks=[
        Paragraph("Kingsbridge Safeguarding Children Partnership – Executive Board", style="Title"),
        Table(rows=(("Date", "Monday 6th March 2023"),
                    ("Present", "Ruth Adams, RA (Chair, Kingsbridge Safeguarding)\nOwen Price, OP (Kingsbridge Police)"),
                    ("Apologies", "Lena Fox (Kingsbridge ICB)"))),
        Table(rows=(("Item", "Discussion", "Action Required", "Owner"),
                    ("1.", "Welcome\nRA welcomed members.", "", ""),
                    ("2.", "Police update\nOP reported on custody.\nThe Board agreed the new protocol.",
                     "Action: Share custody data\nAction: Brief the Exploitation subgroup", "OP\nRA/OP"),
                    ("3.", "Finance\nLF sent a written report.", "Circulate the budget", "Lena Fox"))),
        Paragraph("Date of next meeting: 5th June 2023"),
    ], kind="docx")
    record = extract_record(doc)
    assert record["body"] == "Kingsbridge Safeguarding Children Partnership – Executive Board"
    assert record["date"] == "2023-03-06" and record["next_meeting_date"] == "2023-06-05"
    assert names(record, "present") == ["Ruth Adams", "Owen Price"] and names(record, "apologies") == ["Lena Fox"]
    assert [(i["number"], i["title"]) for i in record["items"]] == [("1", "Welcome"), ("2", "Police update"), ("3", "Finance")]
    assert action_rows(record) == [
        ("2", "Share custody data", ["Owen Price"]),
        ("2", "Brief the Exploitation subgroup", ["Ruth Adams", "Owen Price"]),
        ("3", "Circulate the budget", ["Lena Fox"]),
    ]
    assert {"item": "2", "text": "The Board agreed the new protocol."} in record["decisions"]


def test_by_whom_by_when_tables_under_each_item():
    record = extract_record(read_text(FIXTURES / "word_by_whom.html"))
    assert record["date"] == "2023-10-05" and record["next_meeting_date"] == "2023-12-07"
    # "December Board" and "next meeting" are the next meeting (7 December), the words kept as written.
    assert [(a["due"], a["due_text"]) for a in record["actions"]] == [
        ("2023-10-31", "31/10/2023"), ("2023-12-07", "December Board"), ("2023-12-07", "next meeting")]
    # Two people are "GP": each item's text names the one meant.
    assert action_rows(record) == [
        ("2", "Send comments on the strategy to the business unit", ["All"]),
        ("2", "Update the strategy with partner comments", ["Grace Price"]),
        ("3", "Share the custody dataset with the Exploitation subgroup", ["Gareth Price"]),
    ]
    assert ("Julia Frost", "Omar Khan") in [(p["name"], p["deputising_for"]) for p in record["people"]["present"]]
    assert "Gareth Price" in names(record, "present") and "Helen Baker" in names(record, "apologies")


def test_narrative_minutes_with_inline_actions_and_sub_items():
    record = extract_record(read_text(FIXTURES / "narrative_minutes.txt"))
    assert record["body"] == "Fenbridge Safeguarding Adults Board"
    assert record["date"] == "2018-03-14" and record["next_meeting_date"] == "2018-06-13"
    assert names(record, "present") == ["Ann Lee", "Mark Owen", "Priya Shah", "Sam Ode"]
    assert record["people"]["present"][1]["role"].startswith("DCI")
    assert names(record, "in_attendance") == ["Tom Hart"]
    assert names(record, "apologies") == ["Lisa May", "Kim Ross"]
    assert [i["number"] for i in record["items"]] == ["1", "2", "3", "3.1", "3.2", "4", "5"]
    assert action_rows(record) == [
        ("3.1", "Share the chronology with partners", ["Mark Owen"]),
        ("3.2", "Draft the terms of reference for the review", ["Tom Hart", "Priya Shah"]),
        ("4", "Members welcomed the draft strategy", ["Sam Ode"]),
    ]
    assert record["actions"][0]["due"] == "2018-04-30"
    assert [(u["text"], u["status"]) for u in record["action_updates"]] == [
        ("Training plan to be circulated", "closed"), ("Audit dates to be agreed", "carried_forward")]


def test_attendance_grid_and_an_action_log_at_the_end_linked_by_item():
    record = extract_record(read_text(FIXTURES / "grid_and_action_log.txt"))
    assert record["date"] == "2024-06-21"
    assert names(record, "present") == ["Karen Doyle", "Steven Marsh", "Paula Grant"]
    assert names(record, "apologies") == ["Louise Fenton", "Amir Patel"]
    # The inline actions and the closing log are the same actions: listed once each.
    assert action_rows(record) == [
        ("2", "SM to bring return interview figures to the next meeting", ["Steven Marsh"]),
        ("3", "Pilot hotspot mapping", ["Karen Doyle", "Paula Grant"]),
        ("3", "Write to schools about the pilot", ["Louise Fenton"]),
    ]


def test_same_initials_without_context_are_flagged():
    record = extract_record(read_text(FIXTURES / "same_initials.txt"))
    assert names(record, "present") == ["Jane Carter", "John Cole", "Sarah Beattie"]
    assert names(record, "apologies") == ["Peter Quinn"]
    assert action_rows(record)[0] == ("1", "Circulate the EHE report", ["Jane Carter"])  # she presented
    assert action_rows(record)[1][2] == ["JC", "Sarah Beattie"]
    assert {(f["item"], f["owner"]) for f in record["flags"]} == {("2", "JC"), ("3", "JC")}


def test_known_people_resolve_what_the_document_does_not():
    doc = Document(blocks=[Paragraph("Present: Ann Lee (Chair)"), Paragraph("1. Budget"),
                           Paragraph("ACTION: RV to report on the budget.")])
    record = extract_record(doc, known_people=[{"name": "Rita Vance", "initials": "RV", "organisation": "Council"}])
    assert record["actions"][0]["owners"] == ["Rita Vance"]


def test_notes_column_with_an_owner_only_action_column():
    doc = Document(blocks=[
        Table(rows=(("Minute", "Notes", "Action"),
                    ("4", "Training\nThe new course was described.\nDates to be circulated to all partners.", "KB"),
                    ("5", "AOB\nNone.", ""))),
    ])
    record = extract_record(doc)
    assert [i["number"] for i in record["items"]] == ["4", "5"]
    assert [(a["item"], a["text"], a["owner_text"]) for a in record["actions"]] == [
        ("4", "Dates to be circulated to all partners.", "KB")]


def test_table_over_a_page_break_without_its_header():
    header = ("No", "Discussion", "Action", "By whom", "By when")
    doc = Document(blocks=[
        Table(rows=(header, ("1", "Audit\nFindings were noted.", "", "", ""),
                    ("2", "Data\nThe dataset was reviewed.", "Add ethnicity data", "PQ", "June")), page=1),
        Table(rows=(("", "Discussion continued on repeat plans.", "Report repeat plans", "PQ", "July"),
                    ("3", "AOB\nNone.", "", "", "")), page=2),
    ], kind="pdf")
    record = extract_record(doc)
    assert [i["number"] for i in record["items"]] == ["1", "2", "3"]
    # No meeting date to read "June" by: no due date, the words kept.
    assert [(a["item"], a["text"], a["due"], a["due_text"]) for a in record["actions"]] == [
        ("2", "Add ethnicity data", None, "June"), ("2", "Report repeat plans", None, "July")]


def test_attendance_as_one_person_a_line_after_labels_and_part_items():
    doc = Document(blocks=[
        Paragraph("Minutes of the Harbour Safeguarding Adults Board meeting held on 09.05.24"),
        Paragraph("Present:"), Paragraph("Cllr Tom Reeve, Harbour Council"), Paragraph("Harbour Police"),
        Paragraph("Supt Nia Cole, Harbour Police"),
        Paragraph("Apologies:"), Paragraph("Dr Raj Iyer"),
        Paragraph("Part 1 – Open business"), Paragraph("The Board noted the annual report."),
        Paragraph("Part 2 – Closed business"), Paragraph("Actions:"), Paragraph("• NC to share the SAR action plan"),
    ])
    record = extract_record(doc)
    assert record["body"] == "Harbour Safeguarding Adults Board"
    assert record["date"] == "2024-05-09"
    assert names(record, "present") == ["Tom Reeve", "Nia Cole"]
    assert names(record, "apologies") == ["Raj Iyer"]
    assert [i["number"] for i in record["items"]] == ["Part 1", "Part 2"]
    assert action_rows(record) == [("Part 2", "Share the SAR action plan", ["Nia Cole"])]


@pytest.mark.parametrize("doc", [
    Document(blocks=[]),
    Document(blocks=[Paragraph("")]),
    Document(blocks=[Table(rows=())]),
    Document(blocks=[Table(rows=(("", ""),))]),
    Document(blocks=[Paragraph("Annual report 2022-23"), Paragraph("1. Foreword by the chair")]),
])
def test_odd_documents_give_an_empty_record_not_an_error(doc):
    record = extract_record(doc)
    assert set(record) >= {"body", "date", "next_meeting_date", "people", "items", "actions", "action_updates",
                           "decisions", "forward_plan", "flags"}
    assert record["actions"] == []


def test_attendance_in_one_long_paragraph_as_a_pdf_gives_it():
    doc = Document(blocks=[
        Paragraph("Lowmoor Safeguarding Adults Board", page=1),
        Paragraph("Minutes of the meeting held on Wednesday 15th November 2023 at 10.00am", page=1),
        Paragraph("Present:", page=1),
        Paragraph("Hana Grove (HG) – Independent Chair DCI Piers Rudd (PR) – Lowmoor Police Jenny Marr (JM) – Head of "
                  "Safeguarding, Lowmoor NHS Trust Jim Moore (JMo) – Lowmoor Council Apologies: Sue Bright (Lowmoor "
                  "Council), Kay Noble (Fire)", page=1),
        Paragraph("1. Performance report", page=1),
        Paragraph("JMo reported a rise in enquiries. ACTION: JMo and PR to analyse repeat referrals. ACTION: JM to "
                  "share the health data. Next meeting: 14 February 2024", page=1),
        Paragraph("2. Business plan", page=1),
        Paragraph("ACTION: Business Manager to update the plan.", page=1),
    ], kind="pdf")
    record = extract_record(doc)
    assert names(record, "present") == ["Hana Grove", "Piers Rudd", "Jenny Marr", "Jim Moore"]
    assert names(record, "apologies") == ["Sue Bright", "Kay Noble"]
    assert record["next_meeting_date"] == "2024-02-14"
    assert action_rows(record)[:2] == [
        ("1", "Analyse repeat referrals", ["Jim Moore", "Piers Rudd"]),
        ("1", "Share the health data", ["Jenny Marr"]),  # JM is Jenny: Jim wrote himself JMo
    ]


def test_an_owner_named_by_role():
    doc = Document(blocks=[Paragraph("Present: Ann Lee (Business Manager, Fenbridge Safeguarding), Tom Hart (Police)"),
                           Paragraph("1. Plan"), Paragraph("ACTION: Business Manager to update the plan.")])
    assert extract_record(doc)["actions"][0]["owners"] == ["Ann Lee"]


def test_attendance_table_with_an_apologies_row_and_agenda_item_column():
    doc = Document(blocks=[
        Paragraph("Riverside Safeguarding Partnership Board"),
        Table(rows=(("Date:", "Tuesday 14th May 2024", "Time:", "2pm"),
                    ("Venue:", "Town Hall", "", ""))),
        Table(rows=(("Name", "Organisation"), ("Cllr Rosa Diaz", "Riverside Council"), ("Ian Fell", "Riverside Police"),
                    ("Apologies", ""), ("Meg Hyde", "Riverside ICB"))),
        Table(rows=(("Agenda Item", "Discussion", "Action/Owner"),
                    ("1. Welcome", "RD chaired.", ""),
                    ("2. Audit", "IF presented the audit.", "IF to circulate the audit report to all partners"))),
    ])
    record = extract_record(doc)
    assert record["date"] == "2024-05-14"
    assert names(record, "present") == ["Rosa Diaz", "Ian Fell"] and names(record, "apologies") == ["Meg Hyde"]
    assert [(i["number"], i["title"]) for i in record["items"]] == [("1", "Welcome"), ("2", "Audit")]
    assert action_rows(record) == [("2", "IF to circulate the audit report to all partners", ["Ian Fell"])]


def test_present_and_apologies_side_by_side_and_apologies_in_a_sentence():
    doc = Document(blocks=[
        Table(rows=(("Present", "Apologies"), ("Ann Lee (Chair)\nTom Hart (Police)", "Kim Ross (Fire)"))),
        Paragraph("Apologies were received from Ed Moss (Probation) and Kay Bell (Education)."),
    ])
    record = extract_record(doc)
    assert names(record, "present") == ["Ann Lee", "Tom Hart"]
    assert names(record, "apologies") == ["Kim Ross", "Ed Moss", "Kay Bell"]


def test_word_minutes_with_merged_item_rows_and_an_attendee_table():
    doc = Document(blocks=[
        Paragraph("MINUTES"),
        Paragraph("Meeting title: Greyford Safeguarding Children Partnership Executive"),
        Paragraph("Date: 03/07/2023    Time: 10:00 – 12:00    Venue: Microsoft Teams"),
        Paragraph("Chair: Cllr Nora Blake"),
        Table(rows=(("Attendee", "Role", "Organisation"), ("Dr Imran Qureshi", "Designated Doctor", "Greyford ICB"),
                    ("Jane Carr", "Head of Service", "Greyford Council"), ("John Carr", "Head of Education", "Greyford Council"))),
        Paragraph("Apologies: Ruth Vale (Greyford Probation), Colin Ash (Greyford Fire)"),
        Table(rows=(("Item", "Discussion", "Action", "Who"),
                    ("1. Welcome, introductions and apologies",),  # a merged row appears once
                    ("", "The Chair welcomed everyone.", "", ""),
                    ("2. Minutes of the previous meeting and action log",),
                    ("", "Minutes agreed.\nAction 12 – Neglect toolkit launch – complete\n"
                         "Action 14 – Audit of strategy meetings – remain on the agenda", "", ""),
                    ("3. Education attendance",),
                    ("", "John Carr presented the home education data.", "Share EHE data with the health subgroup", "JC"),
                    ("4. Section 11 audit",),
                    ("", "Jane Carr reported on the returns.", "Chase outstanding returns\nReport findings in October",
                     "JC\nJC/IQ"))),
        Paragraph("Date of next meeting: 2nd October 2023"),
    ], kind="docx")
    record = extract_record(doc)
    assert record["body"] == "Greyford Safeguarding Children Partnership Executive"
    assert (record["date"], record["next_meeting_date"]) == ("2023-07-03", "2023-10-02")
    assert names(record, "present") == ["Nora Blake", "Imran Qureshi", "Jane Carr", "John Carr"]
    assert record["people"]["present"][0]["role"] == "Cllr, Chair"
    assert names(record, "in_attendance") == []
    assert [i["number"] for i in record["items"]] == ["1", "2", "3", "4"]
    assert action_rows(record) == [
        ("3", "Share EHE data with the health subgroup", ["John Carr"]),
        ("4", "Chase outstanding returns", ["Jane Carr"]),
        ("4", "Report findings in October", ["Jane Carr", "Imran Qureshi"]),
    ]
    assert [(u["text"], u["status"]) for u in record["action_updates"]] == [
        ("Neglect toolkit launch", "closed"), ("Audit of strategy meetings", "carried_forward")]


def test_date_and_attendance_joined_on_one_line_by_a_pdf_reader():
    doc = Document(blocks=[
        Paragraph("Ashby Safeguarding Adults Board", style="Heading", page=1),
        Paragraph("Date: 9th February 2022 Present: Mona Reid (MR) – Chair; Karl Stein (KS) – Ashby Police", page=1),
        Table(rows=(("Item", "Discussion", "Action", "Owner"),
                    ("1.", "Topic one. The board discussed the matter at length and members shared their views on it "
                           "before agreeing to come back to it.", "Prepare the follow-up paper", "KS")), page=1),
    ], kind="pdf")
    record = extract_record(doc)
    assert record["date"] == "2022-02-09"
    assert names(record, "present") == ["Mona Reid", "Karl Stein"]
    assert record["items"] == [{"number": "1", "title": "Topic one", "discussion": (
        "The board discussed the matter at length and members shared their views on it before agreeing to come back to it.")}]
    assert action_rows(record) == [("1", "Prepare the follow-up paper", ["Karl Stein"])]


def test_numbered_attendance_list_with_agency_subheadings():
    doc = Document(blocks=[
        Paragraph("Present:"), Paragraph("Youth Justice"), Paragraph("1. Jo Bloggs – Head of Service"),
        Paragraph("Public Health"), Paragraph("2. Ann Lee – Consultant"),
        Paragraph("1. Welcome"), Paragraph("The Chair opened the meeting and thanked everyone for coming today."),
        Paragraph("2. Budget"), Paragraph("ACTION: JB to circulate the budget."),
    ])
    record = extract_record(doc)
    assert names(record, "present") == ["Jo Bloggs", "Ann Lee"]
    assert [i["number"] for i in record["items"]] == ["1", "2"]
    assert action_rows(record) == [("2", "Circulate the budget", ["Jo Bloggs"])]


def test_owner_column_refers_to_the_marked_paragraph():
    doc = Document(blocks=[Table(rows=(
        ("Item", "Minutes", "Action by"),
        ("3", "Audit\nThe audit was discussed.\nAction: circulate the audit summary to partners\nMembers thanked the team.", "KB"),
    ))])
    record = extract_record(doc)
    assert [(a["text"], a["owner_text"]) for a in record["actions"]] == [("circulate the audit summary to partners", "KB")]


def test_status_tables_are_updates_to_earlier_actions_and_new_actions_stay_actions():
    doc = Document(blocks=[
        Paragraph("Present: Ann Lee (Chair), Tom Hart (Police)"),
        Paragraph("Matters arising"),
        Table(rows=(("Ref", "Action", "Owner", "Status"),
                    ("12", "Refresh the escalation policy", "AL", "Complete"),
                    ("14", "Audit strategy meetings", "TH", "Ongoing"),
                    ("15", "Review the dataset", "TH", "Carried forward"))),
        Paragraph("1. Escalations"),
        Paragraph("ACTION: TH to report escalations quarterly."),
        Paragraph("Action log"),
        Table(rows=(("Item", "Action", "Owner", "Status"),
                    ("1", "TH to report escalations quarterly.", "TH", "New"),
                    ("1", "Publish the escalation data", "AL", "Open"))),
    ])
    record = extract_record(doc)
    assert [(u["text"], u["status"]) for u in record["action_updates"]] == [
        ("Refresh the escalation policy", "closed"), ("Audit strategy meetings", "open"),
        ("Review the dataset", "carried_forward")]
    assert action_rows(record) == [("1", "TH to report escalations quarterly.", ["Tom Hart"]),
                                   ("1", "Publish the escalation data", ["Ann Lee"])]


@pytest.mark.parametrize("title, body", [
    ("Minutes: Executive Board", "Executive Board"),
    ("Minutes of the Fenbridge Safeguarding Adults Board held on 14 March 2018", "Fenbridge Safeguarding Adults Board"),
    ("Fenbridge Board – Minutes", "Fenbridge Board"),
    ("Draft Minutes of the meeting of the Exec Board, Tuesday 3 May", "Exec Board"),
    ("Southmere Safeguarding Adults Board – Minutes – 12.01.23", "Southmere Safeguarding Adults Board"),
    ("NOTES OF THE EXPLOITATION SUBGROUP MEETING", "EXPLOITATION SUBGROUP"),
    ("Exploitation Sub-group Meeting on 3rd May 2023", "Exploitation Sub-group"),
])
def test_body_from_the_title_line(title, body):
    assert extract_record(Document(blocks=[Paragraph(title), Paragraph("Present: Ann Lee (Chair)")]))["body"] == body


def test_a_running_header_over_the_title_naming_the_same_board_is_not_added_to_it():
    doc = Document(blocks=[Paragraph("Marlow Safeguarding Children Partnership – Full Partnership Board"),
                           Paragraph("MARLOW SAFEGUARDING CHILDREN PARTNERSHIP BOARD"), Paragraph("MINUTES")])
    assert extract_record(doc)["body"] == "MARLOW SAFEGUARDING CHILDREN PARTNERSHIP BOARD"


def test_body_prefers_a_board_over_a_council_letterhead():
    doc = Document(blocks=[Paragraph("Fenshire County Council"), Paragraph("Fenshire Safeguarding Adults Board")])
    assert extract_record(doc)["body"] == "Fenshire Safeguarding Adults Board"


def test_a_part_heading_that_groups_numbered_items_is_not_an_item():
    doc = Document(blocks=[Paragraph("Part 1 – Open business"), Paragraph("1. Welcome"), Paragraph("Noted."),
                           Paragraph("2. Budget"), Paragraph("Noted."), Paragraph("Part 2"), Paragraph("Closed minutes.")])
    assert [i["number"] for i in extract_record(doc)["items"]] == ["1", "2", "Part 2"]


def test_cells_wrapped_into_extra_rows_by_a_pdf_reader_are_rejoined():
    doc = Document(blocks=[
        Paragraph("Present: Stephanie Grey (Council), Lorraine Beattie (Police), Omar Reed (Health)"),
        Table(rows=(("Item", "Discussion", "Action", "Owner"),
                    ("1.", "Audit", "Circulate the audit findings to", "Stephanie and"),
                    ("", "", "all partners", ""),
                    ("", "", "", "Lorraine"),
                    ("2.", "Data", "Share the dataset", "OR")), page=1),
    ], kind="pdf")
    record = extract_record(doc)
    assert action_rows(record) == [
        ("1", "Circulate the audit findings to all partners", ["Stephanie Grey", "Lorraine Beattie"]),
        ("2", "Share the dataset", ["Omar Reed"]),
    ]


def test_converted_text_from_another_board_end_to_end():
    record = extract_record(read_text(FIXTURES / "seeds_like_other_board.txt"))
    assert (record["body"], record["date"], record["next_meeting_date"]) == (
        "Harrowdale Safeguarding Adults Board", "2023-03-21", "2023-06-20")
    assert names(record, "present") == ["Beth Armitage", "Colin Marsh", "Farah Iqbal"]
    assert record["people"]["present"][1]["deputising_for"] == "Ian Vale"
    assert names(record, "in_attendance") == ["Gemma Lord"]
    assert names(record, "apologies") == ["Ian Vale", "Ruth Sim"]
    assert [i["number"] for i in record["items"]] == ["1", "2", "3", "4"]
    assert [(a["item"], a["text"], a["owners"], a["due"]) for a in record["actions"]] == [
        ("3", "Publish the report", ["Gemma Lord"], "2023-06-30"),
        ("3", "Write to the housing provider", ["Beth Armitage", "Colin Marsh"], None),  # "May Board": no May meeting
        ("4", "Share custody data with the subgroup", ["Colin Marsh"], "2023-06-20"),  # the next meeting
    ]
    assert [u["status"] for u in record["action_updates"]] == ["closed", "carried_forward"]


# --- Issue 8 content: discussion, start time and place, due and due_text, email-pasted notes (fictional) ---

def content_heading(*lines):
    return [Paragraph("Ambleford Safeguarding Adults Board"), *map(Paragraph, lines),
            Paragraph("Present: Jo Bloggs (JB) – Chair, Ann Lee (AL), Tom Reyes (TR)")]


def content_record_of(*blocks, kind="docx"):
    return extract_record(Document(blocks=list(blocks), kind=kind))


def content_dues(record):
    return [(a["text"], a["due"], a["due_text"]) for a in record["actions"]]



def test_discussion_keeps_every_paragraph_of_prose_minutes_in_order():
    record = content_record_of(*content_heading("Minutes of the meeting held on 3 March 2026"),
                       Paragraph("1. Welcome"), Paragraph("JB welcomed members."),
                       Paragraph("2. Budget"), Paragraph("AL presented the budget."),
                       Paragraph("Members asked about reserves.\n• Reserves are 4%.\n• No overspend is forecast."),
                       Paragraph("ACTION: AL to circulate the budget by 31/03/2026."), kind="text")
    assert [(i["number"], i["discussion"]) for i in record["items"]] == [
        ("1", "JB welcomed members."),
        ("2", "AL presented the budget.\nMembers asked about reserves.\n• Reserves are 4%.\n• No overspend is forecast.\n"
              "ACTION: AL to circulate the budget by 31/03/2026."),
    ]



def test_discussion_of_a_table_is_its_discussion_cell_not_the_action_columns():
    record = content_record_of(*content_heading("Date: 3 March 2026"),
                       Table(rows=(("Item", "Discussion", "Action", "Owner"),
                                   ("1.", "Audit\nTR presented the audit.\nThe Board agreed the findings.", "Share the audit", "TR"),
                                   ("2.", "AOB", "", ""))))
    assert [(i["title"], i["discussion"]) for i in record["items"]] == [
        ("Audit", "TR presented the audit.\nThe Board agreed the findings."), ("AOB", None)]
    assert [a["text"] for a in record["actions"]] == ["Share the audit"]



@pytest.mark.parametrize("line, start, place", [
    ("Minutes of the meeting held on Tuesday 3 March 2026, 2.00pm – 4.00pm, Room 4, Civic Centre", "14:00", "Room 4, Civic Centre"),
    ("Wednesday 4 March 2026, 14:00-16:00, Microsoft Teams", "14:00", "Microsoft Teams"),
    ("Notes of meeting 04/03/26, 10am (via Teams)", "10:00", "via Teams"),
    ("Meeting date: 04.03.2026 – 09:30 to 11:30 – Ambleford Library, Room 2", "09:30", "Ambleford Library, Room 2"),
    ("Thursday 5 March 2026 at 10.00am, Riverside House", "10:00", "Riverside House"),
    ("Minutes – 5 March 2026", None, None),
    ("Minutes – 5 March 2026 (meeting held virtually via MS Teams)", None, "via MS Teams"),
    ("Date: 5 March 2026\tTime: 1.30 pm\tVenue: Committee Room B", "13:30", "Committee Room B"),
    ("Date: 5 March 2026 Time: 2.00pm – 4.00pm Venue: Room 4, Civic Centre", "14:00", "Room 4, Civic Centre"),
    ("Minutes of the meeting held at Ambleford Guildhall on 5 March 2026", None, "Ambleford Guildhall"),
])
def test_start_time_and_location_from_the_heading_line(line, start, place):
    record = content_record_of(*content_heading(line), Paragraph("1. Welcome"), Paragraph("JB welcomed members."))
    assert (record["start_time"], record["location"]) == (start, place)



def test_start_time_and_location_from_a_label_table_not_from_the_next_meeting():
    record = content_record_of(Paragraph("Ambleford Safeguarding Adults Board"),
                       Table(rows=(("Date", "5 March 2026"), ("Time", "10am – 12pm"), ("Venue", "Room 4, Civic Centre"),
                                   ("Present", "Jo Bloggs (JB)"))),
                       Paragraph("1. Welcome"), Paragraph("JB welcomed members."),
                       Paragraph("2. Date of next meeting: 7 May 2026, 2pm, Town Hall"))
    assert (record["start_time"], record["location"], record["next_meeting_date"]) == ("10:00", "Room 4, Civic Centre",
                                                                                       "2026-05-07")



def test_no_time_or_place_written_is_null():
    record = content_record_of(*content_heading("Minutes of the meeting of 5 March 2026"), Paragraph("1. Welcome"),
                       Paragraph("JB welcomed members; the meeting started at 10am."))
    assert (record["start_time"], record["location"]) == (None, None)



def test_due_dates_in_a_due_column_read_against_the_meeting_and_the_next_meeting():
    record = content_record_of(*content_heading("Date: 3 March 2026"),
                       Table(rows=(("Item", "Discussion", "Action", "Owner", "By when"),
                                   ("1.", "Policy\nThe policy was reviewed.",
                                    "Circulate the policy\nBook the venue\nUpdate the register",
                                    "AL\nJB\nTR", "by 4 December 2026\nw/c 13 April\nnext meeting"),
                                   ("2.", "Audit\nThe audit was discussed.", "Send comments", "All", "ASAP"),
                                   ("3.", "Training\nNoted.", "Present the training plan", "TR", "the May Board"),
                                   ("4.", "Date of next meeting: 12 May 2026", "", "", ""))))
    assert content_dues(record) == [
        ("Circulate the policy", "2026-12-04", "by 4 December 2026"),
        ("Book the venue", "2026-04-13", "w/c 13 April"),
        ("Update the register", "2026-05-12", "next meeting"),
        ("Send comments", None, "ASAP"),
        ("Present the training plan", "2026-05-12", "the May Board"),
    ]
    assert record["actions"][3]["owners"] == ["All"]



def test_due_phrase_in_a_cell_without_a_due_column_stays_in_the_text_and_in_due_text():
    record = content_record_of(*content_heading("Date: 3 March 2026"),
                       Table(rows=(("Item", "Discussion", "Action", "Owner"),
                                   ("1.", "Policy\nReviewed.", "Circulate the policy – deadline 11/12/2026", "AL"),
                                   ("2.", "Audit\nReviewed.", "Finish the audit (31.01.27)", "TR"))))
    assert content_dues(record) == [("Circulate the policy – deadline 11/12/2026", "2026-12-11", "deadline 11/12/2026"),
                            ("Finish the audit (31.01.27)", "2027-01-31", "31.01.27")]



def test_email_headers_covering_note_and_sign_off_are_not_the_minutes():
    record = content_record_of(
        Paragraph("From: Sam Carter"), Paragraph("Sent: 6 March 2026 17:12"), Paragraph("To: Training Subgroup"),
        Paragraph("Subject: Notes - Ambleford Training Subgroup 05/03/26"), Paragraph("Hi all,"),
        Paragraph("Notes from yesterday below."), Paragraph("-----"),
        Paragraph("Ambleford Safeguarding Partnership - Training Subgroup"),
        Paragraph("Notes of meeting 05/03/26, 2pm (Teams)"),
        Paragraph("Present: Jo Bloggs (JB), Ann Lee (AL)"),
        Paragraph("1. Course review"), Paragraph("AL reported on the courses."),
        Paragraph("Kind regards,"), Paragraph("Sam Carter"), Paragraph("Business Support Officer"), kind="text")
    assert (record["body"], record["date"], record["start_time"], record["location"]) == (
        "Ambleford Safeguarding Partnership - Training Subgroup", "2026-03-05", "14:00", "Teams")
    assert record["items"] == [{"number": "1", "title": "Course review", "discussion": "AL reported on the courses."}]



def test_text_outside_every_item_is_kept_in_other_text():
    record = content_record_of(*content_heading("Minutes of the meeting held on 3 March 2026"),
                               Paragraph("The meeting was quorate and was recorded for the minute taker."),
                               Paragraph("1. Welcome"), Paragraph("JB welcomed members."),
                               Paragraph("Action log"),
                               Table(rows=(("Item", "Action", "Owner", "Due"), ("1", "Book the room", "JB", "31/03/2026"))),
                               Paragraph("Forward plan: training review (June 2026)."),
                               Paragraph("Date of next meeting: 12 May 2026, 10:00, Council Chamber"))
    assert record["other_text"] == ["The meeting was quorate and was recorded for the minute taker.",
                                    "Forward plan: training review (June 2026).",
                                    "Date of next meeting: 12 May 2026, 10:00, Council Chamber"]
    assert record["next_meeting_date"] == "2026-05-12"


def test_an_update_keeps_its_progress_note_as_written():
    record = content_record_of(*content_heading("Date: 3 March 2026"),
                               Paragraph("1. Matters arising"),
                               Paragraph("Refresh the leaflet – actioned, shared with partners on 2 March."),
                               Paragraph("Action log"),
                               Table(rows=(("Action", "Owner", "Status"),
                                           ("Write to the trust", "AL", "Letter sent on 20 February"),
                                           ("Review the protocol", "TR", "Carried forward"))))
    assert [(u["text"], u["status"], u.get("comment")) for u in record["action_updates"]] == [
        ("Refresh the leaflet", "closed", "actioned, shared with partners on 2 March."),
        ("Write to the trust", "closed", "Letter sent on 20 February"),
        ("Review the protocol", "carried_forward", "Carried forward"),
    ]


def test_an_email_covering_note_without_a_separator_is_not_the_body():
    record = content_record_of(
        Paragraph("From: Sam Carter <sam@example.org>"), Paragraph("Sent: Friday, 6 March 2026 09:14"),
        Paragraph("To: Training Subgroup"), Paragraph("Subject: RE: notes from Thursday"),
        Paragraph("Hi all,"), Paragraph("Below are the notes from Thursday. Let me know of any changes."),
        Paragraph("Ambleford Safeguarding Partnership – Training Subgroup"),
        Paragraph("Notes of the meeting held on 5 March 2026, 10.00am – 11.30am, Microsoft Teams"),
        Paragraph("Present: Jo Bloggs (JB), Ann Lee (AL)"),
        Paragraph("1. Courses"), Paragraph("AL reported on the courses."),
        Paragraph("Kind regards"), Paragraph("Sam"), Paragraph("Sam Carter | Business Support | Ambleford"), kind="text")
    assert (record["body"], record["date"], record["start_time"], record["location"]) == (
        "Ambleford Safeguarding Partnership – Training Subgroup", "2026-03-05", "10:00", "Microsoft Teams")
    assert record["other_text"] == [] and record["items"][0]["discussion"] == "AL reported on the courses."


def test_a_closing_log_numbering_actions_under_their_item_gives_the_item_and_replaces_the_markers():
    record = content_record_of(*content_heading("Minutes of the meeting held on 3 March 2026"),
                               Paragraph("1. Audit"), Paragraph("AL presented the audit. A report will follow. (Action: AL)"),
                               Paragraph("2. Training"), Paragraph("TR reported on courses. (Action: TR)"),
                               Paragraph("Action log"),
                               Table(rows=(("Ref", "Action", "Owner", "Due"),
                                           ("1.1", "Share the audit report with partners", "AL", "Apr 2026"),
                                           ("2.1", "Book the refresher course", "TR", "31/05/2026"))))
    assert [(a["item"], a["text"], a["due"], a["due_text"]) for a in record["actions"]] == [
        ("1", "Share the audit report with partners", "2026-04-30", "Apr 2026"),
        ("2", "Book the refresher course", "2026-05-31", "31/05/2026")]


def test_due_phrases_counted_from_the_meeting_and_named_meetings_of_another_body():
    record = content_record_of(Paragraph("Ambleford Safeguarding Adults Board"), Paragraph("Quality Assurance Subgroup"),
                               Paragraph("Date: Tuesday 17 November 2026"),
                               Paragraph("Present: Jo Bloggs (JB) – Chair, Ann Lee (AL), Tom Reyes (TR)"),
                               Table(rows=(("Item", "Discussion", "Action", "Owner", "By when"),
                                           ("1.", "Audit\nThe audit was discussed.",
                                            "Share the audit\nBook the venue\nUpdate the register\nWrite to schools",
                                            "AL\nJB\nTR\nAL", "2 weeks\nby the end of next month\nQ1 2027\nbefore Christmas"),
                                           ("2.", "Policy\nNoted.", "Take the policy to the Board\nRevise the leaflet",
                                            "TR\nJB", "the January Board\nthe January meeting"),
                                           ("3.", "Date of next meeting: 19 January 2027", "", "", ""))))
    assert record["body"].endswith("Quality Assurance Subgroup")
    assert content_dues(record) == [
        ("Share the audit", "2026-12-01", "2 weeks"),
        ("Book the venue", "2026-12-31", "by the end of next month"),
        ("Update the register", None, "Q1 2027"),            # calendar or financial quarter: not guessed
        ("Write to schools", None, "before Christmas"),
        ("Take the policy to the Board", None, "the January Board"),   # the Board meets apart from this subgroup
        ("Revise the leaflet", "2027-01-19", "the January meeting"),
    ]
