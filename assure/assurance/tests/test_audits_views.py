"""Case audit and thematic review pages: adding through the forms, refusals shown beside the field, the grid of
grades as text, returns outstanding, the action plans, the grading scale, and who reads which audit."""
import datetime
import html
import re

import pytest
from django.urls import reverse

from assure.actions.models import Action
from assure.conftest import date_boxes
from assure.partnerships.models import Body, Membership, Person

from .. import services
from ..models import Activity, AgencyReturn, AuditCase, CaseAudit, ProgressReport, SelfEvaluation, ThematicReview
from . import factories

D = datetime.date


def url(name, partnership, **kwargs):
    return reverse(f"assurance:{name}", kwargs={"slug": partnership.slug, **kwargs})


def text(response) -> str:
    return html.unescape(re.sub(r"\s+", " ", response.content.decode()))


@pytest.fixture
def audit(partnership, business_user, organisations):
    return factories.case_audit(partnership, business_user)


def audit_form(organisations, **changes) -> dict:
    data = {"kind": "case_audit", "title": "Exploitation case audit", "theme": "Exploitation", "year": "2025",
            "domains": "Recognition\nJoint working\nOverall", "status": "planned",
            "agencies": [organisations["local_authority"].pk, organisations["police"].pk],
            **date_boxes("period_start", "2025-09-01"), **date_boxes("period_end", "2026-02-28"),
            **date_boxes("moderation_on", "2026-03-20"), **date_boxes("reaudit_on", "2026-12-01"),
            **date_boxes("planned_report", ""), **date_boxes("reported_on", "")}
    data.update(changes)
    return data


def test_the_business_team_adds_an_audit_and_sees_its_page(partnership, business_user, client_for, organisations):
    client = client_for(business_user)
    response = client.post(url("audit-add", partnership), audit_form(organisations))
    audit = CaseAudit.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("audit-detail", partnership, activity_id=audit.activity_id)
    assert audit.domains == ["Recognition", "Joint working", "Overall"]
    assert set(audit.activity.agencies.all()) == {organisations["local_authority"], organisations["police"]}
    page = text(client.get(response["Location"]))
    assert "1 September 2025 to 28 February 2026" in page and "20 March 2026" in page and "1 December 2026" in page


@pytest.mark.parametrize("changes, message", [
    (date_boxes("period_end", "2025-08-01"), "The end of the audit period must be on or after its start"),
    (date_boxes("moderation_on", "2025-08-01"), "The moderation meeting must be on or after the start"),
    (date_boxes("reaudit_on", "2026-03-01"), "The re-audit date must be after the moderation meeting"),
])
def test_dates_out_of_order_are_shown_as_errors_and_nothing_is_added(partnership, business_user, client_for,
                                                                     organisations, changes, message):
    response = client_for(business_user).post(url("audit-add", partnership), audit_form(organisations, **changes))
    page = text(response)
    assert response.status_code == 200 and message in page
    assert "<title>Error: " in page
    assert not Activity.objects.exists()


def test_a_case_reference_that_looks_like_a_name_is_refused_on_the_page(partnership, business_user, client_for,
                                                                        audit):
    client = client_for(business_user)
    response = client.post(url("audit-case-add", partnership, activity_id=audit.activity_id),
                           {"reference": "Jordan Blake"})
    assert "\"Jordan Blake\" looks like a real name" in text(response)
    assert not AuditCase.objects.exists()
    response = client.post(url("audit-case-add", partnership, activity_id=audit.activity_id), {"reference": "Child A"})
    assert response.status_code == 302 and AuditCase.objects.get().reference == "Child A"


