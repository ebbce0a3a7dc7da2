"""Writes of courses and their learning outcomes: each a named, atomic @service taking the acting user as `by`."""
from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core.audit import service
from assure.core.concurrency import claim_version

from ..models import Course, LearningOutcome, Level, Question, Stage
from ._checks import same_partnership, words

# The questions a new course starts with; the business team changes them per course.
DEFAULT_QUESTIONS = [
    (Stage.BEFORE, Question.Kind.CONFIDENCE, "Before the course, how confident are you that you can do this?", True),
    (Stage.BEFORE, Question.Kind.TEXT, "What do you most want to learn from the course?", False),
    (Stage.AFTER, Question.Kind.CONFIDENCE, "Now that you have done the course, how confident are you that you "
                                            "can do this?", True),
    (Stage.AFTER, Question.Kind.USEFULNESS, "How useful was the course for your work?", True),
    (Stage.AFTER, Question.Kind.TEXT, "What will you do differently because of the course?", False),
    (Stage.FOLLOW_UP, Question.Kind.CHANGED_PRACTICE, "Has the delegate's practice changed because of the course?",
     True),
    (Stage.FOLLOW_UP, Question.Kind.TEXT, "What has changed in practice? Give an example from the delegate's work.",
     False),
    (Stage.FOLLOW_UP, Question.Kind.CONFIDENCE, "How confident is the delegate now that they can do this?", True),
]


def _checked(partnership, *, title, level, summary, audience, priority, review, course=None) -> dict:
    title = words(title, "title", "the course's title", max_length=200)
    clash = Course.objects.filter(partnership=partnership, title__iexact=title)
    if course is not None:
        clash = clash.exclude(pk=course.pk)
    if clash.exists():
        raise ValidationError({"title": f"There is already a course called {title}."})
    if level not in Level.values:
        raise ValidationError({"level": "Choose the course's level."})
    same_partnership(partnership, priority, "priority", "Choose one of this partnership's priorities.")
    same_partnership(partnership, review, "review", "Choose one of this partnership's reviews.")
    return {"title": title, "level": level, "summary": (summary or "").strip(),
            "audience": words(audience, "audience", "who the course is for", max_length=300, required=False),
            "priority": priority, "review": review}


def _outcome_texts(outcomes) -> list[str]:
    texts = [" ".join(text.split()) for text in (outcomes or []) if text and text.strip()]
    if not texts:
        raise ValidationError({"outcomes": "Enter at least one learning outcome, one on each line."})
    too_long = [text for text in texts if len(text) > 300]
    if too_long:
        raise ValidationError({"outcomes": f"Each learning outcome must be 300 characters or fewer: "
                                           f"'{too_long[0][:40]}…' is {len(too_long[0])}."})
    seen = set()
    for text in texts:
        if text.casefold() in seen:
            raise ValidationError({"outcomes": f"The learning outcome '{text}' is listed twice."})
        seen.add(text.casefold())
    return texts


@service
@transaction.atomic
def add_course(*, partnership, by, title: str, level: str, outcomes: list[str], summary: str = "",
               audience: str = "", priority=None, review=None) -> Course:
    """A course with its learning outcomes (one per line) and the default questions for each evaluation stage."""
    fields = _checked(partnership, title=title, level=level, summary=summary, audience=audience, priority=priority,
                      review=review)
    texts = _outcome_texts(outcomes)
    course = Course.objects.create(partnership=partnership, created_by=by, **fields)
    for position, text in enumerate(texts, start=1):
        LearningOutcome.objects.create(course=course, text=text, position=position)
    for position, (stage, kind, text, required) in enumerate(DEFAULT_QUESTIONS, start=1):
        Question.objects.create(course=course, stage=stage, kind=kind, text=text, required=required,
                                position=position)
    return course


@service
@transaction.atomic
def update_course(course: Course, *, by, expected_version: int, title: str, level: str, summary: str = "",
                  audience: str = "", priority=None, review=None) -> Course:
    fields = _checked(course.partnership, title=title, level=level, summary=summary, audience=audience,
                      priority=priority, review=review, course=course)
    claim_version(Course, course.pk, expected_version)
    course.refresh_from_db()
    for name, value in fields.items():
        setattr(course, name, value)
    course.save()
    return course


@service
@transaction.atomic
def retire_course(course: Course, *, by, expected_version: int) -> Course:
    """No longer offered: it takes no new events (add_event refuses); its events and evaluations stay."""
    if course.status == Course.Status.RETIRED:
        raise ValidationError(f"{course.title} is already no longer offered.")
    claim_version(Course, course.pk, expected_version)
    course.refresh_from_db()
    course.status = Course.Status.RETIRED
    course.save()
    return course


@service
@transaction.atomic
def reinstate_course(course: Course, *, by, expected_version: int) -> Course:
    """Offer a retired course again."""
    if course.status == Course.Status.ACTIVE:
        raise ValidationError(f"{course.title} is already offered.")
    claim_version(Course, course.pk, expected_version)
    course.refresh_from_db()
    course.status = Course.Status.ACTIVE
    course.save()
    return course
