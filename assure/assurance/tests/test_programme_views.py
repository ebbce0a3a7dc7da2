"""The programme's pages: the year's list and its filters, an activity with what it found and the actions answering
its recommendations, the overview of evidence of impact, the forms and their errors, and who may see what."""
import datetime
import re

import pytest
from django.urls import reverse

from assure.actions import services as action_services
from assure.actions.models import Action
from assure.conftest import date_boxes
from assure.meetings.models import ForwardPlanEntry
from assure.partnerships import services as partnership_services
from assure.partnerships.models import Body, Membership, Person
from assure.performance.tests.dataset_fixtures import after_q4  # noqa: F401 (a fixture)

from .. import services
from ..models import Activity

D = datetime.date   # the fixed clock says Monday 9 March 2026: financial year 2025/26


def url(name, partnership, **kwargs):
    return reverse(f"assurance:{name}", kwargs={"slug": partnership.slug, **kwargs})


@pytest.fixture
def boards(partnership):
    return {"exec": Body.objects.create(partnership=partnership, name="Executive Board", kind=Body.Kind.EXECUTIVE_BOARD),
            "qa": Body.objects.create(partnership=partnership, name="Quality Assurance Subgroup"),
            "adults": Body.objects.create(partnership=partnership, name="Adults Board")}


@pytest.fixture
def year(partnership, business_user, boards, organisations):
    """The 2025/26 programme: an audit received by the Executive with a finding, a recommendation and two actions
    (one done, with evidence, one open); an inspection received by the Adults Board; last year's visit."""
    by = business_user
    neglect = partnership_services.add_priority(partnership=partnership, title="Neglect", by=by)
    audit = services.add_activity(partnership=partnership, by=by, year=2025, kind="case_audit",
                                  title="Neglect multi-agency case audit", theme="Neglect", owner_body=boards["qa"],
                                  reporting_body=boards["exec"], planned_report=D(2026, 4, 20),
                                  priorities=[neglect], agencies=[organisations["police"]])
    services.add_finding(audit, by=by, kind="development", area="Voice of the child",
                         text="The child's wishes were recorded in 3 of 12 cases.")
    rec = services.add_recommendation(audit, by=by, text="Every assessment records the child's own words.")
    done = services.add_recommendation_action(rec, by=by, text="Add a voice section to the assessment template",
                                              owner_organisation=organisations["local_authority"],
                                              due_date=D(2026, 2, 27))
    action_services.complete_action(done, by=by, expected_version=done.version,
                                    note="Re-audit: the voice recorded in 10 of 12 cases.")
    services.add_recommendation_action(rec, by=by, text="Brief team managers on the voice section",
                                       owner_organisation=organisations["local_authority"], due_date=D(2026, 6, 30))
    inspection = services.add_activity(partnership=partnership, by=by, year=2025, kind="inspection",
                                       title="CQC local authority assessment", reporting_body=boards["adults"])
    services.add_activity(partnership=partnership, by=by, year=2024, kind="visit", title="MASH assurance visit")
    return {"audit": audit, "inspection": inspection, "neglect": neglect}


def titles(response) -> list[str]:
    return re.findall(r'href="/p/fenbridge/assurance/activities/\d+/">([^<]+)</a>', response.content.decode())


def test_the_programme_lists_this_financial_years_activities_with_their_actions(partnership, business_user,
                                                                              client_for, year):
    page = client_for(business_user).get(url("programme", partnership))
    html = page.content.decode()
    assert "Financial year 2025/26" in html
    assert titles(page) == ["CQC local authority assessment", "Neglect multi-agency case audit"]
    assert "1 open, 1 done" in html
    last_year = client_for(business_user).get(url("programme", partnership) + "?year=2024")
    assert titles(last_year) == ["MASH assurance visit"]


def test_the_programme_filters_by_priority_agency_and_board(partnership, business_user, client_for, year, boards,
                                                           organisations):
    client = client_for(business_user)
    base = url("programme", partnership) + "?year=2025"
    assert titles(client.get(f"{base}&priority={year['neglect'].pk}")) == ["Neglect multi-agency case audit"]
    assert titles(client.get(f"{base}&agency={organisations['police'].pk}")) == ["Neglect multi-agency case audit"]
    assert titles(client.get(f"{base}&body={boards['adults'].pk}")) == ["CQC local authority assessment"]
    assert titles(client.get(f"{base}&body={boards['qa'].pk}")) == ["Neglect multi-agency case audit"]
    nonsense = client.get(f"{base}&body=99999")
    assert nonsense.status_code == 200 and "Choose a board or group from the list." in nonsense.content.decode()


