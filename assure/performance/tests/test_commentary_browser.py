"""The commentary form in Debian's Chromium on a phone (390 px), as an indicator's owner uses it: the quarter's
figure and rating shown above the form, an empty commentary refused in the error summary linking to the box, the
page passing axe with its errors showing and not scrolling sideways, then saved."""
import re
import shutil

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from assure.conftest import make_user
from assure.core.tests.test_accessibility import PHONE, check_page
from assure.core.tests.test_end_to_end import CHROMIUM, launch_chromium, sign_in
from assure.partnerships.models import Person, Role

from ..models import Commentary
from . import factories

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="make test installs Debian's chromium"),
]


@pytest.mark.django_db(transaction=True)
def test_owner_writes_commentary_on_a_phone_after_an_error(live_server, partnership, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # the live server speaks plain HTTP
    manager = make_user(partnership, Role.Kind.BUSINESS_TEAM, "bea", "Bea Business")
    member = make_user(partnership, Role.Kind.MEMBER, "mo", "Mo Member")
    device = TOTPDevice.objects.create(user=member, name="app", confirmed=True)
    made = factories.quarter_dataset(partnership, manager, owner=Person.objects.get(user=member))
    base, problems = live_server.url, []

    with launch_chromium() as browser:
        context = browser.new_context(viewport=PHONE, bypass_csp=True)   # lets axe be injected
        page = context.new_page()
        sign_in(page, base, "mo", device)
        page.goto(base + reverse("performance:commentary-edit", args=[partnership.slug, made["red"].pk, "2025-Q4"]))
        assert "Q4 2025/26: 47" in page.locator("main").inner_text()
        assert page.locator(".govuk-tag", has_text="Red").count() == 1

        page.get_by_role("button", name="Save the commentary").click()
        summary = page.locator(".govuk-error-summary")
        assert "Enter the commentary" in summary.inner_text()
        expect(page).to_have_title(re.compile("^Error: "))  # waits for the answer to the post
        check_page(page, "commentary form with an error at 390 px", problems, PHONE)
        summary.get_by_role("link", name="Enter the commentary").click()
        assert page.evaluate("document.activeElement.name") == "text"

        page.get_by_label("Commentary").fill("Episodes fell after return-home interviews moved in-house.")
        page.get_by_role("button", name="Save the commentary").click()
        page.wait_for_url("**/quarters/2025-Q4/")
        assert "Commentary for Children missing from home (episodes), Q4 2025/26, saved." in page.content()
        check_page(page, "quarter page at 390 px", problems, PHONE)
        context.close()

    assert Commentary.objects.get(indicator=made["red"]).updated_by == member
    assert not problems, "\n".join(problems)
