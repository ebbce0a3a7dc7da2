"""Pages: who sees what, forms that refuse bad input without a 500, and the downloads."""
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assure.conftest import date_boxes
from assure.jobs.models import Job

from .. import services
from ..models import Case, Publication, Review
from . import factories

D = datetime.date


def url(name, partnership, **kwargs):
    return reverse(f"reviews:{name}", kwargs={"slug": partnership.slug, **kwargs})


def test_business_team_registers_a_case(partnership, business_user, client_for):
    client = client_for(business_user)
    page = client.get(url("case-create", partnership))
    assert "This record holds no identifying details" in page.content.decode()
    response = client.post(url("case-create", partnership), {
        "pseudonym": "Child T", "subject": "child", **date_boxes("date_aware", "2026-03-02"), **date_boxes("date_notified", "2026-03-04")})
    case = Case.objects.get()
    assert response.status_code == 302 and response["Location"] == url("case-detail", partnership, case_id=case.pk)
    detail = client.get(response["Location"]).content.decode()
    assert "Child T" in detail and "9 Mar 2026" in detail and "holds no identifying details" in detail


@pytest.mark.parametrize("data, message", [
    ({"pseudonym": "", **date_boxes("date_aware", "2026-03-02")}, "Enter a pseudonym"),
    ({"pseudonym": "Jordan Blake", **date_boxes("date_aware", "2026-03-02")}, "looks like a real name"),
    ({"pseudonym": "Child T", **date_boxes("date_aware", "2026-02-30")}, "must be a real date"),
    ({"pseudonym": "Child T", **date_boxes("date_aware", "2026-03-05"), **date_boxes("date_notified", "2026-03-02")}, "is before the date"),
])
def test_bad_case_input_is_shown_not_saved(partnership, business_user, client_for, data, message):
    response = client_for(business_user).post(url("case-create", partnership), {"subject": "child", **data})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "There is a problem" in response.content.decode()
    assert not Case.objects.exists()


def test_stale_form_shows_the_conflict(partnership, business_user, client_for):
    case = factories.case(partnership, business_user)
    client = client_for(business_user)
    data = {"pseudonym": "Child U", "subject": "child", **date_boxes("date_aware", "2026-01-05"), "version": case.version}
    assert client.post(url("case-edit", partnership, case_id=case.pk), data).status_code == 302
    response = client.post(url("case-edit", partnership, case_id=case.pk), {**data, "pseudonym": "Child V"})
    assert "Someone else changed this record" in response.content.decode()
    case.refresh_from_db()
    assert case.pseudonym == "Child U"


def test_only_named_people_see_a_review(partnership, business_user, member_user, readonly_user, client_for):
    named = factories.review(partnership, business_user, pseudonym="Child N")
    other = factories.review(partnership, business_user, pseudonym="Child O")
    services.add_panel_member(named, by=business_user, person=factories.person_of(partnership, member_user))
    member = client_for(member_user)
    assert member.get(url("review-detail", partnership, review_id=named.pk)).status_code == 200
    assert member.get(url("case-detail", partnership, case_id=named.case_id)).status_code == 200
    assert member.get(url("review-detail", partnership, review_id=other.pk)).status_code == 404
    assert member.get(url("case-detail", partnership, case_id=other.case_id)).status_code == 404
    listing = member.get(url("dashboard", partnership)).content.decode()
    assert "Child N" in listing and "Child O" not in listing
    assert "Child N" not in client_for(readonly_user).get(url("dashboard", partnership)).content.decode()


def test_independent_reviewer_sees_their_review(partnership, business_user, readonly_user, client_for):
    review = factories.review(partnership, business_user, reviewer=factories.person_of(partnership, readonly_user))
    assert client_for(readonly_user).get(url("review-detail", partnership, review_id=review.pk)).status_code == 200


