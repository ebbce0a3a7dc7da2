"""After extraction: a readable file that is not minutes is refused with a reason; minutes that were only
partly read are kept as a draft that lists what was not found, never refused and never guessed at."""
import pytest

from assure.documents.checks import UnreadableDocument
from assure.documents.readers.text import parse_text
from assure.imports.extract import extract_record
from assure.imports.extract.minutes import NotMinutes, looks_like_minutes


@pytest.mark.parametrize(
    "record, expected",
    [
        ({}, "no meeting date, no attendance and no agenda items"),
        ({"date": "2026-03-04", "people": {}, "items": []}, "no attendance list and no agenda items"),
        ({"date": None, "people": {"present": [{"name": "Ann Lee"}]}}, None),
        # item titles alone, nothing said under them: an agenda's shape, not minutes
        ({"date": "2026-03-04", "items": [{"number": "1", "title": "Welcome"}]}, "lists agenda items but no attendance"),
        ({"date": "2026-03-04", "items": [{"number": "1", "title": "Welcome",
                                           "discussion": "The Chair welcomed members and noted the apologies."}]}, None),
        ({"date": "2026-03-04", "other_text": ["Members agreed to move the audit to June."]}, None),
        ({"date": None, "items": [{"number": "1", "title": "Welcome", "discussion": "The Chair welcomed members."}]},
         "no meeting date"),
        ({"actions": [{"text": "Circulate"}]}, None),
    ],
)
def test_looks_like_minutes(record, expected):
    reason = looks_like_minutes(record)
    if expected is None:
        assert reason is None
    else:
        assert expected in reason


def test_not_minutes_is_an_unreadable_document_for_callers():
    assert issubclass(NotMinutes, UnreadableDocument)
    assert str(NotMinutes(looks_like_minutes({}))).startswith("This does not look like minutes")


def _read(text: str) -> tuple[dict, str | None]:
    document = parse_text(text, source="upload.txt")
    record = extract_record(document)
    return record, looks_like_minutes(record, document)


MEETINGS_APP = """TeamTable – meeting summary
Meeting: Marsh Lane Safeguarding Partnership – Education Subgroup
When: Thu 4 Mar 2027, 14:00–15:30 (GMT)
Where: Room 6, Marsh Lane Civic Centre
Organiser: Nadia Price

Attendees (joined)
  • Nadia Price – Education Safeguarding Lead, Marsh Lane Council (chair)
  • Colm Reilly – Headteacher, Fenway Primary
  • Ada Brookes – Note taker
Declined
  • Petra Lund – School Nurse Lead, Marsh Lane Health

[Item 1] Welcome
Chair opened the meeting and noted apologies from Petra Lund.

[Item 2] Attendance data
Colm Reilly presented the persistent absence figures for the spring term.
"""

BILINGUAL = """Bwrdd Diogelu Dyffryn Glas
Dyffryn Glas Safeguarding Board
Cofnodion / Minutes
Dyddiad / Date: 3 March 2027   Amser / Time: 14:00   Lleoliad / Venue: Ystafell 2 / Room 2, Civic Offices
Yn bresennol / Present
Rhian Morgan (RM) – Chair, Dyffryn Glas Council
Owen Price (OP) – Head of Safeguarding, Dyffryn Glas Health Board
Hefyd yn bresennol / In attendance
Catrin Lloyd (CL) – Business Support (minutes)
Ymddiheuriadau / Apologies
Ieuan Hughes (IH) – Dyffryn Glas Police
Eitem 1 / Item 1: Croeso / Welcome
The Chair welcomed everyone.
Eitem 2 / Item 2: Adolygiadau Ymarfer / Practice Reviews
Owen Price updated the Board on two reviews.
"""


def test_a_meetings_app_export_is_read_not_refused():
    record, reason = _read(MEETINGS_APP)
    assert reason is None
    people = {cat: [p["name"] for p in record["people"][cat]] for cat in record["people"]}
    assert people == {"present": ["Nadia Price", "Colm Reilly"], "in_attendance": ["Ada Brookes"],
                      "apologies": ["Petra Lund"]}
    assert [(i["number"], i["title"]) for i in record["items"]] == [("1", "Welcome"), ("2", "Attendance data")]
    assert (record["date"], record["start_time"], record["location"]) == ("2027-03-04", "14:00", "Room 6, Marsh Lane Civic Centre")


