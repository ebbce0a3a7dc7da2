"""Owners as written -> people, against the document's own attendance list."""
import pytest

from assure.imports.extract.owners import Roster, names_in_text, resolve_owners

PEOPLE = [
    {"name": "Pete Holt", "initials": "PH"},
    {"name": "Nadia Moss", "initials": None},
    {"name": "Tara Pike", "initials": None},
    {"name": "Jackie Chan-Lowe", "initials": None},
    {"name": "John Colby", "initials": None},
    {"name": "Anita Shah", "initials": "AS"},
    {"name": "Frances Musgrave", "initials": None},
    {"name": "Lorraine Beattie", "initials": None, "role": None},
    {"name": "Jo Dean", "initials": None},
    {"name": "Ellen Cross", "initials": "EC", "role": "Independent Chair"},
    {"name": "Stephanie Grey", "initials": None},
    {"name": "Simon Gale", "initials": None},
]


def owners(text, context="", mentioned=(), tokens=(), known=()):
    roster = Roster(people=PEOPLE, mentioned=list(mentioned), known=list(known), tokens=set(tokens))
    return resolve_owners(text, roster, context)


@pytest.mark.parametrize("text, expected", [
    ("PH", ["Pete Holt"]),
    ("PH, NM & TP", ["Pete Holt", "Nadia Moss", "Tara Pike"]),
    ("AS/PH", ["Anita Shah", "Pete Holt"]),
    ("Pete Holt/Anita Shah", ["Pete Holt", "Anita Shah"]),
    ("Anita Shah/ Pete Holt", ["Anita Shah", "Pete Holt"]),
    ("JCol", ["John Colby"]),
    ("JCol/AS", ["John Colby", "Anita Shah"]),
    ("SGr/SGa", ["Stephanie Grey", "Simon Gale"]),
    ("JCL", ["Jackie Chan-Lowe"]),
    ("Jo/Lorraine", ["Jo Dean", "Lorraine Beattie"]),
    ("Ms Beattie", ["Lorraine Beattie"]),
    ("FMusgrave", ["Frances Musgrave"]),
    ("Stephanie and", ["Stephanie Grey"]),
    ("All", ["All"]),
    ("WS Business Team", ["WS Business Team"]),
    ("Business team", ["Business team"]),
    ("Chair", ["Ellen Cross"]),
    ("Anita Shaw", ["Anita Shah"]),  # a typo between the list and the action
    ("Caroline Webb", ["Caroline Webb"]),  # a full name not on the list stays as written
    ("", []),
    ("TBC", []),
])
def test_resolve_owners(text, expected):
    result = owners(text)
    assert result.owners == expected
    assert not [f for f in result.flags if f["kind"] == "ambiguous_owner"]


def test_initials_of_someone_named_only_in_the_discussion():
    assert owners("AS/HR", mentioned=["Holly Reed"]).owners == ["Anita Shah", "Holly Reed"]


def test_known_people_of_the_partnership_come_after_the_document():
    known = [{"name": "Rita Vance", "initials": "RV"}, {"name": "Paul Hope", "initials": "PH"}]
    assert owners("RV/PH", known=known).owners == ["Rita Vance", "Pete Holt"]


@pytest.mark.parametrize("context, expected", [
    ("Jackie Chan-Lowe presented the health update.", ["Jackie Chan-Lowe"]),
    ("John Colby reported on the audit.", ["John Colby"]),
])
def test_colliding_initials_are_settled_by_who_is_named_in_the_item(context, expected):
    result = owners("JC", context=context)
    assert result.owners == expected and result.flags == []


def test_extended_initials_elsewhere_settle_the_plain_ones():
    # "JCol" is John Colby, so a plain "JC" in the same minutes is the other JC.
    assert owners("JC", tokens={"JC", "JCol"}).owners == ["Jackie Chan-Lowe"]


def test_colliding_initials_without_context_are_flagged_not_guessed():
    result = owners("TP/JC", context="Members discussed the plan.")
    assert result.owners == ["Tara Pike", "JC"]
    assert result.flags == [{"kind": "ambiguous_owner", "item": None, "owner": "JC",
                             "candidates": ["Jackie Chan-Lowe", "John Colby"]}]


