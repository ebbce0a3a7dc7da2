"""Closing registers, decision logs and trackers after the last item (issue 8, "any common layout"): fictional
minutes in the shapes business teams write them, read end to end and rule by rule."""
import pytest

from assure.documents.document import Document, Paragraph, Table
from assure.imports.extract import extract_record
from assure.imports.extract.registers import fields, form_runs, register_actions, register_heading
from assure.imports.extract.tables import column_roles

ATTENDANCE = [
    "Present:",
    "Lucy Harrow, Chair; Headteacher, Fenmoor High School",
    "Tomasz Mahler, Education Safeguarding Manager, Fenmoor Council",
    "Rita Desmond, Head of Inclusion, Fenmoor Council",
    "Kerry Lyle, School Nursing Team Leader, Fenmoor Community Health",
]
ITEMS = [
    "1. Notes of the last meeting",
    "The notes of 14 September 2026 were agreed.",
    "2. Children missing education",
    "Rita Desmond reported on the rise in children missing education.",
    "3. Supervision for designated leads",
    "The group discussed the pilot of group supervision.",
    "4. Health and education",
    "Kerry Lyle said school nurses are not told of exclusions.",
]


def _record(lines, tables=()):
    blocks = [Paragraph("Fenmoor Education Reference Group"), Paragraph("Notes of the meeting held on 16 November 2026"),
              *[Paragraph(t) for t in ATTENDANCE + ITEMS + list(lines)], *tables]
    return extract_record(Document(blocks=blocks, kind="docx"))


def _actions(record):
    return [(a["item"], a["text"], a["owners"], a["due_text"]) for a in record["actions"]]


@pytest.mark.parametrize("line, rest", [
    ("Action register – by lead officer", ""),
    ("Action register", ""),
    ("Action items (3)", ""),
    ("Actions log", ""),
    ("Action tracker (RAG)", ""),
    ("Summary of agreed actions", ""),
    ("Decisions log", ""),
    ("Schedule of decisions", ""),
    ("Actions and decisions log", ""),
    ("Action register – by lead officer Head of Inclusion", "Head of Inclusion"),  # a PDF reader joined two lines
    ("Actions", None),            # an item's own list heading, not a register by itself
    ("Decision", None),           # a label
    ("Decisions", None),
    ("Tasks", None),
    ("Action plan for the neglect strategy", None),
    ("Actions arising Members agreed the plan", None),
])
def test_register_headings(line, rest):
    assert register_heading(line) == rest


def test_register_by_lead_officer_gives_each_entry_its_heading_owner_and_its_item():
    record = _record([
        "Next meeting: Monday 25 January 2027",
        "Action register – by lead officer",
        "Head of Inclusion",
        "• Item 2 – Produce a one-page referral flowchart for schools – by half term (12 February 2027)",
        "Education Safeguarding Manager",
        "• Item 3 – Take the supervision recommendation to the Executive – January Executive",
        "• Item 4 – Add school nursing to the exclusion notification list – end of December",
        "School Nursing Team Leader",
        "• Item 4 – Provide the list of school nurse contacts by school – 2 weeks",
    ])
    assert _actions(record) == [
        ("2", "Produce a one-page referral flowchart for schools", ["Rita Desmond"], "by half term (12 February 2027)"),
        ("3", "Take the supervision recommendation to the Executive", ["Tomasz Mahler"], "January Executive"),
        ("4", "Add school nursing to the exclusion notification list", ["Tomasz Mahler"], "end of December"),
        ("4", "Provide the list of school nurse contacts by school", ["Kerry Lyle"], "2 weeks"),
    ]
    assert [i["number"] for i in record["items"]] == ["1", "2", "3", "4"]  # the register is no item
    assert "register" not in (record["items"][-1]["discussion"] or "").lower()


