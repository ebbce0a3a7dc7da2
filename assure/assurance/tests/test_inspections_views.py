"""Inspection pages: adding one through the form, its page (judgements, report, action plan with the actions'
states, preparation tasks), the report upload and its permission-checked download, and who may read it."""
import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assure.conftest import date_boxes
from assure.partnerships.models import Membership, Person

from .. import services
from ..models import Activity, Inspection

D = datetime.date


def url(name, partnership, **kwargs):
    return reverse(f"assurance:{name}", kwargs={"slug": partnership.slug, **kwargs})


@pytest.fixture
def inspection(partnership, business_user, organisations, executive_board):
    inspection = services.add_inspection(
        partnership=partnership, by=business_user, inspection_type=Inspection.Type.JTAI,
        theme="Children affected by domestic abuse", status=Activity.Status.REPORTED, start_date=D(2026, 1, 12),
        end_date=D(2026, 1, 16), reported_on=D(2026, 3, 2), reporting_body=executive_board,
        agencies=[organisations["police"], organisations["local_authority"]])
    services.add_judgement(inspection, by=business_user, area="Overall", judgement="Strengths and areas to improve")
    recommendation = services.add_recommendation(inspection.activity, by=business_user,
                                                 text="Strategy discussions include health")
    services.add_recommendation_action(recommendation, by=business_user, text="Add health to the strategy template",
                                       owner_organisation=organisations["local_authority"], due_date=D(2026, 2, 27))
    return inspection



def test_the_programmes_page_for_an_inspection_is_its_own_page_with_its_judgements(partnership, readonly_user,
                                                                                  client_for, inspection):
    """The programme and "What we learnt" open an inspection where its judgements, report and preparation are
    (walking the demo, they could be reached only from Inspections)."""
    page = client_for(readonly_user).get(url("activity-detail", partnership, activity_id=inspection.activity_id),
                                         follow=True)
    assert page.status_code == 200
    assert page.redirect_chain[-1][0] == url("inspection-detail", partnership, activity_id=inspection.activity_id)


def test_adding_an_inspection_through_the_form(partnership, business_user, client_for, organisations):
    data = {"inspection_type": "ofsted_ilacs", "status": "planned", "theme": "", "title": "",
            "agencies": [organisations["local_authority"].pk], **date_boxes("start_date", "2026-05-11"),
            **date_boxes("end_date", ""), **date_boxes("planned_report", ""), **date_boxes("reported_on", "")}
    response = client_for(business_user).post(url("inspection-add", partnership), data)
    inspection = Inspection.objects.get()
    assert response.status_code == 302 and response["Location"] == url("inspection-detail", partnership,
                                                                        activity_id=inspection.activity_id)
    assert inspection.activity.title == "Ofsted ILACS May 2026" and inspection.start_date == D(2026, 5, 11)


def test_a_jtai_without_its_theme_is_sent_back_naming_the_field(partnership, business_user, client_for):
    data = {"inspection_type": "jtai", "status": "planned", **date_boxes("start_date", ""),
            **date_boxes("end_date", ""), **date_boxes("planned_report", ""), **date_boxes("reported_on", "")}
    response = client_for(business_user).post(url("inspection-add", partnership), data)
    page = response.content.decode()
    assert response.status_code == 200 and "Error: " in page and "Enter the theme of the joint targeted" in page
    assert not Activity.objects.exists()


def test_the_page_shows_judgements_and_the_action_plan_with_each_actions_state(partnership, business_user,
                                                                              client_for, inspection):
    page = client_for(business_user).get(url("inspection-detail", partnership,
                                             activity_id=inspection.activity_id)).content.decode()
    assert "Strengths and areas to improve" in page and "Fenshire Police" in page
    assert "Recommendation 1" in page and "Add health to the strategy template" in page
    assert "Overdue" in page   # the action was due on 27 February and is still open
    assert "No report uploaded." in page