def test_unknown_initials_are_flagged_and_kept_as_written():
    result = owners("ZZ")
    assert result.owners == ["ZZ"]
    assert result.flags[0]["kind"] == "unknown_owner"


def test_names_in_text():
    text = "Holly Reed is to liaise with Dave Andrews. The Fenshire County Council agreed."
    assert names_in_text(text) == ["Holly Reed", "Dave Andrews"]


def test_names_in_text_only_where_a_person_would_be():
    text = ("Holly Reed is to liaise with Dave Andrews. The Front Door services are good. A Rapid Review was held. "
            "Contact Tracy Pilcher today. Dr Ann Bell attended. Child Protection Conference dates were set.")
    assert names_in_text(text) == ["Holly Reed", "Dave Andrews", "Tracy Pilcher", "Ann Bell"]


# A fictional attendance list with job titles, as an education reference group or a board would list it.
TITLED = [
    {"name": "Lucy Harrow", "initials": None, "role": "Chair; Headteacher", "organisation": "Fenmoor High School"},
    {"name": "Tomasz Mahler", "initials": None, "role": "Education Safeguarding Manager", "organisation": "Fenmoor Council"},
    {"name": "Rita Desmond", "initials": None, "role": "Head of Inclusion", "organisation": "Fenmoor Council"},
    {"name": "Kerry Lyle", "initials": None, "role": "School Nursing Team Leader", "organisation": "Fenmoor Community Health"},
    {"name": "Lydia Fenn", "initials": None, "role": "Board Manager", "organisation": "Fenmoor Safeguarding Adults Board"},
    {"name": "Sunil Bhatt", "initials": None, "role": "Designated Nurse", "organisation": "Fenmoor ICB"},
    {"name": "Owen Trew", "initials": None, "role": "Head of Service, Housing Options", "organisation": "Fenmoor Council"},
    {"name": "Raj Mehta", "initials": None, "role": "Head of Service", "organisation": "Fenmoor Probation"},
    {"name": "Gareth Hale", "initials": None, "role": "Head of Children's Services", "organisation": "Fenmoor Council"},
    {"name": "Sian Bede", "initials": None, "role": "Head of Safeguarding", "organisation": "Fenmoor Health Board"},
    {"name": "Nadia Cole", "initials": None, "role": "Assistant Director, Adult Social Care", "organisation": "Fenmoor Council"},
]


@pytest.mark.parametrize("text, expected", [
    ("Head of Inclusion", ["Rita Desmond"]),
    ("Education Safeguarding Manager", ["Tomasz Mahler"]),
    ("the Head of Inclusion", ["Rita Desmond"]),
    ("School Nursing Team Leader", ["Kerry Lyle"]),
    ("Headteacher", ["Lucy Harrow"]),  # one word of a listed role: the only head teacher
    ("Board Manager / Designated Nurse", ["Lydia Fenn", "Sunil Bhatt"]),
    ("Education Safeguarding Manager and School Nursing Team Leader", ["Tomasz Mahler", "Kerry Lyle"]),
    ("Head of Service, Housing Options", ["Owen Trew"]),  # a title with a comma is one person, not two
    ("Head of Children’s Services, Fenmoor Council, and Head of Safeguarding, Fenmoor Health Board",
     ["Gareth Hale", "Sian Bede"]),  # each title followed by its organisation
    ("Business Unit", ["Business Unit"]),  # a group stays a group
    ("Learning and Development Subgroup", ["Learning and Development Subgroup"]),
    ("Adult Social Care", ["Adult Social Care"]),  # a service named after a title is not its director
    ("Assistant Director", ["Nadia Cole"]),
    ("Head of Service for Housing Options", ["Owen Trew"]),  # written with "for" where the list has a comma
    ("Fenmoor ICB Designated Nurse", ["Sunil Bhatt"]),  # the organisation before the title
])
def test_owners_written_as_job_titles_are_the_people_listed_with_them(text, expected):
    result = resolve_owners(text, Roster(people=TITLED))
    assert result.owners == expected


def test_a_shared_job_title_goes_to_the_one_at_the_meeting():
    roster = Roster(people=TITLED, absent={"Raj Mehta"})
    assert resolve_owners("Head of Service", roster).owners == ["Owen Trew"]