def test_checkbox_action_items_take_owner_item_and_due_from_the_fields_below():
    record = _record([
        "Action items (3)",
        "----------------",
        "☐ Draft the place-based safety plan for the retail park with centre management",
        "Assigned to: Rita Desmond · Linked to: Item 3 · Due: 18 Dec 2026",
        "☐ Set up the deep dive into missing episodes",
        "Assigned to: Tomasz Mahler, Kerry Lyle · Linked to: Item 4 · Due: Next meeting",
        "☐ Share patrol outcomes with the group",
        "Assigned to: Lucy Harrow · Linked to: Item 2 · Due: End of Jan",
        "Next meeting: Tue 2 Feb 2027, 09:30",
    ])
    assert _actions(record) == [
        ("2", "Share patrol outcomes with the group", ["Lucy Harrow"], "End of Jan"),
        ("3", "Draft the place-based safety plan for the retail park with centre management", ["Rita Desmond"], "18 Dec 2026"),
        ("4", "Set up the deep dive into missing episodes", ["Tomasz Mahler", "Kerry Lyle"], "Next meeting"),
    ]
    assert record["next_meeting_date"] == "2027-02-02"


@pytest.mark.parametrize("lines, expected", [
    # dashed pieces without sub-headings: text – owner – due
    (["• Circulate the revised protocol – TM – 30/01/2027"], [("Circulate the revised protocol", "TM", "30/01/2027", None)]),
    (["• Item 2: Circulate the revised protocol – Head of Inclusion – end of January"],
     [("Circulate the revised protocol", "Head of Inclusion", "end of January", "2")]),
    # fields on the entry's own line
    (["☐ Book the venue · Assigned to: KL · Due: 4 March"], [("Book the venue", "KL", "4 March", None)]),
    (["[ ] Book the venue (Item 4)", "Owner: KL; Due: 4 March"], [("Book the venue", "KL", "4 March", "4")]),
    # an item's reference, then an action line: its owner and due date read as the line's own
    (["• Item 4 – KL to send the contact list by 30 January 2027"],
     [("Send the contact list", "KL", "by 30 January 2027", "4")]),
    # owner sub-headings written with a label or the person's title in brackets
    (["Lead: Rita Desmond (Head of Inclusion)", "• Item 2 – Produce the referral flowchart – 2 weeks",
      "Kerry Lyle:", "- Item 4 – Send the contact list to schools – end of January"],
     [("Produce the referral flowchart", "Rita Desmond", "2 weeks", "2"),
      ("Send the contact list to schools", "Kerry Lyle", "end of January", "4")]),
    # a task line naming its owner with an @mention is left to the readers of task lines, bullet and box or not
    (["• ☐ @Kerry Lyle get the school nurse contact list (item 4)"], []),
    # an action line with nothing of a register about it is left to the readers of action lines
    (["• KL to send the contact list by 30 January 2027"], []),
    # a paragraph is not an entry, and a sub-heading needs entries below it
    (["The group thanked the officers for their work.", "Date of next meeting: 3 March 2027"], []),
])
def test_register_entries(lines, expected):
    found, _ = register_actions(lines)
    assert [(a["text"], a["owner_text"], a["due_text"], a["item"]) for a in found] == expected


def test_register_fields():
    assert fields("Assigned to: Ann Lee, Bo Tan · Linked to: Item 4 · Due: Next meeting") == \
        {"owner": "Ann Lee, Bo Tan", "item": "4", "due": "Next meeting"}
    assert fields("Lead: KL | Target date: 31/03/2027 | Status: open") == {"owner": "KL", "due": "31/03/2027", "status": "open"}


