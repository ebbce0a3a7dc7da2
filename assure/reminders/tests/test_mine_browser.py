"""'Your emails' in Debian's Chromium on a phone (390 px), as a board member reaches it from My actions: turns the
weekly digest off, saves, and sees the choice kept. Every state passes axe (WCAG 2.2 AA) and fits the width."""
import shutil

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from assure.conftest import make_user
from assure.core.tests.test_accessibility import PHONE, check_page
from assure.core.tests.test_end_to_end import CHROMIUM, launch_chromium, sign_in
from assure.mail.services import queue_email
from assure.partnerships.models import Person, Role
from assure.reminders.models import Preference

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="make test installs Debian's chromium"),
]


@pytest.mark.django_db(transaction=True)
def test_choosing_your_emails_on_a_phone(live_server, partnership, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # the live server speaks plain HTTP
    member = make_user(partnership, Role.Kind.MEMBER, "mo", "Mo Member")
    Person.objects.filter(user=member).update(email="mo.member@example.org")
    person = Person.objects.get(user=member)
    queue_email(partnership=partnership, to=person.email, subject="Action due 16 March 2026: Share the audit findings",
                body="b", kind="reminder", person=person)
    device = TOTPDevice.objects.create(user=member, name="app", confirmed=True)
    problems = []
    with launch_chromium() as browser:
        context = browser.new_context(viewport=PHONE, bypass_csp=True)   # lets axe be injected
        page = context.new_page()
        sign_in(page, live_server.url, "mo", device)
        page.goto(live_server.url + reverse("actions:mine", args=[partnership.slug]))
        page.get_by_role("link", name="Your emails").click()
        check_page(page, "your emails", problems)
        expect(page.get_by_text("Action due 16 March 2026: Share the audit findings")).to_be_visible()
        page.get_by_label("A weekly digest of my actions").uncheck()
        page.get_by_role("button", name="Save your choices").click()
        page.wait_for_url(f"**/p/{partnership.slug}/emails/")
        check_page(page, "your emails saved", problems)
        assert not page.get_by_label("A weekly digest of my actions").is_checked()
        assert page.get_by_label("Reminders before my actions are due").is_checked()
        context.close()
    assert not problems, "\n".join(problems)
    assert Preference.objects.get(person=person).digest is False