def test_board_sees_only_what_it_signs_off(partnership, business_user, member_user, client_for):
    factories.board_member(partnership, member_user)
    signing = factories.review(partnership, business_user, pseudonym="Child S", stage=Review.Stage.SIGN_OFF)
    drafting = factories.review(partnership, business_user, pseudonym="Child D", stage=Review.Stage.DRAFT)
    client = client_for(member_user)
    page = client.get(url("review-detail", partnership, review_id=signing.pk))
    assert page.status_code == 200 and "read-only" in page.content.decode()
    assert client.get(url("case-detail", partnership, case_id=signing.case_id)).status_code == 404
    assert client.get(url("review-detail", partnership, review_id=drafting.pk)).status_code == 404
    assert client.get(url("review-edit", partnership, review_id=signing.pk)).status_code == 403
    dashboard = client.get(url("dashboard", partnership)).content.decode()
    assert "Child S" in dashboard and "Child D" not in dashboard


def test_another_partnerships_review_is_not_found(partnership, business_user, outsider_user, other_partnership,
                                                  client_for):
    review = factories.review(partnership, business_user)
    client = client_for(outsider_user)
    assert client.get(url("review-detail", other_partnership, review_id=review.pk)).status_code == 404
    assert client.get(url("case-edit", other_partnership, case_id=review.case_id)).status_code == 404


def test_breached_clock_shows_reason_needed(partnership, business_user, client_for):
    # Notification due 27 February (missed); the rapid review is due 20 March (still running).
    case = factories.case(partnership, business_user, date_aware=D(2026, 2, 20), date_notified=None)
    client = client_for(business_user)
    page = client.get(url("case-detail", partnership, case_id=case.pk)).content.decode()
    assert "Reason needed" in page and "Overdue" in page
    client.post(url("breach-reason", partnership, case_id=case.pk), {"clock": "notification",
                                                                      "reason": "Strategy meeting delayed"})
    page = client.get(url("case-detail", partnership, case_id=case.pk)).content.decode()
    assert "Strategy meeting delayed" in page and "Reason needed" not in page


def test_clock_settings_page_is_visible_to_all_and_editable_by_business(partnership, business_user, readonly_user,
                                                                        client_for):
    assert "5 working days" in client_for(readonly_user).get(url("settings", partnership)).content.decode()
    client = client_for(business_user)
    form = {"notification_working_days": 4, "rapid_review_working_days": 15, "publication_months": 6,
            "publication_notice_working_days": 7, "sar_target_months": 9, "version": 1}
    client.get(url("settings", partnership))  # creates the defaults
    assert client.post(url("settings-edit", partnership), form).status_code == 302
    assert "4 working days" in client.get(url("settings", partnership)).content.decode()


@pytest.mark.parametrize("typed, message", [
    ("", "Enter the number for serious incident notification (working days after becoming aware)"),
    ("0", "The number for serious incident notification (working days after becoming aware) must be 1 or more"),
    ("five", "must be a whole number"),
])
def test_clock_settings_say_what_to_fix(partnership, business_user, client_for, typed, message):
    client = client_for(business_user)
    client.get(url("settings", partnership))  # creates the defaults
    response = client.post(url("settings-edit", partnership), {
        "notification_working_days": typed, "rapid_review_working_days": 15, "publication_months": 6,
        "publication_notice_working_days": 7, "sar_target_months": 9, "version": 1})
    assert response.status_code == 200 and message in response.content.decode()


def test_year_report_page(partnership, business_user, readonly_user, client_for):
    factories.case(partnership, business_user, date_aware=D(2025, 5, 5), date_notified=D(2025, 5, 6))
    page = client_for(readonly_user).get(url("year-report", partnership), {**date_boxes("start", "2025-04-01"), **date_boxes("end", "2026-03-31")})
    assert page.status_code == 200
    assert "Notifications and referrals received" in page.content.decode()
    bad = client_for(readonly_user).get(url("year-report", partnership), {**date_boxes("start", "2026-04-01"), **date_boxes("end", "2025-03-31")})
    assert bad.status_code == 200 and "The end date is before the start date" in bad.content.decode()


