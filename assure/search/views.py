from django.shortcuts import render

from assure.core.access import READ, partnership_view
from assure.core.pagination import paginate

from . import engine, queries
from .filters import SearchFilter
from .query import MAX_LENGTH
from .records import KINDS


@partnership_view(READ)
def results(request):
    text = request.GET.get("q", "").strip()[:MAX_LENGTH]
    entries = queries.visible_entries(request)
    search = SearchFilter.from_request(request, entries)
    found, matching, loosened = queries.search(search.qs, text)
    _, matching_any_kind, _ = queries.search(search.without_kind(), text) if text else (None, matching, None)
    counts = queries.counts_by_kind(matching_any_kind) if text else {}
    page = paginate(request, found)
    for result in page.object_list:
        result.kind_label = KINDS.get(result.kind, "")
        result.highlighted = engine.highlight(result.snippet)
    return render(request, "search/results.html", {
        "form": search.form, "q": text, "page": page, "results": page.object_list, "loosened": loosened,
        "filtered": search.is_filtering, "kinds": KINDS,
        "counts": [(kind, label, counts[kind]) for kind, label in KINDS.items() if counts.get(kind)],
        "chosen_kind": search.chosen("kind"),
    })
