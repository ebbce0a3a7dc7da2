"""Evaluation: the questions each course asks at each stage, the secret links to the forms, and the answers.

Each write is a named, atomic @service taking the acting user as `by`, except `submit_evaluation`: the delegate or
manager who fills in the form has no account, so its history rows name the system actor (ADR 0136).
"""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Q

from assure.core import clock
from assure.core.audit import service, system_actor
from assure.core.concurrency import claim_version
from assure.core.ordering import move_in_order
from assure.core.secret_links import new_token

from .. import evaluation_window as windows
from .. import queries
from ..models import Answer, Booking, EvaluationLink, Event, Question, Stage
from ..queries import day as _day
from ..queries import policy_for
from ..queries import when as _when
from ._checks import words

Kind = Question.Kind
SCORED = (Kind.CONFIDENCE, Kind.USEFULNESS, Kind.RATING)


# --- Questions -------------------------------------------------------------------------------------------------

def _check_kind(course, *, stage: str, kind: str, question=None) -> None:
    if stage not in Stage.values:
        raise ValidationError({"stage": "Choose the stage that asks the question."})
    if kind not in Kind.values:
        raise ValidationError({"kind": "Choose the kind of question."})
    if kind == Kind.CHANGED_PRACTICE and stage != Stage.FOLLOW_UP:
        raise ValidationError({"kind": "Whether practice has changed can be asked only at the follow-up, six to "
                                       "eight weeks after the course, when there has been time to change it."})
    if kind == Kind.USEFULNESS and stage == Stage.BEFORE:
        raise ValidationError({"kind": "How useful the course was cannot be asked before the course: ask it "
                                       "straight after or at the follow-up."})
    if kind == Kind.CONFIDENCE:
        others = course.questions.filter(stage=stage, kind=Kind.CONFIDENCE)
        if question is not None:
            others = others.exclude(pk=question.pk)
        if others.exists():
            raise ValidationError({"kind": f"{Stage(stage).label} already asks about confidence (once for each "
                                           f"learning outcome): a stage asks it only once."})


@service
@transaction.atomic
def add_question(course, *, by, stage: str, kind: str, text: str, required: bool = True) -> Question:
    """A question at the end of the stage's list."""
    text = words(text, "text", "the question", max_length=300)
    _check_kind(course, stage=stage, kind=kind)
    last = course.questions.filter(stage=stage).aggregate(last=Max("position"))["last"] or 0
    return Question.objects.create(course=course, stage=stage, kind=kind, text=text, required=bool(required),
                                   position=last + 1)


@service
@transaction.atomic
def update_question(question: Question, *, by, expected_version: int, kind: str, text: str,
                    required: bool = True) -> Question:
    """The wording, kind and whether it must be answered; the kind stays once the question has answers."""
    text = words(text, "text", "the question", max_length=300)
    _check_kind(question.course, stage=question.stage, kind=kind, question=question)
    if kind != question.kind and question.answers.exists():
        raise ValidationError({"kind": "The question has been answered, so its kind cannot change: the answers "
                                       "given would no longer fit it. Add a new question instead."})
    claim_version(Question, question.pk, expected_version)
    question.refresh_from_db()
    question.kind, question.text, question.required = kind, text, bool(required)
    question.save()
    return question


@service
@transaction.atomic
def remove_question(question: Question, *, by) -> None:
    refusal = queries.question_removal_refusal(question)
    if refusal:
        raise ValidationError(refusal)
    question.delete()


@service
@transaction.atomic
def move_question(question: Question, *, by, direction: str) -> None:
    """Up or down within its stage."""
    if direction not in ("up", "down"):
        raise ValidationError("Choose whether to move the question up or down.")
    ordered = list(Question.objects.select_for_update().filter(course=question.course_id, stage=question.stage)
                   .order_by("position", "pk"))
    moved = move_in_order(ordered, question, direction)
    if moved is None:
        raise ValidationError(f"The question is already {'first' if direction == 'up' else 'last'} in its stage.")
    for other in moved:
        other.save(update_fields=["position"])


# --- Links -----------------------------------------------------------------------------------------------------

