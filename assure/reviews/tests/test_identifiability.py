"""The identifiability check: tables of passages that must and must not be flagged, and the file reader.

Every name, address and number here is invented (phone numbers from Ofcom's drama ranges).
"""
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assure.reviews.identifiability import KINDS, Hit, PersonRef, check_text
from assure.reviews.identifiability.patterns import nhs_number_is_valid

TODAY = date(2026, 3, 9)
CASE_NAMES = ["Kestrel Okonedo-Vance", "Mrs Dorinda Okonedo-Vance", "Tobiah Will Marsh"]
PEOPLE = [
    PersonRef("Dr Asha Pelling", role="Designated Doctor", organisation="Fenshire Integrated Care Board"),
    PersonRef("Gareth Quillfeather", role="Detective Inspector", organisation="Fenshire Police"),
]


def hits(text, *, case_names=CASE_NAMES + ["Grace"], people=PEOPLE):
    return check_text(text, case_names=case_names, people=people, today=TODAY)


def found(text, kind, **kwargs):
    return [h.text for h in hits(text, **kwargs) if h.kind == kind]


POSITIVE = [
    # names of people recorded on the case
    ("Kestrel Okonedo-Vance was seen at home.", "case_name", "Kestrel Okonedo-Vance"),
    ("KESTREL   okonedo-vance was seen.", "case_name", "KESTREL   okonedo-vance"),
    ("Kestrel's school reported concerns.", "case_name", "Kestrel's"),
    ("Kestrel’s school reported concerns.", "case_name", "Kestrel’s"),
    ("The Okonedo-Vance family moved.", "case_name", "Okonedo-Vance"),
    ("Mrs Vance declined the offer.", "case_name", "Vance"),
    ("Dorinda attended the meeting.", "case_name", "Dorinda"),
    ("Tobiah Will Marsh was the lodger.", "case_name", "Tobiah Will Marsh"),
    ("Tobiah left in the spring.", "case_name", "Tobiah"),
    ("Grace went to stay with her aunt.", "case_name", "Grace"),  # a one-word name, as written
    # partnership people outside their professional role
    ("Asha Pelling was a friend of the mother and visited often.", "person_name", "Asha Pelling"),
    ("The mother's neighbour, Gareth Quillfeather, was not asked.", "person_name", "Gareth Quillfeather"),
    ("The family knew Dr Pelling socially.", "person_name", "Dr Pelling"),
    ("Asha Pelling's son played with the child.", "person_name", "Asha Pelling's"),
    ("Dr Asha Pelling, Designated Doctor, chaired it. Later Asha Pelling babysat.", "person_name", "Asha Pelling"),
    # dates of birth
    ("DOB: 12/03/2019", "date_of_birth", "DOB: 12/03/2019"),
    ("D.O.B. 1.2.2020", "date_of_birth", "D.O.B. 1.2.2020"),
    ("Her date of birth is 3rd April 2018.", "date_of_birth", "date of birth is 3rd April 2018"),
    ("He was born on 12 March 2019 in Fenbridge.", "date_of_birth", "born on 12 March 2019"),
    ("She was born in May 2017.", "date_of_birth", "born in May 2017"),
    ("She was born in 2017.", "date_of_birth", "born in 2017"),
    ("dob 03/04/98", "date_of_birth", "dob 03/04/98"),
    ("Birth date: 2019-03-12", "date_of_birth", "Birth date: 2019-03-12"),
    # ages next to dates
    ("Aged 4 in March 2021 he moved to the area.", "age_with_date", "Aged 4 in March 2021"),
    ("He was admitted (3 years old) on 12/01/2022.", "age_with_date", "3 years old) on 12/01/2022"),
    ("On 5 June 2020 the 7-year-old was seen.", "age_with_date", "5 June 2020 the 7-year-old"),
    ("In 2019, aged seven, she changed school.", "age_with_date", "In 2019, aged seven"),
    ("Age: 14 at the strategy meeting of 02/02/2023", "age_with_date", "Age: 14 at the strategy meeting of 02/02/2023"),
    # addresses and postcodes
    ("The family lived at 14 Mill Lane with the grandmother.", "address", "14 Mill Lane"),
    ("Moved to Flat 3, 27a St Barnaby's Road last year.", "address", "Flat 3, 27a St Barnaby's Road"),
    ("12-14 Old Tannery Close", "address", "12-14 Old Tannery Close"),
    ("seen at 5 High St.", "address", "5 High St."),
    ("Postcode FB1 2AB on the referral.", "postcode", "FB1 2AB"),
    ("sw1a1aa", "postcode", "sw1a1aa"),
    ("EC1A 1BB", "postcode", "EC1A 1BB"),
    ("W1A 0AX", "postcode", "W1A 0AX"),
    ("M1 1AE", "postcode", "M1 1AE"),
    ("Address ends CR2 6XH.", "postcode", "CR2 6XH"),
    ("GIR 0AA", "postcode", "GIR 0AA"),
    # schools and settings
    ("She attended Oakfield Primary School until 2020.", "school_or_setting", "Oakfield Primary School"),
    ("A pupil at Greyfriars Academy.", "school_or_setting", "Greyfriars Academy"),
    ("Little Acorns Day Nursery noticed bruising.", "school_or_setting", "Little Acorns Day Nursery"),
    ("Enrolled at Fenbridge College in September.", "school_or_setting", "Fenbridge College"),
    ("St Bede's C of E School raised it.", "school_or_setting", "St Bede's C of E School"),
    ("Sessions at Brookside Children's Centre helped.", "school_or_setting", "Brookside Children's Centre"),
    ("The Willows Pre-School", "school_or_setting", "Willows Pre-School"),
    # NHS numbers (valid check digit only)
    ("NHS no. 943 476 5919 on the letter.", "nhs_number", "943 476 5919"),
    ("NHS 4010232137", "nhs_number", "4010232137"),
    ("nhs 485-777-3457", "nhs_number", "485-777-3457"),
    # phone numbers
    ("Call 07700 900123 after six.", "phone", "07700 900123"),
    ("tel 07700900123", "phone", "07700900123"),
    ("Landline (0121) 496 0000.", "phone", "(0121) 496 0000"),
    ("London 020 7946 0000", "phone", "020 7946 0000"),
    ("+44 7700 900123", "phone", "+44 7700 900123"),
    ("+44 (0)1632 960001", "phone", "+44 (0)1632 960001"),
    ("0306 999 0123", "phone", "0306 999 0123"),
    ("Rang 07700 900123 12 times", "phone", "07700 900123"),
    # emails
    ("Write to k.vance+home@example.co.uk.", "email", "k.vance+home@example.co.uk"),
]