def test_learning_report_html_and_docx(partnership, business_user, organisations, client_for):
    from .. import learning
    review = factories.review(partnership, business_user, pseudonym="Child R")
    rec = factories.recommendation(review, business_user, organisations["police"])
    learning.add_plan_action(rec, by=business_user, text="Refresh training", owner_organisation=organisations["police"],
                             due_date=D(2026, 6, 30), rag="red")
    client = client_for(business_user)
    html = client.get(url("learning-report", partnership)).content.decode()
    assert "Child R" in html and "Refresh training" in html
    response = client.post(url("learning-report-docx", partnership))   # made by a job, run at once in the tests
    job = Job.objects.get(kind="reviews.learning-report")
    assert response["Location"] == reverse("jobs:job-detail", args=[partnership.slug, job.pk])
    response = client.get(reverse("jobs:job-file", args=[partnership.slug, job.pk]))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    import docx
    document = docx.Document(io.BytesIO(b"".join(response.streaming_content)))
    text = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert "Child R" in text and "Refresh training" in text


def test_upload_check_decide_publish_through_the_pages(partnership, business_user, client_for):
    review = factories.review(partnership, business_user, kind="sar", subject="adult", pseudonym="Mr K")
    client = client_for(business_user)
    response = client.post(url("publication-add", partnership, review_id=review.pk), {
        "kind": "lessons_learned_briefing", "title": "Learning from Mr K",
        "file": SimpleUploadedFile("llb.txt", b"Call the team on 07700 900123.")})
    pub = Publication.objects.get()   # read and checked by the job, which ran at once (ASSURE_QUEUE=immediate)
    job = Job.objects.get(kind="reviews.identifiability")
    assert response.status_code == 302 and response["Location"] == reverse("jobs:job-detail",
                                                                             args=[partnership.slug, job.pk])
    assert "Checked: 1 possible identifier to clear or justify" in client.get(response["Location"]).content.decode()
    assert pub.checks.count() == 1   # checked on upload, without the case's names
    client.post(url("publication-check", partnership, publication_id=pub.pk), {"case_names": ""})
    assert pub.checks.count() == 2   # run again by a person, in the request
    hit = pub.latest_check().hits.get()
    page = client.get(url("publication-detail", partnership, publication_id=pub.pk)).content.decode()
    assert "07700 900123" in page and "To decide" in page and "Phone number" in page
    refused = client.post(url("publication-publish", partnership, publication_id=pub.pk),
                          {**date_boxes("published_on", "2026-03-09"), "version": pub.version})
    assert "found by the check still needs clearing or justifying" in refused.content.decode()
    client.post(url("hit-decide", partnership, hit_id=hit.pk), {"outcome": "justified", "note": "Team number"})
    client.post(url("publication-publish", partnership, publication_id=pub.pk),
                {**date_boxes("published_on", "2026-03-09"), "version": pub.version})
    pub.refresh_from_db()
    assert pub.published_on == D(2026, 3, 9)
    download = client.get(url("publication-file", partnership, publication_id=pub.pk))
    assert b"".join(download.streaming_content) == b"Call the team on 07700 900123."


def test_panel_remove_asks_first(partnership, business_user, member_user, client_for):
    review = factories.review(partnership, business_user)
    member = services.add_panel_member(review, by=business_user, person=factories.person_of(partnership, member_user))
    path = url("panel-remove", partnership, review_id=review.pk, member_id=member.pk)
    client = client_for(business_user)
    page = client.get(path)
    assert page.status_code == 200 and "no longer see this review" in page.content.decode()
    assert review.panel_members.exists()  # a GET removes nothing
    assert client.post(path).status_code == 302
    assert not review.panel_members.exists()
    assert client_for(member_user).get(url("review-detail", partnership, review_id=review.pk)).status_code == 404


