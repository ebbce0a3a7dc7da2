"""Reads of the outbox: what was not sent (with why), what was sent last, which keys are already written."""
from .models import Email


def not_sent(partnership):
    """Emails that failed every attempt, or are still waiting after a failure: newest first."""
    return Email.objects.filter(partnership=partnership).exclude(status=Email.Status.SENT).exclude(
        status=Email.Status.QUEUED, attempts=0)


def waiting(partnership):
    return Email.objects.filter(partnership=partnership, status=Email.Status.QUEUED, attempts=0)


def last_sent(partnership, limit: int = 25):
    return Email.objects.filter(partnership=partnership, status=Email.Status.SENT).order_by("-sent_at", "-id")[:limit]


def sent_to(person, limit: int = 10):
    return Email.objects.filter(person=person).order_by("-created_at", "-id")[:limit]


def existing_keys(keys) -> set[str]:
    """Which of these keys are already in the outbox (an email sent, or waiting, today)."""
    keys = [k for k in keys if k]
    found = set()
    for start in range(0, len(keys), 500):
        found |= set(Email.objects.filter(key__in=keys[start:start + 500]).values_list("key", flat=True))
    return found
