"""Issuing evaluation links: who gets one, when, never two live ones, the follow-up to the manager, withdrawing and
reissuing, and only the token's hash kept."""
import datetime

import pytest
from django.core.exceptions import ValidationError

from assure.conftest import signed_in_client
from assure.core.secret_links import hash_token
from assure.training import services
from assure.training.models import EvaluationLink

from . import factories

UTC = datetime.UTC
EVENT_END = datetime.datetime(2026, 3, 24, 12, 30, tzinfo=UTC)   # factories.event: 24 March 2026, 12:30 GMT


@pytest.fixture
def event(partnership, business_user):
    return factories.event(factories.course(partnership, business_user), business_user)


@pytest.fixture
def sam(event, business_user):
    return factories.booking(event, business_user)


@pytest.fixture
def kit(event, business_user):
    return factories.booking(event, business_user, name="Kit Delegate", email="kit@fenbridge.example",
                             manager_email="")


def test_before_the_event_everyone_booked_gets_a_link_expiring_when_it_starts(event, sam, kit, business_user):
    issued = services.issue_links(event, by=business_user, stage="before")
    assert sorted(link.booking.delegate.name for link, _ in issued) == ["Kit Delegate", "Sam Delegate"]
    assert {link.expires_at for link, _ in issued} == {event.starts_at}
    assert {link.sent_to for link, _ in issued} == {"delegate"}


def test_only_the_hash_of_each_token_is_stored(event, sam, business_user):
    [(link, token)] = services.issue_links(event, by=business_user, stage="before")
    link.refresh_from_db()
    assert link.token_hash == hash_token(token) and token not in link.token_hash
    assert not EvaluationLink.objects.filter(token_hash=token).exists()
    assert all(token not in str(row.__dict__) for row in link.history.all())


def test_no_second_live_link_for_the_same_booking_and_stage(event, sam, kit, business_user):
    services.issue_links(event, by=business_user, stage="before")
    again = services.issue_links(event, by=business_user, stage="before")
    assert list(again) == [] and again.skipped == 2
    factories.booking(event, business_user, name="Lou Delegate", email="lou@fenbridge.example")
    third = services.issue_links(event, by=business_user, stage="before")
    assert [link.booking.delegate.name for link, _ in third] == ["Lou Delegate"] and third.skipped == 2


def test_links_before_the_event_are_refused_once_it_has_started(event, sam, business_user, fixed_clock):
    fixed_clock.move_to(event.starts_at)
    with pytest.raises(ValidationError) as refused:
        services.issue_links(event, by=business_user, stage="before")
    assert "until the event started, 24 March 2026 at 09:30" in str(refused.value)


def test_straight_after_goes_to_those_who_attended_from_the_end_for_the_policy_days(event, sam, kit, business_user,
                                                                                     fixed_clock):
    factories.attended(sam)
    with pytest.raises(ValidationError) as refused:
        services.issue_links(event, by=business_user, stage="after")
    assert "from 24 March 2026 at 12:30 until 7 April 2026 at 13:30" in str(refused.value)  # BST from 29 March
    fixed_clock.move_to(EVENT_END + datetime.timedelta(hours=2))
    [(link, _)] = services.issue_links(event, by=business_user, stage="after")
    assert link.booking == sam and link.expires_at == EVENT_END + datetime.timedelta(days=14)


def test_no_one_attended_says_so(event, sam, business_user, fixed_clock):
    fixed_clock.move_to(EVENT_END + datetime.timedelta(hours=2))
    with pytest.raises(ValidationError) as refused:
        services.issue_links(event, by=business_user, stage="after")
    assert "No delegate is recorded as attending" in str(refused.value)


def test_the_follow_up_goes_to_the_manager_when_the_delegate_has_one(event, sam, kit, business_user, fixed_clock):
    factories.attended(sam), factories.attended(kit)
    fixed_clock.move_to(EVENT_END + datetime.timedelta(weeks=7))
    issued = {link.booking.delegate.name: link for link, _ in
              services.issue_links(event, by=business_user, stage="follow_up")}
    assert issued["Sam Delegate"].sent_to == "manager"   # has pat.manager@...
    assert issued["Kit Delegate"].sent_to == "delegate"  # no manager's email
    # Issued in week 7: still until week 8. Issued late in the window, at least 7 days.
    assert issued["Sam Delegate"].expires_at == EVENT_END + datetime.timedelta(weeks=8)


def test_a_late_follow_up_link_stays_open_seven_days(event, sam, business_user, fixed_clock):
    factories.attended(sam)
    late = EVENT_END + datetime.timedelta(weeks=8) - datetime.timedelta(days=1)
    fixed_clock.move_to(late)
    [(link, _)] = services.issue_links(event, by=business_user, stage="follow_up")
    assert link.expires_at == late + datetime.timedelta(days=7)


def test_withdraw_and_reissue(event, sam, business_user):
    [(link, token)] = services.issue_links(event, by=business_user, stage="before")
    new, new_token = services.reissue_link(link, by=business_user)
    link.refresh_from_db()
    assert link.withdrawn_at is not None and new.withdrawn_at is None and new_token != token
    assert (new.booking, new.stage) == (sam, "before")
    services.withdraw_link(new, by=business_user)
    with pytest.raises(ValidationError, match="already withdrawn"):
        services.withdraw_link(new, by=business_user)
    # With every link withdrawn, issuing gives the person a link again.
    assert len(services.issue_links(event, by=business_user, stage="before")) == 1


def test_a_completed_link_cannot_be_withdrawn_or_reissued(event, sam, business_user):
    [(link, _)] = services.issue_links(event, by=business_user, stage="before")
    EvaluationLink.objects.filter(pk=link.pk).update(completed_at=datetime.datetime(2026, 3, 9, 9, tzinfo=UTC))
    link.refresh_from_db()
    for service in (services.withdraw_link, services.reissue_link):
        with pytest.raises(ValidationError, match="completed on 9 March 2026"):
            service(link, by=business_user)
    assert services.issue_links(event, by=business_user, stage="before").skipped == 1


def test_the_business_team_sees_the_links_once_and_can_download_them(event, sam, business_user, partnership):
    client = signed_in_client(business_user)
    base = f"/p/{partnership.slug}/training/events/{event.pk}/evaluation/"
    response = client.post(base + "issue/", {"stage": "before"})
    assert response.status_code == 200 and response["Referrer-Policy"] == "same-origin"
    [link] = EvaluationLink.objects.all()
    token = response.context["rows"][0]["token"]
    assert link.token_hash == hash_token(token)
    assert f"/p/fenbridge/training/evaluate/{token}/" in response.content.decode()
    download = client.post(base + "links.csv", {"token": [token, "not-a-token"]})
    assert download["Content-Type"].startswith("text/csv")
    text = download.content.decode("utf-8-sig")
    assert text.splitlines()[0] == "Recipient,Email,Delegate,Stage,Link,Expires"
    assert "sam.delegate@fenbridge.example" in text and token in text
    # Nothing to download without the page's tokens: they are not kept.
    assert "cannot be shown again" in client.get(base + "links.csv").content.decode()
    # The event's evaluation page counts the link as outstanding.
    page = client.get(base)
    assert page.context["stages"][0]["outstanding"] == 1


def test_issuing_outside_the_window_says_when(event, sam, business_user, partnership):
    response = signed_in_client(business_user).post(
        f"/p/{partnership.slug}/training/events/{event.pk}/evaluation/issue/", {"stage": "follow_up"})
    assert "can be issued from 5 May 2026" in response.content.decode()
    assert not EvaluationLink.objects.exists()
