"""Reads for training pages."""
import datetime

from django.utils import timezone

from assure.core import clock
from assure.core.dates import financial_year_of
from assure.partnerships.models import Organisation

from . import impact
from .models import (
    Answer,
    Booking,
    Course,
    EvaluationLink,
    Event,
    LearningOutcome,
    Question,
    TrainingPolicy,
    TrainingReturn,
)


def policy_for(partnership) -> TrainingPolicy:
    """The partnership's training policy, or the defaults (unsaved) when it has not set one."""
    return TrainingPolicy.objects.filter(partnership=partnership).first() or TrainingPolicy(partnership=partnership)


# Impact (training/impact.py works it out from these rows; each read is one query).
def year_bounds(start_year: int) -> tuple[datetime.date, datetime.date]:
    """1 April of the year to 1 April of the next (the end not included)."""
    return datetime.date(start_year, 4, 1), datetime.date(start_year + 1, 4, 1)


def _events_in(events, start_year: int | None):
    if start_year is None:
        return events
    first, after = year_bounds(start_year)
    return events.filter(starts_at__date__gte=first, starts_at__date__lt=after)


def _rows(events) -> dict:
    """The impact rows of these events (a queryset): four queries, plus one for the outcomes."""
    sectors = dict(Organisation.Kind.choices)
    event_rows = [impact.EventRow(pk, course_id, timezone.localtime(starts_at).date(),
                                  status == Event.Status.CANCELLED)
                  for pk, course_id, starts_at, status in events.values_list("pk", "course_id", "starts_at",
                                                                            "status")]
    cancelled = {row.event_id for row in event_rows if row.cancelled}
    event_ids = [row.event_id for row in event_rows]
    bookings = [impact.BookingRow(event_id, course_id, status, attendance, organisation, sectors.get(kind, kind),
                                  event_id in cancelled)
                for event_id, course_id, status, attendance, organisation, kind in
                Booking.objects.filter(event_id__in=event_ids).values_list(
                    "event_id", "event__course_id", "status", "attendance", "delegate__organisation__name",
                    "delegate__organisation__kind")]
    links = [impact.LinkRow(course_id, stage, completed is not None, withdrawn is not None)
             for course_id, stage, completed, withdrawn in
             EvaluationLink.objects.filter(booking__event_id__in=event_ids).values_list(
                 "booking__event__course_id", "stage", "completed_at", "withdrawn_at")]
    answers = [impact.AnswerRow(pk, course_id, stage, kind, outcome_id, score, yes, text, quoted,
                                sectors.get(org_kind, org_kind), organisation)
               for pk, course_id, stage, kind, outcome_id, score, yes, text, quoted, org_kind, organisation in
               Answer.objects.filter(link__booking__event_id__in=event_ids).order_by("pk").values_list(
                   "pk", "question__course_id", "link__stage", "question__kind", "outcome_id", "score", "yes",
                   "text", "quoted", "link__booking__delegate__organisation__kind",
                   "link__booking__delegate__organisation__name")]
    return {"events": event_rows, "bookings": bookings, "links": links, "answers": answers}


def course_impact(course, start_year: int | None = None) -> impact.CourseImpact:
    """A course's impact, over all its events or those of one financial year. Five queries."""
    rows = _rows(_events_in(Event.objects.filter(course=course), start_year))
    outcomes = [impact.OutcomeRow(pk, course.pk, text)
                for pk, text in LearningOutcome.objects.filter(course=course).values_list("pk", "text")]
    return impact.course_impact(course.pk, course.title, outcomes=outcomes, today=clock.today(), **rows)


def year_impact(partnership, start_year: int) -> impact.YearImpact:
    """The partnership's training impact in a financial year, every course. Six queries."""
    courses = list(Course.objects.filter(partnership=partnership).order_by("title").values_list("pk", "title"))
    rows = _rows(_events_in(Event.objects.filter(course__partnership=partnership), start_year))
    course_ids = {row.course_id for row in rows["events"]}
    outcomes = [impact.OutcomeRow(pk, course_id, text) for pk, course_id, text in
                LearningOutcome.objects.filter(course_id__in=course_ids).values_list("pk", "course_id", "text")]
    return impact.year_impact(start_year, courses, outcomes=outcomes, today=clock.today(), **rows)


def year_summary(partnership, start_year: int) -> dict:
    """The year's impact as a plain dict for the yearly report (issue 12): README.md lists its keys."""
    return impact.year_summary(year_impact(partnership, start_year))


def years_with_training(partnership) -> list[int]:
    """Financial years in which the partnership has events, and the current one, latest first."""
    years = {financial_year_of(clock.today())}
    for starts_at in (Event.objects.filter(course__partnership=partnership)
                      .values_list("starts_at", flat=True).order_by()):
        years.add(financial_year_of(timezone.localtime(starts_at).date()))
    return sorted(years, reverse=True)


def text_answers(course):
    """A course's written answers that say something, newest first, for choosing quotes (the business team)."""
    return (Answer.objects.filter(question__course=course, question__kind=Question.Kind.TEXT)
            .exclude(text="").select_related("question", "link__booking__delegate__organisation",
                                             "link__booking__event")
            .order_by("-link__booking__event__starts_at", "pk"))


# Single-agency training returns.
def returns_of_year(partnership, start_year: int) -> list[TrainingReturn]:
    """The year's returns with their lines (two queries), by organisation."""
    return list(TrainingReturn.objects.filter(partnership=partnership, start_year=start_year)
                .select_related("organisation").prefetch_related("lines").order_by("organisation__name"))


def return_years(partnership) -> list[int]:
    years = set(TrainingReturn.objects.filter(partnership=partnership).values_list("start_year", flat=True))
    years.add(financial_year_of(clock.today()))
    return sorted(years, reverse=True)
