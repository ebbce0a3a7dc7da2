"""A filtered list as a spreadsheet (ADR 0148): `?download=csv` or `?download=xlsx` on the list's own URL.

A list view builds its filterset as for the page, then, before paginating:

    if exports.wanted(request):
        return exports.download(request, listed.qs, COLUMNS, "actions")

so the download has the page's filters, scoping and permission check, and every row (not one page). `COLUMNS` is
the app's one declaration of its columns: (heading, getter) pairs, a getter being a function of the record or a
dotted attribute path (`documents.tables.table_rows`). The queryset may be a `values()` one (rows as dicts, ADR
0157): then a getter is a function of the row or the name of one of its values, and `get_FOO_display` reads FOO.
The page links to both formats with `{% include "jobs/_download_links.html" %}`, which keeps the current query
string.

- CSV streams (StreamingHttpResponse over `queryset.iterator(chunk_size=CHUNK)`), UTF-8 with a byte-order mark,
  formula-safe cells: no worker holds the whole list, and the first byte (the heading row) leaves before the query.
- The queries do not grow with the list (ADR 0155): one for the records, and one for each of the queryset's
  prefetched reverse relations (an action's owners, an escalation's steps) over the whole filtered list, not one
  per chunk. Those related records are held, grouped by their record, while the records stream.
- XLSX up to XLSX_IN_REQUEST_ROWS rows is written in the request (openpyxl write-only). Above that the person is
  sent to a job's page (`jobs:job-detail`): the job "exports.xlsx" calls the same view again, as the person who
  started it (so their role is checked again when it runs), and attaches the workbook to the job.
"""
import re
from collections import defaultdict
from operator import itemgetter

from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db.models import Prefetch, QuerySet, prefetch_related_objects
from django.db.models.query import ValuesIterable
from django.http import Http404, HttpRequest, QueryDict, StreamingHttpResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from django.utils.http import content_disposition_header

from assure.core import clock
from assure.core.pages import bytes_download
from assure.documents import tables

from . import progress
from .registry import JobRefused, job_kind
from .services import start_job

FORMATS = ("csv", "xlsx")
CHUNK = 500
XLSX_IN_REQUEST_ROWS = 1_000  # measured: 10,000 action rows took 96 s on a loaded machine (ADR 0148)
KIND = "exports.xlsx"
_IN_JOB = "_export_job"  # set on the request the job makes; never read from the query string


def wanted(request) -> str | None:
    """The format asked for (`?download=csv` / `?download=xlsx`), or None for the page itself."""
    kind = request.GET.get("download")
    return kind if kind in FORMATS else None


def _query_without_download(request) -> str:
    query = request.GET.copy()
    query.pop("download", None)
    query.pop("page", None)
    return query.urlencode()


def _display_getter(model, column, *, values: bool = False):
    """A column `get_FOO_display` of the listed model as a lookup in FOO's choices (the same words as Django's
    method, without its per-call rebuilding of the choices); None for any other column. With `values`, the records
    are rows of values (dicts) holding FOO by its name."""
    match = re.fullmatch(r"get_(\w+)_display", column) if isinstance(column, str) else None
    if match is None:
        return None
    try:
        field = model._meta.get_field(match[1])
    except FieldDoesNotExist:
        return None
    if not field.choices:
        return None
    words = {value: str(label) for value, label in field.flatchoices}
    attname = field.attname

    def get(record):
        value = record[field.name] if values else getattr(record, attname)
        return words.get(value, value)
    return get


def _value_getter(column):
    """A column of a list of values (dicts): the function itself, or the value under that name."""
    return column if callable(column) else itemgetter(column)


def _columns_for(records, columns):
    if not isinstance(records, QuerySet):
        return columns
    if records._iterable_class is ValuesIterable:
        return [(heading, _display_getter(records.model, get, values=True) or _value_getter(get))
                for heading, get in columns]
    return [(heading, _display_getter(records.model, get) or get) for heading, get in columns]


def _reverse_relation(model, lookup):
    """The one-level reverse foreign key a prefetch lookup names ("owners", Prefetch("steps", queryset=...)), with
    its queryset and the attribute it fills; None for anything else (nested, many-to-many, forward)."""
    through = lookup.prefetch_through if isinstance(lookup, Prefetch) else lookup
    if "__" in through:
        return None
    try:
        relation = model._meta.get_field(through)
    except FieldDoesNotExist:
        return None
    if not (relation.one_to_many and relation.auto_created):
        return None
    queryset = lookup.queryset if isinstance(lookup, Prefetch) and lookup.queryset is not None else None
    to_attr = lookup.to_attr if isinstance(lookup, Prefetch) else None
    return relation, queryset, to_attr


def _gathered(records: QuerySet, relation, queryset):
    """Every related record of the whole filtered list, in one query, grouped by its record's key (in the
    relation's own order)."""
    foreign_key = relation.field
    queryset = relation.related_model._default_manager.all() if queryset is None else queryset
    grouped = defaultdict(list)
    for related in queryset.filter(**{f"{foreign_key.name}__in": records.values(foreign_key.target_field.name)}):
        grouped[foreign_key.get_local_related_value(related)].append(related)
    return foreign_key, grouped


