"""Who may see which assurance record. Everything of another partnership answers 404, never confirming it exists.

- The business team sees and manages everything (`partnership_view(MANAGE)` on the pages that write).
- Read-only users read everything of their partnership's assurance (scrutineers, inspectors' liaison).
- Members read the activities their bodies own or receive (a member of the board that receives an audit's report
  reads that audit), and the risk register; they write only their own actions (the action log) and their own
  organisation's self-assessment return, when they are its nominated contact (`may_fill_return`).
Escalations and complaints are not activities: `visible_escalations` and `visible_complaints` say who reads them.
Each area's pages fetch records through these functions, never with a bare `objects.get`.
"""
from django.db.models import Q
from django.http import Http404

from assure.partnerships.models import Membership, Person

from .models import (
    Activity,
    AuditCase,
    CaseAudit,
    Complaint,
    Escalation,
    Finding,
    Inspection,
    Recommendation,
    Risk,
    SelfAssessmentReturn,
    SelfAssessmentRound,
    ThematicReview,
)


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


def get_finding_or_404(request, finding_id) -> Finding:
    finding = (Finding.objects.select_related("activity", "organisation")
               .filter(activity__in=visible_activities(request), pk=finding_id).first())
    if finding is None:
        raise Http404("No such finding")
    return finding


def get_risk_or_404(request, risk_id) -> Risk:
    risk = (Risk.objects.select_related("owner", "owner_organisation", "body")
            .filter(partnership=request.partnership, pk=risk_id).first())
    if risk is None:
        raise Http404("No such risk")
    return risk


def get_inspection_or_404(request, activity_id) -> Inspection:
    """An inspection by its activity's id, when the person may see that activity."""
    activity = get_activity_or_404(request, activity_id, kind=Activity.Kind.INSPECTION)
    inspection = Inspection.objects.filter(activity=activity).first()
    if inspection is None:
        raise Http404("No such inspection")
    inspection.activity = activity
    return inspection


def my_organisation_ids(request) -> set[int]:
    return set(Person.objects.filter(partnership=request.partnership, user=request.user, organisation__isnull=False)
               .values_list("organisation_id", flat=True))


def visible_escalations(request):
    """Business team and read-only users: every escalation. Members: those their own organisation raised or that
    are about it. Their agency is a party to those and answers for them; another agency's disagreement is about
    that agency's practice and that case, and is the business team's to weigh (the recurring issues reach the
    board through its reports). A member with no organisation sees none."""
    escalations = Escalation.objects.filter(partnership=request.partnership)
    if sees_all(request):
        return escalations
    mine = my_organisation_ids(request)
    return escalations.filter(Q(raised_by_organisation__in=mine) | Q(about_organisation__in=mine))


def get_escalation_or_404(request, escalation_id) -> Escalation:
    escalation = visible_escalations(request).select_related(
        "raised_by_organisation", "about_organisation").filter(pk=escalation_id).first()
    if escalation is None:
        raise Http404("No such escalation")
    return escalation


def visible_complaints(request):
    """Business team and read-only users: every complaint. Members: none. A complaint is about the partnership's
    own work, handled by its business team; it carries what a member of the public or a family told the
    partnership and may be about a member's own conduct. Boards hear of complaints, counted and without
    details, in the yearly report."""
    complaints = Complaint.objects.filter(partnership=request.partnership)
    return complaints if sees_all(request) else complaints.none()


def get_complaint_or_404(request, complaint_id) -> Complaint:
    complaint = visible_complaints(request).select_related("handled_by").filter(pk=complaint_id).first()
    if complaint is None:
        raise Http404("No such complaint")
    return complaint


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


def get_round_or_404(request, activity_id) -> SelfAssessmentRound:
    """A self-assessment round the user may read (its activity visible to them)."""
    activity = get_activity_or_404(request, activity_id, kind=Activity.Kind.SELF_ASSESSMENT)
    self_assessment = SelfAssessmentRound.objects.filter(activity=activity).first()
    if self_assessment is None:
        raise Http404("No such self-assessment round")
    return self_assessment


def is_nominated_contact(request, organisation_return) -> bool:
    contact = organisation_return.contact
    return contact is not None and contact.user_id is not None and contact.user_id == request.user.pk


def my_returns(request):
    """The returns this user is the nominated contact for (a school's or agency's safeguarding lead)."""
    return (SelfAssessmentReturn.objects.filter(round__activity__partnership=request.partnership,
                                                contact__user=request.user)
            .select_related("round__activity", "organisation").order_by("round__deadline", "organisation__name"))


def get_return_or_404(request, activity_id, return_id) -> SelfAssessmentReturn:
    """An organisation's return. The business team and read-only users read every return; a member reads the
    returns of rounds their bodies own or receive, and the returns they are the nominated contact for (a school's
    designated safeguarding lead need not sit on any board). Any other is a 404."""
    organisation_return = (SelfAssessmentReturn.objects
                           .select_related("round__activity", "organisation", "contact")
                           .filter(round__activity__partnership=request.partnership,
                                   round__activity_id=activity_id, pk=return_id).first())
    if organisation_return is None:
        raise Http404("No such return")
    if (sees_all(request) or is_nominated_contact(request, organisation_return)
            or visible_activities(request).filter(pk=activity_id).exists()):
        return organisation_return
    raise Http404("No such return")


def may_fill_return(request, organisation_return) -> bool:
    """The business team fills in any return; otherwise only the organisation's nominated contact, and only
    while they can sign in as a member (a read-only user never writes)."""
    if request.role.can_manage:
        return True
    return request.role.can_update_own_actions and is_nominated_contact(request, organisation_return)