def test_board_receives_the_whole_learning_report_others_do_not(partnership, business_user, member_user,
                                                                readonly_user, organisations, client_for):
    from .. import learning
    factories.board_member(partnership, member_user)
    review = factories.review(partnership, business_user, pseudonym="Child W", stage=Review.Stage.PUBLICATION)
    rec = factories.recommendation(review, business_user, organisations["health"])
    learning.add_plan_action(rec, by=business_user, text="Audit referrals", owner_organisation=organisations["health"],
                             due_date=D(2026, 6, 30))
    page = client_for(member_user).get(url("learning-report", partnership))
    assert page.status_code == 200 and "Audit referrals" in page.content.decode()
    assert client_for(readonly_user).get(url("learning-report", partnership)).status_code == 404


def test_closed_cases_stay_findable_from_the_dashboard(partnership, business_user, client_for):
    from ..models import RapidReview
    factories.decided(factories.case(partnership, business_user, pseudonym="Child Q"), business_user,
                      decision=RapidReview.Decision.NO_FURTHER_REVIEW)
    page = client_for(business_user).get(url("dashboard", partnership)).content.decode()
    assert "Closed cases" in page and "Child Q" in page and "No further review" in page


def test_case_page_shows_who_changed_what(partnership, business_user, client_for):
    case = factories.case(partnership, business_user)
    client = client_for(business_user)
    client.post(url("case-edit", partnership, case_id=case.pk), {
        "pseudonym": "Child U", "subject": "child", **date_boxes("date_aware", "2026-01-05"), "version": case.version})
    page = client.get(url("case-detail", partnership, case_id=case.pk)).content.decode()
    assert "Bea Business" in page and "Child T → Child U" in page


def test_the_review_page_links_to_its_history_of_changes(partnership, business_user, member_user, readonly_user,
                                                          organisations, client_for):
    review = factories.review(partnership, business_user, pseudonym="Child H", stage=Review.Stage.SIGN_OFF)
    factories.recommendation(review, business_user, organisations["police"])
    services.add_panel_member(review, by=business_user, person=factories.person_of(partnership, readonly_user))
    services.edit_review(review, by=business_user, expected_version=review.version, findings="Drift at the front door")
    client = client_for(business_user)
    detail = client.get(url("review-detail", partnership, review_id=review.pk)).content.decode()
    history_url = url("review-history", partnership, review_id=review.pk)
    assert f'href="{history_url}"' in detail and "Drift at the front door" in detail
    page = client.get(history_url).content.decode()
    assert "Bea Business: changed Review" in page and "Findings: (blank) → Drift at the front door" in page
    assert "created Recommendation: Recommendation 1" in page and "created Panel member: Rita Reader" in page
    assert f'href="{url("review-detail", partnership, review_id=review.pk)}"' in page   # back to the review
    # Whoever may read the review may read its history: the board at sign-off, its panel; nobody else.
    factories.board_member(partnership, member_user)
    assert client_for(member_user).get(history_url).status_code == 200
    assert client_for(readonly_user).get(history_url).status_code == 200
    services.remove_panel_member(review.panel_members.get(), by=business_user)
    assert client_for(readonly_user).get(history_url).status_code == 404


def test_a_long_history_comes_in_pages(partnership, business_user, client_for):
    review = factories.review(partnership, business_user)
    for n in range(55):
        review.refresh_from_db()
        services.edit_review(review, by=business_user, expected_version=review.version, findings=f"Finding {n}")
    client = client_for(business_user)
    first = client.get(url("review-history", partnership, review_id=review.pk)).content.decode()
    assert "Finding 54" in first and "→ Finding 4<" not in first and "govuk-pagination" in first
    second = client.get(url("review-history", partnership, review_id=review.pk), {"page": 2}).content.decode()
    assert "→ Finding 4<" in second and "Finding 54" not in second


def _rec_with_action(partnership, by, org):
    from .. import learning
    rec = factories.recommendation(factories.review(partnership, by), by, org)
    action = learning.add_plan_action(rec, by=by, text="Audit referrals", owner_organisation=org,
                                      due_date=D(2026, 9, 30))
    return rec, action


