"""Writing to the outbox and sending (ADR 0147). Every email goes through `queue_email`."""
import base64
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from assure.core import clock
from assure.core.audit import service

from .models import Email
from .sending import send
from .tasks import send_email


@dataclass(frozen=True)
class Attachment:
    name: str
    content: bytes
    content_type: str


def queue_email(*, partnership, to: str, subject: str, body: str, kind: str, key: str | None = None,
                person=None, attachments: tuple[Attachment, ...] = ()) -> Email | None:
    """Write an email to the outbox and have a worker send it once the caller's transaction commits.

    None if an email with the same `key` was already written (a reminder sent earlier today)."""
    if key and Email.objects.filter(key=key).exists():
        return None
    try:
        with transaction.atomic():
            email = Email.objects.create(
                partnership=partnership, person=person, to=to, subject=subject[:250], body=body, kind=kind,
                key=key or None, created_at=clock.now(),
                attachments=[{"name": a.name, "content_type": a.content_type,
                              "content": base64.b64encode(a.content).decode("ascii")} for a in attachments])
    except IntegrityError:
        return None  # the same key written at the same moment by another worker
    _dispatch(email)
    return email


def _dispatch(email: Email) -> None:
    if settings.ASSURE_QUEUE == "immediate":
        send(email.pk)  # one attempt; the tests retry by calling send() again
        email.refresh_from_db()
    else:
        transaction.on_commit(lambda: send_email(email.pk))


@service
def try_again(email: Email, *, by) -> Email:
    """Send an email that was not sent once more, with a fresh set of attempts (the "Try again" button)."""
    if email.status == Email.Status.SENT:
        raise ValidationError("This email was sent, so there is nothing to try again.")
    Email.objects.filter(pk=email.pk).update(status=Email.Status.QUEUED, attempts=0)
    email.refresh_from_db()
    _dispatch(email)
    return email

