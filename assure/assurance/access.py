"""Who may see which assurance record. Everything of another partnership answers 404, never confirming it exists.

- The business team sees and manages everything (`partnership_view(MANAGE)` on the pages that write).
- Read-only users read everything of their partnership's assurance (scrutineers, inspectors' liaison).
- Members read the activities their bodies own or receive (a member of the board that receives an audit's report
  reads that audit), and the risk register; they write only their own actions (the action log) and their own
  organisation's self-assessment return, when they are its nominated contact (`may_fill_return`).
Each area's pages fetch records through these functions, never with a bare `objects.get`.
"""
from django.db.models import Q
from django.http import Http404

from assure.partnerships.models import Membership

from .models import Activity, AuditCase, CaseAudit, Recommendation, Risk, ThematicReview


def is_business_team(request) -> bool:
    return request.role.can_manage


def sees_all(request) -> bool:
    """The business team and read-only users read all of the partnership's assurance."""
    return request.role.can_manage or not request.role.can_update_own_actions


def my_body_ids(request) -> set[int]:
    return set(Membership.objects.filter(body__partnership=request.partnership, person__user=request.user)
               .values_list("body_id", flat=True))


def visible_activities(request):
    activities = Activity.objects.filter(partnership=request.partnership)
    if sees_all(request):
        return activities
    bodies = my_body_ids(request)
    return activities.filter(Q(reporting_body__in=bodies) | Q(owner_body__in=bodies))


def get_activity_or_404(request, activity_id, kind: str | None = None) -> Activity:
    activities = visible_activities(request).select_related("owner_body", "reporting_body", "lead")
    if kind is not None:
        activities = activities.filter(kind=kind)
    activity = activities.filter(pk=activity_id).first()
    if activity is None:
        raise Http404("No such assurance activity")
    return activity


def get_recommendation_or_404(request, recommendation_id) -> Recommendation:
    recommendation = (Recommendation.objects.select_related("activity", "activity__reporting_body", "organisation")
                      .filter(activity__in=visible_activities(request), pk=recommendation_id).first())
    if recommendation is None:
        raise Http404("No such recommendation")
    return recommendation


def get_risk_or_404(request, risk_id) -> Risk:
    risk = (Risk.objects.select_related("owner", "owner_organisation", "body")
            .filter(partnership=request.partnership, pk=risk_id).first())
    if risk is None:
        raise Http404("No such risk")
    return risk


def get_case_audit_or_404(request, activity_id) -> CaseAudit:
    """A case audit (multi-agency or single-agency) by its Activity's id, by the same rule as any activity: the
    business team and read-only users see all; a member sees it when one of their bodies owns or receives it."""
    activity = get_activity_or_404(request, activity_id)
    audit = CaseAudit.objects.filter(activity=activity).first()
    if audit is None:
        raise Http404("No such case audit")
    audit.activity = activity
    return audit


def get_thematic_review_or_404(request, activity_id) -> ThematicReview:
    """A thematic review by its Activity's id; who sees it as for any activity (get_activity_or_404)."""
    activity = get_activity_or_404(request, activity_id, kind=Activity.Kind.THEMATIC_REVIEW)
    review = ThematicReview.objects.filter(activity=activity).first()
    if review is None:
        raise Http404("No such thematic review")
    review.activity = activity
    return review


def get_audit_case_or_404(audit: CaseAudit, case_id) -> AuditCase:
    """One case of an audit already fetched through get_case_audit_or_404."""
    case = audit.cases.filter(pk=case_id).first()
    if case is None:
        raise Http404("No such case in this audit")
    return case