def test_business_team_changes_a_recommendation(partnership, business_user, client_for, organisations):
    rec, _ = _rec_with_action(partnership, business_user, organisations["police"])
    client = client_for(business_user)
    detail = client.get(url("recommendation-detail", partnership, recommendation_id=rec.pk)).content.decode()
    assert "Change recommendation" in detail and "Delete recommendation" in detail
    edit = url("recommendation-edit", partnership, recommendation_id=rec.pk)
    data = {"text": "Share referrals within a day", "scope": "multi_agency", "version": rec.version}
    response = client.post(edit, data)
    assert response["Location"] == url("recommendation-detail", partnership, recommendation_id=rec.pk)
    page = client.get(response["Location"]).content.decode()
    assert "Share referrals within a day" in page and "History of changes" in page and "Improve information" in page
    stale = client.post(edit, {**data, "text": "Something else"})
    assert stale.status_code == 200 and "Someone else changed this record" in stale.content.decode()
    rec.refresh_from_db()
    assert rec.text == "Share referrals within a day"


def test_deleting_a_recommendation_asks_first_then_supersedes_its_actions(partnership, business_user, client_for,
                                                                         organisations):
    from assure.actions.models import Action
    rec, action = _rec_with_action(partnership, business_user, organisations["police"])
    client = client_for(business_user)
    page = client.get(url("recommendation-delete", partnership, recommendation_id=rec.pk)).content.decode()
    assert "Audit referrals" in page and "Delete and supersede 1 action" in page
    assert rec.__class__.objects.filter(pk=rec.pk).exists()  # a GET deletes nothing
    response = client.post(url("recommendation-delete", partnership, recommendation_id=rec.pk),
                           {"version": rec.version, "actions": str(action.pk)})
    assert response["Location"] == url("review-detail", partnership, review_id=rec.review_id)
    review_page = client.get(response["Location"]).content.decode()
    assert "1 action marked superseded in the action log" in review_page
    action.refresh_from_db()
    assert action.status == Action.Status.SUPERSEDED and not rec.__class__.objects.filter(pk=rec.pk).exists()


def test_deleting_after_the_plan_changed_shows_the_new_plan(partnership, business_user, client_for, organisations):
    from .. import learning
    rec, action = _rec_with_action(partnership, business_user, organisations["police"])
    client = client_for(business_user)
    delete = url("recommendation-delete", partnership, recommendation_id=rec.pk)
    added = learning.add_plan_action(rec, by=business_user, text="Added meanwhile",
                                     owner_organisation=organisations["police"], due_date=D(2026, 9, 30))
    response = client.post(delete, {"version": rec.version, "actions": str(action.pk)})
    body = response.content.decode()
    assert response.status_code == 200 and "action plan changed" in body and "Added meanwhile" in body
    assert f'value="{action.pk},{added.pk}"' in body or f'value="{added.pk},{action.pk}"' in body
    assert rec.__class__.objects.filter(pk=rec.pk).exists()


def test_a_recommendation_with_reported_progress_cannot_be_deleted(partnership, business_user, client_for,
                                                                   organisations):
    from .. import learning
    rec, _ = _rec_with_action(partnership, business_user, organisations["police"])
    learning.add_progress_update(rec, by=business_user, quarter_ending=D(2026, 3, 1), rag="green", text="On track")
    client = client_for(business_user)
    page = client.get(url("recommendation-delete", partnership, recommendation_id=rec.pk)).content.decode()
    assert "cannot be deleted: quarterly updates" in page and "Delete and supersede" not in page
    response = client.post(url("recommendation-delete", partnership, recommendation_id=rec.pk),
                           {"version": rec.version, "actions": ""})
    assert response.status_code == 200 and "There is a problem" in response.content.decode()
    assert rec.__class__.objects.filter(pk=rec.pk).exists()


