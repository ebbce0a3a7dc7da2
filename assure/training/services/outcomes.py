"""A course's learning outcomes, changed one at a time (so answers already given keep their outcome), and retiring
or reinstating a course. Each a named, atomic @service taking the acting user as `by`."""
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from simple_history.utils import bulk_update_with_history

from assure.core.audit import service
from assure.core.concurrency import claim_version
from assure.core.ordering import move_in_order, number_in_order
from assure.core.text import shorten

from ..models import Course, LearningOutcome
from ._checks import words


def _text(course, text, *, outcome=None) -> str:
    text = words(text, "text", "the learning outcome", max_length=300)
    same = [other for other in course.outcomes.all() if other.text.casefold() == text.casefold()
            and (outcome is None or other.pk != outcome.pk)]
    if same:
        raise ValidationError({"text": f"{course.title} already has the learning outcome '{shorten(text)}'."})
    return text


@service
@transaction.atomic
def add_outcome(course: Course, *, by, text: str) -> LearningOutcome:
    """A learning outcome at the end of the course's list."""
    text = _text(course, text)
    last = course.outcomes.aggregate(last=Max("position"))["last"] or 0
    return LearningOutcome.objects.create(course=course, text=text, position=last + 1)


@service
@transaction.atomic
def update_outcome(outcome: LearningOutcome, *, by, expected_version: int, text: str) -> LearningOutcome:
    text = _text(outcome.course, text, outcome=outcome)
    claim_version(LearningOutcome, outcome.pk, expected_version)
    outcome.refresh_from_db()
    outcome.text = text
    outcome.save()
    return outcome


def removal_refusal(outcome: LearningOutcome) -> str:
    """Why a learning outcome cannot be removed, or "" when it can. Reads only."""
    answers = outcome.answers.count()
    if answers:
        return (f"Delegates have given {answers} answer{'s' if answers != 1 else ''} about this learning outcome, "
                "so it cannot be removed: their answers would lose what they were about. Change its wording "
                "instead, if it is only worded badly.")
    if outcome.course.outcomes.count() <= 1:
        return "A course needs at least one learning outcome: add another before removing this one."
    return ""


@service
@transaction.atomic
def remove_outcome(outcome: LearningOutcome, *, by) -> None:
    refusal = removal_refusal(outcome)
    if refusal:
        raise ValidationError(refusal)
    course = outcome.course
    outcome.delete()
    rest = list(course.outcomes.order_by("position", "pk"))
    moved = number_in_order(rest)
    if moved:
        bulk_update_with_history(moved, LearningOutcome, ["position"])


@service
@transaction.atomic
def move_outcome(outcome: LearningOutcome, *, by, direction: str) -> None:
    """Swap a learning outcome with its neighbour: direction is "up" or "down"."""
    if direction not in ("up", "down"):
        raise ValidationError("Choose whether to move the learning outcome up or down.")
    ordered = list(LearningOutcome.objects.select_for_update().filter(course_id=outcome.course_id)
                   .order_by("position", "pk"))
    moved = move_in_order(ordered, outcome, direction)
    if moved is None:
        raise ValidationError(f"'{shorten(outcome.text)}' is already {'first' if direction == 'up' else 'last'}.")
    bulk_update_with_history(moved, LearningOutcome, ["position"])
