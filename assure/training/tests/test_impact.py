"""The impact sums (training/impact.py), from plain rows, with the expectations worked out by hand."""
import datetime
from decimal import Decimal

import pytest

from assure.training import impact
from assure.training.impact import AnswerRow, BookingRow, EventRow, LinkRow, OutcomeRow

D = datetime.date


def booking(status="booked", attendance="", organisation="Fenbridge Council", sector="Local authority",
            course_id=1, event_id=1, event_cancelled=False):
    return BookingRow(event_id, course_id, status, attendance, organisation, sector, event_cancelled)


@pytest.mark.parametrize(("rows", "attended", "out_of", "words"), [
    ([], 0, 0, "no attendance recorded yet"),
    # 3 attended, 1 did not attend, 1 cancelled late: 3 / 5 = 60%. Cancelled in time, waiting, not recorded: out.
    ([booking(attendance="attended")] * 3 + [booking(attendance="did_not_attend"), booking("cancelled_late"),
                                             booking("cancelled"), booking("waiting"), booking()],
     3, 5, "60% (3 of 5)"),
    # 2 of 3 is 66.67%: 67% (half up).
    ([booking(attendance="attended")] * 2 + [booking(attendance="did_not_attend")], 2, 3, "67% (2 of 3)"),
    # A cancelled event's bookings do not count.
    ([booking(attendance="did_not_attend", event_cancelled=True), booking(attendance="attended")], 1, 1,
     "100% (1 of 1)"),
    # Only bookings not yet recorded: nothing to divide by.
    ([booking(), booking("cancelled")], 0, 0, "no attendance recorded yet"),
])
def test_attendance_rate(rows, attended, out_of, words):
    result = impact.attendance(rows)
    assert (result.rate.count, result.rate.out_of, result.words()) == (attended, out_of, words)


def test_rate_rounds_half_up_and_never_divides_by_zero():
    assert impact.Rate(1, 8).percent == 13     # 12.5 -> 13
    assert impact.Rate(1, 200).percent == 1    # 0.5 -> 1
    assert impact.Rate(0, 0).percent is None
    assert impact.Rate(0, 0).words() == "no answers yet"


def test_delegates_by_organisation_and_sector_count_places_booked_and_attended():
    rows = [booking(attendance="attended", organisation="Fenbridge Council"),
            booking(attendance="did_not_attend", organisation="Fenbridge Council"),
            booking(attendance="attended", organisation="Marsh Hospital", sector="Health"),
            booking(organisation="Eastmoor Police", sector="Police"),
            booking(attendance="attended", organisation="Northgate Surgery", sector="Health"),
            booking("cancelled", organisation="Eastmoor Police", sector="Police"),
            booking("waiting", organisation="Marsh Hospital", sector="Health")]
    assert [(t.label, t.sector, t.booked, t.attended) for t in impact.by_organisation(rows)] == [
        ("Fenbridge Council", "Local authority", 2, 1), ("Eastmoor Police", "Police", 1, 0),
        ("Marsh Hospital", "Health", 1, 1), ("Northgate Surgery", "Health", 1, 1)]
    assert [(t.label, t.booked, t.attended) for t in impact.by_sector(rows)] == [
        ("Health", 2, 2), ("Local authority", 2, 1), ("Police", 1, 0)]
    assert impact.places_booked(rows) == 5


def confidence(outcome_id, stage, score):
    return AnswerRow(0, 1, stage, "confidence", outcome_id=outcome_id, score=score)


OUTCOMES = [OutcomeRow(10, 1, "Recognise neglect"), OutcomeRow(11, 1, "Use the screening tool")]


def test_confidence_per_outcome_before_after_and_follow_up():
    answers = [confidence(10, "before", s) for s in (2, 3, 2)] + [confidence(10, "after", s) for s in (4, 5, 4, 3)] \
        + [confidence(10, "follow_up", s) for s in (4, 4)] + [confidence(11, "before", 3)]
    first, second = impact.confidence(OUTCOMES, answers)
    # Before: 7 / 3 = 2.33 -> 2.3; after: 16 / 4 = 4.0; change 4.0 - 2.333 = 1.667 -> 1.7.
    assert (first.before.value, first.after.value, first.follow_up.value) == (Decimal("2.3"), Decimal("4.0"),
                                                                              Decimal("4.0"))
    assert first.change == Decimal("1.7") and first.change_words == "up 1.7"
    assert first.follow_up_change == Decimal("1.7")
    # Scoring 4 or 5: none of 3 before, 3 of 4 after (75%), 2 of 2 at the follow-up.
    assert (first.high_before.words(), first.high_after.words(), first.high_follow_up.words()) == (
        "0% (0 of 3)", "75% (3 of 4)", "100% (2 of 2)")
    assert first.before.words() == "2.3 out of 5 (3 answers)"
    # The second outcome has only a before answer: no change yet, never a division by zero.
    assert second.before.words() == "3.0 out of 5 (1 answer)"
    assert second.after.words() == "no answers yet"
    assert second.change is None and second.change_words == "not known yet"
    # Across both outcomes: before 10 / 4 = 2.5, after 4.0: up 1.5.
    assert impact.overall_change([first, second]) == Decimal("1.5")


