"""Layouts found wanting on minutes unlike the development seeds: one table of fictional cases each."""
import pytest

from assure.documents.document import Document, Paragraph, Table
from assure.imports.extract import extract_record
from assure.imports.extract.headings import header_map
from assure.imports.extract.people import APOLOGIES, IN_ATTENDANCE, PRESENT, is_bare_label, people_from_grid


def _people(record):
    return sorted((cat, p["name"]) for cat in (PRESENT, IN_ATTENDANCE, APOLOGIES) for p in record["people"][cat])


@pytest.mark.parametrize("row, expected", [
    (("Ite m", "Discussion", "Action", "Owner"), {"number": 0, "text": 1, "action": 2, "owner": 3}),
    (("No.", "Dis cussion", "Act ion", "Ow ner"), {"number": 0, "text": 1, "action": 2, "owner": 3}),
    (("Attendee", "Agency"), {"name": 0, "organisation": 1}),
    (("Na me", "Organ isation"), {"name": 0, "organisation": 1}),
])
def test_header_words_broken_by_a_narrow_column(row, expected):
    assert header_map(row) == expected


@pytest.mark.parametrize("cell, bare", [
    ("Apologies", True), ("Apologies:", True), ("In attendance", True), ("Present :", True),
    ("Apols – Kit Hollis", False), ("To present: Dr Wen Ashby", False), ("Kit Hollis", False),
])
def test_bare_label(cell, bare):
    assert is_bare_label(cell) is bare


@pytest.mark.parametrize("cell, category, name", [
    ("Apols – Ms Tamsin Greer", APOLOGIES, "Tamsin Greer"),
    ("Apologies: Cllr Ivo Brandt", APOLOGIES, "Ivo Brandt"),
    ("To present: Dr Wen Ashby", IN_ATTENDANCE, "Wen Ashby"),
    ("In attendance – Nell Pryce", IN_ATTENDANCE, "Nell Pryce"),
    ("Mrs Hana Kovac (Chair)", PRESENT, "Hana Kovac"),
])
def test_label_before_a_name_in_an_attendance_table_sets_the_list(cell, category, name):
    found = people_from_grid([(cell, "Fenmoor Council")], 0, None, [1])
    assert [(c, p["name"]) for c, p in found] == [(category, name)]


def test_attendee_agency_table_with_labelled_rows_and_broken_item_header():
    doc = Document(blocks=[
        Paragraph("Fenmoor Safeguarding Partnership – Training Subgroup", style="Heading"),
        Paragraph("Minutes of the meeting held on 4 March 2025"),
        Table(rows=(("Attendee", "Agency"), ("Mrs Hana Kovac (Chair)", "Fenmoor Council"),
                    ("Mr Ivo Brandt", "Fenmoor Police"), ("Apols – Ms Tamsin Greer", "Fenmoor ICB"),
                    ("Apols – Mr Oskar Lind", "Fenmoor Schools"), ("To present: Dr Wen Ashby", "Fenmoor College"))),
        Table(rows=(("Ite m", "Discussion", "Action", "Owner"),
                    ("1.", "Welcome. The Chair opened the meeting.", "", ""),
                    ("2.", "Training offer. Dr Ashby presented.", "Circulate the training offer", "Mr Brandt"))),
    ], kind="pdf")
    record = extract_record(doc)
    assert _people(record) == [(APOLOGIES, "Oskar Lind"), (APOLOGIES, "Tamsin Greer"), (IN_ATTENDANCE, "Wen Ashby"),
                               (PRESENT, "Hana Kovac"), (PRESENT, "Ivo Brandt")]
    assert [i["number"] for i in record["items"]] == ["1", "2"]
    assert [(a["item"], a["owners"]) for a in record["actions"]] == [("2", ["Ivo Brandt"])]


def _minutes(*lines, date="Minutes of the meeting held on 3 February 2025"):
    return Document(blocks=[Paragraph("Fenmoor Safeguarding Partnership Board"), Paragraph(date),
                            Paragraph("Present: Hana Kovac (HK), Ivo Brandt (IB)"),
                            *[Paragraph(line) for line in lines]], kind="txt")


