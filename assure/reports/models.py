"""The yearly report: a draft for a period and a kind (children's, adults' or joint) whose figures are read live from
every other app until it is signed off; then the signed-off composition is frozen with its figures (`frozen`) and its
files kept (`ReportFile`). People write only what only people can (`SectionText`); the statutory checklist's gaps
need a recorded reason (`MissingReason`) before publication; `Recipient` proves to whom it was sent and when."""
import hashlib
import json

from django.conf import settings
from django.db import models

from assure.core.audit import History
from assure.partnerships.models import Organisation, Partnership


class YearlyReport(models.Model):
    class Kind(models.TextChoices):
        CHILDREN = "children", "Children's (Working Together to Safeguard Children 2023)"
        ADULTS = "adults", "Adults' (Care Act 2014, Schedule 2)"
        JOINT = "joint", "Joint children's and adults'"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SIGNED_OFF = "signed_off", "Signed off"
        PUBLISHED = "published", "Published"

    partnership = models.ForeignKey(Partnership, on_delete=models.CASCADE, related_name="yearly_reports")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    starts_on = models.DateField("period from")
    ends_on = models.DateField("period to")
    title = models.CharField(max_length=200)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    # The signed-off version: {"composition": compose.to_data(...), "figures": {...}, "checklist": [...]}.
    frozen = models.JSONField(null=True, blank=True, editable=False)
    signed_off_at = models.DateTimeField(null=True, blank=True)
    signed_off_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                      related_name="+")
    published_on = models.DateField(null=True, blank=True)
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    web_address = models.URLField(blank=True, help_text="Where the published report can be read")
    reopened_reason = models.TextField(blank=True, help_text="Why the signed-off report was last reopened")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField()
    version = models.PositiveIntegerField(default=1, editable=False)
    # The last draft made by the drafting job (reports.draft): assemble.to_stored's composition, figures and
    # sections; the pages read it rather than drafting live on every request. Refreshed, not versioned.
    drafted = models.JSONField(null=True, blank=True, editable=False)
    drafted_at = models.DateTimeField(null=True, blank=True, editable=False)
    # SHA-256 of `drafted` and of `frozen` ("" when empty), kept with them by save(): the report's page keeps what it
    # draws of either in the cache under it, without reading 500 KB of JSON on every view (ADR 0159).
    drafted_digest = models.CharField(max_length=64, blank=True, editable=False)
    frozen_digest = models.CharField(max_length=64, blank=True, editable=False)
    history = History(excluded_fields=["drafted", "drafted_digest"])

    class Meta:
        ordering = ["-ends_on", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "kind", "starts_on", "ends_on"],
                                    name="reports_one_report_per_kind_and_period"),
            models.CheckConstraint(condition=models.Q(starts_on__lte=models.F("ends_on")),
                                   name="reports_period_in_order"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        """Saved with the digests of what it keeps (a field not loaded, or not among `update_fields`, is unchanged)."""
        update_fields = kwargs.get("update_fields")
        deferred = self.get_deferred_fields()
        for name in ("drafted", "frozen"):
            if name in deferred or (update_fields is not None and name not in update_fields):
                continue
            setattr(self, f"{name}_digest", content_digest(getattr(self, name)))
            if update_fields is not None:
                kwargs["update_fields"] = update_fields = [*update_fields, f"{name}_digest"]
        super().save(*args, **kwargs)

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT


def content_digest(data) -> str:
    """SHA-256 of JSON data, the same however its keys were ordered; "" for none."""
    if data is None:
        return ""
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


class SectionText(models.Model):
    """What people wrote for one section of the report (the foreword, a narrative, the voice of children and
    families); `key` is a section of `yearly/sections.py`."""

    report = models.ForeignKey(YearlyReport, on_delete=models.CASCADE, related_name="texts")
    key = models.CharField(max_length=40)
    text = models.TextField(blank=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    updated_at = models.DateTimeField()
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["report", "key"]
        constraints = [models.UniqueConstraint(fields=["report", "key"], name="reports_one_text_per_section")]

    def __str__(self):
        return f"{self.report}: {self.key}"


class Comment(models.Model):
    """A member of the Executive's comment on a draft, on one section or (key "") the whole report."""

    report = models.ForeignKey(YearlyReport, on_delete=models.CASCADE, related_name="comments")
    key = models.CharField(max_length=40, blank=True)
    text = models.TextField()
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField()
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    history = History()

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text[:60]


class MissingReason(models.Model):
    """Why a statutory requirement (a code of `yearly/checklist.py`) is left without a section that meets it."""

    report = models.ForeignKey(YearlyReport, on_delete=models.CASCADE, related_name="missing_reasons")
    requirement = models.CharField(max_length=20)
    reason = models.TextField()
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    recorded_at = models.DateTimeField()
    history = History()

    class Meta:
        ordering = ["report", "requirement"]
        constraints = [models.UniqueConstraint(fields=["report", "requirement"], name="reports_one_reason_each")]

    def __str__(self):
        return f"{self.requirement}: {self.reason[:40]}"


class PartnerReport(models.Model):
    """A partner's own report of its year, uploaded to be listed (and linked) in the report's appendix."""

    report = models.ForeignKey(YearlyReport, on_delete=models.CASCADE, related_name="partner_reports")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    title = models.CharField(max_length=200)
    file_name = models.CharField(max_length=255)
    content = models.BinaryField()
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField()
    history = History(excluded_fields=["content"])

    class Meta:
        ordering = ["organisation__name", "title"]

    def __str__(self):
        return self.title


class ReportFile(models.Model):
    """A file of the signed-off report (docx, pdf, html), kept as it was made: what was published is what is here."""

    report = models.ForeignKey(YearlyReport, on_delete=models.CASCADE, related_name="files")
    file_format = models.CharField(max_length=4)
    content = models.BinaryField()
    sha256 = models.CharField(max_length=64)
    size = models.PositiveIntegerField()
    made_at = models.DateTimeField()
    history = History(excluded_fields=["content"])

    class Meta:
        ordering = ["report", "file_format"]
        constraints = [models.UniqueConstraint(fields=["report", "file_format"], name="reports_one_file_per_format")]

    def __str__(self):
        return f"{self.report} ({self.file_format})"


class Recipient(models.Model):
    """Someone the published report must go to (the Panel, the What Works Centre, the local authority's chief
    executive...) or was also sent to, and when it was sent: the proof of distribution."""

    report = models.ForeignKey(YearlyReport, on_delete=models.CASCADE, related_name="recipients")
    name = models.CharField(max_length=200)
    statutory = models.BooleanField(default=False)
    position = models.PositiveSmallIntegerField(default=0)
    sent_on = models.DateField(null=True, blank=True)
    how = models.CharField(max_length=200, blank=True, help_text="For example: by email to the Panel's mailbox")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    history = History()

    class Meta:
        ordering = ["report", "position", "pk"]

    def __str__(self):
        return self.name