@pytest.mark.parametrize("text,kind,expected", POSITIVE)
def test_passages_that_may_identify_someone_are_hits(text, kind, expected):
    assert expected in found(text, kind)


NEGATIVE = [
    # a case name's everyday-word parts alone are not matched; initials and pseudonyms never
    ("He said he will try harder.", "case_name"),
    ("The Marsh family's neighbour", "case_name"),  # "Marsh" is an everyday word: full name only
    ("Child K was seen by the health visitor.", "case_name"),
    ("The Vanceford estate", "case_name"),
    ("By the grace of the court.", "case_name"),  # the one-word name "Grace", not capitalised
    # partnership people in their professional role
    ("Dr Asha Pelling, Designated Doctor, chaired the panel.", "person_name"),
    ("The Designated Doctor, Dr Asha Pelling, agreed.", "person_name"),
    ("Gareth Quillfeather (Fenshire Police) presented the chronology.", "person_name"),
    ("Asha Pelling | Designated Doctor | Fenshire Integrated Care Board", "person_name"),
    ("Dr Asha Pelling\nDesignated Doctor\nFenshire Integrated Care Board", "person_name"),
    ("Asha was there.", "person_name"),  # first names alone are not matched for partnership people
    # dates without a birth, ages without a date
    ("The DOB field was left blank.", "date_of_birth"),
    ("The meeting on 12/03/2019 agreed the plan.", "date_of_birth"),
    ("DOB: 31/02/2019", "date_of_birth"),  # not a real date
    ("He was aged 4 when the family moved.", "age_with_date"),
    ("In March 2021 the plan ended.", "age_with_date"),
    ("Aged 4. The review in March 2021 found gaps.", "age_with_date"),  # different sentences
    ("She worked there for 4 years in 2019 and 2020.", "age_with_date"),
    # not addresses or postcodes
    ("Manchester Road was closed.", "address"),
    ("Recommendation 3 was agreed.", "address"),
    ("In 2021 Mill Lane flooded.", "address"),
    ("Q1 1AA", "postcode"),
    ("CV99", "postcode"),
    ("ABC 123", "postcode"),
    # generic setting words are not a setting's name
    ("The Primary School was told.", "school_or_setting"),
    ("the school reported it", "school_or_setting"),
    ("Head of School", "school_or_setting"),
    ("Royal College guidance", "school_or_setting"),
    ("Fenbridge Schools Trust", "school_or_setting"),
    # NHS numbers with a wrong check digit, and ones that cannot have one
    ("NHS 943 476 5918", "nhs_number"),
    ("NHS 123 456 7890", "nhs_number"),
    ("NHS 400 000 0080", "nhs_number"),
    ("Ref 943 4765919", "nhs_number"),  # mixed spacing is not the NHS layout
    # not UK phone numbers
    ("Call 0800 123 4567", "phone"),
    ("07700 9001", "phone"),
    ("Budget 2021 to 2022: 17 700 900", "phone"),
    # not emails
    ("Contact the reviews officer", "email"),
    ("user@localhost", "email"),
]