def test_business_team_removes_an_information_request(partnership, business_user, client_for, organisations):
    case = factories.case(partnership, business_user)
    info = services.add_information_request(case, by=business_user, organisation=organisations["health"],
                                            requested_on=D(2026, 1, 8))
    client = client_for(business_user)
    remove = url("information-request-remove", partnership, case_id=case.pk, request_id=info.pk)
    assert remove in client.get(url("case-detail", partnership, case_id=case.pk)).content.decode()
    page = client.get(remove).content.decode()
    assert "Remove the request to Fenshire Integrated Care Board?" in page and "8 January 2026" in page
    assert case.rapid_review.information_requests.exists()  # a GET removes nothing
    response = client.post(remove)
    assert response["Location"] == url("case-detail", partnership, case_id=case.pk)
    detail = client.get(response["Location"]).content.decode()
    assert "Request to Fenshire Integrated Care Board removed" in detail and "No requests logged" in detail
    assert "deleted" in detail.lower()  # the removal is in the case's history
    assert not case.rapid_review.information_requests.exists()


def test_an_information_request_is_removed_only_through_its_own_case(partnership, business_user, client_for,
                                                                     organisations):
    case = factories.case(partnership, business_user)
    other = factories.case(partnership, business_user, pseudonym="Child W")
    info = services.add_information_request(case, by=business_user, organisation=organisations["health"],
                                            requested_on=D(2026, 1, 8))
    response = client_for(business_user).post(
        url("information-request-remove", partnership, case_id=other.pk, request_id=info.pk))
    assert response.status_code == 404
    assert case.rapid_review.information_requests.exists()


def test_members_cannot_remove_or_delete(partnership, business_user, member_user, client_for, organisations):
    rec, _ = _rec_with_action(partnership, business_user, organisations["police"])
    services.add_panel_member(rec.review, by=business_user, person=factories.person_of(partnership, member_user))
    client = client_for(member_user)
    assert "Delete recommendation" not in client.get(
        url("recommendation-detail", partnership, recommendation_id=rec.pk)).content.decode()
    response = client.post(url("recommendation-delete", partnership, recommendation_id=rec.pk),
                           {"version": rec.version, "actions": ""})
    assert response.status_code == 403 and rec.__class__.objects.filter(pk=rec.pk).exists()


def test_case_page_reads_clearly(partnership, business_user, client_for, organisations):
    """Clocks in words, and each agency request with its own actions (from walking the pages)."""
    case = factories.case(partnership, business_user, date_aware=D(2026, 2, 2), date_notified=D(2026, 2, 3))
    awaited = services.add_information_request(case, by=business_user, organisation=organisations["health"],
                                               requested_on=D(2026, 2, 4))
    returned = services.add_information_request(case, by=business_user, organisation=organisations["police"],
                                                requested_on=D(2026, 2, 4))
    services.record_information_return(returned, by=business_user, returned_on=D(2026, 2, 10))
    page = client_for(business_user).get(url("case-detail", partnership, case_id=case.pk)).content.decode()
    # Rapid review due 15 working days after 3 Feb 2026 = 24 Feb; on 9 Mar that is 9 working days overdue.
    assert "9 working days overdue" in page and "-9" not in page
    assert "Record return" in page and "Change return" in page
    assert url("information-request-remove", partnership, case_id=case.pk, request_id=awaited.pk) in page


def test_edit_forms_show_the_saved_dates(partnership, business_user, client_for):
    case = factories.case(partnership, business_user, date_aware=D(2026, 1, 5))
    page = client_for(business_user).get(url("case-edit", partnership, case_id=case.pk)).content.decode()
    for part, typed in (("day", "5"), ("month", "1"), ("year", "2026")):  # the boxes of the GOV.UK date input
        assert f'name="date_aware_{part}" type="text" inputmode="numeric" value="{typed}"' in page


def test_check_results_name_people_and_mark_the_hit(partnership, business_user, client_for):
    from .. import publishing
    review = factories.review(partnership, business_user)
    pub = factories.publication(review, business_user, text=b"Ring 01234 567890 for the briefing.")
    publishing.run_check(pub, by=business_user, case_names=[])
    page = client_for(business_user).get(url("publication-detail", partnership, publication_id=pub.pk)).content.decode()
    assert "by Bea Business" in page and "by bea" not in page
    assert "<strong>01234 567890</strong>" in page
    assert "1 possible identifier found by the check still needs clearing or justifying" in page


