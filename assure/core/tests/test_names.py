"""The one rule for initials, owner cells and name likeness (assure/core/names.py), as tables of cases."""
import pytest
from django.core.exceptions import ValidationError

from assure.core.names import (
    check_pseudonym,
    closely_matches,
    initials,
    initials_variants,
    is_group,
    looks_like_full_name,
    name_similarity,
    normalise_name,
    split_owners,
    split_title,
    written_initials_match,
)


@pytest.mark.parametrize("name, expected", [
    ("Jane Smith", "JS"),
    ("Dr Jane Smith", "JS"),                      # honorifics are not initials
    ("DCI Mark Owen", "MO"), ("Det Supt Gareth Price", "GP"), ("Cllr Ann Lee", "AL"), ("Prof Sir Ian Gray MBE", "IG"),
    ("Mary van der Berg", "MvdB"),                # particles stay, in lower case, as minute-takers write them
    ("Anna van Dijk", "AvD"), ("Ann-Marie de Souza", "AMdS"),
    ("Jo Van Dyke", "JVD"),                       # a capitalised particle is part of the surname
    ("Elaine Coleridge-Smith", "ECS"),            # each part of a hyphenated name
    ("Mary O'Neil", "MO"), ("Di Jones", "DJ"),    # "Di" is a first name, not the rank DI
    ("  cher  ", "C"), ("", ""),
    ("Cllr Jo Collins (JCol)", "JC"),             # notes in brackets are not part of the name
    ("A B C D E F G H I J K L M N", "ABCDEFGHIJKL"),  # at most 12, the field's length
])
def test_initials(name, expected):
    assert initials(name) == expected


@pytest.mark.parametrize("written, name, expected", [
    ("MvdB", "Mary van der Berg", True), ("MVDB", "Mary van der Berg", True), ("MB", "Mary van der Berg", True),
    ("mvdb", "Mary van der Berg", True), ("M.B.", "Mary van der Berg", True),
    ("JCL", "Jackie Chan-Lowe", True), ("JC", "Jackie Chan-Lowe", True),
    ("AL", "Dr Ann Marie Lee", True), ("AML", "Dr Ann Marie Lee", True),  # a middle name may be left out
    ("JS", "Dr Jane Smith", True), ("DJS", "Dr Jane Smith", False),
    ("JB", "Jane Smith", False), ("", "Jane Smith", False), ("JS", "", False),
])
def test_written_initials_match(written, name, expected):
    assert written_initials_match(written, name) == expected


def test_initials_variants_are_capitals_without_titles():
    assert initials_variants("DCI Ann-Marie de Souza") == {"AMDS", "AMS", "AS"}


@pytest.mark.parametrize("text, name, rank", [
    ("Cllr Ann Lee", "Ann Lee", "Cllr"),
    ("Councillor Ann Lee", "Ann Lee", "Councillor"),
    ("Dr Priya Shah", "Priya Shah", None),
    ("Dr. Priya Shah", "Priya Shah", None),
    ("DCI Mark Owen", "Mark Owen", "DCI"),
    ("DI Steven Marsh", "Steven Marsh", "DI"),
    ("DS Amy Fox", "Amy Fox", "DS"),
    ("Det Supt Gareth Price", "Gareth Price", "Det Supt"),
    ("Supt Ravi Menon", "Ravi Menon", "Supt"),
    ("Superintendent Ravi Menon", "Ravi Menon", "Superintendent"),
    ("Mrs Sarah Beattie", "Sarah Beattie", None),
    ("Prof Cllr Ann Lee", "Ann Lee", "Cllr"),
    ("Di Jones", "Di Jones", None),  # a first name, not a rank
    ("Father Michael Quinn", "Michael Quinn", None),
    ("Revd Canon Ruth Hale", "Ruth Hale", None),
])
def test_split_title(text, name, rank):
    assert split_title(text) == (name, rank)


@pytest.mark.parametrize("text, owners", [
    ("JCol/AS", ["JCol", "AS"]),
    ("JT & KL", ["JT", "KL"]),
    ("– All", ["All"]),
    ("PH, NM & TP/JC", ["PH", "NM", "TP", "JC"]),
    ("Pete Hill/Amrita Sharma", ["Pete Hill", "Amrita Sharma"]),
    ("Owner: AB", ["AB"]),
    ("AB and CD", ["AB", "CD"]),
    ("AB\nCD", ["AB", "CD"]),
    ("AB + CD; EF", ["AB", "CD", "EF"]),
    ("J.B. with C.D.", ["JB", "CD"]),
    ("JB – June 2023", ["JB"]),
    ("AS (asap)", ["AS"]),
    ("JB by 30 June", ["JB"]),
    ("JB 30/06/2026", ["JB"]),
    ("Jo Bloggs (JB)", ["Jo Bloggs", "JB"]),
    ("JB (Police), CD", ["JB", "CD"]),
    ("May Smith", ["May Smith"]),          # a first name, not the month
    ("Martin", ["Martin"]),
    ("@Owain Fitch, @Mags Dunmore", ["Owain Fitch", "Mags Dunmore"]),  # mentions in a task list
    ("", []), ("TBC", []),
])
def test_split_owners(text, owners):
    assert split_owners(text) == owners


