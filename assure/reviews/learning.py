"""Following the learning through: recommendations, their action plans in the shared log, quarterly updates."""
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max

from assure.actions import services as action_services
from assure.actions.models import Action
from assure.core import clock
from assure.core.audit import service
from assure.core.concurrency import EditConflict, claim_version
from assure.jobs import progress
from assure.jobs.registry import JobRefused
from assure.jobs.services import start_job

from . import access, exports, queries
from .models import ProgressUpdate, Recommendation, RecommendationAction, Review
from .services import quarter_end

# The job kind that makes the learning report's Word file (ADR 0159): python-docx takes about half a second for a
# large partnership's open action plans, too long for a request.
LEARNING_REPORT = "reviews.learning-report"


def _checked_recommendation(review: Review, text, scope, lead_organisation) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError("Enter the recommendation.")
    if scope not in Recommendation.Scope.values:
        raise ValidationError("Choose whether the recommendation is multi-agency or single-agency.")
    if lead_organisation is not None and lead_organisation.partnership_id != review.partnership_id:
        raise ValidationError("Choose a lead organisation of this partnership.")
    if scope == Recommendation.Scope.SINGLE_AGENCY and lead_organisation is None:
        raise ValidationError("A single-agency recommendation needs the organisation that leads it.")
    return text


@service
@transaction.atomic
def add_recommendation(review: Review, *, by, text, scope, lead_organisation=None) -> Recommendation:
    text = _checked_recommendation(review, text, scope, lead_organisation)
    # Lock the review row so two people adding at once do not take the same number.
    Review.objects.select_for_update().filter(pk=review.pk).first()
    number = (review.recommendations.aggregate(n=Max("number"))["n"] or 0) + 1
    return Recommendation.objects.create(review=review, number=number, text=text, scope=scope,
                                         lead_organisation=lead_organisation)


@service
@transaction.atomic
def edit_recommendation(recommendation: Recommendation, *, by, expected_version: int, text, scope,
                        lead_organisation=None) -> Recommendation:
    """Change a recommendation's wording, scope or lead; its number and action plan stay (history kept)."""
    text = _checked_recommendation(recommendation.review, text, scope, lead_organisation)
    claim_version(Recommendation, recommendation.pk, expected_version)
    recommendation.refresh_from_db()
    recommendation.text, recommendation.scope, recommendation.lead_organisation = text, scope, lead_organisation
    recommendation.save()
    return recommendation


def live_plan_actions(recommendation: Recommendation) -> list[Action]:
    """The plan's actions someone still has to do: deleting the recommendation supersedes them."""
    return list(Action.objects.filter(recommendation_link__recommendation=recommendation, status__in=Action.LIVE)
                .order_by("due_date", "id"))


def deletion_refusal(recommendation: Recommendation) -> str:
    """Why the recommendation must be kept, or "" if it may be deleted (ADR 0052)."""
    name = f"Recommendation {recommendation.number}"
    if recommendation.review.published_on:
        return (f"{name} cannot be deleted: the review was published with it. Change its wording instead if it "
                "needs correcting.")
    if recommendation.progress_updates.exists():
        return (f"{name} cannot be deleted: quarterly updates have been recorded against it and reported. "
                "Change its wording instead, or say in the next update that it is no longer pursued.")
    completed = recommendation.plan_links.filter(action__status=Action.Status.COMPLETED).count()
    if completed:
        return (f"{name} cannot be deleted: {completed} action{'s' if completed != 1 else ''} of its plan "
                f"{'are' if completed != 1 else 'is'} completed, and that work stays on the record. "
                "Change its wording instead.")
    return ""


@service
@transaction.atomic
def delete_recommendation(recommendation: Recommendation, *, by, expected_version: int,
                          confirmed_action_ids) -> list[Action]:
    """Delete a recommendation added in error or dropped by the panel; its open plan actions are superseded.

    Refused (ValidationError) once work has been reported against it; refused (EditConflict) if the
    recommendation or its open actions changed after the person confirmed. Returns the actions superseded,
    which stay in the action log with their history.
    """
    claim_version(Recommendation, recommendation.pk, expected_version)
    recommendation.refresh_from_db()
    refusal = deletion_refusal(recommendation)
    if refusal:
        raise ValidationError(refusal)
    live = live_plan_actions(recommendation)
    if {a.pk for a in live} != set(confirmed_action_ids):
        raise EditConflict("The recommendation's action plan changed after you opened this page. Nothing has "
                           "been deleted: check the actions listed now and confirm again.")
    note = f"Superseded: recommendation {recommendation.number} of {recommendation.review} was deleted"
    for action in live:
        action_services.supersede(action, by=by, expected_version=action.version, text=note)
    recommendation._change_reason = "Deleted"
    recommendation.delete()
    return live