def test_bilingual_welsh_and_english_headings_are_read_by_their_english_half():
    record, reason = _read(BILINGUAL)
    assert reason is None
    people = {cat: [p["name"] for p in record["people"][cat]] for cat in record["people"]}
    assert people == {"present": ["Rhian Morgan", "Owen Price"], "in_attendance": ["Catrin Lloyd"],
                      "apologies": ["Ieuan Hughes"]}
    assert [(i["number"], i["title"]) for i in record["items"]] == [("1", "Welcome"), ("2", "Practice Reviews")]
    assert (record["date"], record["start_time"]) == ("2027-03-03", "14:00")


def test_minutes_read_only_in_part_are_kept_with_what_was_not_found_listed():
    record, reason = _read("Notes of the Transport Safety Group meeting, 12 May 2026\n\n"
                           "We went through the school run survey results and the group agreed to ask the council for "
                           "a crossing patrol on Mill Road.\n"
                           "Next time we will look at the cycle training figures.\n")
    assert reason is None
    messages = [f["message"] for f in record["flags"] if f["kind"] == "not_understood"]
    assert messages == ["No attendance list was read: add who was present and who sent apologies, from the file.",
                        "No agenda items were read: the minutes' text is listed as not placed under any item."]
    assert any("crossing patrol" in text for text in record["other_text"])  # the text itself is not lost


def test_minutes_read_in_full_list_nothing_as_not_understood():
    record, _ = _read(MEETINGS_APP)
    assert not [f for f in record["flags"] if f["kind"] == "not_understood"]


ANNUAL_REPORT = """Fenbridge Safeguarding Children Partnership
Annual Report 2025/26
Published 30 September 2026
1. Foreword
This year the partnership agreed three new priorities and the board noted a rise in referrals from schools.
2. Our priorities
Neglect, exploitation and the voice of the child remained our priorities throughout the year.
"""

AGENDA = """Fenbridge Executive Board
Agenda
Meeting on Tuesday 12 May 2026 at 10:00, Council Chamber
1. Welcome and apologies
2. Minutes of the last meeting
3. Budget 2026/27 – paper A
4. Any other business
"""


@pytest.mark.parametrize("text, expected", [
    (ANNUAL_REPORT, "titled as an annual report"),
    (AGENDA, "titled as an agenda"),
    ("Fenbridge Audit Group\nTerms of Reference\nAgreed 4 May 2026\n1. Purpose\nThe group reviews multi-agency audits.\n",
     "titled as terms of reference and"),
    ("Dear colleague,\n\nThank you for your letter of 4 May 2026 about the parking arrangements.\n", "letter"),
])
def test_an_annual_report_an_agenda_or_a_letter_is_still_refused(text, expected):
    _record, reason = _read(text)
    assert reason and reason.startswith("This does not look like minutes") and expected in reason


def test_notes_headed_by_agenda_items_or_pasted_under_a_greeting_are_not_taken_for_an_agenda_or_a_letter():
    _record, reason = _read("Fenbridge Executive Board\n12 May 2026\nAgenda item 1 – Welcome\n"
                            "The Chair welcomed members and the board agreed the order of business.\n")
    assert reason is None
    _record, reason = _read("Dear all,\nNotes from the Transport Group, 12 May 2026, below.\n"
                            "We agreed to ask the council for a crossing patrol.\n")
    assert reason is None


def test_an_agenda_with_minutes_recorded_under_its_items_is_minutes():
    """"Agenda item 3" headings and a title saying minutes: the word agenda does not make minutes an agenda."""
    _record, reason = _read("Minutes of the Fenbridge Executive Board, 12 May 2026\nPresent: Tom Reed (Chair), Ana Lutz\n"
                            "Agenda item 1 – Welcome\nTom Reed welcomed members.\n")
    assert reason is None
