"""One search interface, two backends chosen by the database vendor (ADR 0144).

    engine.find(entries, query)   the entries matching `query` (a query.Query), best first, each with `rank` and
                                  `snippet` (the matching words between MARK_START and MARK_END, see `highlight`)
    engine.matching(entries, query)  the same entries, unordered and unannotated: for counting
    engine.write(entries)         after SearchEntry rows are written: bring the backend's index up to date

SQLite: an FTS5 table kept in step with search_searchentry by triggers (migration 0002), bm25() and snippet().
PostgreSQL: the stored tsvector column `vector` (GIN index), to_tsquery, ts_rank_cd and ts_headline.
Both receive the query as built by `query.fts5` / `query.tsquery`: every word quoted, so no text is syntax.
"""
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import query as q

MARK_START, MARK_END = "\x02", "\x03"  # never in indexed text (`clean` removes them)
CONFIG = "english"


def clean(text: str) -> str:
    return (text or "").replace(MARK_START, "").replace(MARK_END, "").replace("\x00", "")


def highlight(snippet: str):
    """Escaped HTML with the matched words in <mark>: the record's own text is never trusted as markup."""
    html = escape(snippet or "")
    return mark_safe(html.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


class SQLiteBackend:
    _MATCH = "SELECT rowid FROM search_fts WHERE search_fts MATCH %s"
    _RANK = ("(SELECT bm25(search_fts, 10.0, 1.0) FROM search_fts WHERE search_fts MATCH %s "
             "AND rowid = search_searchentry.id)")
    _SNIPPET = ("(SELECT snippet(search_fts, 1, char(2), char(3), '…', 24) FROM search_fts "
                "WHERE search_fts MATCH %s AND rowid = search_searchentry.id)")

    def matching(self, entries, query: q.Query):
        return entries.filter(id__in=RawSQL(self._MATCH, [q.fts5(query)]))

    def find(self, entries, query: q.Query):
        text = q.fts5(query)
        return (self.matching(entries, query)
                .annotate(rank=RawSQL(self._RANK, [text]), snippet=RawSQL(self._SNIPPET, [text]))
                .order_by("rank", F("date").desc(nulls_last=True), "id"))

    def write(self, entries):
        """Nothing to do: the triggers keep the FTS5 table in step."""


class PostgreSQLBackend:
    VECTOR = SearchVector("title", weight="A", config=CONFIG) + SearchVector("text", weight="B", config=CONFIG)

    def _tsquery(self, query: q.Query) -> SearchQuery:
        return SearchQuery(q.tsquery(query), search_type="raw", config=CONFIG)

    def matching(self, entries, query: q.Query):
        return entries.filter(vector=self._tsquery(query))

    def find(self, entries, query: q.Query):
        tsquery = self._tsquery(query)
        return (self.matching(entries, query)
                .annotate(rank=SearchRank(F("vector"), tsquery, cover_density=True),
                          snippet=SearchHeadline("text", tsquery, config=CONFIG, start_sel=MARK_START,
                                                 stop_sel=MARK_END, max_words=30, min_words=12, max_fragments=2,
                                                 fragment_delimiter=" … "))
                .order_by("-rank", F("date").desc(nulls_last=True), "id"))

    def write(self, entries):
        entries.update(vector=self.VECTOR)


def backend():
    return PostgreSQLBackend() if connection.vendor == "postgresql" else SQLiteBackend()


def matching(entries, query: q.Query):
    return backend().matching(entries, query)


def find(entries, query: q.Query):
    return backend().find(entries, query)


def write(entries):
    backend().write(entries)
