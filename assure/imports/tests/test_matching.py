"""Tables of names against the partnership's records: matched, new, or ambiguous (never guessed)."""
import pytest

from assure.imports.matching import (
    AMBIGUOUS,
    MATCHED,
    NEW,
    Candidate,
    find_record_person,
    match_action_text,
    match_body,
    match_organisation,
    match_person,
)

PEOPLE = [
    Candidate(1, "Jackie Channell", "JC", "Fenbridge Council"),
    Candidate(2, "Jo Collins", "JCol", "Fenshire Police"),
    Candidate(3, "Amrita Sharma", "AS", "Fenshire Integrated Care Board"),
    Candidate(4, "Peter Hill", "PH", "Fenbridge Council"),
    Candidate(5, "Damian Pettit", "DP", "Fenshire Police"),
    Candidate(6, "Sam Patel", "SP", "Fenbridge Council"),
    Candidate(7, "Sam Patel", "SP", "Fenbridge Schools Trust"),
]


@pytest.mark.parametrize("person, outcome, expected_id", [
    ({"name": "Jackie Channell"}, MATCHED, 1),
    ({"name": "jackie  channell", "initials": "JC"}, MATCHED, 1),
    ({"name": "Superintendent Damian Pettit"}, MATCHED, 5),
    ({"name": "Det Supt Damian Pettit (DP)"}, MATCHED, 5),
    ({"name": "Cllr Amrita Sharma", "organisation": "ICB"}, MATCHED, 3),
    ({"name": "Amrita Sharmaa"}, MATCHED, 3),                       # a typo
    ({"name": "Pete Hill", "organisation": "Fenbridge Council"}, MATCHED, 4),
    ({"name": "Jackie Channell", "organisation": "Fenshire Police"}, MATCHED, 1),   # same full name: moved agency
    ({"name": "Jackie Chanel", "organisation": "Fenshire Police"}, AMBIGUOUS, None),  # similar name, other agency: ask
    ({"name": "P Hill"}, AMBIGUOUS, None),
    ({"name": "Nigel Minns"}, NEW, None),
    ({"name": "", "initials": "ZZ"}, NEW, None),
    ({"name": "", "initials": "JC"}, AMBIGUOUS, None),             # initials alone are never certain
    ({"name": "Sam Patel"}, AMBIGUOUS, None),                      # two people, same name
    ({"name": "Sam Patel", "organisation": "Fenbridge Schools Trust"}, MATCHED, 7),  # organisation decides
])
def test_match_person(person, outcome, expected_id):
    match = match_person(person, PEOPLE)
    assert match.outcome == outcome
    assert match.id == expected_id
    if outcome == AMBIGUOUS:
        assert match.candidates, "an ambiguous match offers its candidates"


def test_ambiguous_offers_both_namesakes_best_first():
    match = match_person({"name": "Sam Patel"}, PEOPLE)
    assert {cid for cid, _ in match.candidates} == {6, 7}


def test_no_candidates_means_new():
    assert match_person({"name": "Anyone"}, []).outcome == NEW


ORGS = [
    Candidate(10, "Fenbridge Council", organisation="FBC"),
    Candidate(11, "Fenshire Police", organisation=""),
    Candidate(12, "Fenshire Integrated Care Board", organisation="ICB"),
    Candidate(13, "Fenbridge Schools Trust", organisation=""),
]


@pytest.mark.parametrize("name, outcome, expected_id", [
    ("Fenbridge Council", MATCHED, 10),
    ("FBC", MATCHED, 10),
    ("ICB", MATCHED, 12),
    ("Fenshire Integrated Care Board", MATCHED, 12),
    ("Police", MATCHED, 11),
    ("Fenshire Fire and Rescue", NEW, None),
    ("", NEW, None),
])
def test_match_organisation(name, outcome, expected_id):
    match = match_organisation(name, ORGS)
    assert (match.outcome, match.id) == (outcome, expected_id)


BODIES = [
    Candidate(20, "Executive Board"),
    Candidate(21, "Safeguarding Reviews Subgroup"),
    Candidate(22, "Exploitation Subgroup"),
    Candidate(23, "Education Subgroup"),
]


