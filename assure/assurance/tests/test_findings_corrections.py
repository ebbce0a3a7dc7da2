"""Correcting and removing the findings and recommendations of any assurance activity: the edits keep history and
refuse a stale version, a recommendation with actions in the action log is kept until they are superseded there
(no action is ever deleted), the links show wherever findings and recommendations are listed, and only the business
team of the partnership may use them."""
import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from assure.actions import services as action_services
from assure.actions.models import Action
from assure.core.concurrency import EditConflict

from .. import services
from ..models import Finding, Recommendation
from . import factories

D = datetime.date


def url(name, partnership, **kwargs):
    return reverse(f"assurance:{name}", kwargs={"slug": partnership.slug, **kwargs})


@pytest.fixture
def activity(partnership, business_user, executive_board):
    return services.add_activity(partnership=partnership, by=business_user, year=2025, kind="visit",
                                 title="MASH assurance visit", reporting_body=executive_board)


@pytest.fixture
def finding(activity, business_user):
    return services.add_finding(activity, by=business_user, kind="development", text="Fathers were rarely seen.")


@pytest.fixture
def recommendation(activity, business_user, finding):
    return services.add_recommendation(activity, by=business_user, text="Involve fathers in assessments.",
                                       finding=finding)


def with_actions(recommendation, by, organisation, count):
    return [services.add_recommendation_action(recommendation, by=by, text=f"Action {n}",
                                               owner_organisation=organisation, due_date=D(2026, 6, 30))
            for n in range(1, count + 1)]


# --- services

def test_editing_a_finding_keeps_what_it_said_and_refuses_a_stale_version(finding, business_user, organisations):
    opened = finding.version
    services.edit_finding(finding, by=business_user, expected_version=opened, kind="strength",
                          text="Fathers were seen in most cases.", area="Voice of the child",
                          organisation=organisations["police"])
    finding.refresh_from_db()
    assert (finding.kind, finding.text, finding.area, finding.organisation) == (
        "strength", "Fathers were seen in most cases.", "Voice of the child", organisations["police"])
    assert Finding.history.filter(id=finding.pk, text="Fathers were rarely seen.").exists()
    with pytest.raises(EditConflict):
        services.edit_finding(finding, by=business_user, expected_version=opened, kind="development",
                              text="Someone else's older page")
    finding.refresh_from_db()
    assert finding.text == "Fathers were seen in most cases."


def test_a_finding_edit_is_refused_on_the_field(finding, business_user):
    with pytest.raises(ValidationError) as refused:
        services.edit_finding(finding, by=business_user, expected_version=finding.version, kind="strength",
                              text="  ")
    assert refused.value.message_dict == {"text": ["Enter the finding."]}


def test_editing_a_recommendation_keeps_its_number_and_history_and_refuses_a_stale_version(
        activity, recommendation, business_user, organisations):
    second = services.add_recommendation(activity, by=business_user, text="Audit again in a year.")
    opened = second.version
    services.edit_recommendation(second, by=business_user, expected_version=opened, text="Re-audit in a year.",
                                 scope="single_agency", organisation=organisations["local_authority"])
    second.refresh_from_db()
    assert (second.number, second.text, second.organisation) == (2, "Re-audit in a year.",
                                                                 organisations["local_authority"])
    assert Recommendation.history.filter(id=second.pk, text="Audit again in a year.").exists()
    with pytest.raises(EditConflict):
        services.edit_recommendation(second, by=business_user, expected_version=opened, text="Older page")
    with pytest.raises(ValidationError) as refused:
        services.edit_recommendation(second, by=business_user, expected_version=second.version, text="Agency only",
                                     scope="single_agency")
    assert "organisation" in refused.value.message_dict


