"""Telling a body's members that a meeting's papers or minutes are published: one email each, a link, never the
file; those without an address named; once a day."""
import pytest
from django.core import mail as outbox
from django.core.exceptions import ValidationError
from django.urls import reverse

from assure.conftest import signed_in_client
from assure.mail.models import Email
from assure.meetings.models import Meeting
from assure.reminders import services

from . import factories


@pytest.fixture
def members(partnership, business_user):
    by = business_user
    return [factories.person(partnership, by, "Ana Clarke", "ana.clarke@example.org"),
            factories.person(partnership, by, "Ben Osei", "ben.osei@example.org"),
            factories.person(partnership, by, "Cal Whitby")]


@pytest.fixture
def meeting(partnership, business_user, members):
    return factories.board_meeting(partnership, business_user, members)


def test_each_member_with_an_address_gets_a_link_to_the_meeting_and_never_the_papers(meeting, business_user, members):
    plan = services.tell_members(meeting, by=business_user, what="papers")
    emails = list(Email.objects.order_by("to"))
    assert [(e.to, e.kind) for e in emails] == [("ana.clarke@example.org", "papers"), ("ben.osei@example.org", "papers")]
    assert emails[0].subject == "Papers published: Executive Board, 2 March 2026"
    link = f"/p/fenbridge/meetings/{meeting.pk}/"
    assert all(link in e.body and e.attachments == [] for e in emails)
    assert all(m.attachments == [] for m in outbox.outbox) and len(outbox.outbox) == 2
    assert "neglect.pdf" not in emails[0].body and "/papers/" not in emails[0].body
    assert plan.without_email == [members[2]]


def test_telling_them_again_the_same_day_sends_nothing_twice(meeting, business_user):
    services.tell_members(meeting, by=business_user, what="minutes")
    assert services.tell_members(meeting, by=business_user, what="minutes").emails == []
    assert Email.objects.filter(kind="minutes").count() == 2
    assert "draft: not yet approved" in Email.objects.filter(kind="minutes").first().body


def test_a_member_who_turned_these_emails_off_is_left_out(meeting, business_user, members):
    services.update_preferences(members[0], by=business_user, expected_version=1, circulation=False)
    plan = services.tell_members(meeting, by=business_user, what="papers")
    assert [e.to for e in plan.emails] == ["ben.osei@example.org"] and plan.turned_off == [members[0]]


def test_no_papers_or_a_cancelled_meeting_is_refused_and_sends_nothing(partnership, business_user, members):
    bare = factories.board_meeting(partnership, business_user, members, with_paper=False, name="Education Subgroup")
    with pytest.raises(ValidationError, match="no papers yet"):
        services.tell_members(bare, by=business_user, what="papers")
    Meeting.objects.filter(pk=bare.pk).update(status=Meeting.Status.CANCELLED)
    bare.refresh_from_db()
    with pytest.raises(ValidationError, match="cancelled"):
        services.tell_members(bare, by=business_user, what="minutes")
    assert not Email.objects.exists()


def test_the_confirm_page_names_who_will_and_will_not_be_emailed(meeting, business_user):
    client = signed_in_client(business_user)
    url = reverse("reminders:tell-members", args=["fenbridge", meeting.pk, "papers"])
    page = client.get(url).content.decode()
    assert "Ana Clarke (ana.clarke@example.org)" in page and "Ben Osei (ben.osei@example.org)" in page
    assert "no email address: Cal Whitby" in page
    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == f"/p/fenbridge/meetings/{meeting.pk}/"
    assert Email.objects.count() == 2
    assert "told today already" in client.get(url).content.decode()


def test_the_meeting_page_offers_it_to_the_business_team_only(meeting, business_user, member_user, readonly_user):
    page = reverse("meetings:detail", args=["fenbridge", meeting.pk])
    tell = reverse("reminders:tell-members", args=["fenbridge", meeting.pk, "papers"])
    assert tell in signed_in_client(business_user).get(page).content.decode()
    for user in (member_user, readonly_user):
        client = signed_in_client(user)
        assert tell not in client.get(page).content.decode()
        assert client.post(tell).status_code == 403
    assert not Email.objects.exists()


def test_another_partnership_cannot_tell_our_members(meeting, outsider_user):
    client = signed_in_client(outsider_user)
    assert client.post(reverse("reminders:tell-members", args=["harrowdale", meeting.pk, "papers"])).status_code == 404
    assert not Email.objects.exists()


def test_only_papers_or_minutes(meeting, business_user):
    client = signed_in_client(business_user)
    assert client.get(reverse("reminders:tell-members", args=["fenbridge", meeting.pk, "budget"])).status_code == 404
