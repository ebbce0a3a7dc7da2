"""A job: work that takes more than a moment, run by a worker while the person who started it watches its page."""
from django.conf import settings
from django.db import models


class Job(models.Model):
    class Status(models.TextChoices):
        WAITING = "waiting", "Waiting to start"
        RUNNING = "running", "Running"
        DONE = "done", "Finished"
        FAILED = "failed", "Failed"

    # A string reference: jobs sit below partnerships in the layers, so every app may start one (ADR 0143).
    partnership = models.ForeignKey("partnerships.Partnership", on_delete=models.CASCADE, related_name="jobs")
    kind = models.CharField(max_length=60, help_text="The registered work, for example 'reports.draft'")
    title = models.CharField(max_length=200, help_text="What a person sees, for example 'Draft the yearly report'")
    params = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(null=True, blank=True)
    message = models.CharField(max_length=300, blank=True)
    result = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True, help_text="Why it failed, in words a person can act on")
    file = models.FileField(upload_to="jobs/%Y/%m/", blank=True)
    file_name = models.CharField(max_length=200, blank=True)
    return_url = models.CharField(max_length=500, blank=True, help_text="The page that started the job")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField()
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["partnership", "kind", "-created_at"], name="job_recent_of_kind")]

    def __str__(self):
        return f"{self.title} ({self.get_status_display()})"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)

    @property
    def percent(self) -> int | None:
        if not self.total:
            return None
        return min(100, round(100 * self.done / self.total))