# -- tables: column roles by what the header means ---------------------------------------------------------
@pytest.mark.parametrize("header, expected", [
    (("Item", "What", "Who", "By"), {"number": 0, "action": 1, "owner": 2, "due": 3}),
    (("Agenda item", "Agreed action", "Responsible", "Target date"), {"title": 0, "action": 1, "owner": 2, "due": 3}),
    (("#", "Actions arising", "Assigned to", "Deadline", "Progress"),
     {"number": 0, "action": 1, "owner": 2, "due": 3, "status": 4}),
    (("No", "Action", "Action by", "Timescale", "Update"), {"number": 0, "action": 1, "owner": 2, "due": 3, "status": 4}),
    (("Ref", "Action", "Owner", "RAG", "Comment"), {"number": 0, "action": 1, "owner": 2, "status": 3, "comment": 4}),
    (("No.", "Item", "Decision"), {"ref": 0, "number": 1, "decision": 2}),
    (("Ref", "Decisions", "Agenda item"), {"ref": 0, "decision": 1, "number": 2}),
    (("Item", "Discussion", "Decision", "Action", "Lead", "By when"),
     {"number": 0, "text": 1, "decision": 2, "action": 3, "owner": 4, "due": 5}),
    (("#", "Item", "Who", "Notes"), {"number": 0, "title": 1, "presenter": 2, "text": 3}),  # who presented
    (("Item", "Notes", "Action by"), {"number": 0, "text": 1, "owner": 2}),  # who acts on the notes
    (("Item", "Notes", "Who"), {"number": 0, "text": 1, "owner": 2}),  # after the notes: who acts on them
    (("Ref", "Item", "Minute", "Action", "Lead", "Timescale"),
     {"number": 0, "title": 1, "text": 2, "action": 3, "owner": 4, "due": 5}),
    (("Name", "Role", "Organisation"), {"name": 0, "role": 1, "organisation": 2}),
    (("Decision", "Owner"), {"decision": 0, "owner": 1}),
    (("Action", "Assigned to", "Linked to", "Due"), {"action": 0, "owner": 1, "number": 2, "due": 3}),
    (("Task", "Owner", "Agenda item", "When"), {"action": 0, "owner": 1, "title": 2, "due": 3}),
    (("Welcome", "Apologies noted"), {}),
])
def test_column_roles_by_header_meaning(header, expected):
    assert column_roles(header) == expected


def test_decisions_log_after_the_last_item_gives_each_decision_the_item_its_row_names():
    log = Table(rows=[("No.", "Item", "Decision"),
                      ("D0", "1", "The notes of the meeting on 14 September 2026 were agreed as accurate."),
                      ("D1", "2", "The rise in children missing education was noted."),
                      ("D2", "3", "The pilot of group supervision is extended to secondary schools."),
                      ("D3", "4", "None")])
    record = _record(["Date of next meeting: 25 January 2027", "Decisions log"], tables=[log])
    found = [(d["item"], d["text"]) for d in record["decisions"]]
    assert ("2", "The rise in children missing education was noted.") in found
    assert ("3", "The pilot of group supervision is extended to secondary schools.") in found
    assert not [d for d in record["decisions"] if d["item"] == "4"]  # "None" is no decision
    # item 1's text reports the same decision ("The notes of 14 September 2026 were agreed."): the log's words, once
    assert [d["text"] for d in record["decisions"] if d["item"] == "1"] == [
        "The notes of the meeting on 14 September 2026 were agreed as accurate."]
    assert [i["number"] for i in record["items"]] == ["1", "2", "3", "4"]
    assert "D1" not in (record["items"][-1]["discussion"] or "")


def test_rag_tracker_after_the_last_item_gives_updates_of_the_matters_arising_item():
    tracker = Table(rows=[("Ref", "Action", "Owner", "RAG", "Comment"),
                          ("E14", "Refresh the communications plan", "TM", "Green", "Complete – plan published"),
                          ("E15", "Agree funding for the transitions post", "RD", "Amber", "Carried forward – awaiting budget"),
                          ("E16", "Provide data on exclusions", "KL", "Red", "Not started – overdue")])
    record = _record(["Action tracker (RAG)"], tables=[tracker])
    assert [(u["item"], u["text"], u["status"]) for u in record["action_updates"]] == [
        ("1", "Refresh the communications plan", "closed"),
        ("1", "Agree funding for the transitions post", "carried_forward"),
        ("1", "Provide data on exclusions", "open"),
    ]
    assert record["actions"] == []  # progress on earlier actions, not new ones
    assert record["action_updates"][1]["comment"] == "Amber – Carried forward – awaiting budget"


