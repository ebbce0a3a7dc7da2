"""For the central permission matrix: one open risk with a further action, and one closed risk; one programme
activity received by a board the member user sits on, with a recommendation; a school self-assessment round whose
one return's nominated contact is the matrix member (so the member reads and fills in that return, but not the round,
whose bodies they do not sit on), with a single-agency recommendation and a survey import.

Every role of the partnership reads the register, a risk and the heat map, the programme and the activities it may
see (the member: those its bodies own or receive); only the business team writes (MANAGE pages are 403 for the
others), except a self-assessment return, which its nominated contact fills in. Another partnership's users get 404
for all of it.
"""
import datetime

from assure.partnerships.models import Body, Membership, Person

from .. import services
from . import factories
from . import self_assessment_factories as sa

READ_PAGES = ["assurance:risk-list", "assurance:risk-heat-map", "assurance:risk-detail",
              "assurance:programme", "assurance:overview", "assurance:activity-detail"]
WRITE_PAGES = ["assurance:risk-add", "assurance:risk-edit", "assurance:risk-action-add", "assurance:risk-close",
               "assurance:risk-reopen", "assurance:activity-add", "assurance:activity-edit", "assurance:finding-add",
               "assurance:recommendation-add", "assurance:recommendation-action-add"]
SA_WRITE_PAGES = ["assurance:sa-round-add", "assurance:sa-round-start", "assurance:sa-round-deadline",
                  "assurance:sa-round-organisations", "assurance:sa-template",
                  "assurance:sa-import", "assurance:sa-import-preview", "assurance:sa-return-contact",
                  "assurance:sa-follow-up-add", "assurance:sa-recommendation-add", "assurance:sa-plan-action-add"]
# Stated outright rather than left to the access level, so this file is the register's access rule in one place.
EXPECTED = {
    **{name: {"business": 200, "member": 200, "read_only": 200} for name in READ_PAGES},
    **{name: {"business": 200, "member": 403, "read_only": 403} for name in WRITE_PAGES},
    "assurance:sa-round-list": {"business": 200, "member": 200, "read_only": 200},
    "assurance:sa-round-detail": {"business": 200, "member": 404, "read_only": 200},
    "assurance:sa-return-detail": {"business": 200, "member": 200, "read_only": 200},
    "assurance:sa-return-edit": {"business": 200, "member": 200, "read_only": 403},
    **{name: {"business": 200, "member": 403, "read_only": 403} for name in SA_WRITE_PAGES},
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
    board = Body.objects.create(partnership=partnership, name="Assurance Matrix Board", kind=Body.Kind.EXECUTIVE_BOARD)
    Membership.objects.create(body=board, person=Person.objects.get(partnership=partnership, user=world.member_user))
    activity = services.add_activity(partnership=partnership, by=by, year=2025, kind="case_audit",
                                     title="Matrix neglect audit", reporting_body=board)
    recommendation = services.add_recommendation(activity, by=by, text="Matrix recommendation")
    a = {"activity_id": activity.pk}
    return {
        "assurance:programme": {},
        "assurance:overview": {},
        "assurance:activity-add": {},
        "assurance:activity-detail": a,
        "assurance:activity-edit": a,
        "assurance:finding-add": a,
        "assurance:recommendation-add": a,
        "assurance:recommendation-action-add": {"recommendation_id": recommendation.pk},
        "assurance:risk-list": {},
        "assurance:risk-heat-map": {},
        "assurance:risk-add": {},
        "assurance:risk-detail": r,
        "assurance:risk-edit": r,
        "assurance:risk-action-add": r,
        "assurance:risk-close": r,
        "assurance:risk-reopen": c,
        **self_assessment_kwargs(world),
    }


def self_assessment_kwargs(world) -> dict[str, dict]:
    partnership, by = world.partnership, world.business_user
    school = sa.school(partnership, "Matrix Primary School")
    sa.contact(partnership, school, "Mo Member", user=world.member_user)
    self_assessment = sa.school_round(partnership, by, schools=[school], title="Matrix section 175 audit")
    organisation_return = self_assessment.returns.get()
    assert organisation_return.contact == Person.objects.get(partnership=partnership, user=world.member_user)
    recommendation = services.add_recommendation(self_assessment.activity, by=by, text="Matrix school recommendation",
                                                 scope="single_agency", organisation=school)
    pending = services.start_return_import(self_assessment, by=by, file_name="matrix.csv",
                                           data=("School," + ",".join(str(n) for n in range(1, 10)) + "\n"
                                                 "Matrix Primary School" + ",green" * 9 + "\n").encode())
    planned = services.add_activity(partnership=partnership, by=by, year=2026, kind="self_assessment",
                                    title="Matrix section 11 round, planned")
    a = {"activity_id": self_assessment.activity_id}
    ret = {**a, "return_id": organisation_return.pk}
    return {
        "assurance:sa-round-start": {"activity_id": planned.pk},
        "assurance:sa-round-list": {},
        "assurance:sa-round-add": {},
        "assurance:sa-template": {},
        "assurance:sa-round-detail": a,
        "assurance:sa-round-organisations": a,
        "assurance:sa-round-deadline": a,
        "assurance:sa-import": a,
        "assurance:sa-import-preview": {**a, "import_id": pending.pk},
        "assurance:sa-return-detail": ret,
        "assurance:sa-return-edit": ret,
        "assurance:sa-return-contact": ret,
        "assurance:sa-follow-up-add": ret,
        "assurance:sa-recommendation-add": ret,
        "assurance:sa-plan-action-add": {**ret, "recommendation_id": recommendation.pk},
    }