def test_a_late_step_asks_for_the_reason_beside_its_field(partnership, business_user, client_for):
    case = factories.case(partnership, business_user, date_aware=D(2026, 1, 5), date_notified=D(2026, 1, 7))
    response = client_for(business_user).post(url("rapid-review", partnership, case_id=case.pk), {
        **date_boxes("held_on", "2026-03-02"), "decision": "cspr", **date_boxes("decision_agreed_on", "2026-03-02"), "reasons": "Criteria met",
        "version": case.rapid_review.version})
    body = response.content.decode()
    assert response.status_code == 200
    assert 'href="#id_late_reason"' in body and "working days late. Give the reason it was late." in body
    case.rapid_review.refresh_from_db()
    assert case.rapid_review.held_on is None


def test_year_figures_count_the_partnerships_cases_only(partnership, other_partnership, business_user,
                                                       outsider_user, readonly_user, client_for):
    factories.case(partnership, business_user, date_aware=D(2025, 5, 5), date_notified=D(2025, 5, 6))
    factories.case(other_partnership, outsider_user, date_aware=D(2025, 5, 5), date_notified=D(2025, 5, 6))
    query = {"start_day": "1", "start_month": "4", "start_year": "2025", "end": "2026-03-31"}
    page = client_for(readonly_user).get(url("year-report", partnership), query).content.decode()
    row = page.split("Notifications and referrals received", 1)[1].split("</tr>", 1)[0]
    cells = [cell.split(">", 1)[1].split("<", 1)[0] for cell in row.split("<td")[1:]]
    assert cells[-1] == "1"   # counts only, which every role may see (ADR 0051); never another partnership's


@pytest.mark.parametrize("query, message", [
    ({"start": "2025-02-30", "end": "2026-03-31"}, "The start date must be a real date"),
    ({"start": "", "end": "2026-03-31"}, "Enter the start date"),
    ({"start": "2025-04-01", "end": "x" * 50}, "The end date must be a real date"),
    ({"start_day": "1", "start_month": "4", "start_year": "25", "end": "2026-03-31"}, "Year must include 4 numbers"),
])
def test_year_figures_bad_dates_are_messages(partnership, readonly_user, client_for, query, message):
    response = client_for(readonly_user).get(url("year-report", partnership), query)
    assert response.status_code == 200 and message in response.content.decode()
    assert "<caption" not in response.content.decode()   # no figures for a range that is not understood


def test_a_check_with_hits_is_a_warning_not_a_success(partnership, business_user, client_for):
    review = factories.review(partnership, business_user)
    pub = factories.publication(review, business_user, text=b"Ring 01234 567890 or 07700 900123 for the briefing.")
    response = client_for(business_user).post(url("publication-check", partnership, publication_id=pub.pk),
                                              {"case_names": ""}, follow=True)
    page = response.content.decode()
    assert "govuk-notification-banner--success" not in page and ">Success<" not in page
    assert "Check complete: 2 possible identifiers to clear or justify" in page
    assert 'class="govuk-warning-text"' in page


def test_a_clean_check_is_a_success(partnership, business_user, client_for):
    review = factories.review(partnership, business_user)
    pub = factories.publication(review, business_user, text=b"Agencies shared information late.")
    response = client_for(business_user).post(url("publication-check", partnership, publication_id=pub.pk),
                                              {"case_names": ""}, follow=True)
    page = response.content.decode()
    assert "govuk-notification-banner--success" in page and "nothing found that may identify anyone" in page
    assert 'class="govuk-warning-text"' not in page


