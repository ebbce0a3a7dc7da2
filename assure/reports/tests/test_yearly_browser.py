"""The yearly report in Debian's Chromium on a phone (390 px), as the business team uses it: the foreword written
on its edit page, the report page showing it, the report drafted by its job (the job's page, then back), and the
statutory checklist naming the section that now meets a
requirement and offering a reason for the empty ones; each page passing axe and not scrolling sideways."""
import shutil

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from assure.conftest import make_user
from assure.core.tests.test_accessibility import PHONE, check_page
from assure.core.tests.test_end_to_end import CHROMIUM, launch_chromium, sign_in
from assure.partnerships.models import Role

from . import factories

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="make test installs Debian's chromium"),
]


@pytest.mark.django_db(transaction=True)
def test_business_team_writes_the_foreword_and_reads_the_checklist(live_server, partnership, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # the live server speaks plain HTTP
    manager = make_user(partnership, Role.Kind.BUSINESS_TEAM, "bea", "Bea Business")
    device = TOTPDevice.objects.create(user=manager, name="app", confirmed=True)
    report = factories.draft(partnership, manager, kind="children")
    base, problems = live_server.url, []

    with launch_chromium() as browser:
        context = browser.new_context(viewport=PHONE, bypass_csp=True)   # lets axe be injected
        page = context.new_page()
        sign_in(page, base, "bea", device)
        page.goto(base + reverse("reports:yearly-section-edit", args=[partnership.slug, report.pk, "foreword"]))
        assert "The independent scrutineer" in page.locator("main").inner_text()
        check_page(page, "section edit page at 390 px", problems, PHONE)
        page.get_by_label("What you write").fill("A year in which the partners kept their promises.")
        page.get_by_role("button", name="Save", exact=True).click()
        page.wait_for_url(f"**/reports/yearly/{report.pk}/**")
        assert "Foreword: your text is saved." in page.content()
        check_page(page, "report page at 390 px", problems, PHONE)

        page.goto(base + reverse("reports:yearly-checklist", args=[partnership.slug, report.pk]))
        assert "has not been drafted yet" in page.locator("main").inner_text()
        page.get_by_role("button", name="Draft the report").click()
        page.wait_for_url("**/jobs/**")
        assert "Finished" in page.locator("main").inner_text()
        check_page(page, "job page at 390 px", problems, PHONE)
        page.get_by_role("link", name="Back to where you started this").click()
        page.wait_for_url(f"**/reports/yearly/{report.pk}/checklist/")
        main = page.locator("main").inner_text()
        assert "Drafted at" in main and "Still empty" in main and "Record a reason" in main
        check_page(page, "checklist page at 390 px", problems, PHONE)
        context.close()

    assert report.texts.get(key="foreword").updated_by == manager
    assert not problems, "\n".join(problems)