def test_removing_a_recommendation_is_refused_while_it_has_actions_in_the_log(
        activity, recommendation, business_user, organisations):
    actions = with_actions(recommendation, business_user, organisations["police"], 3)
    with pytest.raises(ValidationError) as refused:
        services.remove_recommendation(recommendation, by=business_user)
    assert refused.value.messages == [
        "Recommendation 1 has 3 actions in the action log; supersede them there first."]
    assert Recommendation.objects.filter(pk=recommendation.pk).exists()
    for action in actions[:2]:
        action_services.supersede(action, by=business_user, expected_version=action.version)
    with pytest.raises(ValidationError) as still:
        services.remove_recommendation(recommendation, by=business_user)
    assert still.value.messages == ["Recommendation 1 has 1 action in the action log; supersede it there first."]


def test_a_recommendation_whose_actions_were_superseded_is_removed_and_the_actions_stay(
        activity, recommendation, business_user, organisations):
    later = services.add_recommendation(activity, by=business_user, text="Audit again in a year.")
    action, = with_actions(recommendation, business_user, organisations["police"], 1)
    action_services.supersede(action, by=business_user, expected_version=action.version)
    pk = recommendation.pk
    services.remove_recommendation(recommendation, by=business_user)
    assert not Recommendation.objects.filter(pk=pk).exists()
    assert Action.objects.get(pk=action.pk).status == Action.Status.SUPERSEDED
    assert Recommendation.history.filter(id=pk, history_type="-").exists()
    later.refresh_from_db()
    assert later.number == 2


def test_removing_a_finding_keeps_the_recommendation_that_answered_it(finding, recommendation, business_user):
    pk = finding.pk
    services.remove_finding(finding, by=business_user)
    recommendation.refresh_from_db()
    assert recommendation.finding is None
    assert Finding.history.filter(id=pk, history_type="-").exists()


# --- pages

def test_the_business_team_corrects_a_finding_and_comes_back_to_the_activity(
        partnership, business_user, client_for, activity, finding):
    client = client_for(business_user)
    page = client.get(url("activity-detail", partnership, activity_id=activity.pk)).content.decode()
    assert url("finding-edit", partnership, finding_id=finding.pk) in page
    assert url("finding-remove", partnership, finding_id=finding.pk) in page
    saved = client.post(url("finding-edit", partnership, finding_id=finding.pk), {
        "kind": "development", "text": "Fathers were seen in 2 of 12 cases.", "version": finding.version})
    assert saved.status_code == 302
    assert saved.url == url("activity-detail", partnership, activity_id=activity.pk) + "#findings"
    finding.refresh_from_db()
    assert finding.text == "Fathers were seen in 2 of 12 cases."


def test_a_stale_finding_page_is_refused_and_nothing_is_saved(partnership, business_user, client_for, finding):
    client = client_for(business_user)
    services.edit_finding(finding, by=business_user, expected_version=finding.version, kind="development",
                          text="Saved by a colleague.")
    response = client.post(url("finding-edit", partnership, finding_id=finding.pk), {
        "kind": "development", "text": "My older change", "version": 1})
    assert response.status_code == 200
    assert "Someone else changed this record after you opened it" in response.content.decode()
    finding.refresh_from_db()
    assert finding.text == "Saved by a colleague."


def test_the_remove_page_says_why_a_recommendation_with_actions_stays(
        partnership, business_user, client_for, recommendation, organisations):
    with_actions(recommendation, business_user, organisations["police"], 2)
    client = client_for(business_user)
    page = client.get(url("recommendation-remove", partnership, recommendation_id=recommendation.pk))
    html = page.content.decode()
    assert "Recommendation 1 has 2 actions in the action log; supersede them there first." in html
    assert "Remove recommendation</button>" not in html
    refused = client.post(url("recommendation-remove", partnership, recommendation_id=recommendation.pk), {})
    assert refused.status_code == 200
    assert Recommendation.objects.filter(pk=recommendation.pk).exists()
    assert Action.objects.filter(assurance_link__recommendation=recommendation).count() == 2


