"""Writes to the assurance programme: activities, their findings and recommendations, and the recommendations'
actions in the shared action log. Each a named, atomic @service taking the acting user as `by`."""
import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from assure.actions import services as action_services
from assure.actions.models import Action
from assure.core.audit import service
from assure.core.concurrency import claim_version
from assure.meetings import services as meeting_services

from ..models import Activity, Finding, Recommendation, RecommendationAction
from ._checks import same_partnership


def _checked_activity(partnership, *, year, kind, title, owner_body, reporting_body, lead, planned_start,
                      planned_report, status, reported_on, priorities, agencies) -> dict:
    title = " ".join((title or "").split())
    if not title:
        raise ValidationError({"title": "Enter the title of the activity, for example 'Neglect case audit'."})
    if len(title) > 200:
        raise ValidationError({"title": "The title must be 200 characters or fewer."})
    if kind not in Activity.Kind.values:
        raise ValidationError({"kind": "Choose what kind of assurance this is."})
    if status not in Activity.Status.values:
        raise ValidationError({"status": "Choose the status from the list."})
    if year is None or not 2000 <= year <= 2100:
        raise ValidationError({"year": "Enter the first year of the financial year, for example 2026 for 2026/27."})
    for field, record, what in (("owner_body", owner_body, "a board or group"),
                                ("reporting_body", reporting_body, "a board or group"),
                                ("lead", lead, "a person")):
        same_partnership(partnership, record, field, f"Choose {what} of this partnership.")
    for record in [*priorities, *agencies]:
        same_partnership(partnership, record, "priorities" if record in priorities else "agencies",
                          "Choose from this partnership's own list.")
    if planned_start and planned_report and planned_report < planned_start:
        raise ValidationError({"planned_report": "The report date is before the planned start."})
    if status in (Activity.Status.REPORTED, Activity.Status.COMPLETE) and reported_on is None:
        raise ValidationError({"reported_on": "Enter the date the report was received."})
    if reported_on and planned_start and reported_on < planned_start:
        raise ValidationError({"reported_on": "The report date is before the activity started."})
    return {"year": year, "kind": kind, "title": title, "owner_body": owner_body, "reporting_body": reporting_body,
            "lead": lead, "planned_start": planned_start, "planned_report": planned_report, "status": status,
            "reported_on": reported_on}


def _book_report(activity: Activity, by) -> None:
    """The report on the receiving board's forward plan, in the month it is due; moved when the plan changes."""
    entry = activity.forward_plan_entry
    wanted = activity.reporting_body and activity.planned_report and activity.status != Activity.Status.CANCELLED
    if not wanted:
        if entry is not None:
            activity.forward_plan_entry = None
            activity.save(update_fields=["forward_plan_entry"])
            meeting_services.remove_forward_plan_entry(entry, by=by)
        return
    month = activity.planned_report.replace(day=1)
    title = f"{activity.get_kind_display()}: {activity.title}"[:300]
    if entry is not None and (entry.body_id, entry.month, entry.title) == (activity.reporting_body_id, month, title):
        return
    if entry is not None:
        activity.forward_plan_entry = None
        activity.save(update_fields=["forward_plan_entry"])
        meeting_services.remove_forward_plan_entry(entry, by=by)
    activity.forward_plan_entry = meeting_services.book_forward_plan_entry(
        partnership=activity.partnership, body=activity.reporting_body, title=title, month=month, by=by,
        presenter=activity.lead, notes="Booked from the assurance programme.", allow_past=True)
    activity.save(update_fields=["forward_plan_entry"])


@service
@transaction.atomic
def add_activity(*, partnership, by, year: int, kind: str, title: str, theme: str = "", scope: str = "",
                 owner_body=None, reporting_body=None, lead=None, planned_start: datetime.date | None = None,
                 planned_report: datetime.date | None = None, status: str = Activity.Status.PLANNED,
                 reported_on: datetime.date | None = None, priorities=(), agencies=()) -> Activity:
    """An entry on the year's assurance programme; its report is booked on the receiving board's forward plan."""
    priorities, agencies = list(priorities), list(agencies)
    values = _checked_activity(partnership, year=year, kind=kind, title=title, owner_body=owner_body,
                               reporting_body=reporting_body, lead=lead, planned_start=planned_start,
                               planned_report=planned_report, status=status, reported_on=reported_on,
                               priorities=priorities, agencies=agencies)
    activity = Activity.objects.create(partnership=partnership, theme=" ".join((theme or "").split()),
                                       scope=(scope or "").strip(), created_by=by, **values)
    activity.priorities.set(priorities)
    activity.agencies.set(agencies)
    _book_report(activity, by)
    return activity


@service
@transaction.atomic
def edit_activity(activity: Activity, *, by, expected_version: int, year: int, kind: str, title: str, theme: str = "",
                  scope: str = "", owner_body=None, reporting_body=None, lead=None, planned_start=None,
                  planned_report=None, status: str = Activity.Status.PLANNED, reported_on=None, priorities=(),
                  agencies=()) -> Activity:
    priorities, agencies = list(priorities), list(agencies)
    values = _checked_activity(activity.partnership, year=year, kind=kind, title=title, owner_body=owner_body,
                               reporting_body=reporting_body, lead=lead, planned_start=planned_start,
                               planned_report=planned_report, status=status, reported_on=reported_on,
                               priorities=priorities, agencies=agencies)
    claim_version(Activity, activity.pk, expected_version)
    activity.refresh_from_db()
    for name, value in values.items():
        setattr(activity, name, value)
    activity.theme, activity.scope = " ".join((theme or "").split()), (scope or "").strip()
    activity.save()
    activity.priorities.set(priorities)
    activity.agencies.set(agencies)
    _book_report(activity, by)
    return activity


