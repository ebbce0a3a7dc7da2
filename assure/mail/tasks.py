"""Sending from the outbox on the queue: a failure is retried a few minutes later, up to MAX_ATTEMPTS."""
from huey.contrib.djhuey import db_task

from . import sending


class NotSentYet(Exception):
    pass


@db_task(retries=sending.MAX_ATTEMPTS - 1, retry_delay=300)
def send_email(email_id: int) -> None:
    if not sending.send(email_id):
        from .models import Email

        if Email.objects.filter(pk=email_id, status=Email.Status.QUEUED).exists():
            raise NotSentYet(email_id)  # huey retries it
