"""The search page as the business manager uses it: ranked results with the words marked, counts per type,
filters, paging, a helpful empty page; and no query, however odd, is ever an error."""
import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assure.actions.models import Action
from assure.conftest import signed_in_client
from assure.search.models import SearchEntry
from assure.search.queries import search


def get(client, partnership, **params):
    return client.get(reverse("search:results", args=[partnership.slug]), params)


def test_results_are_ranked_with_the_words_marked(elmsworth, elmsworth_manager):
    partnership, keys = elmsworth
    response = get(signed_in_client(elmsworth_manager), partnership, q="MASH audit")
    assert response.status_code == 200
    results = list(response.context["results"])
    assert (results[0].kind, results[0].record_id) == keys["audit_mash"]
    html = response.content.decode()
    assert "<mark>" in html and "Multi-agency case audit: the MASH front door" in html


def test_a_record_s_own_markup_is_shown_as_text(elmsworth, elmsworth_manager, committed):
    partnership, keys = elmsworth
    action = Action.objects.get(pk=keys["action_gp"][1])
    with committed():
        action.text = 'Check <script>alert("x")</script> the GP letter & <b>bold</b>'
        action.save()
    html = get(signed_in_client(elmsworth_manager), partnership, q="GP letter").content.decode()
    assert "<script>alert" not in html and "<b>bold" not in html
    assert "&lt;script&gt;" in html


def test_counts_per_type_and_filter_by_type(elmsworth, elmsworth_manager):
    partnership, keys = elmsworth
    client = signed_in_client(elmsworth_manager)
    response = get(client, partnership, q="neglect")
    counts = {kind: count for kind, _, count in response.context["counts"]}
    assert counts["item"] >= 1 and counts["decision"] >= 1 and counts["activity"] >= 1
    only_decisions = get(client, partnership, q="neglect", kind="decision")
    assert {r.kind for r in only_decisions.context["results"]} == {"decision"}
    # the counts stay counted across every type, so the others can be chosen
    assert {k for k, _, _ in only_decisions.context["counts"]} == set(counts)


def test_filter_by_body_and_dates(elmsworth, elmsworth_manager):
    partnership, keys = elmsworth
    client = signed_in_client(elmsworth_manager)
    from assure.partnerships.models import Body
    exploitation = Body.objects.get(partnership=partnership, name="Exploitation Subgroup")
    response = get(client, partnership, q="hotspot", body=exploitation.pk)
    assert response.context["results"] and all(r.body_id == exploitation.pk for r in response.context["results"])
    response = get(client, partnership, q="neglect OR exploitation", start_day="1", start_month="1",
                   start_year="2026", end="2026-01-31")
    dates = [r.date for r in response.context["results"]]
    assert dates and all(d is not None and d.year == 2026 and d.month == 1 for d in dates)


def test_a_filter_not_understood_is_named_and_ignored(elmsworth, elmsworth_manager):
    partnership, _ = elmsworth
    response = get(signed_in_client(elmsworth_manager), partnership, q="neglect", kind="spaceship",
                   start_day="31", start_month="2", start_year="2026")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Choose a type from the list." in html and response.context["results"]
    assert "<title>Error: " in html


def test_paging(elmsworth, elmsworth_manager, committed):
    partnership, _ = elmsworth
    with committed():
        for n in range(30):
            Action.objects.create(partnership=partnership, text=f"Bring the quarterly scorecard number {n}")
    client = signed_in_client(elmsworth_manager)
    first = get(client, partnership, q="scorecard")
    assert first.context["page"].paginator.count == 30 and len(first.context["results"]) == 25
    second = get(client, partnership, q="scorecard", page=2)
    assert len(second.context["results"]) == 5
    assert not {r.pk for r in first.context["results"]} & {r.pk for r in second.context["results"]}


def test_an_empty_query_explains_what_can_be_searched(elmsworth, elmsworth_manager):
    response = get(signed_in_client(elmsworth_manager), elmsworth[0])
    assert response.status_code == 200
    assert "What you can search" in response.content.decode()


def test_nothing_found_says_what_to_try(elmsworth, elmsworth_manager):
    html = get(signed_in_client(elmsworth_manager), elmsworth[0], q="zebra crossing").content.decode()
    assert "No results" in html and "check the spelling" in html


def test_all_the_words_else_any_of_them(elmsworth, elmsworth_manager):
    partnership, keys = elmsworth
    response = get(signed_in_client(elmsworth_manager), partnership, q="hotspot zebra")
    assert response.context["loosened"]  # nothing has both words, so the page says it looked for either
    found = [(r.kind, r.record_id) for r in response.context["results"]]
    assert keys["item_hotspot"] in found[:3]


def test_the_search_box_is_on_every_partnership_page(elmsworth, elmsworth_manager):
    html = signed_in_client(elmsworth_manager).get(reverse("actions:log", args=[elmsworth[0].slug])).content.decode()
    assert 'id="site-search"' in html and reverse("search:results", args=[elmsworth[0].slug]) in html


NASTY = [
    '"', '""', "'", "''", '"MASH', 'MASH"', "(", ")", "((MASH", "MASH))", "[neglect]", "{x}", "*", "**", "MASH*",
    "*MASH", "-", "--", "-MASH", "- -", "AND", "OR", "NOT", "AND OR NOT", "MASH AND", "OR MASH", "NOT NOT",
    "NEAR", "NEAR(MASH audit)", "NEAR(MASH audit, 2)", "MASH NEAR/2 audit", "title:MASH", "text:neglect",
    "^MASH", "MASH + audit", "a & b | !c", "a <-> b", "'a':* & b", ":*", "\\", "\\\\\"", "%", "%_", "_",
    "; DROP TABLE search_searchentry; --", "' OR 1=1 --", "\x00", "\x02MASH\x03", "🙂", "🙂 neglect", "👨‍👩‍👧",
    "ſ", "Ǆ", "ß", "İstanbul", "日本語", "مرحبا", "neglect " * 200, "x" * 1000, "a" * 5000, "\t\n", "½ ² ³",
    "section 11 OR", "OR OR OR", "-\"MASH audit\"", "\"\"\"\"\"", "(\"MASH\" OR)", "{NEAR}", "col:(a b)",
]


@pytest.mark.parametrize("typed", NASTY)
def test_no_query_is_an_error(elmsworth, typed):
    results, matching, _ = search(SearchEntry.objects.filter(partnership=elmsworth[0]), typed)
    list(results[:25])
    matching.count()


def test_no_query_is_an_error_on_the_page(elmsworth, elmsworth_manager):
    client = signed_in_client(elmsworth_manager)
    for typed in NASTY:
        assert get(client, elmsworth[0], q=typed.replace("\x00", "")).status_code == 200


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.text(max_size=120) | st.lists(st.sampled_from(
    ['"', "(", ")", "*", "-", "AND", "OR", "NOT", "NEAR", "MASH", "neglect", ":", "^", "🙂", " ", "'", "\\", "&",
     "|", "!", "<->", "section", "11"]), max_size=12).map("".join))
def test_any_text_is_searchable(elmsworth, typed):
    results, matching, _ = search(SearchEntry.objects.filter(partnership=elmsworth[0]), typed)
    list(results[:25].values_list("id", "rank", "snippet"))
    matching.count()
