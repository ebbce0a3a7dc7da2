"""GOV.UK Notify as a Django email backend (ADR 0147): EMAIL_BACKEND = "assure.mail.notify.NotifyEmailBackend".

Notify sends through a template made once in its admin: subject `((subject))`, body `((body))`; its id is
settings.NOTIFY_TEMPLATE_ID and the key settings.NOTIFY_API_KEY. A refusal (HTTPError, a bad key, a network
failure) is raised, so the outbox records it and tries again (mail.sending, MAX_ATTEMPTS).

Notify sends no attached files but through links it hosts (prepare_upload), which suits documents, not calendar
invitations; so an attachment is left out and the body says so: invitations reach people by the calendar feed,
or by SMTP where the partnership runs Django's SMTP backend."""
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail.backends.base import BaseEmailBackend
from notifications_python_client.notifications import NotificationsAPIClient

ATTACHMENT_LEFT_OUT = ("\n\n(A calendar invitation goes with this email by ordinary email only: add the meeting "
                       "from your calendar feed in Assure.)")


class NotifyEmailBackend(BaseEmailBackend):
    def __init__(self, fail_silently=False, **kwargs):
        super().__init__(fail_silently=fail_silently, **kwargs)
        if not settings.NOTIFY_API_KEY or not settings.NOTIFY_TEMPLATE_ID:
            raise ImproperlyConfigured("GOV.UK Notify needs NOTIFY_API_KEY and NOTIFY_TEMPLATE_ID")
        self.client = NotificationsAPIClient(settings.NOTIFY_API_KEY)

    def send_messages(self, email_messages) -> int:
        sent = 0
        for message in email_messages:
            body = message.body + (ATTACHMENT_LEFT_OUT if message.attachments else "")
            for address in message.recipients():
                try:
                    self.client.send_email_notification(
                        email_address=address, template_id=settings.NOTIFY_TEMPLATE_ID,
                        personalisation={"subject": message.subject, "body": body})
                except Exception:
                    if not self.fail_silently:
                        raise
                    continue
                sent += 1
        return sent
