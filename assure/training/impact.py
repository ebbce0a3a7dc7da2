"""The impact of training (issue 11, training point 4), worked out from plain rows: no database here.
`queries.course_impact` and `queries.year_impact` read the rows and call these; the tables of cases are in
tests/test_impact.py.

What counts:

- **Attendance rate** = attended / (attended + did not attend + cancelled late). A booking cancelled in time, a place
  on the waiting list, a booking whose attendance is not recorded yet and the bookings of a cancelled event are left
  out. No booking that counts: "no attendance recorded yet", never a division by zero.
- **Places booked**: bookings holding a place (status "booked") on events that were not cancelled.
- **Delegates by organisation and by sector** (the organisation's kind): places booked, and how many of those
  attended, each booking counted once (a person on two events counts twice).
- **Confidence per learning outcome**: the mean score (1 to 5) of the CONFIDENCE answers about the outcome at each
  stage (before, straight after, the follow-up with the manager), how many answers, and the share scoring 4 or 5.
  The change is the after mean minus the before mean (and the follow-up mean minus the before mean: is the confidence
  retained?), shown only when both stages have answers.
- **Usefulness**: the mean of the USEFULNESS answers. **Changed practice**: CHANGED_PRACTICE answers "yes" out of
  those answered (yes or no).
- **Response rate per stage**: evaluation links completed out of the links issued and not withdrawn.
- **Quotes**: written (TEXT) answers the business team chose. They carry the organisation's sector and the stage,
  never the delegate's name.
"""
from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from .models.courses import Question, Stage

NO_ANSWERS = "no answers yet"
STAGES = [(Stage.BEFORE.value, Stage.BEFORE.label), (Stage.AFTER.value, Stage.AFTER.label),
          (Stage.FOLLOW_UP.value, Stage.FOLLOW_UP.label)]
STAGE_LABELS = dict(STAGES)
TENTH = Decimal("0.1")


# The rows queries.py reads.
@dataclass(frozen=True)
class EventRow:
    event_id: int
    course_id: int
    starts_on: datetime.date
    cancelled: bool = False


@dataclass(frozen=True)
class BookingRow:
    event_id: int
    course_id: int
    status: str            # Booking.Status value
    attendance: str        # Booking.Attendance value ("" when not recorded)
    organisation: str
    sector: str            # the organisation's kind, as its label ("Health")
    event_cancelled: bool = False


@dataclass(frozen=True)
class OutcomeRow:
    outcome_id: int
    course_id: int
    text: str


@dataclass(frozen=True)
class LinkRow:
    course_id: int
    stage: str
    completed: bool
    withdrawn: bool = False


@dataclass(frozen=True)
class AnswerRow:
    answer_id: int
    course_id: int
    stage: str
    kind: str              # Question.Kind value
    outcome_id: int | None = None
    score: int | None = None
    yes: bool | None = None
    text: str = ""
    quoted: bool = False
    sector: str = ""
    organisation: str = ""


