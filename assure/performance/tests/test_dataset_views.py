"""The dataset page and an indicator's page as a board member reads them: grouping, filters, the quarter read "as
at", drafts, ratings in words, figures not published, comparators, and another partnership's records."""
import datetime
import html
import re
from decimal import Decimal

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from . import dataset_fixtures, factories
from .dataset_fixtures import after_q4  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("after_q4")


def url(name, partnership, **kwargs):
    return reverse(f"performance:{name}", kwargs={"slug": partnership.slug, **kwargs})


@pytest.fixture
def dataset(partnership, business_user, member_user):
    return dataset_fixtures.build(partnership, business_user, owner_user=member_user)


def text(response) -> str:
    """The page's words, tags removed and spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def indicator_names(response) -> list[str]:
    return re.findall(r'href="/p/fenbridge/performance/indicators/\d+/">([^<]+)</a>', response.content.decode())


def section(response, heading) -> str:
    page = response.content.decode()
    start = page.index(f">{heading}</h3>")
    end = page.find("</section>", start)
    return page[start:end]


def test_indicators_are_grouped_by_priority_with_the_context_last(partnership, business_user, client_for, dataset):
    response = client_for(business_user).get(url("dataset", partnership))
    page = response.content.decode()
    headings = re.findall(r'<h3 class="govuk-heading-m" id="group-[^"]+">([^<]+)</h3>', page)
    assert headings == ["Neglect", "Exploitation", "Context and other indicators"]
    assert "Child protection plans lasting two years or more" in section(response, "Neglect")
    assert "Re-referrals within 12 months" in section(response, "Neglect")
    assert "Children missing from home" in section(response, "Exploitation")
    assert "Children living in the area" in section(response, "Context and other indicators")


def test_the_latest_quarter_is_read_by_default_and_is_marked_draft(partnership, business_user, client_for, dataset):
    response = client_for(business_user).get(url("dataset", partnership))
    words = text(response)
    assert "As at Q4 2025/26 (January to March 2026)" in words
    assert "Q4 2025/26 is a draft: the business team has not approved its figures" in words
    missing = section(response, "Exploitation")
    # 38 missing episodes meets the green threshold of 40, and fell from 47.
    assert "38" in missing and "govuk-tag--green" in missing and ">Green<" in missing
    assert '<span aria-hidden="true">▼</span> Improving' in missing   # fewer episodes: the number fell, for the better
    assert "Draft" in missing


def test_an_earlier_quarter_shows_the_figures_as_they_were_then(partnership, business_user, client_for, dataset):
    response = client_for(business_user).get(url("dataset", partnership), {"as_at": "2025-Q3"})
    words = text(response)
    assert "As at Q3 2025/26 (October to December 2025)" in words
    assert "is a draft" not in words                       # Q3 is approved
    missing = section(response, "Exploitation")
    assert "47" in missing and ">Amber<" in missing and "Draft" not in missing
    assert "38" not in missing


def test_ratings_are_words_in_tags_and_summarised_with_links(partnership, business_user, client_for, dataset):
    response = client_for(business_user).get(url("dataset", partnership))
    page = response.content.decode()
    assert '<strong class="govuk-tag govuk-tag--red">Red</strong>' in section(response, "Neglect")
    counts = re.findall(r'govuk-tag--\w+">([\w ]+)</strong>\s*<a class="govuk-link" href="\?rag=(\w+)#indicators">'
                        r"(\d+) indicators?<", page)
    assert [(word, code, int(n)) for word, code, n in counts] == [
        ("Red", "red", 1), ("Amber", "amber", 0), ("Green", "green", 1), ("Not rated", "not_rated", 2)]


def test_filter_by_rating_priority_and_owner(partnership, business_user, client_for, dataset):
    client = client_for(business_user)
    assert indicator_names(client.get(url("dataset", partnership), {"rag": "red"})) == [
        "Child protection plans lasting two years or more"]
    assert indicator_names(client.get(url("dataset", partnership), {"rag": "not_rated"})) == [
        "Re-referrals within 12 months", "Children living in the area"]
    assert indicator_names(client.get(url("dataset", partnership), {"priority": "null"})) == [
        "Children living in the area"]
    assert indicator_names(client.get(url("dataset", partnership), {"priority": dataset["exploitation"].pk})) == [
        "Children missing from home (episodes)"]
    assert indicator_names(client.get(url("dataset", partnership), {"owner": dataset["owner"].pk})) == [
        "Child protection plans lasting two years or more"]
    # The counts follow the other filters, the rating's own filter aside.
    response = client.get(url("dataset", partnership), {"priority": dataset["neglect"].pk, "rag": "green"})
    assert indicator_names(response) == []
    assert "No indicators match these filters." in text(response)
    assert f'href="?priority={dataset["neglect"].pk}&amp;rag=red#indicators">1 indicator<' in response.content.decode()


@pytest.mark.parametrize("query, message", [
    ({"rag": "purple"}, "Choose a rating from the list"),
    ({"as_at": "2031-Q1"}, "Choose a quarter from the list."),
    ({"priority": "999999"}, "Choose a priority from the list."),
    ({"owner": "nobody"}, "Choose an owner from the list."),
])
def test_a_filter_not_understood_is_an_error_and_otherwise_ignored(partnership, business_user, client_for, dataset,
                                                                   query, message):
    response = client_for(business_user).get(url("dataset", partnership), query)
    assert response.status_code == 200
    page = response.content.decode()
    assert "<title>Error: " in page and "govuk-error-summary" in page and message in page
    assert len(indicator_names(response)) == 4
    assert "As at Q4 2025/26" in text(response)


def test_not_published_shows_its_meaning_and_is_not_rated(partnership, business_user, client_for, dataset):
    response = client_for(business_user).get(url("dataset", partnership))
    neglect = section(response, "Neglect")
    row = neglect[neglect.index("Re-referrals"):]
    assert "Not published (c: suppressed to protect confidential information)" in row
    assert ">Not rated<" in row


def test_comparators_for_the_year_with_the_neighbours_average(partnership, business_user, client_for, dataset):
    response = client_for(business_user).get(url("dataset", partnership))
    words = text(response)
    # Q4 2025/26's year has no published figures yet: the latest before it, saying which year.
    assert "England: 3.8% (2024/25)" in words
    assert "Northern Fells: 4.1% (2024/25)" in words
    assert "Statistical neighbours: 4.2% (median of 2 of 3, 2024/25)" in words


def test_owners_offered_are_only_those_owning_an_indicator(partnership, business_user, client_for, dataset):
    page = client_for(business_user).get(url("dataset", partnership)).content.decode()
    owner_select = page[page.index('name="owner"'):page.index("</select>", page.index('name="owner"'))]
    assert "Mo Member" in owner_select and "Bea Business" not in owner_select


def test_an_owner_is_offered_their_own_indicators(partnership, business_user, member_user, client_for, dataset):
    client = client_for(member_user)
    page = client.get(url("dataset", partnership), {"as_at": "2025-Q3"})
    mine = f'href="?as_at=2025-Q3&amp;owner={dataset["owner"].pk}#indicators">show only yours</a>'
    assert "You own 1 indicator:" in text(page) and mine in page.content.decode()
    shown = client.get(url("dataset", partnership), {"as_at": "2025-Q3", "owner": dataset["owner"].pk})
    assert indicator_names(shown) == ["Child protection plans lasting two years or more"]
    assert "show only yours" not in text(shown)
    # Someone owning none is not offered it.
    assert "You own" not in text(client_for(business_user).get(url("dataset", partnership)))


def test_an_empty_dataset_says_so(partnership, business_user, client_for):
    response = client_for(business_user).get(url("dataset", partnership))
    assert response.status_code == 200
    assert "The dataset has no indicators yet." in text(response)
    assert 'name="as_at"' not in response.content.decode()          # no quarter to read it at


def test_page_queries_do_not_grow_with_the_indicators(partnership, business_user, client_for, dataset):
    client = client_for(business_user)
    client.get(url("dataset", partnership))                          # warm the session and caches
    with CaptureQueriesContext(connection) as few:
        client.get(url("dataset", partnership))
    for n in range(8):
        extra = factories.indicator(partnership, business_user, code=f"EXTRA{n}", priority=dataset["neglect"],
                                    owner=dataset["owner"])
        factories.figures(extra, business_user, {"2025-Q2": "5", "2025-Q4": "4"})
    with CaptureQueriesContext(connection) as many:
        response = client.get(url("dataset", partnership))
    assert len(indicator_names(response)) == 12
    assert len(many.captured_queries) == len(few.captured_queries)


# --- one indicator

def test_indicator_page_explains_the_indicator(partnership, business_user, client_for, dataset):
    response = client_for(business_user).get(url("indicator-detail", partnership,
                                                 indicator_id=dataset["plans"].pk))
    words = text(response)
    assert "Lower is better" in words
    assert "Green at or below 3.5%, amber above 3.5% up to 4.5%, red above 4.5%." in words
    assert "Department for Education's published statistics (the 'cpp_2yr_pct' measure)" in words
    assert "Mo Member" in words and "Neglect" in words
    assert "4.9% in Q4 2025/26 (January to March 2026)" in words
    assert "Worsening" in words and ">Red<" in response.content.decode()
    history = words[words.index("Change history"):]
    assert "Created Indicator" in history
    assert "Created Figure: CP-2YR 2025-Q4" in history   # the figures' own changes are in the history too


def test_indicator_page_has_an_accessible_chart_and_its_numbers(partnership, business_user, client_for, dataset):
    response = client_for(business_user).get(url("indicator-detail", partnership,
                                                 indicator_id=dataset["plans"].pk))
    page = response.content.decode()
    assert re.search(r'<svg[^>]*role="img"[^>]*aria-labelledby=', page)
    table = page[page.index("The figures in the chart"):page.index("</table>", page.index("The figures in the chart"))]
    headings = re.findall(r'<th scope="col"[^>]*>([^<]+)</th>', table)
    assert headings == ["Period", "Marshcombe", "England", "Northern Fells", "Statistical neighbours (median)"]
    rows = re.findall(r'<th scope="row" class="govuk-table__header">([^<]+)</th>', table)
    assert rows[0] == "Q4 2025/26" and "2024/25" in rows
    words = text(response)
    assert "4.2% median of 2 of 3" in words
    # Q4 is a draft; Q3 (approved) is not.
    q4 = table[table.index(">Q4 2025/26<"):table.index(">Q3 2025/26<")]
    q3 = table[table.index(">Q3 2025/26<"):table.index(">Q2 2025/26<")]
    assert "Draft" in q4 and "Draft" not in q3


def test_indicator_page_shows_what_not_published_means(partnership, business_user, client_for, dataset):
    response = client_for(business_user).get(url("indicator-detail", partnership,
                                                 indicator_id=dataset["rereferrals"].pk))
    words = text(response)
    assert "Not published (c: suppressed to protect confidential information)" in words
    assert "No thresholds: green when the figure is at or below the target of 22%, red when it is not" in words


def test_another_partnerships_indicator_is_not_found(partnership, business_user, outsider_user, other_partnership,
                                                     client_for, dataset):
    plans = dataset["plans"]
    assert client_for(outsider_user).get(url("indicator-detail", other_partnership,
                                             indicator_id=plans.pk)).status_code == 404
    assert client_for(outsider_user).get(url("dataset", partnership)).status_code in (403, 404)
    assert client_for(outsider_user).get(url("indicator-detail", partnership,
                                             indicator_id=plans.pk)).status_code in (403, 404)


def test_the_summary_for_other_pages_reads_in_a_fixed_number_of_queries(partnership, business_user, dataset):
    from assure.performance.summary import dataset_summary

    with CaptureQueriesContext(connection) as few:
        summary = dataset_summary(partnership)
    assert (summary.as_at.code, summary.draft, summary.total) == ("2025-Q4", True, 4)
    assert [row.indicator.code for row in summary.red] == ["CP-2YR"]
    for n in range(5):
        extra = factories.indicator(partnership, business_user, code=f"EXTRA{n}", target_value=Decimal("1"))
        factories.figures(extra, business_user, {"2025-Q4": "4"})
    with CaptureQueriesContext(connection) as many:
        summary = dataset_summary(partnership)
    assert len(summary.red) == 6
    assert len(many.captured_queries) == len(few.captured_queries)


def test_the_quarters_to_read_at_stop_at_todays(partnership, business_user):
    from assure.performance import queries

    with time_machine.travel(datetime.datetime(2026, 8, 10, 10, 0, tzinfo=datetime.UTC), tick=False):  # Q2 2026/27
        population = factories.indicator(partnership, business_user, code="POP", polarity="neither", frequency="yearly")
        factories.figures(population, business_user, {"2025/26": "61000", "2026/27": "61500"})
        # The year 2026/27 was typed before it ended: its last quarter (Q4, January to March 2027) is not a choice yet.
        assert [q.code for q in queries.quarters_with_figures(partnership)][:2] == ["2026-Q2", "2026-Q1"]
        assert [q.code for q in queries.quarters_with_figures(partnership)][-1] == "2025-Q1"


def test_by_default_the_dataset_is_read_as_at_the_latest_quarter_that_has_ended(partnership, business_user):
    """A month of a quarter still running does not make that quarter the default: the board reads the last one
    that ended (it can still choose the running one)."""
    from assure.performance import queries

    with time_machine.travel(datetime.datetime(2026, 11, 30, 10, 0, tzinfo=datetime.UTC), tick=False):  # Q3 2026/27
        contacts = factories.indicator(partnership, business_user, code="CONTACTS", frequency="monthly",
                                       polarity="neither")
        factories.figures(contacts, business_user, {"2026-09": "410", "2026-10": "436"})
        quarters = queries.quarters_with_figures(partnership)
        assert [q.code for q in quarters] == ["2026-Q3", "2026-Q2"]
        assert queries.default_quarter(quarters).code == "2026-Q2"
        assert "As at Q2 2026/27" in html.unescape(client_for_page(partnership, business_user))


def client_for_page(partnership, user):
    from assure.conftest import signed_in_client

    return signed_in_client(user).get(url("dataset", partnership)).content.decode()
