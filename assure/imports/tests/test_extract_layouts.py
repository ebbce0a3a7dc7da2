"""The record a person expects from each common layout (issue 8, point 3), as general capabilities:
each layout family of the fictional corpus (corpus.family_document) read end to end, and the rules
behind them case by case."""
import pytest

from assure.documents.document import Document, Paragraph, Table
from assure.documents.readers import parse
from assure.imports import corpus
from assure.imports.extract import extract_record
from assure.imports.extract.headings import clean_title, run_in_heading
from assure.imports.extract.items import Item
from assure.imports.extract.people import (
    APOLOGIES,
    IN_ATTENDANCE,
    PRESENT,
    attendance_key,
    parse_entry,
    people_from_grid,
    people_from_text,
)

KINDS = {"html": "html", "pdf": "pdf", "docx": "docx", "txt": "text"}


def _record(family: str, seed: int) -> tuple[dict, dict]:
    name, data, gold = corpus.family_document(family, seed)
    document = parse(data, name, kind=KINDS[name.rsplit(".", 1)[1]])
    return extract_record(document), gold


def _people(record: dict) -> dict:
    return {cat: sorted((p["name"], p.get("deputising_for")) for p in record["people"][cat])
            for cat in (PRESENT, IN_ATTENDANCE, APOLOGIES)}


def _actions(record: dict) -> list:
    return sorted((a["item"], a["text"], tuple(a["owners"]), a["due"]) for a in record["actions"])


@pytest.mark.parametrize("family, seed", [(f, s) for f in corpus.FAMILIES for s in (0, 1, 2, 3)])
def test_each_layout_family_gives_the_record_a_person_would_write(family, seed):
    record, gold = _record(family, seed)
    assert [(i["number"], i["title"]) for i in record["items"]] == [(i["number"], i["title"]) for i in gold["items"]]
    assert _people(record) == _people(gold)
    assert _actions(record) == _actions(gold)  # whole texts, resolved owners, ISO due dates, the right item
    assert sorted(u["text"] for u in record["action_updates"]) == sorted(u["text"] for u in gold["action_updates"])
    assert (record["body"], record["date"]) == (gold["body"], gold["date"])


def test_council_page_resolutions_are_decisions():
    record, gold = _record("council_html", 0)
    decisions = {d["text"] for d in record["decisions"]}
    assert {d["text"] for d in gold["decisions"]} <= decisions
    assert any(t.startswith("RESOLVED: That") for t in decisions)


def test_action_log_rows_for_earlier_actions_are_updates_with_their_status():
    record, gold = _record("numbered_log_docx", 1)
    assert sorted((u["text"], u["status"]) for u in record["action_updates"]) == \
        sorted((u["text"], u["status"]) for u in gold["action_updates"])


def test_log_reference_names_the_item_and_unknown_references_are_earlier_actions():
    document = Document(blocks=[
        Paragraph("Present: Jo Bloggs (JB), Ann Lee (AL)"),
        Paragraph("3. Budget"), Paragraph("3.1 The Board noted the budget."),
        Paragraph("Action log"),
        Table(rows=(("Ref", "Action", "Owner", "Due", "Status"),
                    ("24/07", "Refresh the training needs analysis", "AL", "", "Ongoing"),
                    ("3.1", "Circulate the budget paper to partners", "JB", "01/03/2025", "New"))),
    ])
    record = extract_record(document)
    assert [(a["item"], a["text"], a["owners"]) for a in record["actions"]] == \
        [("3", "Circulate the budget paper to partners", ["Jo Bloggs"])]
    assert [(u["text"], u["status"]) for u in record["action_updates"]] == [("Refresh the training needs analysis", "open")]


@pytest.mark.parametrize("text, expected", [
    ("Key: P = present, A = apologies, D = deputy attended", {"p": PRESENT, "a": APOLOGIES, "d": "deputy"}),
    ("Key: ✓ attended, ✗ apologies, - not a member then", {"✓": PRESENT, "✗": APOLOGIES, "-": None}),
    ("X = apologies, Y = present", {"x": APOLOGIES, "y": PRESENT}),
    ("The Board discussed the present position.", {}),
])
def test_attendance_key(text, expected):
    assert attendance_key(text) == expected


def test_grid_codes_are_read_with_the_documents_key_and_notes_name_deputies():
    rows = [("Jo Bloggs", "Fenbridge Police", "✓", "✗", ""),
            ("Ann Lee", "Fenbridge Council", "✓", "X", "Represented by Tom Hart"),
            ("Sam Reid", "Fenbridge ICB", "✗", "Y", "")]
    found = people_from_grid(rows, 0, 3, [1, 4], key={"x": APOLOGIES, "y": PRESENT})
    by_name = {p["name"]: (cat, p["deputising_for"]) for cat, p in found}
    assert by_name == {"Jo Bloggs": (APOLOGIES, None), "Ann Lee": (APOLOGIES, None),
                       "Tom Hart": (PRESENT, "Ann Lee"), "Sam Reid": (PRESENT, None)}


