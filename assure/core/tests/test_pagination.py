from urllib.parse import parse_qs, urlparse

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from assure.core.pagination import page_number, page_window, paginate


@pytest.mark.parametrize("raw, pages, expected", [
    (None, 5, 1), ("", 5, 1), ("3", 5, 3), (" 2 ", 5, 2), ("5", 5, 5), ("6", 5, 5), ("99999999999999999999", 5, 5),
    ("0", 5, 1), ("-4", 5, 1), ("zzz", 5, 1), ("1.5", 5, 1), ("1e3", 5, 1), ("\x00", 5, 1), ("3", 0, 1), ("2", 1, 1),
])
def test_page_number_is_clamped_into_the_list(raw, pages, expected):
    assert page_number(raw, pages) == expected


@pytest.mark.parametrize("current, total, expected", [
    (1, 0, []),
    (1, 1, [1]),
    (1, 2, [1, 2]),
    (1, 5, [1, 2, None, 5]),
    (3, 5, [1, 2, 3, 4, 5]),
    (5, 10, [1, None, 4, 5, 6, None, 10]),
    (10, 10, [1, None, 9, 10]),
    (4, 10, [1, 2, 3, 4, 5, None, 10]),     # a gap of one page shows the page, not an ellipsis
])
def test_page_window_gov_uk_style(current, total, expected):
    assert page_window(current, total) == expected


def render(query: str, rows=range(60), per_page=10):
    request = RequestFactory().get("/list/" + query)
    page = paginate(request, list(rows), per_page=per_page)
    html = Template("{% pagination page %}").render(Context({"request": request, "page": page}))
    return page, html


def hrefs(html):
    return [part.split('"', 1)[0].replace("&amp;", "&") for part in html.split('href="')[1:]]


def test_links_keep_the_other_query_parameters():
    page, html = render("?status=live&owner=4&page=3")
    assert page.number == 3 and list(page.object_list) == list(range(20, 30))
    for href in hrefs(html):
        params = parse_qs(urlparse(href).query)
        assert params["status"] == ["live"] and params["owner"] == ["4"]
    assert 'rel="prev"' in html and 'rel="next"' in html and 'aria-current="page"' in html
    assert "Showing 21 to 30 of 60" in html


def test_first_page_link_drops_the_page_parameter():
    _, html = render("?page=2&body=1")
    assert "?body=1" in hrefs(html)


@pytest.mark.parametrize("query, expected", [("?page=40", 6), ("?page=-1", 1), ("?page=abc", 1)])
def test_out_of_range_pages_show_the_nearest_page(query, expected):
    page, _ = render(query)
    assert page.number == expected


def test_one_page_lists_show_no_pagination():
    _, html = render("", rows=range(5))
    assert "govuk-pagination" not in html


def test_empty_list_is_page_one_of_nothing():
    page, html = render("?page=3", rows=[])
    assert page.number == 1 and list(page.object_list) == [] and "govuk-pagination" not in html


def page_of(queryset, query="", per_page=3):
    return paginate(RequestFactory().get("/list/" + query), queryset, per_page=per_page)


def test_a_page_of_a_queryset_reads_its_keys_then_its_rows_in_the_lists_order(
        partnership, django_assert_num_queries):
    from assure.partnerships.models import Organisation, Person

    council = Organisation.objects.create(partnership=partnership, name="Council")
    for n in range(8):
        Person.objects.create(partnership=partnership, full_name=f"Person {n}", organisation=council if n % 2 else None)
    people = (Person.objects.filter(partnership=partnership).select_related("organisation")
              .prefetch_related("owned_actions").order_by("-full_name"))
    with django_assert_num_queries(4) as captured:   # count, keys, rows, the prefetch
        page = page_of(people, "?page=2")
        names = [(p.full_name, p.organisation and p.organisation.name, list(p.owned_actions.all()))
                 for p in page.object_list]
    assert names == [("Person 4", None, []), ("Person 3", "Council", []), ("Person 2", None, [])]
    keys = captured.captured_queries[1]["sql"]
    assert "full_name" in keys and "LIMIT 3 OFFSET 3" in keys and '"partnerships_organisation"' not in keys
    assert page.number == 2 and page.paginator.count == 8 and page.has_next()


def test_a_distinct_queryset_is_paged_as_it_is(partnership, django_assert_num_queries):
    from assure.partnerships.models import Person

    for n in range(5):
        Person.objects.create(partnership=partnership, full_name=f"Person {n}")
    people = Person.objects.filter(partnership=partnership).order_by("full_name").distinct()
    with django_assert_num_queries(2):   # count, the page
        assert [p.full_name for p in page_of(people, "?page=2").object_list] == ["Person 3", "Person 4"]
