"""Writes to thematic reviews: the review with its Activity and key areas, each agency's self-evaluation per key
area, and the progress reported to the receiving board. Findings per area and the multi-agency and single-agency
action plans are the programme's findings and recommendations."""
import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core.audit import service
from assure.core.concurrency import claim_version

from ..audit_queries import grading_scale_for
from ..models import Activity, ProgressReport, SelfEvaluation, ThematicReview
from .audits import check_grade, checked_names
from .programme import add_activity, edit_activity


def _key_areas_in_use(review: ThematicReview) -> list[str]:
    used = set(review.self_evaluations.values_list("area", flat=True))
    used |= set(review.activity.findings.values_list("area", flat=True))
    return [area for area in review.key_areas if area in used]


@service
@transaction.atomic
def add_thematic_review(*, partnership, by, year: int, title: str, key_areas, theme: str = "", scope: str = "",
                        owner_body=None, reporting_body=None, lead=None, agencies=(), planned_start=None,
                        planned_report=None, status: str = Activity.Status.PLANNED, reported_on=None,
                        priorities=()) -> ThematicReview:
    """A thematic review on the year's programme, with the key areas the partnership names, in order."""
    key_areas = checked_names(key_areas, field="key_areas", what="key area")
    activity = add_activity(partnership=partnership, by=by, year=year, kind=Activity.Kind.THEMATIC_REVIEW,
                            title=title, theme=theme, scope=scope, owner_body=owner_body,
                            reporting_body=reporting_body, lead=lead, planned_start=planned_start,
                            planned_report=planned_report, status=status, reported_on=reported_on,
                            priorities=priorities, agencies=agencies)
    return ThematicReview.objects.create(activity=activity, key_areas=key_areas)


@service
@transaction.atomic
def edit_thematic_review(review: ThematicReview, *, by, expected_version: int, year: int, title: str, key_areas,
                         theme: str = "", scope: str = "", owner_body=None, reporting_body=None, lead=None,
                         agencies=(), planned_start=None, planned_report=None,
                         status: str = Activity.Status.PLANNED, reported_on=None, priorities=()) -> ThematicReview:
    """Change the review; a key area with self-evaluations or findings cannot be removed or renamed."""
    key_areas = checked_names(key_areas, field="key_areas", what="key area", in_use=_key_areas_in_use(review),
                              used_in="self-evaluations or findings")
    agencies = list(agencies)
    evaluated = set(review.self_evaluations.values_list("organisation_id", flat=True))
    if evaluated - {agency.pk for agency in agencies}:
        raise ValidationError({"agencies": "An agency that has self-evaluated cannot be taken off the review."})
    claim_version(ThematicReview, review.pk, expected_version)
    activity = review.activity
    edit_activity(activity, by=by, expected_version=activity.version, year=year, kind=Activity.Kind.THEMATIC_REVIEW,
                  title=title, theme=theme, scope=scope, owner_body=owner_body, reporting_body=reporting_body,
                  lead=lead, planned_start=planned_start, planned_report=planned_report, status=status,
                  reported_on=reported_on, priorities=priorities, agencies=agencies)
    review.refresh_from_db()
    review.key_areas = key_areas
    review.save()
    return review


@service
@transaction.atomic
def record_self_evaluation(review: ThematicReview, *, by, organisation, area: str, rating: str,
                           evidence: str) -> SelfEvaluation:
    """An asked agency's self-evaluation of one key area (a second replaces the first): a rating on the
    partnership's scale and the evidence for it."""
    activity = review.activity
    if organisation is None or not activity.agencies.filter(pk=organisation.pk).exists():
        raise ValidationError({"organisation": "Choose one of the agencies asked to take part in this review."})
    if area not in review.key_areas:
        raise ValidationError({"area": "Choose one of this review's key areas."})
    rating = check_grade(rating, grading_scale_for(activity.partnership).grades, field="rating", what=area)
    if not rating:
        raise ValidationError({"rating": "Choose the agency's rating for this key area."})
    evidence = (evidence or "").strip()
    if not evidence:
        raise ValidationError({"evidence": "Enter the evidence for the rating."})
    record, _ = SelfEvaluation.objects.update_or_create(
        review=review, organisation=organisation, area=area, defaults={"rating": rating, "evidence": evidence})
    return record


@service
@transaction.atomic
def add_progress_report(review: ThematicReview, *, by, reported_on: datetime.date, note: str) -> ProgressReport:
    """Progress on the action plans, reported to the board that receives the review."""
    activity = review.activity
    if activity.reporting_body is None:
        raise ValidationError("Choose the board that receives this review before reporting progress to it.")
    if reported_on is None:
        raise ValidationError({"reported_on": "Enter the date progress was reported."})
    if activity.planned_start and reported_on < activity.planned_start:
        raise ValidationError({"reported_on": f"Progress cannot be reported before the review started "
                                              f"({activity.planned_start:%-d %B %Y})."})
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": "Enter the progress reported."})
    return ProgressReport.objects.create(review=review, body=activity.reporting_body, reported_on=reported_on,
                                         note=note)
