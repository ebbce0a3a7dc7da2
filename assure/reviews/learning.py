"""Following the learning through: recommendations, their action plans in the shared log, quarterly updates."""
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from assure.actions import services as action_services
from assure.actions.models import Action
from assure.core import clock

from .models import ProgressUpdate, Recommendation, RecommendationAction, Review
from .services import quarter_end


@transaction.atomic
def add_recommendation(review: Review, *, by, text, scope, lead_organisation=None) -> Recommendation:
    text = (text or "").strip()
    if not text:
        raise ValidationError("Enter the recommendation.")
    if scope not in Recommendation.Scope.values:
        raise ValidationError("Choose whether the recommendation is multi-agency or single-agency.")
    if lead_organisation is not None and lead_organisation.partnership_id != review.partnership_id:
        raise ValidationError("Choose a lead organisation of this partnership.")
    if scope == Recommendation.Scope.SINGLE_AGENCY and lead_organisation is None:
        raise ValidationError("A single-agency recommendation needs the organisation that leads it.")
    # Lock the review row so two people adding at once do not take the same number.
    Review.objects.select_for_update().filter(pk=review.pk).first()
    number = (review.recommendations.aggregate(n=Max("number"))["n"] or 0) + 1
    return Recommendation.objects.create(review=review, number=number, text=text, scope=scope,
                                         lead_organisation=lead_organisation)


@transaction.atomic
def add_plan_action(recommendation: Recommendation, *, by, text, owner_organisation, due_date, owner=None,
                    rag="") -> Action:
    """An action of the recommendation's plan, created in the shared action log and linked here."""
    if owner_organisation is None:
        raise ValidationError("Choose the organisation that owns the action.")
    if due_date is None:
        raise ValidationError("Enter the date the action is due.")
    if due_date < recommendation.review.case.date_aware:
        raise ValidationError("The due date is before the case began.")
    if rag and rag not in Action.Rag.values:
        raise ValidationError("Choose a RAG status from the list.")
    owners = [action_services.Owner(person=owner)] if owner else [
        action_services.Owner(group_name=owner_organisation.short_name or owner_organisation.name)]
    action = action_services.create_action(
        partnership=recommendation.review.partnership, text=text, owners=owners, by=by, due_date=due_date,
        owner_organisation=owner_organisation)
    if rag:
        action = action_services.edit_action(action, by=by, expected_version=action.version, rag=rag)
    RecommendationAction.objects.create(recommendation=recommendation, action=action)
    return action


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
        raise ValidationError(f"There is already an update for the quarter ending {quarter:%d %B %Y}.")
    return ProgressUpdate.objects.create(recommendation=recommendation, quarter_ending=quarter, rag=rag, text=text,
                                         created_by=by, created_at=clock.now())