def test_removing_a_finding_and_a_recommendation_comes_back_to_the_activity(
        partnership, business_user, client_for, activity, finding, recommendation):
    client = client_for(business_user)
    back = url("activity-detail", partnership, activity_id=activity.pk)
    removed = client.post(url("recommendation-remove", partnership, recommendation_id=recommendation.pk), {})
    assert removed.status_code == 302 and removed.url == back + "#recommendations"
    removed = client.post(url("finding-remove", partnership, finding_id=finding.pk), {})
    assert removed.status_code == 302 and removed.url == back + "#findings"
    assert not activity.findings.exists() and not activity.recommendations.exists()


def test_a_case_audits_corrections_are_linked_from_its_own_page_and_come_back_to_it(
        partnership, business_user, client_for, organisations):
    audit = factories.case_audit(partnership, business_user)
    activity = audit.activity
    finding = services.add_finding(activity, by=business_user, kind="strength", text="Good chronologies.")
    rec = services.add_recommendation(activity, by=business_user, text="Share the chronology template.")
    client = client_for(business_user)
    own = url("audit-detail", partnership, activity_id=activity.pk)
    html = client.get(own).content.decode()
    assert url("finding-edit", partnership, finding_id=finding.pk) in html
    assert url("recommendation-edit", partnership, recommendation_id=rec.pk) in html
    saved = client.post(url("recommendation-edit", partnership, recommendation_id=rec.pk), {
        "text": "Share the chronology template with schools.", "scope": "multi_agency", "version": rec.version})
    assert saved.status_code == 302 and saved.url == own + "#recommendation-1"


def test_an_inspections_recommendations_are_linked_from_its_page(partnership, business_user, client_for,
                                                                 organisations):
    inspection = services.add_inspection(partnership=partnership, by=business_user, inspection_type="ofsted_ilacs",
                                         status="in_progress", start_date=D(2026, 1, 12),
                                         agencies=[organisations["local_authority"]])
    rec = services.add_recommendation(inspection.activity, by=business_user, text="Improve strategy discussions.")
    client = client_for(business_user)
    html = client.get(url("inspection-detail", partnership, activity_id=inspection.activity_id)).content.decode()
    assert "Improve strategy discussions." in html
    assert url("recommendation-remove", partnership, recommendation_id=rec.pk) in html
    removed = client.post(url("recommendation-remove", partnership, recommendation_id=rec.pk), {})
    assert removed.url == url("inspection-detail", partnership, activity_id=inspection.activity_id) + "#recommendations"


def test_members_and_read_only_users_get_403_and_see_no_links(partnership, member_user, readonly_user, client_for,
                                                               activity, finding, recommendation):
    pages = [url("finding-edit", partnership, finding_id=finding.pk),
             url("finding-remove", partnership, finding_id=finding.pk),
             url("recommendation-edit", partnership, recommendation_id=recommendation.pk),
             url("recommendation-remove", partnership, recommendation_id=recommendation.pk)]
    for user in (member_user, readonly_user):
        client = client_for(user)
        assert [client.get(page).status_code for page in pages] == [403] * 4
        assert [client.post(page, {}).status_code for page in pages] == [403] * 4
    detail = client_for(readonly_user).get(url("activity-detail", partnership, activity_id=activity.pk))
    assert not any(page in detail.content.decode() for page in pages)
    assert Finding.objects.filter(pk=finding.pk).exists() and Recommendation.objects.filter(pk=recommendation.pk)


def test_another_partnerships_business_team_gets_404(partnership, other_partnership, outsider_user, client_for,
                                                     finding, recommendation):
    client = client_for(outsider_user)
    for where in (partnership, other_partnership):   # ours, and theirs with our records' ids
        for page in (url("finding-edit", where, finding_id=finding.pk),
                     url("finding-remove", where, finding_id=finding.pk),
                     url("recommendation-edit", where, recommendation_id=recommendation.pk),
                     url("recommendation-remove", where, recommendation_id=recommendation.pk)):
            assert client.get(page).status_code == 404, page
            assert client.post(page, {}).status_code == 404, page
    assert Finding.objects.filter(pk=finding.pk).exists() and Recommendation.objects.filter(pk=recommendation.pk)
