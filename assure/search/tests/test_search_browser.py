"""Searching from the box in the header on a phone (390 px), as a business manager looking for the MASH audit:
the results page with its marked words and counts, filtered by type. Every state passes axe and fits the width."""
import shutil

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from assure.conftest import make_user
from assure.core.tests.test_accessibility import PHONE, check_page
from assure.core.tests.test_end_to_end import CHROMIUM, launch_chromium, sign_in
from assure.partnerships.models import Role

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="make test installs Debian's chromium"),
]


@pytest.mark.django_db(transaction=True)
def test_searching_on_a_phone(live_server, elmsworth, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # the live server speaks plain HTTP
    partnership, _ = elmsworth
    manager = make_user(partnership, Role.Kind.BUSINESS_TEAM, "bea", "Bea Business")
    device = TOTPDevice.objects.create(user=manager, name="app", confirmed=True)
    problems = []
    with launch_chromium() as browser:
        context = browser.new_context(viewport=PHONE, bypass_csp=True)   # lets axe be injected
        page = context.new_page()
        sign_in(page, live_server.url, "bea", device)
        page.goto(live_server.url + f"/p/{partnership.slug}/actions/")
        page.locator("#site-search").fill("MASH audit")
        page.locator("form[role=search] button").click()
        page.wait_for_url("**/search/?q=MASH+audit")
        assert page.locator("mark").count() >= 1
        assert "Multi-agency case audit: the MASH front door" in page.locator("ol").first.inner_text()
        check_page(page, "search results", problems)
        page.get_by_role("link", name="Audits, inspections and other assurance (1)").click()
        check_page(page, "search results of one type", problems)
        page.goto(live_server.url + f"/p/{partnership.slug}/search/")
        check_page(page, "the empty search page", problems)
        page.goto(live_server.url + f"/p/{partnership.slug}/search/?q=zebra")
        check_page(page, "no results", problems)
        context.close()
    assert not problems, "\n".join(problems)
