"""Writes to the risk register: each a named, atomic @service taking the acting user as `by` (history names them).

Every refusal is a ValidationError with a message for the person; an out-of-date `expected_version` is an
EditConflict. A refusal writes nothing.
"""
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from assure.actions import services as action_services
from assure.actions.models import Action
from assure.core import clock
from assure.core.audit import service
from assure.core.concurrency import claim_version

from .. import scoring
from ..models import SCORE_FIELDS, Risk, RiskAction
from ._checks import same_partnership

SCORE_NAMES = {
    "inherent_likelihood": "inherent likelihood", "inherent_impact": "inherent impact",
    "current_likelihood": "current likelihood", "current_impact": "current impact",
    "target_likelihood": "target likelihood", "target_impact": "target impact",
}


def _check_scores(scores: dict) -> None:
    for name in SCORE_FIELDS:
        if not scoring.in_scale(scores.get(name)):
            raise ValidationError({name: f"The {SCORE_NAMES[name]} must be a whole number from 1 to 5."})
    refusal = scoring.target_refusal(scoring.score(scores["inherent_likelihood"], scores["inherent_impact"]),
                                     scoring.score(scores["target_likelihood"], scores["target_impact"]))
    if refusal:
        raise ValidationError({"target_likelihood": refusal})


def _checked(partnership, *, title, cause, consequence, category, owner, owner_organisation, body, raised_on,
             review_date, controls, scores) -> dict:
    """The risk's fields, tidied, or a ValidationError naming the first problem."""
    values = {"title": " ".join((title or "").split()), "cause": (cause or "").strip(),
              "consequence": (consequence or "").strip(), "controls": (controls or "").strip()}
    for name, message in [("title", "Enter the risk's title."), ("cause", "Enter the cause of the risk."),
                          ("consequence", "Enter the consequence if the risk happens.")]:
        if not values[name]:
            raise ValidationError({name: message})
    if len(values["title"]) > 200:
        raise ValidationError({"title": "The title must be 200 characters or fewer."})
    if category not in Risk.Category.values:
        raise ValidationError({"category": "Choose the category of the risk."})
    if owner is None:
        raise ValidationError({"owner": "Choose the person who owns the risk."})
    same_partnership(partnership, owner, "owner", "Choose an owner from this partnership's people.")
    same_partnership(partnership, owner_organisation, "owner_organisation",
                      "Choose an owner organisation of this partnership.")
    if body is None:
        raise ValidationError({"body": "Choose the board or group that holds the risk."})
    same_partnership(partnership, body, "body", "Choose a board or group of this partnership.")
    _check_scores(scores)
    if raised_on is None:
        raise ValidationError({"raised_on": "Enter the date the risk was raised."})
    if raised_on > clock.today():
        raise ValidationError({"raised_on": "The date the risk was raised must be today or in the past."})
    if review_date is None:
        raise ValidationError({"review_date": "Enter the date the risk is next reviewed."})
    if review_date < raised_on:
        raise ValidationError({"review_date": "The review date is before the date the risk was raised."})
    return {**values, "category": category, "owner": owner, "body": body, "raised_on": raised_on,
            "review_date": review_date, **{name: scores[name] for name in SCORE_FIELDS},
            # The owner's organisation unless another is named.
            "owner_organisation": owner_organisation or owner.organisation}


@service
@transaction.atomic
def add_risk(*, partnership, by, title, cause, consequence, category, owner, body, review_date,
             inherent_likelihood, inherent_impact, current_likelihood, current_impact, target_likelihood,
             target_impact, controls="", owner_organisation=None, raised_on=None) -> Risk:
    """A new risk on the register, given the next reference (R01, R02, ...)."""
    scores = {"inherent_likelihood": inherent_likelihood, "inherent_impact": inherent_impact,
              "current_likelihood": current_likelihood, "current_impact": current_impact,
              "target_likelihood": target_likelihood, "target_impact": target_impact}
    values = _checked(partnership, title=title, cause=cause, consequence=consequence, category=category,
                      owner=owner, owner_organisation=owner_organisation, body=body,
                      raised_on=raised_on or clock.today(), review_date=review_date, controls=controls,
                      scores=scores)
    # Lock the partnership's row so two people adding at once do not take the same reference.
    type(partnership).objects.select_for_update().filter(pk=partnership.pk).first()
    number = (Risk.objects.filter(partnership=partnership).aggregate(n=Max("number"))["n"] or 0) + 1
    return Risk.objects.create(partnership=partnership, number=number, created_by=by, **values)


