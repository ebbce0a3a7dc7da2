"""A delegate fills in the before-the-course form from the link in their email, in Debian's Chromium on a phone
(390 px), with no account: a missing answer is refused with a summary link reaching the first unanswered group; the
answers are saved once; the link then says it has been used. Every state passes axe (WCAG 2.2 AA) and fits the
width, and the page never shows the partnership's navigation or the delegate's email address."""
import datetime
import re
import shutil

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from assure.conftest import make_user
from assure.core import clock
from assure.core.tests.test_accessibility import PHONE, check_page
from assure.core.tests.test_end_to_end import CHROMIUM, launch_chromium
from assure.partnerships.models import Role

from ..models import Answer, EvaluationLink
from . import factories

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="make test installs Debian's chromium"),
]


@pytest.mark.django_db(transaction=True)
def test_a_delegate_answers_the_before_form_by_link_on_a_phone(live_server, partnership, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # the live server speaks plain HTTP
    manager = make_user(partnership, Role.Kind.BUSINESS_TEAM, "bea", "Bea Business")
    course = factories.course(partnership, manager)
    # Browser tests run on the real clock (the server thread serves real time): the event is a fortnight away.
    event = factories.event(course, manager, day=clock.today() + datetime.timedelta(days=14))
    factories.booking(event, manager, name="Sam Delegate", email="sam.delegate@fenbridge.example")
    [(link, token)] = factories.issued(event, manager, "before")
    first, second = course.outcomes.all()
    url = live_server.url + reverse("training:evaluate", args=[partnership.slug, token])
    problems = []
    with launch_chromium() as browser:
        context = browser.new_context(viewport=PHONE, bypass_csp=True)   # lets axe be injected
        page = context.new_page()
        page.goto(url)
        check_page(page, "evaluation form", problems)
        text = page.inner_text("body")
        assert "Sam Delegate" in text and "sam.delegate@" not in text
        assert page.locator(".govuk-service-navigation, .govuk-header__navigation").count() == 0

        page.get_by_role("button", name="Send my answers").click()
        expect(page).to_have_title(re.compile("^Error: "))  # waits for the answer to the post
        page.locator(".govuk-error-summary a").first.click()
        focused = page.evaluate("document.activeElement.name")
        assert focused and focused.endswith(f"_o{first.pk}"), focused
        check_page(page, "evaluation form with errors", problems)
        assert not Answer.objects.exists()

        for outcome, score in ((first, "2 A little confident"), (second, "3 Fairly confident")):
            page.get_by_role("group", name=outcome.text).get_by_label(score).check()
        page.get_by_role("button", name="Send my answers").click()
        page.wait_for_load_state()
        assert "thank" in page.inner_text("body").lower()
        check_page(page, "evaluation sent", problems)

        page.goto(url)
        assert "already completed" in page.inner_text("body")
        check_page(page, "evaluation link used", problems)
        context.close()
    link.refresh_from_db()
    assert link.completed_at is not None
    assert sorted(Answer.objects.filter(link=link, score__isnull=False).values_list("outcome_id", "score")) == \
        sorted([(first.pk, 2), (second.pk, 3)])
    assert EvaluationLink.objects.count() == 1
    assert not problems, "\n".join(problems)
