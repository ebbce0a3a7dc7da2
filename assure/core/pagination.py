"""One way to page a list: `paginate(request, rows)` and `{% pagination page %}` (GOV.UK pagination).

The page number comes from the query string, so it is whatever a person (or a stale link) typed:
anything that is not a page of the list is clamped to the nearest page, never an error.

A page of a queryset is read in two steps (ADR 0154): the page's primary keys first, sorted and offset on the
narrow rows alone, then those rows with everything the list joins and prefetches. Sorting a whole large list's
wide joined rows to keep 25 of them, deeper and deeper into an offset, was most of a deep page's time.
"""
from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.db.models.query import ModelIterable

PER_PAGE = 25
PAGE = "page"


def page_number(raw, num_pages: int) -> int:
    """The page to show for a query-string value: not a whole number -> 1, below 1 -> 1, past the end -> the last."""
    try:
        number = int(str(raw).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), max(num_pages, 1))


def page_window(current: int, total: int, around: int = 1) -> list[int | None]:
    """Page numbers to link, GOV.UK style: first, last, and `around` either side of current; None is an ellipsis."""
    if total <= 1:
        return [1] if total == 1 else []
    shown = {1, total, *range(current - around, current + around + 1)}
    numbers = sorted(n for n in shown if 1 <= n <= total)
    window: list[int | None] = []
    for number in numbers:
        if window and number - window[-1] == 2:
            window.append(number - 1)   # a gap of one page: show it rather than an ellipsis
        elif window and number - window[-1] > 2:
            window.append(None)
        window.append(number)
    return window


def _by_keys_first(rows) -> bool:
    """Whether a page of these rows can be read keys first: a plain queryset of model instances (not distinct,
    grouped, combined or already sliced, where the keys alone might not name the same rows in the same order)."""
    if not isinstance(rows, QuerySet) or rows._iterable_class is not ModelIterable:
        return False
    query = rows.query
    return not (query.distinct or query.combinator or query.group_by is not None or query.is_sliced)


class KeysFirstPaginator(Paginator):
    """A Paginator whose page of a queryset is its keys (one narrow query), then those rows (one query, plus the
    queryset's prefetches), in the keys' order. Any other list is paged as Django pages it."""

    def _get_page(self, object_list, number, paginator):
        if _by_keys_first(self.object_list) and isinstance(object_list, QuerySet):
            keys = list(object_list.values_list("pk", flat=True))
            found = {row.pk: row for row in self.object_list.order_by().filter(pk__in=keys)} if keys else {}
            object_list = [found[key] for key in keys if key in found]
        return super()._get_page(object_list, number, paginator)


def paginate(request, object_list, per_page: int = PER_PAGE, param: str = PAGE) -> Page:
    """The page of `object_list` the request asks for (`?page=`), clamped into range. Count is one query; a page
    of a queryset is two (its keys, then its rows: KeysFirstPaginator)."""
    paginator = KeysFirstPaginator(object_list, per_page)
    page = paginator.page(page_number(request.GET.get(param), paginator.num_pages))
    page.param = param
    return page


@dataclass(frozen=True)
class PageLink:
    number: int | None   # None: an ellipsis
    href: str = ""
    current: bool = False


def links(query, page: Page) -> dict:
    """What the pagination template needs: previous/next hrefs and the numbered links, other parameters kept."""
    param = getattr(page, "param", PAGE)

    def href(number):
        params = query.copy()
        if number == 1:
            params.pop(param, None)
        else:
            params[param] = number
        return "?" + params.urlencode() if params else "?"

    return {
        "page": page,
        "previous": href(page.previous_page_number()) if page.has_previous() else "",
        "next": href(page.next_page_number()) if page.has_next() else "",
        "items": [PageLink(n, href(n) if n else "", n == page.number)
                  for n in page_window(page.number, page.paginator.num_pages)],
    }
