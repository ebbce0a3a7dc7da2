"""Actions, action updates and decisions from cells and lines."""
import pytest

from assure.documents.document import Document, Paragraph, Table
from assure.imports.extract import extract_record
from assure.imports.extract.actions import (
    action_updates,
    actions_from_cells,
    decisions,
    dedupe,
    inline_actions,
    owner_from_text,
    split_action_cell,
    status_of,
)
from assure.imports.matching import MATCHED, ActionCandidate, link_update


@pytest.mark.parametrize("cell, expected", [
    ("Action: Book room\nAction: Send notes", ["Book room", "Send notes"]),
    ("Book room\nSend notes", ["Book room", "Send notes"]),
    ("Working group to be set up, to include\nrepresentatives from health", ["Working group to be set up, to include representatives from health"]),
    ("• Book room\n• Send notes", ["Book room", "Send notes"]),
    ("ACTION 3: Circulate the plan", ["Circulate the plan"]),
    ("", []),
    ("None", []), ("N/A", []), ("No actions", []), ("No further action.", []), ("-", []), ("Noted", []),
])
def test_split_action_cell(cell, expected):
    assert split_action_cell(cell) == expected


def test_several_actions_pair_with_several_owners_in_order():
    rows = actions_from_cells("Action: Discuss funding\nAction: Amend title", "Pat Hale/Ann Shaw\nCara Moss", "June\nJuly")
    assert [(a["text"], a["owner_text"], a["due"]) for a in rows] == [
        ("Discuss funding", "Pat Hale/Ann Shaw", "June"), ("Amend title", "Cara Moss", "July")]


def test_one_owner_for_several_actions_and_owner_from_the_text():
    assert [a["owner_text"] for a in actions_from_cells("Book room\nSend notes", "AB", "")] == ["AB", "AB"]
    assert actions_from_cells("CD to send the notes", "", "")[0]["owner_text"] == "CD"


@pytest.mark.parametrize("text, owner", [
    ("AB to circulate the report", "AB"),
    ("AB and CD to agree dates", "AB and CD"),
    ("AB/CD will report back", "AB/CD"),
    ("JCol to send invitations", "JCol"),
    ("All to send comments", "All"),
    ("Circulate the report – AB", "AB"),
    ("Circulate the report (AB)", "AB"),
    ("Report to be updated to include a summary", None),
    ("Item to be added to the forward plan", None),
    ("Sarah will draft the letter", "Sarah"),
])
def test_owner_from_text(text, owner):
    assert owner_from_text(text)[1] == owner


def test_inline_actions_in_discussion():
    lines = [
        "The report was noted. ACTION: AB to share the chronology by 30 April 2024. Members thanked AB.",
        "ACTION: CD to book a room. ACTION: EF to send papers",
        "Members welcomed the draft strategy (Action: GH).",
        "The action log was reviewed. Action update: none",
        "Actions:",
        "• IJ to write to schools",
        "Members then discussed the budget.",
    ]
    found = [(a["text"], a["owner_text"], a["due"]) for a in inline_actions(lines)]
    assert found == [
        ("Share the chronology", "AB", "30 April 2024"),
        ("Book a room", "CD", None),
        ("Send papers", "EF", None),
        ("Members welcomed the draft strategy", "GH", None),
        ("Write to schools", "IJ", None),
    ]


@pytest.mark.parametrize("text, status", [
    ("Actioned", "closed"), ("Complete", "closed"), ("Done", "closed"), ("Superseded", "closed"),
    ("Carried forward", "carried_forward"), ("Roll over to next meeting", "carried_forward"),
    ("To remain on the agenda", "carried_forward"), ("Deferred to March", "carried_forward"),
    ("JG suggested this action is carried forward as they share findings", "carried_forward"),
    ("Ongoing", "open"), ("Outstanding", "open"), ("In progress", "open"), ("", "open"),
])
def test_status_of(text, status):
    assert status_of(text) == status


def test_action_updates_from_matters_arising_lines():
    lines = ["The previous minutes were agreed.", "Action update: Training to be explored – not yet possible",
             "Adult briefing to be progressed – Actioned", "Audit dates – carried forward"]
    assert [(u["text"], u["status"]) for u in action_updates(lines)] == [
        ("Training to be explored", "open"), ("Adult briefing to be progressed", "closed"),
        ("Audit dates", "carried_forward")]


