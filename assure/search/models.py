"""The search index: one row per searchable record, rebuilt from the records themselves (never edited by hand)."""
from django.contrib.postgres.search import SearchVectorField
from django.db import models

from assure.partnerships.models import Body, Partnership


class SearchEntry(models.Model):
    """What search finds for one record: its words, where it lives, and who may see it.

    `review` is set on entries from a review (the review itself, its publications): only people who may see the
    review see the entry. `vector` is PostgreSQL's stored tsvector (GIN-indexed); on SQLite the FTS5 table
    `search_fts` (created by migration 0002, kept in step by triggers) holds the words instead.
    """

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20)
    record_id = models.PositiveBigIntegerField()
    title = models.CharField(max_length=300)
    text = models.TextField(blank=True)
    date = models.DateField(null=True, blank=True)
    body = models.ForeignKey(Body, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    review = models.ForeignKey("reviews.Review", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    url = models.CharField(max_length=300)
    vector = SearchVectorField(null=True, editable=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "record_id"], name="search_entry_once_per_record")]
        indexes = [models.Index(fields=["partnership", "kind"])]

    def __str__(self):
        return f"{self.kind} {self.record_id}: {self.title}"
