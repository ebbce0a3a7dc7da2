"""Ways of writing actions: lettered lists, labelled Lead/Target fields, resolutions that task an officer,
and "Action:" lines a closing action log repeats (fictional minutes)."""
from assure.documents.document import Document, Paragraph, Table
from assure.imports.extract import extract_record
from assure.imports.extract.actions import inline_actions


def record_of(*blocks, kind="docx"):
    heading = [Paragraph("Wexcombe Safeguarding Adults Board"), Paragraph("Minutes of the meeting held on 5 March 2026"),
               Paragraph("Present: Nia Pell (NP) – Chair, Omar Quist (OQ), Rita Sandoval (RS), "
                         "Tariq Umber (TU) – Head of Adult Services")]
    return extract_record(Document(blocks=[*heading, *blocks], kind=kind))


def fields(record):
    return [(a["item"], a["text"], a["owner_text"], a["owners"], a["due"], a["due_text"]) for a in record["actions"]]


def test_a_lettered_list_of_actions_is_one_action_a_letter_with_its_owner_and_due():
    found = inline_actions(["Actions arising: (a) Refresh the escalation policy – OQ – by 20 April 2026; "
                            "(b) Share the refreshed policy with care providers – Quality Team – end of May 2026; "
                            "and (c) Book the spring workshop – RS – 30/06/2026."])
    assert [(a["text"], a["owner_text"], a["due_text"]) for a in found] == [
        ("Refresh the escalation policy", "OQ", "by 20 April 2026"),
        ("Share the refreshed policy with care providers", "Quality Team", "end of May 2026"),
        ("Book the spring workshop", "RS", "30/06/2026"),
    ]


def test_a_lettered_list_in_minutes_is_owned_and_dated():
    record = record_of(Paragraph("1. Escalation policy"), Paragraph("The policy was discussed."),
                       Paragraph("Actions arising: (a) Refresh the escalation policy – OQ – by 20 April 2026; "
                                 "(b) Book the spring workshop – RS – 30/06/2026."))
    assert fields(record) == [
        ("1", "Refresh the escalation policy", "OQ", ["Omar Quist"], "2026-04-20", "by 20 April 2026"),
        ("1", "Book the spring workshop", "RS", ["Rita Sandoval"], "2026-06-30", "30/06/2026"),
    ]


def test_labelled_lead_and_target_fields_are_the_owner_and_due_not_the_text():
    found = inline_actions(["Action Point 2b: Update the referral form. Lead: NP / RS. Target: 15 May 2026.",
                            "Action 4: Chase the missing returns. Owner: OQ. Deadline: end of April 2026",
                            "Action Point 7 (audit of referrals) – completed."])
    assert [(a["text"], a["owner_text"], a["due_text"]) for a in found] == [
        ("Update the referral form", "NP / RS", "15 May 2026"),
        ("Chase the missing returns", "OQ", "end of April 2026"),
    ]


def test_a_resolution_that_tasks_a_named_officer_is_a_decision_and_an_action_owned_by_that_officer():
    record = record_of(Paragraph("1. Quarterly data"), Paragraph("The data was presented."),
                       Paragraph("RESOLVED: That (1) the report be noted; and (2) the Head of Adult Services "
                                 "circulate the revised dashboard to members by 10 April 2026."),
                       Paragraph("2. Annual report"),
                       Paragraph("RESOLVED: That (1) the annual report be approved; and (2) the report be published."))
    assert [d["text"] for d in record["decisions"]][:1] == [
        "RESOLVED: That (1) the report be noted; and (2) the Head of Adult Services circulate the revised "
        "dashboard to members by 10 April 2026."]
    assert fields(record) == [("1", "circulate the revised dashboard to members", "the Head of Adult Services",
                               ["Tariq Umber"], "2026-04-10", "by 10 April 2026")]


