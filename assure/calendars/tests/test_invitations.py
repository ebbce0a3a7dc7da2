"""Meeting invitations by email: who gets one, the .ics attachment, updates after a change, cancellations, and
never the same version twice."""
import base64
import datetime

import pytest
from django.urls import reverse
from icalendar import Calendar

from assure.conftest import signed_in_client
from assure.mail.models import Email
from assure.meetings import services as meetings

from .. import services
from . import factories


@pytest.fixture
def board_meeting(partnership, business_user):
    board = factories.body(partnership)
    lena = factories.person(partnership, "Lena Ashworth", email="lena@example.org")
    liam = factories.person(partnership, "Liam Adeyemi", email="liam@example.org")
    paul = factories.person(partnership, "Paul Okafor")   # no email address
    factories.member(board, lena, deputy=liam)
    factories.member(board, paul)
    return factories.meeting(board, business_user)


def attachment(email):
    (attached,) = email.attachments
    assert attached["name"] == "invitation.ics"
    return attached["content_type"], Calendar.from_ical(base64.b64decode(attached["content"]))


def test_the_confirm_page_names_who_gets_it_and_who_does_not(partnership, business_user, board_meeting):
    page = signed_in_client(business_user).get(
        reverse("calendars:invitations", args=[partnership.slug, board_meeting.pk])).content.decode()
    assert "Lena Ashworth (Member), lena@example.org" in page
    assert "Liam Adeyemi (Deputy for Lena Ashworth), liam@example.org" in page
    assert "Paul Okafor (Member): no email address, so not sent" in page
    assert "Send 2 invitations" in page
    assert not Email.objects.exists()


def test_sending_queues_one_email_each_with_an_invitation_that_parses(partnership, business_user, board_meeting):
    response = signed_in_client(business_user).post(
        reverse("calendars:invitations", args=[partnership.slug, board_meeting.pk]))
    assert response.status_code == 302
    emails = list(Email.objects.order_by("to"))
    assert [e.to for e in emails] == ["lena@example.org", "liam@example.org"]
    for email in emails:
        assert email.kind == "invitation"
        assert f"/p/{partnership.slug}/meetings/{board_meeting.pk}/" in email.body
        assert "papers" in email.body and email.subject.startswith("Invitation: Executive Board meeting")
        content_type, cal = attachment(email)
        assert content_type == "text/calendar; method=REQUEST"
        assert cal["METHOD"] == "REQUEST"
        (event,) = cal.walk("VEVENT")
        assert str(event["ATTENDEE"]) == f"mailto:{email.to}"


def test_the_same_version_is_never_sent_twice_and_a_change_sends_the_update(partnership, business_user,
                                                                           board_meeting):
    assert services.send_invitations(board_meeting, by=business_user) == 2
    assert services.send_invitations(board_meeting, by=business_user) == 0
    assert Email.objects.count() == 2
    page = signed_in_client(business_user).get(
        reverse("calendars:invitations", args=[partnership.slug, board_meeting.pk])).content.decode()
    assert "already has the latest invitation" in page
    moved = meetings.edit_meeting(board_meeting, by=business_user, expected_version=board_meeting.version,
                                  date=datetime.date(2026, 4, 27), start_time=datetime.time(14, 0))
    assert services.send_invitations(moved, by=business_user) == 2
    update = Email.objects.filter(to="lena@example.org").order_by("-pk").first()
    assert update.subject.startswith("Updated invitation")
    _, cal = attachment(update)
    (first_event,) = attachment(Email.objects.filter(to="lena@example.org").order_by("pk").first())[1].walk("VEVENT")
    (event,) = cal.walk("VEVENT")
    assert event["UID"] == first_event["UID"] and event["SEQUENCE"] > first_event["SEQUENCE"]


def test_a_cancelled_meeting_sends_the_cancellation(partnership, business_user, board_meeting):
    services.send_invitations(board_meeting, by=business_user)
    cancelled = meetings.cancel_meeting(board_meeting, by=business_user, expected_version=board_meeting.version)
    assert services.send_invitations(cancelled, by=business_user) == 2
    email = Email.objects.filter(to="lena@example.org").order_by("-pk").first()
    content_type, cal = attachment(email)
    assert content_type == "text/calendar; method=CANCEL" and email.subject.startswith("Cancelled:")
    assert cal["METHOD"] == "CANCEL" and cal.walk("VEVENT")[0]["STATUS"] == "CANCELLED"


def test_a_past_meeting_is_refused_and_nothing_is_sent(partnership, business_user, board_meeting):
    past = factories.meeting(board_meeting.body, business_user, date=datetime.date(2026, 3, 2))
    client = signed_in_client(business_user)
    url = reverse("calendars:invitations", args=[partnership.slug, past.pk])
    assert "already taken place" in client.get(url).content.decode()
    response = client.post(url)
    assert response.status_code == 200 and "already taken place" in response.content.decode()
    assert not Email.objects.exists()


def test_only_the_business_team_sees_the_link_on_the_meeting_page(partnership, business_user, member_user,
                                                                 board_meeting):
    url = reverse("meetings:detail", args=[partnership.slug, board_meeting.pk])
    link = reverse("calendars:invitations", args=[partnership.slug, board_meeting.pk])
    assert link in signed_in_client(business_user).get(url).content.decode()
    assert link not in signed_in_client(member_user).get(url).content.decode()


def test_another_partnerships_meeting_is_not_found(partnership, other_partnership, outsider_user, board_meeting):
    client = signed_in_client(outsider_user)
    assert client.get(reverse("calendars:invitations",
                              args=[other_partnership.slug, board_meeting.pk])).status_code == 404
    assert client.post(reverse("calendars:invitations",
                               args=[other_partnership.slug, board_meeting.pk])).status_code == 404
    assert not Email.objects.exists()