def test_grid_row_of_a_substitute_and_a_minute_taker():
    rows = [("Tom Hart", "Substitute", "Present as substitute for Ann Lee"),
            ("Kim Wu", "Business Manager", "P (minutes)")]
    found = people_from_grid(rows, 0, 2, [1])
    assert [(cat, p["name"], p["deputising_for"]) for cat, p in found] == \
        [(PRESENT, "Tom Hart", "Ann Lee"), (IN_ATTENDANCE, "Kim Wu", None)]


@pytest.mark.parametrize("text, category, expected", [
    ("Councillors Jo Bloggs (Chair), Ann Lee, Sam Reid and Tom Hart", PRESENT,
     ["Jo Bloggs", "Ann Lee", "Sam Reid", "Tom Hart"]),
    ("Councillors Ann Lee and Sam Reid", APOLOGIES, ["Ann Lee", "Sam Reid"]),
])
def test_a_plural_title_before_a_list_names_each_person(text, category, expected):
    assert [p["name"] for _, p in people_from_text(text, category)] == expected


def test_substitute_written_as_name_for_name():
    assert parse_entry("Tom Hart for Ann Lee")["deputising_for"] == "Ann Lee"
    assert [(p["name"], p["deputising_for"]) for _, p in people_from_text("Substitutes: Tom Hart for Ann Lee", PRESENT)] \
        == [("Tom Hart", "Ann Lee")]


def test_a_committee_is_not_a_person():
    assert people_from_text("Felpersham Learning and Review Subgroup", IN_ATTENDANCE) == []


@pytest.mark.parametrize("title, expected", [
    ("Risk register PDF 245 KB", "Risk register"),
    ("Annual report 2025-26 (PDF, 1.2 MB)", "Annual report 2025-26"),
    ("Budget [DOCX 80KB]", "Budget"),
    ("Budget 2025", "Budget 2025"),
])
def test_clean_title(title, expected):
    assert clean_title(title) == expected


@pytest.mark.parametrize("text, items, current, expected", [
    ("2.1 Risk register: The Board received the register.", [], None, ("2.1", "Risk register")),
    ("1.3 Budget and partner contributions – Partners agreed the budget.", [Item("1.2", "x")], Item("1.2", "x"),
     ("1.3", "Budget and partner contributions")),
    ("3.1 Budget: the Board noted the budget.", [Item("3", "Budget")], Item("3", "Budget"), None),  # a numbered paragraph
    ("2.1 The Board noted the report.", [], None, None),  # no run-in title
    ("2.1 Members reported that: the audit is complete.", [], None, None),
    ("2 Risk register: text", [], None, None),  # not a sub-item
])
def test_run_in_heading(text, items, current, expected):
    assert run_in_heading(text, items, current) == expected


def test_sections_group_sub_items_and_are_not_items_themselves():
    document = Document(blocks=[
        Paragraph("Apologies: Ann Lee (AL)"),
        Paragraph("Section 1: Governance", style="Heading 1"),
        Paragraph("1.1 Risk register: The Board received the register."),
        Paragraph("ACTION: AL to update the register by 01/03/2025."),
        Paragraph("Section 2: Performance", style="Heading 1"),
        Paragraph("2.1 Dataset: Partners reviewed the figures."),
    ])
    record = extract_record(document)
    assert [(i["number"], i["title"]) for i in record["items"]] == [("1.1", "Risk register"), ("2.1", "Dataset")]
    assert [(a["item"], a["text"]) for a in record["actions"]] == [("1.1", "Update the register")]
    assert [p["name"] for p in record["people"][APOLOGIES]] == ["Ann Lee"]


def test_deputy_note_leaves_the_rest_of_the_role():
    rows = [("Tom Hart", "Head of Adult Social Care, Fenbridge Council (on behalf of Ann Lee)", "P")]
    [(category, person)] = people_from_grid(rows, 0, 2, [1])
    assert (category, person["role"], person["deputising_for"]) == \
        (PRESENT, "Head of Adult Social Care, Fenbridge Council", "Ann Lee")


@pytest.mark.parametrize("family", corpus.FAMILIES)
def test_a_family_seed_always_gives_the_same_document(family):
    assert corpus.family_document(family, 5) == corpus.family_document(family, 5)


def test_the_note_taker_in_a_present_list_is_in_attendance():
    found = people_from_text("Alice Morgan (AM) chair, Ben Okafor (BO), Emma Stokes (ES) notes", PRESENT)
    assert [(cat, p["name"]) for cat, p in found] == \
        [(PRESENT, "Alice Morgan"), (PRESENT, "Ben Okafor"), (IN_ATTENDANCE, "Emma Stokes")]