def test_presenter_column_is_not_an_owner():
    table = Table(rows=[("#", "Item", "Who", "Notes"),
                        ("5", "Audit programme", "Rita", "Rita Desmond proposed three audits for 2027. The group agreed them."),
                        ("6", "Any other business", "", "None.")])
    record = _record([], tables=[table])
    assert record["actions"] == []
    assert [i["title"] for i in record["items"]][-2:] == ["Audit programme", "Any other business"]


def test_minutes_table_with_part_rows_merged_across_all_columns():
    """Ref | Item | Minute | Action | Lead | Timescale, "PART 1 – ..." rows across every column: the parts group
    the items and are not items; two actions in one cell pair with two leads and two timescales in order."""
    table = Table(rows=[
        ("Ref", "Item", "Minute", "Action", "Lead", "Timescale"),
        ("PART 1 – STATUTORY BUSINESS", "", "", "", "", ""),
        ("5", "Exclusions data", "Tomasz Mahler presented the data. Exclusions rose by a fifth.",
         "Break down the exclusions by school and report the reasons", "Education Safeguarding Manager", "31.01.27"),
        ("PART 2 – LEARNING", "", "", "", "", ""),
        ("6", "Review of Child F", "Rita Desmond introduced the review. It makes four recommendations.",
         "Prepare the publication plan for the Child F review\nShare the learning with the school nursing team",
         "Head of Inclusion\nSchool Nursing Team Leader", "31 March 2027\n2 weeks"),
    ])
    record = _record([], tables=[table])
    assert [i["number"] for i in record["items"]] == ["1", "2", "3", "4", "5", "6"]
    assert [(a["item"], a["text"], a["owners"], a["due_text"]) for a in record["actions"]] == [
        ("5", "Break down the exclusions by school and report the reasons", ["Tomasz Mahler"], "31.01.27"),
        ("6", "Prepare the publication plan for the Child F review", ["Rita Desmond"], "31 March 2027"),
        ("6", "Share the learning with the school nursing team", ["Kerry Lyle"], "2 weeks"),
    ]


# -- action forms: a label to a line (an intranet page's definition list) or to a row -----------------------
def test_action_form_a_label_to_a_line_is_the_open_items_action():
    record = _record([
        "5. Annual report",
        "Rita Desmond presented the draft annual report.",
        "Action", "Amend the inclusion section and publish the annual report",
        "Who", "RD",
        "When", "by 18 December 2026",
        "6. Transitions",
        "The group discussed transitions at 16.",
        "Agreed action:", "Arrange a joint workshop with the adults board",
        "Lead:", "Tomasz Mahler / Kerry Lyle",
        "7. Any other business",
    ])
    assert [(a["item"], a["text"], a["owners"], a["due_text"]) for a in record["actions"]] == [
        ("5", "Amend the inclusion section and publish the annual report", ["Rita Desmond"], "by 18 December 2026"),
        ("6", "Arrange a joint workshop with the adults board", ["Tomasz Mahler", "Kerry Lyle"], None),
    ]
    assert [i["number"] for i in record["items"]][-3:] == ["5", "6", "7"]  # the labels end no item
    # the form stays in the item's minute as written (the minutes are the record), read once as an action
    assert record["items"][4]["discussion"].endswith("Who\nRD\nWhen\nby 18 December 2026")


def test_action_form_in_a_two_column_table():
    form = Table(rows=[("Action", "Write to all headteachers about the new exclusions notice"),
                       ("Owner", "Tomasz Mahler"), ("Due date", "end of January 2027")])
    record = _record([], tables=[form])
    assert [(a["item"], a["text"], a["owners"], a["due_text"]) for a in record["actions"]] == [
        ("4", "Write to all headteachers about the new exclusions notice", ["Tomasz Mahler"], "end of January 2027")]