@service
@transaction.atomic
def edit_risk(risk: Risk, *, by, expected_version: int, title, cause, consequence, category, owner, body,
              review_date, inherent_likelihood, inherent_impact, current_likelihood, current_impact,
              target_likelihood, target_impact, controls="", owner_organisation=None, raised_on=None,
              note="") -> Risk:
    """Change a risk, re-score it or set its next review; the earlier values stay in its history, with `note`."""
    scores = {"inherent_likelihood": inherent_likelihood, "inherent_impact": inherent_impact,
              "current_likelihood": current_likelihood, "current_impact": current_impact,
              "target_likelihood": target_likelihood, "target_impact": target_impact}
    claim_version(Risk, risk.pk, expected_version)
    risk.refresh_from_db()
    if not risk.is_open:
        raise ValidationError(f"{risk.reference} is closed: reopen it before changing or re-scoring it.")
    values = _checked(risk.partnership, title=title, cause=cause, consequence=consequence, category=category,
                      owner=owner, owner_organisation=owner_organisation, body=body,
                      raised_on=raised_on or risk.raised_on, review_date=review_date, controls=controls,
                      scores=scores)
    for name, value in values.items():
        setattr(risk, name, value)
    risk._change_reason = " ".join((note or "").split())[:100]
    risk.save()
    return risk


@service
@transaction.atomic
def add_risk_action(risk: Risk, *, by, text, owner_organisation, due_date, owner=None) -> Action:
    """A further action on the risk, created in the shared action log (held by the risk's board) and linked here."""
    if not risk.is_open:
        raise ValidationError("The risk is closed: reopen it before adding further actions.")
    action = action_services.create_follow_up_action(
        partnership=risk.partnership, text=text, owner_organisation=owner_organisation, due_date=due_date,
        owner=owner, body=risk.body, by=by, not_before=risk.raised_on,
        not_before_reason="The due date is before the date the risk was raised.")
    RiskAction.objects.create(risk=risk, action=action)
    return action


@service
@transaction.atomic
def close_risk(risk: Risk, *, by, expected_version: int, closed_on, reason) -> Risk:
    """Take a risk off the live register (it stays, closed, with its history); its open actions are left alone."""
    reason = (reason or "").strip()
    if closed_on is None:
        raise ValidationError({"closed_on": "Enter the date the risk was closed."})
    if not reason:
        raise ValidationError({"reason": "Enter why the risk is being closed."})
    claim_version(Risk, risk.pk, expected_version)
    risk.refresh_from_db()
    if not risk.is_open:
        raise ValidationError(f"{risk.reference} is already closed.")
    if closed_on < risk.raised_on:
        raise ValidationError({"closed_on": "The date closed is before the date the risk was raised."})
    if closed_on > clock.today():
        raise ValidationError({"closed_on": "The date closed must be today or in the past."})
    risk.status, risk.closed_on, risk.closing_reason = Risk.Status.CLOSED, closed_on, reason
    risk.save()
    return risk


@service
@transaction.atomic
def reopen_risk(risk: Risk, *, by, expected_version: int, reason="") -> Risk:
    """Put a closed risk back on the live register; when and why it was closed stay in its history."""
    claim_version(Risk, risk.pk, expected_version)
    risk.refresh_from_db()
    if risk.is_open:
        raise ValidationError(f"{risk.reference} is already open.")
    risk.status, risk.closed_on, risk.closing_reason = Risk.Status.OPEN, None, ""
    risk._change_reason = " ".join((reason or "").split())[:100] or "Reopened"
    risk.save()
    return risk