def test_decisions():
    found = decisions(["Members discussed it. It was agreed that the plan be adopted. Next steps follow.",
                       "The Executive Board endorsed the proposal.", "Nothing was decided."])
    assert found == ["It was agreed that the plan be adopted.", "The Executive Board endorsed the proposal."]


def test_dedupe_merges_an_inline_action_with_its_log_row_but_not_rows_of_one_table():
    actions = [
        {"text": "AB to share the data", "item": "2", "owner_text": "AB", "source": "inline"},
        {"text": "AB to share the data", "item": "2", "owner_text": "AB", "due": "June", "source": "table1"},
        {"text": "Send letter to school 1", "item": "3", "source": "table1"},
        {"text": "Send letter to school 2", "item": "3", "source": "table1"},
    ]
    kept = dedupe(actions)
    assert [a["text"] for a in kept] == ["AB to share the data", "Send letter to school 1", "Send letter to school 2"]
    assert kept[0]["due"] == "June"


@pytest.mark.parametrize("lines, expected", [
    (["ACTION AB: circulate the report."], [("circulate the report", "AB")]),
    (["ACTION (AB): circulate the report"], [("circulate the report", "AB")]),
    (["The chair will write to the school. Action: AB"], [("The chair will write to the school", "AB")]),
    (["The chair will write to the school", "ACTION: JB/CD"], [("The chair will write to the school", "JB/CD")]),
    (["Actions for 2017/18:", "• Improve the offer"], []),  # an annual report's heading, not an action
    (["No further action - none"], []),
])
def test_inline_action_forms(lines, expected):
    assert [(a["text"], a["owner_text"]) for a in inline_actions(lines)] == expected


# --- Due phrases in prose and bullets, 'AB to ...' lines, several updates in one cell (fictional) ---

def minutes_heading(*lines):
    return [Paragraph("Ambleford Safeguarding Adults Board"), *map(Paragraph, lines),
            Paragraph("Present: Jo Bloggs (JB) – Chair, Ann Lee (AL), Tom Reyes (TR)")]


def minutes_record_of(*blocks, kind="docx"):
    return extract_record(Document(blocks=list(blocks), kind=kind))


def minutes_dues(record):
    return [(a["text"], a["due"], a["due_text"]) for a in record["actions"]]



def test_due_phrases_in_prose_and_bullet_lines_are_kept_in_due_text():
    record = minutes_record_of(*minutes_heading("Minutes of the meeting held on 3 March 2026"),
                       Paragraph("1. Policy"), Paragraph("The policy was reviewed."),
                       Paragraph("ACTION: AL to circulate the policy by 18/12/26."),
                       Paragraph("Action: Circulate the revised leaflet to partners by end of February 2027 – All."),
                       Paragraph("2. Training"), Paragraph("Actions:"),
                       Paragraph("• TR to book the trainers w/c 13 April"),
                       Paragraph("• JB to brief the chairs – ASAP"), kind="text")
    assert [(a["owner_text"], *row) for a, row in zip(record["actions"], minutes_dues(record))] == [
        ("AL", "Circulate the policy", "2026-12-18", "by 18/12/26"),
        ("All", "Circulate the revised leaflet to partners", "2027-02-28", "by end of February 2027"),
        ("TR", "Book the trainers", "2026-04-13", "w/c 13 April"),
        ("JB", "Brief the chairs", None, "ASAP"),
    ]



def test_initials_to_verb_lines_are_actions_with_their_due_date():
    record = minutes_record_of(*minutes_heading("Notes of meeting 03/03/26"), Paragraph("1. Strategy"),
                       Paragraph("AL has drafted the strategy. Members commented."),
                       Paragraph("AL to circulate the draft strategy to members by 25/03/26."),
                       Paragraph("Members to note the timetable."), kind="text")
    assert [(a["owner_text"], a["text"], a["due"]) for a in record["actions"]] == [
        ("AL", "Circulate the draft strategy to members", "2026-03-25")]



def test_several_updates_in_one_cell_are_one_update_each_with_their_reference():
    record = minutes_record_of(*minutes_heading("Date: 3 March 2026"),
                       Table(rows=(("Item", "Discussion", "Action", "Owner"),
                                   ("1.", "Minutes of the last meeting and matters arising\nThe minutes were agreed. "
                                          "Action 3 (training plan) complete. Action 4 – audit letter sent, complete. "
                                          "Action 5 carried forward to May.", "", ""))))
    assert [(u.get("ref"), u["text"], u["status"]) for u in record["action_updates"]] == [
        ("Action 3", "Training plan", "closed"),
        ("Action 4", "Audit letter sent, complete", "closed"),
        ("Action 5", "Carried forward to May", "carried_forward"),
    ]




