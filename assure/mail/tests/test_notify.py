"""GOV.UK Notify as the email backend, with a fake HTTP layer in place of the network: the request Notify
receives, and a refusal recorded on the email and retried until MAX_ATTEMPTS, then tried again by hand."""
import json
import uuid

import jwt
import pytest
import requests

from assure.mail import sending
from assure.mail.models import Email
from assure.mail.notify import ATTACHMENT_LEFT_OUT
from assure.mail.services import Attachment, queue_email, try_again

SERVICE_ID, SECRET, TEMPLATE_ID = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
NOTIFY_URL = "https://api.notifications.service.gov.uk/v2/notifications/email"


class FakeNotify:
    """Answers every HTTP request the client makes, as Notify would, and keeps what it was sent."""

    def __init__(self):
        self.requests, self.refuse = [], False

    def send(self, adapter, request, **kwargs):
        self.requests.append(request)
        response = requests.Response()
        response.url, response.request = request.url, request
        response.headers["Content-Type"] = "application/json"
        if self.refuse:
            response.status_code = 400
            response._content = json.dumps({"status_code": 400, "errors": [
                {"error": "BadRequestError", "message": "Can't send to this recipient using a team-only API key"}]}
            ).encode()
        else:
            response.status_code = 201
            response._content = json.dumps({"id": str(uuid.uuid4()), "content": {}, "template": {}}).encode()
        return response


@pytest.fixture
def notify(settings, monkeypatch):
    settings.EMAIL_BACKEND = "assure.mail.notify.NotifyEmailBackend"
    settings.NOTIFY_API_KEY = f"assure_test-{SERVICE_ID}-{SECRET}"
    settings.NOTIFY_TEMPLATE_ID = TEMPLATE_ID
    fake = FakeNotify()
    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", lambda adapter, request, **kw: fake.send(adapter, request))
    return fake


def an_email(partnership, **kwargs):
    return queue_email(partnership=partnership, to="ana.clarke@example.org", subject="Action due 16 March 2026",
                       body="Share the audit findings.\nhttp://127.0.0.1:8000/p/fenbridge/actions/1/",
                       kind="reminder", **kwargs)


def test_notify_receives_the_address_the_template_and_the_subject_and_body(notify, partnership):
    email = an_email(partnership)
    assert email.status == Email.Status.SENT and email.attempts == 1
    [request] = notify.requests
    assert (request.method, request.url) == ("POST", NOTIFY_URL)
    assert json.loads(request.body) == {
        "email_address": "ana.clarke@example.org", "template_id": TEMPLATE_ID,
        "personalisation": {"subject": "Action due 16 March 2026",
                            "body": "Share the audit findings.\nhttp://127.0.0.1:8000/p/fenbridge/actions/1/"}}
    token = request.headers["Authorization"].removeprefix("Bearer ")
    assert jwt.decode(token, SECRET, algorithms=["HS256"])["iss"] == SERVICE_ID


def test_a_calendar_invitation_is_left_out_and_the_body_says_so(notify, partnership):
    an_email(partnership, attachments=(Attachment("meeting.ics", b"BEGIN:VCALENDAR", "text/calendar"),))
    sent = json.loads(notify.requests[0].body)
    assert sent["personalisation"]["body"].endswith(ATTACHMENT_LEFT_OUT) and "VCALENDAR" not in notify.requests[0].body


def test_a_refusal_is_recorded_retried_then_reported_and_tried_again(notify, partnership, business_user):
    notify.refuse = True
    email = an_email(partnership)
    assert (email.status, email.attempts) == (Email.Status.QUEUED, 1)
    assert "BadRequestError" in email.last_error and "team-only API key" in email.last_error
    while sending.send(email.pk) is False and Email.objects.get(pk=email.pk).status == Email.Status.QUEUED:
        pass
    email.refresh_from_db()
    assert (email.status, email.attempts) == (Email.Status.FAILED, sending.MAX_ATTEMPTS)
    assert len(notify.requests) == sending.MAX_ATTEMPTS
    notify.refuse = False
    email = try_again(email, by=business_user)
    assert (email.status, email.attempts, email.last_error) == (Email.Status.SENT, 1, "")


def test_without_its_settings_the_backend_says_what_is_missing(notify, settings, partnership):
    settings.NOTIFY_TEMPLATE_ID = ""
    email = an_email(partnership)
    assert email.status == Email.Status.QUEUED and "NOTIFY_TEMPLATE_ID" in email.last_error
    assert notify.requests == []