def _checked_finding(activity: Activity, *, kind, text, area, organisation) -> dict:
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": "Enter the finding."})
    if kind not in Finding.Kind.values:
        raise ValidationError({"kind": "Choose whether this is a strength or an area for development."})
    same_partnership(activity.partnership, organisation, "organisation", "Choose an organisation of this partnership.")
    return {"kind": kind, "text": text, "area": " ".join((area or "").split())[:200], "organisation": organisation}


@service
@transaction.atomic
def add_finding(activity: Activity, *, by, kind: str, text: str, area: str = "", organisation=None) -> Finding:
    """What the activity learnt: a strength or an area for development, maybe about one area and one agency."""
    values = _checked_finding(activity, kind=kind, text=text, area=area, organisation=organisation)
    return Finding.objects.create(activity=activity, **values)


@service
@transaction.atomic
def edit_finding(finding: Finding, *, by, expected_version: int, kind: str, text: str, area: str = "",
                 organisation=None) -> Finding:
    """Correct a finding's kind, wording, area or agency (history kept); recommendations answering it stay linked."""
    values = _checked_finding(finding.activity, kind=kind, text=text, area=area, organisation=organisation)
    claim_version(Finding, finding.pk, expected_version)
    finding.refresh_from_db()
    for name, value in values.items():
        setattr(finding, name, value)
    finding.save()
    return finding


@service
@transaction.atomic
def remove_finding(finding: Finding, *, by) -> None:
    """Take out a finding recorded in error (history kept); recommendations that answered it stay, unlinked."""
    finding.delete()


def _checked_recommendation(activity: Activity, *, text, scope, organisation, finding) -> dict:
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": "Enter the recommendation."})
    if scope not in Recommendation.Scope.values:
        raise ValidationError({"scope": "Choose whether the recommendation is multi-agency or for one agency."})
    if scope == Recommendation.Scope.SINGLE_AGENCY and organisation is None:
        raise ValidationError({"organisation": "Choose the agency a single-agency recommendation is for."})
    same_partnership(activity.partnership, organisation, "organisation", "Choose an organisation of this partnership.")
    if finding is not None and finding.activity_id != activity.pk:
        raise ValidationError({"finding": "Choose one of this activity's findings."})
    return {"text": text, "scope": scope, "organisation": organisation, "finding": finding}


@service
@transaction.atomic
def add_recommendation(activity: Activity, *, by, text: str, scope: str = Recommendation.Scope.MULTI_AGENCY,
                       organisation=None, finding: Finding | None = None) -> Recommendation:
    """What must change, numbered in order within the activity. A single-agency recommendation names its agency."""
    values = _checked_recommendation(activity, text=text, scope=scope, organisation=organisation, finding=finding)
    number = (activity.recommendations.aggregate(top=Max("number"))["top"] or 0) + 1
    return Recommendation.objects.create(activity=activity, number=number, **values)


@service
@transaction.atomic
def edit_recommendation(recommendation: Recommendation, *, by, expected_version: int, text: str,
                        scope: str = Recommendation.Scope.MULTI_AGENCY, organisation=None,
                        finding: Finding | None = None) -> Recommendation:
    """Correct a recommendation's wording, who it is for or the finding it answers; its number and actions stay."""
    values = _checked_recommendation(recommendation.activity, text=text, scope=scope, organisation=organisation,
                                     finding=finding)
    claim_version(Recommendation, recommendation.pk, expected_version)
    recommendation.refresh_from_db()
    for name, value in values.items():
        setattr(recommendation, name, value)
    recommendation.save()
    return recommendation


def removal_refusal(recommendation: Recommendation) -> str:
    """Why the recommendation must stay, or "": while actions answering it are in the action log (other than
    superseded ones) it stays, so no action loses the recommendation it answers."""
    count = (Action.objects.filter(assurance_link__recommendation=recommendation)
             .exclude(status=Action.Status.SUPERSEDED).count())
    if not count:
        return ""
    return (f"Recommendation {recommendation.number} has {count} action{'s' if count != 1 else ''} in the action "
            f"log; supersede {'them' if count != 1 else 'it'} there first.")


@service
@transaction.atomic
def remove_recommendation(recommendation: Recommendation, *, by) -> None:
    """Take out a recommendation made in error (history kept). Refused while it has actions in the action log;
    superseded actions stay in the log, no longer linked. Numbers of the others do not change."""
    refusal = removal_refusal(recommendation)
    if refusal:
        raise ValidationError(refusal)
    recommendation.delete()


@service
@transaction.atomic
def add_recommendation_action(recommendation: Recommendation, *, by, text, owner_organisation, due_date,
                              owner=None) -> Action:
    """An action answering the recommendation, in the shared action log (held by the board that receives the
    activity's report) and linked here."""
    activity = recommendation.activity
    action = action_services.create_follow_up_action(
        partnership=activity.partnership, text=text, owner_organisation=owner_organisation, due_date=due_date,
        owner=owner, body=activity.reporting_body, by=by)
    RecommendationAction.objects.create(recommendation=recommendation, action=action)
    return action