@pytest.mark.parametrize("lines, expected", [
    (["6. Date of next meeting", "Thursday 8th May 2025, 10:00, Fenmoor Town Hall."], "2025-05-08"),
    (["Date of next meeting:", "12 June 2025"], "2025-06-12"),
    (["5. Next meeting", "14/07/2025 at 2pm via Teams"], "2025-07-14"),
    (["5. Date of next meeting: 14.07.25, 10.00am"], "2025-07-14"),
    (["Next meeting: 9 April 2025"], "2025-04-09"),
    # a later paragraph's date is not the next meeting when the heading has its own line of text
    (["6. Date of next meeting to be agreed by the Chair once the review has been published", "1 March 2026"], None),
    # two columns read across: the line after is the other column's; the date goes on where the day is a Thursday
    (["No other business. Next meeting: Thursday 10", "March (closed).", "April 2025, 09:30, via Microsoft Teams."],
     "2025-04-10"),
    (["No other business. Next meeting: Thursday 10", "March (closed).", "The annual report was noted."], None),
    (["Next meeting: Tuesday 8", "April 2025 at 2pm"], "2025-04-08"),
])
def test_next_meeting_date_on_the_line_after_its_heading(lines, expected):
    assert extract_record(_minutes("1. Welcome", "HK welcomed members.", *lines))["next_meeting_date"] == expected


@pytest.mark.parametrize("heading, title", [
    ("7. Date of next meeting: 14.07.25, 10.00am", "Date of next meeting"),
    ("7. Next meeting – Tuesday 3 June 2025", "Next meeting"),
    ("7. Date of next meeting: TBC", "Date of next meeting"),
    ("2. Minutes of 19 November 2024", "Minutes of 19 November 2024"),
    ("4. Finance: budget 2025-26", "Finance: budget 2025-26"),
])
def test_a_date_after_an_item_title_is_not_part_of_the_title(heading, title):
    items = extract_record(_minutes("1. Welcome", heading))["items"]
    assert items[-1]["title"] == title


@pytest.mark.parametrize("entry, category", [
    ("Present: Hana Kovac (HK) Chair; Nell Pryce (NP), Support Officer, Fenmoor Partnership (minutes).", IN_ATTENDANCE),
    ("Present: Hana Kovac (HK) Chair; Nell Pryce (NP) minute taker.", IN_ATTENDANCE),
    ("Present: Hana Kovac (HK) Chair; Nell Pryce (NP), Note taker, Fenmoor Council.", IN_ATTENDANCE),
    ("Present: Hana Kovac (HK) Chair; Nell Pryce (NP), Business Manager, Fenmoor Partnership.", PRESENT),
])
def test_a_minute_taker_in_the_present_list_is_in_attendance(entry, category):
    record = extract_record(Document(blocks=[Paragraph("Fenmoor Safeguarding Partnership Board"),
                                             Paragraph("Minutes of the meeting held on 3 February 2025"),
                                             Paragraph(entry), Paragraph("1. Welcome")], kind="txt"))
    assert ("Nell Pryce", category) in [(p["name"], c) for c in (PRESENT, IN_ATTENDANCE) for p in record["people"][c]]
    assert [p["name"] for p in record["people"][PRESENT]][0] == "Hana Kovac"


@pytest.mark.parametrize("line, category", [
    ("In attendance: Nell Pryce (Partnership Manager), Kit Hollis (Business Support)", IN_ATTENDANCE),
    ("Also in attendance: Nell Pryce (Partnership Manager), Kit Hollis (Business Support)", IN_ATTENDANCE),
    ("Attendance: Nell Pryce (Partnership Manager), Kit Hollis (Business Support)", PRESENT),
])
def test_a_label_holding_another_label_word_is_one_label(line, category):
    record = extract_record(Document(blocks=[Paragraph("Fenmoor Safeguarding Partnership Board"),
                                             Paragraph("Minutes of the meeting held on 3 February 2025"),
                                             Table(rows=(("Present", "Apologies"), ("Hana Kovac – Chair", "Ivo Brandt"))),
                                             Paragraph(line), Paragraph("1. Welcome")], kind="docx"))
    assert [p["name"] for p in record["people"][category]][-2:] == ["Nell Pryce", "Kit Hollis"]


