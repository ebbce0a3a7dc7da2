"""The dataset page, an indicator's page with its chart and the assurance overview's dataset panel in Debian's
Chromium: axe's WCAG 2.2 AA rules pass and no page scrolls sideways at 390 px (the dataset's rows become cards, the
chart scales to the column)."""
import shutil

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from assure.conftest import make_user
from assure.core.tests.test_accessibility import DESKTOP, PHONE, check_page
from assure.core.tests.test_end_to_end import CHROMIUM, launch_chromium, sign_in
from assure.partnerships.models import Role

from . import dataset_fixtures, factories

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="make test installs Debian's chromium"),
]
CHART_WIDTH = "() => document.querySelector('svg.assure-chart').getBoundingClientRect().width"


@pytest.mark.django_db(transaction=True)
def test_dataset_and_indicator_pages_pass_axe_and_fit_a_phone(live_server, partnership, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # the live server speaks plain HTTP
    manager = make_user(partnership, Role.Kind.BUSINESS_TEAM, "bea", "Bea Business")
    member = make_user(partnership, Role.Kind.MEMBER, "mo", "Mo Member")
    dataset = dataset_fixtures.build(partnership, manager, owner_user=member)
    plans = dataset["plans"]
    # Three years of a quarterly indicator on its chart, with a figure not published among them.
    factories.figures(plans, manager, {"2023-Q1": "5.1", "2023-Q2": "5.6", "2023-Q3": "4.9", "2023-Q4": "5.3",
                                       "2024-Q1": "4.8", "2024-Q2": "c", "2024-Q3": "4.9", "2024-Q4": "4.6"})
    factories.comparator(plans, "national", "E92000001", "England", "2023/24", "3.9")
    base, problems = live_server.url, []
    pages = {"dataset": reverse("performance:dataset", kwargs={"slug": partnership.slug}),
             "dataset filtered": reverse("performance:dataset", kwargs={"slug": partnership.slug})
             + "?rag=purple&as_at=2025-Q3",
             "indicator": reverse("performance:indicator-detail", kwargs={"slug": partnership.slug,
                                                                          "indicator_id": plans.pk}),
             # The assurance overview's panel of the dataset (its red indicators and counts).
             "assurance overview": reverse("assurance:overview", kwargs={"slug": partnership.slug})}
    with launch_chromium() as browser:
        for viewport in (PHONE, DESKTOP):
            context = browser.new_context(viewport=viewport, bypass_csp=True)  # lets axe be injected
            page = context.new_page()
            # A device per sign-in: a code is refused when used twice.
            sign_in(page, base, "mo", TOTPDevice.objects.create(user=member, name=f"app {viewport['width']}",
                                                                 confirmed=True))
            for label, path in pages.items():
                page.goto(base + path)
                assert page.locator("h1").first.is_visible()
                check_page(page, f"{label} at {viewport['width']} px", problems, viewport)
                if label == "assurance overview":
                    assert page.get_by_role("heading", name="Performance dataset").is_visible()
                if label == "indicator":
                    assert 0 < page.evaluate(CHART_WIDTH) <= viewport["width"] - 20
                    assert page.locator("svg.assure-chart title").count() == 1
            context.close()
    assert problems == []
