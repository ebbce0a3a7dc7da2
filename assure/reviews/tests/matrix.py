"""For the central permission matrix: one record of each kind, and who may see it.

The world: one review at the sign-off stage. Its case is visible to the business team only; the member user sits
on the Executive Board, so sees the review (and its recommendation and documents) read-only while the board is
asked to sign it off; the read-only user is named nowhere and gets 404 for every case and review page.
"""
import datetime

from assure.partnerships.models import Body, Membership, Organisation, Person

from .. import learning, publishing, services
from ..models import Review
from . import factories

# Object-level rules beyond the access level (MANAGE pages are 403 for others before any record is read).
REVIEW_PAGES = ["reviews:review-detail", "reviews:review-history", "reviews:recommendation-detail", "reviews:publication-detail",
                "reviews:publication-file", "reviews:learning-report", "reviews:learning-report-docx"]
EXPECTED = {
    "reviews:case-detail": {"business": 200, "member": 404, "read_only": 404},
    **{name: {"business": 200, "member": 200, "read_only": 404} for name in REVIEW_PAGES},
}


def url_kwargs(world) -> dict[str, dict]:
    partnership, by = world.partnership, world.business_user
    org = Organisation.objects.create(partnership=partnership, name="Reviews Matrix Council", kind="local_authority")
    body = Body.objects.create(partnership=partnership, name="Reviews Matrix Executive",
                               kind=Body.Kind.EXECUTIVE_BOARD)
    Membership.objects.create(body=body, person=Person.objects.get(partnership=partnership, user=world.member_user))
    panellist = Person.objects.create(partnership=partnership, full_name="Matrix Panellist")
    review = factories.review(partnership, by, pseudonym="Child M", stage=Review.Stage.SIGN_OFF)
    case = review.case
    info = services.add_information_request(case, by=by, organisation=org, requested_on=datetime.date(2026, 1, 8))
    member = services.add_panel_member(review, by=by, person=panellist)
    rec = learning.add_recommendation(review, by=by, text="Matrix recommendation", scope="multi_agency")
    learning.add_plan_action(rec, by=by, text="Matrix plan action", owner_organisation=org,
                             due_date=datetime.date(2026, 6, 30))
    pub = factories.publication(review, by, text=b"Seven minutes of learning, 01234 567890.")
    check = publishing.run_check(pub, by=by, case_names=[])
    hit = check.hits.first()
    c, r = {"case_id": case.pk}, {"review_id": review.pk}
    return {
        "reviews:dashboard": {},
        "reviews:settings": {},
        "reviews:settings-edit": {},
        "reviews:year-report": {},
        "reviews:learning-report": {},
        "reviews:learning-report-docx": {},
        "reviews:case-create": {},
        "reviews:case-detail": c,
        "reviews:case-edit": c,
        "reviews:case-notify": c,
        "reviews:breach-reason": c,
        "reviews:rapid-review": c,
        "reviews:information-request-add": c,
        "reviews:information-return": {**c, "request_id": info.pk},
        "reviews:information-request-remove": {**c, "request_id": info.pk},
        "reviews:review-start": c,
        "reviews:review-detail": r,
        "reviews:review-history": r,
        "reviews:review-edit": r,
        "reviews:review-stage": r,
        "reviews:review-deferral": r,
        "reviews:publication-notice": r,
        "reviews:panel-add": r,
        "reviews:panel-remove": {**r, "member_id": member.pk},
        "reviews:recommendation-add": r,
        "reviews:publication-add": r,
        "reviews:recommendation-detail": {"recommendation_id": rec.pk},
        "reviews:recommendation-edit": {"recommendation_id": rec.pk},
        "reviews:recommendation-delete": {"recommendation_id": rec.pk},
        "reviews:recommendation-decide": {"recommendation_id": rec.pk},
        "reviews:plan-action-add": {"recommendation_id": rec.pk},
        "reviews:progress-add": {"recommendation_id": rec.pk},
        "reviews:publication-detail": {"publication_id": pub.pk},
        "reviews:publication-file": {"publication_id": pub.pk},
        "reviews:publication-check": {"publication_id": pub.pk},
        "reviews:publication-publish": {"publication_id": pub.pk},
        "reviews:hit-decide": {"hit_id": hit.pk},
    }