def _checked_decision(recommendation: Recommendation, decision, reason, decided_on) -> str:
    reason = (reason or "").strip()
    name = f"recommendation {recommendation.number}"
    if decision not in Recommendation.Decision.values:
        raise ValidationError("Choose whether the partnership accepted the recommendation.", code="decision")
    if decided_on is None:
        raise ValidationError("Enter the date the partnership decided.", code="decided_on")
    if decided_on > clock.today():
        raise ValidationError("The date decided must be today or in the past.", code="decided_on")
    if decided_on < recommendation.review.case.date_aware:
        raise ValidationError(f"The date decided must be on or after {recommendation.review.case.date_aware:%-d %B %Y}, "
                              "when the case began.", code="decided_on")
    if decision == Recommendation.Decision.NOT_ACCEPTED:
        if not reason:
            raise ValidationError(f"Enter why the partnership decided not to implement {name}: the yearly report "
                                  "must give the reason.", code="reason")
        live = live_plan_actions(recommendation)
        if live:
            what = f"{len(live)} open action{'s' if len(live) != 1 else ''}"
            raise ValidationError(
                f"{name[:1].upper()}{name[1:]} still has {what} in its plan. Complete or supersede "
                f"{'them' if len(live) != 1 else 'it'} in the action log first (saying why), then record the "
                "decision not to implement it.", code="decision")
    return reason


@service
@transaction.atomic
def decide_recommendation(recommendation: Recommendation, *, by, decision, reason, decided_on,
                          expected_version: int) -> Recommendation:
    """Record (or change) the partnership's decision on a recommendation: accepted, or not accepted (it will not be
    implemented) with the reason, which the yearly report gives (Care Act 2014 Sch. 2 para. 4(1)(g)).

    Refused (ValidationError) without a reason when not accepted, with a date in the future, or while the plan still
    has open actions (they would be work nobody means to do); refused (EditConflict) when stale. Kept in history.
    """
    reason = _checked_decision(recommendation, decision, reason, decided_on)  # before claiming: a refusal changes nothing
    claim_version(Recommendation, recommendation.pk, expected_version)
    recommendation.refresh_from_db()
    recommendation.decision, recommendation.decision_reason = decision, reason
    recommendation.decided_on, recommendation.decided_by = decided_on, by
    recommendation._change_reason = f"Decision: {recommendation.get_decision_display()}"
    recommendation.save()
    return recommendation


@service
@transaction.atomic
def add_plan_action(recommendation: Recommendation, *, by, text, owner_organisation, due_date, owner=None,
                    rag="") -> Action:
    """An action of the recommendation's plan, created in the shared action log and linked here."""
    if rag and rag not in Action.Rag.values:
        raise ValidationError("Choose a RAG status from the list.")
    if recommendation.not_accepted:
        raise ValidationError(f"The partnership decided not to implement recommendation {recommendation.number}. "
                              "Record that it was accepted before adding actions to its plan.")
    action = action_services.create_follow_up_action(
        partnership=recommendation.review.partnership, text=text, owner_organisation=owner_organisation,
        due_date=due_date, owner=owner, by=by, not_before=recommendation.review.case.date_aware,
        not_before_reason="The due date is before the case began.")
    if rag:
        action = action_services.edit_action(action, by=by, expected_version=action.version, rag=rag)
    RecommendationAction.objects.create(recommendation=recommendation, action=action)
    return action


@service
@transaction.atomic
def add_progress_update(recommendation: Recommendation, *, by, quarter_ending, rag, text) -> ProgressUpdate:
    """The quarterly update; any date in the quarter stands for it, one update a quarter."""
    text = (text or "").strip()
    if not text:
        raise ValidationError("Enter the progress made this quarter.")
    if rag not in ProgressUpdate.Rag.values:
        raise ValidationError("Choose a RAG status.")
    if quarter_ending is None:
        raise ValidationError("Enter a date in the quarter reported on.")
    quarter = quarter_end(quarter_ending)
    if quarter_ending > clock.today():
        raise ValidationError("The quarter is in the future: report on a quarter that has started.")
    if recommendation.progress_updates.filter(quarter_ending=quarter).exists():
        raise ValidationError(f"There is already an update for the quarter ending {quarter:%-d %B %Y}.")
    return ProgressUpdate.objects.create(recommendation=recommendation, quarter_ending=quarter, rag=rag, text=text,
                                         created_by=by, created_at=clock.now())


@service
def start_learning_report(partnership, *, by, return_url: str = ""):
    """Queue the six-monthly learning report as a Word file; the job's page offers it to download once made.
    It goes to the business team and the Executive Board only (as the report's page)."""
    if not access.receives_learning_report(by, partnership):
        raise PermissionDenied("The learning report goes to the business team and the Executive Board.")
    return start_job(LEARNING_REPORT, partnership=partnership, by=by, title="Learning report as a Word file",
                     return_url=return_url)


def make_learning_report(job) -> dict:
    """The job's work: the report as it stands when the job runs, kept on the job as a .docx. The person who started
    it must still receive the report (a board member may have left the board meanwhile)."""
    if not access.receives_learning_report(job.created_by, job.partnership):
        raise JobRefused("The learning report goes to the business team and the Executive Board, and you are no "
                         "longer on either.")
    progress.report(job, 0, 1, "Reading the open action plans")
    data = queries.learning_report(job.partnership, clock.today())
    content = exports.six_monthly_report_docx(queries.learning_report_dict(
        job.partnership, data["plans"], data["today"], data["not_accepted"]))
    progress.attach(job, f"learning-report-{data['today']:%Y-%m-%d}.docx", content)
    progress.report(job, 1, 1, f"The learning report for {data['period_start']:%-d %B %Y} to "
                               f"{data['period_end']:%-d %B %Y} is ready.")
    return {"reviews": len(data["plans"]),
            "recommendations": sum(len(recs) for _, recs in data["plans"])}