@pytest.mark.parametrize("text,kind", NEGATIVE)
def test_passages_that_do_not_identify_anyone_are_not_hits(text, kind):
    assert found(text, kind) == []


def test_nhs_check_digit():
    assert nhs_number_is_valid("9434765919")
    assert not nhs_number_is_valid("9434765918")
    assert not nhs_number_is_valid("123456789")
    assert not any(nhs_number_is_valid(f"400000008{d}") for d in range(10))  # check digit would be 10


def test_a_hit_carries_kind_offsets_and_context():
    text = ("Paragraph one is about the partnership. " * 3) + "The child lived at 14 Mill Lane with family. " \
        + "More text follows here to pad the context on the right side of the hit."
    [hit] = hits(text)
    assert hit == Hit("address", "14 Mill Lane", hit.start, hit.end, hit.context)
    assert text[hit.start:hit.end] == "14 Mill Lane"
    assert hit.context.startswith("…") and hit.context.endswith("…")
    assert "lived at 14 Mill Lane with family" in hit.context
    assert 60 <= len(hit.context) - len(hit.text) <= 124
    assert hit.label == "Address"


def test_context_collapses_line_breaks_and_is_not_cut_at_the_edges():
    [hit] = hits("DOB:\n01/02/2020")
    assert hit.context == "DOB: 01/02/2020"


def test_hits_are_ordered_and_the_full_name_is_reported_once():
    text = "Kestrel Okonedo-Vance (DOB 01/02/2020) lived at 14 Mill Lane, FB1 2AB; phone 07700 900123."
    result = hits(text)
    assert [h.kind for h in result] == ["case_name", "date_of_birth", "address", "postcode", "phone"]
    assert result[0].text == "Kestrel Okonedo-Vance"  # not again as "Kestrel" and "Okonedo-Vance"
    assert [h.start for h in result] == sorted(h.start for h in result)
    assert {h.kind for h in result} <= set(KINDS)


def test_a_partnership_person_who_is_also_on_the_case_is_reported_as_a_case_name():
    result = hits("Asha Pelling was the aunt.", case_names=["Asha Pelling"])
    assert [(h.kind, h.text) for h in result] == [("case_name", "Asha Pelling")]


def test_clean_text_and_no_names_give_no_hits():
    text = ("Child K's learning: agencies did not share information about neglect. The panel "
            "recommends the Executive Board seeks assurance by March 2027.")
    assert hits(text) == []
    assert check_text(text, case_names=[], people=[], today=TODAY) == []


def test_two_digit_years_are_read_against_today():
    # 29/02/00 exists (2000 is a leap year); 29/02/01 does not, whichever century.
    assert found("DOB 29/02/00", "date_of_birth") == ["DOB 29/02/00"]
    assert found("DOB 29/02/01", "date_of_birth") == []


# --- any text at all -------------------------------------------------------------------------
PIECES = st.sampled_from(["Kestrel", "Okonedo-Vance", "Asha Pelling", "Dr", "DOB", "aged 4", "in March 2021",
                          "14 Mill Lane", "FB1 2AB", "Academy", "943 476 5919", "07700 900123", "@", ".", "'s",
                          " ", "\n", "\n\n", "St", "(", ")", "12/01/2022", "Designated Doctor"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join))
def test_every_hit_points_at_its_own_text(text):
    for hit in hits(text):
        assert hit.kind in KINDS
        assert 0 <= hit.start < hit.end <= len(text)
        assert hit.text == text[hit.start:hit.end]
        assert " ".join(hit.text.split()) in hit.context