@pytest.mark.parametrize("code, deputy_row", [
    ("D – for Owen Lusk", (PRESENT, "Tia Rame", "Owen Lusk")),
    ("D (for DI Owen Lusk)", (PRESENT, "Tia Rame", "Owen Lusk")),
    ("D: on behalf of Owen Lusk", (PRESENT, "Tia Rame", "Owen Lusk")),
    ("D", None),  # a D with no name on this row says nothing about who this person stood in for
])
def test_deputy_code_naming_the_absent_member_on_the_deputy_own_row(code, deputy_row):
    rows = [("DI Owen Lusk", "Fenmoor Police", "A"), ("Tia Rame", "Fenmoor Police", code)]
    found = [(c, p["name"], p["deputising_for"]) for c, p in people_from_grid(rows, 0, 2, [1])]
    assert found[0] == (APOLOGIES, "Owen Lusk", None)
    assert (found[1:] or [None])[0] in ([deputy_row] if deputy_row else [None, (APOLOGIES, "Tia Rame", None)])


@pytest.mark.parametrize("line, text, owner_text", [
    ("ACTION: HK and IB to draft a joint escalation protocol by 30/09/2025.", "Draft a joint escalation protocol", "HK and IB"),
    ("ACTION: NP/HK to review the referral form by the next meeting.", "Review the referral form", "NP/HK"),
    ("Action: All to share the winter campaign within their agencies.", "Share the winter campaign within their agencies",
     "All"),
    ("Action: Nell to order the conference badges.", "Order the conference badges", "Nell"),
    ("Action: Nell will order the conference badges.", "Order the conference badges", "Nell"),
    ("Action: Report to be brought back in June.", "Report to be brought back in June.", None),
    ("Action: Training to include the new guidance.", "Training to include the new guidance.", None),
])
def test_inline_action_text_without_owner_prefix_and_due_suffix(line, text, owner_text):
    from assure.imports.extract.actions import inline_actions
    found = inline_actions([line])
    assert [(a["text"], a["owner_text"]) for a in found] == [(text, owner_text)]


@pytest.mark.parametrize("cell, text, owner_text, due", [
    ("Action: Send the audit tool to schools – IB – 21/05/2025", "Send the audit tool to schools", "IB", None),
    ("Action: Send the audit tool to schools – HKo – June 2025", "Send the audit tool to schools", "HKo", None),
    ("Action: Send the audit tool to schools – IB", "Send the audit tool to schools", "IB", None),
    ("Action: Review of the 2024 – 2025 figures", "Review of the 2024 – 2025 figures", None, None),
])
def test_action_cell_ending_with_owner_and_date(cell, text, owner_text, due):
    from assure.imports.extract.actions import actions_from_cells
    found = actions_from_cells(cell, "", "")
    assert [(a["text"], a["owner_text"]) for a in found] == [(text, owner_text)]


def test_first_name_owner_inline_resolves_to_the_person():
    record = extract_record(_minutes("1. Welcome", "2. Learning event", "Action: Nell to book the venue for the event."))
    record2 = extract_record(Document(blocks=[
        Paragraph("Fenmoor Safeguarding Partnership Board"), Paragraph("Minutes of the meeting held on 3 February 2025"),
        Paragraph("Present: Hana Kovac (HK), Nell Pryce (NP)"), Paragraph("1. Learning event"),
        Paragraph("Action: Nell to book the venue for the event.")], kind="txt"))
    assert record["actions"][0]["text"] == "Book the venue for the event"
    assert record2["actions"][0]["owners"] == ["Nell Pryce"]


