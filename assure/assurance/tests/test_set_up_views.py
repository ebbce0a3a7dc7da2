"""An activity put on the programme without its kind's details (an audit, thematic review or inspection added with
"Add to the programme") says what it lacks and links to its set-up page; setting it up keeps the same activity
(its id and its forward plan entry) and from then on it opens on its kind's own page."""
import datetime
import html
import re

import pytest
from django.urls import reverse

from assure.conftest import date_boxes
from assure.meetings.models import ForwardPlanEntry

from .. import services
from ..models import Activity, CaseAudit, Inspection, ThematicReview

D = datetime.date   # the fixed clock says Monday 9 March 2026


def url(name, partnership, **kwargs):
    return reverse(f"assurance:{name}", kwargs={"slug": partnership.slug, **kwargs})


def text(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.fixture
def planned(partnership, business_user, executive_board):
    """One bare activity of each kind with details, each booked on the Executive Board's forward plan."""
    return {kind: services.add_activity(partnership=partnership, by=business_user, year=2025, kind=kind,
                                        title=f"Planned {kind.replace('_', ' ')}", reporting_body=executive_board,
                                        planned_report=D(2026, 7, 20))
            for kind in ("case_audit", "single_agency_audit", "thematic_review", "inspection")}


@pytest.mark.parametrize("kind, set_up, link", [
    ("case_audit", "audit-set-up", "Set up the case audit: domains, sample and agencies"),
    ("single_agency_audit", "audit-set-up", "Set up the single-agency audit: domains, sample and agency"),
    ("thematic_review", "thematic-set-up", "Set up the thematic review: key areas and agencies"),
    ("inspection", "inspection-set-up", "Set up the inspection: its type and dates"),
])
def test_a_bare_activity_says_what_it_lacks_and_links_to_its_set_up(partnership, business_user, readonly_user,
                                                                   client_for, planned, kind, set_up, link):
    activity = planned[kind]
    detail = url("activity-detail", partnership, activity_id=activity.pk)
    response = client_for(business_user).get(detail)
    page = response.content.decode()
    assert response.status_code == 200 and link in page and "yet" in text(response)
    assert f'href="{url(set_up, partnership, activity_id=activity.pk)}"' in page
    assert link not in client_for(readonly_user).get(detail).content.decode()   # it could not open the page


def test_setting_up_a_case_audit_keeps_the_activity_and_opens_on_the_audit(partnership, business_user, client_for,
                                                                          planned, organisations):
    activity = planned["case_audit"]
    entry_id = activity.forward_plan_entry_id
    set_up = url("audit-set-up", partnership, activity_id=activity.pk)
    client = client_for(business_user)
    response = client.post(set_up, {"domains": "Recognition\nVoice of the child",
                                    "agencies": [organisations["police"].pk, organisations["health"].pk],
                                    **date_boxes("period_start", "2025-04-01"), **date_boxes("period_end", "2025-09-30"),
                                    **date_boxes("moderation_on", ""), **date_boxes("reaudit_on", "")})
    audit_page = url("audit-detail", partnership, activity_id=activity.pk)
    assert response.status_code == 302 and response["Location"] == audit_page
    audit = CaseAudit.objects.get()
    assert audit.activity_id == activity.pk and Activity.objects.filter(kind="case_audit").count() == 1
    assert audit.domains == ["Recognition", "Voice of the child"]
    activity.refresh_from_db()
    assert activity.forward_plan_entry_id == entry_id and ForwardPlanEntry.objects.filter(pk=entry_id).exists()
    assert set(activity.agencies.all()) == {organisations["police"], organisations["health"]}
    assert client.get(url("activity-detail", partnership, activity_id=activity.pk))["Location"] == audit_page
    assert client.get(set_up)["Location"] == audit_page   # set up once only
    assert "Add a case" in text(client.get(audit_page))   # the sample is added on its own page


def test_setting_up_a_thematic_review_and_an_inspection(partnership, business_user, client_for, planned,
                                                        organisations):
    client = client_for(business_user)
    review, inspection = planned["thematic_review"], planned["inspection"]
    response = client.post(url("thematic-set-up", partnership, activity_id=review.pk),
                           {"key_areas": "Front door\nExploitation", "agencies": [organisations["police"].pk]})
    assert response["Location"] == url("thematic-detail", partnership, activity_id=review.pk)
    assert ThematicReview.objects.get().activity_id == review.pk
    assert ThematicReview.objects.get().key_areas == ["Front door", "Exploitation"]
    response = client.post(url("inspection-set-up", partnership, activity_id=inspection.pk), {
        "inspection_type": "jtai", "theme": "Domestic abuse", **date_boxes("start_date", "2026-05-11"),
        **date_boxes("end_date", "2026-05-15")})
    detail = url("inspection-detail", partnership, activity_id=inspection.pk)
    assert response["Location"] == detail
    assert Inspection.objects.get().activity_id == inspection.pk and Inspection.objects.get().start_date == D(2026, 5, 11)
    inspection.refresh_from_db()
    assert inspection.title == "Planned inspection" and inspection.theme == "Domestic abuse"
    assert inspection.forward_plan_entry_id is not None
    assert client.get(url("activity-detail", partnership, activity_id=inspection.pk))["Location"] == detail
    assert client.get(url("activity-edit", partnership, activity_id=inspection.pk))["Location"] == url(
        "inspection-edit", partnership, activity_id=inspection.pk)
    assert "Add a judgement" in text(client.get(detail))


@pytest.mark.parametrize("name, kind, data, field, message", [
    ("audit-set-up", "case_audit", {"domains": "Overall", **date_boxes("period_start", "2025-09-30"),
                                    **date_boxes("period_end", "2025-04-01")},
     "period_end", "The end of the audit period must be on or after its start (30 September 2025)."),
    ("audit-set-up", "single_agency_audit", {"domains": "Overall", **date_boxes("period_start", "2025-04-01"),
                                             **date_boxes("period_end", "2025-09-30")},
     "agencies", "A single-agency audit names the one agency whose audit it is."),
    ("thematic-set-up", "thematic_review", {"key_areas": "Front door\nfront door"}, "key_areas",
     '"front door" is listed twice. List each key area once.'),
    ("inspection-set-up", "inspection", {"inspection_type": "jtai", "theme": ""}, "theme",
     "Enter the theme of the joint targeted area inspection"),
])
def test_set_up_errors_name_the_field_and_keep_nothing(partnership, business_user, client_for, planned, name, kind,
                                                       data, field, message):
    response = client_for(business_user).post(url(name, partnership, activity_id=planned[kind].pk), data)
    page = html.unescape(response.content.decode())
    assert response.status_code == 200 and message in page
    assert f'href="#id_{field}' in page   # the error summary links to the field
    assert not (CaseAudit.objects.exists() or ThematicReview.objects.exists() or Inspection.objects.exists())


def test_a_set_up_page_is_only_for_its_own_kind_and_partnership(partnership, other_partnership, business_user,
                                                                client_for, planned):
    client = client_for(business_user)
    assert client.get(url("audit-set-up", partnership, activity_id=planned["inspection"].pk)).status_code == 404
    assert client.get(url("inspection-set-up", partnership,
                          activity_id=planned["thematic_review"].pk)).status_code == 404
    theirs = services.add_activity(partnership=other_partnership, by=business_user, year=2025, kind="case_audit",
                                   title="Their audit")
    assert client.get(url("audit-set-up", partnership, activity_id=theirs.pk)).status_code == 404
    assert client.post(url("audit-set-up", partnership, activity_id=theirs.pk), {"domains": "Overall"}
                       ).status_code == 404 and not CaseAudit.objects.exists()


def test_the_services_refuse_a_second_set_up_and_another_kind(partnership, business_user, planned):
    from django.core.exceptions import ValidationError
    review = planned["thematic_review"]
    services.set_up_thematic_review(review, by=business_user, key_areas=["Front door"])
    with pytest.raises(ValidationError, match="set up already"):
        services.set_up_thematic_review(review, by=business_user, key_areas=["Exploitation"])
    with pytest.raises(ValidationError, match="cannot be set up as an inspection"):
        services.set_up_inspection(planned["case_audit"], by=business_user, inspection_type="ofsted_ilacs")


def test_the_programmes_add_form_points_to_the_kinds_own_add_pages(partnership, business_user, client_for):
    client = client_for(business_user)
    page = client.get(url("activity-add", partnership)).content.decode()
    for name in ("audit-add", "thematic-add", "sa-round-add", "inspection-add"):
        assert f'href="{url(name, partnership)}"' in page
    chosen = client.get(url("activity-add", partnership) + "?kind=thematic_review")
    assert "Thematic review has its own add page" in text(chosen)
    # a kind without details is added here as before, and the chosen kind's hint comes back with an error
    response = client.post(url("activity-add", partnership), {"title": "Visit to the front door", "kind": "visit",
                                                              "year": "2025", "status": "planned"})
    assert response.status_code == 302 and Activity.objects.get().kind == "visit"
    refused = client.post(url("activity-add", partnership), {"title": "", "kind": "inspection", "year": "2025",
                                                             "status": "planned"})
    assert "Inspection has its own add page" in text(refused)
    assert f'href="{url("inspection-add", partnership)}"' in refused.content.decode()