class IssuedLinks(list):
    """The links just issued, each (link, token), and how many people were skipped because they already have a
    live or completed link for the stage. The tokens exist only here: the database keeps their hashes."""

    def __init__(self, issued=(), *, skipped: int = 0):
        super().__init__(issued)
        self.skipped = skipped


def _window_or_refuse(event: Event, stage: str, now):
    policy = policy_for(event.course.partnership)
    window = windows.issue_window(stage, starts_at=event.starts_at, ends_at=event.ends_at, policy=policy)
    if not window.allows(now):
        label = Stage(stage).label.lower()
        if window.opens is None:
            raise ValidationError({"stage": f"Links to the form {label} could be issued only until the event "
                                            f"started, {_when(window.closes)}."})
        raise ValidationError({"stage": f"Links to the form {label} can be issued from {_when(window.opens)} until "
                                        f"{_when(window.closes)}."})
    return windows.expires_at(stage, starts_at=event.starts_at, ends_at=event.ends_at, issued_at=now,
                              policy=policy)


def _recipients(event: Event, stage: str):
    bookings = event.bookings.select_related("delegate").filter(status=Booking.Status.BOOKED)
    if stage != Stage.BEFORE:
        bookings = bookings.filter(attendance=Booking.Attendance.ATTENDED)
    return list(bookings.order_by("delegate__name", "pk"))


def _sent_to(booking: Booking, stage: str) -> str:
    """The follow-up is completed with the delegate's manager when we know who that is."""
    if stage == Stage.FOLLOW_UP and booking.delegate.manager_email:
        return EvaluationLink.SentTo.MANAGER
    return EvaluationLink.SentTo.DELEGATE


def _new_link(booking: Booking, stage: str, *, by, now, expires) -> tuple[EvaluationLink, str]:
    token, token_hash = new_token()
    link = EvaluationLink.objects.create(booking=booking, stage=stage, sent_to=_sent_to(booking, stage),
                                         token_hash=token_hash, issued_at=now, expires_at=expires, created_by=by)
    return link, token


def _taken(stage: str, now):
    """Links that stop another being issued: live ones, and completed ones (a form is filled in once)."""
    return EvaluationLink.objects.filter(Q(completed_at__isnull=False) | Q(expires_at__gt=now), stage=stage,
                                         withdrawn_at__isnull=True)


@service
@transaction.atomic
def issue_links(event: Event, *, by, stage: str) -> IssuedLinks:
    """A link for each person who should fill in the stage's form: for BEFORE everyone booked, afterwards every
    delegate who attended (the follow-up to their manager when they have one). People who already have a live or
    completed link for the stage are skipped. Refused outside the stage's window (evaluation_window)."""
    if stage not in Stage.values:
        raise ValidationError({"stage": "Choose the stage whose links to issue."})
    event = Event.objects.select_for_update().select_related("course__partnership").get(pk=event.pk)
    if event.status == Event.Status.CANCELLED:
        raise ValidationError({"stage": "The event was cancelled, so there is nothing to evaluate."})
    if not event.course.questions.filter(stage=stage).exists():
        raise ValidationError({"stage": f"{event.course.title} asks no questions {Stage(stage).label.lower()}: "
                                        f"add them on the course's evaluation page first."})
    now = clock.now()
    expires = _window_or_refuse(event, stage, now)
    recipients = _recipients(event, stage)
    if not recipients:
        who = "booked on" if stage == Stage.BEFORE else "recorded as attending"
        raise ValidationError({"stage": f"No delegate is {who} the event, so there is no one to send a link to."})
    taken = set(_taken(stage, now).filter(booking__event=event).values_list("booking_id", flat=True))
    issued = [_new_link(booking, stage, by=by, now=now, expires=expires)
              for booking in recipients if booking.pk not in taken]
    return IssuedLinks(issued, skipped=len(recipients) - len(issued))


def _refuse_unless_open(link: EvaluationLink, doing: str) -> None:
    if link.completed_at is not None:
        raise ValidationError(f"The form was completed on {_day(link.completed_at)}, so the link cannot be {doing}.")