def _streamed(queryset: QuerySet):
    """The records of `queryset` one at a time, its prefetched reverse relations filled with one query each for
    the whole list (Django's iterator would prefetch again for every chunk); other prefetches per chunk."""
    lookups = queryset._prefetch_related_lookups
    if not lookups:
        yield from queryset.iterator(chunk_size=CHUNK)
        return
    relations, others = [], []
    for lookup in lookups:
        found = _reverse_relation(queryset.model, lookup)
        (relations if found else others).append(found or lookup)
    filled = [(relation, to_attr, *_gathered(queryset, relation, related))
              for relation, related, to_attr in relations]
    chunk = []
    for record in queryset.prefetch_related(None).iterator(chunk_size=CHUNK):
        for relation, to_attr, foreign_key, grouped in filled:
            related = grouped.get(foreign_key.get_foreign_related_value(record), [])
            for item in related:
                foreign_key.set_cached_value(item, record)
            if to_attr:
                setattr(record, to_attr, related)
            else:
                cached = QuerySet(relation.related_model)   # what a prefetch leaves: a queryset already evaluated
                cached._result_cache, cached._prefetch_done = related, True
                record.__dict__.setdefault("_prefetched_objects_cache", {})[relation.cache_name] = cached
        if not others:
            yield record
            continue
        chunk.append(record)
        if len(chunk) == CHUNK:
            prefetch_related_objects(chunk, *others)
            yield from chunk
            chunk = []
    if chunk:
        prefetch_related_objects(chunk, *others)
        yield from chunk


def _records(queryset, job=None):
    records = _streamed(queryset) if isinstance(queryset, QuerySet) else iter(queryset)
    for number, record in enumerate(records, start=1):
        if job is not None and number % 1_000 == 0:
            progress.report(job, number, message=f"{number:,} rows written")
        yield record


def download(request, queryset, columns, name: str, *, sheet: str = ""):
    """The response for `wanted(request)`: the records of `queryset` (the page's filtered queryset, unpaginated; or
    a list a page built in Python) through `columns`, as a streamed CSV, an .xlsx, or a redirect to the job making
    a large .xlsx. `name` starts the file's name; `sheet` names the workbook's sheet (default: `name`)."""
    kind = wanted(request)
    filename = f"{name}-{request.partnership.slug}-{clock.today():%Y-%m-%d}.{kind}"
    if kind == "csv":
        response = StreamingHttpResponse(tables.csv_chunks(tables.table_rows(_records(queryset),
                                                                             _columns_for(queryset, columns))),
                                         content_type=tables.CONTENT_TYPES["csv"])
        response["Content-Disposition"] = content_disposition_header(True, filename)
        response["X-Content-Type-Options"] = "nosniff"
        return response
    job = getattr(request, _IN_JOB, None)
    if job is None and _count(queryset) > XLSX_IN_REQUEST_ROWS:
        return _start(request, filename, sheet or name)
    rows = tables.table_rows(_records(queryset, job), _columns_for(queryset, columns))
    return bytes_download(tables.xlsx_bytes(rows, sheet=(sheet or name).capitalize()), filename,
                          tables.CONTENT_TYPES["xlsx"])


def _count(records) -> int:
    return records.count() if isinstance(records, QuerySet) else len(records)


def _start(request, filename: str, sheet: str):
    query = _query_without_download(request)
    page = request.path + (f"?{query}" if query else "")
    job = start_job(KIND, partnership=request.partnership, by=request.user, title=f"Spreadsheet {filename}",
                    params={"path": request.path, "query": query, "filename": filename}, return_url=page)
    return redirect("jobs:job-detail", slug=request.partnership.slug, job_id=job.pk)


@job_kind(KIND)
def make_xlsx(job, *, path: str, query: str, filename: str) -> dict:
    """Ask the list's own view for its .xlsx, as the person who started the job, and keep the file on the job."""
    try:
        match = resolve(path)
    except Resolver404:
        raise JobRefused("That list no longer exists.") from None
    if match.kwargs.get("slug") != job.partnership.slug:
        raise JobRefused("That list is not one of this partnership's.")
    request = HttpRequest()
    request.method = "GET"
    request.path = request.path_info = path
    request.GET = QueryDict(query, mutable=True)
    request.GET["download"] = "xlsx"
    request.GET._mutable = False
    user = job.created_by
    user.is_verified = lambda: True  # they signed in with both factors to start the job; their role is checked now
    request.user = user
    setattr(request, _IN_JOB, job)
    try:
        response = match.func(request, *match.args, **match.kwargs)
    except (Http404, PermissionDenied):
        raise JobRefused("You can no longer see that list, so its spreadsheet was not made.") from None
    if response.status_code != 200 or response.get("Content-Type") != tables.CONTENT_TYPES["xlsx"]:
        raise JobRefused("That list could not be made into a spreadsheet.")
    progress.attach(job, filename, response.content)
    return {"filename": filename}