@pytest.mark.parametrize("heads, furniture, body", [
    (["Fenmoor Safeguarding Partnership", "Neglect Subgroup"], [], "Fenmoor Safeguarding Partnership Neglect Subgroup"),
    (["Fenmoor Safeguarding Adults Board", "Quality and Performance Group – Minutes"], [],
     "Fenmoor Safeguarding Adults Board Quality and Performance Group"),
    (["Fenmoor Safeguarding Partnership", "Practice Review Panel – minutes of the meeting of 3 July 2025"], [],
     "Fenmoor Safeguarding Partnership Practice Review Panel"),
    (["Fenmoor Safeguarding Adults Board", "Minutes of the Board meeting"], [], "Fenmoor Safeguarding Adults Board"),
    (["Fenmoor Safeguarding Adults Board", "Minutes of the meeting held on 3 July 2025"], [],
     "Fenmoor Safeguarding Adults Board"),
    (["Neglect Subgroup – Minutes"], ["Fenmoor Safeguarding Partnership", "Page 1 of 3"],
     "Fenmoor Safeguarding Partnership Neglect Subgroup"),
    (["Fenmoor Safeguarding Partnership Executive Board"], ["Fenmoor Safeguarding Partnership – Board 3.2.25"],
     "Fenmoor Safeguarding Partnership Executive Board"),
])
def test_body_is_the_partnership_and_the_group_under_it(heads, furniture, body):
    doc = Document(blocks=[*[Paragraph(h, style="Heading") for h in heads],
                           Paragraph("Date: 3 February 2025"), Paragraph("Present: Hana Kovac (HK), Ivo Brandt (IB)"),
                           Paragraph("1. Welcome")], furniture=furniture, kind="pdf")
    assert extract_record(doc)["body"] == body


def _items_doc(*items, log=None):
    blocks = [Paragraph("Fenmoor Safeguarding Partnership Board"), Paragraph("Minutes of the meeting held on 3 February 2025"),
              Paragraph("Present: Hana Kovac (HK), Ivo Brandt (IB), Nell Pryce (NP)")]
    for heading, text in items:
        blocks += [Paragraph(heading), Paragraph(text)]
    if log:
        blocks += [Paragraph("Actions"), Table(rows=(("Item", "Action", "Owner", "Due"), *log))]
    return extract_record(Document(blocks=blocks, kind="txt"))


@pytest.mark.parametrize("title, text, updates", [
    ("2. Notes and actions of 6 January 2025",
     "Agreed. Action: Refresh the neglect toolkit – closed. Action: Audit of strategy meetings – remains on the agenda.",
     [("Refresh the neglect toolkit", "closed"), ("Audit of strategy meetings", "carried_forward")]),
    ("2. Minutes of 6 January 2025", "Agreed as a true record. Audit tool – complete. Schools survey – carried forward.",
     [("Audit tool", "closed"), ("Schools survey", "carried_forward")]),
    ("2. Minutes of the last meeting", "Action: Parent leaflet – actioned.", [("Parent leaflet", "closed")]),
])
def test_matters_arising_lines_are_updates_not_new_actions(title, text, updates):
    record = _items_doc(("1. Welcome", "HK welcomed members."), (title, text))
    assert [(u["text"], u["status"]) for u in record["action_updates"]] == updates
    assert record["actions"] == []


@pytest.mark.parametrize("marker, log_owner, expected", [
    ("(Action: NP)", "NP", [("2", "Revise the neglect strategy and circulate", ["Nell Pryce"])]),
    ("(Action: HK/IB)", "HK / IB", [("2", "Revise the neglect strategy and circulate", ["Hana Kovac", "Ivo Brandt"])]),
    # a marker whose owner has no row in the log is kept
    ("(Action: IB)", "NP", [("2", "Revise the neglect strategy and circulate", ["Nell Pryce"]),
                            ("2", "Members asked for a clearer strategy.", ["Ivo Brandt"])]),
])
def test_paren_action_marker_repeated_in_a_closing_log_is_counted_once(marker, log_owner, expected):
    record = _items_doc(("1. Welcome", "HK welcomed members."),
                        ("2. Neglect strategy", f"NP presented the draft. Members asked for a clearer strategy. {marker}"),
                        log=[("2", "Revise the neglect strategy and circulate", log_owner, "May 2025")])
    assert [(a["item"], a["text"], a["owners"]) for a in record["actions"]] == expected


