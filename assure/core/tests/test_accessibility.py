"""Accessibility proved by a tool: axe-core over every page type for every role, in Debian's Chromium at 390 px
(and for the business team again at 1280 px).

Every partnership page the permission matrix knows (its worlds give one record of each kind) is opened by each
role that may open it, plus the sign-in pages, the 403 and 404 pages and forms shown with errors. On each page
axe-core runs the WCAG 2.2 AA rules and the page must not scroll sideways at 390 px.
"""
import datetime
import re
import shutil
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.urls import resolve, reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from assure.conftest import make_user
from assure.core.tests.test_end_to_end import CHROMIUM, PASSWORD, code_for, launch_chromium, sign_in
from assure.core.tests.test_permission_matrix import ALLOWED, World, matrix_modules, partnership_url_names
from assure.partnerships.models import Role

AXE = Path(django_settings.PROJECT_DIR) / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
ROLES = {"business": Role.Kind.BUSINESS_TEAM, "member": Role.Kind.MEMBER, "read_only": Role.Kind.READ_ONLY}
# Forms submitted empty to show their errors, by the roles that may open them.
FORMS_WITH_ERRORS = ["partnerships:person-add", "partnerships:organisation-add", "partnerships:body-add",
                     "partnerships:priority-add",
                     "partnerships:account-add", "meetings:schedule", "actions:edit", "actions:update",
                     "reviews:case-create", "reviews:recommendation-add", "reviews:recommendation-decide", "imports:upload", "assurance:risk-add",
                     "assurance:activity-add", "assurance:inspection-add", "assurance:escalation-add",
                     "assurance:complaint-add", "assurance:audit-add", "assurance:audit-return-add",
                     "assurance:thematic-self-evaluation-add", "assurance:sa-round-add", "assurance:sa-return-edit",
                     "training:course-add", "training:event-add", "training:booking-add", "training:policy-edit",
                     "training:return-add", "training:evaluate", "plans:objective-add", "plans:progress-add",
                     "reports:yearly-start"]

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="make test installs Debian's chromium"),
]

RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                      nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))}));
}"""


# The innermost elements reaching past the right edge, to say what to fix.
STICKING_OUT = """(edge) => [...document.querySelectorAll("body *")]
  .filter(e => e.getBoundingClientRect().right > edge + 1
               && ![...e.children].some(c => c.getBoundingClientRect().right > edge + 1))
  .slice(0, 4).map(e => e.tagName.toLowerCase() + (e.className ? "." + String(e.className).split(" ").join(".") : "")
                        + " «" + (e.innerText || "").slice(0, 30) + "»")"""


@pytest.fixture(scope="module")
def browser():
    with launch_chromium() as browser:
        yield browser


def check_page(page, label, problems, viewport=PHONE):
    """axe's WCAG 2.2 AA rules, and at 390 px the width, on the page now showing; problems are appended readably."""
    page.wait_for_load_state("load")   # a page answering a click may still be arriving
    page.add_script_tag(path=str(AXE))
    for violation in page.evaluate(RUN_AXE, WCAG_TAGS):
        problems.append(f"{label}: {violation['id']} ({violation['impact']}) {violation['help']}"
                        f" at {'; '.join(violation['nodes'])}")
    width = page.evaluate("document.documentElement.scrollWidth")
    if viewport is PHONE and width > PHONE["width"]:
        problems.append(f"{label}: scrolls sideways at 390 px (scrollWidth {width}), past the edge: "
                        + "; ".join(page.evaluate(STICKING_OUT, PHONE["width"])))


def may_open(name, url, role, expected):
    if name in expected and role in expected[name]:
        return expected[name][role] == 200
    return role in ALLOWED[resolve(url).func.access_level]


