"""The escalation log (recurring issues by agency and theme, past their stage's clock, filters), the forms that
record and move one on (names and dates out of order refused on the page), the stages page, and who sees what."""
import datetime
import re

import pytest
from django.urls import reverse

from assure.conftest import date_boxes
from assure.partnerships.models import Person

from .. import queries, services
from ..models import Escalation

D = datetime.date   # today is Monday 9 March 2026


def url(name, partnership, **kwargs):
    return reverse(f"assurance:{name}", kwargs={"slug": partnership.slug, **kwargs})


def references(response) -> list[str]:
    """The references listed in the log itself (below the tables of late and recurring ones)."""
    log = response.content.decode().split('id="log"')[1]
    return re.findall(r'href="/p/fenbridge/assurance/escalations/\d+/">(E\d+)</a>', log)


@pytest.fixture
def log(partnership, business_user, organisations):
    """Three about the council's thresholds (one past stage 1's five days), one about the police, resolved."""
    stages = queries.escalation_stages(partnership)
    school, council, police = organisations["education"], organisations["local_authority"], organisations["police"]

    def record(raised_on, about, theme, raised_by=school):
        return services.record_escalation(partnership=partnership, by=business_user, raised_on=raised_on,
                                          raised_by_organisation=raised_by, raised_by_role="Designated safeguarding lead",
                                          about_organisation=about, summary="Referral closed.", learning_theme=theme)
    late = record(D(2026, 2, 23), council, "Thresholds")                      # E01: 10 working days at stage 1
    recent = record(D(2026, 3, 5), council, "thresholds")                     # E02: 2 working days
    moved = record(D(2026, 2, 16), council, "Thresholds")                     # E03: moved to stage 3 on 6 March
    services.escalate(moved, by=business_user, expected_version=moved.version, stage=stages[2],
                      moved_on=D(2026, 3, 6))
    done = record(D(2026, 2, 2), police, "Information sharing", raised_by=council)   # E04: resolved
    services.resolve_escalation(done, by=business_user, expected_version=done.version, resolved_on=D(2026, 2, 5),
                                outcome="changed")
    return {"late": late, "recent": recent, "moved": moved, "done": done, "stages": stages}


def test_the_log_counts_recurring_issues_by_agency_and_theme_and_lists_those_past_their_clock(
        partnership, business_user, client_for, log):
    page = client_for(business_user).get(url("escalation-list", partnership)).content.decode()
    recurring = page.split('id="recurring"')[1].split('id="log"')[0]
    rows = re.findall(r"<td class=\"govuk-table__cell\">([^<]+)</td>\s*<td class=\"govuk-table__cell\">([^<]+)</td>"
                      r"\s*<td[^>]*><a[^>]*>(\d+)", recurring)
    assert rows == [("Fenbridge Council", "Thresholds", "3"), ("Fenshire Police", "Information sharing", "1")]
    assert recurring.count(">Recurring<") == 1
    past = page.split('id="past-clock"')[1].split('id="recurring"')[0]
    assert "E01" in past and "10 of 5" in past and "E02" not in past and "E03" not in past


@pytest.mark.parametrize(("query", "expected"), [
    ("?clock=past", ["E01"]),
    ("?status=resolved", ["E04"]),
    ("?theme=thresholds&status=open", ["E02", "E01", "E03"]),
    ("?stage={stage3}", ["E03"]),
])
def test_the_log_filters(partnership, business_user, client_for, log, query, expected):
    query = query.format(stage3=log["stages"][2].pk)
    assert references(client_for(business_user).get(url("escalation-list", partnership) + query)) == expected


def test_a_childs_name_in_the_description_is_refused_on_the_page_and_nothing_is_kept(
        partnership, business_user, client_for, organisations):
    stages = queries.escalation_stages(partnership)
    data = {"kind": "disagreement", **date_boxes("raised_on", "2026-03-06"),
            "raised_by_organisation": organisations["health"].pk, "raised_by_role": "Health visitor",
            "about_organisation": organisations["local_authority"].pk, "case_reference": "",
            "summary": "Disagreement about closing the case of Jordan Blake.", "learning_theme": "",
            "stage": stages[0].pk}
    response = client_for(business_user).post(url("escalation-add", partnership), data)
    page = response.content.decode()
    assert response.status_code == 200 and "Error: " in page and "&quot;Jordan Blake&quot; looks like" in page
    assert not Escalation.objects.exists()
    data["summary"], data["case_reference"] = "Disagreement about closing the case.", "Child J"
    assert client_for(business_user).post(url("escalation-add", partnership), data).status_code == 302
    assert Escalation.objects.get().case_reference == "Child J"


def test_moving_on_before_the_stage_started_is_refused_on_the_page(partnership, business_user, client_for, log):
    late = log["late"]
    response = client_for(business_user).post(url("escalation-escalate", partnership, escalation_id=late.pk), {
        "version": late.version, "stage": log["stages"][1].pk, **date_boxes("moved_on", "2026-02-20"), "note": ""})
    assert "cannot end before it started" in response.content.decode()
    assert late.steps.count() == 1


def test_a_member_sees_the_escalations_their_organisation_raised_or_is_about(
        partnership, member_user, client_for, log, organisations):
    Person.objects.filter(user=member_user).update(organisation=organisations["police"])
    client = client_for(member_user)
    assert references(client.get(url("escalation-list", partnership))) == ["E04"]
    assert client.get(url("escalation-detail", partnership, escalation_id=log["late"].pk)).status_code == 404
    assert client.get(url("escalation-detail", partnership, escalation_id=log["done"].pk)).status_code == 200


def test_the_business_team_changes_a_stages_working_days(partnership, business_user, client_for):
    stage = queries.escalation_stages(partnership)[1]
    client = client_for(business_user)
    response = client.post(url("escalation-stage-edit", partnership, stage_id=stage.pk),
                           {"version": stage.version, "name": "Team manager to team manager", "working_days": "7"})
    assert response.status_code == 302
    page = client.get(url("escalation-stages", partnership)).content.decode()
    assert "Stage 2: Team manager to team manager" in page and ">7<" in page
