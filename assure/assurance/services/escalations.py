"""Writes to escalations and professional disagreements, and to the partnership's escalation stages.

An escalation starts at a stage on the day it is raised; moving it on ends that stage and starts a later one on
the same day; resolving it ends the stage it reached. Dates out of order, dates in the future, another
partnership's agencies and free text that reads like a person's full name are refused, writing nothing.
"""
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from assure.core.audit import service
from assure.core.concurrency import claim_version
from assure.core.names import check_pseudonym

from .. import queries
from ..models import Escalation, EscalationStage, EscalationStep
from . import _checks

MAX_STAGE_DAYS = 60


def _checked(partnership, *, kind, raised_on, raised_by_organisation, raised_by_role, about_organisation, summary,
             case_reference, learning_theme) -> dict:
    if kind not in Escalation.Kind.values:
        raise ValidationError({"kind": "Choose whether this is an escalation or a professional disagreement."})
    if raised_on is None:
        raise ValidationError({"raised_on": "Enter the date it was raised."})
    _checks.not_future(raised_on, "raised_on", "date it was raised")
    if raised_by_organisation is None:
        raise ValidationError({"raised_by_organisation": "Choose the organisation that raised it."})
    _checks.same_partnership(partnership, raised_by_organisation, "raised_by_organisation",
                             "Choose an organisation of this partnership.")
    role, summary = _checks.one_line(raised_by_role), _checks.tidy(summary)
    if not role:
        raise ValidationError({"raised_by_role": "Enter the role of the person who raised it, for example "
                                                 "'Designated safeguarding lead'."})
    if len(role) > 120:
        raise ValidationError({"raised_by_role": "The role must be 120 characters or fewer."})
    if about_organisation is None:
        raise ValidationError({"about_organisation": "Choose the agency it is about."})
    _checks.same_partnership(partnership, about_organisation, "about_organisation",
                             "Choose an agency of this partnership.")
    if not summary:
        raise ValidationError({"summary": "Enter what the escalation is about."})
    case_reference = _checks.one_line(case_reference)
    if case_reference:
        try:
            case_reference = check_pseudonym(case_reference)
        except ValidationError as refused:
            raise ValidationError({"case_reference": refused.messages[0]}) from None
    theme = _checks.one_line(learning_theme)
    if len(theme) > 100:
        raise ValidationError({"learning_theme": "The learning theme must be 100 characters or fewer."})
    _checks.names_no_one(partnership, raised_by_role=(role, "role"), summary=(summary, "description"),
                         learning_theme=(theme, "learning theme"))
    return {"kind": kind, "raised_on": raised_on, "raised_by_organisation": raised_by_organisation,
            "raised_by_role": role, "about_organisation": about_organisation, "summary": summary,
            "case_reference": case_reference, "learning_theme": theme}


@service
@transaction.atomic
def record_escalation(*, partnership, by, raised_on, raised_by_organisation, raised_by_role, about_organisation,
                      summary, kind=Escalation.Kind.ESCALATION, case_reference="", learning_theme="",
                      stage: EscalationStage | None = None) -> Escalation:
    """A new escalation, at `stage` (the partnership's first unless said) from the day it was raised."""
    values = _checked(partnership, kind=kind, raised_on=raised_on, raised_by_organisation=raised_by_organisation,
                      raised_by_role=raised_by_role, about_organisation=about_organisation, summary=summary,
                      case_reference=case_reference, learning_theme=learning_theme)
    if stage is None:   # the partnership's first stage (the default stages made now, by `by`, if none yet)
        stage = queries.escalation_stages(partnership)[0]
    _checks.same_partnership(partnership, stage, "stage", "Choose one of this partnership's stages.")
    # Lock the partnership's row so two people recording at once do not take the same reference.
    type(partnership).objects.select_for_update().filter(pk=partnership.pk).first()
    number = (Escalation.objects.filter(partnership=partnership).aggregate(n=Max("number"))["n"] or 0) + 1
    escalation = Escalation.objects.create(partnership=partnership, number=number, created_by=by, **values)
    EscalationStep.objects.create(escalation=escalation, stage=stage, working_days=stage.working_days,
                                  started_on=values["raised_on"])
    return escalation


@service
@transaction.atomic
def edit_escalation(escalation: Escalation, *, by, expected_version: int, raised_on, raised_by_organisation,
                    raised_by_role, about_organisation, summary, kind=Escalation.Kind.ESCALATION, case_reference="",
                    learning_theme="") -> Escalation:
    """Correct what was recorded. A changed date raised moves the start of the first stage with it."""
    values = _checked(escalation.partnership, kind=kind, raised_on=raised_on,
                      raised_by_organisation=raised_by_organisation, raised_by_role=raised_by_role,
                      about_organisation=about_organisation, summary=summary, case_reference=case_reference,
                      learning_theme=learning_theme)
    claim_version(Escalation, escalation.pk, expected_version)
    escalation.refresh_from_db()
    first = escalation.steps.order_by("started_on", "id").first()
    if first is not None and first.started_on != values["raised_on"]:
        end = first.ended_on or escalation.resolved_on
        _checks.not_before(end, values["raised_on"], "raised_on",
                           f"The date raised is after the end of {first.stage} ({end:%-d %B %Y})." if end else "")
        first.started_on = values["raised_on"]
        first.save()
    for name, value in values.items():
        setattr(escalation, name, value)
    escalation.save()
    return escalation


