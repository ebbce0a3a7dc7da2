"""'Your calendar' on a phone (390 px) in Debian's Chromium: a member gets the address of their calendar, sees it
(https and webcal), resets it after confirming, and the old address stops at once. Every state passes axe and
fits the width."""
import shutil

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from assure.conftest import make_user
from assure.core.tests.test_accessibility import PHONE, check_page
from assure.core.tests.test_end_to_end import CHROMIUM, launch_chromium, sign_in
from assure.partnerships.models import Role

from ..models import FeedLink
from . import factories

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="make test installs Debian's chromium"),
]


@pytest.mark.django_db(transaction=True)
def test_getting_and_resetting_your_calendar_address_on_a_phone(live_server, partnership, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # the live server speaks plain HTTP
    member = make_user(partnership, Role.Kind.MEMBER, "mo", "Mo Member")
    device = TOTPDevice.objects.create(user=member, name="app", confirmed=True)
    factories.body(partnership, "Executive Board with a rather long name for a narrow phone screen")
    problems = []
    with launch_chromium() as browser:
        context = browser.new_context(viewport=PHONE, bypass_csp=True)   # lets axe be injected
        page = context.new_page()
        sign_in(page, live_server.url, "mo", device)
        mine = live_server.url + reverse("calendars:mine", args=[partnership.slug])
        page.goto(mine)
        check_page(page, "your calendar, no address yet", problems)
        page.get_by_role("link", name="Get the address of your calendar").click()
        check_page(page, "make the address", problems)
        page.get_by_role("button", name="Make the address").click()
        page.wait_for_url("**/calendar/#mine")
        old = page.get_by_label("Address of your calendar").input_value()
        assert "/calendar/feed/" in old
        page.get_by_text("How to add an address to your calendar").click()
        check_page(page, "your calendar with its address", problems)
        page.get_by_role("link", name="Reset this address of your calendar").click()
        check_page(page, "reset the address", problems)
        page.get_by_role("button", name="Reset the address").click()
        page.wait_for_url("**/calendar/#mine")
        new = page.get_by_label("Address of your calendar").input_value()
        context.close()
    path = old.split(live_server.url, 1)[1]
    assert new != old and Client().get(path).status_code == 404
    assert Client().get(new.split(live_server.url, 1)[1]).status_code == 200
    assert FeedLink.objects.count() == 1
    assert not problems, "\n".join(problems)