@pytest.mark.parametrize("row, expected", [
    (("Ref", "Item", "Action", "Lead", "Deadline", "Status"),
     {"ref": 0, "number": 1, "action": 2, "owner": 3, "due": 4, "status": 5}),
    (("No.", "Item", "Action", "By whom", "By when"), {"ref": 0, "number": 1, "action": 2, "owner": 3, "due": 4}),
    (("Ref", "Ite m", "Action", "Lead"), {"ref": 0, "number": 1, "action": 2, "owner": 3}),
    (("Item", "Discussion", "Action", "Owner"), {"number": 0, "text": 1, "action": 2, "owner": 3}),
    (("No.", "Agenda item", "Discussion", "Action", "Lead", "Due"),
     {"number": 0, "title": 1, "text": 2, "action": 3, "owner": 4, "due": 5}),
])
def test_action_log_item_column_beside_a_reference_column(row, expected):
    assert header_map(row) == expected


@pytest.mark.parametrize("owner_text, owners", [
    ("Martin", ["Martin Greer"]), ("Marcia", ["Marcia Obi"]), ("Augustus", ["Augustus Hale"]),
    ("Martin – March", ["Martin Greer"]), ("MG – June 2025", ["Martin Greer"]),
])
def test_first_names_that_begin_like_a_month_are_owners(owner_text, owners):
    from assure.imports.extract.owners import Roster, resolve_owners
    roster = Roster(people=[{"name": "Martin Greer", "initials": "MG"}, {"name": "Marcia Obi", "initials": "MO"},
                            {"name": "Augustus Hale", "initials": "AH"}])
    assert resolve_owners(owner_text, roster).owners == owners


@pytest.mark.parametrize("action, owner, expected", [
    ("Write the neglect audit report for the\nBoard", "HK", [("Write the neglect audit report for the Board", "HK")]),
    ("Send the summary to the Education\nSafeguarding Forum", "Ellen", [("Send the summary to the Education Safeguarding Forum",
                                                                       "Ellen")]),
    ("Scope a refresher session with the Schools\nForum", "Mr Kovac /\nMs Pryce",
     [("Scope a refresher session with the Schools Forum", "Mr Kovac / Ms Pryce")]),
    ("Update the dataset", "Business\nUnit", [("Update the dataset", "Business Unit")]),
    ("Draft the plan", "Chair / Ms\nPryce", [("Draft the plan", "Chair / Ms Pryce")]),
    # one action a line, one owner a line: still paired in order
    ("Share custody data\nBrief the subgroup", "HK\nIB", [("Share custody data", "HK"), ("Brief the subgroup", "IB")]),
    ("Share custody data\nCirculate minutes", "HK\nIB", [("Share custody data", "HK"), ("Circulate minutes", "IB")]),
    ("Amend the terms of reference", "HK\nIB", [("Amend the terms of reference", "HK, IB")]),
    ("Amend the terms of reference", "Hana Kovac\nIvo Brandt", [("Amend the terms of reference", "Hana Kovac, Ivo Brandt")]),
])
def test_cells_wrapped_by_a_narrow_pdf_column(action, owner, expected):
    from assure.imports.extract.actions import actions_from_cells
    assert [(a["text"], a["owner_text"]) for a in actions_from_cells(action, owner, "")] == expected


@pytest.mark.parametrize("owner_text, owners", [
    ("Business Unit", ["Business Unit"]), ("Business Team", ["Business Team"]), ("All", ["All"]),
    ("Business Manager", ["Ivo Brandt"]),  # a role held by one person is that person
    ("Chair", ["Hana Kovac"]),
])
def test_group_owners_stay_as_written(owner_text, owners):
    from assure.imports.extract.owners import Roster, resolve_owners
    roster = Roster(people=[{"name": "Hana Kovac", "initials": "HK", "role": "Independent Chair"},
                            {"name": "Nell Pryce", "initials": "NP", "role": "Business Unit Manager"},
                            {"name": "Ivo Brandt", "initials": "IB", "role": "Business Manager"}])
    assert resolve_owners(owner_text, roster).owners == owners


@pytest.mark.parametrize("heading, expected", [
    ("3. Children's services improvement plan", ("3", "Children's services improvement plan")),
    ("2. Children’s Services", ("2", "Children’s Services")),
    ("4. People and culture", ("4", "People and culture")),
    ("3 children were seen by the team", None),
    ("5 years on, the service has changed", None),
    ("12 May 2025", None),
])
def test_item_headings_naming_a_service(heading, expected):
    from assure.imports.extract.headings import parse_heading
    assert parse_heading(heading) == expected


