"""Every page's queries do not grow with the data (issue 14): each page the permission matrix knows is opened by
the business team, then every app adds a second set of its records (its matrix `url_kwargs` again) and the same
pages are opened again. A page whose number of queries rose runs a query per row somewhere: fetch those rows
together (select_related, prefetch_related, one lookup per model).

A page is measured on its second opening each time, so caches filled on first use (settings rows made on first
read, the session) count the same both times."""
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from assure.conftest import signed_in_client

from .test_permission_matrix import cases, matrix_modules, partnership_url_names, url_for, world  # noqa: F401

# Pages whose queries grow with the data for a reason that is theirs, not a query per row.
GROWS_BY_DESIGN: dict[str, str] = {}


def _counts(client, the_world, kwargs) -> dict:
    counts = {}
    for name in partnership_url_names():
        if name not in kwargs:
            continue
        url = url_for(name, the_world.partnership.slug, kwargs[name])
        if client.get(url).status_code != 200:
            continue   # a page for another role, a redirect, a download
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        if response.status_code == 200 and response.get("Content-Type", "").startswith("text/html"):
            counts[name] = len(queries.captured_queries)
    return counts


def _make_room(partnership):
    """Rename what must be unique in a partnership, so each app's records can be made a second time."""
    from django.db.models import F, Value
    from django.db.models.functions import Concat, Upper

    from assure.imports.models import ImportedDocument
    from assure.partnerships.models import Body, Organisation, Priority
    from assure.performance.models import Indicator
    from assure.training.models import Course

    renamed = Concat(F("name"), Value(" (first)"))
    Body.objects.filter(partnership=partnership).update(name=renamed)
    Organisation.objects.filter(partnership=partnership).update(name=renamed)
    Priority.objects.filter(partnership=partnership).update(title=Concat(F("title"), Value(" (first)")))
    Indicator.objects.filter(partnership=partnership).update(code=Concat(F("code"), Value("-1")))
    Course.objects.filter(partnership=partnership).update(title=Concat(F("title"), Value(" (first)")))
    # a hash is 64 lowercase hex characters: upper case is another value of the same length
    ImportedDocument.objects.filter(partnership=partnership).update(content_hash=Upper(F("content_hash")))


def test_no_page_runs_a_query_per_record(cases, world):  # noqa: F811 (the matrix's fixtures)
    kwargs, _ = cases
    client = signed_in_client(world.business_user)
    before = _counts(client, world, kwargs)
    _make_room(world.partnership)
    not_grown = []
    for module in matrix_modules():
        try:
            with transaction.atomic():
                module.url_kwargs(world)
        except Exception as exc:  # a module whose records are one of a kind per partnership  # noqa: BLE001
            not_grown.append(f"{module.__name__}: {type(exc).__name__} {str(exc)[:150]}")
    after = _counts(client, world, kwargs)
    grew = {name: (before[name], after[name]) for name in before
            if name in after and after[name] > before[name] and name not in GROWS_BY_DESIGN}
    assert len(before) > 100, "the walk should open every page"
    assert len(not_grown) <= 4, f"Most apps should add their records again: {not_grown}"
    assert not grew, "Queries grew with the data (before, after):\n" + "\n".join(
        f"  {name}: {b} -> {a}" for name, (b, a) in sorted(grew.items())) + f"\nNot grown: {not_grown}"