def _open_step(escalation: Escalation) -> EscalationStep:
    if not escalation.is_open:
        raise ValidationError(f"{escalation.reference} is resolved.")
    return escalation.steps.select_related("stage").order_by("-started_on", "-id").first()


@service
@transaction.atomic
def escalate(escalation: Escalation, *, by, expected_version: int, stage: EscalationStage, moved_on, note="") -> EscalationStep:
    """Move the escalation on: the stage it is at ends on `moved_on` and `stage` (a later one) starts that day."""
    claim_version(Escalation, escalation.pk, expected_version)
    escalation.refresh_from_db()
    current = _open_step(escalation)
    if stage is None:
        raise ValidationError({"stage": "Choose the stage it has moved to."})
    _checks.same_partnership(escalation.partnership, stage, "stage", "Choose one of this partnership's stages.")
    if stage.number <= current.stage.number:
        raise ValidationError({"stage": f"Choose a stage after the one it is at ({current.stage})."})
    if moved_on is None:
        raise ValidationError({"moved_on": "Enter the date it moved to the new stage."})
    _checks.not_future(moved_on, "moved_on", "date it moved on")
    _checks.not_before(moved_on, current.started_on, "moved_on", f"{current.stage} cannot end before it started "
                                                      f"({current.started_on:%-d %B %Y}).")
    current.ended_on = moved_on
    current.save()
    escalation.save()   # a new version: the stage reached changed
    return EscalationStep.objects.create(escalation=escalation, stage=stage, working_days=stage.working_days,
                                         started_on=moved_on, note=_checks.tidy(note))


@service
@transaction.atomic
def resolve_escalation(escalation: Escalation, *, by, expected_version: int, resolved_on, outcome,
                       outcome_summary="", learning_theme="") -> Escalation:
    """Close the escalation at the stage it reached, with its outcome and what was learnt."""
    claim_version(Escalation, escalation.pk, expected_version)
    escalation.refresh_from_db()
    current = _open_step(escalation)
    if resolved_on is None:
        raise ValidationError({"resolved_on": "Enter the date it was resolved."})
    _checks.not_future(resolved_on, "resolved_on", "date it was resolved")
    _checks.not_before(resolved_on, current.started_on, "resolved_on",
                       f"{current.stage} cannot end before it started ({current.started_on:%-d %B %Y}).")
    if outcome not in Escalation.Outcome.values:
        raise ValidationError({"outcome": "Choose the outcome."})
    summary, theme = _checks.tidy(outcome_summary), _checks.one_line(learning_theme) or escalation.learning_theme
    _checks.names_no_one(escalation.partnership, outcome_summary=(summary, "outcome"),
                         learning_theme=(theme, "learning theme"))
    current.ended_on = resolved_on
    current.save()
    escalation.resolved_on, escalation.outcome, escalation.outcome_summary = resolved_on, outcome, summary
    escalation.learning_theme = theme[:100]
    escalation.save()
    return escalation


def _checked_stage(name, working_days) -> dict:
    name = _checks.one_line(name)
    if not name:
        raise ValidationError({"name": "Enter the name of the stage, for example 'Manager to manager'."})
    if len(name) > 120:
        raise ValidationError({"name": "The name must be 120 characters or fewer."})
    if working_days is None or not 1 <= working_days <= MAX_STAGE_DAYS:
        raise ValidationError({"working_days": f"Enter the working days the stage may take, from 1 to "
                                               f"{MAX_STAGE_DAYS}."})
    return {"name": name, "working_days": working_days}


@service
@transaction.atomic
def add_escalation_stage(*, partnership, by, name, working_days) -> EscalationStage:
    """A stage after the partnership's last one."""
    values = _checked_stage(name, working_days)
    number = (EscalationStage.objects.filter(partnership=partnership).aggregate(n=Max("number"))["n"] or 0) + 1
    return EscalationStage.objects.create(partnership=partnership, number=number, **values)


@service
@transaction.atomic
def edit_escalation_stage(stage: EscalationStage, *, by, expected_version: int, name, working_days) -> EscalationStage:
    """Rename a stage or change its working days: escalations already at it keep the days they started with."""
    values = _checked_stage(name, working_days)
    claim_version(EscalationStage, stage.pk, expected_version)
    stage.refresh_from_db()
    stage.name, stage.working_days = values["name"], values["working_days"]
    stage.save()
    return stage


@service
@transaction.atomic
def remove_escalation_stage(stage: EscalationStage, *, by) -> None:
    """Remove a stage no escalation has reached; the later stages move up a number."""
    if stage.steps.exists():
        raise ValidationError(f"{stage} cannot be removed: escalations have reached it. Rename it instead.")
    stages = EscalationStage.objects.filter(partnership=stage.partnership)
    if stages.count() == 1:
        raise ValidationError("The partnership needs at least one escalation stage.")
    number = stage.number
    stage.delete()
    for later in stages.filter(number__gt=number).order_by("number"):
        later.number -= 1
        later.save()
