"""The indicator form in Debian's Chromium on a phone (390 px), as the business manager uses it: submitted empty it
shows an error summary whose links reach the fields; thresholds the wrong way round for the polarity are refused on
the green threshold; put right, the indicator is saved, and a figure is added to it (a period that cannot be read
refused first). Every state passes axe (WCAG 2.2 AA) and fits the width."""
import re
import shutil

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from assure.conftest import make_user
from assure.core.tests.test_accessibility import PHONE, check_page, show_errors
from assure.core.tests.test_end_to_end import CHROMIUM, launch_chromium, sign_in
from assure.partnerships.models import Role

from ..models import Indicator

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="make test installs Debian's chromium"),
]


@pytest.mark.django_db(transaction=True)
def test_the_indicator_form_with_errors_on_a_phone(live_server, partnership, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # the live server speaks plain HTTP
    manager = make_user(partnership, Role.Kind.BUSINESS_TEAM, "bea", "Bea Business")
    device = TOTPDevice.objects.create(user=manager, name="app", confirmed=True)
    problems = []
    with launch_chromium() as browser:
        context = browser.new_context(viewport=PHONE, bypass_csp=True)   # lets axe be injected
        page = context.new_page()
        sign_in(page, live_server.url, "bea", device)
        page.goto(live_server.url + reverse("performance:indicator-add", args=[partnership.slug]))
        check_page(page, "indicator form", problems)

        show_errors(page)
        summary = page.locator(".govuk-error-summary")
        expect(page).to_have_title(re.compile("^Error: "))  # waits for the answer to the post
        for message in ("Enter the indicator's code", "Enter the indicator's name", "Choose the unit of the indicator",
                        "Choose whether higher or lower is better", "Choose how often the figure is reported"):
            assert summary.get_by_role("link", name=message).count() == 1, message
        check_page(page, "indicator form with errors", problems)
        summary.get_by_role("link", name="Choose the unit of the indicator").click()
        assert page.evaluate("document.activeElement.id") == "id_unit_0"

        page.get_by_label("Code").fill("cpp-2yr")
        page.get_by_label("Name").fill("Child protection plans lasting 2 years or more")
        page.get_by_label("Percentage").check()
        page.get_by_label("Lower is better").check()
        page.get_by_label("Quarterly").check()
        page.get_by_label("Green threshold (optional)").fill("5.5")
        page.get_by_label("Red threshold (optional)").fill("4")
        page.get_by_label("None", exact=True).check()
        page.get_by_role("button", name="Add indicator").click()
        error = page.locator("#id_green_threshold_error")
        assert "Lower is better, so the green threshold must be at or below the red threshold" in error.inner_text()
        check_page(page, "indicator form with a threshold refused", problems)
        assert not Indicator.objects.exists()

        page.get_by_label("Green threshold (optional)").fill("4")
        page.get_by_label("Red threshold (optional)").fill("5.5")
        page.get_by_role("button", name="Add indicator").click()
        page.wait_for_url("**/performance/indicators/#indicator-*")
        check_page(page, "catalogue", problems)
        page.get_by_role("link", name="Figures for CPP-2YR").click()
        page.get_by_role("link", name="Add a figure").click()
        page.get_by_label("Period").fill("2025-Q9")
        page.get_by_label("Figure").fill("4.2")
        page.get_by_role("button", name="Save figure").click()
        assert "is not a period the dataset understands" in page.locator("#id_period_error").inner_text()
        check_page(page, "figure form with errors", problems)
        page.get_by_label("Period").fill("2025-Q2")
        page.get_by_role("button", name="Save figure").click()
        page.wait_for_url("**/figures/")
        check_page(page, "figures", problems)
        page.goto(live_server.url + reverse("performance:area", args=[partnership.slug]))
        check_page(page, "area", problems)
        context.close()
    indicator = Indicator.objects.get()
    assert (indicator.code, str(indicator.green_threshold.normalize())) == ("CPP-2YR", "4")
    assert not problems, "\n".join(problems)