def test_a_return_fills_the_grid_with_text_and_shrinks_what_is_outstanding(partnership, business_user, client_for,
                                                                           audit, organisations):
    case = services.add_sample_case(audit, by=business_user, reference="Child A")
    services.add_sample_case(audit, by=business_user, reference="Child B")
    council = organisations["local_authority"]
    client = client_for(business_user)
    form_url = url("audit-return-add", partnership, activity_id=audit.activity_id)
    assert "Not graded" in text(client.get(form_url))
    grades = {f"grade_{i}": "" for i in range(7)} | {"grade_0": "Good", "grade_6": "Requires improvement"}
    response = client.post(form_url, {"case": case.pk, "organisation": council.pk, **grades,
                                      **date_boxes("returned_on", "2026-03-02"),
                                      "good_practice": "Strategy discussion held the same day.",
                                      "areas_for_development": ""})
    assert response.status_code == 302
    assert AgencyReturn.objects.get().grades == {"Recognition": "Good", "Overall": "Requires improvement"}
    page = text(client.get(url("audit-detail", partnership, activity_id=audit.activity_id)))
    grid = page[page.index("Grades by case and domain"):page.index("</table>", page.index("Grades by case"))]
    assert '<th scope="col" class="govuk-table__header">Voice of the child</th>' in grid
    assert "Fenbridge Council: <strong>Good</strong>" in grid
    assert "Fenbridge Council: <strong>Requires improvement</strong>" in grid
    assert "1 of 3 returned" in grid and "0 of 3 returned" in grid
    outstanding = page[page.index("Returns outstanding per agency"):]
    assert re.search(r"Fenbridge Council</th>\s*<td[^>]*>1 of 2</td>\s*<td[^>]*>Child B<", outstanding)
    assert re.search(r"Fenshire Integrated Care Board</th>\s*<td[^>]*>2 of 2</td>\s*<td[^>]*>Child A, Child B<",
                     outstanding)
    assert "Strategy discussion held the same day." in page


def test_a_grade_outside_the_scale_is_refused_naming_the_domain(partnership, business_user, client_for, audit,
                                                                organisations):
    case = services.add_sample_case(audit, by=business_user, reference="Child A")
    response = client_for(business_user).post(
        url("audit-return-add", partnership, activity_id=audit.activity_id),
        {"case": case.pk, "organisation": organisations["local_authority"].pk, "grade_2": "Amber",
         **date_boxes("returned_on", "2026-03-02")})
    assert "Choose the grade for Planning from the partnership's scale" in text(response)
    assert not AgencyReturn.objects.exists()


def test_the_business_team_edits_the_grading_scale_and_returns_offer_it(partnership, business_user, client_for,
                                                                        audit):
    client = client_for(business_user)
    page = client.get(url("grading-scale", partnership)).content.decode()
    assert "Outstanding\nGood\nRequires improvement\nInadequate" in page
    response = client.post(url("grading-scale", partnership), {"grades": "Strong\nAdequate\nWeak", "version": "1"})
    assert response.status_code == 302
    services.add_sample_case(audit, by=business_user, reference="Child A")
    form = client.get(url("audit-return-add", partnership, activity_id=audit.activity_id)).content.decode()
    assert '<option value="Adequate">Adequate</option>' in form and "Outstanding" not in form


def test_a_recommendation_and_its_action_show_on_the_audit_with_owner_due_date_and_state(
        partnership, business_user, client_for, audit, organisations):
    client = client_for(business_user)
    audit_page = url("audit-detail", partnership, activity_id=audit.activity_id)
    # The programme's pages add recommendations and actions, and come back to the audit's own page.
    response = client.post(url("recommendation-add", partnership, activity_id=audit.activity_id),
                           {"text": "Record the child's lived experience", "scope": "multi_agency"})
    assert response.status_code == 302 and response["Location"] == audit_page + "#recommendation-1"
    recommendation = audit.activity.recommendations.get()
    response = client.post(
        url("recommendation-action-add", partnership, recommendation_id=recommendation.pk),
        {"text": "Add a lived-experience section to the template", "owner_organisation": organisations["police"].pk,
         **date_boxes("due_date", "2026-07-31")})
    assert response.status_code == 302 and response["Location"].startswith(audit_page)
    action = Action.objects.get()
    assert (action.owner_organisation, action.due_date) == (organisations["police"], D(2026, 7, 31))
    page = text(client.get(url("audit-detail", partnership, activity_id=audit.activity_id)))
    assert "Recommendation 1 (multi-agency)" in page and "Add a lived-experience section to the template" in page
    assert "Fenshire Police" in page and "31 Jul 2026" in page and "Open" in page


def test_members_read_the_audits_their_boards_receive_and_no_other(partnership, business_user, member_user,
                                                                   client_for, organisations):
    theirs = Body.objects.create(partnership=partnership, name="Children's Partnership Group")
    Membership.objects.create(body=theirs, person=Person.objects.get(user=member_user))
    received = factories.case_audit(partnership, business_user, title="Audit for their board", reporting_body=theirs)
    other = factories.case_audit(partnership, business_user, title="Audit for another board")
    client = client_for(member_user)
    listing = text(client.get(url("audit-list", partnership)))
    assert "Audit for their board" in listing and "Audit for another board" not in listing
    page = client.get(url("audit-detail", partnership, activity_id=received.activity_id))
    assert page.status_code == 200 and "Change the audit" not in text(page) and "Add a finding" not in text(page)
    assert client.get(url("audit-detail", partnership, activity_id=other.activity_id)).status_code == 404


