"""For the central permission matrix: an email that was not sent and a meeting with a paper.

"Your emails" is open to every role (a person's own choices); the Emails page, trying again, the settings and
telling members are the business team's. Another partnership's users get 404 for all of it."""
from assure.mail.models import Email
from assure.mail.services import queue_email

from . import factories


def url_kwargs(world) -> dict[str, dict]:
    by = world.business_user
    member = factories.person(world.partnership, by, "Nadia Okafor", "nadia.okafor@example.org")
    meeting = factories.board_meeting(world.partnership, by, [member])
    email = queue_email(partnership=world.partnership, to="nadia.okafor@example.org", subject="Action due",
                        body="Due", kind="reminder", person=member)
    Email.objects.filter(pk=email.pk).update(status=Email.Status.FAILED, attempts=4, last_error="SMTP refused")
    return {
        "reminders:mine": {},
        "reminders:outbox": {},
        "reminders:try-again": {"email_id": email.pk},
        "reminders:settings": {},
        "reminders:tell-members": {"meeting_id": meeting.pk, "what": "papers"},
    }
