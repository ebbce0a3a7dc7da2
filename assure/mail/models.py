"""The outbox: every email Assure sends is written here first, then sent by a worker, retried, and kept with
its outcome, so a failed email is reported and never lost silently (ADR 0147)."""
from django.db import models


class Email(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting to send"
        SENT = "sent", "Sent"
        FAILED = "failed", "Not sent"

    # String references: the outbox sits below partnerships in the layers, so every app may send (ADR 0143).
    partnership = models.ForeignKey("partnerships.Partnership", on_delete=models.CASCADE, related_name="emails")
    person = models.ForeignKey("partnerships.Person", null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="emails")
    to = models.EmailField()
    subject = models.CharField(max_length=250)
    body = models.TextField()
    kind = models.CharField(max_length=40, help_text="reminder, overdue, digest, team-digest, papers, minutes, invitation")
    # Sending twice the same day sends nothing twice: a second email with the same key is not written.
    key = models.CharField(max_length=200, unique=True, null=True, blank=True)
    attachments = models.JSONField(default=list, blank=True,
                                   help_text="[{name, content_type, content (base64)}]: calendar invitations only, "
                                             "never a confidential paper")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["partnership", "status", "-created_at"], name="email_by_status")]

    def __str__(self):
        return f"{self.subject} to {self.to} ({self.get_status_display()})"
