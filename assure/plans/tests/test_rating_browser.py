"""Rating a priority's progress in Debian's Chromium on a phone (390 px), as the business manager does it each
quarter: from the plan's matrix to the rating form, a rating without its colour or narrative refused with summary
links reaching the fields, then saved and shown in words on the priority's page and in the matrix. Every state passes
axe (WCAG 2.2 AA) and fits the width. (Browser tests run on the real clock: the quarter is today's.)"""
import re
import shutil

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from assure.conftest import make_user
from assure.core import clock
from assure.core.tests.test_accessibility import PHONE, check_page
from assure.core.tests.test_end_to_end import CHROMIUM, launch_chromium, sign_in
from assure.partnerships.models import Role
from assure.performance import periods
from assure.plans import services

from ..models import Progress
from . import factories

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="make test installs Debian's chromium"),
]


@pytest.mark.django_db(transaction=True)
def test_recording_a_quarter_s_rating_on_a_phone(live_server, partnership, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # the live server speaks plain HTTP
    manager = make_user(partnership, Role.Kind.BUSINESS_TEAM, "bea", "Bea Business")
    device = TOTPDevice.objects.create(user=manager, name="app", confirmed=True)
    quarter = periods.quarter_of(clock.today())
    neglect = factories.priority(partnership, manager, "Neglect", first_year=quarter.financial_year - 1)
    objective = factories.objective(neglect, manager)
    action = factories.action(partnership, manager)
    services.set_evidence(objective, by=manager, expected_version=objective.version, actions=[action])
    problems = []
    with launch_chromium() as browser:
        context = browser.new_context(viewport=PHONE, bypass_csp=True)   # lets axe be injected
        page = context.new_page()
        sign_in(page, live_server.url, "bea", device)
        page.goto(live_server.url + reverse("plans:plan", args=[partnership.slug]))
        check_page(page, "the plan", problems)

        page.get_by_role("link", name=f"Rate Neglect for {quarter.label}").click()
        check_page(page, "rate progress", problems)
        assert page.get_by_label("Quarter", exact=True).input_value() == quarter.code
        page.get_by_role("button", name="Save rating").click()
        expect(page).to_have_title(re.compile("^Error: "))  # waits for the answer to the post
        summary = page.locator(".govuk-error-summary")
        summary.get_by_role("link", name="Enter the narrative").click()
        assert page.evaluate("document.activeElement.id") == "id_narrative"
        check_page(page, "rate progress with errors", problems)
        assert not Progress.objects.exists()

        page.get_by_label("Some concerns (amber)").check()
        page.get_by_label("Narrative", exact=True).fill("The screening tool is used in half the cases audited.")
        page.get_by_role("button", name="Save rating").click()
        page.wait_for_url(f"**/plan/priorities/{neglect.pk}/#ratings")
        assert "Some concerns" in page.locator("#ratings ~ table").inner_text()
        check_page(page, "the priority's plan", problems)
        page.goto(live_server.url + reverse("plans:plan", args=[partnership.slug]))
        assert "Some concerns" in page.locator("table").first.inner_text()
        context.close()
    assert Progress.objects.get().rating == "amber"
    assert not problems, "\n".join(problems)
