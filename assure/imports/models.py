"""An uploaded minutes document: its fingerprint, the record extracted from it, and what became of it."""
from django.conf import settings
from django.db import models

from assure.core import clock
from assure.core.audit import History
from assure.partnerships.models import Partnership


class ImportedDocument(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Waiting to be checked"
        SAVED = "saved", "Saved"
        FAILED = "failed", "Refused"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="imported_documents")
    file_name = models.CharField(max_length=255)
    # sha256 of the file's bytes: the same file imported twice is recognised and changes nothing.
    content_hash = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField(help_text="Bytes")
    kind = models.CharField(max_length=10, blank=True, help_text="docx, pdf, text or html, as read")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField(default=clock.now)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    record = models.JSONField(default=dict, blank=True, help_text="The meeting record extracted (MINUTES_SCHEMA shape)")
    source_text = models.TextField(blank=True, help_text="The document's text, shown beside the draft")
    # The read document's blocks (headings, paragraphs, tables) so the check page shows the source with its layout.
    source_layout = models.JSONField(default=list, blank=True, help_text="The document's blocks as read (source.py)")
    meeting = models.ForeignKey("meetings.Meeting", null=True, blank=True, on_delete=models.SET_NULL, related_name="imported_from")
    failure_reason = models.CharField(max_length=300, blank=True)
    saved_at = models.DateTimeField(null=True, blank=True)
    saved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History(excluded_fields=["source_text", "source_layout", "record"])

    class Meta:
        ordering = ["-uploaded_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "content_hash"], name="imported_document_unique_hash"),
        ]

    def __str__(self):
        return self.file_name

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT
