"""The business plan's pages: everyone with a role reads, the business team changes; another partnership's records
are 404; a stale page and a bad quarter are refused with a message. The clock is fixed on 9 March 2026."""
import pytest
from django.urls import reverse

from assure.conftest import signed_in_client
from assure.plans import services
from assure.plans.models import Objective, Progress

from . import factories


@pytest.fixture
def neglect(partnership, business_user):
    priority = factories.priority(partnership, business_user, "Neglect", first_year=2025)
    objective = factories.objective(priority, business_user)
    factories.rating(priority, business_user, quarter="2025-Q1", rating_="green", narrative="Strategy agreed.")
    factories.rating(priority, business_user, quarter="2025-Q2", rating_="red", narrative="Referrals doubled.")
    services.set_evidence(objective, by=business_user, expected_version=objective.version,
                          actions=[factories.action(partnership, business_user)])
    return priority


def url(name, partnership, *args, query=""):
    return reverse(f"plans:{name}", args=[partnership.slug, *args]) + query


def test_the_plan_shows_each_quarter_s_rating_in_words(partnership, neglect, readonly_user):
    page = signed_in_client(readonly_user).get(url("plan", partnership)).content.decode()
    assert "Business plan 2025/26" in page
    matrix = page[page.index("<table"):page.index("</table>")]
    assert "On track" in matrix and "Off track" in matrix and "Not rated" in matrix
    assert 'govuk-tag--red">Off track<span class="govuk-visually-hidden"> (red)' in matrix
    assert "Relaunch the neglect screening tool" in page and "Open (due 30 April 2026)" in page
    assert "Referrals doubled." in page            # the latest rating's narrative
    assert reverse("plans:progress-add", args=[partnership.slug, neglect.pk]) not in page   # reads only
    assert 'aria-label="Parts of the partnership"' in page


def test_the_business_team_is_offered_the_quarters_to_rate(partnership, neglect, business_user):
    page = signed_in_client(business_user).get(url("plan", partnership)).content.decode()
    assert url("progress-add", partnership, neglect.pk, query="?quarter=2025-Q3") in page
    assert url("progress-add", partnership, neglect.pk, query="?quarter=2025-Q4") in page


def test_another_year_is_chosen_and_a_nonsense_one_is_said_and_ignored(partnership, neglect, readonly_user):
    client = signed_in_client(readonly_user)
    page = client.get(url("plan", partnership, query="?year=2026")).content.decode()
    assert "Business plan 2026/27" in page and "Not started" in page
    page = client.get(url("plan", partnership, query="?year=1066")).content.decode()
    assert "<title>Error: " in page and "Choose a financial year from the list" in page
    assert "Business plan 2025/26" in page


def test_a_priority_s_page_has_its_objectives_evidence_and_ratings_latest_first(partnership, neglect, member_user):
    page = signed_in_client(member_user).get(url("priority-detail", partnership, neglect.pk)).content.decode()
    assert "Neglect is recognised before a child needs a plan" in page
    assert page.index("Referrals doubled.") < page.index("Strategy agreed.")
    assert "Q2 2025/26 (July to September 2025)" in page
    assert "Add an objective" not in page and "Choose evidence" not in page


def test_another_partnership_s_plan_is_not_found(partnership, neglect, outsider_user, other_partnership):
    client = signed_in_client(outsider_user)
    assert client.get(url("priority-detail", partnership, neglect.pk)).status_code == 404
    # Our priority's id under their own partnership's address is not found either.
    objective = neglect.objectives.get()
    for name, args in [("priority-detail", [neglect.pk]), ("objective-edit", [neglect.pk, objective.pk]),
                       ("evidence-edit", [neglect.pk, objective.pk]), ("progress-edit", [neglect.pk, "2025-Q1"])]:
        assert client.get(url(name, other_partnership, *args)).status_code == 404


def test_read_only_and_members_cannot_change_the_plan(partnership, neglect, readonly_user, member_user):
    objective = neglect.objectives.get()
    for user in (readonly_user, member_user):
        client = signed_in_client(user)
        assert client.post(url("objective-add", partnership, neglect.pk), {"text": "Mine"}).status_code == 403
        assert client.post(url("objective-remove", partnership, neglect.pk, objective.pk),
                           {"version": objective.version}).status_code == 403
        assert client.post(url("progress-add", partnership, neglect.pk),
                           {"quarter": "2025-Q3", "rating": "green", "narrative": "Fine"}).status_code == 403
    assert Objective.objects.count() == 1 and Progress.objects.count() == 2


def test_an_objective_is_added_changed_and_a_stale_change_refused(partnership, neglect, business_user):
    client = signed_in_client(business_user)
    response = client.post(url("objective-add", partnership, neglect.pk), {"text": "Fewer repeat plans"})
    added = Objective.objects.get(text="Fewer repeat plans")
    assert response.status_code == 302 and response["Location"].endswith(f"#objective-{added.pk}")
    opened = added.version
    client.post(url("objective-edit", partnership, neglect.pk, added.pk), {"text": "Fewer second plans",
                                                                            "version": opened})
    page = client.post(url("objective-edit", partnership, neglect.pk, added.pk),
                       {"text": "Overwritten", "version": opened}).content.decode()
    assert "Someone else changed this record" in page and "<title>Error: " in page
    added.refresh_from_db()
    assert added.text == "Fewer second plans"


def test_an_empty_objective_names_the_field(partnership, neglect, business_user):
    page = signed_in_client(business_user).post(url("objective-add", partnership, neglect.pk),
                                                {"text": ""}).content.decode()
    assert "Enter the objective" in page and 'href="#id_text"' in page


def test_objectives_are_moved_and_removed(partnership, neglect, business_user):
    client = signed_in_client(business_user)
    second = factories.objective(neglect, business_user, "Second")
    assert client.get(url("objective-move", partnership, neglect.pk, second.pk)).status_code == 405
    client.post(url("objective-move", partnership, neglect.pk, second.pk), {"direction": "up"})
    assert list(neglect.objectives.order_by("position").values_list("text", flat=True))[0] == "Second"
    page = client.get(url("objective-remove", partnership, neglect.pk, second.pk)).content.decode()
    assert "Remove this objective?" in page and "Second" in page
    second.refresh_from_db()
    client.post(url("objective-remove", partnership, neglect.pk, second.pk), {"version": second.version})
    assert list(neglect.objectives.values_list("text", flat=True)) == [
        "Neglect is recognised before a child needs a plan"]


def test_evidence_lists_only_this_partnership_s_records_by_kind(partnership, other_partnership, neglect,
                                                                 business_user, outsider_user):
    objective = neglect.objectives.get()
    indicator = factories.indicator(partnership, business_user)
    review = factories.review(partnership, business_user, pseudonym="Child R")
    theirs = factories.action(other_partnership, outsider_user, text="Harrowdale's action")
    client = signed_in_client(business_user)
    page = client.get(url("evidence-edit", partnership, neglect.pk, objective.pk)).content.decode()
    for legend in ("Actions in the action log", "Indicators in the performance dataset", "Assurance activities",
                   "Reviews"):
        assert f'<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>' in page
    assert "Relaunch the neglect screening tool (open, due 30 April 2026)" in page and " checked" in page
    assert "Harrowdale" not in page
    response = client.post(url("evidence-edit", partnership, neglect.pk, objective.pk), {
        "version": objective.version, "actions": [theirs.pk], "indicators": [indicator.pk]})
    assert "Choose actions from the list of this partnership&#x27;s" in response.content.decode()
    response = client.post(url("evidence-edit", partnership, neglect.pk, objective.pk), {
        "version": objective.version, "indicators": [indicator.pk], "reviews": [review.pk]})
    assert response.status_code == 302
    assert (objective.actions.count(), list(objective.indicators.all()), list(objective.reviews.all())) == (
        0, [indicator], [review])


def test_a_review_shows_only_to_those_who_may_see_it(partnership, neglect, business_user, member_user):
    objective = neglect.objectives.get()
    review = factories.review(partnership, business_user, pseudonym="Child R")
    services.set_evidence(objective, by=business_user, expected_version=objective.version, reviews=[review])
    address = url("priority-detail", partnership, neglect.pk)
    assert "Child R" in signed_in_client(business_user).get(address).content.decode()
    assert "Child R" not in signed_in_client(member_user).get(address).content.decode()


def test_a_quarter_is_rated_from_the_matrix_link(partnership, neglect, business_user):
    client = signed_in_client(business_user)
    page = client.get(url("progress-add", partnership, neglect.pk, query="?quarter=2025-Q3")).content.decode()
    assert '<option value="2025-Q3" selected>Q3 2025/26 (October to December 2025)</option>' in page
    assert '<option value="2025-Q1"' not in page          # rated already: changed from its own page
    response = client.post(url("progress-add", partnership, neglect.pk), {
        "quarter": "2025-Q3", "rating": "amber", "narrative": "Half the audited cases used the tool."})
    assert response.status_code == 302 and response["Location"].endswith("#ratings")
    assert Progress.objects.get(quarter="2025-Q3").get_rating_display() == "Some concerns"


@pytest.mark.parametrize("quarter", ["2026-Q1", "2024-Q4", "2025-Q1", "nonsense"])
def test_a_bad_quarter_is_refused(partnership, neglect, business_user, quarter):
    page = signed_in_client(business_user).post(url("progress-add", partnership, neglect.pk), {
        "quarter": quarter, "rating": "green", "narrative": "Fine"}).content.decode()
    assert "<title>Error: " in page and "Choose a quarter from the list" in page
    assert Progress.objects.count() == 2


def test_a_rating_without_colour_or_narrative_names_each_field(partnership, neglect, business_user):
    page = signed_in_client(business_user).post(url("progress-add", partnership, neglect.pk), {
        "quarter": "2025-Q3"}).content.decode()
    assert "Choose the rating" in page and "Enter the narrative" in page


def test_a_rating_is_changed_with_its_version_and_a_stale_change_refused(partnership, neglect, business_user):
    client = signed_in_client(business_user)
    rated = Progress.objects.get(quarter="2025-Q2")
    address = url("progress-edit", partnership, neglect.pk, "2025-Q2")
    assert "Change the rating for Q2 2025/26 (July to September 2025)" in client.get(address).content.decode()
    client.post(address, {"rating": "amber", "narrative": "Recovering.", "version": rated.version})
    page = client.post(address, {"rating": "green", "narrative": "Stale.", "version": rated.version}).content.decode()
    assert "Someone else changed this record" in page
    rated.refresh_from_db()
    assert (rated.rating, rated.narrative) == ("amber", "Recovering.")


@pytest.mark.parametrize("quarter", ["2025-Q3", "2025-13", "soon"])
def test_changing_a_quarter_without_a_rating_is_not_found(partnership, neglect, business_user, quarter):
    assert signed_in_client(business_user).get(
        url("progress-edit", partnership, neglect.pk, quarter)).status_code == 404


def test_when_every_started_quarter_is_rated_the_add_page_says_so(partnership, neglect, business_user):
    for quarter in ("2025-Q3", "2025-Q4"):
        factories.rating(neglect, business_user, quarter=quarter)
    client = signed_in_client(business_user)
    response = client.get(url("progress-add", partnership, neglect.pk), follow=True)
    assert "already has a rating" in response.content.decode()


def test_the_priorities_page_links_each_priority_to_its_plan(partnership, neglect, readonly_user):
    page = signed_in_client(readonly_user).get(reverse("partnerships:priority-list",
                                                       args=[partnership.slug])).content.decode()
    assert url("priority-detail", partnership, neglect.pk) in page