def test_a_plan_action_shows_its_owner_person_and_organisation(partnership, business_user, client_for):
    from assure.partnerships.models import Organisation, Person

    from .. import learning
    council = Organisation.objects.create(partnership=partnership, name="Fenbridge Council", kind="local_authority")
    owner = Person.objects.create(partnership=partnership, full_name="Priya Okafor", organisation=council)
    review = factories.review(partnership, business_user)
    rec = learning.add_recommendation(review, by=business_user, text="Share chronologies", scope="multi_agency")
    learning.add_plan_action(rec, by=business_user, text="Write the chronology guidance", owner=owner,
                             owner_organisation=council, due_date=D(2026, 6, 30))
    for name, kwargs in [("recommendation-detail", {"recommendation_id": rec.pk}), ("learning-report", {})]:
        page = client_for(business_user).get(url(name, partnership, **kwargs)).content.decode()
        row = page[page.index("Write the chronology guidance"):]
        row = row[:row.index("</tr>")]
        assert "Priya Okafor" in row and "Fenbridge Council" in row, name


def _decision(version, decision="not_accepted", reason="Another agency's plan covers it", on="2026-03-02"):
    return {"version": version, "decision": decision, "reason": reason, **date_boxes("decided_on", on)}


def test_business_team_records_a_decision_not_to_implement(partnership, business_user, client_for, organisations):
    rec = factories.recommendation(factories.review(partnership, business_user), business_user, None)
    client = client_for(business_user)
    detail = url("recommendation-detail", partnership, recommendation_id=rec.pk)
    assert "Record<span class=\"govuk-visually-hidden\"> the decision" in client.get(detail).content.decode()
    decide = url("recommendation-decide", partnership, recommendation_id=rec.pk)
    missing = client.post(decide, _decision(rec.version, reason=""))
    assert missing.status_code == 200 and "Enter why the partnership decided not to implement" in missing.content.decode()
    future = client.post(decide, _decision(rec.version, on="2026-03-10")).content.decode()
    assert "The date the partnership decided must be today or in the past" in future
    response = client.post(decide, _decision(rec.version))
    assert response["Location"] == detail
    page = client.get(detail).content.decode()
    assert "Not accepted" in page and "Another agency&#x27;s plan covers it" in page and "2 Mar 2026" in page
    assert "Add an action to the plan" not in page
    review_page = client.get(url("review-detail", partnership, review_id=rec.review_id)).content.decode()
    assert "Not accepted" in review_page and "2 Mar 2026" in review_page
    report = client.get(url("learning-report", partnership)).content.decode()
    assert "Decisions not to implement a recommendation" in report and "Another agency&#x27;s plan covers it" in report
    stale = client.post(decide, _decision(rec.version, decision="accepted", reason=""))
    assert "Someone else changed this record" in stale.content.decode()


def test_the_decision_form_names_open_actions(partnership, business_user, client_for, organisations):
    rec, _ = _rec_with_action(partnership, business_user, organisations["police"])
    response = client_for(business_user).post(url("recommendation-decide", partnership, recommendation_id=rec.pk),
                                              _decision(rec.version))
    assert "still has 1 open action in its plan" in response.content.decode()
    rec.refresh_from_db()
    assert rec.decision == "accepted"


def test_only_the_business_team_records_a_decision(partnership, business_user, member_user, readonly_user,
                                                    outsider_user, other_partnership, client_for):
    rec = factories.recommendation(factories.review(partnership, business_user), business_user, None)
    services.add_panel_member(rec.review, by=business_user, person=factories.person_of(partnership, member_user))
    decide = url("recommendation-decide", partnership, recommendation_id=rec.pk)
    member = client_for(member_user)
    assert "the decision</span>" not in member.get(
        url("recommendation-detail", partnership, recommendation_id=rec.pk)).content.decode()
    assert member.post(decide, _decision(rec.version)).status_code == 403
    assert client_for(readonly_user).post(decide, _decision(rec.version)).status_code == 403
    elsewhere = url("recommendation-decide", other_partnership, recommendation_id=rec.pk)
    assert client_for(outsider_user).post(elsewhere, _decision(rec.version)).status_code == 404
    rec.refresh_from_db()
    assert rec.decision == "accepted" and rec.version == 1
