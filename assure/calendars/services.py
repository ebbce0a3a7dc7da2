"""Calendar addresses and meeting invitations (ADR 0145)."""
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse

from assure.core import clock
from assure.core.audit import service
from assure.core.transactions import atomic
from assure.mail.services import Attachment, queue_email
from assure.meetings.models import Meeting

from . import ics, queries, tokens
from .models import FeedLink


@service
@atomic
def reset_feed(partnership, *, by, body=None) -> str:
    """Make `by`'s calendar address (their own, or one body's), or replace it: the old address stops at once.
    Returns the new token (worked out from the stored salt; only its hash is kept)."""
    if queries.role_of(by, partnership) is None:
        raise ValidationError("You have no role in this partnership.")
    if body is not None and body.partnership_id != partnership.pk:
        raise ValidationError("Choose a board or group of this partnership.")
    salt = tokens.new_salt()
    link = FeedLink.objects.select_for_update().filter(user=by, partnership=partnership, body=body).first()
    if link is None:
        link = FeedLink(user=by, partnership=partnership, body=body)
    link.salt, link.token_hash, link.created_at = salt, tokens.hash_for(salt), clock.now()
    link.save()
    return tokens.token_for(salt)


def when(meeting) -> str:
    day = f"{meeting.date:%A %-d %B %Y}"
    time = f" at {meeting.start_time:%H:%M}" if meeting.start_time else ""
    place = f", {meeting.location}" if meeting.location else ""
    return day + time + place


def _email(meeting, person) -> tuple[str, str]:
    url = settings.SITE_URL + reverse("meetings:detail", args=[meeting.partnership.slug, meeting.pk])
    title = ics.meeting_title(meeting)
    if meeting.status == Meeting.Status.CANCELLED:
        subject = f"Cancelled: {title}, {meeting.date:%-d %B %Y}"
        lines = [f"The {title} on {when(meeting)} has been cancelled.",
                 "The attached file removes it from your calendar."]
    else:
        updated = meeting.version > 1
        subject = f"{'Updated invitation' if updated else 'Invitation'}: {title}, {meeting.date:%-d %B %Y}"
        lines = [f"You are invited to the {title} on {when(meeting)}.",
                 "The attached file adds it to your calendar" + (", replacing any earlier copy." if updated else ".")]
    body = "\n\n".join([f"Dear {person.full_name},", *lines,
                        f"The agenda and papers are in Assure (you will need to sign in): {url}",
                        meeting.partnership.name])
    return subject, body


@service
def send_invitations(meeting: Meeting, *, by) -> int:
    """Email each member of the meeting's body (and each named deputy) with an email address an invitation to
    the meeting, or its cancellation, at the meeting's current version. Returns how many were sent: people who
    already have this version are not sent it again."""
    if meeting.status != Meeting.Status.CANCELLED and meeting.date < clock.today():
        raise ValidationError("This meeting has already taken place, so no invitation is sent.")
    with_email, _ = queries.invitation_recipients(meeting)
    sent = 0
    for r in with_email:
        if r.already_sent:
            continue
        subject, body = _email(meeting, r.person)
        content = ics.invitation(meeting, email=r.person.email, name=r.person.full_name)
        method = "CANCEL" if meeting.status == Meeting.Status.CANCELLED else "REQUEST"
        if queue_email(partnership=meeting.partnership, to=r.person.email, subject=subject, body=body,
                       kind="invitation", key=r.key, person=r.person,
                       attachments=(Attachment(name="invitation.ics", content=content,
                                               content_type=f"text/calendar; method={method}"),)):
            sent += 1
    return sent