@pytest.mark.parametrize("owner, expected", [
    ("All", True), ("WS Business Team", True), ("Subgroup chairs", True), ("Business Support", True),
    ("All partners", True), ("Pete Hill", False), ("JC", False), ("Allan Smith", False),
])
def test_is_group(owner, expected):
    assert is_group(owner) == expected


@pytest.mark.parametrize("text, expected", [
    ("Holly Reed", True), ("Dr Mary O'Neil", True), ("Caroline McCluskey", True), ("Det Supt Ann Lee-Smith", True),
    ("JC", False), ("JCol", False), ("WS Business Team", False), ("All", False), ("Head of Service", False),
    ("Holly", False),
])
def test_looks_like_full_name(text, expected):
    assert looks_like_full_name(text) == expected


@pytest.mark.parametrize("name, expected", [
    ("Superintendent Damian Pettit", "damian pettit"),
    ("Dr. Jane O'Neil", "jane o'neil"),
    ("Cllr Jo Collins (JCol)", "jo collins"),
    ("DCI Mary-Ann Hughes", "mary-ann hughes"),
    ("Jo Smith MBE", "jo smith"),
])
def test_normalise_name(name, expected):
    assert normalise_name(name) == expected


@pytest.mark.parametrize("a, b, low, high", [
    ("Jane Smith", "Jane Smith", 100, 100),
    ("Dr Jane Smith", "Jane Smith", 100, 100),     # titles aside
    ("Smith, Jane", "Jane Smith", 100, 100),       # word order aside
    ("J Smith", "Jane Smith", 86, 99),             # likely the same person: offered, not taken alone
    ("Jo Smith", "Joanne Smith", 86, 99),
    ("Owen Pryce", "Owen Price", 85, 95),          # one letter apart
    ("Jane Smith", "John Smith", 70, 85),
    ("Jane Smith", "Mary Jones", 0, 60),
    ("", "Jane Smith", 0, 0),
])
def test_name_similarity(a, b, low, high):
    assert low <= name_similarity(a, b) <= high
    assert name_similarity(a, b) == name_similarity(b, a)


@pytest.mark.parametrize("name, other, close", [
    ("Owen Pryce", "Owen Pryce", True),
    ("Owen Pryce", "Owen Price", True),          # one letter
    ("owen  pryce", "Owen Pryce", True),         # case and spaces
    ("Dr Owen Pryce", "Owen Pryce (OP)", True),  # a title, initials in brackets
    ("Pryce Owen", "Owen Pryce", True),          # the other way round
    ("J Smith", "Jane Smith", True),             # an initial for the first name
    ("Jo Smith", "Joanne Smith", True),
    ("Jane Smith", "John Smith", False),         # another person of the same surname
    ("Owen Pryce", "Olwen Price-Davies", False),
    ("Sam Holt", "Pam Holt", False),
    ("", "Owen Pryce", False),
])
def test_closely_matches(name, other, close):
    assert closely_matches(name, other) is close


def test_close_names_answers_as_closely_matches_for_each_name():
    """close_names (one vectorised pass, for hundreds of names) must agree with closely_matches name by name."""
    from assure.core.names import close_names, closely_matches

    first = ["Owen", "Jo", "Joanne", "J", "Sam", "Pam", "Mary", "Dr Jane", "Jane", "Supt Damian", "Peter", "Pete"]
    last = ["Price", "Pryce", "Smith", "Smyth", "Holt", "van der Berg", "O'Neil", "Hill", "Channell"]
    others = [f"{f} {s}" for f in first for s in last]
    for name in ["Owen Price", "Jo Smith", "Sam Holt", "Mary Van der Berg", "Damian O'Neil", "P Hill", "Jane Smith",
                 "Zara Quill", "", "Smith"]:
        assert close_names(name, others) == [i for i, other in enumerate(others) if closely_matches(name, other)], name


@pytest.mark.parametrize("pseudonym", ["Child T", "Mr K", "Baby L", "Child James", "Adult R", "Mrs B and Child C"])
def test_pseudonyms_accepted(pseudonym):
    assert check_pseudonym(f"  {pseudonym} ") == pseudonym


@pytest.mark.parametrize("pseudonym, message", [
    ("", "Enter a pseudonym"),
    ("   ", "Enter a pseudonym"),
    ("Jordan Smith", "looks like a real name"),
    ("child jordan smith", "looks like a real name"),
    ("Mr Kieran O'Neill", "looks like a real name"),
    ("Child T 01/02/2019", "contact details or a date"),
    ("t@example.org", "contact details or a date"),
])
def test_pseudonyms_refused(pseudonym, message):
    with pytest.raises(ValidationError, match=message):
        check_pseudonym(pseudonym)