def test_another_partnerships_audit_is_not_found(partnership, other_partnership, business_user, client_for,
                                                 organisations):
    theirs = factories.case_audit(other_partnership, business_user, agencies=[])
    response = client_for(business_user).get(url("audit-detail", partnership, activity_id=theirs.activity_id))
    assert response.status_code == 404


def test_a_thematic_review_with_areas_evaluations_plans_and_progress(partnership, business_user, client_for,
                                                                    organisations, executive_board):
    client = client_for(business_user)
    response = client.post(url("thematic-add", partnership), {
        "title": "Core safeguarding practice", "year": "2025", "key_areas": "\n".join(factories.SEVEN_AREAS),
        "agencies": [organisations["local_authority"].pk, organisations["health"].pk], "status": "in_progress",
        "reporting_body": executive_board.pk, **date_boxes("planned_start", "2025-11-03"),
        **date_boxes("planned_report", "2026-05-12"), **date_boxes("reported_on", "")})
    assert response.status_code == 302
    review = ThematicReview.objects.get()
    detail = response["Location"]
    response = client.post(url("thematic-self-evaluation-add", partnership, activity_id=review.activity_id), {
        "organisation": organisations["health"].pk, "area": "Exploitation", "rating": "Requires improvement",
        "evidence": "Return home interviews offered in 60% of episodes."})
    assert response.status_code == 302 and SelfEvaluation.objects.get().rating == "Requires improvement"
    finding_form = client.get(url("finding-add", partnership, activity_id=review.activity_id)).content.decode()
    assert '<option value="Exploitation">Exploitation</option>' in finding_form   # the review's key areas
    client.post(url("finding-add", partnership, activity_id=review.activity_id),
                {"kind": "development", "area": "Exploitation", "text": "Missing episodes not shared with health."})
    client.post(url("recommendation-add", partnership, activity_id=review.activity_id),
                {"text": "Share missing episodes with school nurses", "scope": "single_agency",
                 "organisation": organisations["health"].pk})
    response = client.post(url("thematic-progress-add", partnership, activity_id=review.activity_id),
                           {**date_boxes("reported_on", "2026-03-02"), "note": "Two of five actions complete."})
    assert response.status_code == 302 and ProgressReport.objects.get().body == executive_board
    page = text(client.get(detail))
    areas = re.findall(r'<h3 class="govuk-heading-s">\d\. ([^<]+)</h3>', page)
    assert areas == factories.SEVEN_AREAS
    exploitation = page[page.index("6. Exploitation"):page.index("7. Voice of the child")]
    assert "Fenshire Integrated Care Board" in exploitation and "Requires improvement" in exploitation
    assert "Missing episodes not shared with health." in exploitation
    assert "Recommendation 1: Fenshire Integrated Care Board" in page[page.index("Single-agency action plans"):]
    assert "No multi-agency recommendations yet." in page
    assert "2 March 2026" in page and "to Executive Board" in page and "Two of five actions complete." in page
    assert "Fenbridge Council: 7 areas" in page


def test_a_rating_outside_the_scale_is_refused(partnership, business_user, client_for, organisations):
    review = factories.thematic_review(partnership, business_user)
    response = client_for(business_user).post(
        url("thematic-self-evaluation-add", partnership, activity_id=review.activity_id),
        {"organisation": organisations["local_authority"].pk, "area": "Front door", "rating": "Green",
         "evidence": "x"})
    assert "Choose a rating from the partnership's scale" in text(response)
    assert not SelfEvaluation.objects.exists()


