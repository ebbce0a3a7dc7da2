"""The outbox's services for core/tests/test_service_actors.py."""
from assure.mail import services as mail
from assure.mail.models import Email


def a_failed_email(w):
    email = mail.queue_email(partnership=w.partnership, to="lena@example.org", subject="Action due", body="Due soon",
                             kind="reminder", person=w.person)
    Email.objects.filter(pk=email.pk).update(status=Email.Status.FAILED, attempts=4, last_error="SMTPException")
    email.refresh_from_db()
    return email


CASES = {
    "assure.mail.services.try_again": lambda w: (lambda e: lambda by: mail.try_again(e, by=by))(a_failed_email(w)),
}
NO_ACTOR = {
    "assure.mail.services.queue_email": "writes to the outbox, which keeps no history: the email row is the record",
}
WRITES_NO_HISTORY = {
    "assure.mail.services.try_again": "the outbox keeps no history: the email row records its attempts and error",
}