@pytest.mark.parametrize("texts, expected", [
    (["Action", "Book the room", "Who", "KL", "When", "4 March"], [(0, 6, "Book the room", "KL", "4 March")]),
    (["Action", "Book the room", "Status", "open"], []),          # no owner, no date: not a form of an action
    (["Action", "Who", "KL"], []),                                 # a label with no text
    (["Actions", "Book the room", "Who", "KL"], []),               # "Actions" heads a list, not a form
])
def test_form_runs(texts, expected):
    assert [(s, e, a["text"], a["owner_text"], a["due"]) for s, e, found in form_runs(texts) for a in found] == expected


def test_action_column_that_says_who_and_when_parts_each_line():
    table = Table(rows=[
        ("Agenda item", "Notes", "Agreed actions (who / when)"),
        ("5. Low-level concerns", "The group agreed a model policy was needed.",
         "Produce a model low-level concerns policy – RD – by 18 December 2026\n"
         "Offer a governor briefing in the spring term – TM – book by 15/01/2027"),
        ("6. Exclusions", "Members asked for a report to the Board.",
         "Prepare a report on exclusions for the Board – KL – for the February Board (11.02.27)"),
    ])
    record = _record([], tables=[table])
    assert [(a["item"], a["text"], a["owners"], a["due"], a["due_text"]) for a in record["actions"]] == [
        ("5", "Produce a model low-level concerns policy", ["Rita Desmond"], "2026-12-18", "by 18 December 2026"),
        ("5", "Offer a governor briefing in the spring term", ["Tomasz Mahler"], "2027-01-15", "book by 15/01/2027"),
        ("6", "Prepare a report on exclusions for the Board", ["Kerry Lyle"], "2027-02-11",
         "for the February Board (11.02.27)"),
    ]


def test_an_items_own_action_points_list_stays_the_items():
    record = _record(["Action points:", "• RD to circulate the flowchart to all schools by 30 January 2027",
                      "5. Any other business", "None."])
    assert [(a["item"], a["owners"]) for a in record["actions"]] == [("4", ["Rita Desmond"])]


def test_register_by_item_with_the_owner_first():
    record = _record([
        "Summary of actions",
        "Item 2 – Children missing education",
        "• Rita Desmond – Produce a referral flowchart for schools – 30 January 2027",
        "• RD / KL – Agree a joint notification route with school nursing – next meeting",
        "Item 4 – Health and education",
        "• Safeguarding Week – Plan the launch event with school nurses – May 2027",
    ])
    assert [(a["item"], a["text"], a["owners"], a["due_text"]) for a in record["actions"]] == [
        ("2", "Produce a referral flowchart for schools", ["Rita Desmond"], "30 January 2027"),
        ("2", "Agree a joint notification route with school nursing", ["Rita Desmond", "Kerry Lyle"], "next meeting"),
        # written like a name but nobody the minutes list: the words stay the action's, no owner is made up
        ("4", "Safeguarding Week – Plan the launch event with school nurses", [], "May 2027"),
    ]


def test_closing_action_table_links_each_row_to_the_item_it_names():
    table = Table(rows=[("Task", "Assigned to", "Linked to", "When"),
                        ("Draft the safety plan with centre management", "Rita Desmond", "Item 3", "18 Dec 2026"),
                        ("Set up the deep dive into missing episodes", "Tomasz Mahler, Kerry Lyle", "Item 4", "Next meeting")])
    record = _record(["Action items (2)"], tables=[table])
    assert [(a["item"], a["text"], a["owners"], a["due_text"]) for a in record["actions"]] == [
        ("3", "Draft the safety plan with centre management", ["Rita Desmond"], "18 Dec 2026"),
        ("4", "Set up the deep dive into missing episodes", ["Tomasz Mahler", "Kerry Lyle"], "Next meeting"),
    ]


@pytest.mark.parametrize("line, owners, text", [
    ("Action: Head of Inclusion, Fenmoor Council, and School Nursing Team Leader, Fenmoor Community Health, to report "
     "how exclusions are notified in each service – next meeting.", ["Rita Desmond", "Kerry Lyle"],
     "Report how exclusions are notified in each service"),
    ("Action: Education Safeguarding Manager to write to all headteachers about the notice.", ["Tomasz Mahler"],
     "Write to all headteachers about the notice"),
    # titles nobody on the list holds: no owner is made up, the words stay the action's
    ("Action: Head of Finance, Fenmoor Council, to confirm the budget.", [],
     "Head of Finance, Fenmoor Council, to confirm the budget"),
])
def test_inline_action_owned_by_listed_job_titles(line, owners, text):
    record = _record(["5. Exclusions", line])
    (action,) = [a for a in record["actions"] if a["item"] == "5"]
    assert (action["owners"], action["text"].rstrip(".")) == (owners, text)


