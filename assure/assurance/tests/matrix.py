"""For the central permission matrix: one open risk with a further action, and one closed risk; a case audit and
a thematic review received by a board the member sits on, each with a case or self-evaluation, a recommendation and
an action.

Every role of the partnership reads the register, a risk and the heat map; only the business team writes
(MANAGE pages are 403 for the others). Another partnership's users get 404 for all of it. Audits and reviews: the
member reads them because their board receives them (one they have no part in is 404: test_audits_views.py).
"""
import datetime

from assure.partnerships.models import Body, Membership, Organisation, Person

from .. import services
from . import factories

READ_PAGES = ["assurance:risk-list", "assurance:risk-heat-map", "assurance:risk-detail"]
WRITE_PAGES = ["assurance:risk-add", "assurance:risk-edit", "assurance:risk-action-add", "assurance:risk-close",
               "assurance:risk-reopen"]
AUDIT_READ_PAGES = ["assurance:audit-list", "assurance:audit-detail", "assurance:thematic-list",
                    "assurance:thematic-detail"]
AUDIT_WRITE_PAGES = ["assurance:audit-add", "assurance:grading-scale", "assurance:audit-edit",
                     "assurance:audit-case-add", "assurance:audit-case-remove", "assurance:audit-return-add",
                     "assurance:audit-finding-add", "assurance:audit-recommendation-add", "assurance:audit-action-add",
                     "assurance:thematic-add", "assurance:thematic-edit", "assurance:thematic-self-evaluation-add",
                     "assurance:thematic-finding-add", "assurance:thematic-recommendation-add",
                     "assurance:thematic-action-add", "assurance:thematic-progress-add"]
# Stated outright rather than left to the access level, so this file is the register's access rule in one place.
EXPECTED = {
    **{name: {"business": 200, "member": 200, "read_only": 200} for name in READ_PAGES},
    **{name: {"business": 200, "member": 403, "read_only": 403} for name in WRITE_PAGES},
    **{name: {"business": 200, "member": 200, "read_only": 200} for name in AUDIT_READ_PAGES},
    **{name: {"business": 200, "member": 403, "read_only": 403} for name in AUDIT_WRITE_PAGES},
}


def url_kwargs(world) -> dict[str, dict]:
    partnership, by = world.partnership, world.business_user
    risk = factories.risk(partnership, by, title="Matrix risk: the board misses a statutory deadline")
    services.add_risk_action(risk, by=by, text="Matrix further action", owner_organisation=risk.owner_organisation,
                             due_date=datetime.date(2026, 6, 30))
    closed = factories.risk(partnership, by, title="Matrix risk, since closed")
    services.close_risk(closed, by=by, expected_version=closed.version, closed_on=datetime.date(2026, 3, 2),
                        reason="Merged into the matrix risk.")
    r, c = {"risk_id": risk.pk}, {"risk_id": closed.pk}
    return {
        "assurance:risk-list": {},
        "assurance:risk-heat-map": {},
        "assurance:risk-add": {},
        "assurance:risk-detail": r,
        "assurance:risk-edit": r,
        "assurance:risk-action-add": r,
        "assurance:risk-close": r,
        "assurance:risk-reopen": c,
        **audit_url_kwargs(world),
    }


def audit_url_kwargs(world) -> dict[str, dict]:
    partnership, by = world.partnership, world.business_user
    council = Organisation.objects.create(partnership=partnership, name="Matrix Council")
    body = Body.objects.create(partnership=partnership, name="Matrix Assurance Board")
    Membership.objects.create(body=body, person=Person.objects.get(user=world.member_user))
    audit = factories.case_audit(partnership, by, agencies=[council], reporting_body=body)
    case = services.add_sample_case(audit, by=by, reference="Child A")
    spare = services.add_sample_case(audit, by=by, reference="Child B")
    services.record_agency_return(case, by=by, organisation=council, returned_on=datetime.date(2026, 3, 2),
                                  grades={"Overall": "Good"})
    recommendation = services.add_recommendation(audit.activity, by=by, text="Matrix recommendation")
    services.add_recommendation_action(recommendation, by=by, text="Matrix audit action", owner_organisation=council,
                                       due_date=datetime.date(2026, 6, 30))
    review = factories.thematic_review(partnership, by, agencies=[council], reporting_body=body)
    services.record_self_evaluation(review, by=by, organisation=council, area="Front door", rating="Good",
                                    evidence="Matrix evidence")
    review_recommendation = services.add_recommendation(review.activity, by=by, text="Matrix review recommendation")
    a, t = {"activity_id": audit.activity_id}, {"activity_id": review.activity_id}
    return {
        "assurance:audit-list": {}, "assurance:audit-add": {}, "assurance:grading-scale": {},
        "assurance:audit-detail": a, "assurance:audit-edit": a, "assurance:audit-case-add": a,
        "assurance:audit-case-remove": a | {"case_id": spare.pk}, "assurance:audit-return-add": a,
        "assurance:audit-finding-add": a, "assurance:audit-recommendation-add": a,
        "assurance:audit-action-add": a | {"recommendation_id": recommendation.pk},
        "assurance:thematic-list": {}, "assurance:thematic-add": {}, "assurance:thematic-detail": t,
        "assurance:thematic-edit": t, "assurance:thematic-self-evaluation-add": t,
        "assurance:thematic-finding-add": t, "assurance:thematic-recommendation-add": t,
        "assurance:thematic-action-add": t | {"recommendation_id": review_recommendation.pk},
        "assurance:thematic-progress-add": t,
    }