# What is worked out.
def _round(value: Decimal) -> Decimal:
    return value.quantize(TENTH, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Rate:
    """`count` out of `out_of`: a whole percentage (half up), None when there is nothing to count."""
    count: int
    out_of: int

    @property
    def percent(self) -> int | None:
        if not self.out_of:
            return None
        return (200 * self.count + self.out_of) // (2 * self.out_of)

    def words(self, empty: str = NO_ANSWERS) -> str:
        if not self.out_of:
            return empty
        return f"{self.percent}% ({self.count} of {self.out_of})"

    def __str__(self) -> str:
        return self.words()


@dataclass(frozen=True)
class Mean:
    """The mean of scores 1 to 5, to one decimal place (half up); None when there are no answers."""
    total: int
    count: int

    @property
    def exact(self) -> Decimal | None:
        return Decimal(self.total) / Decimal(self.count) if self.count else None

    @property
    def value(self) -> Decimal | None:
        return _round(self.exact) if self.count else None

    def words(self) -> str:
        if not self.count:
            return NO_ANSWERS
        return f"{self.value} out of 5 ({self.count} answer{'' if self.count == 1 else 's'})"

    def __str__(self) -> str:
        return self.words()


def mean_of(scores) -> Mean:
    scores = [s for s in scores if s is not None]
    return Mean(sum(scores), len(scores))


def change(before: Mean, after: Mean) -> Decimal | None:
    """After minus before, to one decimal place; None unless both have answers."""
    if not before.count or not after.count:
        return None
    return _round(after.exact - before.exact)


def change_words(value: Decimal | None) -> str:
    if value is None:
        return "not known yet"
    if value > 0:
        return f"up {value}"
    if value < 0:
        return f"down {-value}"
    return "no change"


@dataclass(frozen=True)
class Attendance:
    attended: int
    did_not_attend: int
    cancelled_late: int
    not_recorded: int

    @property
    def rate(self) -> Rate:
        return Rate(self.attended, self.attended + self.did_not_attend + self.cancelled_late)

    def words(self) -> str:
        return self.rate.words("no attendance recorded yet")


def attendance(bookings) -> Attendance:
    attended = did_not_attend = cancelled_late = not_recorded = 0
    for b in bookings:
        if b.event_cancelled:
            continue
        if b.status == "cancelled_late":
            cancelled_late += 1
        elif b.status == "booked":
            if b.attendance == "attended":
                attended += 1
            elif b.attendance == "did_not_attend":
                did_not_attend += 1
            else:
                not_recorded += 1
    return Attendance(attended, did_not_attend, cancelled_late, not_recorded)


def places_booked(bookings) -> int:
    return sum(1 for b in bookings if b.status == "booked" and not b.event_cancelled)


@dataclass(frozen=True)
class Tally:
    label: str
    sector: str
    booked: int
    attended: int


def _tally(bookings, key) -> list[Tally]:
    booked, attended, sectors = Counter(), Counter(), {}
    for b in bookings:
        if b.status != "booked" or b.event_cancelled:
            continue
        label = key(b)
        sectors[label] = b.sector
        booked[label] += 1
        attended[label] += b.attendance == "attended"
    return [Tally(label, sectors[label], booked[label], attended[label])
            for label in sorted(booked, key=lambda label: (-booked[label], label.casefold()))]


def by_organisation(bookings) -> list[Tally]:
    """Places booked and attended per organisation, most first (then by name)."""
    return _tally(bookings, lambda b: b.organisation)


def by_sector(bookings) -> list[Tally]:
    """Places booked and attended per sector (the organisation's kind), most first."""
    return _tally(bookings, lambda b: b.sector)


@dataclass(frozen=True)
class OutcomeConfidence:
    outcome_id: int
    text: str
    before: Mean
    after: Mean
    follow_up: Mean
    high_before: Rate      # the share scoring 4 or 5
    high_after: Rate
    high_follow_up: Rate

    @property
    def change(self) -> Decimal | None:
        return change(self.before, self.after)

    @property
    def follow_up_change(self) -> Decimal | None:
        """Follow-up minus before: how much of the gain is retained six to eight weeks on."""
        return change(self.before, self.follow_up)

    @property
    def change_words(self) -> str:
        return change_words(self.change)

    @property
    def follow_up_change_words(self) -> str:
        return change_words(self.follow_up_change)

    @property
    def has_answers(self) -> bool:
        return bool(self.before.count or self.after.count or self.follow_up.count)


def confidence(outcomes, answers) -> list[OutcomeConfidence]:
    """One row per learning outcome (in the order given), whether or not it has answers."""
    scores = defaultdict(list)
    for a in answers:
        if a.kind == Question.Kind.CONFIDENCE and a.outcome_id is not None and a.score is not None:
            scores[(a.outcome_id, a.stage)].append(a.score)

    def high(key) -> Rate:
        return Rate(sum(1 for s in scores[key] if s >= 4), len(scores[key]))

    rows = []
    for o in outcomes:
        keys = [(o.outcome_id, stage) for stage, _ in STAGES]
        rows.append(OutcomeConfidence(o.outcome_id, o.text, *(mean_of(scores[k]) for k in keys),
                                      *(high(k) for k in keys)))
    return rows


def overall_change(rows: list[OutcomeConfidence]) -> Decimal | None:
    """The course's confidence change: all outcomes' after answers against all their before answers."""
    before = Mean(sum(r.before.total for r in rows), sum(r.before.count for r in rows))
    after = Mean(sum(r.after.total for r in rows), sum(r.after.count for r in rows))
    return change(before, after)


def usefulness(answers) -> Mean:
    return mean_of(a.score for a in answers if a.kind == Question.Kind.USEFULNESS)


def changed_practice(answers) -> Rate:
    said = [a.yes for a in answers if a.kind == Question.Kind.CHANGED_PRACTICE and a.yes is not None]
    return Rate(sum(1 for yes in said if yes), len(said))


@dataclass(frozen=True)
class StageRate:
    stage: str
    label: str
    rate: Rate

    def words(self) -> str:
        return self.rate.words("no forms sent yet")


def response_rates(links) -> list[StageRate]:
    sent, done = Counter(), Counter()
    for link in links:
        if link.withdrawn:
            continue
        sent[link.stage] += 1
        done[link.stage] += link.completed
    return [StageRate(stage, label, Rate(done[stage], sent[stage])) for stage, label in STAGES]


@dataclass(frozen=True)
class Quote:
    answer_id: int
    course_id: int
    text: str
    stage: str
    sector: str
    course_title: str = ""

    @property
    def stage_label(self) -> str:
        return STAGE_LABELS.get(self.stage, self.stage)

    @property
    def attribution(self) -> str:
        """Who said it without naming them: "Health, straight after"."""
        return f"{self.sector or 'An organisation'}, {self.stage_label[0].lower()}{self.stage_label[1:]}"


def quotes(answers, titles: dict | None = None) -> list[Quote]:
    """The written answers chosen as quotes, in the order given; `titles` names their courses by id."""
    return [Quote(a.answer_id, a.course_id, a.text.strip(), a.stage, a.sector, (titles or {}).get(a.course_id, ""))
            for a in answers if a.kind == Question.Kind.TEXT and a.quoted and a.text.strip()]


@dataclass
class CourseImpact:
    course_id: int
    title: str
    events_run: int
    places_booked: int
    attendance: Attendance
    outcomes: list[OutcomeConfidence]
    usefulness: Mean
    changed_practice: Rate
    response_rates: list[StageRate]
    quotes: list[Quote]
    organisations: list[Tally] = field(default_factory=list)
    sectors: list[Tally] = field(default_factory=list)

    @property
    def confidence_change(self) -> Decimal | None:
        return overall_change(self.outcomes)

    @property
    def confidence_change_words(self) -> str:
        return change_words(self.confidence_change)

    @property
    def has_answers(self) -> bool:
        return (any(o.has_answers for o in self.outcomes) or bool(self.usefulness.count)
                or bool(self.changed_practice.out_of))


def events_run(events, today: datetime.date) -> int:
    """Events not cancelled that have started by today."""
    return sum(1 for e in events if not e.cancelled and e.starts_on <= today)


def course_impact(course_id: int, title: str, *, events, bookings, outcomes, answers, links,
                  today: datetime.date) -> CourseImpact:
    """One course's impact from its rows (already narrowed to a year, or not)."""
    return CourseImpact(
        course_id=course_id, title=title, events_run=events_run(events, today),
        places_booked=places_booked(bookings), attendance=attendance(bookings),
        outcomes=confidence(outcomes, answers), usefulness=usefulness(answers),
        changed_practice=changed_practice(answers), response_rates=response_rates(links), quotes=quotes(answers),
        organisations=by_organisation(bookings), sectors=by_sector(bookings))


@dataclass
class YearImpact:
    start_year: int
    label: str
    events_run: int
    places_booked: int
    attendance: Attendance
    organisations: list[Tally]
    sectors: list[Tally]
    courses: list[CourseImpact]
    changed_practice: Rate
    quotes: list[Quote]


def year_impact(start_year: int, courses, *, events, bookings, outcomes, answers, links,
                today: datetime.date) -> YearImpact:
    """The year's impact across courses. `courses` is [(course_id, title)]; only courses with an event in the year
    get a row. The other rows are the year's, of every course."""
    def of(rows, course_id):
        return [r for r in rows if r.course_id == course_id]

    with_events = {e.course_id for e in events}
    per_course = [course_impact(cid, title, events=of(events, cid), bookings=of(bookings, cid),
                                outcomes=of(outcomes, cid), answers=of(answers, cid), links=of(links, cid),
                                today=today)
                  for cid, title in courses if cid in with_events]
    return YearImpact(
        start_year=start_year, label=f"{start_year}/{(start_year + 1) % 100:02d}",
        events_run=events_run(events, today), places_booked=places_booked(bookings),
        attendance=attendance(bookings), organisations=by_organisation(bookings), sectors=by_sector(bookings),
        courses=per_course, changed_practice=changed_practice(answers), quotes=quotes(answers, dict(courses)))


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def year_summary(year: YearImpact) -> dict:
    """The year's impact as plain values (numbers, strings, lists of dicts) for the yearly report (issue 12).
    README.md lists the keys."""
    return {
        "year": year.label,
        "start_year": year.start_year,
        "events_run": year.events_run,
        "places_booked": year.places_booked,
        "attended": year.attendance.attended,
        "did_not_attend": year.attendance.did_not_attend,
        "cancelled_late": year.attendance.cancelled_late,
        "attendance_rate": year.attendance.rate.percent,
        "attendance_words": year.attendance.words(),
        "by_organisation": [{"organisation": t.label, "sector": t.sector, "booked": t.booked,
                             "attended": t.attended} for t in year.organisations],
        "by_sector": [{"sector": t.label, "booked": t.booked, "attended": t.attended} for t in year.sectors],
        "changed_practice_rate": year.changed_practice.percent,
        "changed_practice_words": year.changed_practice.words(),
        "courses": [{
            "title": c.title, "events_run": c.events_run, "places_booked": c.places_booked,
            "attendance_rate": c.attendance.rate.percent, "attendance_words": c.attendance.words(),
            "confidence_change": _number(c.confidence_change), "confidence_change_words": c.confidence_change_words,
            "usefulness": _number(c.usefulness.value), "usefulness_words": c.usefulness.words(),
            "changed_practice_rate": c.changed_practice.percent,
            "changed_practice_words": c.changed_practice.words(),
            "outcomes": [{"outcome": o.text, "before": _number(o.before.value), "after": _number(o.after.value),
                          "follow_up": _number(o.follow_up.value), "change": _number(o.change),
                          "answers_before": o.before.count, "answers_after": o.after.count,
                          "answers_follow_up": o.follow_up.count} for o in c.outcomes],
        } for c in year.courses],
        "quotes": [{"text": q.text, "course": q.course_title, "sector": q.sector, "stage": q.stage_label}
                   for q in year.quotes],
    }


# Single-agency training returns: how many staff each agency trained at each level.
@dataclass(frozen=True)
class ReturnLineRow:
    organisation: str
    level: str
    level_label: str
    trained: int
    in_scope: int | None = None

    @property
    def rate(self) -> Rate | None:
        """Trained out of in scope, when the agency said how many are in scope."""
        return None if not self.in_scope else Rate(self.trained, self.in_scope)


@dataclass(frozen=True)
class LevelTotal:
    level: str
    level_label: str
    trained: int
    returns: int
    # Over the lines that gave a number in scope only, so the rate compares like with like.
    trained_where_scoped: int
    in_scope: int

    @property
    def rate(self) -> Rate | None:
        return None if not self.in_scope else Rate(self.trained_where_scoped, self.in_scope)


def level_totals(lines, levels) -> list[LevelTotal]:
    """Totals per level (`levels` is [(value, label)]): staff trained in all returns, and the rate over the
    returns that gave a number in scope."""
    totals = []
    for level, label in levels:
        mine = [line for line in lines if line.level == level]
        scoped = [line for line in mine if line.in_scope]
        totals.append(LevelTotal(level, label, sum(line.trained for line in mine), len(mine),
                                 sum(line.trained for line in scoped), sum(line.in_scope for line in scoped)))
    return totals
