"""Signing in: password, then a second factor; lockout; session lifetime; signing out."""
import datetime

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from assure.core.services import issue_backup_codes

PASSWORD = "correct horse battery staple"


def totp_code(device, at=None):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


@pytest.fixture
def enrolled(member_user):
    device = TOTPDevice.objects.create(user=member_user, name="app", confirmed=True)
    return member_user, device


def password_step(client, username, password=PASSWORD, next_url=None):
    url = "/sign-in/" + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"username": username, "password": password})


def test_password_alone_does_not_sign_in(enrolled, partnership):
    user, _ = enrolled
    client = Client()
    response = password_step(client, user.username)
    assert response.status_code == 302 and response.url == "/sign-in/code/"
    # Not yet signed in: partnership pages still send you to sign in.
    page = client.get(f"/p/{partnership.slug}/")
    assert page.status_code == 302 and page.url.startswith("/sign-in/")


def test_totp_code_completes_sign_in_and_honours_next(enrolled, partnership):
    user, device = enrolled
    client = Client()
    password_step(client, user.username, next_url=f"/p/{partnership.slug}/actions/")
    response = client.post("/sign-in/code/", {"token": totp_code(device)})
    assert response.status_code == 302 and response.url == f"/p/{partnership.slug}/actions/"
    assert client.get(f"/p/{partnership.slug}/").status_code == 200


def test_next_to_another_site_is_ignored(enrolled):
    user, device = enrolled
    client = Client()
    password_step(client, user.username, next_url="https://evil.example/")
    response = client.post("/sign-in/code/", {"token": totp_code(device)})
    assert response.url == "/"


def test_reused_totp_code_is_refused(enrolled):
    user, device = enrolled
    code = totp_code(device)
    first = Client()
    password_step(first, user.username)
    assert first.post("/sign-in/code/", {"token": code}).status_code == 302
    second = Client()
    password_step(second, user.username)
    response = second.post("/sign-in/code/", {"token": code})
    assert response.status_code == 200
    assert "already been used" in response.content.decode()


def test_backup_code_works_once(member_user, partnership):
    issue_backup_codes(member_user, codes=["demo0001"])
    client = Client()
    password_step(client, member_user.username)
    assert client.post("/sign-in/code/", {"token": "demo0001"}).status_code == 302
    again = Client()
    password_step(again, member_user.username)
    assert again.post("/sign-in/code/", {"token": "demo0001"}).status_code == 200


def test_wrong_password_shows_error_summary(member_user):
    response = password_step(Client(), member_user.username, password="wrong password here")
    body = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" in body and "username or password is not right" in body


def test_lockout_after_repeated_failures(settings, enrolled):
    user, device = enrolled
    for _ in range(settings.AXES_FAILURE_LIMIT):
        password_step(Client(), user.username, password="wrong password here")
    # Even the right password is now refused.
    response = password_step(Client(), user.username)
    assert response.status_code == 429
    assert "locked" in response.content.decode()


def test_wrong_codes_also_lock_the_account(settings, enrolled):
    user, device = enrolled
    client = Client()
    password_step(client, user.username)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post("/sign-in/code/", {"token": "000000"})
    assert response.status_code == 429
    assert password_step(Client(), user.username).status_code == 429


def test_new_account_must_set_up_authenticator(member_user, fixed_clock):
    client = Client()
    response = password_step(client, member_user.username)
    assert response.url == "/sign-in/set-up-code/"
    page = client.get("/sign-in/set-up-code/")
    assert page.status_code == 200 and "data:image/svg+xml" in page.content.decode()
    device = TOTPDevice.objects.get(user=member_user, confirmed=False)
    wrong = client.post("/sign-in/set-up-code/", {"token": "123"})
    assert wrong.status_code == 200 and "not right" in wrong.content.decode()
    fixed_clock.shift(datetime.timedelta(seconds=5))  # past the throttle that follows a wrong code
    done = client.post("/sign-in/set-up-code/", {"token": totp_code(device)})
    assert done.status_code == 200 and "Your backup codes" in done.content.decode()
    device.refresh_from_db()
    assert device.confirmed


def test_code_page_without_password_step_goes_back_to_sign_in():
    response = Client().get("/sign-in/code/")
    assert response.status_code == 302 and response.url == "/sign-in/"


def test_sign_out_ends_the_session_on_the_server(client_for, member_user, partnership):
    client = client_for(member_user)
    session_key = client.session.session_key
    assert Session.objects.filter(session_key=session_key).exists()
    client.post("/sign-out/")
    assert not Session.objects.filter(session_key=session_key).exists()
    assert client.get(f"/p/{partnership.slug}/").status_code == 302


def test_sign_out_needs_post(client_for, member_user):
    assert client_for(member_user).get("/sign-out/").status_code == 405


def test_session_expires_after_idle_time(client_for, member_user, partnership, fixed_clock, settings):
    client = client_for(member_user)
    assert client.get(f"/p/{partnership.slug}/").status_code == 200
    fixed_clock.shift(datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE + 60))
    assert client.get(f"/p/{partnership.slug}/").status_code == 302


def test_pages_opened_within_a_minute_renew_the_session_once(client_for, member_user, partnership, fixed_clock):
    """Clicking through pages costs one session write a minute, not one a page: the expiry moves on only when the
    last renewal is a minute old."""
    client = client_for(member_user)

    def expiry():
        return Session.objects.get(session_key=client.session.session_key).expire_date

    fixed_clock.shift(datetime.timedelta(seconds=90))
    assert client.get(f"/p/{partnership.slug}/").status_code == 200
    renewed = expiry()
    fixed_clock.shift(datetime.timedelta(seconds=45))
    assert client.get(f"/p/{partnership.slug}/").status_code == 200
    assert expiry() == renewed
    fixed_clock.shift(datetime.timedelta(seconds=15))
    assert client.get(f"/p/{partnership.slug}/").status_code == 200
    assert expiry() == renewed + datetime.timedelta(seconds=60)


def test_idle_time_counts_from_the_last_renewal(client_for, member_user, partnership, fixed_clock, settings):
    client = client_for(member_user)
    fixed_clock.shift(datetime.timedelta(minutes=5))
    assert client.get(f"/p/{partnership.slug}/").status_code == 200   # renewed
    fixed_clock.shift(datetime.timedelta(seconds=59))
    assert client.get(f"/p/{partnership.slug}/").status_code == 200   # not renewed
    fixed_clock.shift(datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE - 59 + 1))
    assert client.get(f"/p/{partnership.slug}/").status_code == 302


def test_activity_keeps_session_alive_but_not_beyond_twelve_hours(client_for, member_user, partnership, fixed_clock):
    client = client_for(member_user)
    for _ in range(47):  # a request every 15 minutes for 11 hours 45 minutes
        fixed_clock.shift(datetime.timedelta(minutes=15))
        assert client.get(f"/p/{partnership.slug}/").status_code == 200
    fixed_clock.shift(datetime.timedelta(minutes=16))  # 12h01 after sign-in, only 16 minutes idle
    response = client.get(f"/p/{partnership.slug}/")
    assert response.status_code == 302 and response.url.startswith("/sign-in")