def test_an_activity_shows_its_findings_recommendations_and_the_actions_that_answer_them(
        partnership, business_user, client_for, year):
    html = client_for(business_user).get(url("activity-detail", partnership, activity_id=year["audit"].pk)).content.decode()
    assert "Voice of the child" in html and "3 of 12 cases" in html
    assert "Recommendation 1" in html and "Every assessment records the child" in html
    assert "Add a voice section to the assessment template" in html and "Re-audit: the voice recorded" in html
    assert "Brief team managers on the voice section" in html
    assert "(on its forward plan)" in html


def test_the_overview_says_what_was_learnt_done_and_still_open(partnership, readonly_user, client_for, year):
    html = client_for(readonly_user).get(url("overview", partnership)).content.decode()
    section = html.split(f'aria-labelledby="activity-{year["audit"].pk}"', 1)[1].split("</section>", 1)[0]
    learnt, rest = section.split("What was done", 1)
    done, still_open = rest.split("Still open", 1)
    assert "3 of 12 cases" in learnt
    assert "Add a voice section" in done and "Re-audit: the voice recorded in 10 of 12 cases." in done
    assert "Brief team managers" in still_open and "Add a voice section" not in still_open
    assert "Brief team managers" not in done



def test_the_overview_says_so_in_a_sentence_when_an_activity_has_no_actions(partnership, readonly_user, client_for,
                                                                            year):
    """An activity with nothing done and nothing open reads as two short sentences, not two empty tables with
    headings (the demo year's page was mostly empty "Action Owner Due Status" tables)."""
    html = client_for(readonly_user).get(url("overview", partnership)).content.decode()
    section = html.split(f'aria-labelledby="activity-{year["inspection"].pk}"', 1)[1].split("</section>", 1)[0]
    assert '<p class="govuk-body">No action has been completed yet.</p>' in section
    assert '<p class="govuk-body">Nothing is still open.</p>' in section
    assert "<table" not in section
    audit = html.split(f'aria-labelledby="activity-{year["audit"].pk}"', 1)[1].split("</section>", 1)[0]
    assert audit.count("<table") == 2

def test_a_member_sees_only_the_activities_their_bodies_own_or_receive(partnership, member_user, client_for, year,
                                                                      boards):
    Membership.objects.create(body=boards["adults"], person=Person.objects.get(partnership=partnership,
                                                                                user=member_user))
    client = client_for(member_user)
    assert titles(client.get(url("programme", partnership))) == ["CQC local authority assessment"]
    assert client.get(url("activity-detail", partnership, activity_id=year["audit"].pk)).status_code == 404
    assert client.get(url("activity-detail", partnership, activity_id=year["inspection"].pk)).status_code == 200
    assert client.get(url("activity-edit", partnership, activity_id=year["inspection"].pk)).status_code == 403


def test_another_partnerships_user_gets_404(partnership, outsider_user, client_for, year):
    client = client_for(outsider_user)
    assert client.get(url("programme", partnership)).status_code == 404
    assert client.get(url("activity-detail", partnership, activity_id=year["audit"].pk)).status_code == 404


def test_adding_an_activity_books_its_report_and_errors_name_the_fields(partnership, business_user, client_for,
                                                                       boards):
    client = client_for(business_user)
    refused = client.post(url("activity-add", partnership), {
        "title": "", "kind": "case_audit", "year": "2025", "status": "planned",
        **date_boxes("planned_start", "2026-05-01"), **date_boxes("planned_report", "2026-04-01")})
    html = refused.content.decode()
    assert refused.status_code == 200 and "<title>Error:" in html
    assert "Enter the title of the activity" in html
    assert not Activity.objects.exists()
    added = client.post(url("activity-add", partnership), {
        "title": "Exploitation thematic review", "kind": "thematic_review", "year": "2025", "status": "planned",
        "reporting_body": boards["exec"].pk, **date_boxes("planned_report", "2026-07-15")})
    assert added.status_code == 302
    entry = ForwardPlanEntry.objects.get(body=boards["exec"])
    assert entry.month == D(2026, 7, 1) and "Exploitation thematic review" in entry.title