@pytest.mark.parametrize("cell, expected", [
    ("JB to circulate the plan by 4 June 2026. AL to book the room.",
     ["JB to circulate the plan by 4 June 2026.", "AL to book the room."]),
    ("Action: Share the audit – TR. Action: Book the room – JB", ["Share the audit – TR.", "Book the room – JB"]),
    ("Circulate the plan. Members agreed it.", ["Circulate the plan. Members agreed it."]),
])
def test_several_owned_actions_in_one_paragraph_of_a_cell(cell, expected):
    assert split_action_cell(cell) == expected


def test_each_action_in_a_cell_keeps_the_owner_it_names_over_a_joint_owner_cell():
    rows = actions_from_cells("JB to circulate the plan by 4 June 2026. AL to book the room.", "JB, AL", "")
    assert [(r["owner_text"], r["due_text"]) for r in rows] == [("JB", "by 4 June 2026"), ("AL", None)]


def test_action_with_its_owner_after_the_marker_and_a_status_sentence_after_an_update():
    record = minutes_record_of(*minutes_heading("Minutes of the meeting held on 3 March 2026"),
                               Paragraph("1. Matters arising"),
                               Paragraph("Action 5: the escalation leaflet has been published. Closed."),
                               Paragraph("22/32 – training dates still to be confirmed, carried forward."),
                               Paragraph("2. Performance"), Paragraph("Referrals rose."),
                               Paragraph("Action – TR – provide the missing episodes data for the next meeting."),
                               kind="text")
    assert [(u["ref"], u["status"]) for u in record["action_updates"]] == [("Action 5", "closed"), ("22/32", "carried_forward")]
    assert [(a["text"], a["owner_text"], a["due_text"]) for a in record["actions"]] == [
        ("Provide the missing episodes data for the next meeting", "TR", "for the next meeting")]


def test_numbered_progress_in_an_action_cell_is_an_update_each_not_a_new_action():
    record = minutes_record_of(*minutes_heading("Date: 3 March 2026"),
                               Table(rows=(("Item", "Discussion", "Action", "Owner"),
                                           ("1", "Minutes and matters arising\nThe minutes were agreed.",
                                            "Action 3 – training plan shared with partners, complete.\n"
                                            "Action 4 – letter to the trust sent, complete.", ""),
                                           ("2", "Budget\nAL presented the budget.",
                                            "Action 8: Circulate the budget by 4 December 2026", "AL"))))
    assert [(u["ref"], u["text"], u["status"]) for u in record["action_updates"]] == [
        ("Action 3", "Training plan shared with partners, complete", "closed"),
        ("Action 4", "Letter to the trust sent, complete", "closed")]
    assert [(a["text"], a["due"]) for a in record["actions"]] == [("Circulate the budget by 4 December 2026", "2026-12-04")]


def test_a_resolution_followed_by_its_list_is_one_decision():
    assert decisions(["The Chair presented the report.", "RESOLVED: That", "• the annual report be noted; and",
                      "• the Chair write to the trust about discharge.", "The meeting ended at 8pm."]) == [
        "RESOLVED: That the annual report be noted; and the Chair write to the trust about discharge."]


@pytest.mark.parametrize("line, expected", [
    ("ACTION: Update the risk register (31.01.27) – DP", ("Update the risk register", "DP", "31.01.27")),
    ("ACTION DP: Circulate the revised register by 31.01.27", ("Circulate the revised register", "DP", "by 31.01.27")),
    ("Action: All to send comments on the plan – deadline 11/12/2026.", ("Send comments on the plan", "All", "deadline 11/12/2026")),
])
def test_inline_action_keeps_its_due_phrase_in_due_text(line, expected):
    [found] = inline_actions([line])
    assert (found["text"], found["owner_text"], found["due_text"]) == expected


def test_an_action_list_heading_is_not_an_action():
    assert inline_actions(["Actions – update from the last meeting:"]) == []


