"""End to end in Debian's Chromium: sign in with a TOTP code, schedule a meeting, record
attendance and an action, sign in as the owner, complete it, and see it closed in the log."""
import contextlib
import datetime
import os
import shutil

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from assure.conftest import make_user
from assure.partnerships.models import Body, Membership, Organisation, Person, Role

CHROMIUM = "/usr/bin/chromium"
PASSWORD = "correct horse battery staple"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="make test installs Debian's chromium"),
]



def fill_date(page, legend, date):
    """Type a date into the GOV.UK date input whose fieldset has this legend."""
    boxes = page.get_by_role("group", name=legend, exact=True)
    for part, value in (("Day", date.day), ("Month", date.month), ("Year", date.year)):
        boxes.get_by_label(part).fill(str(value))

def code_for(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


@contextlib.contextmanager
def launch_chromium():
    """Debian's Chromium through Playwright, headless; shared by the browser tests."""
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's sync API runs an event loop in this thread
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable"],
        )
        yield browser
        browser.close()


@pytest.fixture
def browser():
    with launch_chromium() as browser:
        yield browser


def sign_in(page, base, username, device):
    page.goto(base + "/sign-in/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Security code").fill(code_for(device))
    page.get_by_role("button", name="Sign in").click()


@pytest.mark.django_db(transaction=True)
def test_meeting_to_completed_action(live_server, browser, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # the live server speaks plain HTTP
    from assure.partnerships.models import Partnership

    partnership = Partnership.objects.create(name="Fenbridge Safeguarding Partnership", slug="fenbridge")
    council = Organisation.objects.create(partnership=partnership, name="Fenbridge Council", kind="local_authority")
    board = Body.objects.create(partnership=partnership, name="Executive Board", kind=Body.Kind.EXECUTIVE_BOARD)
    manager = make_user(partnership, Role.Kind.BUSINESS_TEAM, "bea", "Bea Business")
    owner = make_user(partnership, Role.Kind.MEMBER, "mo", "Mo Member")
    mo = Person.objects.get(user=owner)
    mo.organisation = council
    mo.save()
    Membership.objects.create(body=board, person=mo, role=Membership.Role.MEMBER)
    manager_device = TOTPDevice.objects.create(user=manager, name="app", confirmed=True)
    owner_device = TOTPDevice.objects.create(user=owner, name="app", confirmed=True)
    base = live_server.url
    page = browser.new_page()

    sign_in(page, base, "bea", manager_device)
    assert "Fenbridge Safeguarding Partnership" in page.content()

    page.goto(f"{base}/p/fenbridge/meetings/schedule/")
    page.get_by_label("Board or group").select_option(label="Executive Board")
    fill_date(page, "Date", datetime.date.today())   # held today: attendance can be recorded
    page.get_by_role("button", name="Save").click()
    meeting_url = page.url
    assert "/meetings/" in meeting_url and "Executive Board" in page.content()

    page.goto(meeting_url + "attendance/")
    page.locator("fieldset", has_text="Mo Member").get_by_label("Present", exact=True).check()
    # Enter in a text box saves: "Add another person" comes first on the page but is not the default button.
    page.get_by_role("group", name="Person 1").get_by_label("Or the full name of someone new").press("Enter")
    page.wait_for_load_state()
    assert "Attendance saved" in page.content() and "Mo Member" in page.content()

    page.goto(meeting_url + "items/add/")
    page.get_by_label("Title").fill("Neglect strategy")
    page.get_by_role("button", name="Save").click()
    page.goto(meeting_url)
    page.get_by_role("link", name="Minutes, decisions and actions").first.click()
    page.get_by_label("Minutes of the discussion").fill("The board discussed the draft strategy.")
    page.get_by_label("Action", exact=True).fill("Circulate the neglect strategy to all schools")
    page.get_by_label("Mo Member").check()
    fill_date(page, "Due date (optional)", datetime.date.today() + datetime.timedelta(days=30))
    page.get_by_label("Group owners (optional)").press("Enter")   # saves, not "Add another decision"
    page.wait_for_load_state()
    assert "Circulate the neglect strategy" in page.content() and "The board discussed" in page.content()

    page.get_by_role("button", name="Sign out").click()
    sign_in(page, base, "mo", owner_device)
    page.goto(f"{base}/p/fenbridge/actions/mine/")
    assert "Circulate the neglect strategy" in page.content()
    page.get_by_role("link", name="Update Circulate the neglect strategy").first.click()
    page.get_by_role("link", name="Mark as complete").click()
    page.get_by_label("What was done (optional)").fill("Sent to all 62 schools with the head teachers' bulletin")
    page.get_by_role("button", name="Mark as complete").click()
    assert page.url.endswith("/actions/mine/") and "marked as complete" in page.content()

    page.goto(f"{base}/p/fenbridge/actions/?status=completed")
    row = page.locator("tr", has_text="Circulate the neglect strategy")
    assert row.count() == 1
    assert "Completed" in row.inner_text()
    row.get_by_role("link").first.click()
    assert "Sent to all 62 schools" in page.locator(".govuk-summary-list").first.inner_text()