def show_errors(page):
    """Submit the page's main form with its fields emptied and the browser's own checks off."""
    page.evaluate("""() => {
      const form = [...document.querySelectorAll("main form[method=post]")].find(f => f.querySelector(
        "input:not([type=hidden]), textarea, select"));
      if (!form) return;
      form.noValidate = true;
      form.querySelectorAll("input[type=text], input:not([type]), textarea, input[type=date], input[type=email]")
        .forEach(field => { field.value = ""; });
      form.querySelectorAll("select").forEach(field => { field.selectedIndex = 0; });
    }""")
    # Wait for the answer page before axe is injected: mid-navigation the document has no head to take the script.
    with page.expect_navigation(wait_until="load"):
        page.locator("main form[method=post] button[type=submit], main form[method=post] .govuk-button").first.click()


@pytest.mark.django_db(transaction=True)
def test_every_page_type_for_every_role_passes_axe_and_fits_a_phone(live_server, browser, settings,
                                                                    partnership, other_partnership):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # the live server speaks plain HTTP
    users = {role: make_user(partnership, kind, username, name) for (role, kind), (username, name) in
             zip(ROLES.items(), [("bea", "Bea Business"), ("mo", "Mo Member"), ("rita", "Rita Reader")],
                 strict=True)}
    world = World(partnership, other_partnership, users["business"], users["member"], users["read_only"],
                  make_user(other_partnership, Role.Kind.BUSINESS_TEAM, "otto", "Otto Outsider"))
    kwargs, expected = {}, {}
    for module in matrix_modules():
        kwargs.update(module.url_kwargs(world))
        expected.update(getattr(module, "EXPECTED", {}))
    base, problems, checked = live_server.url, [], {}

    # Every role on a phone, where the layout is tightest; the business team, who open the most pages, on a desktop too.
    passes = [(role, PHONE) for role in users] + [("business", DESKTOP)]
    for role, viewport in passes:
        user = users[role]
        at = "" if viewport is PHONE else " (desktop)"
        role_key = role + at
        checked[role_key] = 0

        def check(page, label, problems, at=at, viewport=viewport):
            check_page(page, label + at, problems, viewport)

        device = TOTPDevice.objects.create(user=user, name=f"app{at}", confirmed=True)
        context = browser.new_context(viewport=viewport, bypass_csp=True)  # lets axe be injected
        page = context.new_page()
        if role == "business" and viewport is PHONE:
            page.goto(base + reverse("core:sign-in"))
            check(page, "sign-in", problems)
            page.get_by_label("Username").fill("bea")
            page.get_by_label("Password").fill("not the password")
            page.get_by_role("button", name="Continue").click()
            check(page, "sign-in with an error", problems)
            page.get_by_label("Username").fill("bea")
            page.get_by_label("Password").fill(PASSWORD)
            page.get_by_role("button", name="Continue").click()
            check(page, "sign-in code", problems)
            page.get_by_label("Security code").fill(code_for(device))
            page.get_by_role("button", name="Sign in").click()
            checked[role_key] += 3
        else:
            sign_in(page, base, user.username, device)
        refused = None
        for name in partnership_url_names():
            if name not in kwargs:
                continue
            url = reverse(name, kwargs={"slug": partnership.slug, **kwargs[name]})
            if not may_open(name, url, role, expected):
                refused = refused or url
                continue
            answer = page.request.get(base + url, max_redirects=0)
            if (answer.status == 405 or 300 <= answer.status < 400
                    or not answer.headers.get("content-type", "").startswith("text/html")):
                continue  # a button's target (POST only), an old address sending on, or a file: not a page
            page.goto(base + url)
            check(page, f"{role} {name}", problems)
            checked[role_key] += 1
            if name == "reports:dashboard" and viewport is PHONE and not (page.locator(".govuk-service-navigation__toggle").is_visible()
                                                   and page.locator("#navigation").is_hidden()):
                problems.append(f"{role} {name}: at 390 px the navigation is not folded behind its Menu button")
            if name in FORMS_WITH_ERRORS:
                show_errors(page)
                if not page.locator(".govuk-error-summary").count():
                    problems.append(f"{role} {name}: submitted empty, showed no error summary")
                check(page, f"{role} {name} with errors", problems)
                checked[role_key] += 1
        if refused:
            response = page.goto(base + refused)
            assert response.status == 403, refused
            check(page, f"{role} 403 page", problems)
            checked[role_key] += 1
        response = page.goto(base + reverse("actions:detail", kwargs={"slug": partnership.slug, "pk": 999999}))
        assert response.status == 404
        check(page, f"{role} 404 page", problems)
        checked[role_key] += 1
        context.close()

    print(f"\naxe-core WCAG 2.2 AA at 390 px (and the business team at 1280 px): {sum(checked.values())} page views ({checked}), "
          f"{len(problems)} problems")
    assert not problems, "\n".join(problems)


