"""Attendance lists in the many ways minutes write them."""
import pytest

from assure.imports.extract.people import (
    APOLOGIES,
    IN_ATTENDANCE,
    PRESENT,
    label_category,
    parse_entry,
    people_from_grid,
    people_from_text,
    split_entries,
)


@pytest.mark.parametrize("entry, expected", [
    ("Jo Bloggs (JB) – Head of Public Protection, Fenshire Police",
     {"name": "Jo Bloggs", "initials": "JB", "role": "Head of Public Protection", "organisation": "Fenshire Police"}),
    ("Jo Bloggs, JB (Business Manager, Fenbridge Safeguarding)",
     {"name": "Jo Bloggs", "initials": "JB", "role": "Business Manager", "organisation": "Fenbridge Safeguarding"}),
    ("Jo Bloggs (Independent Chair)", {"name": "Jo Bloggs", "role": "Independent Chair", "organisation": None}),
    ("Jo Bloggs (Fenshire County Council)", {"name": "Jo Bloggs", "role": None, "organisation": "Fenshire County Council"}),
    ("Jo Bloggs, Designated Nurse, Fenshire ICB", {"name": "Jo Bloggs", "role": "Designated Nurse", "organisation": "Fenshire ICB"}),
    ("DCI Mark Owen (MO) – Head of PPU, Fenshire Police", {"name": "Mark Owen", "role": "DCI, Head of PPU"}),
    ("Cllr Ann Lee", {"name": "Ann Lee", "role": "Cllr"}),
    ("Dr Priya Shah – Designated Doctor", {"name": "Priya Shah", "role": "Designated Doctor"}),
    ("Mary O'Neil-McKay (MOM)", {"name": "Mary O'Neil-McKay", "initials": "MOM"}),
    ("Fiona MacDonald (Fenshire Police)", {"name": "Fiona MacDonald", "organisation": "Fenshire Police"}),
    ("Ann DeSouza", {"name": "Ann DeSouza"}),
    ("• Tom Hart", {"name": "Tom Hart"}),
    ("Tom Hart | Fenshire Police", {"name": "Tom Hart", "organisation": "Fenshire Police"}),
    ("Apols Tom Hart", {"name": "Tom Hart"}),
    # the seven ways of writing a deputy
    ("Sam Ode, Probation (deputising for Lisa May)", {"name": "Sam Ode", "deputising_for": "Lisa May"}),
    ("Sam Ode (rep Lisa May)", {"name": "Sam Ode", "deputising_for": "Lisa May"}),
    ("Sam Ode (also rep Lisa May)", {"name": "Sam Ode", "deputising_for": "Lisa May"}),
    ("Sam Ode (re Lisa May)", {"name": "Sam Ode", "deputising_for": "Lisa May"}),
    ("Sam Ode on behalf of Lisa May, Probation", {"name": "Sam Ode", "deputising_for": "Lisa May", "organisation": "Probation"}),
    ("Sam Ode representing Lisa May", {"name": "Sam Ode", "deputising_for": "Lisa May"}),
    ("Sam Ode, also representing Lisa May", {"name": "Sam Ode", "deputising_for": "Lisa May"}),
])
def test_parse_entry(entry, expected):
    person = parse_entry(entry)
    assert person is not None
    for key, value in expected.items():
        assert person[key] == value, key


@pytest.mark.parametrize("entry", ["No apologies.", "None", "Nil", "Fenshire County Council", "", "Minutes",
                                   "Kate Long welcomed everyone to the meeting."])
def test_parse_entry_refuses_what_is_not_a_person(entry):
    assert parse_entry(entry) is None


@pytest.mark.parametrize("line, count", [
    ("Ann Lee (Chair) Tom Hart (Fenshire Police) Jo Bloggs (Fenshire Council)", 3),
    ("Ann Lee, AL (Chair, Board) Tom Hart, TH (Police)", 2),
    ("Ann Lee; Tom Hart; Jo Bloggs", 3),
    ("Ann Lee, Tom Hart and Jo Bloggs", 3),
    ("Ann Lee, Designated Nurse, Fenshire ICB", 1),
    ("Jo Bloggs – Council, Ann Lee – Police, Dr Tom Hart – Health", 3),
    ("Jo Bloggs – Head of Service, Fenshire Council", 1),
    ("Jo Bloggs – Chair Ann Lee – Lowfield Police DCI Tom Hart – Head of Service, Fenshire Council", 3),
    ("Jo Bloggs – Chair – Fenshire Council", 1),
    ("Lucy Young, LY (Independent Reviewer; CSPR Child D)", 1),
    ("Sam Ode (SO) – Senior Probation Officer (deputising for Lisa May)", 1),
])
def test_split_entries(line, count):
    assert len(split_entries(line)) == count


def test_people_from_text_switches_category_at_inline_labels():
    text = "Ann Lee (Chair) Tom Hart (Police)\nTo present: Jo Bloggs, JB (Reviewer)\nIn attendance: Kim Ross (Minute Taker)"
    found = [(cat, p["name"]) for cat, p in people_from_text(text, PRESENT)]
    assert found == [(PRESENT, "Ann Lee"), (PRESENT, "Tom Hart"), (IN_ATTENDANCE, "Jo Bloggs"), (IN_ATTENDANCE, "Kim Ross")]


