"""One action line in any common layout: a reference before it, a label naming its owner, its owner and due in
labelled fields or a closing bracket, task-list boxes and mentions, named and titled owners (fictional minutes)."""
import pytest

from assure.documents.document import Document, Paragraph
from assure.imports.extract import extract_record
from assure.imports.extract.actions import action_line, actions_from_cells, inline_actions


def read(line):
    found = inline_actions([line])
    return [(a["text"], a["owner_text"], a["due_text"]) for a in found]


@pytest.mark.parametrize("line, ref, expected", [
    ("[A1] BS to draft revised terms of reference for the panel – by 27 November 2026.", "A1",
     ("Draft revised terms of reference for the panel", "BS", "by 27 November 2026")),
    ("A3. JW to confirm the council contribution to the Executive – by the January meeting.", "A3",
     ("Confirm the council contribution to the Executive", "JW", "by the January meeting")),
    ("Action 4a: Circulate the revised protocol to all members – RS – 30/06/2026", "Action 4a",
     ("Circulate the revised protocol to all members", "RS", "30/06/2026")),
    ("A2 – RL to write to secondary headteachers about the panel – before the end of term.", "A2",
     ("Write to secondary headteachers about the panel", "RL", "before the end of term")),
    ("#12 TU to book the venue for the practitioner event by 12 March 2026.", "#12",
     ("Book the venue for the practitioner event", "TU", "by 12 March 2026")),
    ("(b) TU to book the venue for the practitioner event by 12 March 2026.", None,
     ("Book the venue for the practitioner event", "TU", "by 12 March 2026")),
    ("3.2 Action: Refresh the escalation policy – OQ – by 20 April 2026", None,
     ("Refresh the escalation policy", "OQ", "by 20 April 2026")),
])
def test_a_reference_before_an_action_is_kept_as_its_ref_when_it_numbers_the_action(line, ref, expected):
    found = action_line(line)
    assert (found["text"], found["owner_text"], found["due_text"]) == expected
    assert found.get("ref") == ref


@pytest.mark.parametrize("line, expected", [
    ("Action (who, when): Draft an indicator on adults' experience of an enquiry (Alys Brereton, 8 January 2027)",
     ("Draft an indicator on adults' experience of an enquiry", "Alys Brereton", "8 January 2027")),
    ("ACTION NC: evaluate the risk management pilot and propose a borough-wide model – March Executive (10.03.27).",
     ("evaluate the risk management pilot and propose a borough-wide model", "NC", "March Executive (10.03.27)")),
    ("ACTION YK/IR: look at joint messaging to officers and district nurses on cold homes – asap.",
     ("look at joint messaging to officers and district nurses on cold homes", "YK/IR", "asap")),
    ("Action for DW: arrange a joint workshop with the children's partnership by February 2027.",
     ("arrange a joint workshop with the children's partnership", "DW", "by February 2027")),
    ("Actions – TO: amend the making safeguarding personal section.",
     ("amend the making safeguarding personal section", "TO", None)),
    ("Action by PH: write to the trust about discharge planning – end of January.",
     ("write to the trust about discharge planning", "PH", "end of January")),
    ("Task: Share the audit findings with the Executive. Owner: JB. Due: 4 March 2026",
     ("Share the audit findings with the Executive", "JB", "4 March 2026")),
])
def test_a_label_carrying_extra_words_or_the_owner(line, expected):
    assert read(line) == [expected]


@pytest.mark.parametrize("line, expected", [
    ("Action: Circulate the list of homes under provider concerns monthly (Kieran Lusk, ongoing)",
     ("Circulate the list of homes under provider concerns monthly", "Kieran Lusk", "ongoing")),
    ("Action: Bring the dashboard to the next meeting (Kieran Lusk and Alys Brereton, next meeting)",
     ("Bring the dashboard to the next meeting", "Kieran Lusk and Alys Brereton", "next meeting")),
    ("Action: Send the briefing to schools (by 18/12 – RQ)", ("Send the briefing to schools", "RQ", "by 18/12")),
    ("Update the referral form – Lead: VS – Due: 30 October 2026", ("Update the referral form", "VS", "30 October 2026")),
    ("Chase the missing returns. Owner: OQ. Deadline: end of April 2026",
     ("Chase the missing returns", "OQ", "end of April 2026")),
    ("Book the spring workshop · Assigned to: Nia Pell, Rita Sandoval · Due: Next meeting",
     ("Book the spring workshop", "Nia Pell, Rita Sandoval", "Next meeting")),
    ("Circulate the winter plan. Who: RS When: 12 March 2026", ("Circulate the winter plan", "RS", "12 March 2026")),
    ("Produce the flowchart for schools by half term (12 February 2027) – Lead: RD",
     ("Produce the flowchart for schools", "RD", "by half term (12 February 2027)")),
    ("Draft the refreshed neglect strategy – SB – deadline 11/12/2026",
     ("Draft the refreshed neglect strategy", "SB", "deadline 11/12/2026")),
    ("• Circulate the plan to all schools (JB) – 30/06/26", ("Circulate the plan to all schools", "JB", "30/06/26")),
    ("Action (AB, 30/06/26): circulate the plan to members", ("circulate the plan to members", "AB", "30/06/26")),
    ("Action: Circulate the plan to members (Owner: AB; Due: 30/06/2026)",
     ("Circulate the plan to members", "AB", "30/06/2026")),
    ("• Refresh the audit tool (Lead: Jo Bloggs, Deadline: end of March)", ("Refresh the audit tool", "Jo Bloggs", "end of March")),
])
def test_owner_and_due_in_a_closing_bracket_or_trailing_fields_in_any_order(line, expected):
    assert read(line) == [expected]