@pytest.mark.parametrize("cell, expected", [
    ("AOB. None.", ("AOB", "None.")),
    ("Any other business. Mr B asked about the venue.", ("Any other business", "Mr B asked about the venue.")),
])
def test_a_title_cell_ending_in_an_acronym_is_cut_at_its_full_stop(cell, expected):
    from assure.imports.extract.headings import cut_title

    assert cut_title(cell) == expected


@pytest.mark.parametrize("text, expected", [
    ("Part 1: Governance", ("Part 1", "Governance")),
    ("PART II - ITEMS FOR DECISION", ("PART II", "ITEMS FOR DECISION")),
    ("Section B – Performance", ("Section B", "Performance")),
    ("Part One: Business", ("Part One", "Business")),
    ("Partners agreed the plan.", None),
])
def test_part_and_section_headings(text, expected):
    from assure.imports.extract.headings import is_part, parse_heading

    assert parse_heading(text) == expected
    assert expected is None or is_part(expected[0])


def test_an_attendance_table_carried_over_a_page_break_without_its_header_keeps_its_lists():
    # Converted from PDF: the table breaks after two members; the next page starts without the header row,
    # its "In attendance" and "Apologies" rows inside the carried-over part.
    first = Table(rows=(("Attendee", "Title", "Organisation"), ("Present", "", ""),
                        ("Dr Ama Osei", "Independent Chair", "Fenbridge Safeguarding Adults Board"),
                        ("Colin Marsh", "Director of Adult Social Care", "Fenbridge Council")))
    carried = Table(rows=(("Priya Nair", "Minutes", "Fenbridge ICB"), ("In attendance", "", ""),
                          ("Tom Hale", "Business Support Officer (minutes)", "Fenbridge Council"),
                          ("Apologies", "", ""), ("Gwen Lowe", "Chief Executive", "Fenbridge Voluntary Action")))
    items = Table(rows=(("Ref", "Item", "Minute"), ("1", "Welcome", "The Chair welcomed members.")))
    people = extract_record(Document(blocks=[Paragraph("Fenbridge Safeguarding Adults Board"), first, carried,
                                             items]))["people"]
    # "Priya Nair | Minutes | …" reads like a header ("Minutes" names a column) but is a person: the note taker.
    assert [p["name"] for p in people["present"]] == ["Ama Osei", "Colin Marsh"]
    assert [p["name"] for p in people["in_attendance"]] == ["Priya Nair", "Tom Hale"]
    assert [p["name"] for p in people["apologies"]] == ["Gwen Lowe"]


def test_an_action_cut_by_a_page_break_takes_its_owner_due_and_status_from_the_next_page():
    # Converted from PDF: the action's first words end the page; the rest of its row, owner and due date
    # start the next page without the header (and without the empty Ref cell).
    log = Table(rows=(("Ref", "Action", "Owner", "Due", "Status"),
                      ("3", "Review the neglect audit findings", "AB", "30/04/2026", "Open"),
                      ("4", "Consider the two referrals of people", "", "", "")))
    rest = Table(rows=(("who were known to housing against the criteria", "Review subgroup", "May meeting",
                        "Open"),))
    record = extract_record(Document(blocks=[Paragraph("Fenbridge Safeguarding Adults Board"),
                                             Paragraph("1. Welcome"), Paragraph("All were welcomed."),
                                             Paragraph("Action log"), log, rest]))
    cut = [a for a in record["actions"] if a["text"].startswith("Consider")]
    assert [(a["text"], a["owner_text"], a["due_text"]) for a in cut] == [
        ("Consider the two referrals of people who were known to housing against the criteria", "Review subgroup",
         "May meeting")]
    assert not [a for a in record["actions"] if a["text"].startswith("who")]


def test_people_carried_over_a_page_break_stay_under_the_label_that_ended_the_page():
    # "In attendance" is the last row of page 1; the next page starts with the people under it, no header.
    first = Table(rows=(("Name", "Role", "Organisation"), ("Members present", "", ""),
                        ("Ann Lee (AL)", "Chair", "Fenbridge Council"), ("Jo Bloggs (JB)", "Head of Safeguarding",
                                                                         "Fenbridge Police"),
                        ("In attendance", "", "")))
    carried = Table(rows=(("Tim Hale (TH)", "Business Manager", "Partnership Team"),
                          ("Kay Moss", "Minute taker", "Partnership Team")))
    people = extract_record(Document(blocks=[Paragraph("Fenbridge Safeguarding Children Partnership"), first,
                                             carried, Paragraph("1. Welcome"), Paragraph("All welcomed.")]))["people"]
    assert [p["name"] for p in people["present"]] == ["Ann Lee", "Jo Bloggs"]
    assert [p["name"] for p in people["in_attendance"]] == ["Tim Hale", "Kay Moss"]