def test_someone_attending_on_behalf_of_an_apology_is_present():
    found = people_from_text("Fiona Reid (NHS Trust) – Kate Long attended on behalf of Fiona Reid", APOLOGIES)
    assert (PRESENT, "Kate Long", "Fiona Reid") in [(c, p["name"], p["deputising_for"]) for c, p in found]
    assert (APOLOGIES, "Fiona Reid") in [(c, p["name"]) for c, p in found]


def test_grid_of_codes_with_a_named_deputy():
    rows = [("Ann Lee", "Council", "P"), ("Tom Hart", "Police", "A"), ("Jo Bloggs", "Health", "D – Kim Ross"),
            ("Ed Moss", "Fire", "DNA"), ("Kay Bell", "School", "")]
    found = [(c, p["name"], p["deputising_for"]) for c, p in people_from_grid(rows, 0, 2, [1])]
    assert found == [(PRESENT, "Ann Lee", None), (APOLOGIES, "Tom Hart", None), (APOLOGIES, "Jo Bloggs", None),
                     (PRESENT, "Kim Ross", "Jo Bloggs")]


def test_grid_read_column_by_column_is_unstacked():
    rows = [("Jo Bloggs\nAnn Lee\nTom Hart", "Chair\nNurse\nDCI", "P\nA\nP")]
    found = [(c, p["name"], p["role"]) for c, p in people_from_grid(rows, 0, 2, [1])]
    assert found == [(PRESENT, "Jo Bloggs", "Chair"), (APOLOGIES, "Ann Lee", "Nurse"), (PRESENT, "Tom Hart", "DCI")]


@pytest.mark.parametrize("label, category", [
    ("Present", PRESENT), ("Board Members Present", PRESENT), ("Those present", PRESENT), ("Attendees", PRESENT),
    ("In attendance", IN_ATTENDANCE), ("Also present", IN_ATTENDANCE), ("To present", IN_ATTENDANCE),
    ("Minute taker", IN_ATTENDANCE), ("Apologies", APOLOGIES), ("Apologies for absence", APOLOGIES), ("Apols", APOLOGIES),
    ("Welcome", None), ("Presentation of the report", None),
])
def test_label_category(label, category):
    assert label_category(label) == category


@pytest.mark.parametrize("label, category", [
    ("Attendees (joined)", PRESENT), ("Declined", APOLOGIES), ("Regrets", APOLOGIES), ("Not attending", APOLOGIES),
    ("Agencies represented", PRESENT), ("Organisations represented", PRESENT),
    ("Agencies sending apologies", APOLOGIES), ("Apologies (received)", APOLOGIES),
    ("Participants", PRESENT), ("Those attending", PRESENT), ("Present in the room", PRESENT),
    ("Present online", PRESENT), ("Absent with apologies", APOLOGIES),
    ("Yn bresennol", PRESENT), ("Hefyd yn bresennol", IN_ATTENDANCE), ("Ymddiheuriadau", APOLOGIES),  # Welsh only
])
def test_attendance_labels_in_other_words(label, category):
    assert label_category(label) == category


def test_agencies_with_their_people_in_brackets():
    text = ("Marsh Lane Council Children's Services (Tom Reed – Chair, Service Manager; Ana Lutz, Practice Lead)\n"
            "Marsh Lane Police (DS Kofi Mensah)\n"
            "Marsh Lane Community Health (Ruth Kerr, School Nursing)\n"
            "Schools (Mrs Jan Pole, Head, Fenway Primary)\n"
            "Partnership Business Unit (Eve Hart – notes)")
    found = [(cat, p["name"], p["role"], p["organisation"]) for cat, p in people_from_text(text, PRESENT, agencies=True)]
    assert found == [
        (PRESENT, "Tom Reed", "Chair, Service Manager", "Marsh Lane Council Children's Services"),
        (PRESENT, "Ana Lutz", "Practice Lead", "Marsh Lane Council Children's Services"),
        (PRESENT, "Kofi Mensah", "DS", "Marsh Lane Police"),
        (PRESENT, "Ruth Kerr", "School Nursing", "Marsh Lane Community Health"),  # her team; the agency is hers
        (PRESENT, "Jan Pole", "Head", "Fenway Primary"),                          # she names her own school
        (IN_ATTENDANCE, "Eve Hart", "notes", "Partnership Business Unit"),
    ]


def test_an_agency_named_like_a_person_is_read_so_only_under_an_agencies_label():
    assert [p["name"] for _, p in people_from_text("Early Years (Tasha Okoro)", APOLOGIES, agencies=True)] == ["Tasha Okoro"]
    # elsewhere "Jo Bloggs (Ann Lee)" could be a deputy note: not taken for an agency
    assert [p["name"] for _, p in people_from_text("Early Years (Tasha Okoro)", APOLOGIES)] != ["Tasha Okoro"]
    assert people_from_text("Jo Bloggs (Fenbridge Council)", PRESENT)[0][1]["organisation"] == "Fenbridge Council"


def test_wiki_mentions_are_people():
    found = people_from_text("• @Priya Lanning – Practice Review Lead (chair)\n• @Owain Fitch – Named GP", PRESENT)
    assert [(p["name"], p["role"]) for _, p in found] == [("Priya Lanning", "Practice Review Lead, chair"),
                                                          ("Owain Fitch", "Named GP")]


def test_a_meetings_apps_response_column():
    rows = [("Nadia Price", "Organiser", "Joined"), ("Colm Reilly", "Headteacher", "Declined")]
    found = [(c, p["name"]) for c, p in people_from_grid(rows, 0, 2, [1])]
    assert found == [(PRESENT, "Nadia Price"), (APOLOGIES, "Colm Reilly")]