@service
@transaction.atomic
def withdraw_link(link: EvaluationLink, *, by) -> EvaluationLink:
    """The link stops opening the form at once (a link sent to the wrong person, or lost)."""
    link = EvaluationLink.objects.select_for_update().get(pk=link.pk)
    _refuse_unless_open(link, "withdrawn")
    if link.withdrawn_at is not None:
        raise ValidationError(f"The link was already withdrawn on {_day(link.withdrawn_at)}.")
    link.withdrawn_at = clock.now()
    link.save(update_fields=["withdrawn_at"])
    return link


@service
@transaction.atomic
def reissue_link(link: EvaluationLink, *, by) -> tuple[EvaluationLink, str]:
    """A new link for the same booking and stage (a lost or expired one); the old link is withdrawn. Refused once
    the form is completed, and outside the stage's window."""
    link = EvaluationLink.objects.select_for_update().select_related("booking__event__course__partnership",
                                                                     "booking__delegate").get(pk=link.pk)
    _refuse_unless_open(link, "reissued")
    event = link.booking.event
    now = clock.now()
    expires = _window_or_refuse(event, link.stage, now)
    if event.status == Event.Status.CANCELLED:
        raise ValidationError("The event was cancelled, so there is nothing to evaluate.")
    others = _taken(link.stage, now).filter(booking=link.booking).exclude(pk=link.pk)
    if others.exists():
        raise ValidationError("There is already another live link for this person and stage: withdraw that one "
                              "instead.")
    if link.withdrawn_at is None:
        link.withdrawn_at = now
        link.save(update_fields=["withdrawn_at"])
    return _new_link(link.booking, link.stage, by=by, now=now, expires=expires)


# --- Answers ---------------------------------------------------------------------------------------------------

def _checked_answers(link: EvaluationLink, answers: dict) -> list[Answer]:
    """Answer records from {(question_id, outcome_id or None): value}: a score 1-5, True/False, or text."""
    outcomes = list(link.booking.event.course.outcomes.all())
    rows, expected = [], set()
    for question in queries.stage_questions(link.booking.event.course, link.stage):
        keys = [(question.pk, outcome.pk) for outcome in outcomes] if question.kind == Kind.CONFIDENCE \
            else [(question.pk, None)]
        for key in keys:
            expected.add(key)
            field = f"q{key[0]}" + (f"_o{key[1]}" if key[1] else "")
            value = answers.get(key)
            if value in (None, ""):
                if question.required:
                    raise ValidationError({field: f"Answer the question: {question.text}"})
                continue
            answer = Answer(link=link, question=question, outcome_id=key[1])
            if question.kind in SCORED:
                if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
                    raise ValidationError({field: "Choose a number from 1 to 5."})
                answer.score = value
            elif question.kind == Kind.CHANGED_PRACTICE:
                if not isinstance(value, bool):
                    raise ValidationError({field: "Choose yes or no."})
                answer.yes = value
            else:
                text = str(value).strip()
                if len(text) > 5000:
                    raise ValidationError({field: "Your answer must be 5,000 characters or fewer."})
                answer.text = text
            rows.append(answer)
    unknown = set(answers) - expected
    if unknown:
        raise ValidationError("The form has changed since you opened it: reload the page and answer again.")
    return rows


@service
@transaction.atomic
def _record_answers(link: EvaluationLink, *, by, answers: dict) -> EvaluationLink:
    link = EvaluationLink.objects.select_for_update().select_related("booking__event__course").get(pk=link.pk)
    refusal = queries.link_refusal(link)
    if refusal:
        raise ValidationError(refusal)
    for answer in _checked_answers(link, answers):
        answer.save()
    link.completed_at = clock.now()
    link.save(update_fields=["completed_at"])
    return link


def submit_evaluation(link: EvaluationLink, *, answers: dict) -> EvaluationLink:
    """Save a delegate's or manager's answers, all or none, and mark the link used. Refused once completed, expired
    or withdrawn. The person has no account, so the history names the system actor."""
    return _record_answers(link, by=system_actor(), answers=answers)