@pytest.mark.parametrize("text, apologies", [
    ("HK welcomed members. Apologies: Tamsin Greer (Fenmoor Probation), Cllr Oskar Lind (Fenmoor Council).",
     ["Tamsin Greer", "Oskar Lind"]),
    ("HK welcomed everyone. Apologies were received from Tamsin Greer and Oskar Lind. The agenda was agreed.",
     ["Tamsin Greer", "Oskar Lind"]),
    ("Apologies: none.", []),
    ("HK welcomed members and noted apologies as listed above.", []),
])
def test_apologies_given_in_the_first_item(text, apologies):
    record = _items_doc(("1. Welcome and apologies", text), ("2. Neglect strategy", "NP presented."))
    assert [p["name"] for p in record["people"][APOLOGIES]] == apologies
    assert [p["name"] for p in record["people"][PRESENT]] == ["Hana Kovac", "Ivo Brandt", "Nell Pryce"]


@pytest.mark.parametrize("entry, name, role", [
    ("Station Manager Kit Hollis", "Kit Hollis", "Station Manager"),
    ("Watch Manager Kit Hollis, Fenmoor Fire and Rescue", "Kit Hollis", "Watch Manager"),
    ("Group Manager Kit Hollis", "Kit Hollis", "Group Manager"),
    ("Kit Hollis, Group Manager", "Kit Hollis", "Group Manager"),
])
def test_fire_service_ranks_before_a_name(entry, name, role):
    from assure.imports.extract.people import parse_entry
    person = parse_entry(entry)
    assert (person["name"], person["role"]) == (name, role)


@pytest.mark.parametrize("rows, owner_text", [
    ([("4.", "Missing children", "Share the return interview data", "HK/I"), ("", "", "B", "")], "HK/IB"),
    ([("4.", "Missing children", "Share the return interview data", "HK/I"), ("", "", "", "B")], "HK/IB"),
    ([("4.", "Missing children", "Share the return interview data", "NP"), ("", "", "IB", "")], "NP"),
])
def test_owner_initials_cut_by_a_page_break(rows, owner_text):
    doc = Document(blocks=[Paragraph("Fenmoor Safeguarding Partnership Board"), Paragraph("Date: 3 February 2025"),
                           Paragraph("Present: Hana Kovac (HK), Ivo Brandt (IB), Nell Pryce (NP)"),
                           Table(rows=(("Item", "Discussion", "Action", "Owner"), *rows))], kind="txt")
    assert extract_record(doc)["actions"][0]["owner_text"] == owner_text


def _same_initials(discussion, owner="SM"):
    doc = Document(blocks=[
        Paragraph("Fenmoor Safeguarding Partnership Board"), Paragraph("Date: 3 February 2025"),
        Table(rows=(("Name", "Organisation", "P/A"), ("Sara Mills", "Fenmoor Council", "P"),
                    ("Simon Moss", "Fenmoor Police", "A"), ("Hana Kovac", "Fenmoor ICB", "P"))),
        Table(rows=(("Item", "Discussion", "Action", "Owner"), ("1", "Welcome", "", ""),
                    ("2", discussion, "Circulate the dashboard", owner))),
    ], kind="docx")
    record = extract_record(doc)
    return record["actions"][0]["owners"], [f["kind"] for f in record["flags"]]


@pytest.mark.parametrize("discussion, owners, flags", [
    ("HK presented the dashboard.", ["Sara Mills"], ["owner_chosen"]),          # the other SM sent apologies
    ("SM (Sara Mills) presented the dashboard.", ["Sara Mills"], []),            # introduced in the text
    ("Simon Moss sent a written update on the dashboard.", ["Simon Moss"], []),  # named in the item: context wins
])
def test_same_initials_settled_by_attendance_and_introductions(discussion, owners, flags):
    assert _same_initials(discussion) == (owners, flags)


def test_same_initials_both_present_are_still_flagged():
    doc = Document(blocks=[
        Paragraph("Fenmoor Safeguarding Partnership Board"), Paragraph("Date: 3 February 2025"),
        Paragraph("Present: Sara Mills (Fenmoor Council), Simon Moss (Fenmoor Police)"),
        Paragraph("1. Dashboard"), Paragraph("The dashboard was discussed. ACTION: SM to circulate the dashboard."),
    ], kind="txt")
    record = extract_record(doc)
    assert record["actions"][0]["owners"] == ["SM"] and record["flags"][0]["kind"] == "ambiguous_owner"