@pytest.mark.parametrize("line, expected", [
    ("[ ] @Owain Fitch send the bruising protocol reminder to GP practices and ED (item 2) 11 Dec 2026",
     ("Send the bruising protocol reminder to GP practices and ED", "@Owain Fitch", "11 Dec 2026", "2")),
    ("☐ Mags Dunmore – get the independent schools sample list", ("Get the independent schools sample list",
                                                                "Mags Dunmore", None, None)),
    ("• @Priya Lanning draft audit terms of reference · Linked to: Item 3",
     ("Draft audit terms of reference", "@Priya Lanning", None, "3")),
])
def test_a_task_list_line_is_an_action_with_its_owner_due_and_linked_item(line, expected):
    found = action_line(line)
    assert (found["text"], found["owner_text"], found["due_text"], found.get("linked_item")) == expected
    assert not found.get("status")


@pytest.mark.parametrize("line", ["- [x] Send the letter to GP practices – Owain Fitch", "☑ @Mags Dunmore get the sample list"])
def test_a_ticked_task_is_an_earlier_action_done_not_a_new_one(line):
    found = action_line(line)
    assert found["earlier"] and found["status"] == "complete"


@pytest.mark.parametrize("line, expected", [
    ("Ifan to contact the licence holder about a schools version – 2 weeks.",
     [("Contact the licence holder about a schools version", "Ifan", "2 weeks")]),
    ("DS Farah to check the police records for the family address – by the end of next month.",
     [("Check the police records for the family address", "DS Farah", "by the end of next month")]),
    ("Dr Onwuka will raise the flagging request at the ICB committee by 10 January 2027.",
     [("Raise the flagging request at the ICB committee", "Dr Onwuka", "by 10 January 2027")]),
    ("Sophie and Bryony to run two refresher sessions on scoring – Q1 2027.",
     [("Run two refresher sessions on scoring", "Sophie and Bryony", "Q1 2027")]),
    ("The Chair to write to the Director by 4 December 2026.", [("Write to the Director", "The Chair", "by 4 December 2026")]),
    ("Ifan said he would contact the licence holder.", []),
    ("Ifan reported that the toolkit was popular.", []),
    ("DS Farah reported two incidents in the area.", []),
    ("Dr Onwuka will be on leave in January.", []),
    ("Members to note the timetable.", []),
    ("Work to develop the hub continues.", []),
    ("Jo Bloggs – designated nurse, Ambleford ICB", []),
    ("Referrals to review teams rose by 10% in the quarter.", []),
    ("Police to provide data on financial abuse crimes.", [("Provide data on financial abuse crimes", "Police", None)]),
    ("☑ Jo Bloggs", []),  # a box ticked beside a name
    ("Ann Lee (AL) – apologies", []),
])
def test_named_and_titled_owners_only_before_an_instruction_verb(line, expected):
    assert read(line) == expected


@pytest.mark.parametrize("line", [
    "Dominic to share the learning from Child P with team managers: done.",
    "Rosa to check the attendance data – complete, nothing of concern.",
    "[A5] Circulate the revised plan – complete",
])
def test_a_task_line_ending_in_its_progress_is_not_a_new_action(line):
    assert all(a.get("status") for a in inline_actions([line]))


def test_an_action_cell_without_owner_or_due_columns_reads_them_from_its_end():
    rows = actions_from_cells("Prepare a report for the Board on children missing education – RB – "
                              "for the February Board (11.02.27)", "", "")
    assert [(r["text"], r["owner_text"], r["due_text"]) for r in rows] == [
        ("Prepare a report for the Board on children missing education", "RB", "for the February Board (11.02.27)")]