@pytest.mark.django_db(transaction=True)
def test_keyboard_only_sign_in_to_completing_an_action(live_server, browser, settings, partnership):
    """Sign in, open the action log, open an action and complete it using only Tab, Enter and Space."""
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    from assure.actions.models import Action
    from assure.actions.services import Owner, create_action
    from assure.partnerships.models import Person

    user = make_user(partnership, Role.Kind.MEMBER, "mo", "Mo Member")
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    create_action(partnership=partnership, text="Share the neglect toolkit with every school", by=user,
                  owners=[Owner(person=Person.objects.get(user=user))],
                  due_date=datetime.date.today() + datetime.timedelta(days=10))
    page = browser.new_page()
    keys = page.keyboard

    def focused():
        return page.evaluate("""() => { const e = document.activeElement;
          return {text: (e.innerText || e.value || e.getAttribute('aria-label') || '').trim(), tag: e.tagName,
                  id: e.id, outline: getComputedStyle(e).outlineStyle, shadow: getComputedStyle(e).boxShadow,
                  background: getComputedStyle(e).backgroundColor}; }""")

    def assert_focus_visible():
        now = focused()
        assert now["outline"] != "none" or now["shadow"] != "none", f"focus not visible on {now}"

    def tab_to(predicate, limit=80):
        for _ in range(limit):
            keys.press("Tab")
            now = focused()
            if predicate(now):
                assert_focus_visible()
                return now
        raise AssertionError("never reached by Tab")

    page.goto(live_server.url + reverse("core:sign-in"))
    keys.press("Tab")
    assert focused()["text"] == "Skip to main content"
    assert_focus_visible()
    keys.press("Enter")
    page.wait_for_url("**#main-content")   # the fragment is set by the browser's own navigation: wait for it
    assert focused()["id"] == "main-content"  # the next Tab starts inside the page, past the navigation
    tab_to(lambda f: f["tag"] == "INPUT")
    keys.type("mo")
    tab_to(lambda f: f["tag"] == "INPUT")
    keys.type(PASSWORD)
    tab_to(lambda f: f["text"] == "Continue")
    keys.press("Enter")
    page.wait_for_url("**/sign-in/code/**")
    tab_to(lambda f: f["tag"] == "INPUT")
    keys.type(code_for(device))
    tab_to(lambda f: f["text"] == "Sign in")
    keys.press("Enter")
    page.wait_for_url(re.compile(rf"/p/{partnership.slug}/(#.*)?$"))

    tab_to(lambda f: f["text"] == "Action log")
    keys.press("Enter")
    page.wait_for_url("**/actions/")
    tab_to(lambda f: "Share the neglect toolkit" in f["text"])
    keys.press("Enter")
    page.wait_for_url("**/actions/*/")
    tab_to(lambda f: f["text"].startswith("Mark as complete"))
    keys.press("Enter")   # a link to the page asking what was done
    page.wait_for_url("**/actions/*/complete/")
    tab_to(lambda f: f["tag"] == "TEXTAREA")
    keys.type("Toolkit shared with every school")
    tab_to(lambda f: f["text"] == "Mark as complete")
    with page.expect_navigation():
        keys.press("Space")
    assert Action.objects.get().status == Action.Status.COMPLETED
    assert Action.objects.get().evidence_of_impact == "Toolkit shared with every school"