def test_report_dates_out_of_order_are_refused_on_the_field(partnership, business_user, client_for):
    response = client_for(business_user).post(url("activity-add", partnership), {
        "title": "Front door audit", "kind": "case_audit", "year": "2025", "status": "planned",
        **date_boxes("planned_start", "2026-05-01"), **date_boxes("planned_report", "2026-04-01")})
    assert "The report date is before the planned start." in response.content.decode()
    assert not Activity.objects.exists()


def test_a_recommendation_action_goes_in_the_action_log(partnership, business_user, client_for, year, organisations):
    rec = year["audit"].recommendations.get()
    response = client_for(business_user).post(url("recommendation-action-add", partnership, recommendation_id=rec.pk), {
        "text": "Audit the voice section in six months", "owner_organisation": organisations["police"].pk,
        **date_boxes("due_date", "2026-09-30")})
    assert response.status_code == 302
    action = Action.objects.get(text="Audit the voice section in six months")
    assert action.due_date == D(2026, 9, 30) and action.assurance_link.recommendation == rec


# --- the performance dataset on the overview (issue 10: the overview reads the dataset through its series)

@pytest.mark.usefixtures("after_q4")
def test_the_overview_shows_the_red_indicators_and_the_counts_by_rating(partnership, business_user, member_user,
                                                                         readonly_user, client_for):
    from assure.performance.tests import dataset_fixtures

    dataset = dataset_fixtures.build(partnership, business_user, owner_user=member_user)
    html = client_for(readonly_user).get(url("overview", partnership)).content.decode()
    panel = html.split('aria-labelledby="performance-dataset"', 1)[1].split("</section>", 1)[0]
    words = " ".join(re.sub(r"<[^>]+>", " ", panel).split())
    assert ("4 indicators as at Q4 2025/26 (January to March 2026) Draft (not yet approved by the business team)."
            in words)
    assert "Red 1 indicator rated red" in words and "Green 1 indicator rated green" in words
    assert "Not rated 2 indicators rated not rated" in words
    red = panel.split("Indicators rated red", 1)[1]
    detail = reverse("performance:indicator-detail", kwargs={"slug": partnership.slug,
                                                             "indicator_id": dataset["plans"].pk})
    assert f'href="{detail}">Child protection plans lasting two years or more</a>' in red
    assert "4.9%" in red and "Worsening" in red and "target 3.5%" in red
    assert "Children missing" not in red                     # green, not listed
    assert "?as_at=2025-Q4&amp;rag=red#indicators" in panel


def test_the_overview_reads_a_past_year_at_its_last_quarter(partnership, business_user, member_user, readonly_user,
                                                            client_for):
    from assure.performance.tests import dataset_fixtures

    dataset_fixtures.build(partnership, business_user, owner_user=member_user)
    html = client_for(readonly_user).get(url("overview", partnership), {"year": 2024}).content.decode()
    panel = html.split('aria-labelledby="performance-dataset"', 1)[1].split("</section>", 1)[0]
    assert "as at Q4 2024/25 (January to March 2025)" in panel
    html = client_for(readonly_user).get(url("overview", partnership), {"year": 2020}).content.decode()
    assert "The performance dataset has no figures for 2020/21 yet." in html


def test_the_overview_without_a_dataset_says_so(partnership, readonly_user, client_for):
    html = client_for(readonly_user).get(url("overview", partnership)).content.decode()
    assert "The performance dataset has no figures for 2025/26 yet." in html


@pytest.mark.usefixtures("after_q4")
def test_the_overview_filtered_by_priority_shows_that_prioritys_indicators(partnership, business_user, member_user,
                                                                          readonly_user, client_for):
    from assure.performance.tests import dataset_fixtures

    dataset = dataset_fixtures.build(partnership, business_user, owner_user=member_user)
    exploitation = dataset["exploitation"]
    html = client_for(readonly_user).get(url("overview", partnership), {"priority": exploitation.pk}).content.decode()
    panel = html.split('aria-labelledby="performance-dataset"', 1)[1].split("</section>", 1)[0]
    assert "1 indicator evidencing Exploitation as at Q4 2025/26" in " ".join(re.sub(r"<[^>]+>", " ", panel).split())
    assert "No indicator is rated red." in panel
    assert f"?as_at=2025-Q4&amp;priority={exploitation.pk}&amp;rag=green#indicators" in panel
