"""For the central permission matrix: one open risk with a further action, and one closed risk; one programme
activity received by a board the member user sits on, with a recommendation; a case audit and a thematic review
received by another board the member sits on, each with a case or self-evaluation, a recommendation and an action;
an inspection with a judgement, its report, a recommendation and a preparation task; an escalation; a complaint.

Every role of the partnership reads the register, a risk and the heat map, the programme and the activities it may
see (the member: those its bodies own or receive, so also the audit and the review; one they have no part in is
404: test_audits_views.py); only the business team writes (MANAGE pages are 403 for the others). Another
partnership's users get 404 for all of it. The matrix's member belongs to no organisation and not to the
inspection's board: the inspection, the escalation (between two other organisations) and every complaint are 404
to them (access.py says why).

activity received by a board the member user sits on, with a recommendation; a school self-assessment round whose
one return's nominated contact is the matrix member (so the member reads and fills in that return, but not the round,
whose bodies they do not sit on), with a single-agency recommendation and a survey import.

Every role of the partnership reads the register, a risk and the heat map, the programme and the activities it may
see (the member: those its bodies own or receive); only the business team writes (MANAGE pages are 403 for the
others), except a self-assessment return, which its nominated contact fills in. Another partnership's users get 404
for all of it.
"""
import datetime

from django.core.files.uploadedfile import SimpleUploadedFile

from assure.partnerships.models import Body, Membership, Organisation, Person

from .. import queries, services
from . import factories
from . import self_assessment_factories as sa

READ_PAGES = ["assurance:risk-list", "assurance:risk-heat-map", "assurance:risk-detail",
              "assurance:programme", "assurance:overview", "assurance:activity-detail"]
WRITE_PAGES = ["assurance:risk-add", "assurance:risk-edit", "assurance:risk-action-add", "assurance:risk-close",
               "assurance:risk-reopen", "assurance:activity-add", "assurance:activity-edit", "assurance:finding-add",
               "assurance:recommendation-add", "assurance:recommendation-action-add"]
AUDIT_READ_PAGES = ["assurance:audit-list", "assurance:audit-detail", "assurance:thematic-list",
                    "assurance:thematic-detail"]
AUDIT_WRITE_PAGES = ["assurance:audit-add", "assurance:grading-scale", "assurance:audit-edit",
                     "assurance:audit-case-add", "assurance:audit-case-remove", "assurance:audit-return-add",
                     "assurance:thematic-add", "assurance:thematic-edit", "assurance:thematic-self-evaluation-add",
                     "assurance:thematic-progress-add"]
SA_WRITE_PAGES = ["assurance:sa-round-add", "assurance:sa-round-start", "assurance:sa-round-deadline",
                  "assurance:sa-round-organisations", "assurance:sa-template",
                  "assurance:sa-import", "assurance:sa-import-preview", "assurance:sa-return-contact",
                  "assurance:sa-follow-up-add", "assurance:sa-recommendation-add", "assurance:sa-plan-action-add"]
SET_UP_PAGES = ["assurance:audit-set-up", "assurance:thematic-set-up", "assurance:inspection-set-up"]
CORRECTION_PAGES = ["assurance:finding-edit", "assurance:finding-remove", "assurance:recommendation-edit",
                    "assurance:recommendation-remove"]