def test_decision_column_beside_the_discussion_gives_each_rows_item_its_decisions():
    table = Table(rows=[
        ("Item", "Discussion", "Decision", "Action", "Lead", "By when"),
        ("5", "Exclusions\nTomasz Mahler presented the exclusions data.", "The notification pilot is extended to all schools.",
         "Write to headteachers about the pilot", "TM", "31/01/2027"),
        ("6", "Any other business\nNone raised.", "None", "", "", ""),
    ])
    record = _record([], tables=[table])
    assert [(d["item"], d["text"]) for d in record["decisions"] if d["item"] in ("5", "6")] == [
        ("5", "The notification pilot is extended to all schools.")]
    assert [(a["item"], a["text"], a["owners"]) for a in record["actions"]] == [
        ("5", "Write to headteachers about the pilot", ["Tomasz Mahler"])]


def test_status_tracker_inside_an_item_gives_that_items_updates():
    """The tracker sits in item 2: its rows are item 2's updates, not those of the matters-arising item 1."""
    tracker = Table(rows=[("Ref", "Action", "Owner", "Status", "Comment"),
                          ("A7", "Audit referrals from dentists", "KL", "Complete", "No gaps found"),
                          ("A8", "Update the escalation flowchart", "RD", "Ongoing", "Draft with the policy group")])
    blocks = [Paragraph("Fenmoor Education Reference Group"), Paragraph("Notes of the meeting held on 16 November 2026"),
              *[Paragraph(t) for t in ATTENDANCE], Paragraph("1. Minutes of the last meeting and matters arising"),
              Paragraph("The minutes were agreed."), Paragraph("2. Neglect strategy action plan"),
              Paragraph("The plan's actions were reviewed:"), tracker, Paragraph("3. Exclusions"), Paragraph("Data was noted.")]
    record = extract_record(Document(blocks=blocks, kind="docx"))
    assert [(u["item"], u["text"], u["status"]) for u in record["action_updates"]] == [
        ("2", "Audit referrals from dentists", "closed"), ("2", "Update the escalation flowchart", "open")]
    assert record["actions"] == []


def test_who_column_owns_the_action_its_row_marks():
    table = Table(rows=[("#", "Item", "Who", "Notes"),
                        ("5", "Exclusions", "TM", "Tomasz Mahler presented the data.\nACTION: write to all headteachers."),
                        ("6", "Audit programme", "Rita", "Rita Desmond proposed three audits. Agreed.")])
    record = _record([], tables=[table])
    assert [(a["item"], a["owners"]) for a in record["actions"]] == [("5", ["Tomasz Mahler"])]


@pytest.mark.parametrize("lines, expected", [
    (["Record of decisions", "Item 2 – A referral flowchart for schools is to be produced.",
      "D2 – Item 3: The supervision pilot is extended to secondary schools.", "The meeting closed at 17:10."],
     [("2", "A referral flowchart for schools is to be produced."),
      ("3", "The supervision pilot is extended to secondary schools.")]),
    (["Decisions and actions", "3. The group agreed to extend the pilot to secondary schools.",
      "• Item 4 – KL to send the contact list by 30 January 2027", "Next meeting: 25 January 2027"],
     [("3", "The group agreed to extend the pilot to secondary schools.")]),
])
def test_decisions_listed_under_a_closing_heading_belong_to_the_item_they_name(lines, expected):
    record = _record(lines)
    assert [(d["item"], d["text"]) for d in record["decisions"] if d["item"] != "1"] == expected
    assert [i["number"] for i in record["items"]] == ["1", "2", "3", "4"]
