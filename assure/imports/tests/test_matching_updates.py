"""Matters arising: which open action an update reports on, by its reference or its words (ADR 0111)."""
import pytest

from assure.imports.matching import (
    AMBIGUOUS,
    MATCHED,
    NEW,
    REFERENCE_CONFIDENCE,
    ActionCandidate,
    action_references,
    find_reference,
    link_update,
    normalise_reference,
    text_likeness,
)


@pytest.mark.parametrize("text, expected", [
    ("Action 3 – complete", "3"),
    ("Action 3 - complete", "3"),
    ("A3: done", "3"),
    ("A 3 complete", "3"),
    ("Action no. 12 - closed", "12"),
    ("Action ref 7: carried forward", "7"),
    ("#7 closed", "7"),
    ("22/31 closed", "22/31"),
    ("22 / 31 – complete", "22/31"),
    ("3.1 done", "3.1"),
    ("3(1) complete", "3.1"),
    ("Action 03 closed", "3"),
    ("The protocol (Action 4) is published", "4"),
    ("Item 3 done (22/31)", "22/31"),
    ("Action 4 (pathway launch) is complete", "4"),
    ("2 schools have signed up to the audit", ""),          # a count, not a reference
    ("Development session booked for March", ""),
    ("Item 3 done", ""),                                      # an item, not an action
    ("Members asked for (3) more briefings", ""),            # a bracketed number in prose
    ("", ""),
])
def test_find_reference(text, expected):
    assert find_reference(text) == expected


@pytest.mark.parametrize("written, expected", [
    ("Action 3", "3"), ("A3", "3"), ("03", "3"), ("22 / 031", "22/31"), ("3(1)", "3.1"), ("3.1", "3.1"), ("", ""),
])
def test_normalise_reference(written, expected):
    assert normalise_reference(written) == expected


def test_action_references_name_every_way_minutes_number_an_action():
    refs = action_references(3, item_number="5", place_in_item=2, year_and_place=(2025, 31), written="Action 12")
    assert refs == {"3", "5.2", "25/31", "12"}
    assert action_references(1, item_number="Part 2", place_in_item=1) == {"1"}   # no "Part 2.1"


ACTIONS = [
    ActionCandidate(11, "Circulate the revised escalation policy to all partner agencies", frozenset({"1", "2.1", "25/7"})),
    ActionCandidate(12, "Bring the neglect audit findings to the next board", frozenset({"2", "3.1", "25/8"})),
    ActionCandidate(13, "Write to schools about attendance data sharing", frozenset({"3", "3.2", "25/9"})),
    ActionCandidate(14, "Arrange a development session on contextual safeguarding", frozenset({"4", "5.1", "25/10"})),
    ActionCandidate(15, "Publish the seven minute briefing on the learning review", frozenset({"5", "6.1", "25/11"})),
]


@pytest.mark.parametrize("update, outcome, expected_id", [
    ({"text": "Action 1 – policy circulated to all agencies"}, MATCHED, 11),   # reference and words agree
    ({"text": "A2: on today's agenda"}, MATCHED, 12),                          # reference alone
    ({"text": "25/9 closed"}, MATCHED, 13),
    ({"text": "5.1 complete"}, MATCHED, 14),
    ({"text": "done", "ref": "Action 5"}, MATCHED, 15),                         # the extractor kept the reference
    ({"text": "Development session on contextual safeguarding is booked for March"}, MATCHED, 14),   # words alone
    ({"text": "Seven minute briefing published"}, MATCHED, 15),
    # The reference names one action, the words clearly another: a person decides.
    ({"text": "Action 3 – seven minute briefing on the learning review published"}, AMBIGUOUS, None),
    ({"text": "Action 9 – complete"}, NEW, None),                              # no open action 9, no words
    ({"text": "Arrange the annual conference"}, NEW, None),
    ({"text": ""}, NEW, None),
])
def test_link_update(update, outcome, expected_id):
    match = link_update(update, ACTIONS)
    assert (match.outcome, match.id) == (outcome, expected_id)


def test_a_reference_gives_its_confidence_and_agreeing_words_make_it_certain():
    assert link_update({"text": "A2"}, ACTIONS).confidence == REFERENCE_CONFIDENCE
    assert link_update({"text": "Action 2 – neglect audit findings brought to the board"}, ACTIONS).confidence == 100


def test_a_reference_two_open_actions_answer_to_offers_both():
    twins = [ActionCandidate(1, "Audit the front door", frozenset({"3"})),
             ActionCandidate(2, "Refresh the threshold guidance", frozenset({"3"}))]
    match = link_update({"text": "Action 3 – complete"}, twins)
    assert match.outcome == AMBIGUOUS and {c for c, _s in match.candidates} == {1, 2}


def test_a_reference_and_words_that_disagree_offer_both_actions():
    match = link_update({"text": "Action 3 – seven minute briefing on the learning review published"}, ACTIONS)
    assert [c for c, _s in match.candidates][:2] == [15, 13]   # the words' action, then the reference's


@pytest.mark.parametrize("update, action, at_least, below", [
    ("Development session on contextual safeguarding booked for March",
     "Arrange a development session on contextual safeguarding", 80, 101),
    ("Seven minute briefing published", "Publish the seven minute briefing on the learning review", 80, 101),
    ("Audit complete", "Write to schools about attendance data sharing", 0, 50),
])
def test_text_likeness_ignores_small_and_status_words(update, action, at_least, below):
    assert at_least <= text_likeness(update, action) < below