def test_the_report_is_uploaded_and_downloaded_only_by_those_who_may_read_the_inspection(
        partnership, business_user, member_user, readonly_user, client_for, inspection, executive_board):
    business = client_for(business_user)
    upload = url("inspection-report-upload", partnership, activity_id=inspection.activity_id)
    response = business.post(upload, {"file": SimpleUploadedFile("JTAI letter.txt", b"Findings letter.")})
    assert response.status_code == 302
    download = url("inspection-report-download", partnership, activity_id=inspection.activity_id)
    response = business.get(download)
    assert response.status_code == 200 and response["X-Content-Type-Options"] == "nosniff"
    assert 'attachment; filename="JTAI letter.txt"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == b"Findings letter."
    assert client_for(readonly_user).get(download).status_code == 200
    # A member reads the inspection only when a board they sit on receives it.
    member = client_for(member_user)
    assert member.get(download).status_code == 404
    Membership.objects.create(body=executive_board, person=Person.objects.get(user=member_user))
    assert member.get(download).status_code == 200


def test_a_file_the_intake_refuses_is_named_on_the_form(partnership, business_user, client_for, inspection):
    response = client_for(business_user).post(
        url("inspection-report-upload", partnership, activity_id=inspection.activity_id),
        {"file": SimpleUploadedFile("letter.pdf", b"MZ\x90\x00 not a pdf")})
    assert response.status_code == 200 and "Error: " in response.content.decode()
    inspection.refresh_from_db()
    assert not inspection.report_file


def test_preparation_tasks_are_added_and_listed_with_their_state(partnership, business_user, client_for,
                                                                organisations):
    expected = services.add_inspection(partnership=partnership, by=business_user, inspection_type="send_area")
    client = client_for(business_user)
    response = client.post(url("inspection-preparation-add", partnership, activity_id=expected.activity_id), {
        "text": "Update the SEND self-evaluation", "owner_organisation": organisations["local_authority"].pk,
        **date_boxes("due_date", "2026-04-30")})
    assert response.status_code == 302
    page = client.get(url("inspection-detail", partnership, activity_id=expected.activity_id)).content.decode()
    assert "Update the SEND self-evaluation" in page and "Open" in page and "Expected" in page


def test_a_recommendation_then_its_action_through_the_forms(partnership, business_user, client_for, inspection,
                                                           organisations):
    client = client_for(business_user)
    response = client.post(url("recommendation-add", partnership, activity_id=inspection.activity_id),
                           {"text": "Police attend every strategy discussion", "scope": "single_agency",
                            "organisation": organisations["police"].pk})
    assert response.status_code == 302
    assert response["Location"].startswith(url("inspection-detail", partnership, activity_id=inspection.activity_id))
    recommendation = inspection.activity.recommendations.get(number=2)
    response = client.post(url("recommendation-action-add", partnership, recommendation_id=recommendation.pk),
                           {"text": "Duty inspector rota for strategy discussions",
                            "owner_organisation": organisations["police"].pk, **date_boxes("due_date", "2026-06-30")})
    assert response.status_code == 302
    assert [link.action.text for link in recommendation.action_links.all()] == [
        "Duty inspector rota for strategy discussions"]


def test_changing_an_inspection_keeps_what_the_form_shows_and_asks_for_the_publication_date(
        partnership, business_user, client_for, inspection, organisations):
    client = client_for(business_user)
    edit = url("inspection-edit", partnership, activity_id=inspection.activity_id)
    page = client.get(edit).content.decode()
    assert 'value="Children affected by domestic abuse"' in page and "checked" in page   # theme and agencies shown
    data = {"version": inspection.activity.version, "inspection_type": "jtai", "status": "complete",
            "theme": "Children affected by domestic abuse", "title": "JTAI: domestic abuse",
            "agencies": [organisations["police"].pk], **date_boxes("start_date", "2026-01-12"),
            **date_boxes("end_date", "2026-01-16"), **date_boxes("planned_report", ""),
            **date_boxes("reported_on", "")}
    response = client.post(edit, data)
    assert "Enter the date the report was received" in response.content.decode()
    data.update(date_boxes("reported_on", "2026-03-02"))
    assert client.post(edit, data).status_code == 302
    inspection.activity.refresh_from_db()
    assert inspection.activity.title == "JTAI: domestic abuse" and inspection.activity.status == "complete"
    assert list(inspection.activity.agencies.all()) == [organisations["police"]]