@pytest.mark.parametrize("text, expected", [
    ("SM (Sara Mills) presented the report.", {"Sara Mills": "SM"}),
    ("Sara Mills (SM) presented the report.", {"Sara Mills": "SM"}),
    ("JCol (Jo Colley) presented.", {"Jo Colley": "JCol"}),
    ("The ICB (Fenmoor Health) presented.", {}),
    ("KO (Fenmoor Council) presented.", {}),
])
def test_initials_introduced_in_the_text(text, expected):
    from assure.imports.extract.owners import introduced_initials
    assert introduced_initials(text) == expected


@pytest.mark.parametrize("text, title", [
    ("Any other business. Mr Kovac asked for a refresher session.", "Any other business"),
    ("Training calendar 2025-26. Members discussed the balance of online sessions.", "Training calendar 2025-26"),
    ("Minutes of 6 January 2025 agreed. Audit tool – complete.", "Minutes of 6 January 2025 agreed"),
    ("Finance", "Finance"),
    ("Welcome\nHK welcomed everyone.", "Welcome"),
    ("Members discussed at length the balance of online and face-to-face sessions and the feedback. The plan was agreed.",
     "Members discussed at length the balance of online and face-to-face sessions and the feedback. The plan was agreed."),
])
def test_title_is_the_first_short_sentence_of_a_joined_cell(text, title):
    from assure.imports.extract.headings import cut_title
    assert cut_title(text)[0] == title


@pytest.mark.parametrize("text, title", [
    ("Contextual safeguarding: Station Road hotspot\nCW described joint patrols.", "Contextual safeguarding: Station Road hotspot"),
    ("SAR referral: Mr G\nThe criteria are met.", "SAR referral: Mr G"),
])
def test_a_colon_inside_a_short_title_is_kept(text, title):
    from assure.imports.extract.headings import cut_title
    assert cut_title(text)[0] == title


@pytest.mark.parametrize("line, updates", [
    ("Action 7 (parent leaflet launch) is complete.", [("Parent leaflet launch", "closed")]),
    ("Action 8 (referral audit) remains outstanding and was carried forward.", [("Referral audit", "carried_forward")]),
    ("The minutes were agreed. Matters arising: the neglect toolkit has been published (complete); the dental pathway is "
     "still in development (ongoing).", [("Neglect toolkit has been published", "closed"), ("Dental pathway is still in development",
                                                                                         "open")]),
    ("The action on school nursing capacity is complete; the transitions audit is ongoing; the leaflet review is deferred "
     "to June.", [("School nursing capacity", "closed"), ("Transitions audit", "open"), ("Leaflet review", "carried_forward")]),
    ("Members noted the report.", []),
])
def test_action_updates_written_as_prose(line, updates):
    from assure.imports.extract.actions import action_updates
    assert [(u["text"], u["status"]) for u in action_updates([line])] == updates


@pytest.mark.parametrize("sentence, is_decision", [
    ("The minutes of 6 January 2025 were agreed.", True),
    ("Minutes of 6 January agreed.", True),
    ("The Executive agreed the three priorities for next year.", True),
    ("The subgroup agreed the terms of reference.", True),
    ("Members discussed the report.", False),
])
def test_decisions_in_more_words(sentence, is_decision):
    from assure.imports.extract.actions import decisions
    assert bool(decisions([sentence])) is is_decision


@pytest.mark.parametrize("action, owner, texts", [
    ("Circulate the minutes\nBook room", "HK\nIB", ["Circulate the minutes", "Book room"]),
    ("Circulate the minutes\nAmend ToR", "HK\nIB", ["Circulate the minutes", "Amend ToR"]),
    ("Report to the Safeguarding\nForum", "HK", ["Report to the Safeguarding Forum"]),
])
def test_short_action_lines_are_only_joined_when_they_continue_a_name(action, owner, texts):
    from assure.imports.extract.actions import actions_from_cells
    assert [a["text"] for a in actions_from_cells(action, owner, "")] == texts
