"""The outbox: a failing backend's email is retried by the queue, listed as not sent with its error, and sent by
"Try again"; a sent email cannot be tried again."""
import pytest
from django.core import mail as django_mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from assure.conftest import signed_in_client
from assure.mail import sending, tasks
from assure.mail.models import Email
from assure.mail.services import queue_email, try_again


class Refusing:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server at localhost:25 refused the connection")


@pytest.fixture
def refusing(settings):
    settings.EMAIL_BACKEND = f"{__name__}.Refusing"


def an_email(partnership, key=None):
    return queue_email(partnership=partnership, to="ben.osei@example.org", subject="Overdue action: Book the venue",
                       body="Book the venue", kind="overdue", key=key)


def test_the_same_key_is_written_once(partnership):
    assert an_email(partnership, key="overdue:1:2026-03-06:1") is not None
    assert an_email(partnership, key="overdue:1:2026-03-06:1") is None
    assert Email.objects.count() == 1 and len(django_mail.outbox) == 1


def test_the_queue_retries_a_failure_until_max_attempts(refusing, partnership):
    email = an_email(partnership)
    for _ in range(sending.MAX_ATTEMPTS - 2):
        with pytest.raises(tasks.NotSentYet):
            tasks.send_email.call_local(email.pk)
    tasks.send_email.call_local(email.pk)        # the last attempt: failed for good, nothing left to retry
    email.refresh_from_db()
    assert (email.status, email.attempts) == (Email.Status.FAILED, sending.MAX_ATTEMPTS)
    assert tasks.send_email.retries == sending.MAX_ATTEMPTS - 1


def test_the_business_team_sees_what_was_not_sent_and_why_and_tries_again(refusing, settings, partnership,
                                                                          business_user):
    email = an_email(partnership)
    Email.objects.filter(pk=email.pk).update(status=Email.Status.FAILED, attempts=sending.MAX_ATTEMPTS)
    client = signed_in_client(business_user)
    page = client.get(reverse("reminders:outbox", args=["fenbridge"])).content.decode()
    assert "Overdue action: Book the venue" in page and "refused the connection" in page and "Try again" in page
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    response = client.post(reverse("reminders:try-again", args=["fenbridge", email.pk]), follow=True)
    assert "Sent to ben.osei@example.org." in response.content.decode()
    email.refresh_from_db()
    assert email.status == Email.Status.SENT
    page = client.get(reverse("reminders:outbox", args=["fenbridge"])).content.decode()
    assert "Every email was sent." in page


def test_a_sent_email_is_not_sent_again(partnership, business_user):
    email = an_email(partnership)
    with pytest.raises(ValidationError, match="was sent"):
        try_again(email, by=business_user)
    assert len(django_mail.outbox) == 1


def test_another_partnership_cannot_try_our_emails(partnership, outsider_user):
    email = an_email(partnership)
    client = signed_in_client(outsider_user)
    assert client.post(reverse("reminders:try-again", args=["harrowdale", email.pk])).status_code == 404
    assert client.post(reverse("reminders:try-again", args=["fenbridge", email.pk])).status_code == 404
