"""Proposing the partners' contributions in Debian's Chromium on a phone (390 px), as the business manager does it:
percentages that do not add up to 100 are refused saying by how much, with a summary link reaching the field; put
right, the proposed amounts add up exactly to the total and are saved all at once. Every state passes axe (WCAG 2.2
AA) and fits the width."""
import re
import shutil

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from assure.conftest import make_user
from assure.core.tests.test_accessibility import PHONE, check_page
from assure.core.tests.test_end_to_end import CHROMIUM, launch_chromium, sign_in
from assure.partnerships.models import Role

from ..models import Contribution
from . import factories

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="make test installs Debian's chromium"),
]


@pytest.mark.django_db(transaction=True)
def test_proposing_contributions_with_an_error_on_a_phone(live_server, partnership, organisations, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # the live server speaks plain HTTP
    manager = make_user(partnership, Role.Kind.BUSINESS_TEAM, "bea", "Bea Business")
    device = TOTPDevice.objects.create(user=manager, name="app", confirmed=True)
    factories.year(partnership, manager, start_year=2025)
    council, police, health = (organisations[k] for k in ("local_authority", "police", "health"))
    problems = []
    with launch_chromium() as browser:
        context = browser.new_context(viewport=PHONE, bypass_csp=True)   # lets axe be injected
        page = context.new_page()
        sign_in(page, live_server.url, "bea", device)
        page.goto(live_server.url + reverse("budget:contributions-propose", args=[partnership.slug, 2025]))
        check_page(page, "propose contributions", problems)

        page.get_by_label("Total to raise from the partners").fill("321,000")
        page.get_by_label("Agreed percentages (they must add up to 100)").check()
        for partner, share in ((council, "50"), (police, "30"), (health, "15")):
            page.get_by_label(partner.name, exact=True).check()
            page.get_by_label(f"{partner.name}: percentage or measure").fill(share)
        page.get_by_role("button", name="Show the proposed amounts").click()
        expect(page).to_have_title(re.compile("^Error: "))  # waits for the answer to the post
        summary = page.locator(".govuk-error-summary")
        message = "The percentages add up to 95, 5 short of 100: change them so they add up to 100."
        summary.get_by_role("link", name=message).click()
        assert page.evaluate("document.activeElement.id") == f"id_share_{council.pk}"
        check_page(page, "propose contributions with an error", problems)
        assert not Contribution.objects.exists()

        page.get_by_label(f"{health.name}: percentage or measure").fill("20")
        page.get_by_role("button", name="Show the proposed amounts").click()
        table = page.locator("table")
        assert "£160,500.00" in table.inner_text() and "£321,000.00" in table.inner_text()
        check_page(page, "proposed contributions", problems)
        page.get_by_role("button", name="Save these contributions").click()
        page.wait_for_url("**/budget/2025/contributions/")
        check_page(page, "contributions", problems)
        context.close()
    assert sorted(c.agreed_pence for c in Contribution.objects.all()) == [6420000, 9630000, 16050000]
    assert not problems, "\n".join(problems)