# Stated outright rather than left to the access level, so this file is the register's access rule in one place.
EXPECTED = {
    **{name: {"business": 200, "member": 200, "read_only": 200} for name in READ_PAGES},
    **{name: {"business": 200, "member": 403, "read_only": 403} for name in WRITE_PAGES},
    **{name: {"business": 200, "member": 200, "read_only": 200} for name in [
        "assurance:inspection-list", "assurance:escalation-list", "assurance:escalation-stages",
        "assurance:complaint-list"]},
    **{name: {"business": 200, "member": 404, "read_only": 200} for name in [
        "assurance:inspection-detail", "assurance:inspection-report-download", "assurance:escalation-detail",
        "assurance:complaint-detail"]},
    **{f"assurance:{name}": {"business": 200, "member": 403, "read_only": 403} for name in [
        "inspection-add", "inspection-edit", "inspection-judgement-add", "inspection-judgement-remove",
        "inspection-report-upload",
        "inspection-preparation-add", "escalation-add", "escalation-edit", "escalation-escalate",
        "escalation-resolve", "escalation-stage-add", "escalation-stage-edit", "escalation-stage-remove",
        "complaint-add", "complaint-edit", "complaint-acknowledge", "complaint-respond", "complaint-timescales"]},
    **{name: {"business": 200, "member": 200, "read_only": 200} for name in AUDIT_READ_PAGES},
    **{name: {"business": 200, "member": 403, "read_only": 403} for name in AUDIT_WRITE_PAGES},
    "assurance:sa-round-list": {"business": 200, "member": 200, "read_only": 200},
    "assurance:sa-round-detail": {"business": 200, "member": 404, "read_only": 200},
    "assurance:sa-return-detail": {"business": 200, "member": 200, "read_only": 200},
    "assurance:sa-return-edit": {"business": 200, "member": 200, "read_only": 403},
    **{name: {"business": 200, "member": 403, "read_only": 403} for name in SA_WRITE_PAGES},
    **{name: {"business": 200, "member": 403, "read_only": 403} for name in SET_UP_PAGES},
    # correcting and removing any activity's findings and recommendations: the business team only
    **{name: {"business": 200, "member": 403, "read_only": 403} for name in CORRECTION_PAGES},
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
    finding = services.add_finding(activity, by=by, kind="development", text="Matrix finding")
    a, f = {"activity_id": activity.pk}, {"finding_id": finding.pk}
    return {**_inspection_kwargs(world), **_escalation_and_complaint_kwargs(world),
        "assurance:programme": {},
        "assurance:overview": {},
        "assurance:activity-add": {},
        "assurance:activity-detail": a,
        "assurance:activity-edit": a,
        "assurance:finding-add": a,
        "assurance:recommendation-add": a,
        "assurance:recommendation-action-add": {"recommendation_id": recommendation.pk},
        "assurance:finding-edit": f,
        "assurance:finding-remove": f,
        "assurance:recommendation-edit": {"recommendation_id": recommendation.pk},
        "assurance:recommendation-remove": {"recommendation_id": recommendation.pk},
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
    council = Organisation.objects.create(partnership=partnership, name="Matrix Audit Council")
    body = Body.objects.create(partnership=partnership, name="Matrix Assurance Board")
    Membership.objects.create(body=body, person=Person.objects.get(user=world.member_user))
    audit = factories.case_audit(partnership, by, agencies=[council], reporting_body=body)
    case = services.add_sample_case(audit, by=by, reference="Child A")
    spare = services.add_sample_case(audit, by=by, reference="Child B")
    services.record_agency_return(case, by=by, organisation=council, returned_on=datetime.date(2026, 3, 2),
                                  grades={"Overall": "Good"})
    recommendation = services.add_recommendation(audit.activity, by=by, text="Matrix audit recommendation")
    services.add_recommendation_action(recommendation, by=by, text="Matrix audit action", owner_organisation=council,
                                       due_date=datetime.date(2026, 6, 30))
    review = factories.thematic_review(partnership, by, agencies=[council], reporting_body=body)
    services.record_self_evaluation(review, by=by, organisation=council, area="Front door", rating="Good",
                                    evidence="Matrix evidence")
    services.add_recommendation(review.activity, by=by, text="Matrix review recommendation")
    a, t = {"activity_id": audit.activity_id}, {"activity_id": review.activity_id}
    return {
        "assurance:audit-list": {}, "assurance:audit-add": {}, "assurance:grading-scale": {},
        "assurance:audit-detail": a, "assurance:audit-edit": a, "assurance:audit-case-add": a,
        "assurance:audit-case-remove": a | {"case_id": spare.pk}, "assurance:audit-return-add": a,
        "assurance:thematic-list": {}, "assurance:thematic-add": {}, "assurance:thematic-detail": t,
        "assurance:thematic-edit": t, "assurance:thematic-self-evaluation-add": t,
        "assurance:thematic-progress-add": t,
    }


def _inspection_kwargs(world) -> dict[str, dict]:
    partnership, by = world.partnership, world.business_user
    board = Body.objects.create(partnership=partnership, name="Matrix Inspection Board")
    council = Organisation.objects.create(partnership=partnership, name="Matrix Council", kind="local_authority")
    inspection = services.add_inspection(partnership=partnership, by=by, inspection_type="ofsted_ilacs",
                                         status="in_progress", start_date=datetime.date(2026, 1, 12),
                                         reporting_body=board, agencies=[council])
    judgement = services.add_judgement(inspection, by=by, area="Overall effectiveness", judgement="Good")
    services.upload_report(inspection, by=by, file=SimpleUploadedFile("ilacs.txt", b"The inspection report."))
    services.add_recommendation(inspection.activity, by=by, text="Improve strategy discussions")
    services.add_preparation_task(inspection, by=by, text="Refresh the self-evaluation", owner_organisation=council,
                                  due_date=datetime.date(2026, 4, 30))
    i = {"activity_id": inspection.activity_id}
    return {
        "assurance:inspection-list": {}, "assurance:inspection-add": {}, "assurance:inspection-detail": i,
        "assurance:inspection-edit": i, "assurance:inspection-judgement-add": i,
        "assurance:inspection-judgement-remove": {**i, "judgement_id": judgement.pk},
        "assurance:inspection-report-upload": i, "assurance:inspection-report-download": i,
        "assurance:inspection-preparation-add": i,
    }


def _escalation_and_complaint_kwargs(world) -> dict[str, dict]:
    partnership, by = world.partnership, world.business_user
    school = Organisation.objects.create(partnership=partnership, name="Matrix Academy", kind="education")
    police = Organisation.objects.create(partnership=partnership, name="Matrix Police", kind="police")
    stages = queries.escalation_stages(partnership)
    escalation = services.record_escalation(
        partnership=partnership, by=by, raised_on=datetime.date(2026, 3, 2), raised_by_organisation=school,
        raised_by_role="Designated safeguarding lead", about_organisation=police, summary="No strategy discussion.")
    complaint = services.record_complaint(partnership=partnership, by=by, received_on=datetime.date(2026, 3, 2),
                                          complainant="parent", summary="No reply to a letter.")
    e, c = {"escalation_id": escalation.pk}, {"complaint_id": complaint.pk}
    return {
        "assurance:escalation-list": {}, "assurance:escalation-add": {}, "assurance:escalation-detail": e,
        "assurance:escalation-edit": e, "assurance:escalation-escalate": e, "assurance:escalation-resolve": e,
        "assurance:escalation-stages": {}, "assurance:escalation-stage-add": {},
        "assurance:escalation-stage-edit": {"stage_id": stages[-1].pk},
        "assurance:escalation-stage-remove": {"stage_id": stages[-1].pk},
        "assurance:complaint-list": {}, "assurance:complaint-add": {}, "assurance:complaint-timescales": {},
        "assurance:complaint-detail": c, "assurance:complaint-edit": c, "assurance:complaint-acknowledge": c,
        "assurance:complaint-respond": c,
        **self_assessment_kwargs(world), **set_up_kwargs(world),
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


def set_up_kwargs(world) -> dict[str, dict]:
    """A case audit, a thematic review and an inspection planned on the programme without their details yet."""
    partnership, by = world.partnership, world.business_user
    bare = {kind: services.add_activity(partnership=partnership, by=by, year=2026, kind=kind,
                                        title=f"Matrix {kind.replace('_', ' ')}, planned")
            for kind in ("case_audit", "thematic_review", "inspection")}
    return {"assurance:audit-set-up": {"activity_id": bare["case_audit"].pk},
            "assurance:thematic-set-up": {"activity_id": bare["thematic_review"].pk},
            "assurance:inspection-set-up": {"activity_id": bare["inspection"].pk}}