@pytest.mark.parametrize("action, owner, expected", [
    ("Circulate the draft strategy by 4 December 2026. Send comments on the strategy – deadline 11/12/2026", "AL, All",
     [("Circulate the draft strategy by 4 December 2026", "AL", "by 4 December 2026"),
      ("Send comments on the strategy – deadline 11/12/2026", "All", "deadline 11/12/2026")]),
    # one joint action written in two sentences stays one action
    ("Review the escalation policy. Report back.", "AL, TR", [("Review the escalation policy. Report back.", "AL, TR", None)]),
    ("Review the escalation policy with schools. The policy is overdue.", "AL, TR",
     [("Review the escalation policy with schools. The policy is overdue.", "AL, TR", None)]),
])
def test_instructions_in_one_cell_pair_with_the_owners_named_in_order(action, owner, expected):
    assert [(r["text"], r["owner_text"], r["due_text"]) for r in actions_from_cells(action, owner, "")] == expected


def test_an_owner_to_sentence_inside_a_paragraph_is_an_action_but_a_report_is_not():
    found = inline_actions(["IC presented the audit programme. PS to share the final programme with the Executive by "
                            "20/11/26. RD will speak to the schools forum."])
    assert [(a["text"], a["owner_text"], a["due_text"]) for a in found] == [
        ("Share the final programme with the Executive", "PS", "by 20/11/26")]


@pytest.mark.parametrize("line, expected", [
    ("All actions on the log are complete apart from the audit schedule, which remains open.", ("Audit schedule", "open")),
    ("All actions were completed except for the training review, which has been deferred.", ("Training review", "carried_forward")),
])
def test_the_one_action_named_as_an_exception_is_an_update(line, expected):
    assert [(u["text"], u["status"]) for u in action_updates([line])] == [expected]


@pytest.mark.parametrize("line, expected", [
    ("Action 2 - complete.", [("Action 2", "closed")]),
    ("Action 5: closed", [("Action 5", "closed")]),
    ("Action 6 – carried forward", [("Action 6", "carried_forward")]),
    ("Action 9 ongoing", [("Action 9", "open")]),
    ("Actions 3 and 4 complete", [("Action 3", "closed"), ("Action 4", "closed")]),
    ("Actions 3, 4 and 7 closed.", [("Action 3", "closed"), ("Action 4", "closed"), ("Action 7", "closed")]),
    ("Actions 25/11 & 25/12 – both done", [("Action 25/11", "closed"), ("Action 25/12", "closed")]),
])
def test_a_line_that_is_only_references_and_a_status_is_an_update_per_reference(line, expected):
    updates = action_updates([line])
    assert [(u["ref"], u["status"]) for u in updates] == expected
    assert {u["text"] for u in updates} == {line}   # the line as written


@pytest.mark.parametrize("line, expected", [
    # Words about the action: read as before, the reference kept.
    ("Action 5 carried forward to May.", [("Action 5", "Carried forward to May", "carried_forward")]),
    ("Action 3 (room booking) complete.", [("Action 3", "Room booking", "closed")]),
    # No reference: no update is made up from a count.
    ("3 and 4 complete", []),
])
def test_a_reference_with_words_about_the_action_is_one_update(line, expected):
    assert [(u.get("ref"), u["text"], u["status"]) for u in action_updates([line])] == expected


def test_reference_only_lines_in_matters_arising_are_kept_and_linked_by_their_reference():
    record = minutes_record_of(*minutes_heading("Minutes of the meeting held on 3 March 2026"),
                               Paragraph("1. Minutes of the last meeting and matters arising"),
                               Paragraph("The minutes were agreed as accurate."),
                               Paragraph("Action 2 - complete."),
                               Paragraph("Action 5: closed"),
                               Paragraph("Actions 3 and 4 complete"),
                               Paragraph("2. Performance"), Paragraph("Referrals to the hub rose in the quarter."),
                               kind="text")
    updates = record["action_updates"]
    assert [(u["item"], u["ref"], u["status"]) for u in updates] == [
        ("1", "Action 2", "closed"), ("1", "Action 5", "closed"), ("1", "Action 3", "closed"), ("1", "Action 4", "closed")]
    assert [u["text"] for u in updates] == ["Action 2 - complete.", "Action 5: closed", "Actions 3 and 4 complete",
                                            "Actions 3 and 4 complete"]
    assert record["actions"] == []
    open_actions = [ActionCandidate(n, text, frozenset({str(n - 10)})) for n, text in [
        (12, "Book the venue for the annual conference"), (13, "Send the audit letter to the trust"),
        (14, "Update the escalation leaflet"), (15, "Circulate the training calendar")]]
    linked = [link_update(u, open_actions) for u in updates]
    assert [(m.outcome, m.id) for m in linked] == [(MATCHED, 12), (MATCHED, 15), (MATCHED, 13), (MATCHED, 14)]