@pytest.mark.parametrize(("before", "after", "words"), [
    ([4], [3], "down 1.0"), ([3], [3], "no change"), ([], [5], "not known yet"), ([1, 2], [2, 2], "up 0.5")])
def test_change_in_words(before, after, words):
    assert impact.change_words(impact.change(impact.mean_of(before), impact.mean_of(after))) == words


def test_usefulness_and_changed_practice():
    answers = [AnswerRow(1, 1, "after", "usefulness", score=s) for s in (5, 4, 4)] + [
        AnswerRow(2, 1, "follow_up", "changed_practice", yes=yes) for yes in (True, True, False, None)]
    # Usefulness 13 / 3 = 4.33 -> 4.3; changed practice 2 yes of 3 answered (one left blank): 67%.
    assert impact.usefulness(answers).words() == "4.3 out of 5 (3 answers)"
    assert impact.changed_practice(answers).words() == "67% (2 of 3)"
    assert impact.changed_practice([]).words() == "no answers yet"
    assert impact.usefulness([]).value is None


def test_response_rates_per_stage_leave_out_withdrawn_links():
    links = [LinkRow(1, "before", True), LinkRow(1, "before", False), LinkRow(1, "before", True, withdrawn=True),
             LinkRow(1, "after", True), LinkRow(1, "after", True), LinkRow(1, "after", False),
             LinkRow(1, "after", False)]
    assert [(r.stage, r.words()) for r in impact.response_rates(links)] == [
        ("before", "50% (1 of 2)"), ("after", "50% (2 of 4)"), ("follow_up", "no forms sent yet")]


def test_quotes_are_chosen_written_answers_without_names():
    answers = [AnswerRow(1, 1, "after", "text", text=" I will use the tool. ", quoted=True, sector="Health",
                         organisation="Marsh Hospital"),
               AnswerRow(2, 1, "after", "text", text="Not chosen", sector="Health"),
               AnswerRow(3, 1, "after", "usefulness", score=5, quoted=True),
               AnswerRow(4, 1, "follow_up", "text", text="   ", quoted=True)]
    (quote,) = impact.quotes(answers)
    assert (quote.answer_id, quote.text, quote.attribution) == (1, "I will use the tool.", "Health, straight after")


def year_rows():
    events = [EventRow(1, 1, D(2026, 5, 1)), EventRow(2, 1, D(2026, 9, 1)), EventRow(3, 2, D(2026, 6, 1)),
              EventRow(4, 2, D(2026, 7, 1), cancelled=True)]
    bookings = [booking(attendance="attended", event_id=1), booking(attendance="attended", event_id=1),
                booking(attendance="did_not_attend", event_id=1),
                booking(attendance="attended", course_id=2, event_id=3, organisation="Marsh Hospital",
                        sector="Health")]
    answers = [confidence(10, "before", 2), confidence(10, "after", 4),
               AnswerRow(5, 2, "follow_up", "changed_practice", yes=True),
               AnswerRow(6, 1, "follow_up", "changed_practice", yes=False),
               AnswerRow(7, 2, "after", "text", text="Clearer referrals", quoted=True, sector="Health")]
    return dict(events=events, bookings=bookings, outcomes=OUTCOMES, answers=answers,
                links=[LinkRow(1, "after", True)], today=D(2026, 8, 1))


def test_year_impact_and_its_summary_for_the_yearly_report():
    year = impact.year_impact(2026, [(1, "Neglect"), (2, "Exploitation"), (3, "Not run this year")], **year_rows())
    # Events run by 1 August: events 1 and 3 (event 2 is later, event 4 cancelled).
    assert (year.events_run, year.places_booked, year.attendance.words()) == (2, 4, "75% (3 of 4)")
    assert [c.title for c in year.courses] == ["Neglect", "Exploitation"]
    neglect, exploitation = year.courses
    assert (neglect.attendance.words(), neglect.confidence_change_words, neglect.changed_practice.words()) == (
        "67% (2 of 3)", "up 2.0", "0% (0 of 1)")
    assert (exploitation.attendance.words(), exploitation.confidence_change_words) == ("100% (1 of 1)",
                                                                                       "not known yet")
    summary = impact.year_summary(year)
    assert summary["year"] == "2026/27" and summary["attendance_rate"] == 75
    assert summary["changed_practice_words"] == "50% (1 of 2)"
    assert summary["by_sector"][0] == {"sector": "Local authority", "booked": 3, "attended": 2}
    assert summary["courses"][0]["outcomes"][0] == {
        "outcome": "Recognise neglect", "before": 2.0, "after": 4.0, "follow_up": None, "change": 2.0,
        "answers_before": 1, "answers_after": 1, "answers_follow_up": 0}
    assert summary["quotes"] == [{"text": "Clearer referrals", "course": "Exploitation", "sector": "Health",
                                  "stage": "Straight after"}]


def test_a_year_with_nothing_says_so_rather_than_dividing_by_zero():
    year = impact.year_impact(2025, [], events=[], bookings=[], outcomes=[], answers=[], links=[],
                              today=D(2026, 3, 9))
    summary = impact.year_summary(year)
    assert summary["attendance_rate"] is None and summary["attendance_words"] == "no attendance recorded yet"
    assert summary["changed_practice_words"] == "no answers yet" and summary["courses"] == []
