"""Creating and revoking an API token in Debian's Chromium on a phone (390 px): a token without a name is refused
with a summary link reaching the field; the new token is shown once and fits the width; revoking it asks first.
Every state passes axe (WCAG 2.2 AA) and fits the width."""
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

from ..models import ApiToken

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="make test installs Debian's chromium"),
]


@pytest.mark.django_db(transaction=True)
def test_creating_and_revoking_a_token_on_a_phone(live_server, partnership, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # the live server speaks plain HTTP
    member = make_user(partnership, Role.Kind.MEMBER, "mo", "Mo Member")
    device = TOTPDevice.objects.create(user=member, name="app", confirmed=True)
    problems = []
    with launch_chromium() as browser:
        context = browser.new_context(viewport=PHONE, bypass_csp=True)   # lets axe be injected
        page = context.new_page()
        sign_in(page, live_server.url, "mo", device)
        page.goto(live_server.url + reverse("api:token-list", args=[partnership.slug]))
        check_page(page, "your API tokens", problems)

        page.get_by_role("button", name="Create token").click()
        expect(page).to_have_title(re.compile("^Error: "))  # waits for the answer to the post
        page.locator(".govuk-error-summary").get_by_role("link", name="Enter what the token is for").click()
        assert page.evaluate("document.activeElement.id") == "id_name"
        check_page(page, "token without a name", problems)

        page.get_by_label("What is the token for?").fill("Police analysts' dashboard")
        page.get_by_role("button", name="Create token").click()
        expect(page.get_by_role("heading", name="Your new token")).to_be_visible()
        assert len(page.locator("#token").inner_text().strip()) == 43
        check_page(page, "new token", problems)

        page.get_by_role("link", name="I have copied the token").click()
        page.get_by_role("link", name="Revoke Police analysts' dashboard").click()
        check_page(page, "revoke a token", problems)
        page.get_by_role("button", name="Revoke token").click()
        page.wait_for_url("**/api-tokens/")
        check_page(page, "token revoked", problems)
        context.close()
    assert ApiToken.objects.get().revoked_at is not None
    assert not problems, "\n".join(problems)


@pytest.mark.django_db(transaction=True)
def test_the_api_documentation_works_under_the_content_security_policy(live_server):
    """Swagger UI is served from our own static files (drf-spectacular-sidecar), so the CSP ('self' only) lets it
    run: the operations are listed and the browser reports no refused script or style."""
    refused = []
    with launch_chromium() as browser:
        context = browser.new_context(viewport=PHONE)   # the real CSP, not bypassed
        page = context.new_page()
        page.on("console", lambda message: refused.append(message.text)
                if "Content Security Policy" in message.text else None)
        response = page.goto(live_server.url + reverse("api-v1:docs"))
        assert "script-src 'self'" in response.headers["content-security-policy"]
        page.get_by_text("/api/v1/actions/{id}/updates/").first.wait_for()
        context.close()
    assert not refused, refused
