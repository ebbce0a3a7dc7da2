"""Reading the index for one person: only their partnership, only what they may see, in the query itself (so
paging and the counts per type never include a hidden record)."""
from django.db.models import Count, Q, Value

from assure.assurance import access as assurance_access
from assure.reviews import access as review_access

from . import engine
from . import query as q
from .models import SearchEntry

# Kinds some members may not see, and the records of that kind they may: the apps' own access rules.
RESTRICTED = {
    "activity": assurance_access.visible_activities,
    "escalation": assurance_access.visible_escalations,
    "complaint": assurance_access.visible_complaints,
}


def visible_entries(request):
    """The partnership's entries `request.user` may see: reviews (and their publications) through the reviews'
    own rules, restricted assurance records through assurance's."""
    entries = SearchEntry.objects.filter(partnership=request.partnership)
    if review_access.is_business_team(request):
        return entries
    allowed = Q(review__isnull=True) | Q(review__in=review_access.visible_reviews(request).values("pk"))
    for kind, visible in RESTRICTED.items():
        allowed &= ~Q(kind=kind) | Q(record_id__in=visible(request).values("pk"))
    return entries.filter(allowed)


def search(entries, text: str):
    """(results best first, matching entries for the counts, loosened): all the words, or when nothing has
    all of them, any of them."""
    query = q.parse(text)
    if not query:
        nothing = SearchEntry.objects.none().annotate(rank=Value(0.0), snippet=Value(""))
        return nothing, SearchEntry.objects.none(), False
    matching = engine.matching(entries, query)
    loosened = False
    if len(query.terms) > 1 and not matching.exists():
        query, loosened = query.loosened(), True
        matching = engine.matching(entries, query)
    return engine.find(entries, query), matching, loosened


def counts_by_kind(matching) -> dict[str, int]:
    return dict(matching.order_by().values_list("kind").annotate(n=Count("id")).values_list("kind", "n"))