def test_a_resolution_asking_an_officer_to_report_to_a_dated_meeting_is_due_then():
    found = inline_actions(["RESOLVED: That the Director of Public Health be asked to report back to the meeting "
                            "on 12 June 2026."])
    assert [(a["text"], a["owner_text"], a["due_text"]) for a in found] == [
        ("report back to the meeting on 12 June 2026", "the Director of Public Health", "the meeting on 12 June 2026")]


def test_action_lines_repeated_by_a_closing_log_are_one_action_each_the_log_completing_them():
    record = record_of(
        Paragraph("1. Hospital discharge"), Paragraph("1.1 Members discussed unsafe discharges."),
        Paragraph("Action: RS to write to the trust about discharge planning."),
        Paragraph("1.2 The Board asked for a review of cases."),
        Paragraph("Action: Case Review subgroup to examine the three discharges at its May meeting."),
        Paragraph("2. Any other business"), Paragraph("2.1 None."),
        Paragraph("Action log"),
        Table(rows=(("Ref", "Action", "Owner", "Due", "Status"),
                    ("4", "Circulate the winter plan", "OQ", "30/01/2026", "Complete"),
                    ("9", "Write to the trust about discharge planning and escalation", "RS", "17/04/2026", "New"),
                    ("10", "Examine the three discharges against the review criteria", "CR subgroup", "May meeting", "New"),
                    ("11", "Draft the board's response to the consultation", "NP", "by 30 April 2026", "New"))))
    assert [(a["item"], a["text"], a["owners"], a["due"]) for a in record["actions"]] == [
        ("1", "Write to the trust about discharge planning", ["Rita Sandoval"], "2026-04-17"),
        ("1", "Examine the three discharges at its May meeting", ["Case Review subgroup"], None),
        (None, "Draft the board's response to the consultation", ["Nia Pell"], "2026-04-30"),
    ]
    assert [(u["text"], u["status"]) for u in record["action_updates"]] == [("Circulate the winter plan", "closed")]


def test_numbered_action_points_in_a_minutes_and_action_points_item_are_updates_with_their_whole_status():
    record = record_of(Paragraph("1. Minutes and action points from 4 December 2025"), Paragraph("The minutes were agreed."),
                       Paragraph("Action Point 3a (audit of missing episodes) – completed; findings at item 2."),
                       Paragraph("Action Point 3b (carers' leaflet) – not started; carried forward to the May meeting."),
                       Paragraph("2. Audit findings"), Paragraph("The findings were presented."))
    assert [(u["text"], u["status"], u["ref"]) for u in record["action_updates"]] == [
        ("Audit of missing episodes", "closed", "Action Point 3a"),
        ("Carers' leaflet", "carried_forward", "Action Point 3b"),
    ]


def test_an_officer_named_by_role_in_a_resolution_is_the_attendee_with_that_role_even_listed_with_and():
    from assure.imports.extract.people import split_entries
    assert split_entries("Lena Voss (Board Business Manager) and Ed Wray (Committee Officer).") == [
        "Lena Voss (Board Business Manager)", "Ed Wray (Committee Officer)."]
    record = record_of(Paragraph("Also Present: Lena Voss (Board Business Manager) and Ed Wray (Committee Officer)."),
                       Paragraph("1. Annual report"),
                       Paragraph("RESOLVED: That (1) the annual report be approved; and (2) the Board Business Manager "
                                 "publish it on the website by 30 April 2026."))
    assert [(a["owner_text"], a["owners"]) for a in record["actions"]] == [("the Board Business Manager", ["Lena Voss"])]


def test_a_resolution_reporting_what_a_body_does_tasks_nobody():
    assert inline_actions(["RESOLVED: That the Safeguarding Board receives the annual report in June.",
                           "RESOLVED: That (1) the report be noted; and (2) the Board be updated in June."]) == []
    assert [a["owner_text"] for a in inline_actions(["Agreed that the Head of Service address the backlog."])] == [
        "the Head of Service"]