def test_changing_an_audit_keeps_what_was_not_changed_and_refuses_removing_a_graded_domain(
        partnership, business_user, client_for, audit, organisations):
    case = services.add_sample_case(audit, by=business_user, reference="Child A")
    services.record_agency_return(case, by=business_user, organisation=organisations["local_authority"],
                                  returned_on=D(2026, 3, 2), grades={"Impact": "Good"})
    client = client_for(business_user)
    edit_url = url("audit-edit", partnership, activity_id=audit.activity_id)
    form = client.get(edit_url).context["form"]
    data = {"kind": "case_audit", "title": "Neglect audit (revised)", "theme": "Neglect", "scope": "", "year": "2025",
            "domains": "Recognition\nOverall", "status": "in_progress", "version": form.initial["version"],
            "agencies": [a.pk for a in form.initial["agencies"]], "reporting_body": audit.activity.reporting_body_id,
            **date_boxes("period_start", "2025-10-01"), **date_boxes("period_end", "2026-03-31"),
            **date_boxes("moderation_on", "2026-04-21"), **date_boxes("reaudit_on", "2027-01-15"),
            **date_boxes("planned_report", "2026-06-10"), **date_boxes("reported_on", "")}
    assert '"Impact" is already used in returns' in text(client.post(edit_url, data))
    response = client.post(edit_url, data | {"domains": "Impact\nRecognition\nOverall"})
    assert response.status_code == 302
    audit.refresh_from_db()
    audit.activity.refresh_from_db()
    assert audit.domains == ["Impact", "Recognition", "Overall"]
    assert (audit.activity.title, audit.activity.status) == ("Neglect audit (revised)", "in_progress")
    assert audit.activity.agencies.count() == 3
    # The page a colleague opened before this change can no longer save over it.
    assert "Someone else changed this record" in text(client.post(edit_url, data | {"domains": "Impact"}))


def test_changing_a_review_reorders_its_key_areas_and_members_read_only_their_boards_reviews(
        partnership, business_user, member_user, client_for, organisations):
    theirs = Body.objects.create(partnership=partnership, name="Learning and Review Subgroup")
    Membership.objects.create(body=theirs, person=Person.objects.get(user=member_user))
    review = factories.thematic_review(partnership, business_user, owner_body=theirs)
    other = factories.thematic_review(partnership, business_user, title="Review owned elsewhere")
    client = client_for(business_user)
    edit_url = url("thematic-edit", partnership, activity_id=review.activity_id)
    form = client.get(edit_url).context["form"]
    areas = list(reversed(factories.SEVEN_AREAS))
    response = client.post(edit_url, {
        "title": "Core practice review", "year": "2025", "key_areas": "\n".join(areas), "status": "planned",
        "version": form.initial["version"], "agencies": [a.pk for a in form.initial["agencies"]],
        "owner_body": theirs.pk, "reporting_body": review.activity.reporting_body_id,
        **date_boxes("planned_start", "2025-11-03"), **date_boxes("planned_report", "2026-05-12"),
        **date_boxes("reported_on", "")})
    assert response.status_code == 302
    assert ThematicReview.objects.get(pk=review.pk).key_areas == areas

    member = client_for(member_user)
    listing = text(member.get(url("thematic-list", partnership)))
    assert "Core practice review" in listing and "Review owned elsewhere" not in listing
    page = member.get(url("thematic-detail", partnership, activity_id=review.activity_id))
    assert page.status_code == 200 and "Record a self-evaluation" not in text(page)
    assert member.get(url("thematic-detail", partnership, activity_id=other.activity_id)).status_code == 404
    # A case audit's id is not a thematic review.
    audit = factories.case_audit(partnership, business_user)
    assert client.get(url("thematic-detail", partnership, activity_id=audit.activity_id)).status_code == 404


def test_the_programmes_links_open_an_audit_or_review_on_its_own_page(partnership, business_user, client_for,
                                                                       audit, organisations):
    client = client_for(business_user)
    review = factories.thematic_review(partnership, business_user)
    for activity_id, page, edit in ((audit.activity_id, "audit-detail", "audit-edit"),
                                    (review.activity_id, "thematic-detail", "thematic-edit")):
        response = client.get(url("activity-detail", partnership, activity_id=activity_id))
        assert response["Location"] == url(page, partnership, activity_id=activity_id)
        # Changed on its own form, so its dates and domains or key areas are checked.
        response = client.get(url("activity-edit", partnership, activity_id=activity_id))
        assert response["Location"] == url(edit, partnership, activity_id=activity_id)
    finding_form = client.get(url("finding-add", partnership, activity_id=audit.activity_id)).content.decode()
    assert '<option value="Voice of the child">Voice of the child</option>' in finding_form
    programme = client.get(url("programme", partnership)).content.decode()
    assert url("audit-list", partnership) in programme and url("thematic-add", partnership) in programme