def test_present_and_in_attendance_side_by_side_carried_over_a_page_break():
    first = Table(rows=(("Present", "In attendance"), ("Ann Lee (AL), Chair, Fenbridge SAB", "Tim Hale (TH), SAB Manager"),
                        ("Jo Bloggs (JB), Head of Service, Fenbridge Council", "")))
    carried = Table(rows=(("Sam Reed (SR), Head of Safeguarding, Fenbridge ICB", ""),))
    people = extract_record(Document(blocks=[Paragraph("Fenbridge Safeguarding Adults Board"), first, carried,
                                             Paragraph("1. Welcome"), Paragraph("All welcomed.")]))["people"]
    assert [p["name"] for p in people["present"]] == ["Ann Lee", "Jo Bloggs", "Sam Reed"]
    assert [p["name"] for p in people["in_attendance"]] == ["Tim Hale"]


def test_a_carried_attendance_row_that_reads_like_a_header_is_still_a_person():
    # "Jo Bloggs | Minutes | … | In attendance" names columns' words, but its first cell is a person.
    first = Table(rows=(("Name", "Role", "Organisation", "Attendance"),
                        ("Ann Lee", "Chair", "Fenbridge Council", "Present"),
                        ("Sam Reed", "Head of Service", "Fenbridge Police", "Present")))
    carried = Table(rows=(("Jo Bloggs", "Minutes", "Business Unit", "In attendance"),
                          ("Kim Ward", "Head of Safeguarding", "Fenbridge ICB", "Apologies")))
    people = extract_record(Document(blocks=[Paragraph("Fenbridge Safeguarding Adults Board"), first, carried,
                                             Paragraph("1. Welcome"), Paragraph("All welcomed.")]))["people"]
    assert [p["name"] for p in people["in_attendance"]] == ["Jo Bloggs"]
    assert [(p["name"], p["role"]) for p in people["apologies"]] == [("Kim Ward", "Head of Safeguarding")]


def test_an_action_cut_after_a_little_word_takes_the_next_pages_capitalised_rest():
    # "… concerning" / "Ms D and agree …": the rest opens with a name, but the action cannot end on "concerning".
    log = Table(rows=(("Ref", "Action", "Owner", "Due", "Status"),
                      ("18", "Commission the learning review concerning", "JB", "by 31 December 2026", "New")))
    rest = Table(rows=(("Ms D and agree its terms of reference", "", "", ""),))
    record = extract_record(Document(blocks=[Paragraph("Fenbridge Safeguarding Adults Board"),
                                             Paragraph("1. Welcome"), Paragraph("All were welcomed."),
                                             Paragraph("Action log"), log, rest]))
    assert [(a["text"], a["owner_text"]) for a in record["actions"]] == [
        ("Commission the learning review concerning Ms D and agree its terms of reference", "JB")]


def test_a_role_starting_with_a_code_word_is_not_an_attendance_code():
    # One carried-over row: "Deputy Chief Nurse, …" sits in the Role column; "Deputy" is not a D code there.
    first = Table(rows=(("Name", "Role / Organisation"), ("Members present", ""),
                        ("Ann Lee", "Independent Chair, Fenbridge SAB"), ("Jo Bloggs", "Head of Service, Fenbridge Council")))
    carried = Table(rows=(("Kim Ward", "Deputy Chief Nurse, Fenbridge Hospitals NHS Trust"), ("In attendance", ""),
                          ("Tim Hale", "SAB Business Manager")))
    people = extract_record(Document(blocks=[Paragraph("Fenbridge Safeguarding Adults Board"), first, carried,
                                             Paragraph("1. Welcome"), Paragraph("All welcomed.")]))["people"]
    assert [p["name"] for p in people["present"]] == ["Ann Lee", "Jo Bloggs", "Kim Ward"]
    assert people["present"][2]["role"].startswith("Deputy Chief Nurse")
    assert [p["name"] for p in people["apologies"]] == []


def test_a_cut_action_over_a_cell_of_several_actions_takes_the_first_line_owner_and_date():
    items = Table(rows=(("Item", "Discussion", "Action", "Owner", "Due"),
                        ("4", "Station Road hotspot", "", "", ""),
                        ("", "CW described joint patrols.", "Arrange a location assessment for", "", "")))
    rest = Table(rows=(("", "Station Road with Community Safety\nShare the youth work schedule with police",
                        "SM/CW\nDF", "30/04/2025\n15/04/2025"),))
    record = extract_record(Document(blocks=[Paragraph("Thornbury Exploitation Subgroup"), items, rest]))
    assert [(a["text"], a["owner_text"], a["due_text"]) for a in record["actions"]] == [
        ("Arrange a location assessment for Station Road with Community Safety", "SM/CW", "30/04/2025"),
        ("Share the youth work schedule with police", "DF", "15/04/2025")]
