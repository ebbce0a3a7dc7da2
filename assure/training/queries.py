"""Reads for training pages."""
from django.utils import timezone

from assure.core import clock

from . import evaluation_window as windows
from .models import EvaluationLink, Question, Stage, TrainingPolicy


def policy_for(partnership) -> TrainingPolicy:
    """The partnership's training policy, or the defaults (unsaved) when it has not set one."""
    return TrainingPolicy.objects.filter(partnership=partnership).first() or TrainingPolicy(partnership=partnership)


def when(moment) -> str:
    """'24 March 2026 at 12:30', in local time."""
    local = timezone.localtime(moment)
    return f"{local.day} {local:%B %Y} at {local:%H:%M}"


def day(moment) -> str:
    """'24 March 2026', in local time."""
    local = timezone.localtime(moment)
    return f"{local.day} {local:%B %Y}"


def stage_questions(course, stage) -> list[Question]:
    return list(course.questions.filter(stage=stage).order_by("position", "pk"))


def question_removal_refusal(question: Question) -> str:
    """Why the question cannot be removed, or "" when it can."""
    answered = question.answers.values("link").distinct().count()
    if answered:
        people = "1 person has" if answered == 1 else f"{answered} people have"
        return (f"{people} answered this question, so it cannot be removed: their answers would lose their "
                f"question. Change its wording or make it optional instead.")
    return ""


def link_state(link: EvaluationLink, now=None) -> str:
    """live, completed, withdrawn or expired (evaluation_window.link_state)."""
    return windows.link_state(completed_at=link.completed_at, withdrawn_at=link.withdrawn_at,
                              expires_at=link.expires_at, now=now or clock.now())


def link_refusal(link: EvaluationLink, now=None) -> str:
    """Why the link's form cannot be filled in now, in words for the person holding it; "" when it can."""
    state = link_state(link, now)
    if state == windows.COMPLETED:
        return f"You have already completed this form on {day(link.completed_at)}."
    if state == windows.WITHDRAWN:
        return (f"This link was withdrawn on {day(link.withdrawn_at)}: ask the training team for a new one if you "
                f"still need to fill in the form.")
    if state == windows.EXPIRED:
        return f"This link expired on {day(link.expires_at)}: ask the training team for a new one."
    return ""


def evaluation_counts(event) -> list[dict]:
    """For each stage: links issued (not withdrawn), completed, expired unanswered, and outstanding (live)."""
    now = clock.now()
    links = list(EvaluationLink.objects.filter(booking__event=event).select_related("booking__delegate")
                 .order_by("booking__delegate__name", "-issued_at"))
    rows = []
    for stage in Stage:
        mine = [link for link in links if link.stage == stage.value]
        states = [link_state(link, now) for link in mine]
        for link, state in zip(mine, states, strict=True):
            link.state = state
        rows.append({"stage": stage, "links": mine,
                     "issued": sum(state != windows.WITHDRAWN for state in states),
                     "completed": states.count(windows.COMPLETED), "expired": states.count(windows.EXPIRED),
                     "outstanding": states.count(windows.LIVE), "withdrawn": states.count(windows.WITHDRAWN)})
    return rows