def record_of(*lines):
    heading = [Paragraph("Kestrel Vale Safeguarding Children Partnership"),
               Paragraph("Minutes of the meeting held on 2 December 2026"),
               Paragraph("Present: Owain Fitch (OF) – Chair, Priya Lanning (PL), Mags Dunmore (MD), Jonah Whitlock (JW)")]
    return extract_record(Document(blocks=[*heading, *map(Paragraph, lines)], kind="text"))


def test_a_closing_task_list_gives_each_action_its_item_owner_and_due():
    record = record_of("1. Notes of the last meeting", "Notes agreed.",
                       "2. Bruising protocol", "Owain took the group through the protocol.",
                       "3. Audit programme", "Priya proposed three audits.",
                       "4. Any other business", "None.", "Action items",
                       "[ ] @Owain Fitch send the bruising protocol reminder to GP practices (item 2) 11 Dec 2026",
                       "[x] @Mags Dunmore circulate the audit dates (item 3)",
                       "[ ] @Priya Lanning draft audit terms of reference (item 3) 29 Jan 2027")
    assert [(a["item"], a["text"], a["owners"], a["due"], a["due_text"]) for a in record["actions"]] == [
        ("2", "Send the bruising protocol reminder to GP practices", ["Owain Fitch"], "2026-12-11", "11 Dec 2026"),
        ("3", "Draft audit terms of reference", ["Priya Lanning"], "2027-01-29", "29 Jan 2027"),
    ]
    assert [(u["text"], u["status"]) for u in record["action_updates"]] == [("Circulate the audit dates", "closed")]


def test_a_numbered_owned_action_is_new_even_when_its_words_sound_like_progress():
    record = record_of("1. Annual report", "The report was discussed.",
                       "[A2] JW to circulate the annual report once it is published – by 18 December 2026.")
    assert [(a["text"], a["owners"], a["due"]) for a in record["actions"]] == [
        ("Circulate the annual report once it is published", ["Jonah Whitlock"], "2026-12-18")]
    assert record["action_updates"] == []


@pytest.mark.parametrize("lines, expected", [
    (["The Board approved the report.", "Action", "Amend the personal outcomes section", "Who", "TO", "When",
      "by 18 December 2026"], [("Amend the personal outcomes section", "TO", "by 18 December 2026")]),
    (["Arrange a joint workshop on transitional safeguarding", "Owner:", "DW / TO", "Due:", "February 2027"],
     [("Arrange a joint workshop on transitional safeguarding", "DW / TO", "February 2027")]),
    (["Action", "Who", "When", "Circulate the plan", "AB", "June"], []),  # a flattened table's header row, not fields
])
def test_labels_on_lines_of_their_own_with_each_value_on_the_next(lines, expected):
    assert [(a["text"], a["owner_text"], a["due_text"]) for a in inline_actions(lines)] == expected


@pytest.mark.parametrize("line, expected", [
    ("Alys presented the plan. Jo to share it with partners by 20/11/26.",
     [("Share it with partners", "Jo", "by 20/11/26")]),
    ("The group discussed the referrals. DS Farah to check the police records.",
     [("Check the police records", "DS Farah", None)]),
    ("Members discussed the audit. Ifan said he would check the sample.", []),
    ("The plan was agreed. Members to note the timetable.", []),
])
def test_a_named_owner_setting_a_task_later_in_a_paragraph(line, expected):
    assert read(line) == expected


@pytest.mark.parametrize("cell, owner_text", [
    ("DS Farah to check the police records by 4 June 2026", "DS Farah"),
    ("@Owain Fitch send the reminder to GP practices", "@Owain Fitch"),
    ("Ifan said the licence holder would reply", None),
])
def test_an_action_cell_naming_its_owner_first_by_name_title_or_mention(cell, owner_text):
    assert [r["owner_text"] for r in actions_from_cells(cell, "", "")] == [owner_text]


@pytest.mark.parametrize("line, expected", [
    ("AGREED: the Executive accepted the revised ratings.", []),
    ("RESOLVED: the Board noted the report.", []),
    ("RESOLVED: That the Head of Adult Services circulate the dashboard to members by 10 April 2026.",
     [("circulate the dashboard to members", "the Head of Adult Services", "by 10 April 2026")]),
])
def test_a_resolution_reporting_what_a_body_did_sets_no_task(line, expected):
    assert read(line) == expected


@pytest.mark.parametrize("heading", ["Action items", "Actions agreed:", "Tasks:", "To do", "Summary of actions"])
def test_a_heading_naming_a_list_of_actions_makes_its_bullets_actions(heading):
    found = inline_actions([heading, "• Book the venue for the spring conference", "• Refresh the escalation policy – OQ",
                            "The meeting closed at 12:30."])
    assert [(a["text"], a["owner_text"]) for a in found] == [("Book the venue for the spring conference", None),
                                                            ("Refresh the escalation policy", "OQ")]
