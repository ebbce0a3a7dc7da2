"""One attempt at sending an email from the outbox (ADR 0147)."""
import base64

from django.conf import settings
from django.core.mail import EmailMessage

from assure.core import clock

from .models import Email

MAX_ATTEMPTS = 4


def deliver(email: Email) -> None:
    """Send one email through Django's mail settings (SMTP, GOV.UK Notify, ...). Raises if the backend refuses."""
    message = EmailMessage(subject=email.subject, body=email.body, from_email=settings.DEFAULT_FROM_EMAIL,
                           to=[email.to])
    for a in email.attachments:
        message.attach(a["name"], base64.b64decode(a["content"]), a["content_type"])
    message.send(fail_silently=False)


def send(email_id: int) -> bool:
    """One attempt at sending. True when sent; False when it failed (the caller retries until MAX_ATTEMPTS)."""
    email = Email.objects.filter(pk=email_id).first()
    if email is None or email.status == Email.Status.SENT:
        return True
    attempts = email.attempts + 1
    try:
        deliver(email)
    except Exception as failure:  # noqa: BLE001 (any backend's refusal is recorded, then retried)
        status = Email.Status.FAILED if attempts >= MAX_ATTEMPTS else Email.Status.QUEUED
        Email.objects.filter(pk=email.pk).update(attempts=attempts, status=status,
                                                 last_error=f"{type(failure).__name__}: {failure}"[:2000])
        return False
    Email.objects.filter(pk=email.pk).update(attempts=attempts, status=Email.Status.SENT, sent_at=clock.now(),
                                             last_error="")
    return True