@pytest.mark.parametrize("name, outcome, expected_id", [
    ("Executive Board", MATCHED, 20),
    ("Fenbridge Safeguarding Partnership Executive Board", MATCHED, 20),
    ("FENBRIDGE SAFEGUARDING REVIEWS SUBGROUP", MATCHED, 21),
    ("Exploitation Sub-group", MATCHED, 22),
    ("Northshire Safeguarding Children Partnership Executive Board", MATCHED, 20),   # another place's heading
    ("Child Exploitation Subgroup", MATCHED, 22),
    ("Health and Wellbeing Subgroup", NEW, None),
    ("Subgroup", AMBIGUOUS, None),
    ("Fenbridge Safeguarding Partnership", AMBIGUOUS, None),   # the partnership, not one of its bodies
    ("", NEW, None),
])
def test_match_body(name, outcome, expected_id):
    match = match_body(name, BODIES, partnership_name="Fenbridge Safeguarding Partnership")
    assert (match.outcome, match.id) == (outcome, expected_id)


ACTIONS = [
    Candidate(30, "Adult LLB to be progressed and shared with partners"),
    Candidate(31, "Circulate the neglect strategy to all members for comment"),
    Candidate(32, "Circulate the neglect toolkit to schools"),
    Candidate(33, "Update"),
]


@pytest.mark.parametrize("text, outcome, expected_id", [
    ("Adult LLB to be progressed", MATCHED, 30),
    ("Circulate the neglect strategy to all members for comment", MATCHED, 31),
    ("Circulate neglect strategy to members", MATCHED, 31),
    ("Circulate the neglect", AMBIGUOUS, None),
    ("Arrange the annual conference", NEW, None),
])
def test_match_action_text(text, outcome, expected_id):
    match = match_action_text(text, ACTIONS)
    assert (match.outcome, match.id) == (outcome, expected_id)


RECORD_PEOPLE = [
    {"name": "Jackie Channell", "initials": "JC"},
    {"name": "Jo Collins", "initials": "JCol"},
    {"name": "James Cole", "initials": "JC"},
    {"name": "Amrita Sharma", "initials": "AS"},
]


@pytest.mark.parametrize("owner, expected", [
    ("Amrita Sharma", 3),
    ("AS", 3),
    ("JCol", 1),
    ("JC", None),            # two attendees share JC: flagged, not guessed
    ("Amrita Sharmah", 3),
    ("Someone Else", None),
    ("", None),
])
def test_find_record_person(owner, expected):
    assert find_record_person(owner, RECORD_PEOPLE) == expected


def test_scoring_only_likely_candidates_decides_as_scoring_them_all():
    """match_person scores in full only names at all alike (or sharing the surname): the outcome must not change."""
    from assure.imports.matching import _decide, person_score

    first = ["Jackie", "Jo", "James", "Amrita", "Peter", "Pete", "Owen", "Nadia", "Tom", "Sara", "Ruth", "Dev"]
    last = ["Channell", "Collins", "Cole", "Sharma", "Hill", "Hart", "Okafor", "Price", "Pryce", "Whitlow", "Capel"]
    many = [Candidate(i, f"{f} {s}", f[0] + s[0], "Fenshire Police" if i % 2 else "Fenbridge Council")
            for i, (f, s) in enumerate(((f, s) for f in first for s in last), start=1)]
    queries = [("Jackie Channell", "JC", "Fenbridge Council"), ("J Channell", "", ""), ("Pete Hill", "PH", ""),
               ("Owen Pryce", "OP", "Fenshire Police"), ("Supt Tom Price", "", "Police"), ("Zara Quill", "ZQ", ""),
               ("Dr Ruth Capel", "RC", "Fenbridge Council"), ("Sara Whitlowe", "", ""), ("", "JC", "")]
    for name, initials, organisation in queries:
        person = {"name": name, "initials": initials, "organisation": organisation}
        everyone = _decide([(c.id, person_score(name, initials, organisation, c)) for c in many])
        found = match_person(person, many)
        assert (found.outcome, found.id, found.candidates) == (everyone.outcome, everyone.id, everyone.candidates), name


def test_a_name_of_punctuation_alone_is_a_new_person_even_among_many_candidates():
    # Over 20 candidates, only likely names are scored in full: a name with nothing left to compare must not break it.
    many = PEOPLE + [Candidate(100 + i, f"Person Number{i}", f"P{i}") for i in range(30)]
    assert match_person({"name": "- -"}, many).outcome == NEW
    assert match_person({"name": "Nigel Minns"}, many).outcome == NEW
